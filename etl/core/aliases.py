"""An article's alias table: the short names (`Zulhas`, `Gus Ipul`, `Mentan`) the text ties to a person's full
name, so a source named by its short form is reported by the full one (rules in `etl.rules.aliases`)."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.core.names import split_chain, words_of
from etl.rules.aliases import (
    ADDRESS_WORDS,
    ALIAS_MARKERS,
    BODY_HEADS,
    NAME_PARTICLES,
    NICKNAME_HONORIFICS,
    WEAK_MARKERS,
)
from etl.rules.cues.base import Language

_CAP = r"[A-Z][\w'’.-]*"
_LINK = "(?:" + "|".join(NAME_PARTICLES) + ")"
_FULL = rf"(?P<full>{_CAP}(?:\s+(?:{_LINK}\s+)?{_CAP}){{1,7}})"
_SHORT = rf"(?P<short>{_CAP}(?:\s+{_CAP}){{0,2}})"
# `SaudiMohammed`, `House.Dylan`: a scraper's glue or a lost space after a full stop, not `McConnell`
_GLUED = re.compile(r"(?<=[a-z]{4})(?=[A-Z][a-z])|(?<=[a-z]\.)(?=[A-Z][a-z])")
_ACRONYM = re.compile(r"[A-Z]{2,6}")


@lru_cache(maxsize=8)
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    markers = "|".join(re.escape(m) for m in sorted(ALIAS_MARKERS.get(code, ()), key=len, reverse=True))
    marker = re.compile(rf"{_FULL},?\s+(?P<marker>{markers}),?\s+{_SHORT}" if markers else r"(?!x)x")
    bracketed = re.compile(rf"{_FULL}\s+\((?P<short>{_CAP}(?:\s+{_CAP})?)\)")
    return marker, bracketed


def _person(chain: str, lang: Language, text: str) -> str | None:
    """The full personal name in a capitalised chain (titles stripped), or None: no word of it belongs to a word
    class (`Tim`, `Akun Twitter`) or is used in lower case in the text (`Makan Bergizi Gratis`)."""
    chain = _GLUED.split(chain)[-1]
    name = split_chain(chain, lang)
    if name is None or name.kind != "person" or not name.personal or len(name.name.split()) < 2:
        return None
    w = words_of(lang)
    classes = (
        BODY_HEADS,
        w.roles,
        w.social,
        w.media_words,
        w.organization_words,
        w.government_words,
        w.document_words,
        w.titles,
    )
    for token in name.name.split():
        low = token.casefold()
        if any(low in c for c in classes) or token.isupper():
            return None
        if token[:1].isupper() and re.search(rf"(?<![\w-]){re.escape(token.lower())}(?![\w-])", text):
            return None
    return name.name


def _plain_short(short: str, lang: Language) -> bool:
    """A short form that is not a place, a platform or a party label (`Ohio`, `X`, `R-TX`)."""
    w = words_of(lang)
    low = short.casefold()
    return low not in w.countries and low not in w.social and "-" not in short and len(short) > 1


def _short_enough(short: str, full: str, lang: Language) -> bool:
    """After `atau`: a nickname, acronym or titled short form, not a second person's full name."""
    first = short.split()[0].casefold()
    if len(short.split()) < len(full.split()) or _ACRONYM.fullmatch(short):
        return True
    return first in NICKNAME_HONORIFICS or first in words_of(lang).roles


def alias_table(text: str, lang: Language) -> dict[str, str]:
    """Case-folded short forms -> full personal names, from the introductions the article makes."""
    marker, bracketed = _patterns(lang.code)
    table: dict[str, str] = {}

    def add(short: str, full: str | None) -> None:
        if not full or short.casefold() in full.casefold().split() or not _plain_short(short, lang):
            return
        table.setdefault(short.casefold(), full)
        head, _, rest = short.partition(" ")
        if rest and head.casefold() in words_of(lang).roles:
            table.setdefault(rest.casefold(), full)  # `Mentan SYL` -> also `SYL`

    if any(m in text for m in ALIAS_MARKERS.get(lang.code, ())):
        for m in marker.finditer(text):
            full = _person(m.group("full"), lang, text)
            if full and (m.group("marker") not in WEAK_MARKERS or _short_enough(m.group("short"), full, lang)):
                add(m.group("short"), full)
    if "(" in text:
        for m in bracketed.finditer(text):
            add(m.group("short"), _person(m.group("full"), lang, text))
    return table


def _initials(short: str, full: str) -> bool:
    """`SBY` of `Susilo Bambang Yudhoyono`, `MBS` of `Mohammed bin Salman`: an acronym of the name's words."""
    return short.casefold() == "".join(t[0] for t in full.casefold().split())


def resolve(name: str, kind: str, table: dict[str, str], text: str, lang: Language) -> str | None:
    """The full name a short form or a bare office stands for in this article, or None. A short form read as a
    body's name (`SBY`, `TurnBackHoax`) is a person's only when it spells the full name's initials, the way the
    Indonesian press shortens officials' names (`AHY`); in English an acronym names a body (`PHCC`)."""
    key = name.casefold()
    if key in table and (kind == "person" or (words_of(lang).indonesian and _initials(name, table[key]))):
        return table[key]
    tokens = name.split()
    while tokens and tokens[0].casefold() in ADDRESS_WORDS:
        tokens = tokens[1:]
    addressed = len(tokens) < len(name.split())
    office = " ".join(tokens)
    if addressed and office.casefold() in table:
        return table[office.casefold()]
    # a bare office of two words or more (`Gubernur Jambi`), or one addressed (`Pak Gubernur`); not `Presiden`
    if not tokens or tokens[0].casefold() not in words_of(lang).roles or not (addressed or len(tokens) > 1):
        return None
    for m in re.finditer(rf"(?<!\w){re.escape(office)}\s+{_FULL}", text):
        full = split_chain(f"{office} {m.group('full')}", lang)
        if full and full.kind == "person" and full.personal and len(full.name.split()) >= 2:
            return full.name
    return None


INTRODUCTION_REACH = 30  # characters before a short form in which its marker or bracket is looked for


class Aliases:
    """One article's alias table, built only when a source's name is introduced as a short form (the check
    costs a few `str.find` calls; most articles never build the table)."""

    def __init__(self, text: str, lang: Language) -> None:
        self.text, self.lang = text, lang
        self.markers = ("(", *(f" {m}" for m in ALIAS_MARKERS.get(lang.code, ())))
        self.table: dict[str, str] | None = None

    def _introduced(self, name: str) -> bool:
        i = self.text.find(name)
        while i != -1:
            before = self.text[max(0, i - INTRODUCTION_REACH) : i].rstrip()
            if before.endswith(self.markers):  # `alias Zulhas`, `(MBS`
                return True
            if before.rpartition(" ")[0].rstrip(", ").endswith(self.markers):  # `atau Mentan SYL`, `atau Gus Ipul`
                return True
            i = self.text.find(name, i + 1)
        return False

    def full(self, name: str, kind: str) -> str | None:
        """The full name `name` (a source's name read as `kind`) stands for, or None."""
        first = name.split()[0].casefold() if name.split() else ""
        role = first in ADDRESS_WORDS or first in words_of(self.lang).roles
        if self.table is None:
            if not self._introduced(name):
                return resolve(name, kind, {}, self.text, self.lang) if role else None
            self.table = alias_table(self.text, self.lang)
        return resolve(name, kind, self.table, self.text, self.lang)
