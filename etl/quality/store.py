"""Writing the quality stage's bookkeeping: quality_runs and dq_results rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import duckdb
import pyarrow as pa

from etl.quality.history import HistoryResult, as_json

_DQ_SCHEMA = pa.schema(
    [
        ("run_id", pa.string()),
        ("suite", pa.string()),
        ("expectation", pa.string()),
        ("column_name", pa.string()),
        ("success", pa.bool_()),
        ("unexpected_count", pa.int64()),
        ("observed_value", pa.string()),
        ("evaluated_at", pa.timestamp("us", tz="UTC")),
        ("asset", pa.string()),
        ("severity", pa.string()),
        ("element_count", pa.int64()),
        ("description", pa.string()),
        ("details", pa.string()),
    ]
)
HISTORY_SUITE = "history"


def start_quality_run(con: duckdb.DuckDBPyConnection, run_id: str, now: datetime, outcome) -> None:
    """Record (or replace) this run's evaluation with its flag counts."""
    articles, new = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE run_id = ?) FROM articles", [run_id]
    ).fetchone()
    counts = outcome.by_severity
    con.execute("DELETE FROM quality_runs WHERE run_id = ?", [run_id])
    con.execute(
        "INSERT INTO quality_runs (run_id, evaluated_at, articles, articles_new, flags_error, flags_warning, "
        "flags_info, checks_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            run_id,
            now,
            articles,
            new,
            counts.get("error", 0),
            counts.get("warning", 0),
            counts.get("info", 0),
            sum(outcome.seconds.values()),
        ],
    )
    con.execute("DELETE FROM dq_results WHERE run_id = ?", [run_id])


def write_dq_rows(con: duckdb.DuckDBPyConnection, rows: Sequence[dict]) -> int:
    if not rows:
        return 0
    batch = pa.Table.from_pylist(list(rows), schema=_DQ_SCHEMA)
    con.register("_kabar_dq", batch)
    try:
        con.execute("INSERT INTO dq_results BY NAME SELECT * FROM _kabar_dq")
    finally:
        con.unregister("_kabar_dq")
    return len(rows)


def history_dq_rows(run_id: str, results: Sequence[HistoryResult], now: datetime) -> list[dict]:
    return [
        {
            "run_id": run_id,
            "suite": HISTORY_SUITE,
            "expectation": r.expectation,
            "column_name": r.outlet,
            "success": r.success,
            "unexpected_count": r.unexpected_count,
            "observed_value": as_json(r),
            "evaluated_at": now,
            "asset": "quality_history",
            "severity": "warning",
            "element_count": None,
            "description": r.description,
            "details": as_json(r),
        }
        for r in results
    ]
