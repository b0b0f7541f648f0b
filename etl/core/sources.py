"""Who a sentence attributes information to: the parties its reporting frames name (etl.core.grammar).

`find_mentions` returns, for one sentence, the parties named through a frame (with their kind, the cue and
any title as role), the pronouns and descriptions that refer back to a party named before, and unnamed
parties (anonymous). Mentions inside quoted speech are not the sentence's speaker and are dropped.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from etl.core.edges import trim_glue
from etl.core.grammar import CONN, NT, OUTLET_DESCRIPTORS, SUBJECT_REACH, Grammar, deglue
from etl.core.names import Name, classify, split_chain, tidy, unglue, words_of
from etl.rules.cues import Language
from etl.rules.frames import Frame
from etl.rules.lexicon import (
    ANAPHORIC_DETERMINERS_EN,
    BODY_NOUNS,
    COLLECTIVE_NOUNS_EN,
    CREDIT_WORDS_EN,
    DATA_DESCRIPTORS,
    DESCRIPTION_ENDS,
    DOCUMENT_NOUNS_EN,
    GOVERNING_PREPOSITIONS,
    LEGISLATURES_EN,
    MEDIA_DESCRIPTORS,
    MODIFIED_NOUNS_EN,
    MONTHS,
    PLACES_EN,
    QUOTING_WORDS,
    REPORT_NOUNS,
    SITE_NOUNS,
    UNNAMED_PEOPLE,
)
from etl.rules.regex import UPPER, alt

SPEAKER, PREPOSITION, CHANNEL = 3, 2, 1
VERB_TAIL = 40  # characters a scan sees after a last verb with a venue (`wrote in a statement`: its look-ahead)
SHORT_TAIL = 30  # after any other last verb: a complement verb's look-ahead (`menyampaikan secara tegas bahwa`)
_QUOTING = re.compile(rf"(?:(?:seperti|sebagaimana)\s+)?(?:{alt(QUOTING_WORDS)}|quoted\s+by)|kepada\b", re.IGNORECASE)
_FINDING = re.compile(r"hasil\s", re.IGNORECASE)
_UNNAMED_PEOPLE = frozenset(UNNAMED_PEOPLE)
_NAMED_ONLY = re.compile(r"hasil\s|kepada\b|seingat|setahu", re.IGNORECASE)  # frames that take a name, not a phrase
_REPORT = re.compile(r"\b(?:laporan|pemberitaan|liputan)\b", re.IGNORECASE)
_REPORTS = frozenset(REPORT_NOUNS)
_UNNAMED_BEFORE = re.compile(r"\b((?:[Ss]ejumlah\s+|[Bb]eberapa\s+|[Ss]eorang\s+)?(?:sumber|sources?))\s+$")
_SITES = frozenset(SITE_NOUNS)
# the parties coordinated before an English subject (`Susan Cole and ` / `Ann Ray, Tom Bell and `), from the sentence
# start or after a comma: each is a subject of the same verb
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|bin|binti|van|de)){0,4}"
_CONJUNCTS = re.compile(rf"(?:^\s*|[,;:]\s+)({_NAME}(?:,\s+{_NAME})*),?\s+and\s+$")
_LIST_SEPARATOR = re.compile(r"\s*,\s+(?:(?:dan|and)\s+)?")
_OF = re.compile(r"\s+(?:of|tentang|mengenai)\s+")


@dataclass(frozen=True)
class Mention:
    """A party named (or referred back to) by one sentence."""

    sentence: int
    name: str | None  # None for a pronoun or description that refers back
    kind: str
    cue: str
    strength: int  # SPEAKER > PREPOSITION > CHANNEL
    role: str | None = None
    alias: str | None = None

    @property
    def named(self) -> bool:
        return self.name is not None and self.kind != "anonymous"


class _Collector:
    """Mentions of one sentence with their positions."""

    def __init__(self, lang: Language, index: int) -> None:
        self.lang, self.index = lang, index
        self.found: list[tuple[int, Mention]] = []
        self.front: list[tuple[int, Mention]] = []  # parties of frames that know their word class
        self.text, self.claims = "", True
        self.described_at: set[int] = set()  # where a description in apposition starts (`Budi, warga X, ...`)
        self.chained: list[int] = []  # where a prepositional frame's named party starts
        self.stop = _stopwords(lang)
        self.governing = _governing(lang.code)

    def party(
        self,
        pos: int,
        chain: str | None,
        cue: str,
        strength: int,
        kind: str | None = None,
        raw: bool = False,
        fallback: str | None = None,
    ) -> None:
        """`fallback` is the kind of a name that would otherwise be an untitled person (a frame's usual party)."""
        if not chain:
            return
        listed = " dan " in chain or " and " in chain
        if listed and not raw and self._listed(pos, chain, cue, strength, kind, fallback):
            return
        if self.lang.code == "en" and not raw and ("'s " in chain or "’s " in chain):
            chain = _after_possessive(chain, self.lang)
        name = Name(tidy(chain), kind or "person") if raw else _best_segment(chain, self.lang)
        if fallback and kind is None and name is not None and name.role is None and _default_kind(name, self.lang):
            kind = fallback
        if name is not None and strength == SPEAKER and name.kind == "person" and not raw and self.lang.code != "en":
            name = replace(name, name=unglue(name.name))
        if name is None or not _plausible(name, self.lang.code):
            return
        if name.kind == "refer":  # a bare common noun (`Perusahaan menegaskan`) refers to a party named before
            if strength == SPEAKER:
                self.refer(pos, cue)
            return
        if name.kind == "role_only":  # a title alone: `jaksa` is a party; `the president`, `menteri` refer back
            specific = _specific_role(name.name, self.lang)
            if not specific or _refers_back(chain):
                if strength == SPEAKER:
                    self.refer(pos, cue)
                return
            name = Name(name.name, classify(name.name, self.lang), None)
        mention = Mention(self.index, name.name, kind or name.kind, cue, strength, name.role, name.alias)
        self.found.append((pos, mention))

    def _listed(self, pos: int, chain: str, cue: str, strength: int, kind: str | None, fallback: str | None) -> bool:
        """`Netanyahu dan Katz`, `Reuters dan Al Arabiya`: parties joined by `dan`/`and`, each a person, outlet or
        body of the same kind, are separate parties (`Kementerian Kelautan dan Perikanan` is one)."""
        parts = [split_chain(p, self.lang) for p in _AND.split(chain)]
        if any(p is None for p in parts):
            return False
        kinds = set()
        for p in parts:
            k = kind or (fallback if fallback and p.role is None and _default_kind(p, self.lang) else p.kind)
            if (k == "person" and not _whole_person(p, self.lang)) or k in ("refer", "role_only", "anonymous"):
                return False
            if k in ("government", "organization") and len(p.name.split()) < 2:
                return False
            kinds.add(k)
        if len(kinds) != 1:
            return False
        for part in _AND.split(chain):
            self.party(pos, part, cue, strength, kind, fallback=fallback)
        return True

    def anonymous(self, pos: int, phrase: str, cue: str, strength: int = PREPOSITION) -> None:
        self.found.append((pos, Mention(self.index, tidy(phrase), "anonymous", cue, strength)))

    def described(self, pos: int, phrase: str, cue: str) -> None:
        """`Politisi itu menyebut` refers back to a party; `sumber itu`, `warga tersebut` to an unnamed one."""
        w = words_of(self.lang)
        if any(t in w.generic or t in _UNNAMED_PEOPLE for t in phrase.casefold().split()[:-1]):
            self.anonymous(pos, phrase, cue, SPEAKER)
        else:
            self.refer(pos, cue)

    def refer(self, pos: int, cue: str) -> None:
        self.found.append((pos, Mention(self.index, None, "person", cue, SPEAKER)))


_POSSESSOR = re.compile(r"^.*(?:'s|’s)\s+")


def _after_possessive(chain: str, lang: Language) -> str:
    """`Harbour Capital's Ann Lee`, `the Valley Post’s Dan Ruiz`: the person after a possessive, not the possessor's
    name run into hers (a company's name ending in `'s` stays whole: `Macy's Inc`)."""
    rest = _POSSESSOR.sub("", chain)
    name = split_chain(rest, lang) if rest and rest != chain else None
    return rest if name is not None and name.personal else chain


def _whole_person(name: Name, lang: Language) -> bool:
    """A personal name that is surely whole: untitled, of two words or more, or right after a title
    (`Menteri Pendidikan Dasar` is a ministry's name, not `Dasar`)."""
    if not name.personal:
        return False
    if name.role is None or " " in name.name:
        return True
    return name.role.split()[-1].casefold() in words_of(lang).roles


def _default_kind(name: Name, lang: Language) -> bool:
    """Whether a name's kind is only a guess: an untitled name, a bare acronym (`ABC`), a name with a place or
    institution-like word but no organisation word (`Kabar Kota`)."""
    if name.kind == "person":
        return True
    org_words = words_of(lang).organization_words
    return name.kind == "organization" and not any(t.casefold() in org_words for t in name.name.split())


def _specific_role(title: str, lang: Language) -> bool:
    """`jaksa`, `majelis hakim`, `jaksa penuntut`: a title that names a party by itself (an Indonesian noun phrase
    is head-first, so its first word decides); `kepala polisi`, `the president` refer back."""
    specific = words_of(lang).specific_roles
    folded = title.casefold()
    return folded in specific or (lang.code in ("id", "ms") and folded.split()[0] in specific)


def _refers_back(chain: str) -> bool:
    low = chain.casefold().strip()
    return low.startswith("the ") or low.endswith((" itu", " ini", " tersebut"))


def _best_segment(chain: str, lang: Language) -> Name | None:
    """A listed chain (`Direktur Penyuluhan, Pelayanan, dan Humas DJP Neilmaldrin Noor`): its first personal
    name, else the first segment's name."""
    segments = [s for s in _LIST_SEPARATOR.split(chain) if s]
    if len(segments) == 1:
        return split_chain(chain, lang)
    names = [split_chain(s, lang) for s in segments]
    for n in names:  # a segment that is only a personal name (`Abdul Wahid`), then one ending in a name
        if n is not None and n.personal and n.role is None:
            return n
    for n in names:
        if n is not None and n.personal:
            return n
    return next((n for n in names if n is not None), None)


def find_mentions(g: Grammar, index: int, sentence: str, claims: bool = True, only: str | None = None) -> list[Mention]:
    """The mentions of one sentence, in the order they appear; `claims`: whether the sentence holds a hedge (some
    frames only decide whom a claim is attributed to); `only`: the name of the one frame to apply (tests)."""
    text = " " + deglue(g, sentence)  # see LEAD
    c = _Collector(g.lang, index)
    c.text, c.claims = text, claims
    window: tuple[int, int] | None = None
    met = g.scan_filter.satisfied(text)  # which scans may match at all
    for scan in g.scans:
        if only is not None and all(f.name != only for f in scan.frames):
            continue
        if met is not None and not scan.requires <= met:
            continue
        if scan.needed is not None and not scan.needed.search(text):
            continue
        if scan.gate is not None and not scan.gate.search(text):
            continue
        if scan.window:
            if window is None:
                verbs = list(g.verb_gate.finditer(text))
                # a subject ends right before a verb: scan from a little before the first verb to the last one
                tail = VERB_TAIL if verbs and text.startswith((" on ", " in "), verbs[-1].end()) else SHORT_TAIL
                window = (max(0, verbs[0].start() - SUBJECT_REACH), verbs[-1].end() + tail) if verbs else (0, 0)
            matches = scan.pattern.finditer(text, *window)
        else:
            matches = scan.pattern.finditer(text)
        for m in matches:
            frame = scan.frame_of(m)
            if only is None or frame.name == only:
                READERS[frame.read](c, m, frame)
    # a frame's reading of a party that knows its word class comes first at its position (`Local Greens`)
    found = sorted(c.front + c.found, key=lambda item: item[0])
    quoted = _quoted(text) if ('"' in text or "“" in text or "&" in text) else []
    found = [(pos, _trimmed(m, g.lang)) for pos, m in found]  # `TIKTOKhttps`, `CNNdan`: a word glued to the edge
    return [m for pos, m in found if not (m.strength == SPEAKER and any(a < pos < b for a, b in quoted))]


def _trimmed(m: Mention, lang: Language) -> Mention:
    if not m.name or (cut := trim_glue(m.name, words_of(lang).countries)) == m.name:
        return m
    return replace(m, name=cut)


Reader = Callable[[_Collector, re.Match[str], Frame], None]
_COLLECTIVE_KIND = {n.casefold(): kind for kind, nouns in COLLECTIVE_NOUNS_EN.items() for n in nouns}
_ANAPHORIC = frozenset(ANAPHORIC_DETERMINERS_EN)
_ARTICLES = frozenset({"a", "an", "the"})
_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "one"})


