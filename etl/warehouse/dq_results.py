"""Reading and recording suite results in dq_results and quality_runs: the GX validation's and the history's."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import duckdb

from etl.quality.history import HistoryResult
from etl.warehouse.quality import history_dq_rows, write_dq_rows


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
