"""Running the Dagster asset graph in-process, against the project's instance, as `kabar run` does."""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

# Dagster's console logger prints step errors with their tracebacks; a user sees one line from `kabar` instead,
# and the full story stays in the run's event log (the Dagster UI) and in the log file beside the instance.
QUIET_LOGS = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}
STOP_GRACE_SECONDS = 10.0  # after SIGTERM/Ctrl-C: time for the current batch to roll back before a hard exit
SLOT_LOOK_SECONDS = 1.0  # how often a running job is checked for waiting on the writer pool


@dataclass
class RunOutcome:
    run_id: str
    success: bool
    error: str | None = None
    stopped: str | None = None  # "SIGTERM" / "SIGINT" when a signal stopped the run
    notes: list[str] = field(default_factory=list)  # what was cleaned up before the run


class Stopped(Exception):
    """The run was stopped by a signal and did not end within the grace time; its slot has been freed."""


def load_definitions():
    """The code location's Definitions (the same object the UI loads)."""
    import dagster as dg

    from etl import definitions

    loaded = definitions.defs
    return loaded() if not isinstance(loaded, dg.Definitions) else loaded


def run_pipeline(
    show_progress: bool = False,
    run_config: dict | None = None,
    wait_seconds: float | None = None,
    say: Callable[[str], None] | None = None,
) -> RunOutcome:
    """Materialise every asset (and run every check) of the `kabar_pipeline` job; never raises on step failure.

    `run_config` is the job's run configuration (the feed, as a schedule or sensor fills it in); default: the job's.

    Stale slots of dead runs are freed first; a live holder of the writer pool is waited for at most
    `wait_seconds` (then `Busy` is raised). The job runs on a worker thread so that SIGTERM and SIGINT reach
    this thread: the run is interrupted (the open batch transaction rolls back), its slot freed, and the outcome
    says which signal stopped it.
    """
    import dagster as dg
    from dagster._core.utils import make_new_run_id

    from etl.cli.lifecycle import free_stale, process_tags, wait_for_pool
    from etl.defs.automation.definitions import PIPELINE_JOB
    from etl.settings import wait_limit

    say = say or (lambda line: print(f"kabar: {line}", file=sys.stderr, flush=True))
    limit = wait_limit(wait_seconds)
    instance = dg.DagsterInstance.get()
    notes = free_stale(instance)
    for note in notes:
        say(note)
    wait_for_pool(instance, limit, say)
    run_id = make_new_run_id()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        defs = load_definitions()
        job = defs.resolve_job_def(PIPELINE_JOB)
        with _progress(show_progress) as sink:
            box: dict = {}
            follow = ProgressFollower(instance, run_id, sink) if show_progress else None

            def execute() -> None:
                try:
                    box["result"] = job.execute_in_process(
                        run_config={**QUIET_LOGS, **(run_config or {})},
                        instance=instance,
                        raise_on_error=False,
                        run_id=run_id,
                        tags={"kabar/trigger": "cli", **process_tags()},
                    )
                except BaseException as exc:  # an interrupt landing outside a step, or a Dagster error
                    box["error"] = exc

            try:
                stopped = _supervise(execute, instance, run_id, limit, say, follow)
            except Stopped as exc:  # the step did not end within the grace time: abandoned, nothing committed
                _release(instance, run_id, str(exc))
                return RunOutcome(run_id, False, f"stopped by {exc}", str(exc), notes)
            except Exception:
                release_run(instance, run_id, "kabar: gave up waiting for the warehouse writer pool")
                raise
    result = box.get("result")
    _release(instance, run_id, stopped)
    if stopped:
        return RunOutcome(run_id, False, f"stopped by {stopped}", stopped, notes)
    if result is None:
        exc = box.get("error")
        return RunOutcome(run_id, False, f"run failed: {type(exc).__name__}: {exc}", None, notes)
    error = None
    if not result.success:
        failures = [event for event in result.all_events if event.is_step_failure]
        error = "; ".join(f"{event.step_key}: {_failure_message(event)}" for event in failures) or "run failed"
    return RunOutcome(result.run_id, result.success, error, None, notes)


def _failure_message(event) -> str:
    failure = event.step_failure_data.error
    return failure.message.strip() if failure else "failed"


