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
print(json.dumps({
    "success": result.success,
    "run_id": result.run_id,
    "carried_over_from_run": meta["carried_over_from_run"].value if "carried_over_from_run" in meta else None,
    "gx_imported": "great_expectations" in sys.modules,
    "lingua_imported": "lingua" in sys.modules,
    "heavy_imported": [m for m in ("etl.core.attribution", "etl.core.clean", "ftfy") if m in sys.modules],
}))
"""


def _results(warehouse: Path, run_id: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(
            "SELECT suite, expectation, success, unexpected_count FROM dq_results "
            "WHERE run_id = ? AND suite <> 'history' ORDER BY 1, 2",
            [run_id],
        ).fetchall()


def test_no_change_run_skips_gx_and_new_input_validates_again(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed", FEED)
    warehouse = tmp_path / "w.duckdb"
    first = materialize(feed, warehouse)
    assert first.success
    assert "carried_over_from_run" not in first.asset_materializations_for_node("dq_results")[0].metadata
    validated = _results(warehouse, first.run_id)
    assert validated

    done = subprocess.run(
        [sys.executable, "-c", _SECOND_RUN, str(feed), str(warehouse)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    second = json.loads(done.stdout.strip().splitlines()[-1])
    assert second["success"]
    assert second["carried_over_from_run"] == first.run_id
    assert not second["gx_imported"] and not second["lingua_imported"]
    assert second["heavy_imported"] == []  # the cue rules, the cleaning rules and ftfy load only for new input
    assert _results(warehouse, second["run_id"]) == validated
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
    with duckdb.connect(str(warehouse), read_only=True) as con:
        documents = con.execute(
            "SELECT count(*) FROM dq_results WHERE run_id = ? AND suite = 'documents'", [third.run_id]
        )
        assert documents.fetchone()[0] > 0
