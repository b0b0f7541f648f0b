"""Production shape against a real PostgreSQL: the Dagster instance (run history, event log, pools) in Postgres,
and the asset graph on the multiprocess executor writing the DuckLake (docs/scale-out.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import postgres
from tests.conftest import KOMPAS_ONE_LINE, TRIBUN_ARTICLE, write_feed

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ENGLISH = (
    "Port Strike Enters Third Day as Talks Stall\n"
    "SYDNEY (Reuters) - Dock workers at two container terminals stayed off the job for a third day on Friday, "
    "union organiser Mark Delaney said, and shipping lines warned delays could spread to regional ports.\n"
    "(Reporting by Jane Holt; Editing by Tom Reyes)\n"
)


def _instance_yaml(home: Path, cluster: postgres.Cluster, dbname: str) -> Path:
    """A Dagster home whose storage is the given Postgres database (psycopg2 named: SQLAlchemy 2.1 defaults to
    psycopg 3, which dagster-postgres does not install)."""
    home.mkdir(parents=True, exist_ok=True)
    url = f"postgresql+psycopg2://{cluster.user}@127.0.0.1:{cluster.port}/{dbname}"
    (home / "dagster.yaml").write_text(
        "telemetry:\n  enabled: false\n"
        f'storage:\n  postgres:\n    postgres_url: "{url}"\n'
        "concurrency:\n  pools:\n    default_limit: 1\n",
        encoding="utf-8",
    )
    return home


def _feed(root: Path) -> Path:
    return write_feed(
        root, {"tribun/jembatan.txt": TRIBUN_ARTICLE, "kompas/dbd.txt": KOMPAS_ONE_LINE, "wire/port.txt": ENGLISH}
    )


def _env(**overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KABAR_")}
    env.update(overrides)
    return env


def test_kabar_run_keeps_its_history_and_pool_in_postgres(pg, tmp_path):
    dbname = "dagster_cli"
    postgres.create_database(pg, dbname)
    warehouse = tmp_path / "wh" / "kabar.duckdb"
    home = _instance_yaml(tmp_path / "wh" / "kabar.dagster", pg, dbname)  # the instance folder kabar uses
    feed = _feed(tmp_path / "feed")
    for _ in range(2):  # a second run proves the first gave its writer slot back
        done = subprocess.run(
            [str(BIN / "kabar"), "run", "--quiet", "--feed", str(feed), "--warehouse", str(warehouse)],
            cwd=ROOT,
            env=_env(),
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stdout + done.stderr
    runs = postgres.query(pg, dbname, "SELECT pipeline_name, status FROM runs ORDER BY create_timestamp")
    assert runs == [("kabar_pipeline", "SUCCESS"), ("kabar_pipeline", "SUCCESS")]
    held = postgres.query(pg, dbname, "SELECT count(*) FROM concurrency_slots WHERE run_id IS NOT NULL")
    assert held == [("0",)]
    assert not list(home.rglob("*.db")), "run history must not fall back to SQLite"


def test_graph_runs_on_the_multiprocess_executor_into_the_lake(pg, tmp_path):
    dagster_db = "dagster_mp"
    postgres.create_database(pg, dagster_db)
    lake = f"ducklake:postgres:{postgres.create_database(pg, 'lake_mp')}"
    home = _instance_yaml(tmp_path / "home", pg, dagster_db)
    data = tmp_path / "lake-data"
    data.mkdir()
    feed = _feed(tmp_path / "feed")
    config = tmp_path / "run.yaml"
    config.write_text("execution:\n  config:\n    max_concurrent: 2\n", encoding="utf-8")
    env = _env(DAGSTER_HOME=str(home), KABAR_WAREHOUSE=lake, KABAR_LAKE_DATA=str(data), KABAR_FEED=str(feed))
    done = subprocess.run(
        [str(BIN / "dagster"), "job", "execute", "-m", "etl.definitions", "-j", "kabar_pipeline", "-c", str(config)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert postgres.query(pg, dagster_db, "SELECT status FROM runs") == [("SUCCESS",)]
    workers = postgres.query(
        pg, dagster_db, "SELECT count(*) FROM event_logs WHERE dagster_event_type = 'STEP_WORKER_STARTED'"
    )
    assert int(workers[0][0]) >= 5, "every step should run in its own process"

    from etl.warehouse import lake as lakes

    os.environ["KABAR_LAKE_DATA"] = str(data)
    try:
        con = lakes.connect_lake(lake, read_only=True)
    finally:
        del os.environ["KABAR_LAKE_DATA"]
    try:
        counts = {
            table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "articles", "sources", "dq_results", "quality_flags")
        }
    finally:
        con.close()
    assert counts["documents"] == 3 and counts["articles"] == 3, counts
    assert counts["sources"] >= 3 and counts["dq_results"] > 0, counts
    assert list(data.rglob("*.parquet")), "the lake's tables are Parquet files under KABAR_LAKE_DATA"


def test_kabar_run_and_report_on_the_lake(pg, tmp_path):
    lake = f"ducklake:postgres:{postgres.create_database(pg, 'lake_cli')}"
    (tmp_path / "lake-data").mkdir()
    home = tmp_path / "local"  # the lake's run history and reports (KABAR_LAKE_HOME)
    env = _env(KABAR_LAKE_DATA=str(tmp_path / "lake-data"), KABAR_LAKE_HOME=str(home))
    feed = _feed(tmp_path / "feed")

    def kabar(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(BIN / "kabar"), *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600
        )

    first = kabar("run", "--quiet", "--feed", str(feed), "--warehouse", lake)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "Traceback" not in first.stderr
    assert "articles" in first.stdout and "3 new" in first.stdout, first.stdout
    again = kabar("run", "--quiet", "--feed", str(feed), "--warehouse", lake)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "3 new" not in again.stdout, again.stdout  # the same files again: nothing new
    report = kabar("report", "--warehouse", lake, "--format", "json", "--fail-on", "never")
    assert report.returncode == 0, report.stderr
    assert '"checks"' in report.stdout or '"results"' in report.stdout, report.stdout[:500]
    assert (home / "lake.dagster" / "dagster.yaml").is_file()
    assert (home / "reports" / "lake.html").is_file()
    assert not list(tmp_path.glob("ducklake*")) and not (tmp_path / "reports").exists()
