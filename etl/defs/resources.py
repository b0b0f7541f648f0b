"""Resources shared by every stage: the DuckDB warehouse, the feed folder, and a progress sink."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource
from pydantic import PrivateAttr

from etl.settings import DEFAULT_FEED, DEFAULT_WAREHOUSE
from warehouse.migrate import migrate


class FeedResource(dg.ConfigurableResource):
    """The folder of input files; every file under it (recursively) is a document."""

    path: str
    name: str = "default"


class ProgressResource(dg.ConfigurableResource):
    """Where stages report progress; silent by default. `kabar run` swaps in one that draws a bar."""

    _sink: Callable[[str, int, int], None] | None = PrivateAttr(default=None)

    def bind(self, sink: Callable[[str, int, int], None]) -> ProgressResource:
        self._sink = sink
        return self

    def update(self, stage: str, done: int, total: int) -> None:
        if self._sink is not None:
            self._sink(stage, done, total)


def _env_or(name: str, default: str) -> str | dg.EnvVar:
    return dg.EnvVar(name) if os.environ.get(name) else default


@dg.definitions
def resources() -> dg.Definitions:
    return dg.Definitions(
        resources={
            "warehouse": DuckDBResource(database=_env_or("KABAR_WAREHOUSE", str(DEFAULT_WAREHOUSE))),
            "feed": FeedResource(
                path=_env_or("KABAR_FEED", str(DEFAULT_FEED)), name=os.environ.get("KABAR_FEED_NAME", "default")
            ),
            "progress": ProgressResource(),
        }
    )


@contextmanager
def warehouse_connection(warehouse: DuckDBResource) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the warehouse with the schema brought up to date (creating the folder if needed)."""
    Path(warehouse.database).parent.mkdir(parents=True, exist_ok=True)
    with warehouse.get_connection() as con:
        migrate(con)
        yield con
