"""Whether a text attributes anything at all: the evidence the `no_source` check needs before it fires.

An article for which extraction named no party may still attribute information: a quotation, a reporting verb
(`said`, `kata`), a preposition frame (`according to`, `menurut`). Only a text with none of these really
attributes nothing; one that has them is a text whose party extraction could not resolve.
"""

from __future__ import annotations

import re
from functools import lru_cache

from etl.core.patterns import trie
from etl.rules.lexicon import REPORTING_CORE

# a quotation of four words or more between paired marks (straight, curly or HTML-escaped)
_OPEN = r"(?:\"|“|&(?:amp;)?(?:quot|ldquo);)"
_CLOSE = r"(?:\"|”|&(?:amp;)?(?:quot|rdquo);)"
_QUOTATION = re.compile(rf"{_OPEN}[^\"“”\n&]*?\w+\s+\w+\s+\w+\s+\w+[^\"“”\n&]*?{_CLOSE}")
MAX_WORDS = 6  # cue words quoted in the evidence


@lru_cache(maxsize=8)
def _verbs(code: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{trie(sorted(set(REPORTING_CORE.get(code, REPORTING_CORE['en']))))})\b")


def attribution_signals(text: str, language: str | None) -> list[str]:
    """The reporting words and quotations of `text`, as written (empty when it attributes nothing)."""
    found: list[str] = []
    seen: set[str] = set()
    for m in _verbs(language or "en").finditer(text):
        if m.group().casefold() not in seen:
            seen.add(m.group().casefold())
            found.append(m.group())
    out = found[:MAX_WORDS]
    quotes = len(_QUOTATION.findall(text))
    if quotes:
        out.append(f"{quotes} quotation{'s' if quotes > 1 else ''}")
    return out
