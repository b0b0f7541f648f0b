"""Whether a text attributes anything at all: the evidence the `no_source` check needs before it fires.

An article for which extraction named no party may still attribute information: a quotation, a reporting verb
(`said`, `kata`), a preposition frame (`according to`, `menurut`), or other evidence of etl/rules/evidence.py
(a pointer to an embedded post, an account named as the poster of a claim). Only a text with none of these
really attributes nothing; one that has them is a text whose party extraction could not resolve.
"""

from __future__ import annotations

import re
from functools import lru_cache

from etl.core.patterns import trie
from etl.rules.evidence import EVIDENCE, ON_RECORD_ROLES
from etl.rules.lexicon import REPORTING_CORE

# a quotation of four words or more between paired marks (straight, curly or HTML-escaped)
_OPEN = r"(?:\"|“|&(?:amp;)?(?:quot|ldquo);)"
_CLOSE = r"(?:\"|”|&(?:amp;)?(?:quot|rdquo);)"
_QUOTATION = re.compile(rf"{_OPEN}[^\"“”\n&]*?\w+\s+\w+\s+\w+\s+\w+[^\"“”\n&]*?{_CLOSE}")
MAX_WORDS = 6  # cue words quoted in the evidence
EVIDENCE_CHARS = 40  # how much of a piece of other evidence is quoted


@lru_cache(maxsize=8)
def _verbs(code: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{trie(sorted(set(REPORTING_CORE.get(code, REPORTING_CORE['en']))))})\b")


@lru_cache(maxsize=8)
def _evidence(code: str) -> tuple[re.Pattern[str], ...]:
    """One compiled pattern per evidence family of the language."""
    return tuple(
        re.compile("|".join(fam.patterns), 0 if fam.case_sensitive else re.IGNORECASE) for fam in EVIDENCE.get(code, ())
    )


def evidence_signals(text: str, language: str | None) -> list[str]:
    """Other evidence that `text` attributes something, one quoted piece per family that finds any."""
    found = []
    for pattern in _evidence(language or "en"):
        m = pattern.search(text)
        if m:
            piece = " ".join(m.group().split())
            found.append(repr(piece if len(piece) <= EVIDENCE_CHARS else piece[: EVIDENCE_CHARS - 1] + "…"))
    return found


def attribution_signals(text: str, language: str | None) -> list[str]:
    """The reporting words and quotations of `text`, as written (empty when it attributes nothing)."""
    found: list[str] = []
    seen: set[str] = set()
    for m in _verbs(language or "en").finditer(text):
        if m.group().casefold() not in seen:
            seen.add(m.group().casefold())
            found.append(m.group())
    out = found[:MAX_WORDS] + evidence_signals(text, language)
    quotes = len(_QUOTATION.findall(text))
    if quotes:
        out.append(f"{quotes} quotation{'s' if quotes > 1 else ''}")
    return out


_WORDS = re.compile(r"[^\W\d_]+")


def names_a_role(name: str) -> bool:
    """Whether an unnamed source is a role that speaks on the record for a party (`spokeswoman for the mayor`,
    `kuasa hukum terdakwa`): etl.rules.evidence.ON_RECORD_ROLES."""
    words = _WORDS.findall(name.casefold())
    pairs = {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    return not ON_RECORD_ROLES.isdisjoint(words) or not ON_RECORD_ROLES.isdisjoint(pairs)
