"""What a user sees when something goes wrong: one line and an exit code, never a Python traceback.

Tracebacks go to a log file beside the Dagster instance (and, for failures inside a run, to the run's
event log in the Dagster UI).
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

INTERNAL_ERROR, INTERRUPTED = 1, 130


@dataclass
class Result:
    code: int = 0


def error_log() -> Path:
    """Where tracebacks go: the run's Dagster instance (beside the warehouse), else the user's temporary folder,
    never a new folder in the current one."""
    home = os.environ.get("DAGSTER_HOME")
    return (Path(home) if home else Path(tempfile.gettempdir()) / "kabar") / "kabar-errors.log"


def _log_traceback(command: str, exc: BaseException) -> Path | None:
    path = error_log()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now(UTC).isoformat(timespec='seconds')} {command}\n")
            fh.write("".join(traceback.format_exception(exc)))
        return path
    except OSError:
        return None


def _unraisable_to_log(command: str):
    """A hook for exceptions Python cannot raise (a signal landing in a garbage-collection callback while a run
    stops): they go to the error log, never as a traceback on the user's terminal."""

    def hook(unraisable: sys.UnraisableHookArgs) -> None:
        if unraisable.exc_value is not None:
            _log_traceback(f"{command} (ignored in {unraisable.object!r})", unraisable.exc_value)

    return hook


@contextmanager
def one_line_errors(command: str) -> Iterator[Result]:
    """Turn every failure of `command` into one line on stderr and an exit code in the yielded result."""
    from etl.cli.lifecycle import Busy
    from etl.warehouse.check import BUSY, WarehouseError

    sys.unraisablehook = _unraisable_to_log(command)
    result = Result()
    try:
        yield result
    except WarehouseError as exc:
        print(f"{command}: {exc}", file=sys.stderr)
        result.code = exc.exit_code
    except Busy as exc:
        print(f"{command}: {exc}", file=sys.stderr)
        result.code = BUSY
    except KeyboardInterrupt:
        print(f"{command}: interrupted before the run started; nothing was written", file=sys.stderr)
        result.code = INTERRUPTED
    except Exception as exc:
        log = _log_traceback(command, exc)
        where = f" (details in {log})" if log else ""
        print(f"{command}: unexpected error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        result.code = INTERNAL_ERROR


def stopped_exit(signal_name: str, run_id: str) -> int:
    """The one line for a run stopped by SIGTERM or Ctrl-C; exits at once if a step is still winding down."""
    signum = signal.Signals[signal_name].value
    print(
        f"kabar run: stopped by {signal_name} (run {run_id[:8]}): the batch in progress was rolled back and the "
        "writer slot released; run again to finish the work",
        file=sys.stderr,
        flush=True,
    )
    code = 128 + signum
    if any(t.name == "kabar-run" and t.is_alive() for t in threading.enumerate()):
        sys.stdout.flush()
        os._exit(code)  # the abandoned step holds no committed work: DuckDB rolls its transaction back
    return code
