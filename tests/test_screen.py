"""Learned filters (etl/core/screen.py): deterministic language features, the stored models, the filter at work.

The fixture sentences and articles are written for Kabar. The model files are data written by
benchmarks/gold/train.py; these tests check that they load, that every feature name they weigh is one the code
produces, and what the filter does in the real extraction (`attribute`), on and off.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace

import pytest

from etl.core import screen
from etl.core.attribution import attribute
from etl.core.models import Claim, Source
from etl.core.screen import claim_features, load_model, source_features
from etl.rules.cues import LANGUAGES
from etl.rules.learned import MODELS


def _claim(text: str, cues: tuple[str, ...], part: str = "body", no: int = 4, attributed: bool = False) -> Claim:
    return Claim(part, no, text, cues, attributed, "Ann Lee" if attributed else None, False)


def test_claim_features_are_deterministic() -> None:
    lang = LANGUAGES["en"]
    claim = _claim("I think the sequel may be even more entertaining than the first film.", ("may be",))
    first = claim_features(claim, lang)
    assert first == claim_features(claim, lang) == sorted(set(first))
    assert {"first_person", "intensifier", "evaluative", "modal&opinion", "cue_after_i", "lang=en"} <= set(first)
    assert "fam=en:hedge:possible" in first and "cue=en:may" in first


@pytest.mark.parametrize(
    ("code", "text", "cues", "present", "absent"),
    [
        (
            "en",
            '"The port may have been closed for a week," the harbour master said.',
            ("may have",),
            {"cue_quote", "quoted", "speech", "reporting"},
            {"first_person", "question"},
        ),
        (
            "en",
            "The mayor reportedly asked the council for more time.",
            ("reportedly",),
            {"fam=en:hedge:reported", "cue=en:reportedly"},
            {"cue_quote", "quoted", "first_person", "negation"},
        ),
        ("en", "Could the ferry strike have been avoided?", ("Could",), {"question"}, {"exclamation"}),
        (
            "en",
            "The minister is not likely to resign this week.",
            ("likely",),
            {"negation", "cue_negated"},
            {"question"},
        ),
        (
            "id",
            "Polisi menduga pelaku kabur ke Bekasi, kata Kapolres.",
            ("menduga",),
            {"lang=id", "legal", "speech"},
            {"first_person", "quoted"},
        ),
        (
            "id",
            "Saya kira harga cabai mungkin naik lagi pekan depan.",
            ("mungkin",),
            {"first_person", "cue_after_i"},
            {"legal"},
        ),
    ],
)
def test_claim_features_describe_the_language(
    code: str, text: str, cues: tuple[str, ...], present: set[str], absent: set[str]
) -> None:
    found = set(claim_features(_claim(text, cues), LANGUAGES[code]))
    assert present <= found, present - found
    assert not absent & found, absent & found
    assert all(_legal_claim_feature(f) for f in found), [f for f in found if not _legal_claim_feature(f)]


def test_source_features_see_fragments() -> None:
    lang = LANGUAGES["en"]
    fragment = Source("several companies that", "organization", "said", "Several companies that bid said no.")
    name = Source("Harbour Authority", "organization", "said", "The Harbour Authority said the port was shut.")
    frag, full = set(source_features(fragment, lang)), set(source_features(name, lang))
    assert {"lower_start", "first_determiner", "last_relative"} <= frag
    assert not {"lower_start", "first_determiner", "last_relative"} & full
    assert source_features(fragment, lang) == sorted(frag)
    assert all(_legal_source_feature(f) for f in frag | full)


# --- the model files: they load, and every weight is keyed by a feature name the code produces ------------------

_BUCKET = re.compile(r"^(?:len|pos|capitals|cues|claims|tokens)(?:<|>=)\d+$")


def _families(code: str, role: str) -> set[str]:
    lang = LANGUAGES[code]
    fams = {"hedge": lang.hedges, "unverified": lang.unverified, "unnamed": lang.unnamed_reports}[role]
    return {f.name for f in fams}


def _legal_claim_feature(name: str) -> bool:
    if _BUCKET.match(name) or name in {"fam=none", "families>1", "modal&opinion", *screen.CLAIM_FLAGS}:
        return True
    if re.fullmatch(r"lang=(?:en|id|ms)|part=(?:title|lede|body)|article_attributed=(?:none|some|most)", name):
        return True
    if name.startswith("cue_") and name[4:] in screen.CUE_PLACES:
        return True
    if re.fullmatch(r"cue=(en|id|ms):[^\W\d_][\w'’-]*", name):
        return True
    m = re.fullmatch(r"fam=(en|id|ms):(hedge|unverified|unnamed):(\w+)(?:&(\w+))?", name)
    if not m or m.group(3) not in _families(m.group(1), m.group(2)):
        return False
    return m.group(4) is None or m.group(4) in screen.CUE_PLACES or m.group(4) in screen.CROSSED


def _legal_source_feature(name: str) -> bool:
    if _BUCKET.match(name) or name in screen.SOURCE_FLAGS:
        return True
    if re.fullmatch(r"lang=(?:en|id|ms)|part=(?:title|lede|body)|cue=[^\sA-Z&=][^A-Z&=]*", name):
        return True
    m = re.fullmatch(r"kind=(\w+)(?:&(.+))?", name)
    if not m:
        return False
    rest = m.group(2)
    return rest is None or rest in screen.SOURCE_FLAGS or bool(re.fullmatch(r"cue=[^\sA-Z&=][^A-Z&=]*", rest))


MODEL_FILES = sorted(p.stem for p in MODELS.glob("*.json"))


def test_the_claims_model_is_stored() -> None:
    assert "claims" in MODEL_FILES


@pytest.mark.parametrize("name", MODEL_FILES)
def test_the_model_file_loads_and_its_features_are_the_codes(name: str) -> None:
    path = MODELS / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["name"] == name and data["trained_on"] and data["date"]
    assert "round-7" not in data["trained_on"]
    legal = _legal_claim_feature if name == "claims" else _legal_source_feature
    bad = [f for f in data["weights"] if not legal(f)]
    assert not bad, f"{path.name} weighs features the code never produces: {bad[:5]}"
    model = load_model(name)
    assert model is not None and 0.0 < model.threshold < 1.0
    assert model.probability([]) == pytest.approx(1 / (1 + math.exp(-model.bias)))


# --- the filter in the real extraction ------------------------------------------------------------------------

REVIEW = (
    "Westmere Film Week opens with a sequel",
    None,
    "The second Harbour Lights film opened the festival on Friday night.\n\n"
    "Perhaps I am wrong, but do you not think the sequel may be even more entertaining than the first film?\n\n"
    "The cast returns in full, and the score is again by the town orchestra.",
)
NEWS = (
    "Port director faces bribery inquiry",
    None,
    "WESTMERE - The director of Westmere port allegedly accepted payments from a shipping firm, prosecutors said on "
    "Monday.\n\nThe director reportedly received 40,000 dollars in three transfers last year, according to court "
    "documents filed by the prosecutors.\n\nHer lawyer, Ann Lee, said the director denied wrongdoing.",
)
OPINION = "Perhaps I am wrong, but do you not think the sequel may be even more entertaining than the first film?"
REPORTED = "The director reportedly received 40,000 dollars in three transfers last year"


def _claims(article: tuple[str, None, str]) -> list[Claim]:
    return attribute(*article).claims


def test_the_stored_claim_model_ranks_an_opinion_modal_below_a_reported_claim(monkeypatch) -> None:
    monkeypatch.setenv("KABAR_LEARNED", "off")
    review, news = _claims(REVIEW), _claims(NEWS)
    assert OPINION in [c.sentence for c in review]  # a candidate: the cue scan finds `Perhaps` and `may be`
    assert any(c.sentence.startswith(REPORTED) for c in news)
    model = load_model("claims")
    lang = LANGUAGES["en"]
    p_opinion = model.probability(claim_features(next(c for c in review if c.sentence == OPINION), lang, review))
    p_reported = [model.probability(claim_features(c, lang, news)) for c in news]
    assert p_opinion < 0.5 < min(p_reported)
    # at a threshold between them the filter drops the opinion and keeps every reported claim
    halfway = replace(model, threshold=0.5)
    assert OPINION not in [c.sentence for c in screen.screen_claims(review, lang, halfway)]
    assert screen.screen_claims(news, lang, halfway) == news


def test_the_filter_is_switched_by_kabar_learned(monkeypatch) -> None:
    model = load_model("claims")
    monkeypatch.setenv("KABAR_LEARNED", "off")
    everything = _claims(REVIEW) + _claims(NEWS)
    monkeypatch.setenv("KABAR_LEARNED", "claims")  # named: applied even where the file says it is not active
    named = _claims(REVIEW) + _claims(NEWS)
    lang = LANGUAGES["en"]
    expected = screen.screen_claims(_claims_off(monkeypatch, REVIEW), lang, model) + screen.screen_claims(
        _claims_off(monkeypatch, NEWS), lang, model
    )
    assert named == expected
    monkeypatch.delenv("KABAR_LEARNED")
    by_default = _claims(REVIEW) + _claims(NEWS)
    assert by_default == (named if model.active else everything)


def _claims_off(monkeypatch, article: tuple[str, None, str]) -> list[Claim]:
    monkeypatch.setenv("KABAR_LEARNED", "off")
    return _claims(article)
