"""Extraction: language, sources and hedged claims of each article not yet extracted."""

from datetime import UTC, datetime

import dagster as dg
from dagster_duckdb import DuckDBResource

from etl.defs.progress import StageProgress
from etl.defs.resources import warehouse_connection
from etl.defs.specs import table_result, table_spec
from etl.settings import WRITER_POOL
from etl.warehouse.batches import row_counts
from etl.warehouse.extraction import load_attributions, source_kinds, unattributed_claims

PREVIEW_ROWS = 10
_ARTICLES = ["articles"]


@dg.multi_asset(
    specs=[
        table_spec(
            "sources",
            "extraction",
            "Who each article attributes information to: one row per distinct party, with kind and cue.",
            _ARTICLES,
        ),
        table_spec(
            "claims",
            "extraction",
            "Sentences presenting information as not established (hedged), and explicit non-verification.",
            _ARTICLES,
        ),
    ],
    pool=WRITER_POOL,
)
def attributions(context: dg.AssetExecutionContext, warehouse: DuckDBResource):
    def failed(article_id: str, error: str) -> None:
        context.log.warning(f"extraction failed for article {article_id}: {error}")

    with warehouse_connection(warehouse) as con:
        counts = load_attributions(con, datetime.now(UTC), StageProgress(context, "sources and claims"), failed)
        totals = row_counts(con, ["sources", "claims"])
        kinds = "\n".join(f"- {kind}: {n}" for kind, n in source_kinds(con)[:PREVIEW_ROWS])
        unattributed = unattributed_claims(con)
    read = {"articles_read": counts["articles"], "extraction_errors": counts["errors"]}
    yield table_result("sources", totals, **read, new_sources=counts["sources"], kinds=dg.MetadataValue.md(kinds))
    yield table_result("claims", totals, new_claims=counts["claims"], unattributed_claims=unattributed)
