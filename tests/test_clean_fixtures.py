"""Whole articles in each feed shape (written for the project, not copied): exact metadata, and what the body
must keep and must lose. A real sentence must never be removed; a teaser left behind is the lesser fault."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.core.clean import CUT, clean_article
from etl.core.decode import decode_bytes
from etl.core.models import RawArticle

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "clean"
CASES = sorted(p.stem for p in FIXTURES.glob("*.txt"))
FIELDS = ("title", "lede", "editor", "outlet", "dateline_city")


def _load(name: str):
    raw = (FIXTURES / f"{name}.txt").read_bytes()
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return clean_article(RawArticle(decode_bytes(raw).text)), expected


def test_every_fixture_has_expectations() -> None:
    assert len(CASES) >= 10
    for name in CASES:
        assert (FIXTURES / f"{name}.json").is_file(), name


@pytest.mark.parametrize("name", CASES)
def test_metadata(name: str) -> None:
    art, expected = _load(name)
    for field in FIELDS:
        assert getattr(art, field) == expected[field], field
    assert art.authors == expected["authors"]
    published = art.published_at.isoformat() if art.published_at else None
    assert published == expected["published_at"]
    if "outlet_hint" in expected:
        assert art.outlet_hint == expected["outlet_hint"]


@pytest.mark.parametrize("name", CASES)
def test_body_keeps_every_sentence(name: str) -> None:
    art, expected = _load(name)
    for snippet in expected["keep"]:
        assert snippet in art.body, snippet


@pytest.mark.parametrize("name", CASES)
def test_body_loses_boilerplate(name: str) -> None:
    art, expected = _load(name)
    for snippet in expected["remove"]:
        assert snippet not in art.body, snippet
    assert CUT not in art.body
    assert "\n\n\n" not in art.body and art.body == art.body.strip()


@pytest.mark.parametrize("name", CASES)
def test_related_titles(name: str) -> None:
    art, expected = _load(name)
    assert [r.title for r in art.related] == expected["related"]
    assert [r.position for r in art.related] == list(range(1, len(art.related) + 1))


@pytest.mark.parametrize("name", CASES)
def test_removed_spans_come_from_the_raw_text(name: str) -> None:
    """Every removed span is text of the document (entities decoded), on the line it is said to start."""
    art, _ = _load(name)
    lines = decode_bytes((FIXTURES / f"{name}.txt").read_bytes()).text.splitlines()
    from etl.core.textnorm import normalise_line

    for removed in art.removed:
        assert 1 <= removed.line_no <= len(lines)
        line = normalise_line(lines[removed.line_no - 1])
        assert normalise_line(removed.text) in line or removed.text in lines[removed.line_no - 1], removed
