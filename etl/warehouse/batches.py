"""The one batch loop of every loading stage: read pending rows in batches, process them (on worker processes where
the stage's core function does), append what comes back and mark the rows done, one transaction per result."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

import duckdb

Row = TypeVar("Row")
Result = TypeVar("Result")


class StuckBatch(RuntimeError):
    """A batch was stored but its rows were not marked done: the loop would read them again for ever."""


@dataclass(frozen=True)
class Pending:
    """Rows still to process: `SELECT columns FROM table WHERE where ORDER BY order` (constants of the code, never
    values from a feed; the batch size is bound)."""

    table: str
    columns: str
    where: str
    order: str

    def count(self, con: duckdb.DuckDBPyConnection) -> int:
        return con.execute(f"SELECT count(*) FROM {self.table} WHERE {self.where}").fetchone()[0]

    def batches(self, con: duckdb.DuckDBPyConnection, size: int) -> Iterator[list[tuple]]:
        """Batches of at most `size` pending rows until none is left; the caller marks each batch done."""
        query = f"SELECT {self.columns} FROM {self.table} WHERE {self.where} ORDER BY {self.order} LIMIT ?"
        previous = None
        while rows := con.execute(query, [size]).fetchall():
            if rows[0] == previous:
                raise StuckBatch(f"{self.table}: row {rows[0][0]!r} is still pending after its batch was stored")
            previous = rows[0]
            yield rows


def run_batches(
    con: duckdb.DuckDBPyConnection,
    batches: Iterable[Sequence[Row]],
    process: Callable[[Sequence[Row]], Iterable[Result]],
    store: Callable[[duckdb.DuckDBPyConnection, Result], int],
    progress: Callable[[int], None] | None = None,
) -> int:
    """For each batch, `store` every result `process` yields in a transaction of its own; returns the sum of what
    `store` returned (the rows done), reported to `progress` after each commit.

    A stop or crash mid-way leaves the open transaction uncommitted (rolled back when the connection closes): each
    result's rows are stored with their done-marks or not at all, so the next run carries on where this one stopped.
    """
    done = 0
    for rows in batches:
        for result in process(rows):
            con.execute("BEGIN TRANSACTION")
            done += store(con, result)
            con.execute("COMMIT")
            if progress is not None:
                progress(done)
    return done


def row_counts(con: duckdb.DuckDBPyConnection, tables: Sequence[str]) -> dict[str, int]:
    """`count(*)` of each table (names are constants of the code)."""
    query = " UNION ALL ".join(f"SELECT '{table}', count(*) FROM {table}" for table in tables)
    return dict(con.execute(query).fetchall())
