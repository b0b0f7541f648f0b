"""Extraction of who the article attributes information to, and which sentences carry hedged claims.

Per article: detect the language, split title, lede and body into sentences, find hedge cues with one
combined pattern per part, find party mentions in the sentences that carry a reporting cue, then

- sources: one row per distinct party (first mention's form), pronouns and the article's own outlet left out;
- claims: every sentence with a hedge cue; attributed when the sentence (or its quotation's attribution
  clause) names the party that makes or reports the claim, pronouns resolving to the last named party.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from etl.core.hedges import UNNAMED, UNVERIFIED, Cue, find_cues
from etl.core.language import detect_language
from etl.core.models import PARTS, Attribution, Claim, Sentence, Source
from etl.core.names import split_chain
from etl.core.sentences import quote_groups, split_sentences
from etl.core.sources import CHANNEL, SPEAKER, Mention, cue_positions, find_mentions, grammar, unnamed
from etl.rules.cues import Language
from etl.rules.cues import language as cue_language
from etl.rules.outlets import canonical_outlet, outlet_key

QUOTE_FALLBACK = 3  # a quotation with no attribution clause belongs to a speaker named this many sentences back
TWEET_SPAN = 3  # sentences before a tweet signature (same paragraph) that are the tweet's text
ANTECEDENT_SPAN = 3  # sentences searched back for a pronoun's antecedent among sentence subjects
_SUBJECT = re.compile(r"^[\W]*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?=[a-z])")


@dataclass
class _Sentence:
    sentence: Sentence
    cues: list[Cue] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    leader: int | None = None  # the sentence closing this one's quotation (or signing this one's tweet)
    opens_quote: bool = False
    joined: bool = False  # no paragraph break between this sentence and the previous one
    reporting: bool = False  # holds a reporting cue: searched for parties


def attribute(title: str | None, lede: str | None, body: str, outlet: str | None = None) -> Attribution:
    """Language, sources and claims of one article."""
    text = "\n".join(p for p in (title, lede, body) if p)
    code = detect_language(text)
    lang = cue_language(code)
    g = grammar(lang)
    sents: list[_Sentence] = []
    for part, part_text in zip(PARTS, (title, lede, body), strict=True):
        if not part_text:
            continue
        base = len(sents)
        split = split_sentences(part_text, part)
        items = [_Sentence(s) for s in split]
        for a, b in pairwise(items):
            b.joined = "\n" not in part_text[a.sentence.end : b.sentence.start]
        starts = [s.start for s in split]
        for c in find_cues(part_text, lang):
            items[bisect_right(starts, c.start) - 1].cues.append(c)
        for pos in cue_positions(g, part_text):
            items[max(0, bisect_right(starts, pos) - 1)].reporting = True
        for i, leader in quote_groups(part_text, split).items():
            items[i].leader = base + leader
        sents += items
    for i, s in enumerate(sents):
        text_i = s.sentence.text
        s.opens_quote = text_i[:1] in '"“' or text_i.startswith(("&quot;", "&ldquo;", "&amp;"))
        if s.reporting:
            s.mentions = find_mentions(g, i, text_i)
        for c in s.cues:
            if c.role == UNNAMED:
                s.mentions.append(unnamed(i, c.text))
    _tweet_groups(sents)
    sources = _sources(sents, outlet)
    claims = _claims(sents, lang, text)
    return Attribution(language=code, sources=sources, claims=claims, sentence_count=len(sents))


def _is_outlet(name: str, outlet: str | None) -> bool:
    if not outlet:
        return False
    return canonical_outlet(name) == outlet or outlet_key(name) == outlet_key(outlet)


def _same_party(new: str, old: str, kind_new: str, kind_old: str) -> bool:
    """`Budi` after `Budi Prasetyo`, `KBRI` after `KBRI Phnom Penh`: a later, shorter mention of one party."""
    fa, fb = new.casefold(), old.casefold()
    if fa == fb:
        return True
    ta, tb = set(fa.split()), set(fb.split())
    if ta <= tb:
        return True
    return kind_new == kind_old == "person" and tb <= ta


def _sources(sents: list[_Sentence], outlet: str | None) -> list[Source]:
    out: list[Source] = []
    aliases: dict[str, str] = {}
    for s in sents:
        for m in s.mentions:
            if m.name is None or _is_outlet(m.name, outlet):
                continue
            if m.alias:
                aliases.setdefault(m.alias.casefold(), m.name)
            if m.name.casefold() in aliases and aliases[m.name.casefold()] != m.name:
                continue
            if any(_same_party(m.name, o.name, m.kind, o.kind) for o in out):
                continue
            sent = s.sentence
            out.append(Source(m.name, m.kind, m.cue, sent.text, sent.part, sent.no, m.role))
    return out


def _canonical(name: str, kind: str, named: list[Mention]) -> str:
    """The first-mention form of a party (`Budi` -> `Budi Prasetyo`)."""
    for m in named:
        if m.name and _same_party(name, m.name, kind, m.kind):
            return m.name
    return name


def _tweet_groups(sents: list[_Sentence]) -> None:
    """The sentences of an embedded tweet belong to its signature (`Ann Lee (@annlee) May 3, 2017`)."""
    for i, s in enumerate(sents):
        if not any(m.cue == "tweet" for m in s.mentions):
            continue
        j = i
        while j > 0 and i - j < TWEET_SPAN and sents[j].joined and sents[j - 1].leader is None:
            prev = sents[j - 1]
            if prev.sentence.part != s.sentence.part or any(m.cue == "tweet" for m in prev.mentions):
                break
            prev.leader = i
            j -= 1


def _claims(sents: list[_Sentence], lang: Language, text: str) -> list[Claim]:
    claims: list[Claim] = []
    named: list[Mention] = []  # named mentions so far, in order
    speaker_of: dict[int, str | None] = {}
    for i, s in enumerate(sents):
        speaker_of[i] = _speaker(s.mentions, named, lambda i=i, named=named: _antecedent(sents, i, named, lang, text))
        named += [m for m in s.mentions if m.named]
    for i, s in enumerate(sents):
        hedges = [c for c in s.cues if c.role != UNNAMED or not _is_named_sentence(s)]
        if not s.cues:
            continue
        source = speaker_of[i]
        if source is None and s.leader is not None:
            source = speaker_of.get(s.leader)
        if source is None and s.opens_quote and s.leader is None and not _has_clause(s):
            source = _recent_speaker(sents, speaker_of, i)
        if source is not None:
            source = _canonical(source, "person", named)
        cues = tuple(dict.fromkeys(c.text for c in (hedges or s.cues)))
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


def _is_named_sentence(s: _Sentence) -> bool:
    return any(m.named for m in s.mentions)


def _has_clause(s: _Sentence) -> bool:
    return any(m.strength == SPEAKER for m in s.mentions)


def _speaker(mentions: list[Mention], named_before: list[Mention], antecedent: Callable[[], str | None]) -> str | None:
    """The party a sentence attributes to: a named speaker first, a pronoun's referent, then frames."""
    best: Mention | None = None
    for m in mentions:
        if m.kind == "anonymous" or m.strength == CHANNEL:  # a platform alone does not say who claims it
            continue
        if best is None or m.strength > best.strength:
            best = m
    if best is None:
        return None
    if best.name is not None:
        return best.name
    found = antecedent()
    if found:
        return found
    for m in mentions:
        if m.named:
            return m.name
    return named_before[-1].name if named_before else None


def _antecedent(sents: list[_Sentence], i: int, named: list[Mention], lang: Language, text: str) -> str | None:
    """A pronoun's referent: the latest of the last named person and a personal-name sentence subject nearby."""
    last = next((m for m in reversed(named) if m.kind == "person"), None)
    floor = last.sentence if last else -1
    for j in range(i, max(floor, i - ANTECEDENT_SPAN - 1), -1):
        subject = _personal_subject(sents[j].sentence.text, named, lang, text)
        if subject:
            return subject
    return last.name if last else None


def _personal_subject(sentence: str, named: list[Mention], lang: Language, text: str) -> str | None:
    """`Trump highlighted ...` -> `Trump` when the subject is a personal name known from elsewhere in the text."""
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
    if len(tokens) >= 2 or _mid_sentence(name.name, text):
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


def _recent_speaker(sents: list[_Sentence], speaker_of: dict[int, str | None], i: int) -> str | None:
    for j in range(i - 1, max(-1, i - 1 - QUOTE_FALLBACK), -1):
        if speaker_of.get(j):
            return speaker_of[j]
    return None
