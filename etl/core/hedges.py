"""Hedge cues in a text: one combined pattern per cue role and language, false friends subtracted."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from etl.rules.cues import CueFamily, Language

HEDGE, UNVERIFIED, UNNAMED = "hedge", "unverified", "unnamed"
_NOT_AFTER_LETTER = r"(?<![^\W\d_])"


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    text: str
    role: str  # hedge | unverified | unnamed
    family: str


def combine(families: tuple[CueFamily, ...]) -> re.Pattern[str]:
    """One pattern for a list of families; `lastgroup` names the family that matched."""
    parts = []
    for i, fam in enumerate(families):
        # a cue may follow digits glued on by a scraper (`2017Apparently`): start = no letter before
        body = "|".join(f"(?:{_NOT_AFTER_LETTER + p[2:] if p.startswith(chr(92) + 'b') else p})" for p in fam.patterns)
        parts.append(f"(?P<f{i}>{body})" if fam.case_sensitive else f"(?P<f{i}>(?i:{body}))")
    return re.compile("|".join(parts) if parts else r"(?!x)x", re.MULTILINE)


@dataclass(frozen=True)
class HedgePatterns:
    roles: tuple[tuple[str, re.Pattern[str], tuple[CueFamily, ...]], ...]
    false_friends: re.Pattern[str]


@lru_cache(maxsize=8)
def patterns(lang: Language) -> HedgePatterns:
    return HedgePatterns(
        roles=(
            (UNVERIFIED, combine(lang.unverified), lang.unverified),
            (UNNAMED, combine(lang.unnamed_reports), lang.unnamed_reports),
            (HEDGE, combine(lang.hedges), lang.hedges),
        ),
        false_friends=combine(lang.false_friends),
    )


def find_cues(text: str, lang: Language) -> list[Cue]:
    """Every hedge, explicit non-verification and unnamed-report cue of `text`, in order, without overlaps."""
    pats = patterns(lang)
    found: list[Cue] = []
    for role, pattern, families in pats.roles:
        for m in pattern.finditer(text):
            fam = families[int(m.lastgroup[1:])].name if m.lastgroup else ""
            found.append(Cue(m.start(), m.end(), m.group(), role, fam))
    if not found:
        return []
    friends = [m.span() for m in pats.false_friends.finditer(text)]
    if friends:
        starts = [a for a, _ in friends]

        def inside(c: Cue) -> bool:
            i = bisect_right(starts, c.start) - 1
            return any(friends[j][0] <= c.start and c.end <= friends[j][1] for j in range(max(0, i - 2), i + 1))

        found = [c for c in found if not inside(c)]
    found.sort(key=lambda c: (c.start, -c.end))
    out: list[Cue] = []
    for c in found:
        if out and c.start < out[-1].end:  # overlapping: the earlier (and longer) one wins
            continue
        out.append(c)
    return out
