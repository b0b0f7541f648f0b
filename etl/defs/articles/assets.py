"""Articles: each parsed document split into articles, cleaned and normalised, with what was removed."""

from datetime import UTC, datetime

import dagster as dg
from dagster_duckdb import DuckDBResource

from etl.defs.progress import StageProgress
from etl.defs.resources import FeedResource, warehouse_connection
from etl.defs.specs import md_table, table_result, table_spec
from etl.settings import WRITER_POOL
from etl.warehouse.articles import ARTICLE_TABLES, load_articles, run_preview, spans_by_kind
from etl.warehouse.batches import row_counts

_DOCS = ["documents"]


@dg.multi_asset(
    specs=[
        table_spec(
            "articles",
            "articles",
            "One row per article: title, lede, editor, authors, outlet, dateline city, clean body.",
            _DOCS,
        ),
        table_spec(
            "boilerplate",
            "articles",
            "Every span removed from a body, with its kind and the named rule that removed it.",
            _DOCS,
        ),
        table_spec(
            "related_links",
            "articles",
            "Related-article headlines found in teasers (Baca juga, Pilihan Editor, Read more).",
            _DOCS,
        ),
        table_spec(
            "credits", "articles", "Credit lines and fragments, and whether names could be read from them.", _DOCS
        ),
    ],
    pool=WRITER_POOL,
)
def articles(context: dg.AssetExecutionContext, warehouse: DuckDBResource, feed: FeedResource):
    feed.apply_reader_options()
    run_id = context.run.run_id
    with warehouse_connection(warehouse) as con:
        counts = load_articles(con, run_id, datetime.now(UTC), StageProgress(context, "articles"))
        totals = row_counts(con, ARTICLE_TABLES)
        preview = run_preview(con, run_id)
        by_rule = spans_by_kind(con, run_id)
    yield table_result(
        "articles",
        totals,
        new_articles=counts["articles"],
        documents_read=counts["documents"],
        documents_failed=counts["failed"],
        items_already_loaded=counts["known_items"],
        items_rejected=counts["item_rejections"],
        preview=md_table(["outlet", "title", "dateline", "words", "source"], preview),
    )
    yield table_result(
        "boilerplate", totals, new_spans=counts["boilerplate"], by_kind=md_table(["kind", "spans"], by_rule)
    )
    yield table_result("related_links", totals, new_links=counts["related_links"])
    yield table_result("credits", totals, new_credits=counts["credits"])
