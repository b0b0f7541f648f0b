"""The warehouse as a DuckLake with its catalog in a real PostgreSQL: schema, views, and parallel writers."""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from etl.warehouse import lake
from etl.warehouse.migrate import latest_version, migrate
from etl.warehouse.store import append
from tests import postgres

pytestmark = pytest.mark.slow

ARTICLE = (
    "JAKARTA, KOMPAS.com - Pemerintah Kota {city} menambah {n} armada bus listrik mulai pekan depan.\n"
    '"Kami ingin warga beralih ke angkutan umum," kata Kepala Dinas Perhubungan {city}, Rina Wulandari.\n'
    "Baca juga: Tarif Bus Listrik Naik Mulai Januari\n"
)
BATCH = 8


@pytest.fixture
def lake_env(pg, tmp_path, monkeypatch):
    """KABAR_LAKE_DATA in a temporary folder and a fresh catalog schema-less database per test."""
    monkeypatch.setenv("KABAR_LAKE_DATA", str(tmp_path / "lake-data"))
    (tmp_path / "lake-data").mkdir()
    name = f"lake_{os.getpid()}_{abs(hash(str(tmp_path))) % 10**8}"
    return f"ducklake:postgres:{postgres.create_database(pg, name)}"


def test_schema_and_views_apply_on_the_lake(lake_env, tmp_path):
    con = lake.connect(lake_env)
    try:
        assert lake.is_lake_connection(con)
        assert migrate(con) == latest_version()
        assert migrate(con) == latest_version()  # idempotent: nothing re-applied
        tables = {
            r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = 'lake'").fetchall()
        }
        assert {"documents", "articles", "sources", "claims", "quality_flags", "dq_results", "runs"} <= tables
        views = {
            r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE database_name = 'lake'").fetchall()
        }
        assert "articles_overview" in views
        con.execute("SELECT * FROM articles_overview").fetchall()
        versions = con.execute("SELECT count(*) FROM schema_version").fetchone()[0]
        assert versions == latest_version()
    finally:
        con.close()
    assert list((tmp_path / "lake-data").rglob("*.parquet")) == []  # empty tables write no data files yet


def test_lake_without_data_path_says_what_to_set(lake_env, monkeypatch):
    monkeypatch.delenv("KABAR_LAKE_DATA")
    with pytest.raises(lake.LakeConfigError, match="KABAR_LAKE_DATA"):
        lake.connect(lake_env)


def test_lake_ddl_drops_only_constraints():
    sql = (
        "CREATE TABLE t (\n    id VARCHAR PRIMARY KEY,\n    s VARCHAR NOT NULL CHECK (s IN ('a', 'b')),\n"
        "    n INTEGER,\n    PRIMARY KEY (id, n)\n);"
    )
    assert lake.lake_ddl(sql) == "CREATE TABLE t (\n    id VARCHAR,\n    s VARCHAR NOT NULL,\n    n INTEGER\n);"


def _writer(target: str, data_path: str, worker: int, files: list[str], start) -> None:
    """One ingest worker: its files as documents and document_paths, one transaction per batch of BATCH files."""
    os.environ["KABAR_LAKE_DATA"] = data_path
    con = lake.connect(target)
    con.execute("SET ducklake_max_retry_count = 100")
    start.wait()
    now = datetime.now(UTC)
    for i in range(0, len(files), BATCH):
        docs, paths = [], []
        for name in files[i : i + BATCH]:
            raw = Path(name).read_bytes()
            doc_id = hashlib.sha256(raw).hexdigest()
            docs.append(
                {
                    "doc_id": doc_id,
                    "source_uri": Path(name).name,
                    "feed": f"w{worker}",
                    "format": "text",
                    "received_at": now,
                    "byte_size": len(raw),
                    "raw": raw,
                    "status": "parsed",
                    "run_id": f"run-{worker}",
                }
            )
            paths.append(
                {
                    "doc_id": doc_id,
                    "source_uri": Path(name).name,
                    "feed": f"w{worker}",
                    "seen_at": now,
                    "run_id": f"run-{worker}",
                }
            )
        con.execute("BEGIN TRANSACTION")
        append(con, "documents", docs)
        append(con, "document_paths", paths)
        con.execute("COMMIT")
    con.close()


def _reader(target: str, data_path: str, stop, out) -> None:
    """Reads while the writers write: every snapshot must hold whole batches, documents matching their paths."""
    os.environ["KABAR_LAKE_DATA"] = data_path
    con = lake.connect(target, read_only=True)
    seen = []
    while not stop.is_set() or len(seen) < 3:
        con.execute("BEGIN TRANSACTION")  # both counts from one snapshot
        docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        paths = con.execute("SELECT count(*) FROM document_paths").fetchone()[0]
        con.execute("COMMIT")
        seen.append((docs, paths))
    con.close()
    out.put(seen)


