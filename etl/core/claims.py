"""Hedged claims: every sentence with a hedge cue, and whether a named party makes or reports it.

A claim is attributed when its sentence names the party (the strongest mention: a speaker before a
frame, a frame before a platform), or when the party is named by the attribution clause of the quotation
the sentence belongs to, by the signature of the tweet it belongs to, or, for a pronoun or description
(`kata dia`, `ia menduga`, `Politisi itu`), by the named person nearby. Unnamed parties and platforms alone
leave a claim unattributed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from etl.core.hedges import UNVERIFIED, Cue
from etl.core.models import Claim, Sentence
from etl.core.names import same_party, split_chain, words_of
from etl.core.sources import CHANNEL, SPEAKER, Mention
from etl.rules.cues import Language
from etl.rules.lexicon import (
    AGENT_PREPOSITIONS_EN,
    CLAIM_AUXILIARIES,
    CLAIM_QUANTIFIERS,
    CLAIM_SUBORDINATORS,
    IMPERSONAL_PRONOUNS_EN,
    PASSIVE_GAP_WORDS,
    POSSESSIVE_PRONOUNS_EN,
)

QUOTE_FALLBACK = 3  # a quotation with no attribution clause belongs to a speaker named this many sentences back
TWEET_SPAN = 3  # sentences before a tweet signature (same paragraph) that are the tweet's text
TWEET_CHARS = 280  # a tweet's length limit: text further back than this from its signature is not the tweet's
ANTECEDENT_SPAN = 3  # sentences searched back for a pronoun's antecedent among sentence subjects
_DOCUMENT_KINDS = frozenset({"media", "document", "social_media"})
_SUBJECT = re.compile(r"^[\W]*((?:[A-Z][\w'’.-]*\s+){0,6}[A-Z][\w'’-]*)\s+(?=[a-z])")
# `Anggota DPRD Jawa Barat, Siti Marlina, ...`: a description (titles) then a name between commas
_APPOSITION = re.compile(
    r"(?:^|(?<=[\s\"“]))((?:[A-Z][\w'’.-]*\s+)(?:[\w'’.-]+\s+){0,6}?[A-Z][\w'’.)-]*),\s+"
    r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*),\s"
)


@dataclass
class Analysed:
    """A sentence with what was found in it."""

    sentence: Sentence
    cues: list[Cue] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    leader: int | None = None  # the sentence closing this one's quotation (or signing this one's tweet)
    opens_quote: bool = False
    joined: bool = False  # no paragraph break between this sentence and the previous one
    reporting: bool = False  # holds a reporting cue: searched for parties


def _canonical(name: str, kind: str, named: list[Mention]) -> str:
    """The first-mention form of a party (`Budi` -> `Budi Prasetyo`)."""
    for m in named:
        if m.name and same_party(name, m.name, kind, m.kind):
            return m.name
    return name


def tweet_groups(sents: list[Analysed]) -> None:
    """The sentences of an embedded tweet belong to its signature (`Ann Lee (@annlee) May 3, 2017`)."""
    for i, s in enumerate(sents):
        if not any(m.cue == "tweet" for m in s.mentions):
            continue
        j = i
        while j > 0 and i - j < TWEET_SPAN and sents[j].joined and sents[j - 1].leader is None:
            prev = sents[j - 1]
            if prev.sentence.part != s.sentence.part or any(m.cue == "tweet" for m in prev.mentions):
                break
            if s.sentence.start - prev.sentence.start > TWEET_CHARS:  # longer than a tweet: the writer's own text
                break
            prev.leader = i
            j -= 1


def find_claims(sents: list[Analysed], lang: Language, text: str) -> list[Claim]:
    """The claims of an article's analysed sentences (title, lede and body in order); `text` is the whole article."""
    claims: list[Claim] = []
    named: list[Mention] = []  # named mentions so far, in order
    speaker_of: dict[int, str | None] = {}
    for i, s in enumerate(sents):
        speaker_of[i] = _speaker(s.mentions, named, lambda i=i, named=named: _antecedent(sents, i, named, lang, text))
        named += [m for m in s.mentions if m.named]
    for i, s in enumerate(sents):
        if not s.cues:
            continue
        source = speaker_of[i]
        if source is None and s.leader is not None:
            source = speaker_of.get(s.leader)
        if source is None and s.opens_quote and s.leader is None and not _has_clause(s):
            source = _recent_speaker(sents, speaker_of, i)
        if source is None and (lang.claim_verbs or lang.claim_nouns):
            source = _claimant(sents, i, [m for m in named if m.sentence < i], lang, text)
        if source is not None:
            source = _canonical(source, "person", named)
        cues = tuple(dict.fromkeys(c.text for c in s.cues))
        sent = s.sentence
        claims.append(
            Claim(
                part=sent.part,
                sentence_no=sent.no,
                sentence=sent.text,
                cues=cues,
                attributed=source is not None,
                source_name=source,
                explicitly_unverified=any(c.role == UNVERIFIED for c in s.cues),
            )
        )
    return claims


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CHAIN = re.compile(r"^[\W]*((?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’-]*)")
_POSSESSOR = re.compile(
    r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)(?:['’]s?|\s+s)\s+(?:(?!(?:into|of|about|against|on|in|for)\s)[a-z]+\s+)?$"
)


def _claimant(sents: list[Analysed], i: int, named: list[Mention], lang: Language, text: str) -> str | None:
    """The party whose act a claim cue names: the subject of an active claim verb (`Budi mengklaim ...`, `The
    union has accused the mayor ...`, `he claimed`) or the possessor of a claim noun (`the union's claims`, `his
    allegations`). A passive (`was accused of`) names the accused, not the accuser."""
    s = sents[i]
    sent, base = s.sentence.text, s.sentence.start
    verbs = {w.casefold() for w in lang.claim_verbs}
    nouns = {w.casefold() for w in lang.claim_nouns}
    for c in s.cues:
        word = c.text.casefold()
        head, tail = sent[: c.start - base], sent[c.end - base :]
        if word in verbs and not _passive(head, tail, word, lang):
            who = None if _no_subject(head) else _subject(head, sents, i, named, lang, text)
        elif word in nouns:
            who = _possessor(head, word, sents, i, named, lang, text)
        else:
            continue
        if who:
            return who
    return None


def _passive(head: str, tail: str, word: str, lang: Language) -> bool:
    before = [w.casefold() for w in _WORD.findall(head)]
    while before and (before[-1].endswith("ly") or before[-1] in PASSIVE_GAP_WORDS):
        before.pop()
    if before and before[-1] in {w.casefold() for w in lang.passive_marks} and not word.endswith("ing"):
        return True  # `was accused` (but `is accusing` is active)
    after = _WORD.findall(tail[:12])
    return word.endswith("ed") and bool(after) and after[0].casefold() in AGENT_PREPOSITIONS_EN


def _no_subject(head: str) -> bool:
    """Whether the claim verb ending `head` is an infinitive or opens a relative clause (`came forward to accuse`,
    `women who have accused`): its subject is not the clause's."""
    before = [w.casefold() for w in _WORD.findall(head[-60:])]
    while before and (before[-1] in CLAIM_AUXILIARIES or before[-1].endswith("ly")):
        before.pop()
    return bool(before) and before[-1] in CLAIM_SUBORDINATORS


def _subject(head: str, sents: list[Analysed], i: int, named: list[Mention], lang: Language, text: str) -> str | None:
    """The subject of the clause `head` ends in: a pronoun's referent or the name opening it, after any
    introductory phrase (`In the hours after the vote, the union claimed ...`)."""
    words = words_of(lang)
    near = [w for w in _WORD.findall(head[-60:])]
    while near and (
        near[-1].casefold() in CLAIM_AUXILIARIES or near[-1].casefold() in lang.passive_marks or near[-1].endswith("ly")
    ):
        near.pop()
    if near and near[-1].casefold() in lang.reporting.pronouns and near[-1].casefold() not in IMPERSONAL_PRONOUNS_EN:
        return _antecedent(sents, i, named, lang, text)  # `... because she claimed`, `even if he is accusing`
    clause = head
    while True:
        first = _WORD.search(clause)
        if first is None:
            return None
        low = first.group().casefold()
        if low in lang.reporting.pronouns:
            return _antecedent(sents, i, named, lang, text)
        introductory = low in words.stop or first.group()[:1].islower()
        if introductory and ", " in clause[first.end() :]:
            clause = clause[clause.index(", ", first.end()) + 2 :]
            continue
        break
    if introductory or low in words.anonymous or low in words.generic or low in CLAIM_QUANTIFIERS:
        return None
    if lang.code == "en":
        m = _CHAIN.match(clause)
        return _party(m.group(1), named, lang) if m else None
    return _personal_subject(clause, named, lang, text)


def _possessor(
    head: str, word: str, sents: list[Analysed], i: int, named: list[Mention], lang: Language, text: str
) -> str | None:
    """Who a claim noun belongs to: `his claims`, `klaimnya` (a pronoun's referent), `the union's allegations`."""
    if word.endswith("nya"):
        return _antecedent(sents, i, named, lang, text)
    last = _WORD.findall(head[-40:])
    if last and last[-1].casefold() in POSSESSIVE_PRONOUNS_EN:
        return _antecedent(sents, i, named, lang, text)
    m = _POSSESSOR.search(head[-80:])
    if m is None or m.group(1).split()[0].casefold() in words_of(lang).stop:
        return None
    return _party(m.group(1), named, lang)


def _party(chain: str, named: list[Mention], lang: Language) -> str:
    """A capitalised chain as a party's name, titles left out (`Councillor Ann Lee` -> `Ann Lee`)."""
    name = split_chain(chain, lang)
    return _canonical(name.name if name is not None and name.name else chain, "person", named)


def _has_clause(s: Analysed) -> bool:
    return any(m.strength == SPEAKER for m in s.mentions)


def _speaker(mentions: list[Mention], named_before: list[Mention], antecedent: Callable[[], str | None]) -> str | None:
    """The party a sentence attributes to: a named speaker first, a pronoun's referent, then frames."""
    best: Mention | None = None
    unnamed = 0  # the strongest unnamed party: an unnamed speaker outranks a named frame (`," ujar seorang sumber`)
    for m in mentions:
        if m.kind == "anonymous":
            unnamed = max(unnamed, m.strength)
            continue
        if m.strength == CHANNEL:  # a platform alone does not say who claims it
            continue
        if best is None or m.strength > best.strength:
            best = m
    if best is None or unnamed > best.strength or (best.name is None and unnamed == best.strength):
        return None
    if best.name is not None:
        return best.name
    if best.kind == "document":  # `Dalam artikel itu, ...`: the outlet or document named before
        return next((m.name for m in reversed(named_before) if m.kind in _DOCUMENT_KINDS), None)
    found = antecedent()
    if found:
        return found
    for m in mentions:
        if m.named and m.strength > CHANNEL:
            return m.name
    return next((m.name for m in reversed(named_before) if m.strength > CHANNEL), None)


def _antecedent(sents: list[Analysed], i: int, named: list[Mention], lang: Language, text: str) -> str | None:
    """A pronoun's referent: the latest of the last named person and a personal-name sentence subject nearby."""
    last = next((m for m in reversed(named) if m.kind == "person"), None)
    floor = last.sentence if last else -1
    for j in range(i, max(floor, i - ANTECEDENT_SPAN - 1), -1):
        subject = _personal_subject(sents[j].sentence.text, named, lang, text)
        if subject:
            return subject
    return last.name if last else None


def _personal_subject(sentence: str, named: list[Mention], lang: Language, text: str) -> str | None:
    """The person a sentence is about, whatever its verb: a titled name in apposition (`Anggota DPRD, Siti
    Marlina, meminta ...`), or a subject that is a titled name (`Kepala Dinas Rina Sari meminta ...`) or a
    personal name known from elsewhere in the text (`Trump highlighted ...`)."""
    found = None
    titles = words_of(lang).roles
    for m in _APPOSITION.finditer(sentence) if ", " in sentence else ():
        name = split_chain(m.group(2), lang)
        if name is not None and name.personal and name.role is None and m.group(1).split()[0].casefold() in titles:
            found = name.name  # the latest one in the sentence
    if found:
        return _canonical(found, "person", named)
    m = _SUBJECT.match(sentence)
    if not m:
        return None
    name = split_chain(m.group(1), lang)
    if name is None or not name.personal:
        return None
    tokens = set(name.name.casefold().split())
    for n in named:
        if n.kind == "person" and n.name and tokens <= set(n.name.casefold().split()):
            return n.name
    if name.role is not None and name.role.split()[0].casefold() in words_of(lang).roles:
        return name.name  # `Kepala Dinas Rina Sari`: a title before the name makes it a person
    # a name not seen as a party: trusted in English only (Indonesian capitalises common nouns to open a sentence
    # far more often, `Pulau itu ...`), when it is two words or recurs capitalised mid-sentence
    if lang.code == "en" and (len(tokens) >= 2 or _mid_sentence(name.name, text)):
        return name.name
    return None


def _mid_sentence(name: str, text: str) -> bool:
    """Whether `name` also occurs capitalised after a lower-case word or comma (so it is a proper name)."""
    at = text.find(name)
    while at > 1:
        before = text[:at].rstrip()
        end = at + len(name)
        if before and (before[-1].islower() or before[-1] == ",") and not text[end : end + 1].isalpha():
            return True
        at = text.find(name, at + 1)
    return False


def _recent_speaker(sents: list[Analysed], speaker_of: dict[int, str | None], i: int) -> str | None:
    for j in range(i - 1, max(-1, i - 1 - QUOTE_FALLBACK), -1):
        if speaker_of.get(j):
            return speaker_of[j]
    return None
