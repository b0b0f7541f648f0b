"""Full-text search over articles (title, lede, body) with DuckDB's fts extension, rebuilt when articles change."""

from datetime import UTC, datetime

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource

from etl.core.extensions import load_extension
from etl.defs.resources import warehouse_connection
from etl.defs.specs import warehouse_asset
from etl.warehouse.lake import is_lake
from etl.warehouse.store import mark_run_finished


@warehouse_asset("articles", deps=["articles"])
def search_index(context: dg.AssetExecutionContext, warehouse: DuckDBResource) -> dg.MaterializeResult:
    """BM25 full-text index over articles.title, lede and body (schema fts_main_articles). No stemmer: the feeds mix
    Indonesian, English and Malay; words match as written, case- and accent-folded."""
    if is_lake(warehouse.database):  # DuckLake keeps no FTS index; analysts filter with ILIKE/regexp there
        return dg.MaterializeResult(metadata={"rebuilt": False, "skipped": "DuckLake warehouse: no FTS index"})
    with warehouse_connection(warehouse) as con:
        load_extension(con, "fts")
        if _index_is_current(con, context.run.run_id):
            indexed = con.execute("SELECT count(*) FROM fts_main_articles.docs").fetchone()[0]
            mark_run_finished(con, context.run.run_id, datetime.now(UTC))
            return dg.MaterializeResult(metadata={"indexed_articles": indexed, "rebuilt": False})
        con.execute(
            "PRAGMA create_fts_index('articles', 'article_id', 'title', 'lede', 'body', "
            "stemmer = 'none', stopwords = 'none', strip_accents = 1, lower = 1, overwrite = 1)"
        )
        indexed = con.execute("SELECT count(*) FROM fts_main_articles.docs").fetchone()[0]
        terms = con.execute("SELECT count(*) FROM fts_main_articles.dict").fetchone()[0]
        mark_run_finished(con, context.run.run_id, datetime.now(UTC))
    return dg.MaterializeResult(metadata={"indexed_articles": indexed, "distinct_terms": terms, "rebuilt": True})


def _index_is_current(con: duckdb.DuckDBPyConnection, run_id: str) -> bool:
    """True when an index exists, covers every article, and this run added or rebuilt none."""
    exists = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'fts_main_articles' AND table_name = 'docs'"
    ).fetchone()[0]
    if not exists:
        return False
    indexed, total, changed = con.execute(
        "SELECT (SELECT count(*) FROM fts_main_articles.docs), (SELECT count(*) FROM articles), "
        "(SELECT count(*) FROM articles WHERE run_id = ?)",
        [run_id],
    ).fetchone()
    return indexed == total and changed == 0
