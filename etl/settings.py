"""Where things live: the warehouse file, the feed folder, and the Dagster instance that belongs to the warehouse."""

from __future__ import annotations

import os
from pathlib import Path

from etl.config import DEFAULT_FEED, DEFAULT_WAREHOUSE, load_config
from etl.warehouse.lake import is_lake, warehouse_target

WRITER_POOL = "kabar_warehouse_writer"  # DuckDB has one writer per file: every writing asset takes this pool
DEFAULT_WAIT_SECONDS = 60.0  # how long a run waits for the writer pool or the warehouse lock by default
INSTANCE_SUFFIX = ".dagster"  # warehouse/kabar.duckdb keeps its run history in warehouse/kabar.dagster/

__all__ = [
    "DEFAULT_FEED",
    "DEFAULT_WAIT_SECONDS",
    "DEFAULT_WAREHOUSE",
    "WRITER_POOL",
    "dagster_home",
    "feed_path",
    "wait_limit",
    "warehouse_path",
]

_DAGSTER_YAML = f"""# Written by kabar for the warehouse beside this folder; edit freely.
telemetry:
  enabled: false
nux:
  enabled: false   # no community pop-up in the UI
concurrency:
  pools:
    default_limit: 1
  runs:
    max_concurrent_runs: 1
# pool `{WRITER_POOL}` serialises the steps that write the DuckDB file.
"""


def warehouse_path(cli_value: str | None = None) -> Path | str:
    """`--warehouse`, else `KABAR_WAREHOUSE`, else kabar.toml's warehouse, else warehouse/kabar.duckdb here: an
    absolute file path, or a `ducklake:` name as written."""
    return warehouse_target(cli_value) if cli_value else load_config().warehouse


def wait_limit(cli_value: float | None = None) -> float:
    """`--wait` wins over `KABAR_WAIT_SECONDS`, which wins over the default."""
    if cli_value is not None:
        return max(0.0, cli_value)
    return max(0.0, float(os.environ.get("KABAR_WAIT_SECONDS") or DEFAULT_WAIT_SECONDS))


def feed_path(cli_value: str | None = None) -> Path:
    return Path(cli_value or os.environ.get("KABAR_FEED") or DEFAULT_FEED)


def local_folder(warehouse: Path | str) -> Path:
    """Where a warehouse's run history and reports live: beside the file; for a lake (no local file),
    `$KABAR_LAKE_HOME`, else warehouse/ under the current folder."""
    if is_lake(warehouse):
        return Path(os.environ.get("KABAR_LAKE_HOME") or "warehouse").resolve()
    return Path(warehouse).resolve().parent


def local_stem(warehouse: Path | str) -> str:
    """The name a warehouse's local companions take: the file's stem, `lake` for a lake."""
    return "lake" if is_lake(warehouse) else Path(warehouse).stem


def instance_folder(warehouse: Path | str) -> Path:
    """The Dagster instance of a warehouse: a folder beside the file, so each warehouse has its own history."""
    return local_folder(warehouse) / (local_stem(warehouse) + INSTANCE_SUFFIX)


def dagster_home(warehouse: Path | str) -> Path:
    """The warehouse's instance folder (absolute, existing, telemetry and pop-ups off): what DAGSTER_HOME must be."""
    home = instance_folder(warehouse)
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text(_DAGSTER_YAML, encoding="utf-8")
    return home
