"""Running the Dagster asset graph in-process, against the project's instance, as `kabar run` does."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

QUIET_LOGS = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}


@dataclass
class Outcome:
    run_id: str
    success: bool
    error: str | None = None


def load_definitions():
    """The code location's Definitions (the same object the UI loads)."""
    import dagster as dg

    from etl import definitions

    loaded = definitions.defs
    return loaded() if not isinstance(loaded, dg.Definitions) else loaded


def run_pipeline(show_progress: bool = False, run_config: dict | None = None) -> Outcome:
    """Materialise every asset (and run every check) of the `kabar_pipeline` job; never raises on step failure.

    `run_config` is the job's run configuration (the feed, as a schedule or sensor fills it in); default: the job's.
    """
    import dagster as dg

    from etl.defs.automation.definitions import PIPELINE_JOB
    from etl.defs.resources import ProgressResource

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        defs = load_definitions()
        job = defs.resolve_job_def(PIPELINE_JOB)
        with _progress(show_progress) as sink:
            result = job.execute_in_process(
                run_config={**QUIET_LOGS, **(run_config or {})},
                instance=dg.DagsterInstance.get(),
                resources={"progress": ProgressResource.to(sink)},
                raise_on_error=False,
                tags={"kabar/trigger": "cli"},
            )
    error = None
    if not result.success:
        failures = [e for e in result.all_events if e.is_step_failure]
        error = (
            "; ".join(
                f"{e.step_key}: {e.step_failure_data.error.message.strip() if e.step_failure_data.error else 'failed'}"
                for e in failures
            )
            or "run failed"
        )
    return Outcome(result.run_id, result.success, error)


@contextmanager
def _progress(enabled: bool) -> Iterator:
    """A progress sink drawing on the terminal (a duplicate of stderr, so Dagster's log capture cannot hide it)."""
    if not enabled:
        yield lambda stage, done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    terminal = os.fdopen(os.dup(2), "w")
    console = Console(file=terminal, force_terminal=True)
    tasks: dict[str, int] = {}
    with Progress(
        TextColumn("{task.description:<20}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as bar:

        def sink(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=max(total, 1))
            bar.update(tasks[stage], completed=done, total=max(total, 1))

        yield sink
    terminal.close()


def graph_definitions(defs=None) -> list:
    """The unbound assets and asset checks of the code location, for `dg.materialize` with other resources."""
    defs = defs or load_definitions()
    return [*defs.assets, *(defs.asset_checks or [])]
