"""The asset graph materialised with Dagster against a temporary warehouse: ingest, incrementality, rejects."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from dagster_duckdb import DuckDBResource

from etl.cli.runner import ProgressFollower, graph_definitions, load_definitions
from etl.defs.resources import FeedResource
from tests.conftest import KOMPAS_ONE_LINE, TRIBUN_ARTICLE, write_feed


def materialize(feed: Path, warehouse: Path, progress: list | None = None) -> dg.ExecuteInProcessResult:
    """The whole graph; `progress` receives (stage, done, total) of every progress event the run logged."""
    instance = dg.DagsterInstance.ephemeral()
    result = dg.materialize(
        graph_definitions(),
        resources={
            "warehouse": DuckDBResource(database=str(warehouse)),
            "feed": FeedResource(path=str(feed), name="test"),
        },
        instance=instance,
    )
    if progress is not None:
        ProgressFollower(instance, result.run_id, lambda *event: progress.append(event))()
    return result


def rows(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    return write_feed(
        tmp_path / "feed",
        {
            "tribun/jembatan.txt": TRIBUN_ARTICLE,
            "kompas/dbd.txt": KOMPAS_ONE_LINE,
            "broken/empty.txt": b"   \n",
            "broken/scan.pdf": b"%PDF-1.4 binary\x00\x01",
        },
    )


def test_graph_loads_documents_and_articles(feed: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    progress: list = []
    result = materialize(feed, warehouse, progress)
    assert result.success
    docs = dict(rows(warehouse, "SELECT source_uri, status FROM documents"))
    assert docs == {
        "tribun/jembatan.txt": "parsed",
        "kompas/dbd.txt": "parsed",
        "broken/empty.txt": "rejected",
        "broken/scan.pdf": "rejected",
    }
    arts = {
        r[0]: r[1:] for r in rows(warehouse, "SELECT source_uri, outlet, dateline_city, editor, authors FROM articles")
    }
    assert arts["tribun/jembatan.txt"] == ("Tribunnews", "Lebak", "Galih Permana", [])
    assert arts["kompas/dbd.txt"] == ("Kompas", "Semarang", "Rini Handayani", ["Bima Saputra"])
    stages = {stage for stage, _, _ in progress}
    assert {"documents", "articles"} <= stages
    materialized = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert {
        "documents",
        "articles",
        "boilerplate",
        "related_links",
        "sources",
        "claims",
        "search_index",
    } <= materialized


def test_rejected_documents_are_kept_with_reason_and_exact_bytes(feed: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    assert materialize(feed, warehouse).success
    raw, reason, doc_id = rows(
        warehouse, "SELECT raw, reject_reason, doc_id FROM documents WHERE source_uri = 'broken/scan.pdf'"
    )[0]
    assert raw == (feed / "broken/scan.pdf").read_bytes()
    assert doc_id == hashlib.sha256(raw).hexdigest()
    assert "unsupported format 'pdf'" in reason
    empty_reason = rows(warehouse, "SELECT reject_reason FROM documents WHERE source_uri = 'broken/empty.txt'")[0][0]
    assert empty_reason.startswith("empty document")
    assert rows(warehouse, "SELECT count(*) FROM articles WHERE source_uri LIKE 'broken/%'") == [(0,)]


def test_second_run_adds_nothing(feed: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    assert materialize(feed, warehouse).success
    before = rows(
        warehouse,
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM articles), (SELECT count(*) FROM boilerplate)",
    )
    ids_before = rows(warehouse, "SELECT article_id FROM articles ORDER BY 1")
    assert materialize(feed, warehouse).success
    after = rows(
        warehouse,
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM articles), (SELECT count(*) FROM boilerplate)",
    )
    assert after == before
    assert rows(warehouse, "SELECT article_id FROM articles ORDER BY 1") == ids_before
    runs = rows(warehouse, "SELECT documents_new, documents_skipped FROM runs ORDER BY started_at")
    assert runs == [(4, 0), (0, 4)]


def test_new_file_in_later_run_is_added_incrementally(feed: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    assert materialize(feed, warehouse).success
    write_feed(feed, {"tribun/kedua.txt": TRIBUN_ARTICLE.replace("Lebak", "Pandeglang")})
    assert materialize(feed, warehouse).success
    assert rows(warehouse, "SELECT count(*) FROM articles") == [(3,)]
    assert rows(warehouse, "SELECT documents_new FROM runs ORDER BY started_at DESC LIMIT 1") == [(1,)]


def test_same_text_in_other_encoding_is_a_duplicate_and_copies_are_recorded(tmp_path: Path) -> None:
    text = "Harga gula pasir naik menjadi Rp 18.000 per kilogram, kata pedagang di pasar.\n"
    feed = write_feed(
        tmp_path / "feed",
        {
            "a/gula.txt": text,
            "b/gula-bom.txt": codecs.BOM_UTF8 + text.encode("utf-8"),
            "c/gula-copy.txt": text,
        },
    )
    warehouse = tmp_path / "w.duckdb"
    assert materialize(feed, warehouse).success
    docs = dict(rows(warehouse, "SELECT source_uri, status FROM documents"))
    assert docs == {"a/gula.txt": "parsed", "b/gula-bom.txt": "duplicate"}
    reason = rows(warehouse, "SELECT reject_reason FROM documents WHERE status = 'duplicate'")[0][0]
    assert "a/gula.txt" in reason
    paths = sorted(r[0] for r in rows(warehouse, "SELECT source_uri FROM document_paths"))
    assert paths == ["a/gula.txt", "b/gula-bom.txt", "c/gula-copy.txt"]


def test_cp1252_document_is_decoded(tmp_path: Path) -> None:
    text = "\u201cKami siap,\u201d kata pelatih \u2013 yang baru tiba \u2013 kepada wartawan di Bandung.\n"
    feed = write_feed(tmp_path / "feed", {"x.txt": text.encode("cp1252")})
    warehouse = tmp_path / "w.duckdb"
    assert materialize(feed, warehouse).success
    assert rows(warehouse, "SELECT encoding FROM documents") == [("cp1252",)]
    assert rows(warehouse, "SELECT body FROM articles") == [(text.strip(),)]


def test_missing_feed_folder_fails_the_run(tmp_path: Path) -> None:
    defs = load_definitions()
    with pytest.raises(dg.Failure, match="feed folder not found"):
        dg.materialize(
            [defs.get_assets_def("documents")],
            resources={
                "warehouse": DuckDBResource(database=str(tmp_path / "w.duckdb")),
                "feed": FeedResource(path=str(tmp_path / "nope")),
            },
            instance=dg.DagsterInstance.ephemeral(),
        )
