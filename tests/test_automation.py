"""The new-files sensor, the feeds of kabar.toml with their schedules, and one Dagster history per warehouse."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from dagster._core.instance.ref import InstanceRef

from etl.config import ConfigError, FeedConfig, ProjectConfig, load_config
from etl.defs.automation.definitions import PIPELINE_JOB, SETTLE_SECONDS, automation_definitions
from etl.settings import instance_folder
from etl.warehouse.store import open_warehouse
from tests.conftest import KOMPAS_ONE_LINE, TRIBUN_ARTICLE, write_feed


def _desk(tmp_path: Path) -> tuple[dg.SensorDefinition, Path, Path]:
    feed = tmp_path / "desk"
    feed.mkdir()
    warehouse = tmp_path / "w.duckdb"
    config = ProjectConfig(warehouse, [FeedConfig(name="desk", path=feed, label="Desk A")], None)
    sensor = automation_definitions(config).resolve_sensor_def("desk_new_files")
    return sensor, feed, warehouse


def _tick(sensor: dg.SensorDefinition, instance: dg.DagsterInstance, cursor: str | None):
    with dg.build_sensor_context(instance=instance, cursor=cursor) as context:  # closed: no instance left open
        return sensor.evaluate_tick(context)


def _settle() -> None:
    time.sleep(SETTLE_SECONDS + 0.3)  # files younger than this are left for the next tick


def test_sensor_requests_one_run_per_batch_and_none_when_nothing_changed(tmp_path: Path) -> None:
    sensor, feed, _ = _desk(tmp_path)
    assert sensor.minimum_interval_seconds == 60
    assert sensor.default_status == dg.DefaultSensorStatus.STOPPED
    with dg.instance_for_test() as instance:
        empty = _tick(sensor, instance, None)
        assert empty.run_requests == [] and empty.skip_message == "no new or changed files"
        write_feed(feed, {"a.txt": TRIBUN_ARTICLE, "sub/b.txt": KOMPAS_ONE_LINE})
        _settle()
        first = _tick(sensor, instance, empty.cursor)
        assert len(first.run_requests) == 1
        request = first.run_requests[0]
        assert request.run_config == {"resources": {"feed": {"config": {"path": str(feed), "name": "Desk A"}}}}
        assert request.tags["kabar/trigger"] == "sensor" and request.tags["kabar/new_files"] == "2"
        second = _tick(sensor, instance, first.cursor)
        assert second.run_requests == []
        os.utime(feed / "a.txt")  # touched, same bytes: not news
        _settle()
        touched = _tick(sensor, instance, second.cursor)
        assert touched.run_requests == []
        (feed / "a.txt").write_text(TRIBUN_ARTICLE + "\nTambahan paragraf.\n", encoding="utf-8")
        (feed / "c.txt").write_text(KOMPAS_ONE_LINE, encoding="utf-8")
        fresh = _tick(sensor, instance, touched.cursor)  # still being written: wait
        assert fresh.run_requests == [] and "still being written" in fresh.skip_message
        _settle()
        changed = _tick(sensor, instance, fresh.cursor)
        assert len(changed.run_requests) == 1 and changed.run_requests[0].tags["kabar/new_files"] == "2"
        assert changed.run_requests[0].run_key != request.run_key
        assert _tick(sensor, instance, changed.cursor).run_requests == []


def test_sensor_first_look_ignores_files_already_in_the_warehouse(tmp_path: Path) -> None:
    sensor, feed, warehouse = _desk(tmp_path)
    write_feed(feed, {"old.txt": TRIBUN_ARTICLE})
    from etl.core.feedwatch import file_sha256

    with open_warehouse(warehouse) as con:
        con.execute(
            "INSERT INTO documents (doc_id, source_uri, received_at, byte_size, raw, status) "
            "VALUES (?, 'old.txt', now(), 1, 'x'::BLOB, 'parsed')",
            [file_sha256(feed / "old.txt")],
        )
    _settle()
    with dg.instance_for_test() as instance:
        first = _tick(sensor, instance, None)
        assert first.run_requests == []
        write_feed(feed, {"new.txt": KOMPAS_ONE_LINE})
        _settle()
        assert len(_tick(sensor, instance, first.cursor).run_requests) == 1


def test_sensor_skips_with_a_reason_when_the_folder_is_missing(tmp_path: Path) -> None:
    sensor, feed, _ = _desk(tmp_path)
    feed.rmdir()
    with dg.instance_for_test() as instance:
        result = _tick(sensor, instance, None)
    assert result.run_requests == [] and "feed folder not found" in result.skip_message


TWO_FEEDS = """
[warehouse]
path = "data/newsroom.duckdb"

[feeds.kompas]
path = "in/kompas"
schedule = "0 6 * * *"

[feeds.tempo]
path = "in/tempo"
label = "Tempo desk"
schedule = "30 7 * * 1-5"
timezone = "UTC"
sensor_interval_seconds = 15

