"""A run that brings nothing new carries the last GX results over and never imports GX; new input validates again."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.fixtures.quality.crafted import CLEAN, FEED, materialize, write_feed

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]

_SECOND_RUN = """
import json, sys
from pathlib import Path
from tests.fixtures.quality.crafted import materialize
result = materialize(Path(sys.argv[1]), Path(sys.argv[2]))
meta = result.asset_materializations_for_node("dq_results")[0].metadata
flags = result.asset_materializations_for_node("quality_flags")[0].metadata
print(json.dumps({
    "success": result.success,
    "run_id": result.run_id,
    "carried_over_from_run": meta["carried_over_from_run"].value if "carried_over_from_run" in meta else None,
    "flags_carried_over_from_run": flags["carried_over_from_run"].value if "carried_over_from_run" in flags else None,
    "gx_imported": "great_expectations" in sys.modules,
    "lingua_imported": "lingua" in sys.modules,
    "heavy_imported": [
        m for m in ("etl.core.attribution", "etl.core.clean", "ftfy", "etl.quality.stage") if m in sys.modules
    ],
}))
"""


def _run_script(script: str, feed: Path, warehouse: Path) -> dict:
    """Run `script` in a fresh interpreter (so its imports are its own) and read the JSON its last line prints."""
    done = subprocess.run(
        [sys.executable, "-c", script, str(feed), str(warehouse)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _results(warehouse: Path, run_id: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(
            "SELECT suite, expectation, success, unexpected_count FROM dq_results "
            "WHERE run_id = ? AND suite <> 'history' ORDER BY 1, 2",
            [run_id],
        ).fetchall()


def _flags(warehouse: Path) -> tuple[list[tuple], set]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute("SELECT article_id, check_name, severity, detail FROM quality_flags ORDER BY ALL").fetchall()
        runs = {r[0] for r in con.execute("SELECT DISTINCT run_id FROM quality_flags").fetchall()}
    return rows, runs


def test_no_change_run_skips_gx_and_new_input_validates_again(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed", FEED)
    warehouse = tmp_path / "w.duckdb"
    first = materialize(feed, warehouse)
    assert first.success
    assert "carried_over_from_run" not in first.asset_materializations_for_node("dq_results")[0].metadata
    validated = _results(warehouse, first.run_id)
    assert validated
    flags, runs = _flags(warehouse)
    assert flags and runs == {first.run_id}

    second = _run_script(_SECOND_RUN, feed, warehouse)
    assert second["success"]
    assert second["carried_over_from_run"] == first.run_id
    assert not second["gx_imported"] and not second["lingua_imported"]
    assert second["heavy_imported"] == []  # the cue rules, the cleaning rules, ftfy, the checks: only for new input
    assert _results(warehouse, second["run_id"]) == validated
    # the row-level flags are kept as they were, now the second run's evaluation (its summary counts them)
    assert second["flags_carried_over_from_run"] == first.run_id
    assert _flags(warehouse) == (flags, {second["run_id"]})
    with duckdb.connect(str(warehouse), read_only=True) as con:
        details = con.execute(
            "SELECT DISTINCT json_extract_string(details, '$.carried_over_from'), evaluated_at FROM dq_results "
            "WHERE run_id = ? AND suite <> 'history'",
            [second["run_id"]],
        ).fetchall()
        validated_at = con.execute(
            "SELECT max(evaluated_at) FROM dq_results WHERE run_id = ? AND suite <> 'history'", [first.run_id]
        )
        assert details == [(first.run_id, validated_at.fetchone()[0])]  # which run validated them, and when
    with duckdb.connect(str(warehouse), read_only=True) as con:
        expectations, failed, engine = con.execute(
            "SELECT expectations, expectations_failed, gx_engine FROM quality_runs WHERE run_id = ?",
            [second["run_id"]],
        ).fetchone()
    assert expectations >= len(validated) and failed == sum(1 for r in validated if not r[2]) and engine

    (feed / "baru" / "bus.txt").parent.mkdir()
    (feed / "baru" / "bus.txt").write_text(CLEAN.replace("Jalur Bus Baru", "Jalur Bus Malam"), encoding="utf-8")
    third = materialize(feed, warehouse)
    assert third.success
    assert "carried_over_from_run" not in third.asset_materializations_for_node("dq_results")[0].metadata
    assert "carried_over_from_run" not in third.asset_materializations_for_node("quality_flags")[0].metadata
    assert _flags(warehouse)[1] == {third.run_id}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        documents = con.execute(
            "SELECT count(*) FROM dq_results WHERE run_id = ? AND suite = 'documents'", [third.run_id]
        )
        assert documents.fetchone()[0] > 0


_EMPTY_RUN = """
import json, sys
from pathlib import Path
from tests.fixtures.quality.crafted import materialize
result = materialize(Path(sys.argv[1]), Path(sys.argv[2]))
gx = "great_expectations" in sys.modules
print(json.dumps({"success": result.success, "run_id": result.run_id, "gx_imported": gx}))
"""


def test_a_first_run_on_an_empty_feed_builds_every_table_and_report_without_gx(tmp_path: Path) -> None:
    from etl.cli.report import write_report
    from etl.quality.contract import schema_problems
    from expectations.empty import ENGINE, MARK

    feed = tmp_path / "feed"
    feed.mkdir()
    warehouse = tmp_path / "w.duckdb"
    runs = []
    for _ in range(2):  # a first run on an empty warehouse, then one that carries its results over
        runs.append(_run_script(_EMPTY_RUN, feed, warehouse))
        assert runs[-1]["success"] and not runs[-1]["gx_imported"]
    first, second = (run["run_id"] for run in runs)
    with duckdb.connect(str(warehouse)) as con:
        assert schema_problems(con) == []  # every table and column of the contract
        engine, expectations, failed = con.execute(
            "SELECT gx_engine, expectations, expectations_failed FROM quality_runs WHERE run_id = ?", [first]
        ).fetchone()
        rows = con.execute(
            "SELECT expectation, success, details FROM dq_results WHERE run_id = ? AND suite <> 'history'", [first]
        ).fetchall()
        carried = con.execute(
            "SELECT count(*) FROM dq_results WHERE run_id = ? AND details LIKE ?", [second, f"%{first}%"]
        ).fetchone()[0]
    assert engine == ENGINE and expectations >= len(rows) > 0
    assert all(json.loads(details)["evaluated"] == MARK["evaluated"] for _, _, details in rows)
    assert [name for name, success, _ in rows if not success] == ["has_documents"] and failed >= 1
    assert carried == len(rows)

    report = tmp_path / "dq.md"
    assert write_report(warehouse, fmt="markdown", output=str(report), fail_on="error") == 1  # no documents: error
    text = report.read_text(encoding="utf-8")
    assert "| documents | has\\_documents | error | 0 |" in text and f"Nothing changed since run `{first}`" in text
    assert write_report(warehouse, fmt="html", output=str(tmp_path / "dq.html"), fail_on="never") == 0
