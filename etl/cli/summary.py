"""The one-screen summary printed at the end of `kabar run`."""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl.warehouse.lake import connect, warehouse_exists

SKIPPED_SHOWN = 10


def _fetch(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> list[tuple]:
    try:
        return con.execute(sql, params).fetchall()
    except duckdb.CatalogException:
        return []


def summary_lines(con: duckdb.DuckDBPyConnection, run_id: str, reprocess: bool = False) -> list[str]:
    run = _fetch(
        con,
        "SELECT documents_seen, documents_new, documents_skipped, documents_rejected, articles_new FROM runs "
        "WHERE run_id = ?",
        [run_id],
    )
    if not run:
        return ["no run recorded: the documents stage did not complete"]
    seen, new, skipped, rejected, articles = run[0]
    statuses = dict(_fetch(con, "SELECT status, count(*) FROM documents WHERE run_id = ? GROUP BY 1", [run_id]))
    lines = [
        f"documents  {seen} files seen: {new} new ({statuses.get('parsed', 0)} parsed, "
        f"{statuses.get('rejected', 0)} rejected, {statuses.get('duplicate', 0)} duplicate), "
        f"{skipped} skipped (already loaded)",
    ]
    if reprocess:
        lines.append("           reprocessed: every article rebuilt from the raw documents stored in the warehouse")
    elif new == 0 and seen:
        lines.append("           nothing new: every file was already in the warehouse")
    if not seen:
        lines.append("           nothing arrived: the feed folder holds no files to read")
    kinds = _fetch(
        con,
        "SELECT b.rule, count(*) FROM boilerplate b JOIN articles a USING (article_id) WHERE a.run_id = ? "
        "GROUP BY 1 ORDER BY 2 DESC, 1",
        [run_id],
    )
    removed = sum(n for _, n in kinds)
    built = "rebuilt" if reprocess else "new"
    lines.append(f"articles   {articles} {built}; {removed} boilerplate spans removed")
    if kinds:
        lines.append("           " + ", ".join(f"{k} {n}" for k, n in kinds))
    items = _fetch(con, "SELECT count(*) FROM item_rejections WHERE run_id = ? AND item_key <> 'document'", [run_id])
    if items and items[0][0]:
        lines.append(f"           {items[0][0]} records not loaded (SELECT * FROM rejected_items)")
    extraction = _fetch(
        con,
        "SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.article_id = a.article_id)), "
        "(SELECT count(*) FROM claims c JOIN articles x USING (article_id) WHERE x.run_id = ? AND NOT c.attributed), "
        "(SELECT count(DISTINCT c.article_id) FROM claims c JOIN articles x USING (article_id) "
        " WHERE x.run_id = ? AND c.explicitly_unverified) "
        "FROM articles a WHERE a.run_id = ?",
        [run_id, run_id, run_id],
    )
    if extraction and articles:
        no_source, unattributed, unverified = extraction[0]
        lines.append(
            f"sourcing   {no_source} articles with no source; {unattributed} unattributed hedged claims; "
            f"{unverified} articles explicitly unverified"
        )
    flags = dict(_fetch(con, "SELECT severity, count(*) FROM quality_flags WHERE run_id = ? GROUP BY 1", [run_id]))
    suites = _fetch(
        con, "SELECT count(*), count(*) FILTER (WHERE NOT success) FROM dq_results WHERE run_id = ?", [run_id]
    )
    if flags or (suites and suites[0][0]):
        counts = ", ".join(f"{flags.get(sev, 0)} {sev}" for sev in ("error", "warning", "info"))
        failed = f"; {suites[0][1]} of {suites[0][0]} expectations failed" if suites and suites[0][0] else ""
        lines.append(f"quality    flags: {counts}{failed} (kabar report for details)")
    rejected_rows = _fetch(
        con,
        "SELECT source_uri, status, reject_reason FROM documents WHERE run_id = ? AND status <> 'parsed' "
        "ORDER BY source_uri LIMIT 5",
        [run_id],
    )
    for uri, status, reason in rejected_rows:
        lines.append(f"{status:<10} {uri!r}: {reason}" if _odd(uri) else f"{status:<10} {uri}: {reason}")
    if rejected > len(rejected_rows):
        lines.append(f"           ... {rejected - len(rejected_rows)} more (SELECT * FROM rejected_documents)")
    not_read = _fetch(
        con, "SELECT source_uri, reason FROM skipped_paths WHERE run_id = ? ORDER BY source_uri", [run_id]
    )
    for uri, reason in not_read[:SKIPPED_SHOWN]:
        lines.append(f"not read   {uri!r}: {reason}" if _odd(uri) else f"not read   {uri}: {reason}")
    if len(not_read) > SKIPPED_SHOWN:
        lines.append(f"           ... {len(not_read) - SKIPPED_SHOWN} more (SELECT * FROM skipped_paths)")
    return lines


def _odd(uri: str) -> bool:
    """A path with control characters (a newline in a file name) is shown quoted, on one line."""
    return any(not c.isprintable() for c in uri)


def print_summary(
    warehouse: Path | str, run_id: str, feed: Path, seconds: float, error: str | None, reprocess: bool = False
) -> None:
    print(f"kabar run {run_id[:8]}  feed {feed}  ->  {warehouse}  ({seconds:.1f} s)")
    if error:
        print(f"FAILED     {error}")
    if warehouse_exists(warehouse):
        con = connect(warehouse, read_only=True)
        try:
            for line in summary_lines(con, run_id, reprocess):
                print(line)
        finally:
            con.close()
