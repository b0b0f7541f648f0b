"""Writing the quality stage's results: quality_flags, and the quality_runs and dq_results rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import duckdb
import pyarrow as pa

from etl.quality.history import HistoryResult, as_json
from etl.quality.registry import Flag
from etl.warehouse.store import append

_S, _I = pa.string(), pa.int64()
FLAG_SCHEMA = pa.schema(
    [("article_id", _S), ("check_name", _S), ("severity", _S), ("detail", _S), ("run_id", _S), ("concern", _S)]
)
DQ_SCHEMA = pa.schema(
    [
        *[("run_id", _S), ("suite", _S), ("expectation", _S), ("column_name", _S), ("success", pa.bool_())],
        *[("unexpected_count", _I), ("observed_value", _S), ("evaluated_at", pa.timestamp("us", tz="UTC"))],
        *[("asset", _S), ("severity", _S), ("element_count", _I), ("description", _S), ("details", _S)],
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


def write_flags(con: duckdb.DuckDBPyConnection, flags: Sequence[Flag], run_id: str) -> int:
    """Replace quality_flags with this evaluation's flags (the table holds the latest evaluation)."""
    rows = [
        {
            "article_id": flag.article_id,
            "check_name": flag.check_name,
            "severity": flag.severity,
            "detail": flag.detail,
            "run_id": run_id,
            "concern": flag.concern,
        }
        for flag in flags
    ]
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM quality_flags")
        append(con, "quality_flags", rows, FLAG_SCHEMA)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(flags)


def write_dq_rows(con: duckdb.DuckDBPyConnection, rows: Sequence[dict]) -> int:
    return append(con, "dq_results", rows, DQ_SCHEMA)


def record_validation(con: duckdb.DuckDBPyConnection, run_id: str, validation, engine: str, seconds: float) -> None:
    """The GX validation's figures on the run's quality_runs row."""
    con.execute(
        "UPDATE quality_runs SET expectations = ?, expectations_failed = ?, gx_engine = ?, validation_seconds = ?, "
        "data_docs = ? WHERE run_id = ?",
        [len(validation.outcomes), len(validation.failed), engine, seconds, str(validation.data_docs or ""), run_id],
    )


def record_history(con: duckdb.DuckDBPyConnection, run_id: str, results: Sequence[HistoryResult], now: datetime) -> int:
    """The history comparisons as dq_results rows, counted on the run's quality_runs row; returns the failures."""
    write_dq_rows(con, history_dq_rows(run_id, results, now))
    failed = sum(not result.success for result in results)
    con.execute(
        "UPDATE quality_runs SET expectations = coalesce(expectations, 0) + ?, "
        "expectations_failed = coalesce(expectations_failed, 0) + ? WHERE run_id = ?",
        [len(results), failed, run_id],
    )
    return failed


def has_suite_results(con: duckdb.DuckDBPyConnection, run_id: str, suites: Sequence[str]) -> bool:
    found = con.execute(
        "SELECT 1 FROM dq_results WHERE run_id = ? AND suite IN (SELECT unnest(?)) LIMIT 1", [run_id, list(suites)]
    ).fetchone()
    return found is not None


def latest_suite_run(con: duckdb.DuckDBPyConnection, suites: Sequence[str]) -> str | None:
    """The run that last evaluated any of `suites`, if one did."""
    latest = con.execute(
        "SELECT run_id FROM dq_results WHERE suite IN (SELECT unnest(?)) ORDER BY evaluated_at DESC LIMIT 1",
        [list(suites)],
    ).fetchone()
    return latest[0] if latest else None


def suite_results(con: duckdb.DuckDBPyConnection, run_id: str, suites: Sequence[str]) -> list[tuple]:
    """A run's dq_results rows of `suites`: suite, expectation, success, severity, unexpected_count, element_count,
    observed_value, description, details."""
    return con.execute(
        "SELECT suite, expectation, success, severity, unexpected_count, element_count, observed_value, description, "
        "details FROM dq_results WHERE run_id = ? AND suite IN (SELECT unnest(?)) ORDER BY suite, expectation",
        [run_id, list(suites)],
    ).fetchall()


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
