"""The command-line room: `kabar run | report | ui`, the in-process runner, the run summary and the reports."""

from etl.cli.main import main

__all__ = ["main"]
