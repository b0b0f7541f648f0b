"""Who a sentence attributes information to: mentions of parties through reporting frames.

The frames of each language (etl/rules/cues) are compiled into a few combined patterns:

- `subject`: a party before its verb (`Budi mengatakan`, `KPK menduga`, `the ministry said`), with an
  optional apposition in English shape (`Larry Ross, an analyst at X, said`);
- `inverted`: a verb after a quote or clause, then the party (`," kata Budi`, `," said Ann Lee`), or the
  pronominal form (`ujarnya`, `katanya`);
- `preposition`: a frame that introduces the party (`menurut Budi`, `mengutip Mirror`, `according to X`),
  including lower-case descriptions (`menurut saksi yang melihat`) which become anonymous parties;
- `channel`: where a claim was posted (`dalam postingannya di Twitter`, `akun Instagram @x`, `on Facebook`);
- `signature`: tweet signatures (`Ann Lee (@annlee) March 3, 2017`).

Scraper glue (`kataKapolresta`, `DilansirdetikNewsdariAntara`) is undone on a working copy of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.core.names import UPPER, Name, classify, split_chain, tidy, words_of
from etl.rules.cues import Language

NT = rf"(?:[{UPPER}][\w'’.&-]*\w|[{UPPER}]|@\w+|#\w+|detik[{UPPER}]\w*|e-[{UPPER}]\w*)"
CONN = r"(?:de|da|van|von|der|den|bin|binti|al|el|la|of|for|the|on|&)"
MONTHS = (
    "January February March April May June July August September October November December "
    "Januari Februari Maret April Mei Juni Juli Agustus Oktober Desember"
)
SPEAKER, PREPOSITION, CHANNEL = 3, 2, 1


@dataclass(frozen=True)
class Mention:
    """A party named (or referred back to) by one sentence."""

    sentence: int
    name: str | None  # None for a pronoun or description that refers back
    kind: str
    cue: str
    strength: int  # SPEAKER > PREPOSITION > CHANNEL
    role: str | None = None

    @property
    def named(self) -> bool:
        return self.name is not None and self.kind != "anonymous"


def _alt(items: tuple[str, ...] | list[str], escape: bool = True) -> str:
    parts = sorted({re.escape(i) if escape else i for i in items}, key=len, reverse=True)
    return "(?:" + "|".join(parts) + ")"


def _damaged(verbs: tuple[str, ...]) -> str:
    """Verbs, also with the last letter lost to scraper damage (`mengataka.`)."""
    forms = [re.escape(v) for v in verbs] + [re.escape(v[:-1]) + r"(?=\.)" for v in verbs if len(v) > 5]
    return "(?:" + "|".join(sorted(set(forms), key=len, reverse=True)) + ")"


@dataclass(frozen=True)
class Grammar:
    lang: Language
    prefilter: re.Pattern[str]
    subject: re.Pattern[str]
    apposition: re.Pattern[str]
    inverted: re.Pattern[str]
    preposition: re.Pattern[str]
    channel: re.Pattern[str]
    signature: re.Pattern[str]
    glue_before: re.Pattern[str]
    glue_after: re.Pattern[str]


@lru_cache(maxsize=8)
def grammar(lang: Language) -> Grammar:
    rep = lang.reporting
    lex = lang.lexicon
    roles = _alt([r for r in lex.roles if len(r) > 1])
    rolew = rf"(?i:{roles})\b"
    token = rf"(?:{rolew}|{NT})"
    chain = rf"{token}(?:(?:\s+|\s*-\s*)(?:{CONN}\s+){{0,2}}{token}){{0,9}}"
    after = _damaged(rep.after_name)
    before = _alt(rep.before_name)
    adverbs = _alt(rep.adverbs)
    pronouns = _alt(rep.pronouns)
    suffix = re.escape(rep.pronoun_suffix) if rep.pronoun_suffix else None
    preps = "(?:" + "|".join(rep.prepositions) + ")"
    social = _alt(lex.social)
    descriptors = (
        r"(?:(?:media|situs(?:\s+resmi)?|laman|akun|portal|harian|koran|majalah|kantor\s+berita|pemberitaan|"
        r"unggahan(?:\s+media\s+sosial)?|media\s+sosial|data|riset|investigasi|catatan|the)\s+)?"
    )
    gap = rf"(?:\s+(?i:{adverbs})){{0,3}}"
    subject = re.compile(
        rf"(?:(?P<chain>{chain})|(?P<pron>\b(?i:{pronouns}))"
        rf"|(?P<desc>\b[\w-]+(?:\s+[\w-]+){{0,3}}\s+(?i:{_alt(rep.descriptive)})))"
        rf"\s*,?{gap}\s+(?P<cue>(?i:{after}))\b"
    )
    apposition = re.compile(
        rf"(?:^|(?<=[.;]\s)|(?<=,\s)|(?<=\bdan\s)|(?<=\band\s))(?P<chain>{chain}),\s+(?P<app>[a-z0-9][^;:\"“”]{{2,150}}?),"
        rf"{gap}\s+(?P<cue>(?i:{after}))\b"
    )
    inverted_parts = [
        rf"(?:[,\"”’']|&(?:amp;)?(?:quot|rdquo|rsquo);)\s*(?P<cue>(?i:{before}))"
        rf"(?:(?P<pn>{suffix})\b|\s+(?P<pron>(?i:{pronouns}))\b|\s+(?P<desc>[a-z][\w-]*(?:\s+[\w-]+){{0,2}}\s+(?:itu|ini|tersebut))\b|\s+(?P<chain>{chain}))"
        if suffix
        else rf"(?:[,\"”’']|&(?:amp;)?(?:quot|rdquo|rsquo);)\s*(?P<cue>(?i:{before}))"
        rf"(?:\s+(?P<pron>(?i:{pronouns}))\b|\s+(?P<chain>{chain}))",
    ]
    if suffix:  # `Padahal kata jaksa, ...`: the short verb mid-sentence, the party closed by a comma
        inverted_parts.append(rf"\b(?P<cue2>(?i:kata|sambung|lanjut))\s+(?P<chain2>{chain})(?=\s*,)")
    inverted = re.compile("|".join(inverted_parts))
    lower_np = r"[a-z0-9][^,.;:\"“”()]{2,120}?"
    preposition = re.compile(
        rf"\b(?P<cue>(?i:{preps}))(?:\s*:)?\s+{descriptors}(?:(?P<chain>{chain})|(?P<np>{lower_np})(?=\s*[,.;:]|\s+(?:bahwa|that|yang\s+menyebut)\b|$))"
        rf"(?:\s+(?:yang\s+)?(?i:dari|via|berdasarkan\s+laporan|melalui)\s+{descriptors}(?P<chain2>{chain}))?"
        rf"|(?P<chain3>{chain})\s+yang\s+(?P<cue3>(?i:dikutip|dilansir))\s+(?:oleh\s+)?(?P<chain4>{chain})"
    )
    channel = re.compile(
        rf"\b(?i:akun)\s+(?P<platform>{social})\s+(?P<handle>@\w+|{NT}(?:\s+{NT}){{0,3}})"
        rf"|\b(?P<cue>(?i:{'|'.join(rep.channels)}))\s+(?:(?i:di|on)\s+)?(?:(?i:akun)\s+)?(?P<platform2>{social}|@\w+)\b"
        rf"|\b(?i:unggahan|postingan|cuitan)\s+(?P<chain>{chain})\s+di\s+(?:(?i:akun)\s+)?(?P<platform3>{social})\b"
        rf"|\b(?i:on|di|melalui|lewat|via)\s+(?P<platform4>{_alt([s for s in lex.social if s != 'X'])})\b"
    )
    signature = re.compile(
        rf"(?P<lead>[^\n]{{0,80}}?)\s*\((?P<handle>@\w+)\)\s*(?:{'|'.join(MONTHS.split())})\s+\d{{1,2}},\s+\d{{4}}"
    )
    cue_words = list(rep.after_name) + list(rep.before_name)
    prefilter = re.compile(
        rf"(?i:{_damaged(tuple(cue_words))}|{preps}|{'|'.join(rep.channels)}|\(@\w+\)|{social})"
        + (rf"|(?i:{before}){suffix}\b" if suffix else "")
    )
    glue_words = r"kata|ujar|ucap|tutur|dari|oleh|dilansir|mengutip|dikutip|menurut|data|laporan|berdasarkan|merujuk|melansir|tulis"
    glue_before = re.compile(rf"\b((?i:{glue_words}))(?=[{UPPER}@#]|detik[{UPPER}])")
    long_words = "|".join(sorted({v for v in rep.after_name if len(v) >= 7} | {"berdasarkan", "mengutip"}, key=len))
    glue_after = re.compile(
        rf"\b((?:[\w.]*[{UPPER}][\w.]*?|detik\w*?)[a-z0-9])((?:dari|dalam)(?=[{UPPER}])|(?:{long_words})\b)"
    )
    return Grammar(lang, prefilter, subject, apposition, inverted, preposition, channel, signature, glue_before, glue_after)


def deglue(g: Grammar, text: str) -> str:
    """`kataKapolresta` -> `kata Kapolresta`; `detikNewsdariAntara` -> `detikNews dari Antara`."""
    text = g.glue_before.sub(r"\1 ", text)
    return g.glue_after.sub(r"\1 \2", text)


def has_cue(g: Grammar, sentence: str) -> bool:
    return g.prefilter.search(sentence) is not None


def find_mentions(g: Grammar, index: int, sentence: str) -> list[Mention]:
    """The mentions of one sentence, in the order they appear."""
    text = deglue(g, sentence)
    found: list[tuple[int, Mention]] = []
    lang = g.lang

    def add(pos: int, chain: str | None, cue: str, strength: int, kind: str | None = None) -> None:
        if not chain:
            return
        name = split_chain(chain, lang)
        if name is None or not _plausible(name):
            return
        found.append((pos, Mention(index, name.name, kind or name.kind, cue, strength, name.role)))

    def refer(pos: int, cue: str) -> None:
        found.append((pos, Mention(index, None, "person", cue, SPEAKER)))

    for m in g.apposition.finditer(text):
        add(m.start(), m.group("chain"), m.group("cue"), SPEAKER)
    for m in g.subject.finditer(text):
        if m.group("chain"):
            add(m.start(), m.group("chain"), m.group("cue"), SPEAKER)
        else:
            refer(m.start(), m.group("cue"))
    for m in g.inverted.finditer(text):
        if m.groupdict().get("cue2"):
            add(m.start(), m.group("chain2"), m.group("cue2"), SPEAKER)
        elif m.group("chain"):
            add(m.start(), m.group("chain"), m.group("cue"), SPEAKER)
        else:
            refer(m.start(), m.group("cue") + (m.groupdict().get("pn") or ""))
    for m in g.preposition.finditer(text):
        if m.group("chain3"):
            add(m.start(), m.group("chain3"), m.group("cue3"), PREPOSITION)
            add(m.start("chain4"), m.group("chain4"), m.group("cue3"), PREPOSITION)
            continue
        cue = m.group("cue")
        if m.group("chain"):
            add(m.start(), m.group("chain"), cue, PREPOSITION)
        elif m.group("np"):
            _lower_np(m.start(), m.group("np"), cue, found, index, lang)
        if m.group("chain2"):
            add(m.start("chain2"), m.group("chain2"), cue, PREPOSITION)
    for m in g.channel.finditer(text):
        if m.group("platform"):
            add(m.start(), m.group("platform"), "akun", CHANNEL, "social_media")
            add(m.start("handle"), m.group("handle"), "akun", CHANNEL, "social_media")
        elif m.group("platform2"):
            add(m.start(), m.group("platform2"), m.group("cue"), CHANNEL, "social_media")
        elif m.group("platform3"):
            add(m.start(), m.group("chain"), "unggahan", PREPOSITION)
            add(m.start("platform3"), m.group("platform3"), "unggahan", CHANNEL, "social_media")
        else:
            add(m.start(), m.group("platform4"), m.group(0).split()[0], CHANNEL, "social_media")
    if "(@" in text:
        for m in g.signature.finditer(text):
            add(m.start("handle"), _signature_name(m.group("lead"), m.group("handle")), "tweet", SPEAKER, "social_media")
    found.sort(key=lambda item: item[0])
    quoted = _quoted(text) if ('"' in text or "“" in text or "&" in text) else []
    return [m for pos, m in found if not (m.strength == SPEAKER and any(a < pos < b for a, b in quoted))]


_QUOTE_CHAR = re.compile(r"[\"“”]|&(?:amp;)?(?:quot|ldquo|rdquo);")


def _quoted(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech in a sentence; a sentence that begins inside a quotation starts quoted."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    marks = list(_QUOTE_CHAR.finditer(text))
    for k, m in enumerate(marks):
        before = text[m.start() - 1 : m.start()]
        after = text[m.end() : m.end() + 1]
        opener = m.group() in ("“",) or "ldquo" in m.group() or ((not before or before in " (\n") and after not in ("", " "))
        if opener and open_at is None:
            open_at = m.end()
        elif not opener:
            spans.append((open_at if open_at is not None else -1, m.start()))
            open_at = None
        elif k == len(marks) - 1:
            break
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


def _plausible(name: Name) -> bool:
    text = name.name
    letters = sum(c.isalpha() for c in text)
    return letters >= 2 or text.startswith(("@", "#"))


def _lower_np(pos: int, np: str, cue: str, found: list, index: int, lang: Language) -> None:
    """`menurut saksi yang melihat` (anonymous); `documents obtained by the New York Times` (the named party)."""
    by = re.search(rf"\b(?:by|oleh)\s+(?:the\s+)?({NT}(?:\s+{NT}){{0,4}})", np)
    if by:
        name = split_chain(by.group(1), lang)
        if name:
            found.append((pos, Mention(index, name.name, name.kind, cue, PREPOSITION, name.role)))
        return
    w = words_of(lang)
    np = tidy(np)
    tokens = np.split()
    head = tokens[0].casefold() if tokens else ""
    if head not in w.anonymous and head not in w.roles and head not in w.document_words:
        return
    if len(tokens) > 8:
        tokens = tokens[:8]
    text = " ".join(tokens)
    kind = classify(text, lang)
    if kind == "person" and tokens[0].casefold() not in w.roles:
        kind = "anonymous"
    found.append((pos, Mention(index, text, kind, cue, PREPOSITION)))


_URL = re.compile(r"(?:https?://|pic\.twitter\.com/)\S*")


def _signature_name(lead: str, handle: str) -> str:
    """The display name before `(@handle)`: the words after the tweet's last stop or link, else the handle."""
    lead = _URL.sub(" | ", lead).rstrip(" ?")
    tail = re.split(r"[.!?:|\u2014]\s+|[.!?](?=[A-Z])|\s[-–—]\s", lead)[-1].strip(" -–—\"”'")
    tail = re.sub(r"^.*\d{4}(?=[A-Z])", "", tail)  # the date of the previous signature glued on
    tokens = tail.split()
    if not tokens or len(tokens) > 4:
        return handle
    return " ".join(tokens)


def unnamed(index: int, phrase: str, cue: str) -> Mention:
    return Mention(index, phrase, "anonymous", cue, PREPOSITION)
