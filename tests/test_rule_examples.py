"""Every rule in etl/rules, of every shape, has an example it must act on and one it must leave alone.

The rules are found by walking every module of etl/rules (so a new rule cannot be forgotten); the tests next to
each shape run the examples through the code that uses them (test_rules: the cleaner; test_claims: the cue
scanner; test_sources and test_frames: the extraction; test_formats: the HTML container rules).
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil

import pytest

import etl.rules
from etl.rules import records
from etl.rules.base import DatelinePattern, SpanRule, Trigger
from etl.rules.cues.base import CueFamily, Language, Lexicon, Reporting
from etl.rules.frames import Frame, Pieces, Slot
from etl.rules.html import ContainerRule


def _must_act(rule) -> bool:
    if isinstance(rule, CueFamily):
        return bool(rule.match)
    if isinstance(rule, Frame | Reporting):
        return any(example[-1] is not None for example in rule.examples)
    return bool(rule.remove)


def _must_keep(rule) -> bool:
    if isinstance(rule, Frame):
        return any(example[-1] is None for example in rule.examples)
    return bool(rule.keep)


RULE_TYPES = (SpanRule, DatelinePattern, ContainerRule, CueFamily, Frame, Reporting)
# Shapes in etl/rules that are not rules themselves: what they hold is checked as rules, or is a word list.
NOT_RULES = {
    Trigger: "part of a SpanRule",
    Language: "holds cue families and a Reporting",
    Lexicon: "word lists",
    Pieces: "the word-class patterns a Frame is built from",
    Slot: "the shared opening and closing of a group of Frames",
}

MODULES = [etl.rules] + [
    importlib.import_module(info.name) for info in pkgutil.walk_packages(etl.rules.__path__, prefix="etl.rules.")
]


def _walk(value, found: dict[int, object]) -> None:
    if isinstance(value, (*RULE_TYPES, Language)):
        if id(value) in found:
            return
        found[id(value)] = value
    if isinstance(value, dict):
        for item in value.values():
            _walk(item, found)
    elif isinstance(value, tuple | list | frozenset | set):
        for item in value:
            _walk(item, found)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            _walk(getattr(value, f.name), found)


def _all_rules() -> list:
    found: dict[int, object] = {}
    for module in MODULES:
        for name, value in vars(module).items():
            if not name.startswith("__"):
                _walk(value, found)
    return [r for r in found.values() if isinstance(r, RULE_TYPES)]


RULES = _all_rules()


def _id(rule) -> str:
    return f"{type(rule).__name__}:{getattr(rule, 'name', None) or id(rule)}"


def test_every_rule_shape_is_known() -> None:
    """A class defined in etl/rules is a rule shape checked here, or named as not being one."""
    defined = {
        cls
        for module in MODULES
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if cls.__module__ == module.__name__
    }
    assert defined <= set(RULE_TYPES) | set(NOT_RULES), sorted(c.__name__ for c in defined)


def test_the_walk_finds_the_rules() -> None:
    from etl.rules.boilerplate import RAW_RULES, SPAN_RULES
    from etl.rules.cues import LANGUAGES
    from etl.rules.datelines import DATELINES
    from etl.rules.frames import FRAMES
    from etl.rules.html import CONTAINER_RULES

    kinds = {t: sum(isinstance(r, t) for r in RULES) for t in RULE_TYPES}
    assert kinds[SpanRule] == len(RAW_RULES) + len(SPAN_RULES)
    assert kinds[DatelinePattern] == len(DATELINES) and kinds[Frame] == len(FRAMES)
    assert kinds[ContainerRule] == len(CONTAINER_RULES) and kinds[Reporting] == len(LANGUAGES)
    families = {
        id(f)
        for lang in LANGUAGES.values()
        for f in (*lang.hedges, *lang.false_friends, *lang.unverified, *lang.unnamed_reports)
    }
    from etl.rules.evidence import EVIDENCE

    families |= {id(f) for fams in EVIDENCE.values() for f in fams}
    assert kinds[CueFamily] == len(families)


@pytest.mark.parametrize("rule", RULES, ids=_id)
def test_rule_has_an_example_to_act_on_and_one_to_keep(rule) -> None:
    assert _must_act(rule), f"{_id(rule)} has no must-remove (or must-match) example"
    assert _must_keep(rule), f"{_id(rule)} has no must-keep example"


def test_record_value_patterns_act_on_and_keep_their_examples() -> None:
    assert records.PLACEHOLDER_REMOVE and records.PLACEHOLDER_KEEP
    for value in records.PLACEHOLDER_REMOVE:
        assert records.PLACEHOLDER.fullmatch(value), value
    for value in records.PLACEHOLDER_KEEP:
        assert not records.PLACEHOLDER.fullmatch(value), value
    assert records.FILE_LIKE_SOURCE_MATCH and records.FILE_LIKE_SOURCE_KEEP
    for value, outlet in records.FILE_LIKE_SOURCE_MATCH:
        found = records.FILE_LIKE_SOURCE.match(value)
        assert found and found.group("outlet") == outlet, value
    for value in records.FILE_LIKE_SOURCE_KEEP:
        assert not records.FILE_LIKE_SOURCE.match(value), value
