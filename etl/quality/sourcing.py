"""Missing sources and unverified claims, read from the sources and claims tables."""

from __future__ import annotations

from collections.abc import Iterator

import duckdb

from etl.core.signals import attribution_signals, names_a_role
from etl.quality.registry import Flag
from etl.warehouse.batches import stream

SENTENCE_CHARS = 200  # how much of a sentence a flag quotes

_NO_SOURCE = """
SELECT a.article_id, a.word_count, a.title, a.lede, a.body, a.language
FROM articles a
WHERE a.word_count > 0 AND a.extracted_at IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.article_id = a.article_id)
"""
_ONLY_UNNAMED = """
SELECT a.article_id, list(s.name ORDER BY s.name)
FROM articles a JOIN sources s ON s.article_id = a.article_id
WHERE a.word_count > 0 AND a.extracted_at IS NOT NULL
GROUP BY a.article_id
HAVING bool_and(s.kind = 'anonymous')
"""
_CLAIMS = """
SELECT c.article_id, c.part, c.sentence_no, c.sentence, c.cues, c.attributed, c.source_name, c.explicitly_unverified,
       (SELECT min(s.kind) FROM sources s WHERE s.article_id = c.article_id AND s.name = c.source_name) AS source_kind
FROM claims c
WHERE NOT c.attributed OR c.explicitly_unverified OR c.source_name IS NULL OR trim(c.source_name) = ''
   OR EXISTS (SELECT 1 FROM sources s WHERE s.article_id = c.article_id AND s.name = c.source_name
              AND s.kind = 'anonymous')
ORDER BY c.article_id, c.part, c.sentence_no
"""


def quote(sentence: str) -> str:
    text = " ".join(sentence.split())
    return "«" + (text if len(text) <= SENTENCE_CHARS else text[: SENTENCE_CHARS - 1] + "…") + "»"


def where(part: str, sentence_no: int, cues: list[str]) -> str:
    return f"{part} sentence {sentence_no}, cues: {', '.join(cues) or '-'}"


def source_flags(con: duckdb.DuckDBPyConnection) -> Iterator[Flag]:
    """`no_source` only where the text attributes nothing (no reporting cue, no quotation); an article with such
    cues but no party resolved is `source_unresolved` (info); one whose parties are all unnamed, none of them a role
    that speaks on the record for a party (a spokesperson, a lawyer), is `only_unnamed_sources`."""
    for article_id, words, title, lede, body, language in stream(con, _NO_SOURCE):
        text = "\n".join(p for p in (title, lede, body) if p)
        signals = attribution_signals(text, language)
        if signals:
            yield Flag(
                article_id,
                "source_unresolved",
                f"the text attributes something ({', '.join(signals)}) but extraction named no party: "
                "check the sourcing by hand",
            )
        else:
            yield Flag(
                article_id,
                "no_source",
                f"no attributed source: no quotation, reporting verb or `according to` in this article ({words} words)",
            )
    for article_id, names in stream(con, _ONLY_UNNAMED):
        if any(names_a_role(n) for n in names):  # a spokesperson or a lawyer speaks on the record for a party
            continue
        shown = ", ".join(repr(n) for n in names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        yield Flag(article_id, "only_unnamed_sources", f"every source is unnamed: {shown}")


def sourcing_flags(con: duckdb.DuckDBPyConnection) -> Iterator[Flag]:
    yield from source_flags(con)
    unverified: dict[str, list[str]] = {}
    for article_id, part, no, sentence, cues, attributed, source, explicit, kind in stream(con, _CLAIMS):
        cues = list(cues or [])
        if explicit:
            unverified.setdefault(article_id, []).append(f"{part} sentence {no}: {quote(sentence)}")
        if not attributed:
            yield Flag(
                article_id,
                "unattributed_claim",
                f"hedged claim with no source ({where(part, no, cues)}): {quote(sentence)}",
            )
        elif not (source or "").strip():
            yield Flag(
                article_id,
                "claim_without_named_source",
                f"hedged claim marked attributed but no source is named ({where(part, no, cues)}): {quote(sentence)}",
            )
        elif kind == "anonymous":
            yield Flag(
                article_id,
                "claim_without_named_source",
                f"hedged claim rests on an unnamed source ({source!r}; {where(part, no, cues)}): {quote(sentence)}",
            )
    for article_id, sentences in unverified.items():
        more = f" (and {len(sentences) - 1} more)" if len(sentences) > 1 else ""
        yield Flag(article_id, "explicitly_unverified", f"states that a report is unverified, {sentences[0]}{more}")
