"""`kabar report`: the data-quality report of the latest run (Markdown, JSON, JUnit or HTML) and its exit code.

The latest run is the latest quality evaluation (quality_runs); the report holds its suite results
(dq_results), the row-level findings (quality_flags, which always hold the latest evaluation) and the
outlet history alerts. Exit code 1 when findings at or above `--fail-on` exist: a failed expectation or a
flag of that severity.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

import duckdb

from etl.cli.report_format import md_cell
from etl.quality.registry import CHECKS, SEVERITY_RANK
from etl.warehouse.lake import connect, warehouse_exists

TOP_FINDINGS = 30
PER_CHECK = 3  # top findings show a few of each check, the rarest checks first
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass
class Report:
    run: dict | None
    expectations: list[dict] = field(default_factory=list)
    checks: list[dict] = field(default_factory=list)  # per check: concern, severity, flags, articles
    top: list[dict] = field(default_factory=list)

    def worst(self) -> int:
        """Rank of the most severe finding (-1 when none)."""
        ranks = [SEVERITY_RANK.get(e["severity"], 1) for e in self.expectations if not e["success"]]
        ranks += [SEVERITY_RANK[c["severity"]] for c in self.checks if c["flags"]]
        return max(ranks, default=-1)


def load_report(con: duckdb.DuckDBPyConnection) -> Report:
    try:
        run = con.execute(
            "SELECT run_id, evaluated_at, articles, articles_new, flags_error, flags_warning, flags_info, gx_engine, "
            "validation_seconds, data_docs FROM quality_runs ORDER BY evaluated_at DESC LIMIT 1"
        ).fetchone()
    except duckdb.CatalogException:
        run = None
    if run is None:
        return Report(None)
    keys = (
        "run_id",
        "evaluated_at",
        "articles",
        "articles_new",
        "flags_error",
        "flags_warning",
        "flags_info",
        "gx_engine",
        "validation_seconds",
        "data_docs",
    )
    report = Report(
        {k: (v.isoformat(timespec="seconds") if k == "evaluated_at" else v) for k, v in zip(keys, run, strict=True)}
    )
    cols = (
        "suite",
        "asset",
        "expectation",
        "column_name",
        "success",
        "severity",
        "unexpected_count",
        "element_count",
        "observed_value",
        "description",
        "details",
    )
    report.expectations = [
        dict(zip(cols, r, strict=True)) | {"details": json.loads(r[-1] or "{}")}
        for r in con.execute(
            f"SELECT {', '.join(cols)} FROM dq_results WHERE run_id = ? "
            "ORDER BY suite = 'history', suite, expectation, column_name",
            [run[0]],
        ).fetchall()
    ]
    report.checks = [
        {"check": name, "concern": c.concern, "severity": sev, "flags": n, "articles": a}
        for name, sev, n, a in con.execute(
            "SELECT check_name, severity, count(*), count(DISTINCT article_id) FROM quality_flags GROUP BY 1, 2"
        ).fetchall()
        if (c := CHECKS.get(name)) is not None
    ]
    report.checks.sort(key=lambda c: (-SEVERITY_RANK[c["severity"]], -c["flags"], c["check"]))
    report.top = [
        dict(zip(("severity", "check", "outlet", "title", "source_uri", "article_id", "detail"), r, strict=True))
        for r in con.execute(
            "SELECT severity, check_name, outlet, title, source_uri, article_id, detail FROM ("
            "  SELECT *, row_number() OVER (PARTITION BY check_name ORDER BY source_uri, detail) AS n,"
            "         count(*) OVER (PARTITION BY check_name) AS per_check"
            "  FROM quality_latest WHERE severity <> 'info')"
            "WHERE n <= ? ORDER BY CASE severity WHEN 'error' THEN 0 ELSE 1 END, per_check, check_name, n LIMIT ?",
            [PER_CHECK, TOP_FINDINGS],
        ).fetchall()
    ]
    return report


def _carried_note(expectations: list[dict]) -> list[str]:
    """A line saying the suites were not re-run, where this run carried earlier results over (nothing had changed)."""
    carried = sorted({e["details"]["carried_over_from"] for e in expectations if "carried_over_from" in e["details"]})
    if not carried:
        return []
    return [f"Nothing changed since run `{', '.join(carried)}`: its GX results are carried over, not re-run.", ""]


def render_markdown(report: Report) -> str:
    if report.run is None:
        return "# Kabar data-quality report\n\nNo quality evaluation in this warehouse yet: run `kabar run` first.\n"
    run = report.run
    failed = [e for e in report.expectations if not e["success"]]
    by_sev = {s: sum(1 for e in failed if e["severity"] == s) for s in ("error", "warning", "info")}
    lines = [
        "# Kabar data-quality report",
        "",
        f"Run `{run['run_id']}` evaluated {run['evaluated_at']}: {run['articles']} articles "
        f"({run['articles_new']} new), GX engine {run['gx_engine'] or '-'}.",
        "",
        *_carried_note(report.expectations),
        f"**{len(failed)} of {len(report.expectations)} expectations failed** ({by_sev['error']} error, "
        f"{by_sev['warning']} warning, {by_sev['info']} info); **row-level flags**: {run['flags_error']} error, "
        f"{run['flags_warning']} warning, {run['flags_info']} info.",
        "",
        "## Suites",
        "",
        "| suite | asset | expectations | failed | result |",
        "|---|---|---|---|---|",
    ]
    suites: dict[str, list[dict]] = {}
    for e in report.expectations:
        suites.setdefault(e["suite"], []).append(e)
    for name, rows in suites.items():
        bad = [e for e in rows if not e["success"]]
        worst = max((SEVERITY_RANK.get(e["severity"], 1) for e in bad), default=-1)
        result = "pass" if not bad else ("FAIL (error)" if worst == 2 else "fail (warning)" if worst == 1 else "note")
        lines.append(f"| {md_cell(name)} | {md_cell(rows[0]['asset'])} | {len(rows)} | {len(bad)} | {result} |")
    if failed:
        lines += [
            "",
            "## Failed expectations",
            "",
            "| suite | expectation | severity | observed | meaning |",
            "|---|---|---|---|---|",
        ]
        for e in sorted(failed, key=lambda e: -SEVERITY_RANK.get(e["severity"], 1)):
            name = e["expectation"] + (f" ({e['column_name']})" if e["suite"] == "history" else "")
            lines.append(
                f"| {md_cell(e['suite'])} | {md_cell(name)} | {e['severity']} | {md_cell(e['observed_value'], 60)} "
                f"| {md_cell(e['description'], 120)} |"
            )
    lines += ["", "## Row-level findings by check", ""]
    if report.checks:
        lines += ["| check | concern | severity | flags | articles |", "|---|---|---|---|---|"]
        lines += [
            f"| {c['check']} | {c['concern']} | {c['severity']} | {c['flags']} | {c['articles']} |"
            for c in report.checks
        ]
    else:
        lines.append("No article was flagged.")
    if report.top:
        lines += [
            "",
            f"## Top findings (errors and warnings, up to {PER_CHECK} per check)",
            "",
            "| severity | check | outlet | title | file | detail |",
            "|---|---|---|---|---|---|",
        ]
        lines += [
            f"| {t['severity']} | {t['check']} | {md_cell(t['outlet'], 30)} "
            f"| {md_cell(t['title'] or '(untitled)', 60)} "
            f"| {md_cell(t['source_uri'], 40)} | {md_cell(t['detail'], 160)} |"
            for t in report.top
        ]
    lines += [
        "",
        f"The JUnit report counts {len(report.expectations) + len(CHECKS)} test cases: the "
        f"{len(report.expectations)} expectations above plus one per row-level check ({len(CHECKS)}), which fails "
        "when an article has an error or warning flag of that check. Failed info-level expectations are notes "
        "everywhere, not failures.",
    ]
    if run.get("data_docs"):
        lines += [
            "",
            f"GX Data Docs: {md_cell(run['data_docs'], 200)}. All findings: `SELECT * FROM quality_latest`.",
        ]
    return "\n".join(lines) + "\n"


def render_json(report: Report) -> str:
    return json.dumps(
        {"run": report.run, "expectations": report.expectations, "checks": report.checks, "top_findings": report.top},
        indent=1,
        ensure_ascii=False,
        default=str,
    )


def _xml(text: object) -> str:
    return _XML_INVALID.sub("\ufffd", "" if text is None else str(text))


def render_junit(report: Report) -> str:
    """One testcase per expectation (suite = testsuite), plus one per row-level check; valid JUnit XML."""
    root = ET.Element("testsuites", name="kabar data quality")
    suites: dict[str, list[dict]] = {}
    for e in report.expectations:
        suites.setdefault(e["suite"], []).append(e)
    for name, rows in suites.items():
        failing = [e for e in rows if not e["success"] and e["severity"] != "info"]
        node = ET.SubElement(
            root,
            "testsuite",
            name=f"dq.{name}",
            tests=str(len(rows)),
            failures=str(len(failing)),
            errors="0",
            skipped="0",
        )
        for e in rows:
            case_name = e["expectation"] + (f"[{e['column_name']}]" if name == "history" else "")
            case = ET.SubElement(node, "testcase", classname=f"kabar.dq.{name}", name=_xml(case_name), time="0")
            if e["success"]:
                continue
            sample = e["details"].get("sample_ids")
            text = _xml(
                f"severity {e['severity']}; unexpected {e['unexpected_count']} of {e['element_count']}"
                + (f"; sample article ids: {', '.join(sample)}" if sample else "")
            )
            message = _xml(f"{e['description']}: observed {e['observed_value']}")
            if e["severity"] == "info":  # noted, not a failure
                ET.SubElement(case, "system-out").text = f"{message}\n{text}"
            else:
                ET.SubElement(case, "failure", type=e["severity"] or "warning", message=message).text = text
    flagged = {(c["check"], c["severity"]): c for c in report.checks}
    node = ET.SubElement(root, "testsuite", name="dq.row_level_checks", tests=str(len(CHECKS)), errors="0", skipped="0")
    failures = 0
    for name, check in CHECKS.items():
        case = ET.SubElement(node, "testcase", classname=f"kabar.flags.{check.concern}", name=name, time="0")
        found = {sev: flagged[(name, sev)] for sev in ("error", "warning", "info") if (name, sev) in flagged}
        serious = {s: c for s, c in found.items() if s != "info"}
        if serious:
            failures += 1
            worst = "error" if "error" in serious else "warning"
            counts = ", ".join(f"{c['flags']} {s}" for s, c in serious.items())
            failure = ET.SubElement(case, "failure", type=worst, message=_xml(f"{check.description}: {counts}"))
            examples = [t for t in report.top if t["check"] == name][:5]
            failure.text = _xml("\n".join(f"{t['source_uri']}: {t['detail']}" for t in examples))
        elif found:
            ET.SubElement(case, "system-out").text = _xml(f"{found['info']['flags']} info flags")
    node.set("failures", str(failures))
    root.set("tests", str(sum(int(s.get("tests", 0)) for s in root)))
    root.set("failures", str(sum(int(s.get("failures", 0)) for s in root)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


RENDERERS = {"markdown": render_markdown, "json": render_json, "junit": render_junit}


def _render_html(report: Report, con: duckdb.DuckDBPyConnection) -> str:
    from etl.cli.report_html import render_html

    return render_html(report, con, (report.run or {}).get("data_docs") or None)


def exit_code(report: Report, fail_on: str) -> int:
    if fail_on == "never":
        return 0
    return 1 if report.worst() >= SEVERITY_RANK[fail_on] else 0


def write_report(
    warehouse: Path | str, fmt: str = "markdown", output: str | None = None, fail_on: str = "error"
) -> int:
    if not warehouse_exists(warehouse):
        print(f"kabar report: warehouse not found: {warehouse}", file=sys.stderr)
        return 2
    con = connect(warehouse, read_only=True)
    try:
        report = load_report(con)
        text = _render_html(report, con) if fmt == "html" else RENDERERS[fmt](report)
    finally:
        con.close()
    if fmt == "html" and not output:  # a page, not terminal text: beside the warehouse unless told otherwise
        from etl.cli.report_html import html_report_path

        output = str(html_report_path(warehouse))
        print(f"kabar report: {output}", file=sys.stderr)
    if output and output != "-":
        path = Path(output)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    if report.run is None and fail_on != "never":
        return 1
    return exit_code(report, fail_on)
