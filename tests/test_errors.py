"""Errors a user never sees as tracebacks: even those Python cannot raise (a signal landing in a finaliser)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import gc
from etl.cli.errors import one_line_errors

class Finalised:
    def __del__(self):
        raise RuntimeError("raised while being collected")

with one_line_errors("kabar run") as result:
    item = Finalised()
    del item
    gc.collect()
print("exit", result.code)
"""


def test_an_exception_python_cannot_raise_goes_to_the_log_not_the_terminal(tmp_path: Path) -> None:
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert "exit 0" in done.stdout
    log = (tmp_path / "kabar-errors.log").read_text(encoding="utf-8")
    assert "raised while being collected" in log
