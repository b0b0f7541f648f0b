"""The quality stage in the Dagster graph: assets and checks load, gates block, suites report, `kabar run`
exits 0 whatever the data quality."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from etl.cli.runner import load_definitions
from etl.defs.automation.definitions import PIPELINE_JOB
from etl.warehouse.store import open_warehouse
from tests.fixtures.quality.crafted import FEED, article_ids, materialize, write_feed

QUALITY_ASSETS = {"quality_flags", "dq_results", "quality_history"}


def _checks() -> dict[str, dg.AssetCheckSpec]:
    defs = load_definitions()
    return {spec.name: spec for checks in defs.asset_checks or [] for spec in checks.check_specs}


def test_definitions_load_with_quality_stage() -> None:
    defs = load_definitions()
    dg.Definitions.validate_loadable(defs)
    keys = {k.to_user_string() for k in defs.resolve_all_asset_keys()}
    assert keys >= QUALITY_ASSETS
    job = defs.resolve_job_def(PIPELINE_JOB)
    selected = {k.to_user_string() for k in job.asset_layer.executable_asset_keys}
    assert selected >= QUALITY_ASSETS


def test_quality_runs_after_articles_and_extraction() -> None:
    graph = load_definitions().resolve_asset_graph()
    upstream = {k.to_user_string() for k in graph.get(dg.AssetKey("quality_flags")).parent_keys}
    assert {"articles", "sources", "claims", "documents"} <= upstream
    assert dg.AssetKey("quality_flags") in graph.get(dg.AssetKey("dq_results")).parent_keys


def test_gates_block_and_suite_checks_do_not() -> None:
    checks = _checks()
    assert checks["warehouse_schema"].blocking and checks["warehouse_schema"].asset_key == dg.AssetKey("documents")
    assert checks["articles_built"].blocking and checks["articles_built"].asset_key == dg.AssetKey("articles")
    suites = {name: spec for name, spec in checks.items() if name.endswith(("_suite", "_suites"))}
    assert {s.asset_key.to_user_string() for s in suites.values()} >= {"documents", "articles", "sources", "claims"}
    assert not any(spec.blocking for spec in suites.values())


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> tuple[dg.ExecuteInProcessResult, Path]:
    root = tmp_path_factory.mktemp("dagster")
    warehouse = root / "w.duckdb"
    return materialize(write_feed(root / "feed", FEED), warehouse), warehouse


def test_suite_checks_map_outcomes_to_severity(pipeline) -> None:
    result, warehouse = pipeline
    assert result.success
    evaluations = {e.check_name: e for e in result.get_asset_check_evaluations()}
    assert evaluations["warehouse_schema"].passed and evaluations["articles_built"].passed
    metadata = evaluations["metadata_suite"]
    assert not metadata.passed and metadata.severity == dg.AssetCheckSeverity.ERROR  # body_not_empty is an error
    assert article_ids(warehouse)["empty_body.txt"] in metadata.metadata["sample_article_ids"].value
    assert metadata.metadata["unexpected_counts"].value["metadata.body_not_empty"] == 1
    assert evaluations["documents_suite"].passed


def test_quality_tables_are_written(pipeline) -> None:
    result, warehouse = pipeline
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        run = con.execute("SELECT run_id, expectations, gx_engine, data_docs FROM quality_runs").fetchall()
        dq = con.execute("SELECT count(*), count(DISTINCT suite) FROM dq_results").fetchone()
        stats = con.execute("SELECT count(*) FROM quality_outlet_stats").fetchone()[0]
    finally:
        con.close()
    assert len(run) == 1 and run[0][0] == result.run_id and run[0][1] == dq[0] and run[0][2] == "pandas"
    assert Path(run[0][3]).exists()
    assert dq[1] == 6
    assert stats > 0
    materialization = result.asset_materializations_for_node("dq_results")[0]
    assert materialization.metadata["data_docs"].value.startswith("file://")


def test_broken_schema_stops_the_graph(tmp_path: Path) -> None:
    warehouse = tmp_path / "broken.duckdb"
    with open_warehouse(warehouse) as con:
        con.execute("ALTER TABLE sources DROP COLUMN cue")
    result = materialize(write_feed(tmp_path / "feed", {"a.txt": FEED["clean.txt"]}), warehouse)
    assert not result.success
    evaluation = {e.check_name: e for e in result.get_asset_check_evaluations()}["warehouse_schema"]
    assert not evaluation.passed
    assert "sources lacks column(s) cue" in evaluation.metadata["problems"].value
    materialized = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert "documents" in materialized
    assert "articles" not in materialized and "quality_flags" not in materialized


def test_kabar_run_exits_zero_on_bad_data_and_report_fails_on_errors(tmp_path: Path, monkeypatch) -> None:
    from etl.cli.main import main

    home = tmp_path / "home"
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    monkeypatch.setenv("KABAR_DATA_DOCS", str(tmp_path / "docs"))
    feed = write_feed(tmp_path / "feed", FEED)
    warehouse = tmp_path / "cli.duckdb"
    try:
        assert main(["run", "--feed", str(feed), "--warehouse", str(warehouse), "--quiet"]) == 0
        assert main(["run", "--feed", str(feed), "--warehouse", str(warehouse), "--quiet"]) == 0  # nothing new
    finally:
        for name in ("KABAR_WAREHOUSE", "KABAR_FEED", "KABAR_FEED_NAME"):
            os.environ.pop(name, None)
    assert (
        main(["report", "--warehouse", str(warehouse), "--fail-on", "never", "--output", str(tmp_path / "r.md")]) == 0
    )
    assert (
        main(
            [
                "report",
                "--warehouse",
                str(warehouse),
                "--fail-on",
                "error",
                "--format",
                "json",
                "--output",
                str(tmp_path / "r.json"),
            ]
        )
        == 1
    )
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM quality_runs").fetchone()[0] == 2
    finally:
        con.close()


def test_a_failed_info_expectation_is_a_note_not_a_warning(tmp_path: Path) -> None:
    from etl.defs.quality.checks import suite_outcome

    rows = [
        ("status_mostly_parsed", False, "info"),  # an info-level expectation that failed
        ("doc_id_not_null", True, "error"),
    ]
    with open_warehouse(tmp_path / "w.duckdb") as con:
        for name, success, severity in rows:
            con.execute(
                "INSERT INTO dq_results (run_id, suite, expectation, success, severity, evaluated_at, description, "
                "details) VALUES ('r1', 'documents', ?, ?, ?, now(), 'meaning', '{}')",
                [name, success, severity],
            )
        noted = suite_outcome(con, ["documents"], "r1")
        con.execute(
            "INSERT INTO dq_results (run_id, suite, expectation, success, severity, evaluated_at, description, "
            "details) VALUES ('r1', 'documents', 'byte_size_positive', false, 'warning', now(), 'meaning', '{}')"
        )
        warned = suite_outcome(con, ["documents"], "r1")
    assert noted.passed and noted.metadata["info_notes"].value == 1 and noted.metadata["failed"].value == 0
    assert "status_mostly_parsed" in noted.metadata["failures"].value
    assert not warned.passed and warned.severity == dg.AssetCheckSeverity.WARN
