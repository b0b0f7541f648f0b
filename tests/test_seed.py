"""The user's own example article, end to end through `kabar run`, with exact field values."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import corpus_path
from tests.test_cli import kabar


@pytest.fixture(scope="module")
def seed_warehouse(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    seed = corpus_path("dev", "raw", "tribunnews_seed.txt")
    root = tmp_path_factory.mktemp("seed")
    (root / "feed").mkdir()
    shutil.copy(seed, root / "feed" / seed.name)
    result = kabar("run", "--feed", str(root / "feed"), "--warehouse", str(root / "w.duckdb"), cwd=root)
    assert result.returncode == 0, result.stderr
    con = duckdb.connect(str(root / "w.duckdb"), read_only=True)
    yield con
    con.close()


def test_seed_metadata(seed_warehouse: duckdb.DuckDBPyConnection) -> None:
    row = seed_warehouse.execute(
        "SELECT source_uri, outlet, title, lede, editor, authors, dateline_city, published_at, language FROM articles"
    ).fetchall()
    assert len(row) == 1
    uri, outlet, title, lede, editor, authors, city, published, language = row[0]
    assert uri == "tribunnews_seed.txt"
    assert outlet == "Tribunnews"
    assert title == "Rusia Dikabarkan Minta Bantuan Militer kepada Korea Utara, Kim Jong Un Menolak"
    assert lede == (
        "Pemimpin Korea Utara Kim Jong Un dilaporkan telah menolak permintaan Presiden Rusia Vladimir Putin "
        "terkait bantuan militer di Ukraina"
    )
    assert editor == "Muhammad Zulfikar"
    assert authors == []
    assert city == "Jakarta"
    assert published is None
    assert language == "id"


def test_seed_body_and_removed_spans(seed_warehouse: duckdb.DuckDBPyConnection) -> None:
    body, words = seed_warehouse.execute("SELECT body, word_count FROM articles").fetchone()
    paragraphs = body.split("\n\n")
    assert paragraphs[0].startswith("Pemimpin Korea Utara Kim Jong Un dilaporkan telah menolak")
    assert paragraphs[-1].startswith("Dalam pernyataan resmi pertamanya tentang serangan Rusia")
    assert len(paragraphs) == 14
    assert words == len(body.split())
    for gone in ("Baca juga", "Editor:", "TRIBUNNEWS.COM", "Mariupol untuk Menyerah"):
        assert gone not in body
    for kept in ("Mengutip Mirror", "Laporan ini belum diverifikasi oleh sumber lain.", "Sarah Hurst"):
        assert kept in body
    removed = seed_warehouse.execute("SELECT line_no, rule, text FROM boilerplate ORDER BY line_no").fetchall()
    assert [(n, rule) for n, rule, _ in removed] == [
        (1, "title"),
        (2, "lede"),
        (3, "credit"),
        (4, "dateline"),
        (7, "related_link"),
        (17, "related_link"),
    ]
    assert removed[2][2] == "Editor: Muhammad Zulfikar"
    assert removed[3][2] == "TRIBUNNEWS.COM, JAKARTA -"
    links = seed_warehouse.execute("SELECT position, title FROM related_links ORDER BY position").fetchall()
    assert links == [
        (1, "Rusia Beri Batas Waktu Kota Mariupol untuk Menyerah, Ukraina Menolak"),
        (2, "Jenderal Rusia Kembali Dilaporkan Tewas di Tangan Tentara Ukraina"),
    ]


def test_seed_document_is_stored_exactly(seed_warehouse: duckdb.DuckDBPyConnection) -> None:
    raw, status = seed_warehouse.execute("SELECT raw, status FROM documents").fetchone()
    assert raw == Path(corpus_path("dev", "raw", "tribunnews_seed.txt")).read_bytes()
    assert status == "parsed"
