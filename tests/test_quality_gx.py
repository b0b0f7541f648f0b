"""The GX suites on both engines: the same results on the same warehouse, real failures found, GX kept out
of the code location's import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from expectations import duckdb_sql
from expectations.runner import dq_rows, validate
from expectations.suites import SUITES
from tests.fixtures.quality.crafted import FEED, article_ids, materialize, write_feed

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("gx")
    assert materialize(write_feed(root / "feed", FEED), root / "w.duckdb").success
    return root / "w.duckdb"


@pytest.fixture(scope="module")
def runs(warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    docs = tmp_path_factory.mktemp("docs")
    con = duckdb.connect(str(warehouse))
    try:
        return {engine: validate(con, engine, data_docs=docs / engine) for engine in ("pandas", "sql")}
    finally:
        con.close()


def _summary(run) -> dict:
    return {(o.suite, o.expectation): (o.success, o.unexpected_count or 0) for o in run.outcomes}


def test_engines_agree(runs: dict) -> None:
    pandas, sql = _summary(runs["pandas"]), _summary(runs["sql"])
    assert pandas.keys() == sql.keys()
    assert pandas == sql
    assert sum(len(s.expectations) for s in SUITES) == len(pandas)


def test_sql_engine_really_evaluates(runs: dict) -> None:
    """Without the persisted-connection fix every SQL expectation fails silently: guard against a GX upgrade."""
    assert duckdb_sql.enabled()
    outcomes = {(o.suite, o.expectation): o for o in runs["sql"].outcomes}
    assert outcomes[("metadata", "article_id_unique")].success
    assert outcomes[("documents", "doc_id_sha256")].success
    assert not any("exception" in o.details for o in runs["sql"].outcomes)


def test_failures_carry_counts_samples_and_severity(runs: dict, warehouse: Path) -> None:
    ids = article_ids(warehouse)
    outcome = {(o.suite, o.expectation): o for o in runs["pandas"].outcomes}[("metadata", "body_not_empty")]
    assert not outcome.success and outcome.severity == "error"
    assert outcome.unexpected_count == 1
    assert outcome.details["sample_ids"] == [ids["empty_body.txt"]]
    assert outcome.description


def test_dq_rows_are_json_ready(runs: dict) -> None:
    from datetime import UTC, datetime

    rows = dq_rows("r1", runs["pandas"], datetime.now(UTC))
    assert {r["suite"] for r in rows} == {s.name for s in SUITES}
    for row in rows:
        json.loads(row["details"])
        assert row["severity"] in ("error", "warning", "info")


def test_data_docs_are_built(runs: dict) -> None:
    index = runs["pandas"].data_docs
    assert index is not None and index.exists()
    assert "metadata" in index.read_text(encoding="utf-8")


def test_code_location_does_not_import_gx() -> None:
    code = "import sys, etl.definitions; print('great_expectations' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_source_name_length_accepts_one_letter_names_and_flags_runaway_ones(tmp_path: Path) -> None:
    """`X` (the platform) and initials are names; a 121-character "name" is a runaway span."""
    warehouse = tmp_path / "w.duckdb"
    assert materialize(write_feed(tmp_path / "feed", FEED), warehouse).success
    con = duckdb.connect(str(warehouse))
    try:
        article = con.execute("SELECT min(article_id) FROM articles").fetchone()[0]
        con.execute("DELETE FROM sources")
        for name in ("X", "R", "Kementerian Kesehatan"):
            con.execute(
                "INSERT INTO sources (article_id, name, kind, cue, sentence) VALUES (?, ?, 'person', 'kata', 'S.')",
                [article, name],
            )
        outcome = {o.expectation: o for o in validate(con, "pandas").outcomes if o.suite == "sources_table"}
        assert outcome["name_length"].success
        con.execute(
            "INSERT INTO sources (article_id, name, kind, cue, sentence) VALUES (?, ?, 'person', 'kata', 'S.')",
            [article, "a" * 121],
        )
        outcome = {o.expectation: o for o in validate(con, "pandas").outcomes if o.suite == "sources_table"}
        assert not outcome["name_length"].success
        assert outcome["name_length"].unexpected_count == 1
    finally:
        con.close()
