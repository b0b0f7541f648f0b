"""The user's seed article through the cleaner and attribute() gives the worked example of GUIDELINES.md.

Reads the raw article and its gold annotation from ../shared/corpus (internal test data, never copied here).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.core.attribution import attribute
from etl.core.pipeline import build_articles, read_document

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
RAW = SHARED / "corpus" / "dev" / "raw" / "tribunnews_seed.txt"
GOLD = SHARED / "corpus" / "dev" / "gold" / "tribunnews_seed.json"

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def seed():
    if not RAW.exists() or not GOLD.exists():
        pytest.skip(f"seed article not found under {SHARED} (the shared corpus is not mounted here)")
    read = read_document(RAW.name, RAW.read_bytes())
    clean = build_articles("seed", RAW.name, read)[0].clean
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return attribute(clean.title, clean.lede, clean.body, clean.outlet), gold


def test_language(seed) -> None:
    att, gold = seed
    assert att.language == gold["language"]


def test_sources_are_exactly_the_worked_example(seed) -> None:
    att, gold = seed
    assert [(s.name, s.kind) for s in att.sources] == [(s["name"], s["kind"]) for s in gold["sources"]]


def test_claims_are_exactly_the_worked_example(seed) -> None:
    att, gold = seed
    mine = [(c.sentence, list(c.cues), c.attributed, c.source_name) for c in att.claims]
    expected = [(c["span"], c["cues"], c["attributed"], c["source"]) for c in gold["claims"]]
    assert mine == expected


def test_explicitly_unverified(seed) -> None:
    att, gold = seed
    assert any(c.explicitly_unverified for c in att.claims) == gold["explicitly_unverified"]
    assert [c.cues for c in att.claims if c.explicitly_unverified] == [
        tuple(c["cues"]) for c in gold["claims"] if "belum diverifikasi" in c["cues"]
    ]
