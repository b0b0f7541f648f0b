"""Every command-line mistake gets one line naming the cause and what to do, exit code 2, within seconds."""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from etl.cli.main import build_parser
from tests.conftest import TRIBUN_ARTICLE, write_feed


def kabar(*args: str, cwd: Path) -> tuple[int, str, str, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KABAR_")}
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "etl", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )
    return done.returncode, done.stdout, done.stderr, time.monotonic() - started


def _one_line_error(result: tuple[int, str, str, float], *needles: str) -> str:
    code, out, err, seconds = result
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    for needle in needles:
        assert needle in lines[0], lines[0]
    assert "Traceback" not in err and out == ""
    assert seconds < 15
    return lines[0]


def test_feed_pointing_at_a_file_says_so(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed", {"a.txt": TRIBUN_ARTICLE})
    line = _one_line_error(kabar("run", "--feed", str(feed / "a.txt"), cwd=tmp_path), "is a file, not a folder")
    assert "not found" not in line and "pass the folder" in line


def test_missing_feed_folder(tmp_path: Path) -> None:
    _one_line_error(kabar("run", "--feed", "nowhere", cwd=tmp_path), "feed folder not found: nowhere", "check the path")
    assert not (tmp_path / "warehouse").exists()


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (["run"], ["kabar run:", "required: --feed", "kabar run --help"]),
        (["report", "--format", "pdf"], ["invalid choice: 'pdf'", "kabar report --help"]),
        (["report", "--fail-on", "sometimes"], ["--fail-on", "invalid choice"]),
        (["ui", "--port", "web"], ["--port", "invalid int value"]),
        (["ui", "--port", "70000"], ["--port 70000 is not a TCP port"]),
        (["frobnicate"], ["invalid choice: 'frobnicate'"]),
        ([], ["required: {run,report,ui}"]),
        (["ui", "--config", "missing.toml"], ["--config missing.toml: no such file"]),
    ],
)
def test_usage_mistakes_are_one_line(tmp_path: Path, args: list[str], needles: list[str]) -> None:
    _one_line_error(kabar(*args, cwd=tmp_path), *needles)


def test_ui_port_in_use(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        _one_line_error(kabar("ui", "--port", str(port), cwd=tmp_path), f"port {port}", "already in use", "--port")


def test_report_output_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "w.duckdb").write_bytes(b"")
    _one_line_error(
        kabar("report", "--warehouse", "w.duckdb", "--output", "out", cwd=tmp_path), "--output out is a folder"
    )


def test_broken_project_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "kabar.toml").write_text("[feeds.kompas\npath = 'x'\n", encoding="utf-8")
    feed = write_feed(tmp_path / "feed", {"a.txt": TRIBUN_ARTICLE})
    _one_line_error(kabar("run", "--feed", str(feed), cwd=tmp_path), "kabar.toml is not valid TOML", "line 1")
    (tmp_path / "kabar.toml").write_text("[feeds.kompas]\npath = 'x'\ncolour = 'red'\n", encoding="utf-8")
    _one_line_error(kabar("ui", cwd=tmp_path), "[feeds.kompas]: unknown key(s) colour")


def test_every_option_has_help() -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands.choices) == {"run", "report", "ui"}
    for name, sub in commands.choices.items():
        for action in sub._actions:
            if action.option_strings and action.dest != "help":
                assert action.help, f"kabar {name} {action.option_strings[0]} has no help text"
    text = commands.choices["report"].format_help()
    assert "--format" in text and "html" in text and "--fail-on" in text


def test_run_takes_the_feed_label_from_the_project_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from etl.cli.main import _configured_feed

    project = '[feeds.kompas]\npath = "in/kompas"\nlabel = "Kompas desk"\n'
    (tmp_path / "kabar.toml").write_text(project, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for name in ("KABAR_CONFIG", "KABAR_FEED", "KABAR_FEED_NAME", "KABAR_WAREHOUSE"):
        monkeypatch.delenv(name, raising=False)
    assert _configured_feed((tmp_path / "in" / "kompas").resolve()).label == "Kompas desk"
    assert _configured_feed((tmp_path / "in" / "other").resolve()) is None
