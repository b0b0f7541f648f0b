"""Warehouse files that cannot be used: a folder, not DuckDB, truncated, foreign, newer, held by another writer.

Each gives one line naming the file and what to do, exit code 2 (3 when busy), within seconds, no traceback, and
the file is left exactly as it was. An empty feed on a new warehouse is a normal day: exit 0, "nothing arrived".
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from etl.settings import _DAGSTER_YAML, instance_folder
from etl.warehouse.migrate import latest_version
from etl.warehouse.store import open_warehouse
from tests.conftest import TRIBUN_ARTICLE, write_feed
from tests.feedgen import write_generated_feed

KABAR = [sys.executable, "-m", "etl"]


def kabar(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KABAR, *args], cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=300
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def real_warehouse(path: Path) -> Path:
    with open_warehouse(path) as con:
        con.execute(
            "INSERT INTO runs (run_id, started_at, feed) SELECT 'r' || i, now(), repeat('x', 200) FROM range(5000) t(i)"
        )
        con.execute("CHECKPOINT")
    return path


def bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    """name -> (path, words the message must hold)."""
    (tmp / "a_folder").mkdir()
    (tmp / "text.duckdb").write_text("kolom1,kolom2\n1,2\n", encoding="utf-8")
    (tmp / "image.duckdb").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp / "empty.duckdb").write_bytes(b"")
    whole = real_warehouse(tmp / "whole.duckdb").read_bytes()
    (tmp / "truncated.duckdb").write_bytes(whole[: len(whole) // 2])  # DuckDB opens it: the blocks are missing
    (tmp / "cut_short.duckdb").write_bytes(whole[: len(whole) // 4])  # DuckDB fails to open it
    real_warehouse(tmp / "newer.duckdb")
    con = duckdb.connect(str(tmp / "newer.duckdb"))
    con.execute("INSERT INTO schema_version VALUES (?, now())", [latest_version() + 7])
    con.close()
    con = duckdb.connect(str(tmp / "foreign.duckdb"))
    con.execute("CREATE TABLE penjualan (id INTEGER, jumlah INTEGER)")
    con.close()
    return {
        "folder": (tmp / "a_folder", "is a folder, not a DuckDB file"),
        "text": (tmp / "text.duckdb", "not a DuckDB database"),
        "png": (tmp / "image.duckdb", "not a DuckDB database"),
        "empty": (tmp / "empty.duckdb", "is an empty file"),
        "truncated": (tmp / "truncated.duckdb", "is truncated"),
        "cut_short": (tmp / "cut_short.duckdb", "is damaged or unreadable"),
        "newer": (tmp / "newer.duckdb", f"newer kabar (schema version {latest_version() + 7}"),
        "foreign": (tmp / "foreign.duckdb", "not a Kabar warehouse"),
    }


@pytest.mark.parametrize("case", ["folder", "text", "png", "empty", "truncated", "cut_short", "newer", "foreign"])
@pytest.mark.parametrize("command", ["run", "report"])
def test_unusable_warehouse_is_one_line_exit_2_and_untouched(tmp_path: Path, case: str, command: str) -> None:
    path, words = bad_files(tmp_path)[case]
    feed = write_feed(tmp_path / "feed", {"a.txt": TRIBUN_ARTICLE})
    before = None if path.is_dir() else digest(path)
    args = ["--feed", str(feed)] if command == "run" else []
    started = time.monotonic()
    result = kabar(command, *args, "--warehouse", str(path), cwd=tmp_path)
    assert time.monotonic() - started < 30
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kabar {command}: {path}") and words in lines[0], lines
    assert "Traceback" not in result.stdout + result.stderr
    if before is None:
        assert list(path.iterdir()) == []
    else:
        assert digest(path) == before
        assert not Path(f"{path}.wal").exists()


def test_warehouse_held_by_the_duckdb_cli_names_the_process(tmp_path: Path) -> None:
    warehouse = real_warehouse(tmp_path / "w.duckdb")
    feed = write_feed(tmp_path / "feed", {"a.txt": TRIBUN_ARTICLE})
    cli = Path(sys.executable).parent / "duckdb"
    holder = subprocess.Popen([str(cli), str(warehouse)], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    try:
        time.sleep(1.0)  # the CLI opens the file read-write and keeps it while its input stays open
        for command, args in (("run", ["--feed", str(feed), "--wait", "1"]), ("report", [])):
            result = kabar(command, *args, "--warehouse", str(warehouse), cwd=tmp_path)
            assert result.returncode == 3, (result.stdout, result.stderr)
            lines = result.stderr.strip().splitlines()  # "waiting up to 1 s ..." then the error
            assert all(x.startswith(f"kabar {command}: ") for x in lines) and len(lines) <= 2, lines
            line = lines[-1]
            named = re.search(rf"warehouse {re.escape(str(warehouse))} is in use by process (\d+) \(duckdb", line)
            assert named, line
            pid = int(named[1])  # the venv's `duckdb` is a launcher: the holder is it or the program it started
            assert pid == holder.pid or f"PPid:\t{holder.pid}\n" in Path(f"/proc/{pid}/status").read_text(), line
            assert "-readonly" in line
    finally:
        holder.communicate(b".quit\n", timeout=30)
    con = duckdb.connect(str(warehouse), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (0,)  # nothing written half-way


def test_a_second_run_waits_a_bounded_time_and_names_the_first(tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    home = instance_folder(warehouse)  # the warehouse's own instance, whatever DAGSTER_HOME says
    home.mkdir()
    (home / "dagster.yaml").write_text(_DAGSTER_YAML, encoding="utf-8")
    env = {**os.environ, "DAGSTER_HOME": str(home), "KABAR_WORKERS": "1"}
    feed = write_generated_feed(tmp_path / "feed", 600)
    first = subprocess.Popen(
        [*KABAR, "run", "--quiet", "--feed", str(feed), "--warehouse", str(warehouse)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not warehouse.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(0.5)
        second = kabar(
            "run",
            "--quiet",
            "--feed",
            str(feed),
            "--warehouse",
            str(warehouse),
            "--wait",
            "2",
            cwd=tmp_path,
            env={"DAGSTER_HOME": str(home)},
        )
        assert second.returncode == 3, (second.stdout, second.stderr)
        assert str(first.pid) in second.stderr, second.stderr  # as DuckDB's lock or the writer pool names it
        assert "gave up after 2 s" in second.stderr
        assert "Traceback" not in second.stdout + second.stderr
    finally:
        out, err = first.communicate(timeout=300)
    assert first.returncode == 0, (out, err)


def test_empty_feed_on_a_new_warehouse_succeeds_and_says_nothing_arrived(tmp_path: Path) -> None:
    (tmp_path / "feed").mkdir()
    result = kabar("run", "--feed", str(tmp_path / "feed"), "--warehouse", "new.duckdb", cwd=tmp_path)
    assert result.returncode == 0, (result.stdout, result.stderr)
    assert "nothing arrived" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr.strip() == ""
