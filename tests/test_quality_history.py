"""Quality per run and outlet: a sudden jump in one outlet's rates, a silent outlet, a volume drop, a stale
outlet, each against crafted earlier runs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from etl.quality import history
from etl.quality.history import compare_with_history, record_outlet_stats
from etl.warehouse.store import open_warehouse

NOW = datetime(2026, 6, 1, 6, 0, tzinfo=UTC)


@pytest.fixture
def con(tmp_path: Path):
    with open_warehouse(tmp_path / "h.duckdb") as con:
        yield con


def _articles(con, run_id: str, outlet: str, n: int, no_source: int, when: datetime) -> None:
    """n articles of one outlet in one run, the first `no_source` of them flagged for having no source."""
    for i in range(n):
        article_id = f"{run_id}-{outlet}-{i}"
        con.execute(
            "INSERT INTO articles (article_id, doc_id, source_uri, outlet, authors, body, word_count, ingested_at, "
            "run_id, extracted_at) VALUES (?, ?, ?, ?, [], 'isi', 100, ?, ?, ?)",
            [article_id, article_id, f"{outlet}/{i}.txt", outlet, when, run_id, when],
        )
        if i < no_source:
            con.execute(
                "INSERT INTO quality_flags VALUES (?, 'no_source', 'warning', 'no source', ?, 'missing_sources')",
                [article_id, run_id],
            )


def _run(con, run_id: str, when: datetime) -> list[history.HistoryResult]:
    con.execute(
        "INSERT INTO quality_runs (run_id, evaluated_at, articles, articles_new, flags_error, flags_warning, "
        "flags_info) VALUES (?, ?, 0, 0, 0, 0, 0)",
        [run_id, when],
    )
    record_outlet_stats(con, run_id, when)
    return compare_with_history(con, run_id, when)


def _by(results, expectation: str, outlet: str) -> history.HistoryResult:
    return next(r for r in results if r.expectation == expectation and r.outlet == outlet)


def test_rate_jump_in_one_outlet_is_flagged(con) -> None:
    for day in range(4):
        when = NOW - timedelta(days=4 - day)
        _articles(con, f"r{day}", "Kompas", 10, 1, when)
        _articles(con, f"r{day}", "Tempo", 10, 1, when)
        _run(con, f"r{day}", when)
    _articles(con, "now", "Kompas", 10, 8, NOW)  # 80% without sources, usually 10%
    _articles(con, "now", "Tempo", 10, 2, NOW)
    results = _run(con, "now", NOW)
    jump = _by(results, "no_source_rate_stable", "Kompas")
    assert not jump.success
    assert jump.observed["rate"] == 0.8 and jump.observed["baseline"] == pytest.approx(0.1)
    assert "Kompas" in jump.description
    assert _by(results, "no_source_rate_stable", "Tempo").success
    rates = dict(con.execute("SELECT outlet, no_source_rate FROM quality_outlet_stats WHERE run_id = 'now'").fetchall())
    assert rates == {"Kompas": 0.8, "Tempo": 0.2}


def test_silent_outlet_and_volume_drop(con) -> None:
    for day in range(4):
        when = NOW - timedelta(days=4 - day)
        _articles(con, f"r{day}", "Detik", 12, 0, when)
        _articles(con, f"r{day}", "Antara", 20, 0, when)
        _articles(con, f"r{day}", "Tempo", 10, 0, when)
        _run(con, f"r{day}", when)
    _articles(con, "now", "Antara", 2, 0, NOW)  # usually 20
    _articles(con, "now", "Tempo", 11, 0, NOW)
    results = _run(con, "now", NOW)
    assert not _by(results, "outlet_sending", "Detik").success
    assert not _by(results, "outlet_volume", "Antara").success
    assert _by(results, "outlet_volume", "Tempo").success
    stale = _by(results, "outlet_fresh", "Detik")
    assert stale.success  # its newest article is a day old: not yet stale
    later = NOW + timedelta(days=3)
    _articles(con, "later", "Tempo", 10, 0, later)
    assert not _by(_run(con, "later", later), "outlet_fresh", "Detik").success


def test_rerun_of_the_same_folder_is_not_an_alarm(con) -> None:
    for day in range(4):
        when = NOW - timedelta(days=4 - day)
        _articles(con, f"r{day}", "Detik", 12, 0, when)
        _run(con, f"r{day}", when)
    results = _run(con, "again", NOW)  # nothing new arrived from anyone
    assert all(r.expectation != "outlet_sending" for r in results)


def test_first_run_has_nothing_to_compare(con) -> None:
    _articles(con, "first", "Kompas", 10, 9, NOW)
    assert _run(con, "first", NOW) == []


def test_an_empty_warehouse_records_no_outlet_stats(con) -> None:
    now = datetime.now(UTC)
    assert record_outlet_stats(con, "run-empty", now) == 0
    assert con.execute("SELECT count(*) FROM quality_outlet_stats").fetchone()[0] == 0
