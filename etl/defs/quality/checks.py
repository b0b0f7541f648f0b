"""Asset checks: gates that stop the graph when the run itself is broken, and each GX suite's outcome.

Gates are blocking and ERROR: a warehouse whose schema is not the contract's, or parsed documents that
yielded no article at all, mean the run is broken and nothing downstream should be built on it. Suite
checks report data quality, which is the product's output, not a reason to stop: they never block, and
are ERROR only when an expectation of severity error failed, WARN otherwise.
"""

import json

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource

from etl.cli.report_format import md_cell
from etl.defs.resources import warehouse_connection
from etl.quality.contract import schema_problems
from etl.warehouse.dq_results import has_suite_results, latest_suite_run, suite_results
from etl.warehouse.quality import HISTORY_SUITE
from expectations.suites import SUITES


@dg.asset_check(asset="documents", blocking=True)
def warehouse_schema(warehouse: DuckDBResource) -> dg.AssetCheckResult:
    """The warehouse schema is at the latest version and has every table and column of the contract."""
    with warehouse_connection(warehouse) as con:
        problems = schema_problems(con)
    return dg.AssetCheckResult(
        passed=not problems,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"problems": dg.MetadataValue.md("\n".join(f"- {p}" for p in problems) or "none")},
    )


@dg.asset_check(asset="articles", blocking=True)
def articles_built(warehouse: DuckDBResource) -> dg.AssetCheckResult:
    """Parsed documents yield articles: zero articles from parsed documents means the parser is broken."""
    with warehouse_connection(warehouse) as con:
        parsed, articles = con.execute(
            "SELECT (SELECT count(*) FROM documents WHERE status = 'parsed'), (SELECT count(*) FROM articles)"
        ).fetchone()
    return dg.AssetCheckResult(
        passed=not (parsed > 0 and articles == 0),
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"parsed_documents": parsed, "articles": articles},
    )


def suite_outcome(con: duckdb.DuckDBPyConnection, suites: list[str], run_id: str | None) -> dg.AssetCheckResult:
    """The AssetCheckResult of the named suites' expectations in a run (default: the latest run that has them)."""
    if run_id is None or not has_suite_results(con, run_id, suites):
        latest = latest_suite_run(con, suites)
        if HISTORY_SUITE in suites and (run_id is not None or latest is None):
            return dg.AssetCheckResult(  # comparisons need earlier runs of the same outlets
                passed=True, severity=dg.AssetCheckSeverity.WARN, metadata={"reason": "no comparison in this run"}
            )
        if latest is None:
            return dg.AssetCheckResult(
                passed=False, severity=dg.AssetCheckSeverity.WARN, metadata={"reason": "the suites have not run"}
            )
        run_id = latest
    return _suite_result(run_id, suite_results(con, run_id, suites))


def _suite_result(run_id: str, rows: list[tuple]) -> dg.AssetCheckResult:
    """rows: (suite, expectation, success, severity, unexpected_count, element_count, observed_value, description,
    details) of dq_results."""
    failed = [row for row in rows if not row[2] and row[3] != "info"]  # a failed info-level expectation is a note
    notes = [row for row in rows if not row[2] and row[3] == "info"]
    errors = [row for row in failed if row[3] == "error"]
    samples: list[str] = []
    for row in failed + notes:
        samples += json.loads(row[8] or "{}").get("sample_ids", [])
    table = "| suite | expectation | severity | observed | meaning |\n|---|---|---|---|---|\n" + "\n".join(
        f"| {row[0]} | {row[1]} | {row[3]} | {md_cell(row[6], 60)} | {md_cell(row[7], 90)} |" for row in failed + notes
    )
    return dg.AssetCheckResult(
        passed=not failed,
        severity=dg.AssetCheckSeverity.ERROR if errors else dg.AssetCheckSeverity.WARN,
        metadata={
            "run_id": run_id,
            "expectations": len(rows),
            "failed": len(failed),
            "failed_errors": len(errors),
            "info_notes": len(notes),
            "unexpected_counts": dg.MetadataValue.json({f"{row[0]}.{row[1]}": row[4] for row in failed + notes}),
            "sample_article_ids": dg.MetadataValue.json(sorted(set(samples))[:20]),
            "failures": dg.MetadataValue.md(table if failed or notes else "all expectations met"),
        },
    )


def _suite_check(asset: str, suites: list[str]) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=asset,
        name="_".join(suites) + "_suite" if len(suites) == 1 else f"{asset}_suites",
        additional_deps=["dq_results"] if asset != "quality_history" else [],
        description=f"GX suite(s) {', '.join(suites)}: fails when an expectation fails (ERROR if one of severity "
        "error did, else WARN; a failed info-level expectation is only noted); metadata lists unexpected counts "
        "and sample article ids.",
    )
    def _check(context: dg.AssetCheckExecutionContext, warehouse: DuckDBResource) -> dg.AssetCheckResult:
        with warehouse_connection(warehouse) as con:
            return suite_outcome(con, suites, context.run.run_id)

    return _check


def _suites_by_asset() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for suite in SUITES:
        out.setdefault(suite.asset, []).append(suite.name)
    out["quality_history"] = [HISTORY_SUITE]
    return out


SUITE_CHECKS = [_suite_check(asset, names) for asset, names in _suites_by_asset().items()]


@dg.definitions
def quality_checks() -> dg.Definitions:
    return dg.Definitions(asset_checks=[warehouse_schema, articles_built, *SUITE_CHECKS])