[feeds.tempo.options]
csv = { title_column = "judul" }
"""


@pytest.mark.slow
def test_two_feeds_side_by_side_run_into_one_warehouse_each_from_its_schedule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "kabar.toml").write_text(TWO_FEEDS, encoding="utf-8")
    write_feed(tmp_path / "in" / "kompas", {"k.txt": KOMPAS_ONE_LINE})
    write_feed(tmp_path / "in" / "tempo", {"t.txt": TRIBUN_ARTICLE})
    for name in ("KABAR_WAREHOUSE", "KABAR_FEED", "KABAR_FEED_NAME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KABAR_CONFIG", str(tmp_path / "kabar.toml"))
    monkeypatch.setenv("KABAR_DATA_DOCS", str(tmp_path / "docs"))
    config = load_config()
    assert config.feed("tempo").options == {"csv": {"title_column": "judul"}}
    from etl.cli.runner import load_definitions

    defs = load_definitions()
    assert {s.name for s in defs.schedules} == {"kompas_schedule", "tempo_schedule"}
    assert {s.name for s in defs.sensors} == {"kompas_new_files", "tempo_new_files"}
    assert defs.resolve_sensor_def("tempo_new_files").minimum_interval_seconds == 15
    job = defs.resolve_job_def(PIPELINE_JOB)
    launchpad = job.run_config_schema.config_type.fields["resources"].config_type.fields["feed"]
    assert launchpad.config_type.fields["config"].default_value == {
        "path": str(tmp_path / "in" / "kompas"),
        "name": "kompas",
    }
    with dg.instance_for_test() as instance:
        for name in ("kompas_schedule", "tempo_schedule"):
            schedule = defs.resolve_schedule_def(name)
            with dg.build_schedule_context(instance=instance, scheduled_execution_time=datetime.now(UTC)) as context:
                [request] = schedule.evaluate_tick(context).run_requests
            assert request.tags["kabar/trigger"] == "schedule"
            result = job.execute_in_process(run_config=request.run_config, instance=instance, tags=request.tags)
            assert result.success
            metadata = result.asset_materializations_for_node("quality_history")[0].metadata
            assert metadata["report"].value.startswith("file://")
    con = duckdb.connect(str(tmp_path / "data" / "newsroom.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT feed, source_uri FROM documents ORDER BY 1").fetchall() == [
            ("Tempo desk", "t.txt"),
            ("kompas", "k.txt"),
        ]
        runs = con.execute("SELECT feed, feed_root, finished_at >= started_at FROM runs ORDER BY started_at").fetchall()
        assert runs == [
            ("kompas", str(tmp_path / "in" / "kompas"), True),
            ("Tempo desk", str(tmp_path / "in" / "tempo"), True),
        ]
    finally:
        con.close()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[feeds.Bad-Name]\npath = 'x'\n", "a feed name is lower-case letters"),
        ("[feeds.a]\nschedule = '0 6 * * *'\n", 'path = "<feed folder>" is required'),
        ("[feeds.a]\npath = 'x'\nshedule = '0 6 * * *'\n", "unknown key(s) shedule"),
        ("[feeds.a]\npath = 'x'\nschedule = 'daily'\n", "cron string of five fields"),
        ("[feeds.a]\npath = 'x'\ntimezone = 'Mars/Olympus'\n", "unknown time zone"),
        ("[feeds.a\npath = 'x'\n", "is not valid TOML"),
    ],
)
def test_project_file_mistakes_are_named(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "kabar.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ={})
    assert message in str(caught.value) and str(path) in str(caught.value)


@pytest.mark.slow
def test_each_warehouse_keeps_its_own_run_history(tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed", {"a.txt": TRIBUN_ARTICLE})
    project = tmp_path / "project" / "warehouse" / "kabar.duckdb"
    scratch = tmp_path / "scratch" / "try.duckdb"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("KABAR_")}
    env["KABAR_DATA_DOCS"] = str(tmp_path / "docs")
    for warehouse in (project, scratch):
        done = subprocess.run(
            [sys.executable, "-m", "etl", "run", "--quiet", "--feed", str(feed), "--warehouse", str(warehouse)],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in elsewhere.iterdir()) == []  # nothing lands in the current folder
    assert instance_folder(project) == project.parent / "kabar.dagster"
    for warehouse in (project, scratch):
        con = duckdb.connect(str(warehouse), read_only=True)
        [(run_id, finished)] = con.execute("SELECT run_id, finished_at FROM runs").fetchall()
        con.close()
        assert finished is not None
        with dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(instance_folder(warehouse)))) as instance:
            assert [r.run_id for r in instance.get_runs()] == [run_id]
            latest = instance.get_latest_materialization_event(dg.AssetKey("documents"))
            assert latest is not None and latest.run_id == run_id
            assert instance.get_runs()[0].job_name == PIPELINE_JOB
