"""The cleaner on the real corpus in ../shared/corpus (internal test data; skipped where it is absent).

The dev set is scored with the project's own scorer against its gold; the exports and the Indonesian HTML
truths, which have no boilerplate gold, guard against the failures that matter most on unseen text: a head
invented where there is none, real text removed, an outlet that the text does not name.
"""

from __future__ import annotations

import csv
import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from etl.core.clean import clean_article
from etl.core.decode import decode_bytes
from etl.core.models import RawArticle

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
CORPUS = SHARED / "corpus"
pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not CORPUS.is_dir(), reason=f"real corpus not found at {CORPUS}"),
]


def _scorer():
    spec = importlib.util.spec_from_file_location("kabar_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _exports() -> list[dict[str, str]]:
    rows = []
    for name in ("raw_valid_dev.csv", "raw_hoax_dev.csv"):
        with (CORPUS / "exports" / name).open(encoding="utf-8", newline="") as fh:
            rows.extend(r for r in csv.DictReader(fh) if r["FullText"].strip())
    return rows


def test_dev_set_against_gold() -> None:
    score = _scorer()
    fields = ("title", "lede", "editor", "outlet", "dateline_city")
    right, n = Counter(), 0
    tp = predicted = gold_total = left = spans = 0
    for path in sorted((CORPUS / "dev" / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        raw = (CORPUS / "dev" / "raw" / gold["file"]).read_bytes()
        art = clean_article(RawArticle(decode_bytes(raw).text))
        n += 1
        for field in fields:
            right[field] += score.norm(gold.get(field)) == score.norm(getattr(art, field))
        right["authors"] += sorted(map(score.norm, gold.get("authors") or [])) == sorted(map(score.norm, art.authors))
        expected = Counter(score.tokens(score.gold_body(raw.decode("utf-8"), gold["remove"])))
        got_tokens = score.tokens(art.body)
        got = Counter(got_tokens)
        tp += sum((expected & got).values())
        predicted += sum(got.values())
        gold_total += sum(expected.values())
        for span in (r["span"] for r in gold["remove"] if r["kind"] in score.RESIDUE_KINDS):
            if score.tokens(span):
                spans += 1
                left += score.contains_seq(got_tokens, score.tokens(span))
    precision, recall = tp / predicted, tp / gold_total
    f1 = 2 * precision * recall / (precision + recall)
    field_accuracy = sum(right.values()) / (len(right) * n)
    assert n >= 80
    assert field_accuracy >= 0.99, right
    assert f1 >= 0.997
    assert left / spans <= 0.02


def test_exports_have_no_invented_head_and_keep_their_text() -> None:
    """Scraper exports carry no headline line (the title is a separate column): none may be found, and the
    cleaner may not take away more than a fifth of any article (teasers and markers are short)."""
    for row in _exports():
        art = clean_article(RawArticle(row["FullText"]))
        assert art.title is None and art.lede is None, row["Url"]
        assert len(art.body.split()) >= 0.75 * len(row["FullText"].split()), row["Url"]


def test_exports_outlets_only_from_the_text_itself() -> None:
    """Kompas and Tempo exports open with their own dateline; CNN Indonesia, detik and fact-check exports have
    none and name themselves only in passing (`penelusuran CNNIndonesia`, `Pantauan detikcom`), if at all: an
    outlet is never guessed, and when one is read it is the site's own."""
    own = {
        "kompas": "Kompas",
        "tempo": "Tempo",
        "cnnindonesia": "CNN Indonesia",
        "detik": "Detik",
        "turnbackhoax": "TurnBackHoax",
    }
    named = {site: 0 for site in own}
    for row in _exports():
        art = clean_article(RawArticle(row["FullText"]))
        site = row["source"].split("_")[0]
        if art.outlet is not None:
            assert art.outlet == own[site], row["Url"]
            named[site] += 1
    assert named["kompas"] > 0 and named["tempo"] > 0


def test_indonesian_pages_outlet_and_dateline() -> None:
    truth = json.loads((CORPUS / "html" / "ground-truth.json").read_text(encoding="utf-8"))
    named = 0
    for key, item in truth.items():
        if not key.startswith("id-"):
            continue
        art = clean_article(RawArticle(item["articleBody"]))
        if art.outlet is not None:
            named += 1
            assert art.outlet == item["outlet"], key
        if art.dateline is not None:
            assert art.dateline_city, key
            assert not art.body.startswith(art.dateline)
    assert named >= 10
