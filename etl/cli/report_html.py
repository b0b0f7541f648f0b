"""`kabar report --format html`: one self-contained page (inline CSS, inline SVG charts, no script, no CDN).

Flags per outlet over runs, the latest run's flags per outlet, the suites, failed expectations with example rows,
row-level findings and rejected documents. Every value from the warehouse is escaped: article text is data.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import duckdb

from etl.cli.report import Report
from etl.cli.report_format import html_text as esc
from etl.quality.registry import CHECKS, SEVERITY_RANK

RUNS_SHOWN = 20
OUTLETS_SHOWN = 8
EXAMPLES = 3
PALETTE = ("#1f6f8b", "#d1495b", "#edae49", "#66a182", "#8d6a9f", "#2e4057", "#f28f3b", "#00798c", "#9b9b9b")
SEVERITY_COLOURS = {"error": "#c0392b", "warning": "#e69b00", "info": "#6c8ebf"}

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1d2430}
header{background:#1d2430;color:#fff;padding:18px 32px}header h1{margin:0;font-size:22px}
header p{margin:4px 0 0;color:#c9d1dc}main{padding:16px 32px 48px;max-width:1200px}
section{background:#fff;border:1px solid #e1e5ea;border-radius:8px;padding:16px 20px;margin:16px 0}
h2{font-size:17px;margin:0 0 10px}.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{background:#fff;border:1px solid #e1e5ea;border-radius:8px;padding:10px 16px;min-width:130px}
.card b{display:block;font-size:24px}.card span{color:#5b6573;font-size:13px}
table{border-collapse:collapse;width:100%;font-size:13.5px}th,td{text-align:left;padding:5px 8px;
border-bottom:1px solid #eceff3;vertical-align:top}th{background:#f0f2f5;font-weight:600}
.sev{display:inline-block;border-radius:4px;padding:0 6px;color:#fff;font-size:12px}
.sev-error{background:#c0392b}.sev-warning{background:#e69b00}.sev-info{background:#6c8ebf}
.pass{color:#2e7d32}.fail{color:#c0392b}.note{color:#5b6573;font-size:13px}
details{margin:6px 0}summary{cursor:pointer;font-weight:600}code{font-size:12.5px;background:#f0f2f5;padding:0 3px}
svg text{font:11px system-ui,sans-serif;fill:#3b4450}.legend{font-size:12.5px;margin-top:4px}
.legend i{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px;border-radius:2px}
"""


def html_report_path(warehouse: Path | str) -> Path:
    """Where the pipeline and `kabar report --format html` write the page: reports/<stem>.html beside the file
    (for a lake: reports/lake.html in its local folder, see etl.settings.local_folder)."""
    from etl.settings import local_folder, local_stem

    return local_folder(warehouse) / "reports" / f"{local_stem(warehouse)}.html"


