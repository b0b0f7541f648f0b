"""Registered frames, word classes and attribution signals, on texts written for Kabar."""

from __future__ import annotations

import pytest

from etl.core.attribution import attribute
from etl.core.frames import frame_hits
from etl.core.grammar import grammar
from etl.core.signals import attribution_signals
from etl.core.sources import find_mentions
from etl.rules.cues import LANGUAGES
from etl.rules.frames import FRAMES
from etl.rules.lexicon import COLLECTIVE_NOUNS_EN, DOCUMENT_NOUNS_EN, REPORTING_CORE, SPEECH_VERBS_EN


@pytest.mark.parametrize(
    ("frame", "sentence", "party"), [(f.name, s, p) for f in FRAMES for s, p in f.examples], ids=lambda v: str(v)[:40]
)
def test_frame_examples(frame: str, sentence: str, party: str | None) -> None:
    mentions = find_mentions(grammar(LANGUAGES["en"]), 0, sentence)
    hits = [h for h in frame_hits("en", sentence)]
    if party is None:
        assert hits == [], hits
    else:
        assert party in [m.name for m in mentions], mentions


def test_every_frame_has_examples_of_both_kinds_of_outcome_or_several_shapes() -> None:
    for f in FRAMES:
        assert len(f.examples) >= 3, f.name
        assert any(p is None for _, p in f.examples), f"{f.name}: no example where it must find nothing"


def sources_of(body: str) -> list[tuple[str, str]]:
    return [(s.name, s.kind) for s in attribute(None, None, body).sources]


def test_collective_parties_take_the_kind_of_their_noun() -> None:
    body = (
        "The ferry line will cut two routes in winter. Port officials said the boats are too old to sail. "
        "Critics argue that the islands will be cut off for weeks. Local Greens have long warned about it."
    )
    assert sources_of(body) == [
        ("Port officials", "government"),
        ("Critics", "anonymous"),
        ("Local Greens", "organization"),
    ]


def test_a_group_or_document_named_before_is_no_new_source() -> None:
    body = (
        "A survey of 400 bakers was published on Monday. The survey found that flour prices doubled. "
        "Bakers in the north met the minister. The bakers said they would raise bread prices."
    )
    names = [n for n, _ in sources_of(body)]
    assert "survey" not in names and "bakers" not in names


def test_document_and_data_subjects() -> None:
    body = "Customs data released on Friday showed rice imports fell by a third. Three polls suggest a close race."
    assert sources_of(body) == [("Customs data", "document"), ("Three polls", "document")]


def test_according_to_a_phrase_headed_by_a_group_or_document_noun() -> None:
    body = (
        "The dam was built in six years, according to two retired site engineers. The hotel will close in March, "
        "the Valley Courier reported, citing a manager familiar with the plans."
    )
    names = [n for n, _ in sources_of(body)]
    assert "two retired site engineers" in names
    assert "Valley Courier" in names and any(n.startswith("manager familiar with") for n in names)


def test_an_adverb_in_ly_between_party_and_verb() -> None:
    body = "Ruth Okafor, 58, a retired teacher, flatly denied the accusations on Tuesday."
    att = attribute(None, None, body)
    assert [s.name for s in att.sources] == ["Ruth Okafor"]
    assert att.claims[0].attributed and att.claims[0].source_name == "Ruth Okafor"


def test_inverted_verbs_beyond_said() -> None:
    body = '"The tunnel will open by June," predicted Omar Hale, a planner at the transit agency.'
    assert sources_of(body)[0] == ("Omar Hale", "person")


def test_word_classes_are_lower_case_or_capitalised_words_without_duplicates() -> None:
    verbs = [v for family in SPEECH_VERBS_EN.values() for v in family]
    assert len(verbs) == len(set(verbs))
    nouns = [n.casefold() for group in COLLECTIVE_NOUNS_EN.values() for n in group]
    assert len(nouns) == len(set(nouns))
    assert all(" " not in w for w in (*verbs, *nouns, *DOCUMENT_NOUNS_EN))
    assert set(REPORTING_CORE) == {"en", "id", "ms"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The library opens at nine. Entry is free for children.", "en", []),
        ("The library opens at nine, the council said.", "en", ["said"]),
        ('Visitors were happy. "We will come back next year," one wrote.', "en", ["wrote", "1 quotation"]),
        ("Perpustakaan buka pukul sembilan. Anak-anak masuk gratis.", "id", []),
        ("Menurut pengelola, perpustakaan buka pukul sembilan.", "id", ["Menurut"]),
    ],
)
def test_attribution_signals(text: str, language: str, expected: list[str]) -> None:
    assert attribution_signals(text, language) == expected
