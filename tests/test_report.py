"""`kabar report`: Markdown, JSON and JUnit of the latest run, escaping, exit codes; and on the dev corpus."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import duckdb
import pytest

from etl.cli.report import write_report
from etl.quality.registry import CHECKS
from tests.fixtures.quality.crafted import FEED, materialize, write_feed

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "dev" / "raw"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("report")
    assert materialize(write_feed(root / "feed", FEED), root / "w.duckdb").success
    return root / "w.duckdb"


def _render(warehouse: Path, tmp_path: Path, fmt: str, fail_on: str = "never") -> tuple[int, str]:
    out = tmp_path / f"report.{fmt}"
    code = write_report(warehouse, fmt=fmt, output=str(out), fail_on=fail_on)
    return code, out.read_text(encoding="utf-8")


def _dq_count(warehouse: Path) -> int:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(
            "SELECT count(*) FROM dq_results WHERE run_id = (SELECT run_id FROM quality_runs "
            "ORDER BY evaluated_at DESC LIMIT 1)"
        ).fetchone()[0]
    finally:
        con.close()


def test_junit_is_valid_with_one_testcase_per_expectation(warehouse: Path, tmp_path: Path) -> None:
    code, text = _render(warehouse, tmp_path, "junit")
    assert code == 0
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "testsuites"
    cases = root.findall("./testsuite/testcase")
    expectations = [c for c in cases if c.get("classname", "").startswith("kabar.dq.")]
    assert len(expectations) == _dq_count(warehouse)
    assert len(cases) == len(expectations) + len(CHECKS)
    assert int(root.get("tests")) == len(cases)
    failures = root.findall("./testsuite/testcase/failure")
    assert int(root.get("failures")) == len(failures) > 0
    empty = root.find("./testsuite[@name='dq.metadata']/testcase[@name='body_not_empty']/failure")
    assert empty is not None and empty.get("type") == "error" and "sample article ids" in empty.text
    for suite in root.findall("testsuite"):
        assert int(suite.get("tests")) == len(suite.findall("testcase"))
        assert int(suite.get("failures")) == len(suite.findall("testcase/failure"))


def test_markdown_lists_suites_and_escapes_article_text(warehouse: Path, tmp_path: Path) -> None:
    _, text = _render(warehouse, tmp_path, "markdown")
    assert "| metadata | articles |" in text and "FAIL (error)" in text
    assert "body\\_not\\_empty" in text
    assert "HARGA \\| NAIK \\*TAJAM\\* DI &lt;PASAR&gt; INDUK" in text
    assert "<PASAR>" not in text and "| NAIK *TAJAM*" not in text
    for line in text.splitlines():
        if line.startswith("| warning | title_all_caps"):
            assert line.count(" | ") == 5  # six cells: no pipe from the title leaked into the table


def test_json_report(warehouse: Path, tmp_path: Path) -> None:
    _, text = _render(warehouse, tmp_path, "json")
    data = json.loads(text)
    assert data["run"]["articles"] == len(FEED)
    assert len(data["expectations"]) == _dq_count(warehouse)
    assert {c["check"] for c in data["checks"]} >= {"body_empty", "mojibake", "title_all_caps"}
    assert all(t["severity"] != "info" for t in data["top_findings"])


@pytest.mark.parametrize(("fail_on", "expected"), [("never", 0), ("error", 1), ("warning", 1)])
def test_exit_codes(warehouse: Path, tmp_path: Path, fail_on: str, expected: int) -> None:
    assert _render(warehouse, tmp_path, "markdown", fail_on)[0] == expected


def test_exit_code_with_warnings_only(tmp_path: Path) -> None:
    warehouse = tmp_path / "warnings.duckdb"
    files = {name: FEED[name] for name in ("clean.txt", "caps_title.txt")}  # a title in capitals: a warning
    assert materialize(write_feed(tmp_path / "feed", files), warehouse).success
    assert _render(warehouse, tmp_path, "markdown", "error")[0] == 0
    assert _render(warehouse, tmp_path, "markdown", "warning")[0] == 1


def test_missing_warehouse_is_an_error(tmp_path: Path) -> None:
    assert write_report(tmp_path / "none.duckdb", fail_on="never") == 2


@pytest.mark.corpus
def test_dev_corpus_report(tmp_path: Path) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"real corpus not available at {CORPUS} (internal test data lives in ../shared)")
    warehouse = tmp_path / "dev.duckdb"
    assert materialize(CORPUS, warehouse).success
    code, text = _render(warehouse, tmp_path, "junit", "never")
    assert code == 0
    root = ET.fromstring(text.encode("utf-8"))
    assert len(root.findall("./testsuite/testcase")) == _dq_count(warehouse) + len(CHECKS)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        errors = con.execute(
            "SELECT (SELECT count(*) FROM quality_flags WHERE severity = 'error') + (SELECT count(*) FROM dq_results "
            "WHERE NOT success AND severity = 'error')"
        ).fetchone()[0]
    finally:
        con.close()
    assert _render(warehouse, tmp_path, "markdown", "error")[0] == (1 if errors else 0)
    assert _render(warehouse, tmp_path, "markdown", "warning")[0] == 1


def test_warehouse_without_evaluation(tmp_path: Path) -> None:
    from etl.warehouse.store import open_warehouse

    warehouse = tmp_path / "empty.duckdb"
    with open_warehouse(warehouse):
        pass
    code, text = _render(warehouse, tmp_path, "markdown", "never")
    assert code == 0 and "No quality evaluation" in text
    assert _render(warehouse, tmp_path, "markdown", "error")[0] == 1  # nothing was checked: not a pass
    root = ET.fromstring(_render(warehouse, tmp_path, "junit")[1].encode("utf-8"))
    assert root.tag == "testsuites"


def test_html_report_is_one_self_contained_page(warehouse: Path, tmp_path: Path) -> None:
    import re

    code, text = _render(warehouse, tmp_path, "html")
    assert code == 0
    assert text.startswith("<!doctype html>") and text.rstrip().endswith("</html>")
    assert "<style>" in text and text.count("<svg") >= 2  # flags per outlet over runs, and in this run
    assert "<script" not in text.lower()
    assert not re.search(r"(src|href)=\"https?://", text), "nothing loaded from the network"
    headings = ("Flags per outlet over runs", "Failed expectations", "Row-level findings", "Rejected and duplicate")
    for heading in headings:
        assert heading in text
    assert "HARGA | NAIK *TAJAM* DI &lt;PASAR&gt; INDUK" in text and "<PASAR>" not in text  # article text escaped
    failed = text[text.index("Failed expectations") :]
    assert "body_not_empty" in failed and "<td>" in failed  # with example rows
    assert "one per row-level check" in text  # why JUnit counts more cases than Markdown
    from html.parser import HTMLParser

    class Balance(HTMLParser):
        void = frozenset({"meta", "br", "img", "input", "link", "hr"})

        def __init__(self) -> None:
            super().__init__()
            self.stack: list[str] = []

        def handle_starttag(self, tag: str, attrs: list) -> None:
            if tag not in self.void and not tag.startswith("svg:"):
                self.stack.append(tag)

        def handle_startendtag(self, tag: str, attrs: list) -> None:
            pass

        def handle_endtag(self, tag: str) -> None:
            assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
            self.stack.pop()

    checker = Balance()
    checker.feed(text)
    assert checker.stack == []


def test_html_report_defaults_beside_the_warehouse(warehouse: Path, tmp_path: Path) -> None:
    from etl.cli.report_html import html_report_path

    target = html_report_path(warehouse)
    target.unlink(missing_ok=True)
    assert write_report(warehouse, fmt="html", output=None, fail_on="never") == 0
    assert target.is_file() and target.parent.name == "reports"
    assert target.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_markdown_explains_junit_counts(warehouse: Path, tmp_path: Path) -> None:
    _, text = _render(warehouse, tmp_path, "markdown")
    expected = _dq_count(warehouse) + len(CHECKS)
    assert f"The JUnit report counts {expected} test cases" in text


def test_data_docs_load_nothing_from_the_network(warehouse: Path) -> None:
    import re

    from etl.defs.quality.assets import data_docs_folder
    from expectations.offline_docs import MARKER

    pages = list(data_docs_folder(str(warehouse)).rglob("*.html"))
    assert len(pages) >= 7
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert MARKER in text and ".card-header{" in text, page
        assert not re.search(r"<(link|script|img)\b[^>]*(href|src)=\"https?://", text), page
