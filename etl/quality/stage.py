"""The row-level part of the quality stage: every check over the warehouse, written to quality_flags."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

import duckdb
import pyarrow as pa

from etl.quality.duplicates import duplicate_flags
from etl.quality.metadata import metadata_flags
from etl.quality.registry import Flag
from etl.quality.sourcing import sourcing_flags
from etl.quality.text import text_flags

_FLAG_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("check_name", pa.string()),
        ("severity", pa.string()),
        ("detail", pa.string()),
        ("run_id", pa.string()),
        ("concern", pa.string()),
    ]
)


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


def write_flags(con: duckdb.DuckDBPyConnection, flags: list[Flag], run_id: str) -> int:
    """Replace quality_flags with this evaluation's flags (the table holds the latest evaluation)."""
    batch = pa.Table.from_pylist(
        [
            {
                "article_id": f.article_id,
                "check_name": f.check_name,
                "severity": f.severity,
                "detail": f.detail,
                "run_id": run_id,
                "concern": f.concern,
            }
            for f in flags
        ],
        schema=_FLAG_SCHEMA,
    )
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM quality_flags")
        con.register("_kabar_flags", batch)
        con.execute("INSERT INTO quality_flags BY NAME SELECT * FROM _kabar_flags")
        con.unregister("_kabar_flags")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(flags)
