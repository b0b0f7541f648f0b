"""The row-level part of the quality stage: every check over the warehouse, streamed to a sink in chunks
(etl.warehouse.quality writes them), so that no evaluation is ever held whole in Python."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import duckdb

from etl.quality.duplicates import duplicate_flags
from etl.quality.metadata import metadata_flags
from etl.quality.registry import Flag
from etl.quality.sourcing import sourcing_flags
from etl.quality.text import text_flags

CHUNK_FLAGS = 20_000  # flags handed to the sink at a time

Sink = Callable[[Sequence[Flag]], object]


@dataclass
class FlagsOutcome:
    """Counts of one evaluation; `flags` holds the flags themselves only when no sink took them."""

    flags: list[Flag] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    by_severity: Counter[str] = field(default_factory=Counter)
    by_check: Counter[str] = field(default_factory=Counter)
    total: int = 0


def find_flags(con: duckdb.DuckDBPyConnection, now: datetime | None = None, sink: Sink | None = None) -> FlagsOutcome:
    """Run every row-level check; flags come back with their severity resolved, in `outcome.flags`, or, with a
    `sink`, handed to it CHUNK_FLAGS at a time and not kept (the sink must not use `con`: the checks read from it
    while it writes)."""
    now = now or datetime.now(UTC)
    outcome = FlagsOutcome()
    chunk: list[Flag] = []
    for name, step in (
        ("sourcing", sourcing_flags),
        ("metadata", lambda c: metadata_flags(c, now)),
        ("text", text_flags),
        ("duplicates", duplicate_flags),
    ):
        started = time.perf_counter()
        for found in step(con):
            flag = found.resolved()
            outcome.by_severity[flag.severity] += 1
            outcome.by_check[flag.check_name] += 1
            outcome.total += 1
            chunk.append(flag)
            if sink is not None and len(chunk) >= CHUNK_FLAGS:
                sink(chunk)
                chunk = []
        outcome.seconds[name] = time.perf_counter() - started
    if sink is None:
        outcome.flags = chunk
    elif chunk:
        sink(chunk)
    return outcome
