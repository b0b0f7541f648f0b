"""`kabar ui`: the Dagster webserver and the daemon (which runs schedules, sensors and queued runs) for this project.

Both run against the warehouse's own Dagster instance (DAGSTER_HOME = the `<warehouse>.dagster/` folder beside
the file). This is what `dagster dev` does, without its start-up warnings, and the same two commands a production
host runs as services (see README, "Running the daemon in production").
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
STOP_SECONDS = 20


class UiError(RuntimeError):
    """A reason the UI cannot start, worded for the person who asked for it."""


def check_port(port: int) -> None:
    if not 1 <= port <= 65535:
        raise UiError(f"--port {port} is not a TCP port; pass a number from 1024 to 65535")
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            raise UiError(f"port {port} on 127.0.0.1 is already in use; pass --port with a free one") from None


def commands(port: int) -> dict[str, list[str]]:
    workspace = PROJECT / "workspace.yaml"
    target = ["-w", str(workspace)] if workspace.exists() else ["-m", "etl.definitions"]
    python = sys.executable
    return {
        "webserver": [python, "-m", "dagster_webserver", *target, "-h", "127.0.0.1", "-p", str(port)],
        "daemon": [python, "-m", "dagster._daemon", "run", *target],
    }


# Touches the run, schedule and event-log storages, so that each creates its tables (and stamps its schema version)
# here, once: a fresh instance started by the webserver and the daemon at the same moment had both processes create
# them, and the loser of the race read two schema heads ("alembic_version has more than one head").
_PREPARE = (
    "import dagster as dg\n"
    "i = dg.DagsterInstance.get()\n"
    "i.get_runs(limit=1)\n"
    "i.all_instigator_state()\n"
    "i.get_latest_materialization_events([])\n"
)


def prepare_instance(env: dict[str, str], cwd: Path | None) -> None:
    """Create the Dagster instance's storage before the webserver and the daemon start side by side."""
    done = subprocess.run([sys.executable, "-c", _PREPARE], cwd=cwd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise UiError(f"the Dagster instance could not be prepared ({last}); check DAGSTER_HOME and its dagster.yaml")


def serve(port: int, env: dict[str, str]) -> int:
    """Start the webserver and the daemon, each in its own process group; stop both (and their code servers)
    on SIGTERM or SIGINT, or when either exits. Returns the webserver's exit code (0 when stopped by a signal)."""
    cwd = PROJECT if (PROJECT / "workspace.yaml").exists() else None
    procs: dict[str, subprocess.Popen] = {}
    stopping = False

    def _stop(_signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    previous = {s: signal.signal(s, _stop) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        prepare_instance(env, cwd)
        for name, command in commands(port).items():
            procs[name] = subprocess.Popen(command, cwd=cwd, env=env, start_new_session=True)
        while not stopping and all(p.poll() is None for p in procs.values()):
            time.sleep(0.5)
    finally:
        _terminate(procs.values())
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if stopping:
        return 0
    dead = next((name for name, p in procs.items() if p.returncode is not None), "webserver")
    print(
        f"kabar ui: the Dagster {dead} stopped (exit {procs[dead].returncode}); see the messages above", file=sys.stderr
    )
    return 1


def _terminate(procs: Iterable[subprocess.Popen]) -> None:
    """SIGTERM each process group, wait, then SIGKILL what is left: no server or code server outlives `kabar ui`."""
    started = list(procs)
    for proc in started:
        _signal_group(proc, signal.SIGTERM)
    deadline = time.monotonic() + STOP_SECONDS
    for proc in started:
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
    for proc in started:
        _signal_group(proc, signal.SIGKILL)  # the group may still hold code servers after the leader exited
        proc.wait()


def _signal_group(proc: subprocess.Popen, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, sig)
