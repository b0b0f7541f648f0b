"""The Dagster UI as a person meets it, in headless Chromium: `kabar ui` (webserver and daemon) on a free port,
the asset graph and its groups, "Materialize all" of kabar_pipeline to success, an asset's checks with their
severities, and the new-files sensor switched on and starting a run when a file lands in the feed folder.

Screenshots go to reports/ui-*.png (git-ignored). Needs Debian's chromium (`apt-get install chromium`), driven by
Playwright without a browser download; skipped with a reason where /usr/bin/chromium is absent, except when
KABAR_REQUIRE_BROWSER is set (.ci/run sets it, so CI never skips it silently).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO
from tests.test_ui import _free_port, _gql, _left_behind, _repository, _wait_for_server

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = REPO / "reports"
GROUPS = ("ingest", "articles", "extraction", "quality")
PROJECT = """
[warehouse]
path = "ui.duckdb"

[feeds.desk]
path = "feed"
label = "desk"
sensor_interval_seconds = 5
"""
DROPPED = (
    "Warga Keluhkan Antrean Solar di SPBU Jalur Pantura\n"
    "INDRAMAYU - Antrean kendaraan di sejumlah SPBU jalur Pantura Indramayu mengular sejak pagi.\n"
    "Sopir truk, Darto, mengatakan ia sudah menunggu hampir tiga jam. Pihak Pertamina menyebut pasokan "
    "solar dikabarkan terlambat karena cuaca buruk di pelabuhan.\n"
)


def _chromium_or_skip() -> None:
    if CHROMIUM.exists():
        return
    reason = f"Debian's chromium is not installed at {CHROMIUM} (apt-get install -y chromium); .ci/run installs it"
    if os.environ.get("KABAR_REQUIRE_BROWSER"):
        pytest.fail(reason)
    pytest.skip(reason)


def _runs(port: int, tags: list[dict] | None = None) -> list[dict]:
    data = _gql(
        port,
        "query($f: RunsFilter) { runsOrError(filter: $f) { ... on Runs { results { runId jobName status "
        "tags { key value } } } } }",
        {"f": {"tags": tags} if tags else {}},
    )
    return data["runsOrError"]["results"]


def _wait_run(port: int, run_id: str, seconds: float = 420) -> str:
    deadline = time.monotonic() + seconds
    status = ""
    while time.monotonic() < deadline:
        status = _gql(port, "query($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }", {"id": run_id})[
            "runOrError"
        ]["status"]
        if status in ("SUCCESS", "FAILURE", "CANCELED"):
            return status
        time.sleep(2)
    return status


def _check_severities(port: int, asset: str) -> dict[str, tuple[bool, str]]:
    data = _gql(
        port,
        "query($k: AssetKeyInput!) { assetNodeOrError(assetKey: $k) { ... on AssetNode { assetChecksOrError { "
        "... on AssetChecks { checks { name executionForLatestMaterialization { evaluation { success severity } } "
        "} } } } } }",
        {"k": {"path": [asset]}},
    )
    checks = data["assetNodeOrError"]["assetChecksOrError"]["checks"]
    out = {}
    for check in checks:
        evaluation = (check["executionForLatestMaterialization"] or {}).get("evaluation")
        if evaluation:
            out[check["name"]] = (evaluation["success"], evaluation["severity"])
    return out


def test_ui_in_a_browser(tmp_path: Path) -> None:
    _chromium_or_skip()
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(exist_ok=True)
    feed = tmp_path / "feed"
    shutil.copytree(REPO / "samples" / "feed", feed)
    (tmp_path / "kabar.toml").write_text(PROJECT, encoding="utf-8")
    instance = tmp_path / "ui.dagster"
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("KABAR_") and k != "DAGSTER_HOME"}
    env["KABAR_DATA_DOCS"] = str(tmp_path / "docs")
    log = (tmp_path / "ui.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "etl", "ui", "--config", str(tmp_path / "kabar.toml"), "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        _wait_for_server(port, proc, seconds=240)
        repository = _repository(port)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.set_default_timeout(120_000)
            try:
                _asset_graph(page, base, port)
                run_id = _materialize_all(page, base, port)
                _checks(page, base, port)
                _sensor(page, base, port, repository, feed)
            finally:
                browser.close()
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=90)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()
    assert proc.returncode == 0, (tmp_path / "ui.log").read_text()[-2000:]
    assert _left_behind(instance) == []
    con = duckdb.connect(str(tmp_path / "ui.duckdb"), read_only=True)
    try:
        runs = con.execute("SELECT run_id, feed, finished_at IS NOT NULL FROM runs ORDER BY started_at").fetchall()
        assert [r[1:] for r in runs] == [("desk", True), ("desk", True)]
        assert runs[0][0] == run_id
        assert con.execute("SELECT count(*) FROM documents WHERE source_uri = 'pantura.txt'").fetchone() == (1,)
    finally:
        con.close()


def _asset_graph(page, base: str, port: int) -> None:
    """The lineage shows the project's asset groups, and no pop-up stands in the way."""
    page.goto(f"{base}/asset-groups")
    page.get_by_role("button", name="Materialize all").wait_for()
    nodes = _gql(port, "{ assetNodes { assetKey { path } groupName } }")["assetNodes"]
    assert {n["groupName"] for n in nodes} == set(GROUPS)
    for group in GROUPS:
        page.get_by_text(group, exact=True).first.wait_for()
    page.wait_for_timeout(1500)
    assert page.get_by_role("dialog").count() == 0  # no community pop-up (nux off in the instance's dagster.yaml)
    page.screenshot(path=str(SHOTS / "ui-1-lineage.png"))
    page.goto(f"{base}/assets")  # the catalog lists every asset of the graph
    for node in nodes:
        page.get_by_text(node["assetKey"]["path"][-1], exact=True).first.wait_for()
    page.screenshot(path=str(SHOTS / "ui-1-catalog.png"))


