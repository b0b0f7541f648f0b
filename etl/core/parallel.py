"""Mapping a function over rows in chunks, on worker processes when there are enough rows to pay for them."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

Row = TypeVar("Row")
Result = TypeVar("Result")


def workers() -> int:
    """Worker processes to use: `KABAR_WORKERS`, at most the number of cores, at least one."""
    cores = os.cpu_count() or 1
    return max(1, min(int(os.environ.get("KABAR_WORKERS", cores)), cores))


def chunked_map(
    fn: Callable[[Sequence[Row]], Result],
    rows: Sequence[Row],
    *,
    processes: int,
    min_parallel: int,
    chunk: int,
) -> Iterator[Result]:
    """`fn` over consecutive chunks of `rows`, in order; on a process pool when `len(rows) >= min_parallel`."""
    chunks = [rows[i : i + chunk] for i in range(0, len(rows), chunk)]
    if processes <= 1 or len(rows) < min_parallel:
        yield from map(fn, chunks)
        return
    pool = ProcessPoolExecutor(max_workers=processes, initializer=_leave_interrupts_to_parent, initargs=(os.getpid(),))
    try:
        yield from pool.map(fn, chunks)
    finally:  # on a stop, chunks not yet started are dropped: only the ones running are waited for
        pool.shutdown(wait=True, cancel_futures=True)


def _leave_interrupts_to_parent(parent: int) -> None:
    """Ctrl-C reaches the whole process group: the workers leave it to the parent, which stops the run cleanly.

    A worker also ends with its parent: a run stopped hard (the stop grace ran out, or `kill -9`) would otherwise
    leave its workers blocked on a pipe nobody reads, holding their memory for good. Workers only compute, so
    ending them loses nothing the parent had not already rolled back."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with(parent)


_PR_SET_PDEATHSIG = 1  # prctl(2) option: the signal this process gets when the thread that forked it ends


def _die_with(parent: int) -> None:
    """Ask Linux to SIGKILL this process when `parent` ends; elsewhere nothing (the pool's own shutdown applies)."""
    name = ctypes.util.find_library("c")
    if not name or not hasattr(ctypes.CDLL(name), "prctl"):
        return
    ctypes.CDLL(name).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent ended before the request was made
        os._exit(1)
