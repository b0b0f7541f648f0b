"""The warehouse's one batch loop, on a real DuckDB: pending rows read in batches, processed, stored with their
done-marks one transaction per result, progress after each commit; a store that marks nothing is stopped."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import duckdb
import pytest

from etl.warehouse.batches import Pending, StuckBatch, row_counts, run_batches, stream

PENDING = Pending("items", "item_id, word", "done_at IS NULL", "item_id")


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute("CREATE TABLE items (item_id INTEGER, word VARCHAR, done_at INTEGER)")
    con.execute("CREATE TABLE lengths (item_id INTEGER, length INTEGER)")
    con.execute("INSERT INTO items SELECT i, repeat('a', i), NULL FROM range(1, 11) t(i)")
    yield con
    con.close()


def halves(rows: Sequence[tuple]) -> list[list[tuple]]:
    """Like a worker pool's chunks: each batch comes back as two results."""
    middle = len(rows) // 2
    return [list(rows[:middle]), list(rows[middle:])]


def store(con: duckdb.DuckDBPyConnection, rows: list[tuple]) -> int:
    con.executemany("INSERT INTO lengths VALUES (?, ?)", [(item_id, len(word)) for item_id, word in rows])
    con.execute("UPDATE items SET done_at = 1 WHERE item_id IN (SELECT unnest(?))", [[r[0] for r in rows]])
    return len(rows)


def test_every_pending_row_is_processed_once_in_batches(con: duckdb.DuckDBPyConnection) -> None:
    seen: list[int] = []
    assert PENDING.count(con) == 10
    done = run_batches(con, PENDING.batches(con, 4), halves, store, seen.append)
    assert done == 10
    assert seen == [2, 4, 6, 8, 9, 10]  # batches of 4, 4 and 2, each in two results
    assert con.execute("SELECT item_id, length FROM lengths ORDER BY 1").fetchall() == [(i, i) for i in range(1, 11)]
    assert PENDING.count(con) == 0
    assert row_counts(con, ["items", "lengths"]) == {"items": 10, "lengths": 10}


def test_a_failing_result_keeps_what_was_committed_and_the_next_run_carries_on(tmp_path: Path) -> None:
    path = str(tmp_path / "w.duckdb")
    con = duckdb.connect(path)
    con.execute("CREATE TABLE items (item_id INTEGER, word VARCHAR, done_at INTEGER)")
    con.execute("CREATE TABLE lengths (item_id INTEGER, length INTEGER)")
    con.execute("INSERT INTO items SELECT i, repeat('b', i), NULL FROM range(1, 7) t(i)")

    def store_until_five(con: duckdb.DuckDBPyConnection, rows: list[tuple]) -> int:
        stored = store(con, rows)
        if any(item_id == 5 for item_id, _ in rows):
            raise RuntimeError("stopped mid-batch")
        return stored

    with pytest.raises(RuntimeError, match="stopped mid-batch"):
        run_batches(con, PENDING.batches(con, 2), lambda rows: [rows], store_until_five)
    con.close()  # the open transaction is rolled back with the connection, as a killed run's is
    con = duckdb.connect(path)
    assert con.execute("SELECT count(*) FROM lengths").fetchone()[0] == 4
    assert PENDING.count(con) == 2
    assert run_batches(con, PENDING.batches(con, 2), lambda rows: [rows], store) == 2
    assert con.execute("SELECT count(DISTINCT item_id), count(*) FROM lengths").fetchone() == (6, 6)
    con.close()


def test_a_store_that_marks_nothing_done_is_stopped(con: duckdb.DuckDBPyConnection) -> None:
    def forgetful(con: duckdb.DuckDBPyConnection, rows: list[tuple]) -> int:
        return len(rows)

    with pytest.raises(StuckBatch, match="items: row 1 is still pending"):
        run_batches(con, PENDING.batches(con, 3), lambda rows: [rows], forgetful)


def test_stream_yields_every_row_in_order_a_chunk_at_a_time(con: duckdb.DuckDBPyConnection) -> None:
    query = "SELECT i, i * 2 FROM range(5001) t(i) ORDER BY i"
    rows = stream(con, query)
    assert next(rows) == (0, 0)
    assert list(rows) == [(i, i * 2) for i in range(1, 5001)]
    assert list(stream(con, "SELECT i FROM range(10) t(i) WHERE i > ?", [7])) == [(8,), (9,)]
