"""Resources shared by every stage: the DuckDB warehouse and the feed folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource
from pydantic import Field

from etl.config import load_config
from etl.warehouse.lake import is_lake, limit_memory
from etl.warehouse.migrate import migrate


class FeedResource(dg.ConfigurableResource):
    """The folder of input files (every file under it, recursively, is a document) and the label stored with them.

    Run configuration: the launchpad shows it, each feed's schedule and sensor fill in their own feed.
    """

    path: str = Field(description="the feed folder, read recursively")
    name: str = Field(default="default", description="the feed's label, stored in documents.feed")
    options: str = Field(
        default="",
        description='reader options as JSON, from [feeds.NAME.options] of kabar.toml: {"fields": {"body": "Isi"}, '
        '"timezone": "Asia/Makassar"} maps unusual CSV/JSONL columns and sets the zone of dates written without one',
    )

    def apply_reader_options(self) -> None:
        """Hand this feed's reader options to the format readers (they reach worker processes through the env)."""
        if self.options.strip():
            import json

            from etl.formats.records import configure

            try:
                configure(json.loads(self.options))
            except (ValueError, TypeError) as exc:
                raise dg.Failure(f"feed {self.name}: reader options: {exc}") from exc


def _env_or(name: str, default: str) -> str | dg.EnvVar:
    return dg.EnvVar(name) if os.environ.get(name) else default


@dg.definitions
def resources() -> dg.Definitions:
    """The warehouse of kabar.toml (or `KABAR_WAREHOUSE`); the feed defaults to the project's first feed."""
    config = load_config()
    first = config.feeds[0]
    return dg.Definitions(
        resources={
            "warehouse": DuckDBResource(database=_env_or("KABAR_WAREHOUSE", str(config.warehouse))),
            "feed": FeedResource(path=str(first.path), name=first.label),
        }
    )


@contextmanager
def warehouse_connection(warehouse: DuckDBResource) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the warehouse with the schema brought up to date (creating the folder if needed).

    `KABAR_WAREHOUSE=ducklake:postgres:...` (with `KABAR_LAKE_DATA`) opens the DuckLake instead of a file.
    """
    if is_lake(warehouse.database):
        from etl.warehouse.store import open_warehouse

        with open_warehouse(warehouse.database) as con:
            yield con
        return
    from etl.settings import wait_limit
    from etl.warehouse.check import check_warehouse

    Path(warehouse.database).parent.mkdir(parents=True, exist_ok=True)
    # a lock taken between steps (an analyst's session) is waited for with a message, not retried in silence; the
    # connection that found the file free is the step's (configured as DuckDBResource configures its own)
    config = {"custom_user_agent": "dagster", **(warehouse.connection_config or {})}
    opened = check_warehouse(
        Path(warehouse.database), write=True, wait=wait_limit(), say=_say, lock_only=True, keep=config
    )
    with nullcontext(opened) if opened is not None else warehouse.get_connection() as con:
        try:
            migrate(limit_memory(con), views=_first_in_process(warehouse.database))
            yield con
        finally:
            con.close()  # DuckDBResource does not close its connection when the step raises


_VIEWS_MADE: set[str] = set()


def _first_in_process(database: str) -> bool:
    """True for a process's first connection to a warehouse: its steps re-create the analyst views once, not at each
    step (missing views are created whenever they are found missing)."""
    key = str(Path(database).resolve())
    first = key not in _VIEWS_MADE
    _VIEWS_MADE.add(key)
    return first


def _say(line: str) -> None:
    import sys

    print(f"kabar: {line}", file=sys.stderr, flush=True)
