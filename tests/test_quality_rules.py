"""The quality rules as data: every named pattern finds its examples and leaves its keep-texts alone,
in Python and in DuckDB (the checks run them inside DuckDB)."""

from __future__ import annotations

import duckdb
import pytest

from etl.quality import thresholds
from etl.quality.text import RESIDUAL

CUES = [
    *thresholds.RESIDUAL_BOILERPLATE,
    thresholds.MOJIBAKE,
    thresholds.HTML_LEFTOVER,
    thresholds.TITLE_TRAILING_BOILERPLATE,
    thresholds.BODY_TRUNCATED,
    thresholds.BODY_UNTERMINATED,
]


@pytest.fixture(scope="module")
def con() -> duckdb.DuckDBPyConnection:
    return duckdb.connect()


@pytest.mark.parametrize("cue", CUES, ids=lambda c: c.name)
def test_cue_examples(cue: thresholds.NamedPattern, con: duckdb.DuckDBPyConnection) -> None:
    assert cue.flag, f"{cue.name} has no example it must find"
    for text in cue.flag:
        assert cue.compiled.search(text), f"{cue.name} (Python) misses {text!r}"
        assert con.execute("SELECT regexp_matches(?, ?)", [text, cue.pattern]).fetchone()[0], (
            f"{cue.name} (DuckDB) misses {text!r}"
        )
    for text in cue.keep:
        assert not cue.compiled.search(text), f"{cue.name} (Python) wrongly finds {text!r}"
        assert not con.execute("SELECT regexp_matches(?, ?)", [text, cue.pattern]).fetchone()[0], (
            f"{cue.name} (DuckDB) wrongly finds {text!r}"
        )


def test_combined_residual_pattern_finds_every_cue(con: duckdb.DuckDBPyConnection) -> None:
    for cue in thresholds.RESIDUAL_BOILERPLATE:
        for text in cue.flag:
            assert con.execute("SELECT regexp_matches(?, ?)", [text, RESIDUAL]).fetchone()[0]
        for text in cue.keep:
            assert not con.execute("SELECT regexp_matches(?, ?)", [text, RESIDUAL]).fetchone()[0], text


def test_cue_names_are_unique() -> None:
    names = [c.name for c in CUES]
    assert len(names) == len(set(names))


def test_outlet_networks() -> None:
    network = thresholds.outlet_network
    assert network("Tribun Jogja") == network("Tribunnews") == network("Surya")
    assert network("Kompas") != network("Tempo")
