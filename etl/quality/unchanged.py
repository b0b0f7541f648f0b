"""When nothing changed since the last GX validation, a run carries its results over instead of importing GX."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from etl.warehouse.quality import HISTORY_SUITE


@dataclass(frozen=True)
class Previous:
    run_id: str
    engine: str
    data_docs: str | None


def unchanged_since_last_validation(
    con: duckdb.DuckDBPyConnection, run_id: str, expected: set[tuple[str, str]]
) -> Previous | None:
    """The last validated run when no document or article arrived or changed after it and its results hold
    exactly the `expected` (suite, expectation) pairs; None when the suites must run."""
    row = con.execute(
        "SELECT run_id, evaluated_at, gx_engine, data_docs FROM quality_runs "
        "WHERE run_id <> ? AND gx_engine IS NOT NULL ORDER BY evaluated_at DESC LIMIT 1",
        [run_id],
    ).fetchone()
    if row is None:
        return None
    previous, at, engine, docs = row
    changed = con.execute(
        "SELECT EXISTS (SELECT 1 FROM documents WHERE received_at >= ?) "
        "OR EXISTS (SELECT 1 FROM articles WHERE ingested_at >= ? OR extracted_at >= ?)",
        [at, at, at],
    ).fetchone()[0]
    if changed:
        return None
    stored = set(
        con.execute(
            "SELECT suite, expectation FROM dq_results WHERE run_id = ? AND suite <> ?", [previous, HISTORY_SUITE]
        ).fetchall()
    )
    return Previous(previous, engine, docs) if stored == expected else None


def carry_over(con: duckdb.DuckDBPyConnection, previous: Previous, run_id: str) -> tuple[int, int]:
    """Copy the previous run's suite results (not the history suite) to this run; (expectations, failed)."""
    con.execute(
        "INSERT INTO dq_results SELECT * REPLACE (CAST(? AS VARCHAR) AS run_id) FROM dq_results "
        "WHERE run_id = ? AND suite <> ?",
        [run_id, previous.run_id, HISTORY_SUITE],
    )
    total, failed = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE NOT success) FROM dq_results WHERE run_id = ? AND suite <> ?",
        [run_id, HISTORY_SUITE],
    ).fetchone()
    con.execute(
        "UPDATE quality_runs SET expectations = ?, expectations_failed = ?, gx_engine = ?, validation_seconds = 0, "
        "data_docs = ? WHERE run_id = ?",
        [total, failed, previous.engine, previous.data_docs or "", run_id],
    )
    return int(total), int(failed)
