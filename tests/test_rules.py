"""Every rule's own examples, run through the whole cleaner: a rule is only as good as what it does in context."""

from __future__ import annotations

import re

import pytest

from etl.core.clean import clean_article
from etl.core.models import RawArticle
from etl.rules.base import BOILERPLATE_KINDS, SpanRule
from etl.rules.boilerplate import RAW_RULES, SPAN_RULES
from etl.rules.datelines import DATELINES
from etl.rules.outlets import canonical_outlet

ALL_RULES: tuple[SpanRule, ...] = (*RAW_RULES, *SPAN_RULES)
_WORD_LITERAL = re.compile(r"[A-Z][a-z]+")


def _removed_by(text: str, name: str) -> list[tuple[str, str]]:
    art = clean_article(RawArticle(text))
    return [(r.text, r.kind) for r in art.removed if r.rule == name or r.rule.startswith(name + ".")]


def _ids(rules) -> list[str]:
    return [r.name for r in rules]


def _tried(rule: SpanRule, text: str) -> bool:
    """Whether the cleaner tries `rule` on `text` at all: it has no trigger, or `text` holds a trigger literal as
    the cleaner looks for them (raw rules by substring; later rules take capitalised-word literals as whole words)."""
    if rule.trigger is None:
        return True
    capitalised = set(re.findall(r"[A-Z][a-z]*", text))
    return any(
        lit in capitalised if rule not in RAW_RULES and _WORD_LITERAL.fullmatch(lit) else lit in text
        for lit in rule.trigger.literals
    )


def test_rule_names_are_unique_and_kinds_known() -> None:
    names = [r.name for r in ALL_RULES] + [d.name for d in DATELINES]
    assert len(names) == len(set(names))
    assert all(r.kind in BOILERPLATE_KINDS for r in ALL_RULES)


@pytest.mark.parametrize("rule", ALL_RULES, ids=_ids(ALL_RULES))
def test_rule_has_examples(rule: SpanRule) -> None:
    assert rule.remove, f"{rule.name} has no must-remove example"
    assert rule.keep, f"{rule.name} has no must-keep example"


@pytest.mark.parametrize("rule", ALL_RULES, ids=_ids(ALL_RULES))
def test_rule_removes_its_examples(rule: SpanRule) -> None:
    for text, span in rule.remove:
        removed = _removed_by(text, rule.name)
        assert [t for t, _ in removed] == [span.strip()], f"{rule.name} on {text!r}"
        assert {k for _, k in removed} == {rule.kind}
        body = clean_article(RawArticle(text)).body
        assert span.strip() not in body


@pytest.mark.parametrize("rule", ALL_RULES, ids=_ids(ALL_RULES))
def test_rule_keeps_its_examples(rule: SpanRule) -> None:
    """Kept by the cleaner, with at least one example the cleaner really tries the rule on (one holding its
    trigger); where the trigger spares the rule, the rule's own pattern must find nothing either."""
    for text in rule.keep:
        assert _removed_by(text, rule.name) == [], f"{rule.name} removed something from {text!r}"
        if not _tried(rule, text):
            assert rule.pattern.search(text) is None, f"{rule.name} would cut {text!r} but for its trigger"
    assert any(_tried(rule, text) for text in rule.keep), f"{rule.name}: no keep example holds its trigger"


@pytest.mark.parametrize("pattern", DATELINES, ids=_ids(DATELINES))
def test_dateline_examples(pattern) -> None:
    assert pattern.remove, f"{pattern.name} has no example"
    assert pattern.keep, f"{pattern.name} has no keep example"
    for text, outlet, city in pattern.remove:
        art = clean_article(RawArticle(text))
        datelines = [r for r in art.removed if r.kind == "dateline"]
        assert [r.rule for r in datelines] == [pattern.name], text
        assert art.outlet == canonical_outlet(outlet), text
        assert art.dateline_city == city, text
        assert not art.body.startswith(datelines[0].text)
    for text in pattern.keep:
        art = clean_article(RawArticle(text))
        assert not [r for r in art.removed if r.rule == pattern.name], text
        assert art.dateline_city is None and art.outlet is None, text


@pytest.mark.parametrize(
    ("text", "outlet", "city"),
    [
        ("JAKARTA (ANTARA) - Harga emas naik.", "Antara", "Jakarta"),
        ("Mataram, NTB (ANTARA News) - Bandara dibuka.", "Antara", "Mataram"),
        ("Liputan6.com, Jakarta - Harga emas naik.", "Liputan6", "Jakarta"),
        ("REPUBLIKA.CO.ID, JAKARTA -- Harga emas naik.", "Republika", "Jakarta"),
        ("Jakarta, CNN Indonesia -- Harga emas naik.", "CNN Indonesia", "Jakarta"),
        ("Jakarta - Harga emas naik.", None, "Jakarta"),
        ("Okezone.com, Jakarta - Harga emas naik.", "Okezone", "Jakarta"),
        ("VIVA – Harga emas naik.", "Viva", None),
        ("VIVA.co.id, Jakarta – Harga emas naik.", "Viva", "Jakarta"),
        ("Bisnis.com, JAKARTA — Harga emas naik.", "Bisnis", "Jakarta"),
        ("Kapanlagi.com - Penyanyi itu merilis album.", "KapanLagi", None),
        ("TRIBUNJATENG.COM, SEMARANG - Harga emas naik.", "Tribun Jateng", "Semarang"),
        ("SURYA.co.id | SURABAYA - Harga emas naik.", "Surya", "Surabaya"),
        ("TEMPO.CO, Jakarta -&nbsp;Harga emas naik.", "Tempo", "Jakarta"),
        ("WASHINGTON, Jan 5 (Reuters) - Stocks rose.", "Reuters", "Washington"),
        ("PARIS (AFP) - Stocks rose.", "AFP", "Paris"),
    ],
)
def test_datelines_of_known_outlets(text: str, outlet: str | None, city: str | None) -> None:
    art = clean_article(RawArticle(text))
    assert (art.outlet, art.dateline_city) == (outlet, city)
    assert art.body.split()[0] in ("Harga", "Bandara", "Penyanyi", "Stocks")


@pytest.mark.parametrize("rule", [r for r in ALL_RULES if r.trigger], ids=_ids([r for r in ALL_RULES if r.trigger]))
def test_trigger_is_in_every_removed_span(rule: SpanRule) -> None:
    """A trigger is a promise that every match holds one of its literals: checked on the spans themselves, with
    capitalised-word literals as whole words (how the cleaner looks for them)."""
    for _, span in rule.remove:
        capitalised = set(re.findall(r"[A-Z][a-z]*", span))
        held = [
            lit
            for lit in rule.trigger.literals
            if (lit in capitalised if re.fullmatch(r"[A-Z][a-z]+", lit) else lit in span)
        ]
        assert held, f"{rule.name}: no trigger literal in {span!r}"