def _materialize_all(page, base: str, port: int) -> str:
    """ "Materialize all" on the kabar_pipeline job page runs that job (the one `kabar run` executes) to success."""
    page.goto(f"{base}/locations/kabar/jobs/kabar_pipeline")
    page.get_by_role("button", name="Materialize all").click()
    deadline = time.monotonic() + 60
    runs: list[dict] = []
    while not runs and time.monotonic() < deadline:
        runs = _runs(port)
        time.sleep(1)
    assert len(runs) == 1, runs
    run = runs[0]
    assert run["jobName"] == "kabar_pipeline"
    assert {"key": "dagster/from_ui", "value": "true"} in run["tags"]
    page.goto(f"{base}/runs/{run['runId']}")
    assert _wait_run(port, run["runId"]) == "SUCCESS"
    page.reload()
    page.get_by_text("Success", exact=True).first.wait_for()
    page.screenshot(path=str(SHOTS / "ui-2-run-success.png"))
    return run["runId"]


WARN_ICON = "warning_outline"  # the UI's icon for a failed check of severity WARN


def _checks(page, base: str, port: int) -> None:
    """The articles asset's checks, each shown with the icon of its outcome and severity."""
    severities = _check_severities(port, "articles")
    assert set(severities) == {"articles_built", "metadata_suite"}
    assert severities["articles_built"] == (True, "ERROR")  # a blocking gate: ERROR when it fails
    page.goto(f"{base}/assets/articles?view=checks")
    for name, (success, severity) in severities.items():
        item = page.get_by_title(name, exact=True).first
        item.wait_for()
        row = item.locator("xpath=ancestor::*[.//*[@role='img']][1]")
        icon = row.locator("[role='img']").first.get_attribute("aria-label")
        status = row.inner_text()
        if success:
            assert "Succeeded" in status and icon != WARN_ICON, (name, icon, status)
        elif severity == "WARN":
            assert "Failed" in status and icon == WARN_ICON, (name, icon, status)
        else:
            assert "Failed" in status and icon != WARN_ICON, (name, icon, status)
    page.get_by_title("metadata_suite", exact=True).first.click()
    page.get_by_text("This is a non-blocking asset check.").first.wait_for()
    page.get_by_text("failed_errors", exact=True).first.wait_for()
    page.screenshot(path=str(SHOTS / "ui-3-asset-checks.png"))
    page.get_by_title("articles_built", exact=True).first.click()
    page.get_by_text("This is a blocking asset check.").first.wait_for()


