"""An empty warehouse is validated without GX, with the very results GX itself gives there."""

from __future__ import annotations

import json

import duckdb
import pytest

from etl.warehouse.migrate import migrate
from expectations.empty import MARK, batches_empty, validate_empty
from expectations.runner import dq_rows, validate
from expectations.suites import SUITES, Exp, Suite, gxe


@pytest.fixture
def empty() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    migrate(con)
    yield con
    con.close()


def _rows(validation) -> list[dict]:
    """dq_results rows as written, the details without the mark of an evaluation without GX."""
    rows = dq_rows("run", validation, None)
    for row in rows:
        row["details"] = {k: v for k, v in json.loads(row["details"]).items() if k not in MARK}
    return sorted(rows, key=lambda row: (row["suite"], row["expectation"]))  # GX reorders within a suite


def test_empty_results_are_what_gx_gives_on_an_empty_warehouse(empty: duckdb.DuckDBPyConnection) -> None:
    assert batches_empty(empty)
    without = validate_empty()
    assert without is not None and len(without.outcomes) == sum(len(s.expectations) for s in SUITES)
    assert all(o.details["evaluated"] == MARK["evaluated"] for o in without.outcomes)
    with_gx = validate(empty, "pandas")
    assert _rows(without) == _rows(with_gx)
    assert not next(o for o in without.outcomes if o.expectation == "has_documents").success  # an empty warehouse


def test_one_document_makes_the_warehouse_not_empty(empty: duckdb.DuckDBPyConnection) -> None:
    empty.execute(
        "INSERT INTO documents (doc_id, source_uri, feed, format, received_at, byte_size, raw, status) "
        "VALUES (?, 'a.txt', 'f', 'text', now(), 0, ''::BLOB, 'rejected')",
        ["0" * 64],
    )
    assert not batches_empty(empty)


def test_an_unknown_kind_of_expectation_leaves_the_work_to_gx() -> None:
    odd = Suite(
        "odd",
        "metadata",
        "articles",
        "SELECT 1 AS x WHERE false",
        "x",
        (Exp("mean", "info", "a mean", lambda: gxe.ExpectColumnMeanToBeBetween(column="x", min_value=1)),),
    )
    assert validate_empty((odd,)) is None
    assert validate_empty((*SUITES, odd)) is None
