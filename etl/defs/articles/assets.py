"""Articles: each parsed document split into articles, cleaned and normalised, with what was removed."""

from datetime import UTC, datetime

import dagster as dg
from dagster_duckdb import DuckDBResource

from etl.core.batch import build_parallel
from etl.core.pipeline import ArticleRecord
from etl.defs.resources import FeedResource, ProgressResource, warehouse_connection
from etl.settings import WRITER_POOL
from etl.store import append, article_rows, known_article_ids

BATCH_DOCS = 2000


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            "articles",
            deps=["documents"],
            kinds={"duckdb"},
            group_name="articles",
            description="One row per article: title, lede, editor, authors, outlet, dateline city, clean body.",
        ),
        dg.AssetSpec(
            "boilerplate",
            deps=["documents"],
            kinds={"duckdb"},
            group_name="articles",
            description="Every span removed from a body, with its kind and the named rule that removed it.",
        ),
        dg.AssetSpec(
            "related_links",
            deps=["documents"],
            kinds={"duckdb"},
            group_name="articles",
            description="Related-article headlines found in teasers (Baca juga, Pilihan Editor, Read more).",
        ),
        dg.AssetSpec(
            "credits",
            deps=["documents"],
            kinds={"duckdb"},
            group_name="articles",
            description="Credit lines and fragments, and whether names could be read from them.",
        ),
    ],
    pool=WRITER_POOL,
)
def articles(
    context: dg.AssetExecutionContext, warehouse: DuckDBResource, feed: FeedResource, progress: ProgressResource
):
    feed.apply_reader_options()
    now = datetime.now(UTC)
    counts = {"documents": 0, "articles": 0, "boilerplate": 0, "related_links": 0, "credits": 0, "failed": 0}
    counts |= {"item_rejections": 0, "known_items": 0}
    with warehouse_connection(warehouse) as con:
        total = con.execute("SELECT count(*) FROM documents WHERE status = 'parsed' AND parsed_at IS NULL").fetchone()[
            0
        ]
        while True:
            rows = con.execute(
                "SELECT doc_id, source_uri, raw FROM documents WHERE status = 'parsed' AND parsed_at IS NULL "
                "ORDER BY source_uri LIMIT ?",
                [BATCH_DOCS],
            ).fetchall()
            if not rows:
                break
            for result in build_parallel(rows):
                records = _new_items(con, result.records)
                counts["known_items"] += len(result.records) - len(records)
                tables = article_rows(records, context.run.run_id, now)
                tables["item_rejections"] = [{**r, "run_id": context.run.run_id} for r in result.rejected_items]
                con.execute("BEGIN TRANSACTION")
                for table, table_rows in tables.items():
                    counts[table] += append(con, table, table_rows)
                done = sorted({r.doc_id for r in result.records})
                if done:
                    con.execute("UPDATE documents SET parsed_at = ? WHERE doc_id IN (SELECT unnest(?))", [now, done])
                for doc_id, reason in result.failed.items():
                    con.execute(
                        "UPDATE documents SET status = 'rejected', reject_reason = ?, parsed_at = ? WHERE doc_id = ?",
                        [reason, now, doc_id],
                    )
                con.execute("COMMIT")
                counts["failed"] += len(result.failed)
                counts["documents"] += len(done) + len(result.failed)
                progress.update("articles", counts["documents"], total)
            # documents that yielded no article at all are marked too, so they are not read again
            con.execute(
                "UPDATE documents SET parsed_at = ? WHERE doc_id IN (SELECT unnest(?)) AND parsed_at IS NULL",
                [now, [r[0] for r in rows]],
            )
        con.execute("UPDATE runs SET articles_new = ? WHERE run_id = ?", [counts["articles"], context.run.run_id])
        totals = dict(
            con.execute(
                "SELECT 'articles', count(*) FROM articles UNION ALL SELECT 'boilerplate', count(*) FROM boilerplate "
                "UNION ALL SELECT 'related_links', count(*) FROM related_links UNION ALL "
                "SELECT 'credits', count(*) FROM credits"
            ).fetchall()
        )
        preview = con.execute(
            "SELECT outlet, title, dateline_city, word_count, source_uri FROM articles WHERE run_id = ? "
            "ORDER BY source_uri LIMIT 10",
            [context.run.run_id],
        ).fetchall()
        by_rule = con.execute(
            "SELECT b.rule, count(*) FROM boilerplate b JOIN articles a USING (article_id) WHERE a.run_id = ? "
            "GROUP BY 1 ORDER BY 2 DESC",
            [context.run.run_id],
        ).fetchall()
    yield dg.MaterializeResult(
        asset_key="articles",
        metadata={
            "new_articles": counts["articles"],
            "documents_read": counts["documents"],
            "documents_failed": counts["failed"],
            "items_already_loaded": counts["known_items"],
            "items_rejected": counts["item_rejections"],
            "dagster/row_count": totals["articles"],
            "preview": dg.MetadataValue.md(_preview_table(preview)),
        },
    )
    yield dg.MaterializeResult(
        asset_key="boilerplate",
        metadata={
            "new_spans": counts["boilerplate"],
            "dagster/row_count": totals["boilerplate"],
            "by_kind": dg.MetadataValue.md(
                "| kind | spans |\n|---|---|\n" + "\n".join(f"| {k} | {n} |" for k, n in by_rule)
            ),
        },
    )
    yield dg.MaterializeResult(
        asset_key="related_links",
        metadata={"new_links": counts["related_links"], "dagster/row_count": totals["related_links"]},
    )
    yield dg.MaterializeResult(
        asset_key="credits", metadata={"new_credits": counts["credits"], "dagster/row_count": totals["credits"]}
    )


def _new_items(con, records: list[ArticleRecord]) -> list[ArticleRecord]:
    """Records whose article is not loaded yet: a feed file that grew, or a snapshot repeating items, brings its
    old items under the same article_id (their guid or URL), and those are not loaded again."""
    known = known_article_ids(con, [r.article_id for r in records])
    out = []
    for rec in records:
        if rec.article_id not in known:
            known.add(rec.article_id)
            out.append(rec)
    return out


def _preview_table(rows: list[tuple]) -> str:
    from etl.report_format import md_cell

    head = "| outlet | title | dateline | words | source |\n|---|---|---|---|---|\n"
    return head + "\n".join("| " + " | ".join(md_cell(v) for v in row) + " |" for row in rows)
