"""When nothing changed since the last evaluation, a run carries its results over: the row-level flags without running
the checks, the GX suites' results without importing GX."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

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
    """The last validated run when no document or article arrived or changed after it, this run's flags are as many
    as its (flags are only carried over or dropped when no article changed), and its results hold exactly the
    `expected` (suite, expectation) pairs; None when the suites must run."""
    row = con.execute(
        "SELECT run_id, evaluated_at, gx_engine, data_docs FROM quality_runs "
        "WHERE run_id <> ? AND gx_engine IS NOT NULL ORDER BY evaluated_at DESC LIMIT 1",
        [run_id],
    ).fetchone()
    if row is None:
        return None
    previous, at, engine, docs = row
    if _arrived_since(con, at) or _flag_counts(con, previous) != _flag_counts(con, run_id):  # suites read the flags
        return None
    stored = set(
        con.execute(
            "SELECT suite, expectation FROM dq_results WHERE run_id = ? AND suite <> ?", [previous, HISTORY_SUITE]
        ).fetchall()
    )
    return Previous(previous, engine, docs) if stored == expected else None


def _flag_counts(con: duckdb.DuckDBPyConnection, run_id: str) -> tuple | None:
    return con.execute(
        "SELECT flags_error, flags_warning, flags_info FROM quality_runs WHERE run_id = ?", [run_id]
    ).fetchone()


def carry_over(con: duckdb.DuckDBPyConnection, previous: Previous, run_id: str) -> tuple[int, int]:
    """Copy the previous run's suite results (not the history suite) to this run, each row's details naming the run
    that validated it (`carried_over_from`) and its evaluated_at left as that run's; (expectations, failed)."""
    con.execute(  # evaluated_at stays the validation's; details say which run validated them
        "INSERT INTO dq_results SELECT * REPLACE (CAST($run AS VARCHAR) AS run_id, "
        "CASE WHEN json_extract_string(details, '$.carried_over_from') IS NOT NULL THEN details "
        "ELSE CAST(json_merge_patch(coalesce(details, '{}'), json_object('carried_over_from', run_id)) AS VARCHAR) "
        "END AS details) FROM dq_results WHERE run_id = $previous AND suite <> $history",
        {"run": run_id, "previous": previous.run_id, "history": HISTORY_SUITE},
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


@dataclass
class CarriedFlags:
    """The row-level evaluation a run keeps from an earlier one (shaped like stage.FlagsOutcome for the writers)."""

    run_id: str
    by_severity: dict[str, int]
    by_check: dict[str, int]
    seconds: dict[str, float]
    total: int


def flags_unchanged_since(con: duckdb.DuckDBPyConnection, run_id: str) -> str | None:
    """The run whose row-level evaluation quality_flags holds, when no document or article arrived, changed or went
    since it (the checks would find the same flags); None when the checks must run."""
    row = con.execute(
        "SELECT run_id, evaluated_at, articles FROM quality_runs WHERE run_id <> ? ORDER BY evaluated_at DESC LIMIT 1",
        [run_id],
    ).fetchone()
    if row is None:
        return None
    previous, at, articles = row
    changed = _arrived_since(con, at) or con.execute(
        "SELECT (SELECT count(*) FROM articles) <> $articles "
        "OR EXISTS (SELECT 1 FROM quality_flags WHERE run_id IS DISTINCT FROM $run)",
        {"articles": articles, "run": previous},
    ).fetchone()[0]
    return None if changed else previous


def _arrived_since(con: duckdb.DuckDBPyConnection, at: datetime) -> bool:
    """Whether a document arrived, or an article was built or extracted, at or after `at`."""
    return con.execute(
        "SELECT EXISTS (SELECT 1 FROM documents WHERE received_at >= $at) "
        "OR EXISTS (SELECT 1 FROM articles WHERE ingested_at >= $at OR extracted_at >= $at)",
        {"at": at},
    ).fetchone()[0]


def carry_flags_over(
    con: duckdb.DuckDBPyConnection, previous: str, run_id: str, now: datetime, future_hours: float
) -> CarriedFlags:
    """Keep the previous evaluation's flags as this run's. The one check that depends on the clock is brought up to
    date: a publication time that was in the future and no longer is loses its flag (the checks would not raise it
    now); nothing else can change while the articles do not."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            "DELETE FROM quality_flags WHERE check_name = 'published_in_future' "
            "AND article_id IN (SELECT article_id FROM articles WHERE published_at <= ?)",
            [now + timedelta(hours=future_hours)],
        )
        con.execute("UPDATE quality_flags SET run_id = ? WHERE run_id = ?", [run_id, previous])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    counts = con.execute("SELECT check_name, severity, count(*) FROM quality_flags GROUP BY 1, 2").fetchall()
    by_severity: dict[str, int] = {}
    by_check: dict[str, int] = {}
    for check, severity, n in counts:
        by_severity[severity] = by_severity.get(severity, 0) + n
        by_check[check] = by_check.get(check, 0) + n
    return CarriedFlags(previous, by_severity, by_check, {}, sum(by_check.values()))
