"""The warehouse columns CONTRACT.md names: a gate check refuses to go on when any is missing."""

from __future__ import annotations

import duckdb

from etl.warehouse.migrate import current_version, latest_version

CONTRACT_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (
        "doc_id",
        "source_uri",
        "feed",
        "format",
        "received_at",
        "byte_size",
        "raw",
        "status",
        "reject_reason",
    ),
    "articles": (
        "article_id",
        "doc_id",
        "source_uri",
        "item_key",
        "outlet",
        "url",
        "title",
        "lede",
        "editor",
        "authors",
        "dateline_city",
        "published_at",
        "language",
        "body",
        "word_count",
        "ingested_at",
    ),
    "boilerplate": ("article_id", "line_no", "text", "rule"),
    "related_links": ("article_id", "position", "title", "url"),
    "sources": ("article_id", "name", "kind", "cue", "sentence"),
    "claims": (
        "article_id",
        "part",
        "sentence_no",
        "sentence",
        "cues",
        "attributed",
        "source_name",
        "explicitly_unverified",
    ),
    "quality_flags": ("article_id", "check_name", "severity", "detail"),
    "dq_results": (
        "run_id",
        "suite",
        "expectation",
        "column_name",
        "success",
        "unexpected_count",
        "observed_value",
        "evaluated_at",
    ),
}


def schema_problems(con: duckdb.DuckDBPyConnection) -> list[str]:
    """What is wrong with the warehouse schema, in words; empty when it is as the contract says."""
    problems = []
    version, latest = current_version(con), latest_version()
    if version < latest:
        problems.append(f"schema version {version}, expected {latest}: migrations were not applied")
    present: dict[str, set[str]] = {}
    for table, column in con.execute(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'"
    ).fetchall():
        present.setdefault(table, set()).add(column)
    for table, columns in CONTRACT_COLUMNS.items():
        if table not in present:
            problems.append(f"table {table} is missing")
            continue
        missing = [c for c in columns if c not in present[table]]
        if missing:
            problems.append(f"table {table} lacks column(s) {', '.join(missing)}")
    return problems
