"""Quality: row-level flags, GX suite results with Data Docs, and the per-outlet history of quality."""

import os
import time
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from etl.cli.report_format import md_cell
from etl.cli.report_html import write_html_report
from etl.defs.progress import StageProgress
from etl.defs.resources import warehouse_connection
from etl.defs.specs import md_table, warehouse_asset
from etl.quality.history import compare_with_history, record_outlet_stats
from etl.quality.thresholds import FUTURE_TOLERANCE_HOURS
from etl.quality.unchanged import carry_flags_over, carry_over, flags_unchanged_since, unchanged_since_last_validation
from etl.settings import local_folder
from etl.warehouse.dq_results import record_history, record_validation
from etl.warehouse.quality import FlagTable, start_quality_run, write_dq_rows
from etl.warehouse.store import mark_run_finished

QUALITY_INPUTS = ["documents", "articles", "boilerplate", "credits", "sources", "claims"]


def data_docs_folder(warehouse: str) -> Path:
    """Where GX Data Docs are built: $KABAR_DATA_DOCS, else data_docs/ beside the warehouse file (git-ignored)."""
    configured = os.environ.get("KABAR_DATA_DOCS")
    if configured:
        return Path(configured)
    return local_folder(warehouse) / "data_docs"


@warehouse_asset("quality", deps=QUALITY_INPUTS)
def quality_flags(context: dg.AssetExecutionContext, warehouse: DuckDBResource) -> dg.MaterializeResult:
    """Row-level findings: one row per article and problem (check, severity, a detail a person can act on). Holds
    the latest evaluation of every article in the warehouse; a run that brought no new or changed article keeps it
    (metadata `carried_over_from_run`) without running the checks."""
    now = datetime.now(UTC)
    progress = StageProgress(context, "quality checks")
    progress(0, 1)
    carried = None
    with warehouse_connection(warehouse) as con:
        previous = flags_unchanged_since(con, context.run.run_id)
        if previous is not None:  # no article arrived or changed: the checks would find the same flags
            outcome = carried = carry_flags_over(con, previous, context.run.run_id, now, FUTURE_TOLERANCE_HOURS)
        else:
            from etl.quality.stage import find_flags

            with FlagTable(con, context.run.run_id) as table:  # flags stream into the table in chunks
                outcome = find_flags(con, now, table)
        start_quality_run(con, context.run.run_id, now, outcome)
        top = con.execute("SELECT severity, check_name, title, detail FROM quality_latest LIMIT 15").fetchall()
    progress(1, 1)
    counts = outcome.by_severity
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": carried.total if carried else outcome.total,
            "errors": counts.get("error", 0),
            "warnings": counts.get("warning", 0),
            "infos": counts.get("info", 0),
            "by_check": dg.MetadataValue.json(dict(sorted(outcome.by_check.items()))),
            "seconds": dg.MetadataValue.json({check: round(took, 3) for check, took in outcome.seconds.items()}),
            "top_findings": md_table(["severity", "check", "title", "detail"], top, 100),
            **({"carried_over_from_run": carried.run_id} if carried else {}),
        }
    )


