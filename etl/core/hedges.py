"""Hedge cues in a text: one triggered scan per language over all cue roles, false friends subtracted."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from etl.core.patterns import WORD_START, Triggered
from etl.rules.cues import CueFamily, Language

HEDGE, UNVERIFIED, UNNAMED = "hedge", "unverified", "unnamed"


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    text: str
    role: str  # hedge | unverified | unnamed
    family: str


def _items(role: str, families: tuple[CueFamily, ...]) -> list[tuple[str, str]]:
    # a cue may follow digits glued on by a scraper (`2017Apparently`): `\b` becomes "no letter before"
    return [
        (f"{role}:{fam.name}", WORD_START + p[2:] if p.startswith("\\b") else p)
        for fam in families
        for p in fam.patterns
    ]


@dataclass(frozen=True)
class HedgePatterns:
    cues: Triggered
    false_friends: Triggered


@lru_cache(maxsize=8)
def patterns(lang: Language) -> HedgePatterns:
    """Explicit non-verification first, then unnamed reports, then hedges: at one position the first wins."""
    items = _items(UNVERIFIED, lang.unverified) + _items(UNNAMED, lang.unnamed_reports) + _items(HEDGE, lang.hedges)
    return HedgePatterns(Triggered(items), Triggered(_items("false_friend", lang.false_friends)))


FRIEND_REACH = 40  # characters a false friend may extend before a cue


def _cancelled(c: Cue, text: str, friends: Triggered) -> bool:
    return any(
        f.start <= c.start and c.end <= f.end for f in friends.finditer(text, max(0, c.start - FRIEND_REACH), c.start)
    )


def find_cues(text: str, lang: Language) -> list[Cue]:
    """Every hedge, explicit non-verification and unnamed-report cue of `text`, in order, without overlaps."""
    pats = patterns(lang)
    found = []
    for hit in pats.cues.finditer(text):
        role, family = hit.name.split(":", 1)
        found.append(Cue(hit.start, hit.end, hit.text, role, family))
    if not found:
        return []
    # a false friend cancels the cues it contains: look for false friends only around the cues found
    found = [c for c in found if not _cancelled(c, text, pats.false_friends)]
    out: list[Cue] = []
    for c in found:
        if out and c.start < out[-1].end:  # overlapping: the earlier (and longer) one wins
            continue
        out.append(c)
    return out
