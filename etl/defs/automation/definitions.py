"""The job that runs the whole graph (the same one `kabar run` executes) and its daily schedule."""

from __future__ import annotations

import dagster as dg

PIPELINE_JOB = "kabar_pipeline"

kabar_pipeline = dg.define_asset_job(
    PIPELINE_JOB,
    selection=dg.AssetSelection.all(),
    description="Ingest the feed folder, clean and load articles, extract sources and claims, run quality checks.",
)

daily_feed_run = dg.ScheduleDefinition(
    name="daily_feed_run",
    target=kabar_pipeline,
    cron_schedule="0 6 * * *",
    execution_timezone="Asia/Jakarta",
    description="Every morning at 06:00 WIB: load whatever arrived in the feed folder overnight.",
)


@dg.definitions
def automation() -> dg.Definitions:
    return dg.Definitions(jobs=[kabar_pipeline], schedules=[daily_feed_run])
