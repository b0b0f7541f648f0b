"""The registry of row-level checks: every check names a known concern and severity."""

import pytest

from etl.quality.registry import CHECKS, CONCERNS, SEVERITIES, Check


def test_every_check_has_a_known_concern_and_severity() -> None:
    assert {c.concern for c in CHECKS.values()} <= set(CONCERNS)
    assert {c.severity for c in CHECKS.values()} <= set(SEVERITIES)


def test_a_check_with_an_unknown_concern_is_refused() -> None:
    with pytest.raises(ValueError, match="concern 'spelling'"):
        Check("typo", "spelling", "warning", "a word is misspelt")
    with pytest.raises(ValueError, match="severity 'fatal'"):
        Check("typo", "metadata", "fatal", "a word is misspelt")
