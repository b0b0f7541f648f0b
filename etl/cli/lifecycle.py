"""A run's life in the Dagster instance: who holds the writer pool, stale runs of dead processes, bounded waits.

Every writing step takes a slot of the `kabar_warehouse_writer` pool. A run killed with SIGKILL (or by the
OOM killer, or a power cut) never gives its slot back, and Dagster's in-process executor then waits for it
forever. `kabar run` therefore tags its runs with its process (host, pid, start time), and before starting
frees the slots and fails the records of runs whose process is gone; a slot held by a live process is waited
for, with a message, for a bounded time.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass

import dagster as dg
from dagster._core.storage.dagster_run import NOT_FINISHED_STATUSES

from etl.settings import WRITER_POOL

PID_TAG, HOST_TAG, START_TAG = "kabar/pid", "kabar/host", "kabar/process_start"


class Busy(RuntimeError):
    """The warehouse or the writer pool stayed busy past the wait limit; the message says by whom."""


@dataclass(frozen=True)
class Holder:
    run_id: str
    status: str
    pid: int | None
    host: str | None

    def describe(self) -> str:
        who = f"process {self.pid} on {self.host}" if self.pid else "a process kabar cannot see (the Dagster UI?)"
        return f"run {self.run_id[:8]} ({who}, {self.status.lower()})"


def process_start(pid: int) -> str | None:
    """The kernel's start time of a process (clock ticks since boot), to tell a pid reused by another process."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            return fh.read().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def process_tags() -> dict[str, str]:
    pid = os.getpid()
    return {PID_TAG: str(pid), HOST_TAG: socket.gethostname(), START_TAG: process_start(pid) or ""}


def process_alive(pid: int, started: str | None) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # exists, owned by someone else
    now = process_start(pid)
    return not (started and now and now != started)


def _holder(instance: dg.DagsterInstance, run_id: str) -> Holder:
    run = instance.get_run_by_id(run_id)
    if run is None:
        return Holder(run_id, "DELETED", None, None)
    pid = run.tags.get(PID_TAG)
    return Holder(run_id, run.status.value, int(pid) if pid and pid.isdigit() else None, run.tags.get(HOST_TAG))


def is_dead(instance: dg.DagsterInstance, holder: Holder) -> bool:
    """True when the holder can no longer use its slot: finished, deleted, or its process on this host is gone."""
    if holder.status not in {s.value for s in NOT_FINISHED_STATUSES}:
        return True
    if holder.pid is None or holder.host != socket.gethostname():
        return False
    run = instance.get_run_by_id(holder.run_id)
    return not process_alive(holder.pid, run.tags.get(START_TAG) if run else None)


def free_stale(instance: dg.DagsterInstance) -> list[str]:
    """Free the writer-pool slots of dead holders and fail the records of kabar runs whose process is gone."""
    notes: list[str] = []
    storage = instance.event_log_storage
    for run_id in sorted(storage.get_concurrency_run_ids()):
        holder = _holder(instance, run_id)
        if is_dead(instance, holder):
            storage.free_concurrency_slots_for_run(run_id)
            notes.append(f"freed the writer slot of {holder.describe()}: its process has ended")
    unfinished = instance.get_runs(
        dg.RunsFilter(statuses=list(NOT_FINISHED_STATUSES), tags={HOST_TAG: socket.gethostname()})
    )
    for run in unfinished:
        holder = _holder(instance, run.run_id)
        if holder.pid is not None and is_dead(instance, holder):
            instance.report_run_failed(
                run,
                f"kabar: the process {holder.pid} of this run ended without finishing "
                "(killed, out of memory or a power cut); marked failed by a later run",
            )
            notes.append(f"marked {holder.describe()} failed: its process ended without finishing")
    return notes


def pool_holders(instance: dg.DagsterInstance, exclude: str | None = None) -> list[Holder]:
    """Runs holding (or queued for) a slot of the writer pool, other than `exclude`."""
    info = instance.event_log_storage.get_concurrency_info(WRITER_POOL)
    run_ids = {s.run_id for s in info.claimed_slots} | {p.run_id for p in info.pending_steps if p.assigned_timestamp}
    return [_holder(instance, r) for r in sorted(run_ids) if r != exclude]


def pool_is_limited(instance: dg.DagsterInstance) -> bool:
    storage = instance.event_log_storage
    if not storage.supports_global_concurrency_limits:
        return False
    info = storage.get_concurrency_info(WRITER_POOL)
    return info.limit is not None or storage.get_pool_config().default_pool_limit is not None


def wait_for_pool(instance: dg.DagsterInstance, limit: float, say: Callable[[str], None]) -> None:
    """Return once no live run holds the writer pool; raise Busy after `limit` seconds, saying who holds it."""
    if not pool_is_limited(instance):
        return
    deadline = time.monotonic() + limit
    announced: set[str] = set()
    while True:
        for note in free_stale(instance):
            say(note)
        holders = pool_holders(instance)
        if not holders:
            return
        if time.monotonic() >= deadline:
            raise Busy(
                f"the warehouse writer pool is held by {', '.join(h.describe() for h in holders)}; gave up after "
                f"{limit:g} s (wait longer with --wait or KABAR_WAIT_SECONDS, or stop that run; a run of a Dagster UI "
                "that is gone can be freed on the UI's concurrency page)"
            )
        for h in holders:
            if h.run_id not in announced:
                announced.add(h.run_id)
                say(f"waiting up to {limit:g} s for the warehouse writer pool, held by {h.describe()}")
        time.sleep(0.5)
