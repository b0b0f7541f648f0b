"""`kabar ui` serves the same asset graph, can materialise it, and stops cleanly on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _gql(port: int, query: str, variables: dict | None = None) -> dict:
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.load(resp)["data"]


def _wait_for_server(port: int, proc: subprocess.Popen, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert proc.poll() is None, "kabar ui exited early"
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=2)
            return
        except OSError:
            time.sleep(1)
    raise TimeoutError("Dagster UI did not answer")


def _repository(port: int, seconds: float = 180) -> str:
    """The code location's repository, once the webserver has loaded it."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        data = _gql(port, "{ repositoriesOrError { ... on RepositoryConnection { nodes { name } } } }")
        nodes = data["repositoriesOrError"].get("nodes") or []
        if nodes:
            return nodes[0]["name"]
        time.sleep(2)
    errors = _gql(
        port,
        "{ workspaceOrError { ... on Workspace { locationEntries { name locationOrLoadError { "
        "... on PythonError { message } } } } } }",
    )
    raise AssertionError(f"the code location did not load: {errors}")


def _left_behind(instance: Path) -> list[str]:
    """Processes still running with this UI's DAGSTER_HOME (webserver, daemon, code servers, run workers)."""
    marker = f"DAGSTER_HOME={instance}".encode()
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if marker in (proc / "environ").read_bytes().split(b"\0"):
                found.append((proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()[:120])
        except OSError:
            continue
    return found


def test_ui_lists_assets_and_materialises_the_graph(tmp_path: Path) -> None:
    port = _free_port()
    warehouse = tmp_path / "ui.duckdb"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "etl",
            "ui",
            "--port",
            str(port),
            "--warehouse",
            str(warehouse),
            "--feed",
            str(REPO / "samples" / "feed"),
        ],
        cwd=tmp_path,
        env={**os.environ},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for_server(port, proc)
        nodes = _gql(port, "{ assetNodes { assetKey { path } kinds } }")["assetNodes"]
        keys = {n["assetKey"]["path"][0] for n in nodes}
        assert {"documents", "articles", "boilerplate", "related_links", "sources", "claims"} <= keys
        assert all("duckdb" in n["kinds"] for n in nodes)
        node = {"name": _repository(port)}
        launched = _gql(
            port,
            "mutation($p: ExecutionParams!) { launchRun(executionParams: $p) { __typename "
            "... on LaunchRunSuccess { run { runId } } } }",
            {
                "p": {
                    "selector": {
                        "repositoryLocationName": "kabar",
                        "repositoryName": node["name"],
                        "jobName": "kabar_pipeline",
                    },
                    "runConfigData": {},
                }
            },
        )["launchRun"]
        assert launched["__typename"] == "LaunchRunSuccess"
        run_id = launched["run"]["runId"]
        status = None
        for _ in range(120):
            status = _gql(port, "query($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }", {"id": run_id})[
                "runOrError"
            ]["status"]
            if status in ("SUCCESS", "FAILURE", "CANCELED"):
                break
            time.sleep(1)
        assert status == "SUCCESS"
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    con = duckdb.connect(str(warehouse), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] >= 10
    assert _left_behind(tmp_path / "ui.dagster") == [], "dagster processes left behind"
