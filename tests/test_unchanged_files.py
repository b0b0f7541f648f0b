"""A re-run skips feed files unchanged since their last read (size, modification time, inode) without reading them,
as make and rsync do; a file whose stat changed is read again, KABAR_REHASH reads every file, and a record whose
document is gone no longer counts. Real files, a real DuckDB warehouse."""

from __future__ import annotations

import os
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from etl.core.feed import walk_feed
from etl.warehouse.batches import run_batches
from etl.warehouse.documents import Arrival, DocumentLoader
from etl.warehouse.store import open_warehouse

STORY = "Judul Berita Uji {n}\nJAKARTA, KABARKU.com - Warga Desa Uji {n} menanam padi pada Senin pagi.\n"


def ingest(con: duckdb.DuckDBPyConnection, feed: Path, run_id: str, rehash: bool = False) -> Counter[str]:
    loader = DocumentLoader(con, Arrival("test", run_id, datetime.now(UTC)), [], feed_root=str(feed), rehash=rehash)
    run_batches(con, [walk_feed(feed)], loader.read, loader.store)
    return loader.counts


def rewrite_keeping_stat(path: Path, text: str) -> None:
    """New bytes of the same length written in place, the modification time put back: a stat cannot tell."""
    before = path.stat()
    assert len(text.encode()) == before.st_size
    with open(path, "r+b") as handle:
        handle.write(text.encode())
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns, path.stat().st_ino) == (
        before.st_size,
        before.st_mtime_ns,
        before.st_ino,
    )


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    folder = tmp_path / "feed"
    folder.mkdir()
    for n in range(3):
        (folder / f"story-{n}.txt").write_text(STORY.format(n=n), encoding="utf-8")
    return folder


def test_unchanged_files_are_skipped_unread_and_changed_ones_are_read(feed: Path, tmp_path: Path) -> None:
    with open_warehouse(tmp_path / "w.duckdb") as con:
        assert ingest(con, feed, "run-1")["parsed"] == 3
        assert con.execute("SELECT count(*) FROM file_stats").fetchone()[0] == 3

        # same stat, other bytes: the re-run trusts the stat and does not read the file
        rewrite_keeping_stat(feed / "story-0.txt", STORY.format(n=7))
        assert ingest(con, feed, "run-2") == Counter({"skipped": 3})

        # a new modification time: the file is read, and its new bytes are a new document
        os.utime(feed / "story-0.txt", ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
        assert ingest(con, feed, "run-3") == Counter({"parsed": 1, "skipped": 2})
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 4
        assert con.execute("SELECT count(*) FROM file_stats").fetchone()[0] == 3  # one record per path


def test_rehash_reads_every_file_again(feed: Path, tmp_path: Path) -> None:
    with open_warehouse(tmp_path / "w.duckdb") as con:
        ingest(con, feed, "run-1")
        rewrite_keeping_stat(feed / "story-1.txt", STORY.format(n=8))
        assert ingest(con, feed, "run-2", rehash=True) == Counter({"parsed": 1, "skipped": 2})


def test_a_record_counts_only_while_its_document_is_stored(feed: Path, tmp_path: Path) -> None:
    with open_warehouse(tmp_path / "w.duckdb") as con:
        ingest(con, feed, "run-1")
        con.execute("DELETE FROM documents WHERE source_uri = 'story-2.txt'")
        assert ingest(con, feed, "run-2") == Counter({"parsed": 1, "skipped": 2})


def test_records_are_per_feed_folder(feed: Path, tmp_path: Path) -> None:
    """The same relative path under another feed folder is another file: it is read (and found a known document)."""
    other = tmp_path / "other"
    other.mkdir()
    for path in feed.iterdir():
        (other / path.name).write_bytes(path.read_bytes())
    with open_warehouse(tmp_path / "w.duckdb") as con:
        ingest(con, feed, "run-1")
        assert ingest(con, other, "run-2") == Counter({"skipped": 3})
        assert con.execute("SELECT count(DISTINCT feed_root) FROM file_stats").fetchone()[0] == 2
