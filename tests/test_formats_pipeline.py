"""Formats through the whole asset graph: a grown feed adds only its new items; rejected records are visible;
the real feeds and exports in ../shared/corpus load (skipped where absent)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from etl.core.pipeline import Rejected, build_articles, read_document
from etl.rules.records import PLACEHOLDER
from tests.conftest import corpus_path, write_feed
from tests.test_formats import ITEMS, rss
from tests.test_pipeline import materialize, rows

GROWN = [("tol", "Tol Macet Panjang", "Antrean kendaraan di tol mengular hingga 10 kilometer."), *ITEMS]


def test_grown_feed_adds_only_new_items(tmp_path: Path) -> None:
    feed, warehouse = tmp_path / "feed", tmp_path / "w.duckdb"
    write_feed(feed, {"kabarku/latest.rss": rss(ITEMS)})
    assert materialize(feed, warehouse).success
    first = dict(rows(warehouse, "SELECT url, article_id FROM articles"))
    assert len(first) == 2
    write_feed(feed, {"kabarku/latest.rss": rss(GROWN)})  # the same file, grown by one item at the top
    assert materialize(feed, warehouse).success
    after = dict(rows(warehouse, "SELECT url, article_id FROM articles"))
    assert len(after) == 3 and {u: after[u] for u in first} == first
    assert rows(warehouse, "SELECT count(*), count(DISTINCT doc_id) FROM documents WHERE status = 'parsed'") == [(2, 2)]
    # a snapshot of the same feed under another name brings nothing new either
    write_feed(feed, {"kabarku/snapshot-2024-01-16.rss": rss(GROWN[:2])})
    assert materialize(feed, warehouse).success
    assert rows(warehouse, "SELECT count(*) FROM articles") == [(3,)]
    formats = rows(warehouse, "SELECT DISTINCT format FROM documents")
    assert formats == [("rss",)]


def test_formats_load_side_by_side_with_rejections_visible(tmp_path: Path) -> None:
    from tests.test_formats import CSV, FIXTURES, XXE

    feed, warehouse = tmp_path / "feed", tmp_path / "w.duckdb"
    write_feed(
        feed,
        {
            "pages/banjir.html": (FIXTURES / "page_id.html").read_bytes(),
            "exports/export.csv": CSV,
            "exports/dump.jsonl": '{"title": "A", "content": "Isi berita A.", "date": "2099-01-01T00:00:00Z"}\n'
            '{oops\n{"title": "B", "content": "Isi berita B.", "tanggal": "3/1/1985"}\n',
            "feeds/evil.xml": XXE,
        },
    )
    assert materialize(feed, warehouse).success
    sql = "SELECT d.format, count(*) FROM articles a JOIN documents d USING (doc_id) GROUP BY 1"
    by_format = dict(rows(warehouse, sql))
    assert by_format == {"html": 1, "csv": 4, "jsonl": 2}
    rejected = rows(warehouse, "SELECT source_uri, format, item_key, reason FROM rejected_items ORDER BY 1")
    assert [(r[0], r[1], r[2]) for r in rejected] == [
        ("exports/dump.jsonl", "jsonl", "line 2"),
        ("exports/export.csv", "csv", "row 3"),
    ]
    evil = rows(warehouse, "SELECT status, format, reject_reason FROM documents WHERE source_uri = 'feeds/evil.xml'")
    assert evil[0][:2] == ("rejected", "rss") and "external entity" in evil[0][2]
    # dates in the future or before 1990 are kept and flagged
    flags = rows(
        warehouse,
        "SELECT a.title, a.published_at IS NOT NULL, q.check_name FROM quality_flags q JOIN articles a "
        "USING (article_id) WHERE q.check_name LIKE 'published_i%' ORDER BY 1",
    )
    assert flags == [("A", True, "published_in_future"), ("B", True, "published_implausible")]
    spans = rows(warehouse, "SELECT rule_name FROM boilerplate WHERE rule_name LIKE 'html.%' ORDER BY 1")
    assert ("html.related",) in spans and ("html.share",) in spans


def _items(path: Path) -> int:
    data = path.read_bytes()
    return data.count(b"<item>") + data.count(b"<item ") + data.count(b"<entry>") + data.count(b"<entry ")


@pytest.mark.corpus
def test_every_real_feed_file_loads_or_is_rejected_with_a_reason(tmp_path: Path) -> None:
    root = corpus_path("feeds")
    warehouse = tmp_path / "w.duckdb"
    assert materialize(root, warehouse).success
    docs = rows(
        warehouse,
        "SELECT p.source_uri, d.status, d.reject_reason, d.doc_id FROM document_paths p "
        "JOIN documents d USING (doc_id)",
    )
    assert len(docs) == sum(1 for p in root.rglob("*") if p.is_file() and not p.name.startswith("."))
    for uri, status, reason, _ in docs:
        if status == "rejected":
            assert reason and len(reason) > 20, uri
    # every item of every parsed feed is an article: by its guid or link, once, whichever snapshot brought it
    loaded = {r[0] for r in rows(warehouse, "SELECT article_id FROM articles")}
    for uri, status, _, _ in docs:
        if status != "parsed":
            continue
        path = root / uri
        read = read_document(uri, path.read_bytes())
        ids = {r.article_id for r in build_articles("x", uri, read)}
        assert len(read.articles) == _items(path), uri  # no good item lost
        assert ids <= loaded, uri


@pytest.mark.corpus
def test_malformed_real_feeds_are_named_in_rejections(tmp_path: Path) -> None:
    root = corpus_path("feeds")
    for path in sorted(root.rglob("*.*")):
        if path.suffix not in (".rss", ".xml", ".atom"):
            continue
        try:
            read = read_document(path.name, path.read_bytes())
        except Rejected as exc:
            assert str(exc), path
            continue
        assert read.format in ("rss", "atom")


@pytest.mark.corpus
def test_real_exports_load_every_row_with_title_url_date_and_author(tmp_path: Path) -> None:
    root = corpus_path("exports")
    warehouse = tmp_path / "w.duckdb"
    assert materialize(root, warehouse).success
    for path in sorted(root.glob("*.csv")):
        source = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
        got = rows(
            warehouse,
            "SELECT item_key, title, url, published_at, published_raw, authors FROM articles WHERE source_uri = ? "
            "ORDER BY CAST(item_key AS INTEGER)",
            [path.name],
        )
        assert len(got) == len(source), path.name
        for (key, title, url, published, raw, authors), row in zip(got, source, strict=True):
            assert key.isdigit()
            assert title == " ".join(row["Title"].split())
            assert url == row["Url"].strip()
            if PLACEHOLDER.fullmatch(row["Date"].strip()) or not row["Date"].strip():
                assert published is None and raw is None  # `Tanggal tidak ditemukan`: no date, not a bad one
            else:
                assert raw == row["Date"].strip() and published is not None, row["Date"]
            named = [n.strip() for n in row["Author"].split(",") if n.strip()]
            assert PLACEHOLDER.fullmatch(row["Author"].strip()) or all(n in authors for n in named), row["Author"]
    assert rows(warehouse, "SELECT count(*) FROM item_rejections") == [(0,)]


def test_feed_reader_options_map_unusual_columns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`[feeds.NAME.options]` of kabar.toml reaches the readers: unusual CSV columns are mapped."""
    import json

    import dagster as dg
    from dagster_duckdb import DuckDBResource

    from etl.cli.runner import graph_definitions
    from etl.config import FeedConfig
    from etl.defs.resources import FeedResource
    from etl.formats.records import FIELDS_ENV, ZONE_ENV

    monkeypatch.delenv(FIELDS_ENV, raising=False)
    monkeypatch.delenv(ZONE_ENV, raising=False)
    feed, warehouse = tmp_path / "feed", tmp_path / "w.duckdb"
    write_feed(feed, {"ekspor.csv": "Kepala;Naskah;Alamat\nJembatan Dibuka;Jembatan baru di desa itu dibuka Senin.;"
                      "https://kabarku.example/j\n"})
    options = {"fields": {"title": "Kepala", "body": "Naskah", "url": "Alamat"}}
    config = FeedConfig(name="ekspor", path=feed, label="ekspor", options=options).resource_config()
    assert json.loads(config["options"]) == options
    result = dg.materialize(
        graph_definitions(),
        resources={
            "warehouse": DuckDBResource(database=str(warehouse)),
            "feed": FeedResource(**config),
        },
        instance=dg.DagsterInstance.ephemeral(),
    )
    assert result.success
    assert rows(warehouse, "SELECT title, url FROM articles") == [("Jembatan Dibuka", "https://kabarku.example/j")]
