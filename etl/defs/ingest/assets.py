"""Ingest: every file under the feed folder into `documents`, exactly as received, skipping known content."""

from collections import Counter
from datetime import UTC, datetime

import dagster as dg
from dagster_duckdb import DuckDBResource

from etl.core.feed import FeedError, Skipped, Unreadable, read_file, walk_feed
from etl.core.intake import inspect_document, unread_intake
from etl.defs.resources import FeedResource, ProgressResource, warehouse_connection
from etl.report_format import md_cell
from etl.settings import WRITER_POOL
from etl.store import append

BATCH_BYTES = 32 * 1024 * 1024


@dg.asset(
    kinds={"duckdb"},
    pool=WRITER_POOL,
    group_name="ingest",
    description="Every input file exactly as received (sha256 doc_id, raw bytes, status, reject reason). "
    "Files already loaded (same bytes) are skipped; unreadable files are kept as rejected.",
)
def documents(
    context: dg.AssetExecutionContext, warehouse: DuckDBResource, feed: FeedResource, progress: ProgressResource
) -> dg.MaterializeResult:
    skipped: list[Skipped] = []
    feed.apply_reader_options()
    try:
        files = list(walk_feed(feed.path, skipped))
    except FeedError as exc:
        raise dg.Failure(str(exc)) from exc
    started = datetime.now(UTC)
    counts: Counter[str] = Counter()
    rejected_preview: list[str] = []
    with warehouse_connection(warehouse) as con:
        known = {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}
        seen_paths = set(con.execute("SELECT doc_id, source_uri FROM document_paths").fetchall())
        seen_texts = dict(
            con.execute(
                "SELECT text_hash, min(source_uri) FROM documents WHERE status = 'parsed' AND text_hash IS NOT NULL "
                "GROUP BY 1"
            ).fetchall()
        )
        docs: list[dict] = []
        paths: list[dict] = []
        pending_bytes = 0
        for n, file in enumerate(files, start=1):
            try:
                got = read_file(file)
            except Unreadable as exc:
                skipped.append(Skipped(file.source_uri, f"unreadable: {exc}"))
                progress.update("documents", n, len(files))
                continue
            data, doc_id = got.data, got.sha256
            if (doc_id, file.source_uri) not in seen_paths:
                seen_paths.add((doc_id, file.source_uri))
                paths.append(
                    {
                        "doc_id": doc_id,
                        "source_uri": file.source_uri,
                        "feed": feed.name,
                        "seen_at": started,
                        "run_id": context.run.run_id,
                    }
                )
            if doc_id in known:
                counts["skipped"] += 1
            else:
                known.add(doc_id)
                intake = unread_intake(file.source_uri, got) or inspect_document(file.source_uri, data, seen_texts)
                counts[intake.status] += 1
                if intake.status != "parsed" and len(rejected_preview) < 10:
                    cells = (file.source_uri, intake.status, intake.reject_reason)
                    rejected_preview.append("| " + " | ".join(md_cell(c, 120) for c in cells) + " |")
                docs.append(
                    {
                        "doc_id": doc_id,
                        "source_uri": file.source_uri,
                        "feed": feed.name,
                        "format": intake.format,
                        "received_at": started,
                        "byte_size": got.size,
                        "raw": data,
                        "status": intake.status,
                        "reject_reason": intake.reject_reason,
                        "encoding": intake.encoding,
                        "text_hash": intake.text_hash,
                        "run_id": context.run.run_id,
                    }
                )
                pending_bytes += len(data)
            if pending_bytes >= BATCH_BYTES:
                _store(con, docs, paths)  # a batch of documents and their paths in one transaction
                docs, paths, pending_bytes = [], [], 0
            progress.update("documents", n, len(files))
        new = counts["parsed"] + counts["rejected"] + counts["duplicate"]
        con.execute("BEGIN TRANSACTION")
        append(con, "documents", docs)
        append(con, "document_paths", paths)
        append(con, "skipped_paths", [_skipped_row(s, feed.name, started, context.run.run_id) for s in skipped])
        con.execute(
            # MERGE, not ON CONFLICT: a DuckLake warehouse keeps no primary key to conflict on
            "MERGE INTO runs USING (SELECT ? AS run_id, ? AS started_at, ? AS feed, ? AS feed_root, ? AS seen, "
            "? AS new, ? AS skipped, ? AS rejected) AS s ON runs.run_id = s.run_id "
            "WHEN MATCHED THEN UPDATE SET documents_seen = s.seen, documents_new = s.new, "
            "documents_skipped = s.skipped, documents_rejected = s.rejected "
            "WHEN NOT MATCHED THEN INSERT (run_id, started_at, feed, feed_root, documents_seen, documents_new, "
            "documents_skipped, documents_rejected, articles_new) "
            "VALUES (s.run_id, s.started_at, s.feed, s.feed_root, s.seen, s.new, s.skipped, s.rejected, 0)",
            [
                context.run.run_id,
                started,
                feed.name,
                str(feed.path),
                len(files) - sum(s.reason.startswith("unreadable") for s in skipped),
                new,
                counts["skipped"],
                counts["rejected"] + counts["duplicate"],
            ],
        )
        con.execute("COMMIT")
        total = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    metadata: dict[str, dg.RawMetadataValue] = {
        "files_seen": len(files),
        "new_parsed": counts["parsed"],
        "new_rejected": counts["rejected"],
        "new_duplicate": counts["duplicate"],
        "skipped_known": counts["skipped"],
        "paths_not_read": len(skipped),
        "dagster/row_count": total,
    }
    if rejected_preview:
        table = "| source_uri | status | reason |\n|---|---|---|\n" + "\n".join(rejected_preview)
        metadata["rejected_preview"] = dg.MetadataValue.md(table)
    context.log.info(f"documents: {dict(counts)} of {len(files)} files")
    return dg.MaterializeResult(metadata=metadata)


def _store(con, docs: list[dict], paths: list[dict]) -> None:
    con.execute("BEGIN TRANSACTION")
    append(con, "documents", docs)
    append(con, "document_paths", paths)
    con.execute("COMMIT")


def _skipped_row(entry: Skipped, feed: str, seen_at: datetime, run_id: str) -> dict:
    return {"source_uri": entry.source_uri, "feed": feed, "reason": entry.reason, "seen_at": seen_at, "run_id": run_id}
