"""Extraction: language, sources and hedged claims of each article not yet extracted."""

from datetime import UTC, datetime

import dagster as dg
from dagster_duckdb import DuckDBResource

from etl.core.parallel import workers
from etl.defs.resources import ProgressResource, warehouse_connection
from etl.settings import WRITER_POOL
from etl.store import append, attribution_rows

BATCH = 4000
PREVIEW_ROWS = 10


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            "sources",
            deps=["articles"],
            kinds={"duckdb"},
            group_name="extraction",
            description="Who each article attributes information to: one row per distinct party, with kind and cue.",
        ),
        dg.AssetSpec(
            "claims",
            deps=["articles"],
            kinds={"duckdb"},
            group_name="extraction",
            description="Sentences presenting information as not established (hedged), and explicit non-verification.",
        ),
    ],
    pool=WRITER_POOL,
)
def attributions(context: dg.AssetExecutionContext, warehouse: DuckDBResource, progress: ProgressResource):
    now = datetime.now(UTC)
    counts = {"articles": 0, "sources": 0, "claims": 0, "errors": 0}
    with warehouse_connection(warehouse) as con:
        total = con.execute("SELECT count(*) FROM articles WHERE extracted_at IS NULL").fetchone()[0]
        while True:
            rows = con.execute(
                "SELECT article_id, title, lede, body, outlet FROM articles WHERE extracted_at IS NULL "
                "ORDER BY article_id LIMIT ?",
                [BATCH],
            ).fetchall()
            if not rows:
                break
            from etl.core.attribution import attribute_parallel  # only when there is work: loads the cue rules

            for results in attribute_parallel(rows, workers()):
                tables: dict[str, list[dict]] = {"sources": [], "claims": []}
                for article_id, att, error in results:
                    if error:
                        counts["errors"] += 1
                        context.log.warning(f"extraction failed for article {article_id}: {error}")
                    for table, table_rows in attribution_rows(article_id, att).items():
                        tables[table] += table_rows
                con.execute("BEGIN TRANSACTION")
                for table, table_rows in tables.items():
                    counts[table] += append(con, table, table_rows)
                con.execute(
                    "UPDATE articles SET language = l.language, extracted_at = $1 FROM "
                    "(SELECT unnest($2) AS article_id, unnest($3) AS language) l "
                    "WHERE articles.article_id = l.article_id",
                    [now, [a for a, _, _ in results], [att.language for _, att, _ in results]],
                )
                con.execute("COMMIT")
                counts["articles"] += len(results)
                progress.update("sources and claims", counts["articles"], total)
        totals = dict(
            con.execute(
                "SELECT 'sources', count(*) FROM sources UNION ALL SELECT 'claims', count(*) FROM claims"
            ).fetchall()
        )
        kinds = con.execute("SELECT kind, count(*) FROM sources GROUP BY 1 ORDER BY 2 DESC").fetchall()
        unattributed = con.execute("SELECT count(*) FROM claims WHERE NOT attributed").fetchone()[0]
    yield dg.MaterializeResult(
        asset_key="sources",
        metadata={
            "articles_read": counts["articles"],
            "extraction_errors": counts["errors"],
            "new_sources": counts["sources"],
            "dagster/row_count": totals["sources"],
            "kinds": dg.MetadataValue.md("\n".join(f"- {k}: {n}" for k, n in kinds[:PREVIEW_ROWS])),
        },
    )
    yield dg.MaterializeResult(
        asset_key="claims",
        metadata={
            "new_claims": counts["claims"],
            "unattributed_claims": unattributed,
            "dagster/row_count": totals["claims"],
        },
    )
