"""GX's SQL source on DuckDB: the one private-API fix it needs, isolated here (GX pinned to 1.24.1).

GX opens a new SQLAlchemy connection per metric and closes it before results are fetched, which fails
on DuckDB ("list index out of range", GX issues #10738 and #11579), unless the dialect is in GX's private
list of dialects that keep one persisted connection (as sqlite does). `enable()` adds "duckdb" to that
list; `works()` proves on an in-memory database that the fix still does its job after a GX upgrade.
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


def connection_string(path: str) -> str:
    return f"duckdb:///{path}"
