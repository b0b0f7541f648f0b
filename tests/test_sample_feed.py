"""The bundled sample feed (written for the project) loads with the metadata each file was written to show."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO
from tests.test_pipeline import materialize

EXPECTED = {
    # source_uri: (outlet, dateline_city, editor, authors)
    "tribunnews/banjir-bekasi.txt": ("Tribunnews", "Bekasi", "Ratna Kusumawati", []),
    "tribunnews/damaged-sekolah.txt": ("Tribunnews", "Surabaya", None, ["Yusuf Hidayat"]),
    "kompas/subsidi-listrik.txt": ("Kompas", "Bandung", "Sari Lestari", ["Andi Pratama"]),
    "kompas/kereta-bom.txt": ("Kompas", "Jakarta", None, []),
    "tempo/suap-terminal.txt": ("Tempo", "Jakarta", None, []),
    "surya/persebaya.txt": ("Surya", "Surabaya", None, []),
    "reuters/kenya-rates.txt": ("Reuters", "Nairobi", "Mark Hollis", ["Anne Mwangi", "Peter Otieno"]),
    "bernama/banjir-kelantan.txt": ("Bernama", "Kota Bharu", None, []),
    "detik/harga-beras.txt": (None, None, None, []),
    "cnnindonesia/timnas.txt": (None, None, None, []),
    "blogs/council-vote.txt": (None, None, None, []),
    "misc/cabai-cp1252.txt": (None, None, None, []),
}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    warehouse = tmp_path_factory.mktemp("sample") / "w.duckdb"
    assert materialize(REPO / "samples" / "feed", warehouse).success
    con = duckdb.connect(str(warehouse), read_only=True)
    yield con
    con.close()


def test_sample_metadata(sample: duckdb.DuckDBPyConnection) -> None:
    got = {
        r[0]: tuple(r[1:])
        for r in sample.execute("SELECT source_uri, outlet, dateline_city, editor, authors FROM articles").fetchall()
    }
    for uri, expected in EXPECTED.items():
        assert got[uri] == expected, uri


def test_sample_rejects_and_encodings(sample: duckdb.DuckDBPyConnection) -> None:
    docs = {r[0]: r[1:] for r in sample.execute("SELECT source_uri, status, encoding FROM documents").fetchall()}
    assert docs["misc/empty-upload.txt"][0] == "rejected"
    assert docs["misc/cabai-cp1252.txt"] == ("parsed", "cp1252")
    assert docs["kompas/kereta-bom.txt"] == ("parsed", "utf-8-sig")


def test_sample_bodies_are_clean(sample: duckdb.DuckDBPyConnection) -> None:
    for uri, body in sample.execute("SELECT source_uri, body FROM articles").fetchall():
        for marker in (
            "Baca juga",
            "ADVERTISEMENT",
            "SCROLL TO CONTINUE",
            "[Gambas",
            "&nbsp;",
            "&amp;",
            "Telegram",
            "Pilihan Editor",
            "Featured image",
            "Reporting by",
            "Artikel ini telah tayang",
        ):
            assert marker not in body, (uri, marker)
    assert Path(REPO / "samples" / "feed").is_dir()
