"""Damaged or incomplete text: empty, short and cut-off bodies, boilerplate left in, mojibake, HTML leftovers.

The patterns run inside DuckDB over every body (RE2, one pass per pattern); only the bodies of flagged
articles come back to Python, to name the cue that matched and quote it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import duckdb

from etl.quality import thresholds
from etl.quality.registry import Flag
from etl.warehouse.batches import stream

SNIPPET = 40  # characters of context either side of a finding
RESIDUAL = "|".join(f"(?:{c.pattern})" for c in thresholds.RESIDUAL_BOILERPLATE)
_RESIDUAL = tuple((c.name, c.compiled) for c in thresholds.RESIDUAL_BOILERPLATE)
_TRUNCATED = thresholds.BODY_TRUNCATED.compiled
_UNTERMINATED = thresholds.BODY_UNTERMINATED.compiled

_SCAN = """
SELECT article_id, word_count, right(body, 80) AS tail,
       regexp_matches(body, $mojibake) OR regexp_matches(coalesce(title, '') || ' ' || coalesce(lede, ''), $mojibake),
       regexp_matches(body, $html) OR regexp_matches(coalesce(title, '') || ' ' || coalesce(lede, ''), $html),
       regexp_matches(body, $residual)
FROM articles
ORDER BY article_id
"""


def text_flags(con: duckdb.DuckDBPyConnection) -> Iterator[Flag]:
    params = {"mojibake": thresholds.MOJIBAKE.pattern, "html": thresholds.HTML_LEFTOVER.pattern, "residual": RESIDUAL}
    deeper: dict[str, tuple[bool, bool, bool]] = {}
    for article_id, words, tail, mojibake, html, residual in stream(con, _SCAN, params):
        if not words:
            yield Flag(article_id, "body_empty", "empty body: nothing is left after cleaning")
            continue
        if words < thresholds.BODY_MIN_WORDS:
            yield Flag(
                article_id,
                "body_short",
                f"body has only {words} words (< {thresholds.BODY_MIN_WORDS}): stub or cut off",
            )
        if _TRUNCATED.search(tail):
            yield Flag(article_id, "body_truncated", f"body stops mid-text: «…{_tail(tail)}»")
        elif _UNTERMINATED.search(tail):
            yield Flag(article_id, "body_unterminated", f"body ends without final punctuation: «…{_tail(tail)}»")
        if mojibake or html or residual:
            deeper[article_id] = (mojibake, html, residual)
    if deeper:
        yield from _details(con, deeper)


def _details(con: duckdb.DuckDBPyConnection, found: dict[str, tuple[bool, bool, bool]]) -> Iterator[Flag]:
    rows = stream(
        con,
        "SELECT article_id, concat_ws(' ', title, lede, body) FROM articles WHERE article_id IN (SELECT unnest(?)) "
        "ORDER BY article_id",
        [list(found)],
    )
    for article_id, text in rows:
        mojibake, html, residual = found[article_id]
        if mojibake:
            m = thresholds.MOJIBAKE.compiled.search(text)
            yield Flag(article_id, "mojibake", f"mis-decoded characters {_shown(m)}: «{_around(text, m)}»")
        if html:
            m = thresholds.HTML_LEFTOVER.compiled.search(text)
            yield Flag(article_id, "html_leftover", f"HTML left in text {_shown(m)}: «{_around(text, m)}»")
        if residual:
            hits = sorted(((m.start(), name, m) for name, p in _RESIDUAL if (m := p.search(text))), key=lambda h: h[0])
            if hits:
                _, name, m = hits[0]
                more = f" (also: {', '.join(sorted({h[1] for h in hits[1:]} - {name}))})" if len(hits) > 1 else ""
                yield Flag(
                    article_id,
                    "residual_boilerplate",
                    f"boilerplate cue {name!r} left in the body: «{_around(text, m)}»{more}",
                )


def _shown(m: re.Match[str] | None) -> str:
    return repr(m.group()) if m else ""


def _around(text: str, m: re.Match[str] | None) -> str:
    if m is None:
        return ""
    start, end = max(0, m.start() - SNIPPET), min(len(text), m.end() + SNIPPET)
    return ("…" if start else "") + " ".join(text[start:end].split()) + ("…" if end < len(text) else "")


def _tail(tail: str) -> str:
    return " ".join(tail.split())[-60:]
