"""Reading and writing the warehouse: batches in and out of DuckDB through Arrow, values always bound."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from etl.core.models import Attribution
from etl.core.pipeline import ArticleRecord
from etl.warehouse.lake import connect, is_lake
from etl.warehouse.migrate import migrate

_S = pa.string()
_LIST = pa.list_(pa.string())
_TS = pa.timestamp("us", tz="UTC")

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(
        [
            ("doc_id", _S),
            ("source_uri", _S),
            ("feed", _S),
            ("format", _S),
            ("received_at", _TS),
            ("byte_size", pa.int64()),
            ("raw", pa.binary()),
            ("status", _S),
            ("reject_reason", _S),
            ("encoding", _S),
            ("text_hash", _S),
            ("run_id", _S),
        ]
    ),
    "document_paths": pa.schema([("doc_id", _S), ("source_uri", _S), ("feed", _S), ("seen_at", _TS), ("run_id", _S)]),
    "skipped_paths": pa.schema([("source_uri", _S), ("feed", _S), ("reason", _S), ("seen_at", _TS), ("run_id", _S)]),
    "file_stats": pa.schema(
        [
            ("feed_root", _S),
            ("source_uri", _S),
            ("byte_size", pa.int64()),
            ("mtime_ns", pa.int64()),
            ("inode", pa.int64()),
            ("doc_id", _S),
            ("seen_at", _TS),
        ]
    ),
    "articles": pa.schema(
        [
            ("article_id", _S),
            ("doc_id", _S),
            ("source_uri", _S),
            ("item_key", _S),
            ("outlet", _S),
            ("url", _S),
            ("title", _S),
            ("lede", _S),
            ("editor", _S),
            ("authors", _LIST),
            ("dateline_city", _S),
            ("published_at", _TS),
            ("body", _S),
            ("word_count", pa.int32()),
            ("ingested_at", _TS),
            ("dateline", _S),
            ("outlet_hint", _S),
            ("published_raw", _S),
            ("body_hash", _S),
            ("run_id", _S),
        ]
    ),
    "boilerplate": pa.schema(
        [("article_id", _S), ("line_no", pa.int32()), ("text", _S), ("rule", _S), ("rule_name", _S)]
    ),
    "item_rejections": pa.schema(
        [("doc_id", _S), ("source_uri", _S), ("item_key", _S), ("reason", _S), ("run_id", _S)]
    ),
    "related_links": pa.schema([("article_id", _S), ("position", pa.int32()), ("title", _S), ("url", _S)]),
    "credits": pa.schema(
        [("article_id", _S), ("text", _S), ("rule", _S), ("parsed", pa.bool_()), ("authors", _LIST), ("editors", _LIST)]
    ),
    "sources": pa.schema(
        [
            ("article_id", _S),
            ("name", _S),
            ("kind", _S),
            ("cue", _S),
            ("sentence", _S),
            ("part", _S),
            ("sentence_no", pa.int32()),
            ("role", _S),
        ]
    ),
    "claims": pa.schema(
        [
            ("article_id", _S),
            ("part", _S),
            ("sentence_no", pa.int32()),
            ("sentence", _S),
            ("cues", _LIST),
            ("attributed", pa.bool_()),
            ("source_name", _S),
            ("explicitly_unverified", pa.bool_()),
        ]
    ),
}
DERIVED_TABLES = (
    "articles", "boilerplate", "related_links", "credits", "sources", "claims", "quality_flags", "item_rejections"
)  # fmt: skip


@contextmanager
def open_warehouse(path: str | Path, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection outside Dagster (CLI report, scripts, tests), migrated unless read-only; a file or a lake."""
    if not read_only and not is_lake(path):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    con = connect(path, read_only=read_only)
    try:
        if not read_only:
            migrate(con)
        yield con
    finally:
        con.close()


