"""`kabar run` as a user runs it: the installed console script, exit codes, summary, incremental re-runs, search."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb

from etl.core.extensions import extension_path
from tests.conftest import KOMPAS_ONE_LINE, TRIBUN_ARTICLE, write_feed

KABAR = [sys.executable, "-m", "etl"]


def kabar(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, **(env or {})}
    return subprocess.run([*KABAR, *args], cwd=cwd, env=environ, capture_output=True, text=True, timeout=300)


def test_run_prints_summary_and_second_run_adds_nothing(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed", {"a.txt": TRIBUN_ARTICLE, "b.txt": KOMPAS_ONE_LINE, "c.txt": ""})
    first = kabar("run", "--feed", str(feed), "--warehouse", "out/w.duckdb", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "3 files seen: 3 new (2 parsed, 1 rejected, 0 duplicate), 0 skipped" in first.stdout
    assert "articles   2 new" in first.stdout
    assert "c.txt: empty document" in first.stdout
    second = kabar("run", "--feed", str(feed), "--warehouse", "out/w.duckdb", cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert "0 new (0 parsed, 0 rejected, 0 duplicate), 3 skipped (already loaded)" in second.stdout
    assert "nothing new" in second.stdout
    con = duckdb.connect(str(tmp_path / "out/w.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    assert con.execute("SELECT count(*) FROM runs").fetchone() == (2,)


def test_default_warehouse_comes_from_environment_then_current_folder(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed", {"a.txt": TRIBUN_ARTICLE})
    assert kabar("run", "--feed", str(feed), cwd=tmp_path).returncode == 0
    assert (tmp_path / "warehouse" / "kabar.duckdb").exists()
    env_target = tmp_path / "elsewhere" / "k.duckdb"
    assert kabar("run", "--feed", str(feed), cwd=tmp_path, env={"KABAR_WAREHOUSE": str(env_target)}).returncode == 0
    assert env_target.exists()


def test_missing_feed_is_a_failed_run(tmp_path: Path) -> None:
    result = kabar("run", "--feed", str(tmp_path / "absent"), "--warehouse", "w.duckdb", cwd=tmp_path)
    assert result.returncode == 2
    assert "feed folder not found" in result.stderr


def test_reprocess_rebuilds_articles_from_stored_documents(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed", {"a.txt": TRIBUN_ARTICLE})
    assert kabar("run", "--feed", str(feed), "--warehouse", "w.duckdb", cwd=tmp_path).returncode == 0
    (feed / "a.txt").unlink()  # the raw bytes in the warehouse are enough
    again = kabar("run", "--feed", str(feed), "--warehouse", "w.duckdb", "--reprocess", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "articles   1 rebuilt" in again.stdout
    assert "reprocessed: every article rebuilt" in again.stdout and "nothing new" not in again.stdout
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)


def test_full_text_index_is_searchable_after_a_run(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed", {"a.txt": TRIBUN_ARTICLE, "b.txt": KOMPAS_ONE_LINE})
    assert kabar("run", "--feed", str(feed), "--warehouse", "w.duckdb", cwd=tmp_path).returncode == 0
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    con.execute(f"LOAD '{extension_path('fts').as_posix()}'")
    hits = con.execute(
        "SELECT source_uri FROM (SELECT *, fts_main_articles.match_bm25(article_id, ?) AS score FROM articles) "
        "WHERE score IS NOT NULL ORDER BY score DESC",
        ["demam berdarah"],
    ).fetchall()
    assert hits == [("b.txt",)]


def test_duckdb_cli_installed_by_the_project_reads_the_warehouse(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed", {"a.txt": TRIBUN_ARTICLE})
    assert kabar("run", "--feed", str(feed), "--warehouse", "w.duckdb", cwd=tmp_path).returncode == 0
    cli = Path(sys.executable).parent / "duckdb"
    out = subprocess.run(
        [
            str(cli),
            str(tmp_path / "w.duckdb"),
            "-readonly",
            "-csv",
            "-c",
            "select outlet, count(*) as n from articles group by 1",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["outlet,n", "Tribunnews,1"]


def test_search_index_is_rebuilt_only_when_articles_change(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed", {"a.txt": TRIBUN_ARTICLE})
    assert kabar("run", "--feed", str(feed), "--warehouse", "w.duckdb", cwd=tmp_path).returncode == 0
    assert kabar("run", "--feed", str(feed), "--warehouse", "w.duckdb", cwd=tmp_path).returncode == 0
    write_feed(feed, {"b.txt": KOMPAS_ONE_LINE})
    assert kabar("run", "--feed", str(feed), "--warehouse", "w.duckdb", cwd=tmp_path).returncode == 0
    import dagster as dg
    from dagster._core.instance.ref import InstanceRef

    from etl.settings import instance_folder

    instance = dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(instance_folder(tmp_path / "w.duckdb"))))
    rebuilt = []
    for run in reversed(instance.get_runs(limit=3)):
        events = instance.get_records_for_run(run.run_id).records
        for record in events:
            mat = record.event_log_entry.asset_materialization
            if mat is not None and mat.asset_key.to_user_string() == "search_index":
                rebuilt.append((mat.metadata["rebuilt"].value, mat.metadata["indexed_articles"].value))
    assert rebuilt == [(True, 1), (False, 1), (True, 2)]
