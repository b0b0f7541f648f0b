"""Hostile text and names: SQL values bound, feed paths never written to, reports escaped, the UI on 127.0.0.1."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path
from xml.etree import ElementTree as ET

import duckdb
import pytest

from etl.cli.report import Report, render_junit, render_markdown

KABAR = [sys.executable, "-m", "etl"]
HOSTILE = "<script>alert('x')</script> Wali Kota [klik](javascript:alert(1)) O'Neil \"Kami\"; DROP TABLE articles; --"
BODY = (
    "BEKASI, KOMPAS.com - Banjir merendam tiga kelurahan di Bekasi sejak Senin pagi.\n"
    "Ketinggian air dilaporkan mencapai satu meter di beberapa titik.\n"
    "Editor: O'Brien\"; DELETE FROM articles; --\n"
)
UNESCAPED_LINK = re.compile(r"(?<!\\)\]\(javascript:")
NAMES = ["x'); DROP TABLE documents; --.txt", 'kutip "ganda".txt', "a..%2f..%2fkeluar.txt", "nama\nbaris.txt"]


def kabar(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KABAR, *args], cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, subprocess.CompletedProcess[str]]:
    root = tmp_path_factory.mktemp("hostile")
    feed = root / "feed"
    feed.mkdir()
    for n, name in enumerate(NAMES):
        (feed / name).write_text(f"{HOSTILE} {n}\n{BODY}", encoding="utf-8")
    before = sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))
    result = kabar("run", "--quiet", "--feed", "feed", "--warehouse", "out/w.duckdb", cwd=root)
    after = sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))
    new = [p for p in after if p not in before]
    assert result.returncode == 0, (result.stdout, result.stderr)
    assert all(p.split("/")[0] in ("out", ".dagster_home") for p in new), new  # nothing written from a feed path
    return root, root / "out" / "w.duckdb", result


def test_titles_authors_and_names_full_of_sql_are_stored_verbatim(hostile_run) -> None:
    _, warehouse, result = hostile_run
    assert "Traceback" not in result.stdout + result.stderr
    con = duckdb.connect(str(warehouse), read_only=True)
    uris = sorted(r[0] for r in con.execute("SELECT source_uri FROM documents").fetchall())
    assert uris == sorted(NAMES)
    titles = sorted(r[0] for r in con.execute("SELECT title FROM articles").fetchall())
    assert titles == [f"{HOSTILE} {n}" for n in range(len(NAMES))]
    editors = {r[0] for r in con.execute("SELECT text FROM credits").fetchall()}
    assert any("O'Brien\"; DELETE FROM articles; --" in e for e in editors), editors
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (len(NAMES),)


@pytest.mark.parametrize("fmt", ["markdown", "json", "junit"])
def test_reports_escape_article_text(hostile_run, fmt: str) -> None:
    root, warehouse, _ = hostile_run
    result = kabar("report", "--warehouse", str(warehouse), "--format", fmt, "--fail-on", "never", cwd=root)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    if fmt == "markdown":
        assert "<script" not in text and not UNESCAPED_LINK.search(text)
    elif fmt == "json":
        json.loads(text)
    else:
        tree = ET.fromstring(text.split("\n", 1)[1])
        assert not list(tree.iter("script"))


def test_markdown_and_junit_escape_a_hostile_finding() -> None:
    finding = {
        "severity": "warning",
        "check": "no_source",
        "outlet": HOSTILE,
        "title": HOSTILE,
        "source_uri": NAMES[0],
        "article_id": "a1",
        "detail": HOSTILE,
    }
    run = {k: 0 for k in ("articles", "articles_new", "flags_error", "flags_warning", "flags_info")}
    report = Report(run | {"run_id": "r1", "evaluated_at": "2026-12-04", "gx_engine": "pandas", "data_docs": ""})
    report.top = [finding]
    report.checks = [
        {"check": "no_source", "concern": "missing_sources", "severity": "warning", "flags": 1, "articles": 1}
    ]
    markdown = render_markdown(report)
    assert "<script" not in markdown and not UNESCAPED_LINK.search(markdown)  # `\](` renders as text, not a link
    assert "&lt;script&gt;" in markdown
    junit = render_junit(report)
    tree = ET.fromstring(junit.split("\n", 1)[1])
    assert not list(tree.iter("script"))
    assert any(HOSTILE in (node.text or "") for node in tree.iter("failure"))  # kept as text, escaped by XML


def test_data_docs_hold_no_raw_script(hostile_run) -> None:
    root, _, _ = hostile_run
    pages = list((root / "out" / "data_docs").rglob("*.html"))
    assert pages
    assert not [p for p in pages if "<script>alert('x')" in p.read_text(encoding="utf-8", errors="replace")]


def _listening(port: int) -> list[str]:
    addresses = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hexport = local.rsplit(":", 1)
            if state == "0A" and int(hexport, 16) == port:
                addresses.append(address)
    return addresses


def test_ui_listens_on_127_0_0_1_only(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path / "home")}
    (tmp_path / "home").mkdir()
    proc = subprocess.Popen(
        [*KABAR, "ui", "--port", str(port)], cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 180
        while not _listening(port) and time.monotonic() < deadline:
            assert proc.poll() is None, "kabar ui exited"
            time.sleep(0.5)
        assert _listening(port) == ["0100007F"]  # 127.0.0.1, and no other address
    finally:
        proc.terminate()
        proc.wait(timeout=60)
