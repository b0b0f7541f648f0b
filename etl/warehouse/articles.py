"""Storing built articles: the rows of articles, boilerplate, related links, credits and item rejections of a batch
of documents, with the documents marked parsed (or rejected) in the same transaction."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import duckdb

from etl.core.batch import BatchResult, build_parallel
from etl.core.pipeline import ArticleRecord
from etl.warehouse.batches import Pending, run_batches
from etl.warehouse.store import append, article_rows, known_article_ids

PENDING_DOCUMENTS = Pending(
    "documents", "doc_id, source_uri, raw", "status = 'parsed' AND parsed_at IS NULL", "source_uri"
)
BATCH_DOCS = 2000
ARTICLE_TABLES = ("articles", "boilerplate", "related_links", "credits")


@dataclass
class ArticleWriter:
    """Stores one BatchResult; `counts` adds up rows per table, documents read and failed, items already loaded."""

    run_id: str
    now: datetime
    counts: Counter[str] = field(default_factory=Counter)

    def __call__(self, con: duckdb.DuckDBPyConnection, result: BatchResult) -> int:
        records = new_items(con, result.records)
        self.counts["known_items"] += len(result.records) - len(records)
        tables = article_rows(records, self.run_id, self.now)
        tables["item_rejections"] = [{**item, "run_id": self.run_id} for item in result.rejected_items]
        for table, table_rows in tables.items():
            self.counts[table] += append(con, table, table_rows)
        done = {rec.doc_id for rec in result.records}
        for doc_id, reason in result.failed.items():
            con.execute(
                "UPDATE documents SET status = 'rejected', reject_reason = ?, parsed_at = ? WHERE doc_id = ?",
                [reason, self.now, doc_id],
            )
        # every document read is marked (one pass over documents per result), those that yielded no article too
        con.execute(
            "UPDATE documents SET parsed_at = ? WHERE doc_id IN (SELECT unnest(?)) AND parsed_at IS NULL",
            [self.now, result.doc_ids],
        )
        self.counts["failed"] += len(result.failed)
        self.counts["documents"] += len(done) + len(result.failed)
        return len(done) + len(result.failed)


def load_articles(
    con: duckdb.DuckDBPyConnection, run_id: str, now: datetime, progress: Callable[[int, int], None]
) -> Counter[str]:
    """Build and store the articles of every parsed document not read yet; the run's `articles_new` is set."""
    writer = ArticleWriter(run_id, now)
    total = PENDING_DOCUMENTS.count(con)
    batches = PENDING_DOCUMENTS.batches(con, BATCH_DOCS)
    run_batches(con, batches, build_parallel, writer, lambda done: progress(done, total))
    con.execute("UPDATE runs SET articles_new = ? WHERE run_id = ?", [writer.counts["articles"], run_id])
    return writer.counts


def new_items(con: duckdb.DuckDBPyConnection, records: Sequence[ArticleRecord]) -> list[ArticleRecord]:
    """Records whose article is not loaded yet: a feed file that grew, or a snapshot repeating items, brings its
    old items under the same article_id (their guid or URL), and those are not loaded again."""
    known = known_article_ids(con, [rec.article_id for rec in records])
    out = []
    for rec in records:
        if rec.article_id not in known:
            known.add(rec.article_id)
            out.append(rec)
    return out


def run_preview(con: duckdb.DuckDBPyConnection, run_id: str) -> list[tuple]:
    """The first articles this run loaded: outlet, title, dateline city, words, source."""
    return con.execute(
        "SELECT outlet, title, dateline_city, word_count, source_uri FROM articles WHERE run_id = ? "
        "ORDER BY source_uri LIMIT 10",
        [run_id],
    ).fetchall()


def spans_by_kind(con: duckdb.DuckDBPyConnection, run_id: str) -> list[tuple[str, int]]:
    """Boilerplate spans this run removed, per kind, most first."""
    return con.execute(
        "SELECT b.rule, count(*) FROM boilerplate b JOIN articles a USING (article_id) WHERE a.run_id = ? "
        "GROUP BY 1 ORDER BY 2 DESC",
        [run_id],
    ).fetchall()