def test_two_ingest_batches_in_parallel_lose_and_duplicate_nothing(lake_env, tmp_path):
    con = lake.connect(lake_env)
    migrate(con)  # the schema first, once; the writers only append
    con.close()
    per_worker = 48
    files: dict[int, list[str]] = {}
    for w in (1, 2):
        folder = tmp_path / f"feed{w}"
        folder.mkdir()
        files[w] = []
        for k in range(per_worker):
            path = folder / f"{k:03d}.txt"
            path.write_text(ARTICLE.format(city=("Bandung", "Medan")[w - 1], n=w * 1000 + k), encoding="utf-8")
            files[w].append(str(path))
    data_path = os.environ["KABAR_LAKE_DATA"]
    ctx = mp.get_context("spawn")
    start, stop, out = ctx.Event(), ctx.Event(), ctx.Queue()
    writers = [ctx.Process(target=_writer, args=(lake_env, data_path, w, files[w], start)) for w in (1, 2)]
    reader = ctx.Process(target=_reader, args=(lake_env, data_path, stop, out))
    for p in (*writers, reader):
        p.start()
    start.set()
    for p in writers:
        p.join(timeout=300)
        assert p.exitcode == 0, "a writer failed"
    stop.set()
    snapshots = out.get(timeout=120)
    reader.join(timeout=60)
    assert reader.exitcode == 0

    con = lake.connect(lake_env, read_only=True)
    try:
        total, distinct = con.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchone()
        by_feed = dict(con.execute("SELECT feed, count(*) FROM documents GROUP BY feed").fetchall())
        paths = con.execute("SELECT count(*) FROM document_paths").fetchone()[0]
        ids = {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}
    finally:
        con.close()
    con = lake.connect(lake_env)
    try:  # small commits are inlined in the catalog; flushing writes them out as Parquet under KABAR_LAKE_DATA
        con.execute("CALL ducklake_flush_inlined_data('lake')")
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2 * per_worker
    finally:
        con.close()
    expected = {hashlib.sha256(Path(f).read_bytes()).hexdigest() for w in (1, 2) for f in files[w]}
    assert (total, distinct, paths) == (2 * per_worker, 2 * per_worker, 2 * per_worker)
    assert by_feed == {"w1": per_worker, "w2": per_worker}
    assert ids == expected
    assert all(docs == paths and docs % BATCH == 0 for docs, paths in snapshots), snapshots
    assert snapshots == sorted(snapshots)  # a reader never sees rows disappear
    assert list(Path(data_path).rglob("*.parquet")), "the lake's data are Parquet files under KABAR_LAKE_DATA"


def test_whole_graph_runs_on_the_lake_and_a_rerun_adds_nothing(lake_env, tmp_path, monkeypatch):
    import dagster as dg
    from dagster_duckdb import DuckDBResource

    from etl.cli.runner import QUIET_LOGS
    from etl.defs.resources import FeedResource
    from tests.fixtures.quality.crafted import FEED, graph_assets, write_feed

    monkeypatch.setenv("KABAR_DATA_DOCS", str(tmp_path / "docs"))
    feed = write_feed(tmp_path / "feed", FEED)
    counts = []
    for _ in range(2):
        result = dg.materialize(
            graph_assets(),
            resources={
                "warehouse": DuckDBResource(database=lake_env),
                "feed": FeedResource(path=str(feed), name="crafted"),
            },
            instance=dg.DagsterInstance.ephemeral(),
            raise_on_error=False,
            run_config=QUIET_LOGS,
        )
        assert result.success, [e.step_key for e in result.all_events if e.is_step_failure]
        search = result.asset_materializations_for_node("search_index")[0].metadata
        assert search["skipped"].value == "DuckLake warehouse: no FTS index"
        con = lake.connect(lake_env, read_only=True)
        try:
            counts.append(
                con.execute(
                    "SELECT (SELECT count(*) FROM documents), (SELECT count(DISTINCT doc_id) FROM documents), "
                    "(SELECT count(*) FROM articles), (SELECT count(*) FROM runs)"
                ).fetchone()
            )
        finally:
            con.close()
    (docs, distinct, articles, runs), again = counts
    assert docs == distinct > 0 and articles > 0 and runs == 1
    assert again == (docs, distinct, articles, 2)
