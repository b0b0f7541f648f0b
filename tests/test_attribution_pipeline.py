"""End to end: a fixture feed (written for Kabar) through the Dagster assets into sources, claims and language."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb
import pytest
from dagster_duckdb import DuckDBResource

from etl.defs.articles.assets import articles
from etl.defs.extraction.assets import attributions
from etl.defs.ingest.assets import documents
from etl.defs.resources import FeedResource

FEED = Path(__file__).resolve().parent / "fixtures" / "attribution" / "feed"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("extraction") / "kabar.duckdb"
    result = dg.materialize(
        [documents, articles, attributions],
        resources={
            "warehouse": DuckDBResource(database=str(path)),
            "feed": FeedResource(path=str(FEED), name="fixture"),
        },
    )
    assert result.success
    return path


def rows(path: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_language_is_set(warehouse: Path) -> None:
    found = dict(rows(warehouse, "SELECT regexp_extract(source_uri, '[^/]+$'), language FROM articles"))
    assert found == {"id_gudang.txt": "id", "en_vessel.txt": "en", "ms_sungai.txt": "ms"}


def test_sources_rows(warehouse: Path) -> None:
    found = set(
        rows(
            warehouse,
            "SELECT regexp_extract(a.source_uri, '[^/]+$'), s.name, s.kind "
            "FROM sources s JOIN articles a USING (article_id)",
        )
    )
    assert found == {
        ("id_gudang.txt", "Hendra Wijaya", "person"),
        ("id_gudang.txt", "saksi yang melihat kejadian", "anonymous"),
        ("id_gudang.txt", "Harian Pagi", "media"),
        ("en_vessel.txt", "company", "organization"),  # `the company said`: the body speaks
        ("en_vessel.txt", "Emma Clarke", "person"),
        ("en_vessel.txt", "a source familiar with the matter", "anonymous"),
        ("en_vessel.txt", "labor office", "government"),
        ("ms_sungai.txt", "Ahmad Razak", "person"),
        ("ms_sungai.txt", "sumber yang enggan dikenali", "anonymous"),
    }


def test_claims_rows(warehouse: Path) -> None:
    found = rows(
        warehouse,
        "SELECT c.part, c.sentence_no, c.attributed, c.source_name, c.explicitly_unverified, c.cues "
        "FROM claims c JOIN articles a USING (article_id) WHERE a.source_uri LIKE '%id_gudang.txt' "
        "ORDER BY CASE c.part WHEN 'title' THEN 0 WHEN 'lede' THEN 1 ELSE 2 END, c.sentence_no",
    )
    assert found == [
        ("title", 1, False, None, False, ["Dikabarkan"]),
        ("lede", 1, False, None, False, ["dilaporkan"]),
        ("body", 1, False, None, False, ["dilaporkan"]),
        ("body", 2, True, "Hendra Wijaya", False, ["diduga"]),
        ("body", 3, True, "Hendra Wijaya", False, ["masih mendalami"]),
        ("body", 4, True, "Hendra Wijaya", False, ["diperkirakan"]),
        ("body", 9, False, None, True, ["belum dapat dikonfirmasi"]),
    ]
    unverified = rows(
        warehouse,
        "SELECT regexp_extract(a.source_uri, '[^/]+$') FROM claims c JOIN articles a USING (article_id) "
        "WHERE c.explicitly_unverified ORDER BY 1",
    )
    assert unverified == [("en_vessel.txt",), ("id_gudang.txt",), ("ms_sungai.txt",)]


def test_sourcing_views(warehouse: Path) -> None:
    unattributed = rows(warehouse, "SELECT count(*) FROM unattributed_claims")[0][0]
    total = rows(warehouse, "SELECT count(*) FROM claims WHERE NOT attributed")[0][0]
    assert unattributed == total > 0
    no_named = rows(warehouse, "SELECT count(*) FROM articles_without_named_source")[0][0]
    assert no_named == 0


def test_parallel_extraction_matches_serial() -> None:
    from etl.core.attribution import attribute_parallel

    texts = [p.read_text(encoding="utf-8") for p in sorted(FEED.glob("*.txt"))]
    rows = [(f"a{i}", None, None, texts[i % len(texts)], None) for i in range(12)]
    serial = [r for chunk in attribute_parallel(rows, processes=1) for r in chunk]
    parallel = [r for chunk in attribute_parallel(rows, processes=2, min_parallel=4, chunk=4) for r in chunk]
    assert parallel == serial
    assert {att.language for _, att, _ in serial} == {"id", "en", "ms"}
    assert all(error is None for _, _, error in serial)
