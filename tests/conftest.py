"""Shared test fixtures: paths, a throw-away Dagster home, small feeds written by the tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
CORPUS = SHARED / "corpus"


def corpus_path(*parts: str) -> Path:
    """A path inside ../shared/corpus, skipping the test with a clear message where it is absent."""
    path = CORPUS.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"real corpus not available at {path} (internal test data lives in ../shared)")
    return path


@pytest.fixture(autouse=True, scope="session")
def _dagster_home(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Every test runs against a throw-away Dagster instance, never the project's .dagster_home."""
    home = tmp_path_factory.mktemp("dagster_home")
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    os.environ["DAGSTER_HOME"] = str(home)


def write_feed(root: Path, files: dict[str, bytes | str]) -> Path:
    """Write files (relative path -> content) under root; str content is written as UTF-8."""
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return root


TRIBUN_ARTICLE = """Jembatan Gantung Putus, Dua Desa di Lebak Dikabarkan Terisolasi
Jembatan gantung penghubung dua desa di Kabupaten Lebak dilaporkan putus diterjang arus sungai
Editor: Galih Permana
TRIBUNNEWS.COM, LEBAK - Jembatan gantung penghubung dua desa di Kabupaten Lebak dilaporkan putus diterjang arus sungai.
Camat Cibeber Asep Mulyana mengatakan warga kini harus memutar sejauh 12 kilometer.
Baca juga: Hujan Deras Picu Longsor di Tiga Kecamatan Lebak
Pemerintah kabupaten menyatakan jembatan darurat akan dibangun pekan depan.
"""

KOMPAS_ONE_LINE = (
    "SEMARANG,&amp;nbsp;KOMPAS.com&amp;nbsp;- Dinas Kesehatan Jawa Tengah mencatat 320 kasus demam berdarah "
    "sepanjang Februari. Kepala Dinas Kesehatan, Yuni Astuti, mengatakan angka itu naik dibanding bulan lalu. "
    "Baca juga: Fogging Massal Digelar di Lima Kelurahan Semarang &amp;ldquo;Warga kami minta rajin menguras "
    "bak mandi,&amp;rdquo; kata Yuni. (Penulis Bima Saputra | Editor Rini Handayani)"
)


@pytest.fixture(scope="session")
def pg():
    """A throwaway PostgreSQL cluster (tests/postgres.py); skipped where none can start, unless
    KABAR_REQUIRE_POSTGRES is set (CI), where that is a failure."""
    from tests import postgres

    reason = postgres.unavailable_reason()
    if reason and os.environ.get("KABAR_REQUIRE_POSTGRES"):
        pytest.fail(f"KABAR_REQUIRE_POSTGRES is set but {reason}")
    if reason:
        pytest.skip(reason)
    with postgres.cluster() as cluster:
        yield cluster