def _fetch(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[tuple]:
    try:
        return con.execute(sql, params or []).fetchall()
    except duckdb.Error:  # an older warehouse without the table or column: the section stays empty
        return []


def outlet_series(con: duckdb.DuckDBPyConnection) -> tuple[list[str], dict[str, list[int | None]]]:
    """Run labels (oldest first) and, per outlet, error+warning flags in each run (None: outlet absent)."""
    rows = _fetch(
        con,
        "SELECT s.run_id, r.evaluated_at, s.outlet, coalesce(s.flags_error, 0) + coalesce(s.flags_warning, 0) "
        "FROM quality_outlet_stats s JOIN (SELECT run_id, evaluated_at FROM quality_runs "
        "ORDER BY evaluated_at DESC LIMIT ?) r USING (run_id) WHERE s.flags_error IS NOT NULL",
        [RUNS_SHOWN],
    )
    runs = sorted({(r[1], r[0]) for r in rows})
    index = {run_id: i for i, (_, run_id) in enumerate(runs)}
    series: dict[str, list[int | None]] = {}
    for run_id, _, outlet, flags in rows:
        series.setdefault(outlet, [None] * len(runs))[index[run_id]] = int(flags)
    top = sorted(series, key=lambda o: -max(v or 0 for v in series[o]))[:OUTLETS_SHOWN]
    labels = [f"{when:%d %b %H:%M}" for when, _ in runs]
    return labels, {o: series[o] for o in sorted(top)}


def line_chart(labels: list[str], series: dict[str, list[int | None]], width: int = 760, height: int = 240) -> str:
    if not labels or not series:
        return '<p class="note">No run has recorded flags per outlet yet.</p>'
    left, right, top, bottom = 44, 12, 12, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max(max((v or 0) for v in values) for values in series.values())
    peak = max(4, -(-peak // 4) * 4)  # a multiple of four: whole numbers on the four grid lines
    step = plot_w / max(len(labels) - 1, 1)

    def x(i: int) -> float:
        return left + (i * step if len(labels) > 1 else plot_w / 2)

    def y(v: float) -> float:
        return top + plot_h - v / peak * plot_h

    parts = [f'<svg viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="flags per outlet over runs">']
    for k in range(5):
        value = peak * k / 4
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y(value):.1f}" y2="{y(value):.1f}" stroke="#e6e9ee"/>'
            f'<text x="{left - 6}" y="{y(value) + 4:.1f}" text-anchor="end">{value:.0f}</text>'
        )
    every = max(1, len(labels) // 8)
    for i, label in enumerate(labels):
        if i % every == 0 or i == len(labels) - 1:
            parts.append(f'<text x="{x(i):.1f}" y="{height - 22}" text-anchor="middle">{esc(label)}</text>')
    legend = []
    for n, (outlet, values) in enumerate(series.items()):
        colour = PALETTE[n % len(PALETTE)]
        points = [(x(i), y(v)) for i, v in enumerate(values) if v is not None]
        if len(points) > 1:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
            parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{path}"/>')
        for (px, py), v in zip(points, [v for v in values if v is not None], strict=True):
            parts.append(
                f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3" fill="{colour}"><title>{esc(outlet)}: {v}</title></circle>'
            )
        legend.append(f'<i style="background:{colour}"></i>{esc(outlet)}')
    parts.append("</svg>")
    return "".join(parts) + f'<div class="legend">{"".join(legend)}</div>'


def severity_bars(rows: list[tuple[str, int, int, int]], width: int = 760) -> str:
    """Horizontal stacked bars: per outlet, the latest evaluation's flags by severity."""
    if not rows:
        return '<p class="note">No article is flagged.</p>'
    label_w, bar_h, gap = 170, 18, 6
    peak = max(e + w + i for _, e, w, i in rows) or 1
    height = len(rows) * (bar_h + gap) + 24
    parts = [f'<svg viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="flags per outlet">']
    for n, (outlet, *counts) in enumerate(rows):
        top = n * (bar_h + gap)
        parts.append(f'<text x="{label_w - 8}" y="{top + 13}" text-anchor="end">{esc(outlet)[:28]}</text>')
        left = float(label_w)
        for severity, count in zip(("error", "warning", "info"), counts, strict=True):
            if not count:
                continue
            w = count / peak * (width - label_w - 60)
            parts.append(
                f'<rect x="{left:.1f}" y="{top}" width="{w:.1f}" height="{bar_h}" fill="{SEVERITY_COLOURS[severity]}">'
                f"<title>{esc(outlet)}: {count} {severity}</title></rect>"
            )
            left += w
        parts.append(f'<text x="{left + 6:.1f}" y="{top + 13}">{sum(counts)}</text>')
    legend = "".join(f'<i style="background:{c}"></i>{s}' for s, c in SEVERITY_COLOURS.items())
    return "".join(parts) + f'</svg><div class="legend">{legend}</div>'


def _examples(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[dict]:
    """Rows behind a failed expectation's sample ids: the article (or document) a person can open."""
    out = []
    for sample in ids[:EXAMPLES]:
        row = _fetch(
            con, "SELECT source_uri, outlet, title, left(body, 160) FROM articles WHERE article_id = ?", [sample]
        )
        if row:
            out.append(dict(zip(("file", "outlet", "title", "text"), row[0], strict=True)))
            continue
        doc = _fetch(con, "SELECT source_uri, status, reject_reason FROM documents WHERE doc_id = ?", [sample])
        if doc:
            out.append({"file": doc[0][0], "outlet": None, "title": f"document {doc[0][1]}", "text": doc[0][2]})
        else:
            out.append({"file": None, "outlet": None, "title": None, "text": sample})
    return out


def _sev(severity: str | None) -> str:
    s = severity or "warning"
    return f'<span class="sev sev-{esc(s)}">{esc(s)}</span>'


def _table(head: list[str], rows: list[list[str]]) -> str:
    cells = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>" for r in rows)
    return f"<table><tr>{''.join(f'<th>{esc(h)}</th>' for h in head)}</tr>{cells}</table>"


def render_html(report: Report, con: duckdb.DuckDBPyConnection, data_docs: str | None = None) -> str:
    title = "Kabar data-quality report"
    if report.run is None:
        body = (
            "<section><p>No quality evaluation in this warehouse yet: run <code>kabar run</code> first.</p></section>"
        )
        return _page(title, "", body)
    run = report.run
    failed = [e for e in report.expectations if not e["success"]]
    serious = [e for e in failed if e["severity"] != "info"]
    cards = [
        (run["articles"], f"articles ({run['articles_new']} new)"),
        (run["flags_error"], "error flags"),
        (run["flags_warning"], "warning flags"),
        (run["flags_info"], "info flags"),
        (f"{len(serious)} / {len(report.expectations)}", "expectations failed (info notes apart)"),
    ]
    sections = [
        '<div class="cards">'
        + "".join(f"<div class=card><b>{esc(v)}</b><span>{esc(k)}</span></div>" for v, k in cards)
        + "</div>"
    ]
    labels, series = outlet_series(con)
    sections.append(
        "<section><h2>Flags per outlet over runs</h2><p class=note>Error and warning flags on each outlet's "
        f"articles at each evaluation (the last {RUNS_SHOWN} runs, the {OUTLETS_SHOWN} most flagged outlets).</p>"
        + line_chart(labels, series)
        + "</section>"
    )
    latest = _fetch(
        con,
        "SELECT coalesce(a.outlet, '(unknown)'), count(*) FILTER (WHERE q.severity = 'error'), "
        "count(*) FILTER (WHERE q.severity = 'warning'), count(*) FILTER (WHERE q.severity = 'info') "
        "FROM quality_flags q JOIN articles a USING (article_id) GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 15",
    )
    sections.append("<section><h2>Flags per outlet in this run</h2>" + severity_bars(latest) + "</section>")
    sections.append(_suites(report))
    sections.append(_failed(failed, con))
    sections.append(_checks(report))
    sections.append(_rejected(con))
    sections.append(_counts_note(report))
    if data_docs:
        sections.append(
            f'<section><h2>More</h2><p>GX Data Docs: <a href="{esc(Path(data_docs).resolve().as_uri())}">'
            f"{esc(data_docs)}</a>. Every finding: <code>SELECT * FROM quality_latest</code>.</p></section>"
        )
    subtitle = (
        f"Run {esc(run['run_id'])} evaluated {esc(run['evaluated_at'])} · GX engine {esc(run['gx_engine'] or '-')}"
    )
    return _page(title, subtitle, "".join(sections))


def _suites(report: Report) -> str:
    suites: dict[str, list[dict]] = {}
    for e in report.expectations:
        suites.setdefault(e["suite"], []).append(e)
    rows = []
    for name, items in suites.items():
        bad = [e for e in items if not e["success"]]
        worst = max((SEVERITY_RANK.get(e["severity"], 1) for e in bad), default=-1)
        result = (
            '<span class="pass">pass</span>'
            if worst < 1
            else f'<span class="fail">fail</span> {_sev("error" if worst == 2 else "warning")}'
        )
        notes = sum(1 for e in bad if e["severity"] == "info")
        rows.append([esc(name), esc(items[0]["asset"]), str(len(items)), str(len(bad) - notes), str(notes), result])
    return (
        "<section><h2>Suites</h2>"
        + _table(["suite", "asset", "expectations", "failed", "info notes", "result"], rows)
        + "</section>"
    )


def _failed(failed: list[dict], con: duckdb.DuckDBPyConnection) -> str:
    if not failed:
        return "<section><h2>Failed expectations</h2><p class=pass>Every expectation was met.</p></section>"
    parts = ["<section><h2>Failed expectations</h2>"]
    for e in sorted(failed, key=lambda e: (-SEVERITY_RANK.get(e["severity"], 1), e["suite"], e["expectation"])):
        name = e["expectation"] + (f" ({e['column_name']})" if e["column_name"] else "")
        counts = f"{e['unexpected_count']} of {e['element_count']}" if e["unexpected_count"] is not None else ""
        examples = _examples(con, list(e["details"].get("sample_ids") or []))
        values = e["details"].get("sample_values") or []
        rows = [[esc(x["file"]), esc(x["outlet"]), esc(x["title"]), esc(x["text"])] for x in examples]
        body = _table(["file", "outlet", "title", "text"], rows) if rows else ""
        if values and not rows:
            body = (
                "<p>Example values: "
                + ", ".join(f"<code>{esc(json.dumps(v, ensure_ascii=False))}</code>" for v in values[:EXAMPLES])
                + "</p>"
            )
        parts.append(
            f"<details open><summary>{_sev(e['severity'])} {esc(e['suite'])} · {esc(name)} "
            f"<span class=note>{esc(counts)}</span></summary><p>{esc(e['description'])} "
            f"<span class=note>observed: {esc(e['observed_value'])}</span></p>{body}</details>"
        )
    return "".join(parts) + "</section>"


def _checks(report: Report) -> str:
    if not report.checks:
        return "<section><h2>Row-level findings</h2><p class=pass>No article was flagged.</p></section>"
    rows = [
        [esc(c["check"]), esc(c["concern"]), _sev(c["severity"]), str(c["flags"]), str(c["articles"])]
        for c in report.checks
    ]
    top = [
        [
            _sev(t["severity"]),
            esc(t["check"]),
            esc(t["outlet"]),
            esc(t["title"] or "(untitled)"),
            esc(t["source_uri"]),
            esc(t["detail"]),
        ]
        for t in report.top
    ]
    return (
        "<section><h2>Row-level findings by check</h2>"
        + _table(["check", "concern", "severity", "flags", "articles"], rows)
        + "<h2 style='margin-top:14px'>Top findings</h2>"
        + _table(["severity", "check", "outlet", "title", "file", "detail"], top)
        + "</section>"
    )


def _rejected(con: duckdb.DuckDBPyConnection) -> str:
    rows = _fetch(
        con,
        "SELECT source_uri, status, reject_reason, byte_size, received_at FROM documents WHERE status <> 'parsed' "
        "ORDER BY received_at DESC, source_uri LIMIT 50",
    )
    if not rows:
        return (
            "<section><h2>Rejected and duplicate documents</h2><p class=pass>None: every file was read.</p></section>"
        )
    cells = [
        [
            esc(uri),
            esc(status),
            esc(reason),
            str(size),
            esc(f"{when:%Y-%m-%d %H:%M}" if isinstance(when, datetime) else when),
        ]
        for uri, status, reason, size, when in rows
    ]
    return (
        "<section><h2>Rejected and duplicate documents</h2><p class=note>Kept in <code>documents.raw</code> with their "
        "reason (nothing is lost); the latest 50.</p>"
        + _table(["file", "status", "reason", "bytes", "received"], cells)
        + "</section>"
    )


def _counts_note(report: Report) -> str:
    expectations = len(report.expectations)
    return (
        "<section><h2>About the counts</h2><p>The JUnit report (<code>--format junit</code>) has "
        f"{expectations + len(CHECKS)} test cases: one per expectation ({expectations}) plus one per row-level check "
        f"({len(CHECKS)}), which fails when any article has an error or warning flag of that check. Info-level "
        "expectations that fail are notes, not failures, in every format. So JUnit's totals are larger than the "
        "Markdown report's expectation counts, which leave the row-level checks to their own table.</p></section>"
    )


def _page(title: str, subtitle: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{CSS}</style></head>'
        f"<body><header><h1>{esc(title)}</h1><p>{subtitle}</p></header><main>{body}</main></body></html>\n"
    )


def write_html_report(con: duckdb.DuckDBPyConnection, warehouse: Path | str) -> Path:
    """Render the latest evaluation into reports/<stem>.html beside the warehouse; return the file."""
    from etl.cli.report import load_report

    report = load_report(con)
    page = html_report_path(warehouse)
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(render_html(report, con, (report.run or {}).get("data_docs") or None), encoding="utf-8")
    return page
