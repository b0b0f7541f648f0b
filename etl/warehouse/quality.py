"""Writing the quality stage's results: quality_flags, and the quality_runs and dq_results rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import duckdb
import pyarrow as pa

from etl.quality.history import HistoryResult, as_json
from etl.quality.registry import Flag
from etl.warehouse.store import append

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
_FLAG_COLUMNS = ("article_id", "check_name", "severity", "detail", "run_id", "concern")
_FLAG_SCHEMA = pa.schema([(column, pa.string()) for column in _FLAG_COLUMNS])


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
    return append(con, "dq_results", rows, _DQ_SCHEMA)


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


class FlagTable:
    """Replaces quality_flags with one evaluation's flags, written chunk by chunk on a cursor of its own (the checks
    stream their rows from the main connection meanwhile) and committed at once: readers see the old evaluation
    or the new one, never part of it. Use as a context manager; each call appends a chunk."""

    def __init__(self, con: duckdb.DuckDBPyConnection, run_id: str) -> None:
        database, schema = con.execute("SELECT current_database(), current_schema()").fetchone()
        self.cursor = con.cursor()  # a new connection to the same database: it starts in the default catalog
        quoted = ".".join('"' + name.replace('"', '""') + '"' for name in (database, schema))  # names DuckDB reported
        self.cursor.execute(f"USE {quoted}")
        self.run_id = run_id
        self.written = 0

    def __enter__(self) -> FlagTable:
        self.cursor.execute("BEGIN TRANSACTION")
        self.cursor.execute("DELETE FROM quality_flags")
        return self

    def __call__(self, flags: Sequence[Flag]) -> None:
        rows = [
            {
                "article_id": flag.article_id,
                "check_name": flag.check_name,
                "severity": flag.severity,
                "detail": flag.detail,
                "run_id": self.run_id,
                "concern": flag.concern,
            }
            for flag in flags
        ]
        self.written += append(self.cursor, "quality_flags", rows, _FLAG_SCHEMA)

    def __exit__(self, kind, error, trace) -> None:
        try:
            self.cursor.execute("ROLLBACK" if kind else "COMMIT")
        finally:
            self.cursor.close()


def write_flags(con: duckdb.DuckDBPyConnection, flags: Sequence[Flag], run_id: str) -> int:
    """Replace quality_flags with this evaluation's flags (the table holds the latest evaluation)."""
    with FlagTable(con, run_id) as table:
        table(flags)
    return len(flags)
