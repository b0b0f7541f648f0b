"""Flat memory: the loading stages (documents, articles, sources and claims) read the warehouse one bounded batch at
a time. Their real code runs on a real DuckDB whose every fetched result is counted: no query may bring back more
rows than a batch, however much the warehouse already holds."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from etl.core.feed import walk_feed
from etl.warehouse import articles as articles_stage
from etl.warehouse import documents as documents_stage
from etl.warehouse import extraction as extraction_stage
from etl.warehouse.articles import load_articles
from etl.warehouse.batches import run_batches
from etl.warehouse.documents import Arrival, DocumentLoader
from etl.warehouse.extraction import load_attributions
from etl.warehouse.store import open_warehouse
from tests.feedgen import write_generated_feed

BATCH = 4


class CountingConnection:
    """A DuckDB connection that remembers the largest result any query fetched (everything else is DuckDB's own)."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.largest = 0

    def execute(self, query: str, parameters: object = None) -> CountingConnection:
        self.con.execute(query, parameters) if parameters is not None else self.con.execute(query)
        return self

    def fetchall(self) -> list[tuple]:
        rows = self.con.fetchall()
        self.largest = max(self.largest, len(rows))
        return rows

    def fetchone(self) -> tuple | None:
        return self.con.fetchone()

    def __getattr__(self, name: str) -> object:
        return getattr(self.con, name)


def load(con: CountingConnection | duckdb.DuckDBPyConnection, feed: Path, run_id: str) -> Counter[str]:
    """The three loading stages, as their assets run them: the documents' counts, then `articles`, `sources`..."""
    now = datetime.now(UTC)
    loader = DocumentLoader(con, Arrival("test", run_id, now), [])  # type: ignore[arg-type]
    run_batches(con, [walk_feed(feed)], loader.read, loader.store)  # type: ignore[arg-type]
    counts = load_articles(con, run_id, now, lambda done, total: None)  # type: ignore[arg-type]
    extracted = load_attributions(con, now, lambda done, total: None, lambda aid, error: None)  # type: ignore[arg-type]
    return loader.counts + Counter({"articles": counts["articles"], "sources": extracted["sources"]})


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents_stage, "BATCH_FILES", BATCH)
    monkeypatch.setattr(articles_stage, "BATCH_DOCS", BATCH)
    monkeypatch.setattr(extraction_stage, "BATCH_ARTICLES", BATCH)
    monkeypatch.setenv("KABAR_WORKERS", "1")


@pytest.mark.usefixtures("small_batches")
def test_no_loading_stage_fetches_more_than_a_batch_of_a_full_warehouse(tmp_path: Path) -> None:
    stored = write_generated_feed(tmp_path / "stored", 30, seed=3)
    arriving = write_generated_feed(tmp_path / "arriving", 9, seed=4)
    with open_warehouse(tmp_path / "w.duckdb") as con:
        first = load(con, stored, "run-1")
        assert (first["parsed"], first["articles"]) == (30, 30)
        counting = CountingConnection(con)
        second = load(counting, arriving, "run-2")
        assert (second["parsed"], second["articles"]) == (9, 9)
        assert second["sources"] > 0
        # 30 + 9 articles, each feed's re-encoded copy (a duplicate), one empty upload (its twin is skipped)
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 30 + 9 + 2 + 1
        assert con.execute("SELECT count(*) FROM articles WHERE extracted_at IS NULL").fetchone()[0] == 0
        assert 0 < counting.largest <= BATCH, "a stage fetched more rows than one batch"


@pytest.mark.usefixtures("small_batches")
def test_batches_looked_up_in_the_warehouse_still_skip_known_files_and_spot_duplicates(tmp_path: Path) -> None:
    feed = write_generated_feed(tmp_path / "feed", 6, seed=5)
    first_file = feed / "desk00" / "artikel-00000.txt"
    with open_warehouse(tmp_path / "w.duckdb") as con:
        assert load(con, feed, "run-1")["parsed"] == 6
        # a second copy in a later batch, and the same text with Windows line endings: skipped, and a duplicate
        (feed / "zz-copy.txt").write_bytes(first_file.read_bytes())
        (feed / "zz-crlf.txt").write_bytes(first_file.read_bytes().replace(b"\n", b"\r\n"))
        counts = load(con, feed, "run-2")
        assert (counts["skipped"], counts["duplicate"], counts["parsed"]) == (9 + 1, 1, 0)
        reason = con.execute("SELECT reject_reason FROM documents WHERE source_uri = 'zz-crlf.txt'").fetchone()[0]
        first_uri = "copies/same-bytes.txt"  # the walk meets these bytes there first: the document's source_uri
        assert reason == f"same text as {first_uri} (different bytes: encoding, BOM or line endings)"
        copy = con.execute("SELECT doc_id FROM document_paths WHERE source_uri = 'zz-copy.txt'").fetchone()[0]
        assert copy == con.execute("SELECT doc_id FROM documents WHERE source_uri = ?", [first_uri]).fetchone()[0]
        assert con.execute("SELECT count(*) FROM document_paths").fetchone()[0] == 9 + 2
