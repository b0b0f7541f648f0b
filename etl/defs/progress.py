"""Progress of a stage as Dagster log events (`progress documents: 120 of 400`): they show in the run's log in the UI
and reach `kabar run`'s progress bar through the instance's event log, whichever executor runs the step."""

from __future__ import annotations

import re
import time

import dagster as dg

EVERY_SECONDS = 0.5  # at most this often per stage (the first and the last report always go out)
_LINE = re.compile(r"^progress (?P<stage>[^:]+): (?P<done>\d+) of (?P<total>\d+)$")


def progress_line(stage: str, done: int, total: int) -> str:
    return f"progress {stage}: {done} of {total}"


def parse_progress(message: str | None) -> tuple[str, int, int] | None:
    """(stage, done, total) of a progress event's message, None for any other message."""
    found = _LINE.match(message or "")
    return (found["stage"], int(found["done"]), int(found["total"])) if found else None


class StageProgress:
    """`progress(done, total)` logs one stage's progress through Dagster, throttled to one event per EVERY_SECONDS."""

    def __init__(self, context: dg.AssetExecutionContext, stage: str) -> None:
        self.log = context.log
        self.stage = stage
        self.last: float | None = None

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if self.last is not None and done < total and now - self.last < EVERY_SECONDS:
            return
        self.last = now
        self.log.info(progress_line(self.stage, done, total))
