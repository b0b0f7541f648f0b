"""When no article changed since the last evaluation, its row-level flags are kept (etl/quality/unchanged.py), with
the one check that depends on the clock brought up to date; any change makes the checks run again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import duckdb
import pytest

from etl.quality.unchanged import carry_flags_over, flags_unchanged_since
from etl.warehouse.migrate import migrate

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
EARLIER = NOW - timedelta(hours=1)


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    """A warehouse evaluated by run `r1` an hour ago: two articles, one published an hour from then (in the future
    at that time, in the past now), each with a flag."""
    con = duckdb.connect()
    migrate(con)
    for article_id, published in (("a1", NOW - timedelta(minutes=30)), ("a2", None)):
        con.execute(
            "INSERT INTO articles (article_id, doc_id, source_uri, authors, published_at, body, word_count, "
            "ingested_at, extracted_at, run_id) VALUES (?, 'd', ?, [], ?, 'isi', 1, ?, ?, 'r1')",
            [
                article_id,
                f"{article_id}.txt",
                published,
                EARLIER - timedelta(minutes=5),
                EARLIER - timedelta(minutes=4),
            ],
        )
    con.execute(
        "INSERT INTO quality_flags VALUES ('a1', 'published_in_future', 'error', 'after the check ran', 'r1', "
        "'metadata'), ('a2', 'no_source', 'warning', 'no source', 'r1', 'missing_sources')"
    )
    con.execute(
        "INSERT INTO quality_runs (run_id, evaluated_at, articles, articles_new, flags_error, flags_warning, "
        "flags_info) VALUES ('r1', ?, 2, 2, 1, 1, 0)",
        [EARLIER],
    )
    yield con
    con.close()


def test_flags_are_kept_and_a_past_publication_time_loses_its_future_flag(con: duckdb.DuckDBPyConnection) -> None:
    assert flags_unchanged_since(con, "r2") == "r1"
    carried = carry_flags_over(con, "r1", "r2", NOW, future_hours=0)
    assert con.execute("SELECT article_id, check_name, run_id FROM quality_flags").fetchall() == [
        ("a2", "no_source", "r2")
    ]
    assert (carried.run_id, carried.total, carried.by_severity, carried.by_check) == (
        "r1",
        1,
        {"warning": 1},
        {"no_source": 1},
    )


def test_a_publication_time_still_in_the_future_keeps_its_flag(con: duckdb.DuckDBPyConnection) -> None:
    carry_flags_over(con, "r1", "r2", NOW - timedelta(hours=1), future_hours=0)
    assert con.execute("SELECT count(*) FROM quality_flags WHERE run_id = 'r2'").fetchone()[0] == 2


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE articles SET ingested_at = now() WHERE article_id = 'a2'",  # re-ingested (--reprocess)
        "UPDATE articles SET extracted_at = now() WHERE article_id = 'a2'",  # extracted again
        "DELETE FROM articles WHERE article_id = 'a2'",  # an article went
        "INSERT INTO documents (doc_id, source_uri, received_at, byte_size, raw, status, reject_reason) "
        "VALUES ('d2', 'x.bin', now(), 1, 'x'::BLOB, 'rejected', 'binary')",  # a document arrived
        "UPDATE quality_flags SET run_id = 'r0' WHERE article_id = 'a2'",  # flags of an unrecorded evaluation
    ],
)
def test_any_change_makes_the_checks_run(con: duckdb.DuckDBPyConnection, change: str) -> None:
    con.execute(change)
    assert flags_unchanged_since(con, "r2") is None


def test_a_first_evaluation_runs_the_checks() -> None:
    con = duckdb.connect()
    migrate(con)
    assert flags_unchanged_since(con, "r1") is None
