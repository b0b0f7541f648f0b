"""Stage progress as Dagster log events: written by the step whichever executor runs it (here the multiprocess
executor, steps in their own processes), and read back from the instance's event log as `kabar run` reads them."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
import pytest
from dagster_duckdb import DuckDBResource

from etl.cli.runner import ProgressFollower, load_definitions
from etl.defs.progress import parse_progress, progress_line
from etl.defs.resources import FeedResource
from tests.conftest import KOMPAS_ONE_LINE, TRIBUN_ARTICLE, write_feed


def test_progress_lines_read_back_and_other_messages_do_not() -> None:
    assert parse_progress(progress_line("sources and claims", 120, 4000)) == ("sources and claims", 120, 4000)
    assert parse_progress("documents: {'parsed': 2} of 2 files") is None
    assert parse_progress(None) is None


def documents_on_processes() -> dg.JobDefinition:
    """The documents asset in a job on the multiprocess executor (reconstructable: the step runs in a new process
    that imports this function, with the feed and warehouse from the environment)."""
    defs = dg.Definitions(
        assets=[load_definitions().get_assets_def("documents")],
        resources={
            "warehouse": DuckDBResource(database=os.environ["KABAR_TEST_WAREHOUSE"]),
            "feed": FeedResource(path=os.environ["KABAR_TEST_FEED"], name="test"),
        },
        jobs=[dg.define_asset_job("documents_job", selection=["documents"], executor_def=dg.multiprocess_executor)],
    )
    return defs.resolve_job_def("documents_job")


@pytest.mark.slow
def test_progress_reaches_the_follower_from_a_step_in_another_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = write_feed(tmp_path / "feed", {"tribun/a.txt": TRIBUN_ARTICLE, "kompas/b.txt": KOMPAS_ONE_LINE})
    monkeypatch.setenv("KABAR_TEST_FEED", str(feed))
    monkeypatch.setenv("KABAR_TEST_WAREHOUSE", str(tmp_path / "w.duckdb"))
    seen: list[tuple[str, int, int]] = []
    (tmp_path / "home").mkdir()
    with dg.instance_for_test(temp_dir=str(tmp_path / "home")) as instance:
        result = dg.execute_job(dg.reconstructable(documents_on_processes), instance=instance)
        assert result.success
        step_pids = {e.pid for e in result.all_events if e.is_step_start}
        ProgressFollower(instance, result.run_id, lambda *event: seen.append(event))()
    assert step_pids and os.getpid() not in step_pids  # the step did run in a process of its own
    assert seen and seen[-1] == ("documents", 2, 2)
