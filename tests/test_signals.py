"""What counts as evidence that a text attributes something (the `no_source` check): every evidence family's
examples, run through the function the check calls."""

from __future__ import annotations

import pytest

from etl.core.signals import attribution_signals, evidence_signals
from etl.rules.evidence import EVIDENCE

FAMILIES = [(code, fam) for code, families in EVIDENCE.items() for fam in families]


@pytest.mark.parametrize(("code", "fam"), FAMILIES, ids=lambda v: getattr(v, "name", str(v)))
def test_evidence_family_examples(code: str, fam) -> None:
    assert fam.match and fam.keep, f"{fam.name} needs examples to act on and to keep"
    for text in fam.match:
        assert evidence_signals(text, code), (fam.name, text)
        assert attribution_signals(text, code), (fam.name, text)
    for text in fam.keep:
        assert evidence_signals(text, code) == [], (fam.name, text)


def test_a_text_that_attributes_nothing_has_no_signal() -> None:
    assert attribution_signals("Hujan deras mengguyur kota sejak pagi. Jalan utama tergenang.", "id") == []
    assert attribution_signals("The storm hit the coast at dawn. Roads were closed.", "en") == []


def test_evidence_is_quoted_short_and_follows_the_language() -> None:
    text = (
        "The mayor shouted at the reporters for a full minute. "
        "You can watch the entire heated and very long exchange with the press below:"
    )
    piece = evidence_signals(text, "en")[0]  # the pointer (the colon closing the text is evidence too)
    assert piece.startswith("'watch") and piece.endswith("…'") and len(piece) <= 42
    assert evidence_signals(text, "id") == []  # the English pointer is no Indonesian evidence


def test_a_role_that_speaks_on_the_record_is_no_unnamed_source() -> None:
    from etl.core.signals import names_a_role

    for name in ("spokeswoman for the mayor", "his lawyers", "kuasa hukum terdakwa", "Jaksa", "a spokesman"):
        assert names_a_role(name), name
    for name in ("a senior official", "sources familiar with the matter", "sumber yang enggan disebut", "aides"):
        assert not names_a_role(name), name
