"""Where things live: the warehouse file, the feed folder, the Dagster home. Environment first, then defaults."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_WAREHOUSE = Path("warehouse") / "kabar.duckdb"
DEFAULT_FEED = Path("samples") / "feed"
DEFAULT_DAGSTER_HOME = Path(".dagster_home")
WRITER_POOL = "kabar_warehouse_writer"  # DuckDB has one writer per file: every writing asset takes this pool

_DAGSTER_YAML = f"""# Written by kabar for this project; edit freely.
telemetry:
  enabled: false
concurrency:
  pools:
    default_limit: 1
  runs:
    max_concurrent_runs: 1
# pool `{WRITER_POOL}` serialises the steps that write the DuckDB file.
"""


def warehouse_path(cli_value: str | None = None) -> Path:
    """`--warehouse` wins over `KABAR_WAREHOUSE`, which wins over `warehouse/kabar.duckdb` in the current folder."""
    return Path(cli_value or os.environ.get("KABAR_WAREHOUSE") or DEFAULT_WAREHOUSE)


def feed_path(cli_value: str | None = None) -> Path:
    return Path(cli_value or os.environ.get("KABAR_FEED") or DEFAULT_FEED)


def dagster_home() -> Path:
    """An absolute, existing DAGSTER_HOME with telemetry off; created inside the project when absent."""
    home = Path(os.environ.get("DAGSTER_HOME") or DEFAULT_DAGSTER_HOME).resolve()
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text(_DAGSTER_YAML, encoding="utf-8")
    return home
