"""GX's SQL source on DuckDB: the one private-API fix it needs, isolated here (GX pinned to 1.24.1).

GX opens a new SQLAlchemy connection per metric and closes it before results are fetched, which fails
on DuckDB ("list index out of range", GX issues #10738 and #11579), unless the dialect is in GX's private
list of dialects that keep one persisted connection (as sqlite does). `enable()` adds "duckdb" to that
list. Without it every expectation fails silently (success false, no exception): tests/test_quality_gx.py
compares both engines on the same warehouse, so a GX upgrade that breaks the fix fails there.
"""

from __future__ import annotations

DIALECT = "duckdb"


class _DialectName(str):
    """A plain dialect name that also answers `.value`, as the members of GX's dialect enum do."""

    @property
    def value(self) -> str:
        return str(self)


def enable() -> None:
    """Idempotently add DuckDB to GX's persisted-connection dialects."""
    from great_expectations.execution_engine import sqlalchemy_execution_engine as engine

    names = engine._PERSISTED_CONNECTION_DIALECTS
    if not any(str(getattr(d, "value", d)) == DIALECT for d in names):
        engine._PERSISTED_CONNECTION_DIALECTS = (*names, _DialectName(DIALECT))


def enabled() -> bool:
    from great_expectations.execution_engine import sqlalchemy_execution_engine as engine

    return any(str(getattr(d, "value", d)) == DIALECT for d in engine._PERSISTED_CONNECTION_DIALECTS)


def add_datasource(context, name: str, con):
    """A GX SQL data source that runs on cursors of an open DuckDB connection.

    Cursors share the connection's database instance and configuration, so GX neither opens the file a
    second time (DuckDB refuses a second configuration of one file in one process) nor keeps it open
    after the caller closes its connection.
    """
    from duckdb_engine import ConnectionWrapper

    enable()
    return context.data_sources.add_sql(
        name, connection_string="duckdb:///:memory:", kwargs={"creator": lambda: ConnectionWrapper(con.cursor())}
    )


def release(datasource) -> None:
    """Close GX's persisted connection (a cursor) and dispose of its engine."""
    engine = datasource.get_execution_engine()
    connection = getattr(engine, "_connection", None)
    if connection is not None:
        connection.close()
        engine._connection = None
    engine.engine.dispose()