@warehouse_asset("quality", deps=["quality_flags"])
def dq_results(context: dg.AssetExecutionContext, warehouse: DuckDBResource) -> dg.MaterializeResult:
    """GX suites (documents, metadata, sourcing, sources table, claims, unverified) validated against the warehouse:
    one row per expectation per run in dq_results; Data Docs rebuilt after each run. A run that brought nothing new
    carries the last validation's results over without starting GX; on a warehouse with no document the results
    over empty batches are written without GX (expectations/empty.py)."""
    run_id = context.run.run_id
    with warehouse_connection(warehouse) as con:  # nothing new: the last results stand, and GX is never imported
        previous = unchanged_since_last_validation(con, run_id, expected_expectations())
        if previous is not None:
            total, failed = carry_over(con, previous, run_id)
            return dg.MaterializeResult(
                metadata={
                    "dagster/row_count": total,
                    "failed_expectations": failed,
                    "carried_over_from_run": previous.run_id,
                    "validation_seconds": 0.0,
                }
            )
        empty = _validate_empty(con, run_id)
        if empty is not None:  # nothing to read at all: the results over no rows, without GX
            return dg.MaterializeResult(metadata=_validation_metadata(empty, empty.engine, 0.0))
    from expectations.runner import dq_rows, engine_name, validate

    engine = engine_name()
    started = time.perf_counter()
    with warehouse_connection(warehouse) as con:
        validation = validate(con, engine, data_docs=data_docs_folder(warehouse.database))
    seconds = time.perf_counter() - started
    with warehouse_connection(warehouse) as con:
        write_dq_rows(con, dq_rows(run_id, validation, datetime.now(UTC)))
        record_validation(con, run_id, validation, engine, seconds)
    return dg.MaterializeResult(metadata=_validation_metadata(validation, engine, seconds))


def _validate_empty(con, run_id: str):
    """On a warehouse with no document (every suite's batch empty), record the suites' results over no rows as GX
    gives them, without importing GX; None when there is data (or an expectation only GX can evaluate)."""
    from expectations.empty import batches_empty, validate_empty
    from expectations.runner import dq_rows

    if not batches_empty(con):
        return None
    validation = validate_empty()
    if validation is not None:
        write_dq_rows(con, dq_rows(run_id, validation, datetime.now(UTC)))
        record_validation(con, run_id, validation, validation.engine, 0.0)
    return validation


def _validation_metadata(validation, engine: str, seconds: float) -> dict:
    suites: dict[str, list[int]] = {}
    for expectation in validation.outcomes:
        suites.setdefault(expectation.suite, [0, 0])[0 if expectation.success else 1] += 1
    metadata: dict[str, dg.RawMetadataValue] = {
        "dagster/row_count": len(validation.outcomes),
        "failed_expectations": len(validation.failed),
        "gx_engine": engine,
        "validation_seconds": round(seconds, 2),
        "suites": md_table(["suite", "passed", "failed"], [(suite, *tally) for suite, tally in suites.items()]),
    }
    if validation.data_docs is not None:
        metadata["data_docs"] = dg.MetadataValue.url(validation.data_docs.resolve().as_uri())
        metadata["data_docs_path"] = dg.MetadataValue.path(str(validation.data_docs.resolve()))
    return metadata


@warehouse_asset("quality", deps=["dq_results"])
def quality_history(context: dg.AssetExecutionContext, warehouse: DuckDBResource) -> dg.MaterializeResult:
    """Quality per run and outlet (shares of articles with no source, unattributed claims, residual boilerplate) in
    quality_outlet_stats, compared with earlier runs: rate jumps, silent outlets, volume drops, stale outlets
    (suite `history` in dq_results). Writes the HTML report (metadata `report`)."""
    now = datetime.now(UTC)
    run_id = context.run.run_id
    with warehouse_connection(warehouse) as con:
        outlets = record_outlet_stats(con, run_id, now)
        results = compare_with_history(con, run_id, now)
        failed = record_history(con, run_id, results, now)
        page = write_html_report(con, warehouse.database)
        mark_run_finished(con, run_id, datetime.now(UTC))
    alerts = "\n".join(f"- {md_cell(result.description, 200)}" for result in results if not result.success)
    return dg.MaterializeResult(
        metadata={
            "outlets": outlets,
            "comparisons": len(results),
            "alerts": failed,
            "alert_list": dg.MetadataValue.md(alerts or "none"),
            "report": dg.MetadataValue.url(page.as_uri()),
            "report_path": dg.MetadataValue.path(str(page)),
        }
    )


def expected_expectations() -> set[tuple[str, str]]:
    """(suite, expectation) of every GX suite, from the plain specs (importing them does not import GX)."""
    from expectations.suites import SUITES

    return {(suite.name, exp.name) for suite in SUITES for exp in suite.expectations}
