"""The row-level part of the quality stage: every check over the warehouse (etl.warehouse.quality writes them)."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

import duckdb

from etl.quality.duplicates import duplicate_flags
from etl.quality.metadata import metadata_flags
from etl.quality.registry import Flag
from etl.quality.sourcing import sourcing_flags
from etl.quality.text import text_flags


@dataclass
class FlagsOutcome:
    flags: list[Flag]
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def by_severity(self) -> Counter[str]:
        return Counter(f.severity for f in self.flags)

    @property
    def by_check(self) -> Counter[str]:
        return Counter(f.check_name for f in self.flags)


def find_flags(con: duckdb.DuckDBPyConnection, now: datetime | None = None) -> FlagsOutcome:
    """Run every row-level check; flags come back with their severity resolved."""
    now = now or datetime.now(UTC)
    outcome = FlagsOutcome([])
    for name, step in (
        ("sourcing", sourcing_flags),
        ("metadata", lambda c: metadata_flags(c, now)),
        ("text", text_flags),
        ("duplicates", duplicate_flags),
    ):
        started = time.perf_counter()
        outcome.flags += [f.resolved() for f in step(con)]
        outcome.seconds[name] = time.perf_counter() - started
    return outcome
