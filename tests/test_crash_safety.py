"""Killed runs: `kabar run` killed with SIGKILL at several points (and stopped with SIGTERM once) leaves the warehouse
consistent, the next run frees the dead run's writer slot and finishes the work, and the final tables equal those of
an uninterrupted run of the same feed. Runs the real CLI against a Dagster instance with the project's pool limit.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from etl.settings import _DAGSTER_YAML, WRITER_POOL, instance_folder
from tests.feedgen import write_generated_feed

pytestmark = pytest.mark.slow

ARTICLES = 2000
VOLATILE = {"run_id", "received_at", "ingested_at", "parsed_at", "extracted_at", "seen_at", "evaluated_at"}
CONTENT_TABLES = (
    "documents",
    "document_paths",
    "articles",
    "boilerplate",
    "related_links",
    "credits",
    "sources",
    "claims",
    "quality_flags",
)


def project_home(path: Path) -> dg.DagsterInstance:
    """A Dagster home configured as `kabar run` configures the project's (writer pool limited to one step)."""
    path.mkdir(parents=True)
    (path / "dagster.yaml").write_text(_DAGSTER_YAML, encoding="utf-8")
    return dg.DagsterInstance.from_config(str(path))  # created here, before any kabar process touches it


def start(feed: Path, warehouse: Path, home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "DAGSTER_HOME": str(home), "KABAR_WORKERS": "1"}
    command = [sys.executable, "-m", "etl", "run", "--quiet", "--wait", "30", "--feed", str(feed)]
    return subprocess.Popen(
        [*command, "--warehouse", str(warehouse)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def running_step(instance: dg.DagsterInstance) -> str | None:
    runs = instance.get_runs(limit=1)
    if not runs:
        return None
    steps = [s for s in instance.get_run_step_stats(runs[0].run_id) if s.end_time is None]
    return steps[-1].step_key if steps else None


def stop_during(
    instance: dg.DagsterInstance, proc: subprocess.Popen[str], step: str, after: float, sig: int, before: set[str]
) -> str:
    """Send `sig` to `proc` `after` seconds into `step` of its run; return the step running when it was sent."""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"the run ended before {step}: {proc.communicate()}"
        runs = [r for r in instance.get_runs(limit=1) if r.run_id not in before]
        if runs and any(s.step_key == step for s in instance.get_run_step_stats(runs[0].run_id)):
            time.sleep(after)
            current = running_step(instance) or "between steps"
            proc.send_signal(sig)
            return current
        time.sleep(0.1)
    raise AssertionError(f"step {step} never started")


def content(warehouse: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        out = {}
        for table in CONTENT_TABLES:
            columns = [
                r[0]
                for r in con.execute(
                    "SELECT column_name FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index", [table]
                ).fetchall()
                if r[0] not in VOLATILE
            ]
            out[table] = con.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY ALL").fetchall()
        return out
    finally:
        con.close()


def inconsistencies(warehouse: Path) -> dict[str, int]:
    """Counts of rows breaking 'a document has all its derived rows or none' (all zero when consistent)."""
    if not warehouse.exists():
        return {}
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        if "articles" not in tables:
            return {}
        checks = {
            "articles of documents not marked read": "SELECT count(*) FROM articles a JOIN documents d "
            "USING (doc_id) WHERE d.parsed_at IS NULL",
            "documents marked read without articles": "SELECT count(*) FROM documents d WHERE d.status = 'parsed' "
            "AND d.parsed_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.doc_id = d.doc_id)",
            "boilerplate without its article": "SELECT count(*) FROM boilerplate b ANTI JOIN articles a "
            "USING (article_id)",
            "credits without its article": "SELECT count(*) FROM credits c ANTI JOIN articles a USING (article_id)",
            "claims of articles not marked extracted": "SELECT count(*) FROM claims c JOIN articles a "
            "USING (article_id) WHERE a.extracted_at IS NULL",
            "sources of articles not marked extracted": "SELECT count(*) FROM sources s JOIN articles a "
            "USING (article_id) WHERE a.extracted_at IS NULL",
            "paths of unknown documents": "SELECT count(*) FROM document_paths p ANTI JOIN documents d USING (doc_id)",
        }
        return {name: con.execute(sql).fetchone()[0] for name, sql in checks.items()}
    finally:
        con.close()


def assert_consistent(warehouse: Path) -> None:
    problems = {k: v for k, v in inconsistencies(warehouse).items() if v}
    assert not problems, problems


def test_killed_runs_leave_a_consistent_warehouse_and_the_next_run_finishes_the_work(tmp_path: Path) -> None:
    started = time.monotonic()
    feed = write_generated_feed(tmp_path / "feed", ARTICLES)
    warehouse = tmp_path / "killed.duckdb"
    # each warehouse keeps its Dagster instance beside it, whatever DAGSTER_HOME says
    ref_home, home = instance_folder(tmp_path / "reference.duckdb"), instance_folder(warehouse)
    ref_instance, instance = project_home(ref_home), project_home(home)
    reference = start(feed, tmp_path / "reference.duckdb", ref_home)  # uninterrupted, alongside
    points: list[str] = []
    seen: set[str] = set()
    previous = None
    try:
        for step, after, sig in (
            ("documents", 0.5, signal.SIGKILL),
            ("articles", 1.5, signal.SIGKILL),
            ("attributions", 1.0, signal.SIGTERM),
            ("quality_flags", 0.3, signal.SIGKILL),
        ):
            proc = start(feed, warehouse, home)
            points.append(stop_during(instance, proc, step, after, sig, seen))
            sent = time.monotonic()
            out, err = proc.communicate(timeout=120)
            seen |= {r.run_id for r in instance.get_runs()}
            assert "Traceback" not in out + err
            if previous == signal.SIGKILL:  # the run before was killed holding the writer slot
                assert "freed the writer slot of run" in err, err
            previous = sig
            if sig == signal.SIGTERM:
                assert time.monotonic() - sent < 20, "SIGTERM must stop the run within seconds"
                assert proc.returncode == 128 + signal.SIGTERM, (out, err)
                assert err.strip().splitlines()[-1].startswith("kabar run: stopped by SIGTERM"), err
                assert not instance.event_log_storage.get_concurrency_info(WRITER_POOL).claimed_slots
                assert instance.get_runs(limit=1)[0].status != dg.DagsterRunStatus.STARTED
            else:
                assert proc.returncode == -signal.SIGKILL
            assert_consistent(warehouse)
        final = start(feed, warehouse, home)
        out, err = final.communicate(timeout=300)
        assert final.returncode == 0, (out, err)
        assert "Traceback" not in out + err
        assert "marked run" in err and "failed: its process ended without finishing" in err, err
        ref_out, ref_err = reference.communicate(timeout=300)
        assert reference.returncode == 0, (ref_out, ref_err)
    finally:
        for proc in (reference,):
            if proc.poll() is None:
                proc.kill()
        ref_instance.dispose()
        instance.dispose()
    assert_consistent(warehouse)
    expected, got = content(tmp_path / "reference.duckdb"), content(warehouse)
    assert len(expected["articles"]) == ARTICLES
    for table in CONTENT_TABLES:
        assert got[table] == expected[table], f"{table} differs from the uninterrupted run"
    print(f"\nkill points: {points}; {time.monotonic() - started:.1f} s in all")
