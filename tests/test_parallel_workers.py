"""Worker processes of `chunked_map` end with the run that started them, however the run ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from etl.core.parallel import chunked_map

SCRIPT = """
import os, sys, time
from pathlib import Path
from etl.core.parallel import chunked_map

pids = Path(sys.argv[1])

def slow(chunk):
    with pids.open("a") as out:
        out.write(f"{os.getpid()}\\n")
    time.sleep(60)
    return chunk

for _ in chunked_map(slow, list(range(8)), processes=2, min_parallel=2, chunk=1):
    pass
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = Path(f"/proc/{pid}/stat").read_text().split()[2] if Path(f"/proc/{pid}/stat").exists() else "X"
    return state != "Z"  # a zombie has ended; only its exit status is left for the reaper


def _wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is a Linux facility")
def test_workers_end_when_the_run_is_killed(tmp_path: Path) -> None:
    pids = tmp_path / "pids"
    run = subprocess.Popen([sys.executable, "-c", SCRIPT, str(pids)])
    try:
        assert _wait_for(lambda: pids.exists() and len(pids.read_text().split()) == 2, 30), "workers never started"
        workers = [int(p) for p in pids.read_text().split()]
        assert all(_alive(p) for p in workers)
        run.send_signal(signal.SIGKILL)  # a hard stop: no finally block, no pool shutdown runs in the parent
        run.wait(timeout=10)
        assert _wait_for(lambda: not any(_alive(p) for p in workers), 10), "workers outlived their run"
    finally:
        run.kill()
        for pid in [int(p) for p in pids.read_text().split()] if pids.exists() else []:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_results_come_back_in_order_on_workers() -> None:
    rows = list(range(50))
    out = list(chunked_map(sum, rows, processes=2, min_parallel=2, chunk=7))
    assert out == [sum(rows[i : i + 7]) for i in range(0, 50, 7)]
