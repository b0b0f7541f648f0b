"""Boilerplate common to every language: stray HTML left between sentences."""

from __future__ import annotations

from etl.rules.base import SpanRule, rule

RULES: tuple[SpanRule, ...] = (
    rule(
        "common.stray_entity",
        "other",
        # An entity that stands alone between sentences (an empty <p>&nbsp;</p> flattened into the text);
        # entities inside words or quotes are decoded and stay.
        r"(?:(?<=[\s.!?\"”])|^)(?:&amp;)*&(?:nbsp|#160|#xa0);(?=\s|$)",
        remove=[
            ("Sidang ditunda. &nbsp; Hakim pulang.", "&nbsp;"),
            ("Sidang ditunda.&amp;nbsp; Hakim pulang.", "&amp;nbsp;"),
        ],
        keep=["Sidang ditunda&nbsp;sementara."],
    ),
)
