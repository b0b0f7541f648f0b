"""Boilerplate rules of every language, in the order the cleaner applies them."""

from __future__ import annotations

from etl.rules.base import SpanRule
from etl.rules.boilerplate import common, en
from etl.rules.boilerplate import id as id_rules
from etl.rules.credits import CREDITS

SPAN_RULES: tuple[SpanRule, ...] = (*CREDITS, *id_rules.RULES, *en.RULES)
# Applied to the raw line, before entities are decoded and before credits and datelines are read.
RAW_RULES: tuple[SpanRule, ...] = (*common.RULES, *en.RAW_RULES)
FUNCTION_WORDS = id_rules.FUNCTION_WORDS | en.FUNCTION_WORDS
# Openers as tuples of lower-case words (`("oleh", "karena", "itu")`).
SENTENCE_OPENERS = frozenset(tuple(p.split("_")) for p in id_rules.SENTENCE_OPENERS | en.SENTENCE_OPENERS)
SENTENCE_OPENERS_COMMA = frozenset(
    tuple(p.split("_")) for p in id_rules.SENTENCE_OPENERS_COMMA | en.SENTENCE_OPENERS_COMMA
)
CAMEL_CASE_NAMES = common.CAMEL_CASE_NAMES
SUBORDINATORS = id_rules.SUBORDINATORS | en.SUBORDINATORS
