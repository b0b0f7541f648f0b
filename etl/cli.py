"""The `kabar` command: run the asset graph on a feed folder, report data quality, start the Dagster UI."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from etl.settings import dagster_home, feed_path, warehouse_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kabar", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="ingest, clean, load, extract and check every file under a feed folder")
    run.add_argument("--feed", required=True, help="folder of input files (read recursively)")
    run.add_argument("--warehouse", help="DuckDB file (default: $KABAR_WAREHOUSE or warehouse/kabar.duckdb)")
    run.add_argument("--feed-name", default=None, help="label stored in documents.feed (default: the folder name)")
    run.add_argument(
        "--reprocess",
        action="store_true",
        help="rebuild every article from the stored raw documents (after a rules upgrade)",
    )
    run.add_argument("--quiet", action="store_true", help="no progress bar")
    run.add_argument(
        "--wait",
        type=float,
        metavar="SECONDS",
        help="how long to wait for a warehouse lock or the writer pool held by another run (default: "
        "$KABAR_WAIT_SECONDS or 60)",
    )

    report = sub.add_parser("report", help="the data-quality report of the latest run, for CI")
    report.add_argument("--warehouse", help="DuckDB file (default: $KABAR_WAREHOUSE or warehouse/kabar.duckdb)")
    report.add_argument("--format", choices=("markdown", "json", "junit"), default="markdown")
    report.add_argument("--output", help="write the report here instead of standard output")
    report.add_argument("--fail-on", choices=("error", "warning", "never"), default="error")

    ui = sub.add_parser("ui", help="start the Dagster UI on 127.0.0.1 for this project")
    ui.add_argument("--port", type=int, default=int(os.environ.get("KABAR_UI_PORT", "3000")))
    ui.add_argument("--warehouse", help="DuckDB file the UI's runs write to")
    ui.add_argument("--feed", help="feed folder the UI's runs read")

    args = parser.parse_args(argv)
    from etl.errors import one_line_errors

    with one_line_errors(f"kabar {args.command}") as outcome:
        if args.command == "run":
            outcome.code = _run(args)
        elif args.command == "report":
            from etl.report import write_report
            from etl.warehouse_check import check_warehouse

            warehouse = warehouse_path(args.warehouse)
            check_warehouse(warehouse, write=False)
            outcome.code = write_report(warehouse, fmt=args.format, output=args.output, fail_on=args.fail_on)
        else:
            outcome.code = _ui(args)
    return outcome.code


def _run(args: argparse.Namespace) -> int:
    feed = feed_path(args.feed).resolve()
    if not feed.is_dir():
        print(f"kabar run: feed folder not found: {feed}", file=sys.stderr)
        return 2
    warehouse = warehouse_path(args.warehouse).resolve()
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    os.environ["KABAR_WAREHOUSE"] = str(warehouse)
    os.environ["KABAR_FEED"] = str(feed)
    os.environ["KABAR_FEED_NAME"] = args.feed_name or feed.name
    os.environ["DAGSTER_HOME"] = str(dagster_home())
    from etl.lifecycle import wait_limit
    from etl.warehouse_check import check_warehouse

    say = lambda line: print(f"kabar run: {line}", file=sys.stderr, flush=True)  # noqa: E731
    check_warehouse(warehouse, write=True, wait=wait_limit(args.wait), say=say)
    if args.reprocess:
        from etl.store import open_warehouse, reset_derived

        with open_warehouse(warehouse) as con:
            reset_derived(con)

    from etl.runner import run_pipeline
    from etl.summary import print_summary

    started = time.monotonic()
    outcome = run_pipeline(show_progress=not args.quiet and sys.stderr.isatty(), wait_seconds=args.wait, say=say)
    if outcome.stopped:
        from etl.errors import stopped_exit

        return stopped_exit(outcome.stopped, outcome.run_id)
    print_summary(warehouse, outcome.run_id, feed, time.monotonic() - started, outcome.error)
    return 0 if outcome.success else 1


def _ui(args: argparse.Namespace) -> int:
    import signal
    import subprocess

    os.environ["DAGSTER_HOME"] = str(dagster_home())
    os.environ["KABAR_WAREHOUSE"] = str(warehouse_path(args.warehouse).resolve())
    os.environ["KABAR_FEED"] = str(feed_path(args.feed).resolve())
    project = Path(__file__).resolve().parent.parent
    workspace = project / "workspace.yaml"
    target = ["-w", str(workspace)] if workspace.exists() else ["-m", "etl.definitions"]
    command = [sys.executable, "-m", "dagster", "dev", *target, "-h", "127.0.0.1", "-p", str(args.port)]

    def _default_signals() -> None:  # `dagster dev` must be stoppable by SIGTERM/SIGINT (see STACK-NOTES)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)

    print(f"Dagster UI: http://127.0.0.1:{args.port}  (DAGSTER_HOME={os.environ['DAGSTER_HOME']})", flush=True)
    proc = subprocess.Popen(command, cwd=project if workspace.exists() else None, preexec_fn=_default_signals)

    def _stop(signum: int, _frame: object) -> None:  # pass SIGTERM/SIGINT on, so no server is left behind
        proc.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    return proc.wait()


if __name__ == "__main__":
    sys.exit(main())
