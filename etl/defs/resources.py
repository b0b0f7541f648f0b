"""Resources shared by every stage: the DuckDB warehouse, the feed folder, and a progress sink."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource

from etl.lake import connect_lake, is_lake
from etl.migrate import migrate
from etl.settings import DEFAULT_FEED, DEFAULT_WAREHOUSE


class FeedResource(dg.ConfigurableResource):
    """The folder of input files; every file under it (recursively) is a document."""

    path: str
    name: str = "default"


_SINKS: dict[str, Callable[[str, int, int], None]] = {}


class ProgressResource(dg.ConfigurableResource):
    """Where stages report progress; silent by default. `kabar run` swaps in one that draws a bar.

    Dagster re-creates resources from their config, so the sink is found through a channel name
    (a plain string) rather than held by the object.
    """

    channel: str = ""

    @classmethod
    def to(cls, sink: Callable[[str, int, int], None]) -> ProgressResource:
        channel = uuid.uuid4().hex
        _SINKS[channel] = sink
        return cls(channel=channel)

    def update(self, stage: str, done: int, total: int) -> None:
        sink = _SINKS.get(self.channel)
        if sink is not None:
            sink(stage, done, total)


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
    """A connection to the warehouse with the schema brought up to date (creating the folder if needed).

    `KABAR_WAREHOUSE=ducklake:postgres:...` (with `KABAR_LAKE_DATA`) opens the DuckLake instead of a file.
    """
    if is_lake(warehouse.database):
        con = connect_lake(warehouse.database)
        try:
            migrate(con)
            yield con
        finally:
            con.close()
        return
    Path(warehouse.database).parent.mkdir(parents=True, exist_ok=True)
    with warehouse.get_connection() as con:
        try:
            migrate(con)
            yield con
        finally:
            con.close()  # DuckDBResource does not close its connection when the step raises
