"""Storing extraction results: the sources and claims of a batch of articles, with each article's language and
extraction mark set in the same transaction."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import duckdb

from etl.core.models import Attribution
from etl.core.parallel import workers
from etl.warehouse.batches import Pending, run_batches
from etl.warehouse.store import append, attribution_rows

PENDING_ARTICLES = Pending("articles", "article_id, title, lede, body, outlet", "extracted_at IS NULL", "article_id")
BATCH_ARTICLES = 4000

Extracted = Sequence[tuple[str, Attribution, str | None]]  # (article_id, attribution, error) per article


@dataclass
class AttributionWriter:
    """Stores one chunk of extraction results; `counts` adds up articles, sources, claims and errors."""

    now: datetime
    on_error: Callable[[str, str], None]  # (article_id, error) of an article the extraction failed on
    counts: Counter[str] = field(default_factory=Counter)

    def __call__(self, con: duckdb.DuckDBPyConnection, results: Extracted) -> int:
        tables: dict[str, list[dict]] = {"sources": [], "claims": []}
        for article_id, attribution, error in results:
            if error:
                self.counts["errors"] += 1
                self.on_error(article_id, error)
            for table, table_rows in attribution_rows(article_id, attribution).items():
                tables[table] += table_rows
        for table, table_rows in tables.items():
            self.counts[table] += append(con, table, table_rows)
        con.execute(
            "UPDATE articles SET language = l.language, extracted_at = $1 FROM "
            "(SELECT unnest($2) AS article_id, unnest($3) AS language) l "
            "WHERE articles.article_id = l.article_id",
            [self.now, [article_id for article_id, _, _ in results], [att.language for _, att, _ in results]],
        )
        self.counts["articles"] += len(results)
        return len(results)


def load_attributions(
    con: duckdb.DuckDBPyConnection,
    now: datetime,
    progress: Callable[[int, int], None],
    on_error: Callable[[str, str], None],
) -> Counter[str]:
    """Extract and store the sources and claims of every article not extracted yet, on worker processes."""
    writer = AttributionWriter(now, on_error)
    total = PENDING_ARTICLES.count(con)
    if not total:
        return writer.counts
    from etl.core.attribution import attribute_parallel  # only when there is work: it loads the cue rules

    batches = PENDING_ARTICLES.batches(con, BATCH_ARTICLES)
    run_batches(con, batches, lambda rows: attribute_parallel(rows, workers()), writer, lambda n: progress(n, total))
    return writer.counts


def source_kinds(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int]]:
    return con.execute("SELECT kind, count(*) FROM sources GROUP BY 1 ORDER BY 2 DESC").fetchall()


def unattributed_claims(con: duckdb.DuckDBPyConnection) -> int:
    return con.execute("SELECT count(*) FROM claims WHERE NOT attributed").fetchone()[0]
