"""The suites are built from GX's own expectation classes: every one builds, carries Kabar's name and severity,
and a wrong argument, severity or repeated name is refused; reading the suites does not import GX."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from expectations.suites import SEVERITIES, SUITES, Exp, Suite, build_suite, gxe

REPO = Path(__file__).resolve().parents[1]


def test_every_suite_builds_from_gx_classes_with_name_severity_and_meaning() -> None:
    import great_expectations as gx
    from great_expectations.expectations.expectation import Expectation

    gx_severity = {"error": "critical", "warning": "warning", "info": "info"}
    for suite in SUITES:
        built = build_suite(suite)
        assert isinstance(built, gx.ExpectationSuite) and built.name == suite.name
        assert len(built.expectations) == len(suite.expectations)
        for spec, expectation in zip(suite.expectations, built.expectations, strict=True):
            assert isinstance(expectation, Expectation)
            assert type(expectation).__module__.startswith("great_expectations.expectations.")
            assert expectation.meta == {"name": spec.name, "severity": spec.severity}
            assert expectation.description == spec.description
            assert expectation.severity.value == gx_severity[spec.severity]
            assert expectation.configuration.kwargs == spec.call().make().configuration.kwargs


def test_gx_refuses_a_wrong_argument_when_the_suite_is_built() -> None:
    from great_expectations.compatibility.pydantic import ValidationError

    wrong = Suite(
        "wrong",
        "metadata",
        "articles",
        "SELECT 1 AS x",
        "x",
        (
            Exp(
                "too_mostly",
                "warning",
                "a share above 1",
                lambda: gxe.ExpectColumnValuesToNotBeNull(column="x", mostly=2),
            ),
        ),
    )
    with pytest.raises(ValidationError, match="mostly"):
        build_suite(wrong)
    with pytest.raises(AttributeError):
        Exp("typo", "error", "no such class", lambda: gxe.ExpectColumnValuesToBeUnik(column="x")).build()


def test_severity_description_and_unique_names_are_checked_at_import() -> None:
    check = lambda: gxe.ExpectColumnValuesToNotBeNull(column="x")  # noqa: E731
    with pytest.raises(ValueError, match="unknown severity"):
        Exp("x_present", "fatal", "x is present", check)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no description"):
        Exp("x_present", "error", "", check)
    with pytest.raises(ValueError, match="repeat"):
        Suite("s", "c", "a", "SELECT 1", "x", (Exp("x", "error", "d", check), Exp("x", "info", "d", check)))
    assert {e.severity for s in SUITES for e in s.expectations} <= set(SEVERITIES)


def test_reading_the_suites_does_not_import_gx() -> None:
    code = (
        "import sys\nfrom expectations.suites import SUITES\n"
        "names = {(s.name, e.name) for s in SUITES for e in s.expectations}\n"
        "print(len(names), 'great_expectations' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    count, imported = out.stdout.split()
    assert int(count) == sum(len(s.expectations) for s in SUITES) and imported == "False"
