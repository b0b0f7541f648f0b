"""The job that runs the whole graph (the one `kabar run` and the UI's "Materialize all" execute) and, for every
feed of kabar.toml, a daily schedule and a sensor for new files, each filling in that feed's configuration."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb

from etl.config import FeedConfig, ProjectConfig, load_config
from etl.core.feed import FeedError
from etl.core.feedwatch import dump_state, load_state, scan_feed
from etl.warehouse.lake import LakeConfigError, connect, is_lake

PIPELINE_JOB = "kabar_pipeline"
SETTLE_SECONDS = 2.0  # a file written in the last two seconds may still be being copied: take it at the next tick


def feed_run_config(feed: FeedConfig) -> dict:
    """The run configuration of one feed's run: the `feed` resource pointed at its folder and label."""
    return {"resources": {"feed": {"config": feed.resource_config()}}}


def pipeline_job(default: FeedConfig) -> dg.UnresolvedAssetJobDefinition:
    return dg.define_asset_job(
        PIPELINE_JOB,
        selection=dg.AssetSelection.all(),
        config=feed_run_config(default),
        description="Ingest a feed folder, clean and load articles, extract sources and claims, run quality checks. "
        "The launchpad shows the feed (folder and label); schedules and sensors fill in their own feed.",
    )


def feed_schedule(feed: FeedConfig, job: dg.UnresolvedAssetJobDefinition) -> dg.ScheduleDefinition:
    return dg.ScheduleDefinition(
        name=f"{feed.name}_schedule",
        job=job,
        cron_schedule=feed.schedule,
        execution_timezone=feed.timezone,
        run_config=feed_run_config(feed),
        tags={"kabar/trigger": "schedule", "kabar/feed": feed.label},
        default_status=dg.DefaultScheduleStatus.STOPPED,
        description=f"Feed {feed.label!r} ({feed.path}) at `{feed.schedule}` {feed.timezone}: loads whatever arrived.",
    )


def _loaded_hashes(warehouse: Path | str) -> set[str]:
    """doc_ids already in the warehouse (read-only); empty when it is absent or busy (the run skips them anyway)."""
    if not is_lake(warehouse) and not Path(warehouse).is_file():
        return set()
    try:
        con = connect(warehouse, read_only=True)
    except (duckdb.Error, LakeConfigError):
        return set()
    try:
        return {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}
    except duckdb.Error:
        return set()
    finally:
        con.close()


def feed_sensor(feed: FeedConfig, warehouse: Path | str, job: dg.UnresolvedAssetJobDefinition) -> dg.SensorDefinition:
    @dg.sensor(
        name=f"{feed.name}_new_files",
        job=job,
        minimum_interval_seconds=feed.sensor_interval_seconds,
        default_status=dg.DefaultSensorStatus.STOPPED,
        description=f"Starts a run of feed {feed.label!r} when new or changed files appear under {feed.path} "
        f"(one run per batch; looks at most every {feed.sensor_interval_seconds} s).",
    )
    def _new_files(context: dg.SensorEvaluationContext) -> dg.SensorResult | dg.SkipReason:
        previous = load_state(context.cursor)
        known = _loaded_hashes(warehouse) if previous is None else ()  # first look: what is loaded is not news
        try:
            scan = scan_feed(feed.path, previous or {}, known, settle_seconds=SETTLE_SECONDS)
        except FeedError as exc:
            return dg.SkipReason(f"{exc}; create the folder or fix [feeds.{feed.name}] path in kabar.toml")
        cursor = dump_state(scan.state)
        if not scan.changed:
            reason = "no new or changed files" + (f" ({len(scan.waiting)} still being written)" if scan.waiting else "")
            return dg.SensorResult(skip_reason=reason, cursor=cursor)
        shown = ", ".join(scan.changed[:5]) + (f" and {len(scan.changed) - 5} more" if len(scan.changed) > 5 else "")
        context.log.info(f"{len(scan.changed)} new or changed file(s) in {feed.label}: {shown}")
        request = dg.RunRequest(
            run_key=f"{feed.name}:{scan.batch_key()}",
            run_config=feed_run_config(feed),
            tags={"kabar/trigger": "sensor", "kabar/feed": feed.label, "kabar/new_files": str(len(scan.changed))},
        )
        return dg.SensorResult(run_requests=[request], cursor=cursor)

    return _new_files


def automation_definitions(config: ProjectConfig) -> dg.Definitions:
    job = pipeline_job(config.feeds[0])
    return dg.Definitions(
        jobs=[job],
        schedules=[feed_schedule(f, job) for f in config.feeds if f.schedule],
        sensors=[feed_sensor(f, config.warehouse, job) for f in config.feeds],
    )


@dg.definitions
def automation() -> dg.Definitions:
    return automation_definitions(load_config())