@lru_cache(maxsize=8)
def _governing(code: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alt(GOVERNING_PREPOSITIONS.get(code, ()))})\s+(?:the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _stopwords(lang: Language) -> frozenset[str]:
    return frozenset(w.casefold() for w in lang.lexicon.stopwords) - _ARTICLES


def _governed(c: _Collector, at: int) -> bool:
    """Whether a preposition governs the name that starts at `at` (`a rally in Raleigh, ...`, `di Bekasi`): such a
    name is no subject of the verb after it."""
    return bool(c.governing.search(c.text, max(0, at - 16), at))


def _read_apposition(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    if _governed(c, m.start("chain")):
        return
    if m.group("app")[:1].isupper() and not _PARTY_TAG.match(m.group("app")):  # `Alamuddin, Kepala Desa X, ...`
        name = split_chain(m.group("chain"), c.lang)
        if name is None or not name.personal or name.role is not None:
            return  # `Banit Gakkum Polres X, Aipda Budi, ...`: the titled name is the subject
        c.described_at.add(m.start("app"))
    c.party(m.start(), m.group("chain"), m.group("cue"), SPEAKER)


def _read_named(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    """A named party after its verb or before a second verb (`," kata Budi`, `Budi datang dan mengatakan`)."""
    c.party(m.start(), m.group("chain"), m.group("cue"), SPEAKER)


def _read_subject(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    """A named party before (or after) its verb; `Sejumlah sumber X mengatakan`: an unnamed source of a body."""
    group = next(g for g in ("chain", "chainc") if g in m.re.groupindex and m.group(g))
    chain, at = m.group(group), m.start(group)
    if at in c.described_at or _governed(c, at):
        return
    before = c.text[max(0, at - 30) : at]
    unnamed = _UNNAMED_BEFORE.search(before) if "umber" in before or "ource" in before else None
    if unnamed:
        c.anonymous(m.start(), unnamed.group(1) + " " + tidy(chain), m.group("cue"), SPEAKER)
        return
    # English only (Indonesian names of offices hold `dan`: `Direktur Penyuluhan dan Pelayanan`): parties listed
    # before the subject share its verb, and the collector splits the list as it splits `A and B` within a chain
    conjuncts = _CONJUNCTS.search(c.text, max(0, at - 160), at) if c.lang.code == "en" else None
    if conjuncts:
        listed = " and ".join([*_LIST_SEPARATOR.split(conjuncts.group(1)), chain])
        if c._listed(conjuncts.start(1), listed, m.group("cue"), SPEAKER, None, None):
            return
    c.party(m.start(), chain, m.group("cue"), SPEAKER)


def _read_anonymous(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    phrase = m.group("anon") if "anon" in m.re.groupindex and m.group("anon") else m.group("anonrel")
    at = m.start("anon") if frame.slot == "after_quote" else m.start()
    c.anonymous(at, phrase, m.group("cue"), SPEAKER if frame.slot == "after_quote" else PREPOSITION)


_LOWER_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:and|or|but|while|as|when|that|which|because)\s)[a-z][\w-]+\s+$")


def _read_phrase(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    """`Pihak sekolah`, `the finance ministry`: a body by its common noun."""
    body = frame.name == "body_subject"
    if body and " " not in m.group("body").strip() and _LOWER_BEFORE.search(c.text, 0, m.start("body")):
        return  # `the official Harbour news agency said`: the noun's modifiers run past what the frame reads
    phrase = _body_name(tidy(m.group("body"))) if body else tidy(m.group("pihak"))
    kind = classify(phrase.split(None, 1)[-1], c.lang)
    c.found.append((m.start(), Mention(c.index, phrase, kind, m.group("cue"), SPEAKER)))


def _read_document(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    """`a Reuters analysis of tax data` -> `Reuters analysis`."""
    phrase = tidy(m.group("doc"))
    phrase = _OF.split(phrase.split(None, 1)[1])[0]
    c.found.append((m.start(), Mention(c.index, phrase, "document", m.group("cue"), SPEAKER)))


def _read_refer(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    pn = m.group("pn") if "pn" in m.re.groupindex else None
    c.refer(m.start(), m.group("cue") + (pn or ""))


def _read_refer_whole(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    c.refer(m.start(), m.group(0))


def _read_described(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    c.described(m.start(), m.group("desc"), m.group("cue"))


def _read_quoted_by(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    c.party(m.start(), m.group("chain3"), m.group("cue3"), PREPOSITION)
    c.party(m.start("chain4"), m.group("chain4"), m.group("cue3"), PREPOSITION)


def _read_preposition(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    cue = m.group("cue")
    if c.lang.code == "en" and not m.group("named") and not m.group("chain2") and _english_phrase(c, m, cue):
        return
    if cue[:9].casefold() == "confirmed" and _LEGISLATURE.search(m.group("chain")):
        return  # `confirmed by the Senate`: a vote on an appointment, not a confirmation of what was reported
    described = (m.group("d2") or "").casefold()
    kind = "media" if m.group("d1") or described in MEDIA_DESCRIPTORS else None
    if kind is None and described in DATA_DESCRIPTORS:  # `menurut data X`: X is the body behind the data
        name = split_chain(m.group("chain"), c.lang)
        kind = "organization" if name is not None and name.kind == "person" else None
    # `Mengutip Wartakota`, `dilansir BolaSport`, `kepada situs X`: a quoting frame names an outlet unless a
    # person is titled; `hasil verifikasi X`: a body's finding
    fallback = None
    if _QUOTING.match(cue) and (not described or described in MEDIA_DESCRIPTORS or described in _SITES):
        fallback = "media"
    elif _FINDING.match(cue):
        fallback = "organization"
    elif _REPORT.search(cue) or described in _REPORTS:  # `menurut laporan Haaretz`
        fallback = "media"
    strength = CHANNEL if cue[:1] in "kK" and cue.casefold() == "kepada" else PREPOSITION  # told to an outlet
    chain = m.group("chain")
    if m.group("named"):  # `diungkap oleh Direktur Jenderal X, Aan Suhanan`: the title, then the name
        title, named = split_chain(chain, c.lang), split_chain(m.group("named"), c.lang)
        if named is not None and named.personal and (title is None or not title.personal):
            chain = chain + " " + m.group("named")
    before = len(c.found)
    c.party(m.start(), chain, cue, strength, kind, fallback=fallback)
    # an indefinite title alone (`citing an official familiar with ...`) leaves the phrase to prep_np
    if len(c.found) > before or not _INDEFINITE.search(c.text, m.start(), m.start("chain")):
        c.chained.append(m.start("chain"))
    if m.group("chain2"):
        c.party(m.start("chain2"), m.group("chain2"), cue, PREPOSITION)


_LEGISLATURE = re.compile(r"\b(?:" + "|".join(LEGISLATURES_EN) + r")\b")
_DOC_AFTER = re.compile(rf"(?:/[{UPPER}][\w-]*)?(?:\s+[a-z]+)?\s+(?:{alt(DOCUMENT_NOUNS_EN)})\b")
_MODIFIED_AFTER = re.compile(rf"\s+(?:{alt(MODIFIED_NOUNS_EN)})\b")


def _english_phrase(c: _Collector, m: re.Match[str], cue: str) -> bool:
    """`according to a Harbour/Ipsos poll`: the document the name opens is the source (an outlet's report: the
    outlet); `according to Salt Lake police`, `citing U.S. officials`: the name only modifies the noun after it, and
    is no party."""
    after = c.text[m.end("chain") : m.end("chain") + 40]
    doc = _DOC_AFTER.match(after)
    if doc:
        chain = tidy(m.group("chain"))
        if not doc.group(0).startswith("/") and classify(chain, c.lang) == "media":  # `the Courier report`: its outlet
            c.found.append((m.start(), Mention(c.index, chain, "media", cue, PREPOSITION)))
        else:
            name = " ".join((chain + doc.group(0)).split())
            c.found.append((m.start(), Mention(c.index, name, "document", cue, PREPOSITION)))
    elif not _MODIFIED_AFTER.match(after):
        return False
    c.chained.append(m.start("chain"))
    return True


def _read_lower_np(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    if not any(m.start("np") <= pos < m.end() for pos in c.chained) and not _NAMED_ONLY.match(m.group("cue")):
        _lower_np(c, m.start(), m.group("np"), m.group("cue"))


def _read_channel_account(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    c.party(m.start(), m.group("platform"), "akun", CHANNEL, "social_media")
    c.party(m.start("handle"), m.group("handle"), "akun", CHANNEL, "social_media")


def _read_channel_verb(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    if m.group("platform2").startswith("@") and m.group("cue").casefold() in _CREDITS:
        return  # `via @harbour_desk`: a credit for an embedded post, not a party
    c.party(m.start(), m.group("platform2"), m.group("cue"), CHANNEL, "social_media")
    c.party(m.start(), m.group("handle2"), m.group("cue"), CHANNEL, "social_media")


def _read_channel_post_of(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    c.party(m.start(), m.group("pchain"), "unggahan", PREPOSITION)
    c.party(m.start("platform3"), m.group("platform3"), "unggahan", CHANNEL, "social_media")


def _read_channel_named_account(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    c.party(m.start("account"), m.group("account"), "akun", CHANNEL, "social_media")


def _read_channel_on_platform(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    c.party(m.start(), m.group("platform4"), m.group(0).split()[0], CHANNEL, "social_media")
    c.party(m.start(), m.group("handle4"), m.group(0).split()[0], CHANNEL, "social_media")


def _read_channel_quoted_handle(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    """The account speaks: its handle names the party, the platform where."""
    handle = _QUOTES.sub("", m.group("handle5")).strip()
    c.party(m.start("platform5"), m.group("platform5"), "akun", CHANNEL, "social_media")
    c.party(m.start("handle5"), handle, "akun", PREPOSITION, "social_media", raw=True)


def _read_channel_platform_named(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    c.party(m.start("platform6"), m.group("platform6"), m.group(0).split()[0], CHANNEL, "social_media")


def _read_outlet(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    _outlet(c, m.start("chain"), m.group("desc"), m.group("chain"))


_PLACE_OF = re.compile(r"\b(?:at|of|in)\s+(?:the\s+)?$")


def _read_who_said(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    """`a priority for Ann Lee, who says ...`; not `director of a centre at the Harbour College, who says ...`
    (the name after `at`, `of`, `in` is where the speaker works, not the speaker)."""
    if not _PLACE_OF.search(c.text, max(0, m.start("chain") - 12), m.start("chain")):
        c.party(m.start(), m.group("chain"), m.group("cue"), SPEAKER)


def _read_told_outlet(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    """`told CNBC`: an outlet the party spoke to; not `told U.S. lawmakers`, `told the TV station` (the name
    modifies a noun) nor `told Reuters Trump’s ...` (a possessive runs the outlet into the next name)."""
    chain = m.group("chain")
    if "’s" in chain or "'s" in chain or _MODIFIED_AFTER.match(c.text, m.end("chain")):
        return
    _outlet(c, m.start("chain"), m.group("desc"), chain)


def _read_outlet_subject(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    name = split_chain(m.group("chain"), c.lang)
    described = _OUTLET_BEFORE.search(c.text, max(0, m.start() - 40), m.start())
    if name is not None and (name.kind == "media" or described):
        c.party(m.start(), m.group("chain"), m.group("cue"), SPEAKER, "media")


def _read_saying(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    subject = m.group("subject")
    if subject.split()[-1].casefold() in _BODY_HEADS:
        phrase = _body_name(subject)
        kind = classify(phrase.split()[-1], c.lang)
        c.found.append((m.start(), Mention(c.index, phrase, kind, m.group("cue"), SPEAKER)))
    else:
        c.party(m.start(), subject, m.group("cue"), SPEAKER)


def _read_document_before(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    """`Dalam artikel itu`: only decides whom a claim is attributed to."""
    if c.claims and (m.group("dem") or m.group("noun")[:1].islower()):
        c.found.append((m.start(), Mention(c.index, None, "document", m.group(0), PREPOSITION)))


def _read_signature(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    name = _signature_name(m.group("lead"), m.group("handle"))
    c.party(m.start("handle"), name, "tweet", SPEAKER, "social_media", raw=True)


def _read_party(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    """A group or document that speaks (`Local Greens said`, `Census data showed`): its kind from its noun."""
    tokens = m.group("party").split()
    while tokens and tokens[0].casefold() in c.stop:
        tokens.pop(0)
    # `the analysts`, `the report`: named before (`The lawsuit claims that`: see _the_document)
    anaphoric = bool(tokens) and tokens[0].casefold() in _ANAPHORIC and len(tokens) == 2
    if not tokens or (anaphoric and not _the_document(frame, tokens, c.claims)):
        return
    if tokens[0].casefold() == "the" and len(tokens) > 2 and _COUNT.match(tokens[1]):
        return  # `the two leaders`, `the three senators`: a group named before
    if tokens[0].casefold() in _ARTICLES:
        tokens.pop(0)
    kind = frame.kind or "anonymous"
    if kind == "collective" and "and" in tokens[1:-1] and _read_parties(c, m, frame, tokens):
        return
    if kind == "collective":
        kind = _COLLECTIVE_KIND.get(tokens[-1].casefold(), "anonymous")
    pos = m.start("party") + m.group("party").find(tokens[0])
    # positions are those of the character before a party's first word, as the other frames take them
    c.front.append((max(0, pos - 1), Mention(c.index, " ".join(tokens), kind, m.group("cue"), frame.strength)))


_COUNT = re.compile(r"(?i:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|both)$")


def _the_document(frame: Frame, tokens: list[str], claims: bool) -> bool:
    """`The lawsuit claims that ...`: a document named by its noun alone that makes a claim (a hedge in the
    sentence) is its claimant; elsewhere `the report said` refers back to a report named before."""
    return claims and frame.kind == "document" and tokens[0].casefold() == "the"


def _read_parties(c: _Collector, m: re.Match[str], frame: Frame, tokens: list[str]) -> bool:
    """`Democrats and Republicans`, `Ann Cole and other senators`: parties joined by `and`, each a group (its last
    word a group noun) or a name; `Republican and Democratic lawmakers` is one group."""
    at = tokens.index("and")
    parts = [tokens[:at], tokens[at + 1 :]]
    if "and" in parts[1] or not parts[0]:
        return False
    groups = [p[-1].casefold() in _COLLECTIVE_KIND for p in parts]
    if not groups[1] or not (groups[0] or parts[0][0][:1].isupper()):
        return False
    pos = m.start("party")
    for part, group in zip(parts, groups, strict=True):
        if group:
            kind = _COLLECTIVE_KIND.get(part[-1].casefold(), "anonymous")
            c.front.append((pos, Mention(c.index, " ".join(part), kind, m.group("cue"), frame.strength)))
        else:  # the name may begin before the words the group pattern took (`Mayor Ann Cole and other officials`)
            run = _CAPITALISED_RUN.search(c.text, max(0, pos - 60), pos)
            c.party(pos, (run.group(0) if run else "") + " ".join(part), m.group("cue"), frame.strength)
    return True


_CAPITALISED_RUN = re.compile(rf"(?:[{UPPER}][\w.'’-]*\s+){{1,3}}$")


def _read_unnamed(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    """`her spokesman`, `a spokeswoman for X`: an unnamed party, named by its role (and whom it speaks for)."""
    tokens = m.group("party").split()
    while len(tokens) > 1 and tokens[0].casefold() in _OPENERS:
        tokens.pop(0)
    c.anonymous(m.start("party") - 1, " ".join(tokens), m.group("cue"), SPEAKER)


def _read_including(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    """`Several senators, including Ann Cole and Rob Tate, said`: each party listed speaks with the group."""
    if frame.name == "listed_in_group" and m.group("cue").endswith("s"):
        return  # `counsel to two prosecutors, Ann Cole and Rob Tate, says`: the verb is another subject's
    for part in _LIST_SEPARATOR.split(m.group("listed")):
        for piece in _AND.split(part):
            c.party(m.start("listed") - 1, piece, m.group("cue"), SPEAKER)


def _read_preposition_named(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    """A party a preposition introduces by name (`an interview with X`, `Source: X`)."""
    c.party(m.start("chain") - 1, m.group("chain"), m.group("cue"), PREPOSITION)


def _read_outlet_named(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    """`the Valley Courier newspaper reported`: a name an outlet noun describes is the outlet, whatever its words."""
    group = "chain" if m.group("chain") else "chainb"
    name = split_chain(m.group(group), c.lang)
    if name is None or name.kind in ("refer", "role_only", "social_media") or not _plausible(name, c.lang.code):
        return
    if name.name.casefold() in words_of(c.lang).countries:
        return
    c.found.append((m.start(group) - 1, Mention(c.index, name.name, "media", m.group("cue"), PREPOSITION)))


def _read_outlet_published(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    """`The Coast Herald ran a story`, `Via the Coast Herald:`: a name that is an outlet."""
    if m.group("chain"):
        _outlet(c, m.start("chain") - 1, m.group("desc"), m.group("chain"))
    else:
        _outlet(c, m.start("chainv") - 1, m.group("descv"), m.group("chainv"))


def _read_platform_post(c: _Collector, m: re.Match[str], frame: Frame) -> None:
    group = next(g for g in ("platform7", "platform8", "platform9") if m.group(g))
    c.party(m.start(group) - 1, m.group(group), "post", CHANNEL, "social_media")


READERS: dict[str, Reader] = {
    "outlet_named": _read_outlet_named,
    "outlet_published": _read_outlet_published,
    "platform_post": _read_platform_post,
    "preposition_named": _read_preposition_named,
    "unnamed": _read_unnamed,
    "including": _read_including,
    "apposition": _read_apposition,
    "subject": _read_subject,
    "named": _read_named,
    "anonymous": _read_anonymous,
    "phrase": _read_phrase,
    "document": _read_document,
    "refer": _read_refer,
    "refer_whole": _read_refer_whole,
    "described": _read_described,
    "quoted_by": _read_quoted_by,
    "preposition": _read_preposition,
    "lower_np": _read_lower_np,
    "channel_account": _read_channel_account,
    "channel_verb": _read_channel_verb,
    "channel_post_of": _read_channel_post_of,
    "channel_named_account": _read_channel_named_account,
    "channel_on_platform": _read_channel_on_platform,
    "channel_quoted_handle": _read_channel_quoted_handle,
    "channel_platform_named": _read_channel_platform_named,
    "outlet": _read_outlet,
    "outlet_subject": _read_outlet_subject,
    "told_outlet": _read_told_outlet,
    "who_said": _read_who_said,
    "saying": _read_saying,
    "document_before": _read_document_before,
    "signature": _read_signature,
    "party": _read_party,
}


# where a document's description ends and what is said about it begins
_NP_END = frozenset(DESCRIPTION_ENDS)
_QUOTES = re.compile(r"[\"“”]|&(?:amp;)?(?:quot|ldquo|rdquo);")
_INDEFINITE = re.compile(r"\b(?:an?|seorang|sebuah)\s+$", re.IGNORECASE)
_GROUP_OR_DOCUMENT = frozenset(
    n.casefold() for n in (*DOCUMENT_NOUNS_EN, *(n for nouns in COLLECTIVE_NOUNS_EN.values() for n in nouns))
)
_BODY_HEADS = frozenset(BODY_NOUNS)
_POSSESSIVE_LEAD = re.compile(r"^(?:the|his|her|their|its)\s+", re.IGNORECASE)
_STRONG_OUTLET = re.compile(rf"(?i:{OUTLET_DESCRIPTORS})$")
_OUTLET_BEFORE = re.compile(rf"(?i:{OUTLET_DESCRIPTORS})\b[^.;:]*$")
_AND = re.compile(r"\s+(?:dan|and|serta)\s+")
_POSSESSIVE_END = re.compile(r"(?:'s|’s)$")
_PARTY_TAG = re.compile(r"[RDI]-[A-Z]")  # `Ann Cole, R-Iowa, said`


def _body_name(phrase: str) -> str:
    """`The mayor's office` -> `mayor's office`; `Kenya's central bank` stays."""
    return _POSSESSIVE_LEAD.sub("", phrase) if phrase.split()[-1].islower() else phrase


def _outlet(c: _Collector, pos: int, noun: str, chain: str) -> None:
    """`pemberitaan Detik.com dan AFP`, `laporan Reuters`, `situs Page Six`: outlets named through their reports.

    After a noun that names an outlet (`pemberitaan`, `kantor berita`, `harian`) any name is the outlet; after one
    that may name anything (`laporan`, `situs`, `artikel`) only a name that is an outlet (lexicon, domain) is."""
    strong = bool(_STRONG_OUTLET.match(" ".join(noun.split())))
    w = words_of(c.lang)
    for part in _AND.split(_POSSESSIVE_END.sub("", chain)):
        name = Name(part, "media") if _DOMAIN_NAME.match(part.casefold()) else split_chain(part, c.lang)
        if name is None or name.kind in ("refer", "role_only") or name.name.casefold() in w.countries:
            continue
        if name.kind == "media" or (strong and name.kind in ("person", "organization")):
            c.found.append((pos, Mention(c.index, name.name, "media", noun.split()[0], PREPOSITION)))


def _plausible(name: Name, code: str = "") -> bool:
    text = name.name
    if code == "en" and name.kind != "social_media" and _not_a_party_en(text):
        return False
    return sum(c.isalpha() for c in text) >= 2 or text.startswith(("@", "#")) or name.kind == "social_media"


_PLACES_EN = frozenset(w.casefold() for w in PLACES_EN)
_MONTH_DAY = re.compile(rf"^(?:{alt(MONTHS)})\s+\d")
_CONTRACTION = re.compile(r"^(?:I|You|We|They|He|She|It)(?:'|’)\w+$")


def _not_a_party_en(text: str) -> bool:
    """`Texas`, `DuPont, WA`'s `WA`, `U.S` alone; a date (`March 31`); a contraction (`I'm told`)."""
    return (
        all(t.casefold() in _PLACES_EN for t in text.split())
        or bool(_MONTH_DAY.match(text))
        or bool(_CONTRACTION.match(text))
    )


_DOMAIN_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|net|org|tv|id|co\.uk|news)$")
_BY = re.compile(
    rf"\b(?:by|oleh|dari|from)\s+(?:the\s+)?({NT}(?:\s+(?:{CONN}\s+)?{NT}){{0,5}}"
    r"|(?:pihak\s+)?(?:kepolisian|polisi|pemerintah|kejaksaan|pengadilan|police|prosecutors))"
)


def _lower_np(c: _Collector, pos: int, np: str, cue: str) -> None:
    """`menurut saksi yang melihat` (anonymous); `documents obtained by the New York Times` (the named party)."""
    by = _BY.search(np)
    if by:
        c.party(pos, by.group(1), cue, PREPOSITION)
        return
    w = words_of(c.lang)
    tokens = tidy(np).split()
    while len(tokens) > 1 and tokens[0].casefold() in ("sebuah", "suatu", "a", "an", "the"):
        tokens.pop(0)
    head = tokens[0].casefold() if tokens else ""
    if tokens and tokens[-1].casefold().endswith("nya") and head not in w.anonymous:  # `laman resminya`: refers back
        return
    if head == "pihak" and len(tokens) > 1 and tokens[1][:1].isupper():  # `pihak Kementerian X pada rapat ...`
        run = [t for t in tokens[1:]]
        end = next((i for i, t in enumerate(run) if not t[:1].isupper()), len(run))
        c.party(pos, " ".join(run[:end]), cue, PREPOSITION)
        return
    if _DOMAIN_NAME.match(head):
        c.party(pos, tokens[0], cue, PREPOSITION, "media")
        return
    # `according to two former army officers`, `citing recent polling`: a group or document noun further in
    further = any(t.casefold() in _GROUP_OR_DOCUMENT for t in tokens[1:5]) and head not in w.stop
    if head not in w.anonymous and head not in w.roles and head not in w.document_words and not further:
        return
    if tokens[-1].casefold() in ("itu", "ini", "tersebut", "this", "that"):  # refers back to a named document
        return
    if head in w.document_words:  # `a petition signed by 3,000 residents` -> `petition`
        tokens = tokens[: next((i for i, t in enumerate(tokens) if i and t.casefold() in _NP_END), len(tokens))]
    text = " ".join(tokens[:6])
    kind = classify(text, c.lang)
    if kind == "person" and head not in w.roles:
        kind = "anonymous"
    c.found.append((pos, Mention(c.index, text, kind, cue, PREPOSITION)))


_QUOTE_CHAR = re.compile(r"[\"“”]|&(?:amp;)?(?:quot|ldquo|rdquo);")


def _quoted(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech in a sentence; a sentence that begins inside a quotation starts quoted."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _QUOTE_CHAR.finditer(text):
        mark = m.group()
        before = text[m.start() - 1 : m.start()]
        after = text[m.end() : m.end() + 1]
        opener = mark == "“" or "ldquo" in mark or ((not before or before in " (\n") and after not in ("", " "))
        if opener and open_at is None:
            open_at = m.end()
        elif not opener:
            spans.append((open_at if open_at is not None else -1, m.start()))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


_URL = re.compile(r"(?:https?://|pic\.twitter\.com/)\S*")
_PART = re.compile(r"^\d+/\d+$")
_CREDITS = frozenset(w.casefold() for w in CREDIT_WORDS_EN)


_SIGNATURE_GAP = re.compile(r"\s{2,}")


def _signature_name(lead: str, handle: str) -> str:
    """The display name before `(@handle)`: the words after the tweet's last stop or link, else the handle."""
    lead = _URL.sub(" | ", lead).rstrip(" ?")
    tail = re.split(r"[.!?:|\u2014]\s+|[.!?](?=[A-Z])|\s[-–—]\s", lead)[-1].strip(" -–—\"”'")
    tail = re.sub(r"^.*\d{4}(?=[A-Z])", "", tail)  # the date of the previous signature glued on
    gap = _SIGNATURE_GAP.split(tail.strip())  # `how insane you are  ray mckenzie`: the name after the tweet's gap
    tokens = gap[-1].split() if len(gap) > 1 and 0 < len(gap[-1].split()) <= 3 else tail.split()
    while len(tokens) > 1 and (tokens[0].startswith(("#", "@")) or _PART.match(tokens[0])):
        tokens.pop(0)  # `#harbour Ann Lee`, `2/2 Ann Lee`: a hashtag or thread count that ends the tweet
    if len(tokens) > 4:  # the tweet's last words run into the name: keep the capitalised words that end it
        run = list(itertools.takewhile(lambda t: t[:1].isupper(), reversed(tokens)))[::-1]
        tokens = run if 0 < len(run) <= 3 and not run[0].startswith(("#", "@")) else []
    if not tokens:
        return handle
    return " ".join(tokens)


_UNNAMED_FRAME = re.compile(
    r"^(?:(?:mengutip|menurut|dari|ada|adanya|muncul|dalam|berdasarkan|kata|ujar|ungkap|tutur|tambah|imbuh)\s+)+"
    r"|\s+yang\s+(?:menyebutkan|menyebut)$",
    re.IGNORECASE,
)


def unnamed(index: int, phrase: str) -> Mention:
    """An unnamed report or source (`laporan yang muncul`, `a source familiar with`) as an anonymous party."""
    return Mention(index, _UNNAMED_FRAME.sub("", phrase) or phrase, "anonymous", phrase, PREPOSITION)