def _supervise(
    execute: Callable[[], None],
    instance,
    run_id: str,
    limit: float,
    say: Callable[[str], None],
    tick: Callable[[], None] | None = None,
) -> str:
    """Run `execute` on a thread; on SIGTERM/SIGINT interrupt it. Returns the signal's name, or ''.

    `tick` is called while it runs (every 0.2 s) and once when it has ended."""
    from dagster._core.errors import DagsterExecutionInterruptedError

    from etl.cli.lifecycle import Busy, pool_holders, pool_is_limited

    received: list[int] = []
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    on_main = threading.current_thread() is threading.main_thread()
    if on_main:
        for sig in previous:
            signal.signal(sig, lambda signum, _frame: received.append(signum))
    worker = threading.Thread(target=execute, name="kabar-run", daemon=True)
    worker.start()
    interrupted_at = pending_since = None
    announced = False
    limited = pool_is_limited(instance)  # the pool's configuration, read once: each look costs a storage query
    looked = 0.0
    try:
        while worker.is_alive():
            worker.join(0.2)
            if tick is not None:
                tick()
            if received and interrupted_at is None:
                interrupted_at = time.monotonic()
                _raise_in(worker, DagsterExecutionInterruptedError)
            if interrupted_at is not None and time.monotonic() - interrupted_at > STOP_GRACE_SECONDS:
                raise Stopped(signal.Signals(received[0]).name)
            if not limited or time.monotonic() - looked < SLOT_LOOK_SECONDS:
                continue
            looked = time.monotonic()
            if interrupted_at is None and _waiting_for_slot(instance, run_id):
                pending_since = pending_since or time.monotonic()
                holders = pool_holders(instance, exclude=run_id)
                if not announced and time.monotonic() - pending_since > 2:
                    announced = True
                    who = ", ".join(holder.describe() for holder in holders) or "another run"
                    say(f"waiting up to {limit:g} s for the warehouse writer pool, held by {who}")
                if time.monotonic() - pending_since > limit:
                    _raise_in(worker, DagsterExecutionInterruptedError)
                    worker.join(STOP_GRACE_SECONDS)
                    who = ", ".join(holder.describe() for holder in holders) or "another run"
                    raise Busy(f"the warehouse writer pool stayed held by {who}; gave up after {limit:g} s")
            else:
                pending_since = None
    finally:
        if on_main:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    if tick is not None:
        tick()  # the events logged since the last look
    return signal.Signals(received[0]).name if received else ""


def _waiting_for_slot(instance, run_id: str) -> bool:
    from etl.settings import WRITER_POOL

    info = instance.event_log_storage.get_concurrency_info(WRITER_POOL)
    return any(p.run_id == run_id and p.assigned_timestamp is None for p in info.pending_steps) and not any(
        s.run_id == run_id for s in info.claimed_slots
    )


def _raise_in(thread: threading.Thread, exc_type: type[BaseException]) -> None:
    """Raise `exc_type` in `thread` at its next Python instruction (how a stop reaches the executing step)."""
    if thread.ident is not None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread.ident), ctypes.py_object(exc_type))


def _release(instance, run_id: str, stopped: str) -> None:
    """Free whatever slot the run still holds; a run stopped by a signal is recorded as canceled."""
    release_run(instance, run_id, f"kabar: stopped by {stopped}; the open batch was rolled back" if stopped else "")


def release_run(instance, run_id: str, message: str) -> None:
    from dagster._core.storage.dagster_run import NOT_FINISHED_STATUSES

    instance.event_log_storage.free_concurrency_slots_for_run(run_id)
    run = instance.get_run_by_id(run_id)
    if message and run is not None and run.status in NOT_FINISHED_STATUSES:
        instance.report_run_canceled(run, message)


class ProgressFollower:
    """Reads a run's progress events (etl.defs.progress) from the instance's event log, where every executor's steps
    write them, and hands each to `sink(stage, done, total)`."""

    def __init__(self, instance, run_id: str, sink: Callable[[str, int, int], None]) -> None:
        self.instance, self.run_id, self.sink = instance, run_id, sink
        self.cursor: str | None = None

    def __call__(self) -> None:
        from etl.defs.progress import parse_progress

        try:
            if self.instance.get_run_by_id(self.run_id) is None:
                return  # not started yet
            page = self.instance.get_records_for_run(self.run_id, cursor=self.cursor)
        except Exception:  # the event log busy with a write: the bar catches up at the next look
            return
        self.cursor = page.cursor or self.cursor
        for record in page.records:
            entry = record.event_log_entry
            found = parse_progress(entry.user_message) if entry.dagster_event is None else None
            if found is not None:
                self.sink(*found)


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
