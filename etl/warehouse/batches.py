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
        """Batches of at most `size` pending rows until none is left; the caller marks each batch done.

        Each batch costs two queries: the next keys (the first of `columns`) from the narrow columns of `where` and
        `order`, then the wide columns of those keys only. Picking the batch from every pending row with its wide
        columns read the whole remainder (raw bytes, bodies) once per batch: quadratic time, and a buffer that
        grew with the feed.
        """
        key = self.columns.split(",")[0].strip()
        pick = f"SELECT {key} FROM {self.table} WHERE {self.where} ORDER BY {self.order} LIMIT ?"
        fetch = f"SELECT {self.columns} FROM {self.table} WHERE {key} IN (SELECT unnest(?))"
        previous = None
        while keys := [r[0] for r in con.execute(pick, [size]).fetchall()]:
            by_key = {row[0]: row for row in con.execute(fetch, [keys]).fetchall()}
            rows = [by_key[k] for k in keys]
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


STREAM_ROWS = 2000


def stream(con: duckdb.DuckDBPyConnection, query: str, parameters: object = None) -> Iterator[tuple]:
    """The rows of a query, fetched STREAM_ROWS at a time: a result over a whole table is never held in Python.
    Run no other query on `con` until the rows are consumed (it would end this result)."""
    result = con.execute(query, parameters) if parameters is not None else con.execute(query)
    while rows := result.fetchmany(STREAM_ROWS):
        yield from rows


def row_counts(con: duckdb.DuckDBPyConnection, tables: Sequence[str]) -> dict[str, int]:
    """`count(*)` of each table (names are constants of the code)."""
    query = " UNION ALL ".join(f"SELECT '{table}', count(*) FROM {table}" for table in tables)
    return dict(con.execute(query).fetchall())
