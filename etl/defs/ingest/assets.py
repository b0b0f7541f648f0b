"""Ingest: every file under the feed folder into `documents`, exactly as received, skipping known content."""

from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from etl.core.feed import FeedError, Skipped, count_feed, walk_feed
from etl.defs.progress import StageProgress
from etl.defs.resources import FeedResource, warehouse_connection
from etl.defs.specs import md_table, warehouse_asset
from etl.warehouse.batches import row_counts, run_batches
from etl.warehouse.documents import Arrival, DocumentLoader


@warehouse_asset("ingest")
def documents(context: dg.AssetExecutionContext, warehouse: DuckDBResource, feed: FeedResource) -> dg.MaterializeResult:
    """Every input file exactly as received (sha256 doc_id, raw bytes, status, reject reason). Files already loaded
    (same bytes) are skipped, and those unchanged since their last read (size, modification time, inode) are not
    even read; unreadable files are kept as rejected."""
    skipped: list[Skipped] = []
    feed.apply_reader_options()
    try:  # walked as it is read (the list of a big feed is never held), after a count of names for the progress
        files = walk_feed(feed.path, skipped)
    except FeedError as exc:
        raise dg.Failure(str(exc)) from exc
    expected = count_feed(feed.path)
    progress = StageProgress(context, "documents")
    with warehouse_connection(warehouse) as con:
        arrival = Arrival(feed.name, context.run.run_id, datetime.now(UTC))
        loader = DocumentLoader(con, arrival, skipped, feed_root=str(Path(feed.path).resolve()))
        run_batches(con, [files], loader.read, loader.store, lambda done: progress(done, max(done, expected)))
        loader.finish(con, str(feed.path))
        total = row_counts(con, ["documents"])["documents"]
    counts = loader.counts
    metadata: dict[str, dg.RawMetadataValue] = {
        "files_seen": loader.files,
        "new_parsed": counts["parsed"],
        "new_rejected": counts["rejected"],
        "new_duplicate": counts["duplicate"],
        "skipped_known": counts["skipped"],
        "paths_not_read": len(skipped),
        "dagster/row_count": total,
    }
    if loader.rejected:
        metadata["rejected_preview"] = md_table(["source_uri", "status", "reason"], loader.rejected, 120)
    context.log.info(f"documents: {dict(counts)} of {loader.files} files")
    return dg.MaterializeResult(metadata=metadata)