def _sensor(page, base: str, port: int, repository: str, feed: Path) -> None:
    """Switched on in the UI, the sensor asks for nothing while the folder is loaded, then for one run when a file
    lands; that run loads the file."""
    page.goto(f"{base}/locations/kabar/sensors/desk_new_files")
    toggle = page.locator("input[type='checkbox']").first
    toggle.wait_for(state="attached")
    assert not toggle.is_checked()
    page.get_by_text("Sensor has never run").first.wait_for()
    switch = page.locator("label:has(input[type='checkbox'])").first  # the visible switch around the input
    switch.click()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and _sensor_status(port, repository) != "RUNNING":
        time.sleep(1)
    assert _sensor_status(port, repository) == "RUNNING"
    _wait_for_ticks(port, repository, 1)  # the first look: every file is already loaded
    assert _runs(port, [{"key": "kabar/trigger", "value": "sensor"}]) == []
    (feed / "pantura.txt").write_text(DROPPED, encoding="utf-8")
    deadline = time.monotonic() + 180
    requested: list[dict] = []
    while not requested and time.monotonic() < deadline:
        requested = _runs(port, [{"key": "kabar/trigger", "value": "sensor"}])
        time.sleep(2)
    assert len(requested) == 1, "the sensor requested no run after a file was dropped"
    run = requested[0]
    assert {"key": "kabar/new_files", "value": "1"} in run["tags"] and run["jobName"] == "kabar_pipeline"
    page.reload()
    page.get_by_text("Running", exact=True).first.wait_for()
    page.wait_for_timeout(3000)  # the timeline of ticks draws after the page
    page.screenshot(path=str(SHOTS / "ui-4-sensor.png"))
    page.get_by_role("button", name="Runs", exact=True).click()  # the sensor's own runs
    page.get_by_text(run["runId"][:8]).first.wait_for()
    page.screenshot(path=str(SHOTS / "ui-5-sensor-runs.png"))
    assert _wait_run(port, run["runId"]) == "SUCCESS"
    page.goto(f"{base}/locations/kabar/sensors/desk_new_files")
    assert page.locator("input[type='checkbox']").first.is_checked()
    page.locator("label:has(input[type='checkbox'])").first.click()  # switch it off again after trying it
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and _sensor_status(port, repository) != "STOPPED":
        time.sleep(1)


def _sensor_selector(repository: str) -> dict:
    return {"repositoryLocationName": "kabar", "repositoryName": repository, "sensorName": "desk_new_files"}


def _sensor_status(port: int, repository: str) -> str:
    data = _gql(
        port,
        "query($s: SensorSelector!) { sensorOrError(sensorSelector: $s) { ... on Sensor { sensorState { status } } } }",
        {"s": _sensor_selector(repository)},
    )
    return data["sensorOrError"]["sensorState"]["status"]


def _wait_for_ticks(port: int, repository: str, count: int, seconds: float = 120) -> list[dict]:
    deadline = time.monotonic() + seconds
    ticks: list[dict] = []
    while time.monotonic() < deadline:
        data = _gql(
            port,
            "query($s: SensorSelector!) { sensorOrError(sensorSelector: $s) { ... on Sensor { sensorState { "
            "ticks(limit: 10) { status skipReason runIds } } } } }",
            {"s": _sensor_selector(repository)},
        )
        ticks = [t for t in data["sensorOrError"]["sensorState"]["ticks"] if t["status"] != "STARTED"]
        if len(ticks) >= count:
            return ticks
        time.sleep(2)
    raise AssertionError(f"the sensor did not tick {count} time(s) in {seconds} s: {ticks}")
