"""The suites' results over an empty warehouse, without GX.

A first run on an empty feed folder has nothing for GX to read: every suite's batch has no rows, and what each
expectation says of no rows does not depend on data (a column-map expectation holds with 0 of 0 unexpected; a row
count is 0). Importing GX for that costs seconds, so these results are written as GX 1.24 writes them
(tests/test_empty_validation.py compares them with GX's own, row for row); each row's details say it was evaluated
this way. An expectation of a kind not listed here makes GX run.
"""

from __future__ import annotations

import re

import duckdb

from expectations.runner import Outcome, Validation, _jsonable
from expectations.suites import SUITES, Exp, Suite

ENGINE = "none (empty warehouse)"
MARK = {"evaluated": "without GX: the batch has no rows"}
# column-map expectations: on no rows they hold, with nothing unexpected
_COLUMN_MAPS = {
    "ExpectColumnValuesToBeBetween",
    "ExpectColumnValuesToBeInSet",
    "ExpectColumnValuesToBeUnique",
    "ExpectColumnValuesToNotBeNull",
    "ExpectColumnValuesToMatchRegex",
}


def batches_empty(con: duckdb.DuckDBPyConnection, suites: tuple[Suite, ...] = SUITES) -> bool:
    """True when the warehouse holds no document and every suite's batch has no rows."""
    if con.execute("SELECT count(*) FROM documents").fetchone()[0]:
        return False
    # the queries are the suites' own constants, not input
    return all(con.execute(f"SELECT count(*) FROM ({suite.query})").fetchone()[0] == 0 for suite in suites)


def validate_empty(suites: tuple[Suite, ...] = SUITES) -> Validation | None:
    """The results over empty batches, or None when an expectation is of a kind this module does not know."""
    run = Validation(ENGINE)
    for suite in suites:
        for exp in suite.expectations:
            outcome = _outcome(suite, exp)
            if outcome is None:
                return None
            run.outcomes.append(outcome)
    return run


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _outcome(suite: Suite, exp: Exp) -> Outcome | None:
    call = exp.call()
    kwargs = {k: int(v) if isinstance(v, float) and v.is_integer() else v for k, v in call.kwargs.items()}
    gx_type = _snake(call.name)
    common = {
        "suite": suite.name,
        "asset": suite.asset,
        "concern": suite.concern,
        "expectation": exp.name,
        "gx_type": gx_type,
        "column": kwargs.get("column"),
        "severity": exp.severity,
        "description": exp.description,
        "details": {"gx_type": gx_type, "kwargs": _jsonable(kwargs), **MARK},
    }
    if call.name in _COLUMN_MAPS:
        return Outcome(
            **common, success=True, element_count=0, unexpected_count=0, observed_value="0 of 0 unexpected (0.0%)"
        )
    if call.name == "ExpectTableRowCountToBeBetween":
        low, high = kwargs.get("min_value"), kwargs.get("max_value")
        success = (low is None or low <= 0) and (high is None or high >= 0)
        return Outcome(**common, success=success, observed_value="0")
    return None
