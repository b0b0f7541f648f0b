"""Registered reporting frames (etl.rules.frames) applied to one sentence: the parties they name.

Each frame is compiled once; a sentence is tried only when the frame's gate occurs in it. The party a frame
captures is tidied here: leading sentence words and determiners are dropped, and a document noun that only a
determiner introduces (`the report said`) refers back to a document named before, so it names no new source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.rules.cues import language as cue_language
from etl.rules.frames import FRAMES, Frame
from etl.rules.lexicon import ANAPHORIC_DETERMINERS_EN, COLLECTIVE_NOUNS_EN, EVIDENCE_VERBS_EN, SPEECH_VERBS_EN


@dataclass(frozen=True)
class FrameHit:
    pos: int
    name: str
    kind: str
    cue: str
    strength: int


@dataclass(frozen=True)
class _Compiled:
    frame: Frame
    gate: re.Pattern[str]
    pattern: re.Pattern[str]


_COLLECTIVE_KIND = {n.casefold(): kind for kind, nouns in COLLECTIVE_NOUNS_EN.items() for n in nouns}
_ANAPHORIC = frozenset(ANAPHORIC_DETERMINERS_EN)
_ARTICLES = frozenset({"a", "an", "the"})


@lru_cache(maxsize=8)
def compiled(code: str) -> tuple[_Compiled, ...]:
    return tuple(_Compiled(f, re.compile(f.gate), re.compile(f.pattern)) for f in FRAMES if f.language == code)


def frame_cue_words(code: str) -> frozenset[str]:
    """Words that make a sentence worth trying the frames of language `code` on (the reporting prefilter)."""
    if not compiled(code):
        return frozenset()
    verbs = {v for family in SPEECH_VERBS_EN.values() for v in family} | set(EVIDENCE_VERBS_EN)
    return frozenset(verbs | {"pointed", "expressed"})


def frame_hits(code: str, text: str) -> list[FrameHit]:
    """The parties every frame of language `code` names in one sentence."""
    out: list[FrameHit] = []
    frames = compiled(code)
    if not frames:
        return out
    stop = _stopwords(code)
    for c in frames:
        if not c.gate.search(text):
            continue
        for m in c.pattern.finditer(text):
            hit = _hit(c.frame, m, stop)
            if hit is not None:
                out.append(hit)
    return out


@lru_cache(maxsize=8)
def _stopwords(code: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in cue_language(code).lexicon.stopwords) - _ARTICLES


def _hit(frame: Frame, m: re.Match[str], stop: frozenset[str]) -> FrameHit | None:
    tokens = m.group("party").split()
    while tokens and tokens[0].casefold() in stop:
        tokens.pop(0)
    if not tokens:
        return None
    kind = frame.kind
    if tokens[0].casefold() in _ANAPHORIC and len(tokens) == 2:  # `the analysts`, `the report`: named before
        return None
    if tokens[0].casefold() in _ARTICLES:
        tokens.pop(0)
    if kind == "collective":
        kind = _COLLECTIVE_KIND.get(tokens[-1].casefold(), "anonymous")
    name = " ".join(tokens)
    return FrameHit(m.start("party") + m.group("party").find(tokens[0]), name, kind, m.group("cue"), frame.strength)