def append(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict], schema: pa.Schema | None = None) -> int:
    """Insert rows (dicts keyed by column) into a table, in one Arrow batch of `schema` (default: SCHEMAS[table])."""
    if not rows:
        return 0
    batch = pa.Table.from_pylist(list(rows), schema=schema or SCHEMAS[table])
    con.register("_kabar_batch", batch)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _kabar_batch")  # table: a constant of the code
    finally:
        con.unregister("_kabar_batch")
    return len(rows)


def known_doc_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Every doc_id in `documents` (the sha256 of files already loaded)."""
    return {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}


def known_article_ids(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> set[str]:
    """Those of `ids` already in `articles` (an item seen before in another copy of its feed or export)."""
    if not ids:
        return set()
    rows = con.execute("SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [list(ids)])
    return {r[0] for r in rows.fetchall()}


def article_rows(records: Sequence[ArticleRecord], run_id: str, now: datetime) -> dict[str, list[dict]]:
    """The rows of articles, boilerplate, related_links and credits for a batch of built articles."""
    out: dict[str, list[dict]] = {"articles": [], "boilerplate": [], "related_links": [], "credits": []}
    for rec in records:
        c = rec.clean
        out["articles"].append(
            {
                "article_id": rec.article_id,
                "doc_id": rec.doc_id,
                "source_uri": rec.source_uri,
                "item_key": rec.item_key,
                "outlet": c.outlet,
                "url": c.url,
                "title": c.title,
                "lede": c.lede,
                "editor": c.editor,
                "authors": c.authors,
                "dateline_city": c.dateline_city,
                "published_at": c.published_at,
                "body": c.body,
                "word_count": c.word_count,
                "ingested_at": now,
                "dateline": c.dateline,
                "outlet_hint": c.outlet_hint,
                "published_raw": c.published_raw,
                "body_hash": rec.body_hash,
                "run_id": run_id,
            }
        )
        out["boilerplate"] += [
            {"article_id": rec.article_id, "line_no": r.line_no, "text": r.text, "rule": r.kind, "rule_name": r.rule}
            for r in c.removed
        ]
        out["related_links"] += [
            {"article_id": rec.article_id, "position": r.position, "title": r.title, "url": r.url} for r in c.related
        ]
        out["credits"] += [
            {
                "article_id": rec.article_id,
                "text": cr.text,
                "rule": cr.rule,
                "parsed": cr.parsed,
                "authors": cr.authors,
                "editors": cr.editor,
            }
            for cr in c.credits
        ]
    return out


def attribution_rows(article_id: str, att: Attribution) -> dict[str, list[dict]]:
    return {
        "sources": [
            {
                "article_id": article_id,
                "name": s.name,
                "kind": s.kind,
                "cue": s.cue,
                "sentence": s.sentence,
                "part": s.part,
                "sentence_no": s.sentence_no,
                "role": s.role,
            }
            for s in att.sources
        ],
        "claims": [
            {
                "article_id": article_id,
                "part": c.part,
                "sentence_no": c.sentence_no,
                "sentence": c.sentence,
                "cues": list(c.cues),
                "attributed": c.attributed,
                "source_name": c.source_name,
                "explicitly_unverified": c.explicitly_unverified,
            }
            for c in att.claims
        ],
    }


def reset_derived(con: duckdb.DuckDBPyConnection) -> None:
    """Forget everything derived from documents so that the next run rebuilds it from the stored bytes."""
    for table in DERIVED_TABLES:
        con.execute(f"DELETE FROM {table}")  # table: a constant of DERIVED_TABLES
    con.execute("UPDATE documents SET parsed_at = NULL WHERE status = 'parsed'")


def mark_run_finished(con: duckdb.DuckDBPyConnection, run_id: str, when: datetime) -> None:
    """Record in `runs.finished_at` that a last stage of the run is done (the graph's final assets each call it;
    the latest time wins). A run that failed before its final stages keeps finished_at NULL."""
    con.execute(
        "UPDATE runs SET finished_at = greatest(coalesce(finished_at, ?::TIMESTAMPTZ), ?::TIMESTAMPTZ) "
        "WHERE run_id = ?",
        [when, when, run_id],
    )
