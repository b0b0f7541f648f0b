"""Where a teaser's headline ends: `Baca juga: <headline>` followed, in run-together text, by the next sentence.

Headlines are written in title case (every word capitalised but short function words) and body sentences
are not, so the headline runs until the first lower-case content word, and the sentence that word belongs
to starts at the last sentence boundary before it: a full stop (also the damaged `Cabu.`), an opening quote,
or two words glued together by the scraper (`LagaPelatih`, `Papinka?Diketahui`, `Semu“Sebetulnya`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.rules.boilerplate import FUNCTION_WORDS

OPEN_QUOTES = "\"“‘'"
_CLOSE_FOR = {'"': '"”', "“": '”"', "‘": "’'", "'": "'’"}
_TOKEN = re.compile(r"\S+")
# Glue inside a token: `LagaPelatih`, `Cavani4.`, `Papinka?Diketahui`, `Semu“Sebetulnya`, `02.45"Akibat`.
_GLUE = re.compile(
    r"(?<=[a-z])(?=[A-Z][a-z]{2,})"
    r"|(?<=[A-Za-z])(?=\d+\.$)"
    r"|(?<=[.?!])(?=[\"“]?[A-Z])"
    r"|(?<=[\w.,])(?=[\"“][A-Z])"
)
_TRAILING_QUOTE_SUFFIX = re.compile(r"\s*(?:di\s+sini\s*)?:?")
MAX_HEADLINE_WORDS = 40


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str
    glued: bool  # a glue boundary stands right before this token


def headline_end(text: str, start: int, limit: int) -> int:
    """End offset (exclusive) of the headline that starts at `start`; never beyond `limit`."""
    segment = text[start:limit]
    stripped = segment.lstrip()
    offset = start + len(segment) - len(stripped)
    if not stripped:
        return start
    if stripped[0] in OPEN_QUOTES:
        quoted = _quoted_end(stripped)
        if quoted:
            end = offset + quoted
            tail = _TRAILING_QUOTE_SUFFIX.match(text, end, limit)
            return tail.end() if tail else end
    if text[start - 1 : start] == "(" or text[max(0, start - 20) : start].lstrip().startswith("("):
        close = text.find(")", start, limit)
        if close >= 0:
            return close + 1
    toks = _tokens(text, offset, limit)
    if not toks:
        return start
    first_lower = next((i for i, t in enumerate(toks) if _kind(t.text) == "L"), None)
    if first_lower is None:
        if len(toks) <= MAX_HEADLINE_WORDS:
            return toks[-1].end
        first_lower = MAX_HEADLINE_WORDS
    boundaries = [i for i in range(1, first_lower + 1) if i < len(toks) and _strong_boundary(toks, i)]
    if boundaries:
        return toks[boundaries[-1] - 1].end
    capitals = [i for i in range(1, first_lower) if _kind(toks[i].text) == "C"]
    if capitals:
        return toks[capitals[-1] - 1].end
    # Sentence-case headline (common in English): up to the first full stop followed by a capital.
    for i in range(1, len(toks)):
        if toks[i - 1].text.endswith((".", "?", "!")) and _kind(toks[i].text) in "CQ":
            return toks[i - 1].end
    return toks[-1].end


def _quoted_end(s: str) -> int | None:
    closers = _CLOSE_FOR[s[0]]
    for i in range(1, min(len(s), 300)):
        if s[i] in closers and (i + 1 == len(s) or not s[i + 1].isalnum()):
            return i + 1
    return None


def _tokens(text: str, start: int, limit: int) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN.finditer(text, start, limit):
        word, base = m.group(), m.start()
        cuts = [g.start() for g in _GLUE.finditer(word) if 0 < g.start() < len(word)]
        pieces = zip([0, *cuts], [*cuts, len(word)], strict=True)
        for n, (a, b) in enumerate(pieces):
            out.append(_Tok(base + a, base + b, word[a:b], glued=n > 0))
    return out


def _kind(word: str) -> str:
    """C capitalised, Q opens a quote, L lower-case content word, F function word, N number or symbol."""
    if word[0] in '"“' and len(word) > 1 and word[1].isalpha():
        return "Q"
    core = word.strip("\"'“”‘’()[],.:;!?-–—")
    if not core:
        return "N"
    first = next((c for c in core if c.isalpha()), None)
    if first is None:
        return "N"
    if first.isupper():
        return "C"
    return "F" if core.lower() in FUNCTION_WORDS else "L"


def _strong_boundary(toks: list[_Tok], i: int) -> bool:
    tok, prev = toks[i], toks[i - 1]
    kind = _kind(tok.text)
    if kind == "Q":
        return True
    if tok.glued and (kind in "CQ" or re.fullmatch(r"\d+\.", tok.text)):
        return True
    ends_sentence = prev.text.endswith((".", "?", "!")) and not re.fullmatch(r"\d+\.", prev.text)
    return ends_sentence and kind == "C"
