"""The project file `kabar.toml`: one warehouse and any number of named feeds, each with a schedule and a sensor.

```toml
[warehouse]
path = "warehouse/kabar.duckdb"     # relative paths are relative to this file

[feeds.sample]
path = "samples/feed"               # the folder read recursively
label = "sample"                    # stored in documents.feed (default: the feed's name)
schedule = "0 6 * * *"              # cron in `timezone`; "" for no schedule
timezone = "Asia/Jakarta"
sensor_interval_seconds = 60        # the sensor looks at the folder at most this often

[feeds.sample.options]              # per-feed options for the input readers (e.g. CSV column names)
```

Which file: `KABAR_CONFIG`, else `kabar.toml` in the current folder. Environment overrides for one-off runs:
`KABAR_WAREHOUSE` replaces the warehouse, `KABAR_FEED` (with `KABAR_FEED_NAME`) replaces the feeds by one.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

from etl.warehouse.lake import warehouse_target

CONFIG_FILE = "kabar.toml"
DEFAULT_WAREHOUSE = Path("warehouse") / "kabar.duckdb"
DEFAULT_FEED = Path("samples") / "feed"
DEFAULT_SCHEDULE = "0 6 * * *"
DEFAULT_TIMEZONE = "Asia/Jakarta"
DEFAULT_SENSOR_INTERVAL = 60
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,40}$")
_FEED_KEYS = {"path", "label", "schedule", "timezone", "sensor_interval_seconds", "options"}


class ConfigError(ValueError):
    """A mistake in the project file, worded for the person who edits it."""


@dataclass(frozen=True)
class FeedConfig:
    name: str  # a Dagster-safe name: the schedule is `<name>_schedule`, the sensor `<name>_new_files`
    path: Path  # absolute
    label: str  # stored in documents.feed
    schedule: str = DEFAULT_SCHEDULE
    timezone: str = DEFAULT_TIMEZONE
    sensor_interval_seconds: int = DEFAULT_SENSOR_INTERVAL
    options: dict[str, Any] = field(default_factory=dict)  # per-feed reader options, passed through as written

    def resource_config(self) -> dict[str, str]:
        """The `feed` resource's config for a run of this feed (what the launchpad shows)."""
        config = {"path": str(self.path), "name": self.label}
        if self.options:
            config["options"] = json.dumps(self.options, sort_keys=True)
        return config


@dataclass(frozen=True)
class ProjectConfig:
    warehouse: Path | str  # an absolute file path, or a `ducklake:` name (etl/warehouse/lake.py)
    feeds: list[FeedConfig]
    source: Path | None  # the file read, or None for built-in defaults

    def feed(self, name: str) -> FeedConfig:
        for f in self.feeds:
            if f.name == name:
                return f
        raise ConfigError(f"no feed named {name!r} in {self.source or 'the defaults'}")


def feed_name(label: str) -> str:
    """A Dagster-safe name made from a label or folder name ('Kompas Feed-2' -> 'kompas_feed_2')."""
    name = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:40] or "feed"
    return name if name[0].isalpha() else f"feed_{name}"[:40]


def config_file() -> Path | None:
    """`KABAR_CONFIG`, else kabar.toml in the current folder, else None."""
    configured = os.environ.get("KABAR_CONFIG")
    if configured:
        return Path(configured)
    local = Path(CONFIG_FILE)
    return local if local.is_file() else None


def load_config(path: Path | None = None, environ: dict[str, str] | None = None) -> ProjectConfig:
    """The project configuration with environment overrides applied; raises ConfigError on any mistake."""
    env = os.environ if environ is None else environ
    source = path if path is not None else config_file()
    data: dict[str, Any] = {}
    base = Path.cwd()
    if source is not None:
        data = _read(source)
        base = source.resolve().parent
    warehouse = _warehouse(data, base, source)
    feeds = _feeds(data, base, source)
    if env.get("KABAR_WAREHOUSE"):
        warehouse = warehouse_target(env["KABAR_WAREHOUSE"])
    if env.get("KABAR_FEED"):
        folder = Path(env["KABAR_FEED"]).resolve()
        label = env.get("KABAR_FEED_NAME") or folder.name
        feeds = [FeedConfig(name=feed_name(label), path=folder, label=label)]
    if not feeds:
        feeds = [FeedConfig(name="sample", path=(base / DEFAULT_FEED).resolve(), label="sample")]
    return ProjectConfig(warehouse=warehouse, feeds=feeds, source=source)


def _read(source: Path) -> dict[str, Any]:
    if source.is_dir():
        raise ConfigError(f"{source} is a folder; KABAR_CONFIG must name a kabar.toml file")
    try:
        return tomllib.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"project file not found: {source}; create it or unset KABAR_CONFIG") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{source} is not valid TOML ({exc}); fix the line it names") from None


def _warehouse(data: dict[str, Any], base: Path, source: Path | None) -> Path | str:
    section = data.get("warehouse", {})
    if not isinstance(section, dict) or not isinstance(section.get("path", ""), str):
        raise ConfigError(f'{source}: [warehouse] path must be a string, e.g. path = "warehouse/kabar.duckdb"')
    return warehouse_target(section.get("path") or DEFAULT_WAREHOUSE, base)


def _feeds(data: dict[str, Any], base: Path, source: Path | None) -> list[FeedConfig]:
    table = data.get("feeds", {})
    if not isinstance(table, dict):
        raise ConfigError(f'{source}: feeds must be tables, e.g. [feeds.sample] with path = "samples/feed"')
    feeds = []
    for name, entry in table.items():
        where = f"{source}: [feeds.{name}]"
        if not _NAME.match(name):
            raise ConfigError(f"{where}: a feed name is lower-case letters, digits and _ (starting with a letter)")
        if not isinstance(entry, dict):
            raise ConfigError(f'{where} must be a table with at least path = "..."')
        unknown = sorted(set(entry) - _FEED_KEYS)
        if unknown:
            raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(_FEED_KEYS))}")
        if not isinstance(entry.get("path"), str) or not entry["path"]:
            raise ConfigError(f'{where}: path = "<feed folder>" is required')
        interval = entry.get("sensor_interval_seconds", DEFAULT_SENSOR_INTERVAL)
        if not isinstance(interval, int) or interval < 5:
            raise ConfigError(f"{where}: sensor_interval_seconds must be a whole number of seconds, at least 5")
        schedule = entry.get("schedule", DEFAULT_SCHEDULE)
        if not isinstance(schedule, str) or (schedule and len(schedule.split()) != 5):
            raise ConfigError(f'{where}: schedule must be a cron string of five fields (or "" for none)')
        timezone = entry.get("timezone", DEFAULT_TIMEZONE)
        if timezone not in available_timezones():
            raise ConfigError(f'{where}: unknown time zone {timezone!r}; use a name like "Asia/Jakarta" or "UTC"')
        options = entry.get("options", {})
        if not isinstance(options, dict):
            raise ConfigError(f"{where}: options must be a table, [feeds.{name}.options]")
        feeds.append(
            FeedConfig(
                name=name,
                path=(base / entry["path"]).resolve(),
                label=str(entry.get("label") or name),
                schedule=schedule,
                timezone=timezone,
                sensor_interval_seconds=interval,
                options=options,
            )
        )
    return feeds
