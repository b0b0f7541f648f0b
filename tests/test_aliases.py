"""The article-level alias table (etl.core.aliases) and the name-edge glue cut (etl.core.edges), run on the
examples their rules keep (etl.rules.aliases, etl.rules.glue) through the real extraction."""

from __future__ import annotations

import pytest

from etl.core.aliases import alias_table
from etl.core.attribution import attribute
from etl.core.edges import trim_glue
from etl.core.names import words_of
from etl.rules.aliases import ALIAS_RULES, OFFICE_RULE
from etl.rules.cues import language
from etl.rules.glue import NAME_EDGE_GLUE

ACTS = [(name, *ex) for name, rule in ALIAS_RULES.items() for ex in rule["acts_on"]] + [
    ("office", *ex) for ex in OFFICE_RULE["acts_on"]
]
KEEPS = [(name, ex) for name, rule in ALIAS_RULES.items() for ex in rule["leaves_alone"]] + [
    ("office", ex) for ex in OFFICE_RULE["leaves_alone"]
]


def _names(text: str) -> list[str]:
    return [s.name for s in attribute(None, None, text).sources]


@pytest.mark.parametrize(("rule", "text", "short", "full"), ACTS)
def test_a_short_form_is_reported_by_the_full_name(rule: str, text: str, short: str, full: str) -> None:
    names = _names(text)
    assert full in names, (rule, names)
    assert short not in names, (rule, names)


@pytest.mark.parametrize(("rule", "text"), KEEPS)
def test_no_alias_is_made_where_the_text_ties_none(rule: str, text: str) -> None:
    code = attribute(None, None, text).language
    table = alias_table(text, language(code))
    assert table == {}, (rule, table)


def test_two_people_joined_by_atau_stay_two() -> None:
    text = "Hendra Wijaya atau Siti Rahma Dewi belum menjawab. Siti Rahma Dewi mengatakan rapat sah."
    assert "Siti Rahma Dewi" in _names(text)


def test_a_later_part_of_the_short_form_is_the_same_person() -> None:
    text = (
        "Wakil Bupati Hendra Wijaya Kusuma atau Kang Hewi membuka rapat. Kang Hewi mengatakan rapat sah. "
        '"Kami siap," ujar Hewi.'
    )
    assert _names(text) == ["Hendra Wijaya Kusuma"]


COUNTRIES = words_of(language("id")).countries


@pytest.mark.parametrize(("name", "trimmed"), NAME_EDGE_GLUE["acts_on"])
def test_a_glued_word_is_cut_from_the_name(name: str, trimmed: str) -> None:
    assert trim_glue(name, COUNTRIES) == trimmed


@pytest.mark.parametrize("name", NAME_EDGE_GLUE["leaves_alone"])
def test_a_name_without_glue_is_kept(name: str) -> None:
    assert trim_glue(name, COUNTRIES) == name


def test_glue_is_cut_in_the_extraction() -> None:
    text = "Video itu diunggah akun TIKTOKhttps://vt.example/abc pada Senin. Menurut laporan BBCdan warga, air naik."
    names = _names(text)
    assert not any(n.endswith(("https", "dan")) for n in names), names
