"""The `kabar` command: run the asset graph on a feed folder, report data quality, start the Dagster UI."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import NoReturn

from etl.config import ConfigError, FeedConfig, config_file, feed_name, load_config
from etl.settings import dagster_home, feed_path, warehouse_path
from etl.warehouse.lake import is_lake, warehouse_target

WAREHOUSE_HELP = "DuckDB file (default: $KABAR_WAREHOUSE, else kabar.toml's [warehouse], else warehouse/kabar.duckdb)"


class UsageError(Exception):
    """A mistake on the command line: printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line naming the cause and the way out, not usage + error
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kabar", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True, metavar="{run,report,ui}")

    run = sub.add_parser("run", help="ingest, clean, load, extract and check every file under a feed folder")
    run.add_argument("--feed", required=True, metavar="DIR", help="folder of input files (read recursively)")
    run.add_argument("--warehouse", metavar="FILE", help=WAREHOUSE_HELP)
    run.add_argument(
        "--feed-name",
        metavar="LABEL",
        help="label stored in documents.feed (default: the label kabar.toml gives the folder, else the folder name)",
    )
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
    report.add_argument("--warehouse", metavar="FILE", help=WAREHOUSE_HELP)
    report.add_argument(
        "--format",
        choices=("markdown", "json", "junit", "html"),
        default="markdown",
        help="markdown (a CI job page), json, junit (one testcase per expectation and per row-level check) or html "
        "(one self-contained page with charts); default: markdown",
    )
    report.add_argument(
        "--output",
        metavar="PATH",
        help="file to write (folders are created); default: standard output, except html, which goes to "
        "reports/<warehouse name>.html beside the warehouse ('-' for standard output)",
    )
    report.add_argument(
        "--fail-on",
        choices=("error", "warning", "never"),
        default="error",
        help="exit 1 when a failed expectation or a flag of this severity or worse exists; default: error",
    )

    ui = sub.add_parser("ui", help="start the Dagster UI (webserver and daemon) on 127.0.0.1 for this project")
    ui.add_argument(
        "--port",
        type=int,
        default=int(os.environ.get("KABAR_UI_PORT", "3000")),
        help="TCP port on 127.0.0.1 (default: $KABAR_UI_PORT or 3000)",
    )
    ui.add_argument("--warehouse", metavar="FILE", help=WAREHOUSE_HELP)
    ui.add_argument("--feed", metavar="DIR", help="serve this one feed folder instead of the feeds of kabar.toml")
    ui.add_argument("--feed-name", metavar="LABEL", help="label of --feed (default: the folder name)")
    ui.add_argument(
        "--config",
        metavar="FILE",
        help="project file with the warehouse and feeds (default: $KABAR_CONFIG or ./kabar.toml)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from etl.cli.errors import one_line_errors

    with one_line_errors(f"kabar {args.command}") as outcome:
        try:
            if args.command == "run":
                outcome.code = _run(args)
            elif args.command == "report":
                outcome.code = _report(args)
            else:
                outcome.code = _ui(args)
        except (UsageError, ConfigError) as exc:
            print(f"kabar {args.command}: {exc}", file=sys.stderr)
            outcome.code = 2
    return outcome.code


def feed_folder(value: str | None) -> Path:
    """The feed folder named on the command line, or a UsageError saying what is wrong with it."""
    feed = feed_path(value)
    if feed.is_file():
        raise UsageError(f"--feed {feed} is a file, not a folder; pass the folder that holds the feed files")
    if not feed.exists():
        raise UsageError(f"feed folder not found: {feed}; check the path (the folder is read recursively)")
    if not feed.is_dir():
        raise UsageError(f"--feed {feed} is not a folder; pass the folder that holds the feed files")
    return feed.resolve()


def _run(args: argparse.Namespace) -> int:
    feed = feed_folder(args.feed)
    warehouse = warehouse_path(args.warehouse)
    lake = is_lake(warehouse)
    if not lake:
        warehouse.parent.mkdir(parents=True, exist_ok=True)
    configured = _configured_feed(feed)
    label = args.feed_name or (configured.label if configured else None) or feed.name
    os.environ["KABAR_WAREHOUSE"] = str(warehouse)
    os.environ["KABAR_FEED"] = str(feed)
    os.environ["KABAR_FEED_NAME"] = label
    from etl.settings import wait_limit
    from etl.warehouse.check import check_warehouse

    say = lambda line: print(f"kabar run: {line}", file=sys.stderr, flush=True)  # noqa: E731
    if not lake:  # a lake is many files and a catalog: DuckLake checks its own state when it attaches
        check_warehouse(warehouse, write=True, wait=wait_limit(args.wait), say=say)
    os.environ["DAGSTER_HOME"] = str(dagster_home(warehouse))  # the warehouse's own run history
    if args.reprocess:
        from etl.warehouse.store import open_warehouse, reset_derived

        with open_warehouse(warehouse) as con:
            reset_derived(con)

    from etl.cli.runner import run_pipeline
    from etl.cli.summary import print_summary
    from etl.defs.automation.definitions import feed_run_config

    options = dict(configured.options) if configured else {}
    run_config = feed_run_config(FeedConfig(name=feed_name(label), path=feed, label=label, options=options))
    run_config["resources"]["warehouse"] = {"config": {"database": str(warehouse)}}
    started = time.monotonic()
    outcome = run_pipeline(
        show_progress=not args.quiet and sys.stderr.isatty(), run_config=run_config, wait_seconds=args.wait, say=say
    )
    if outcome.stopped:
        from etl.cli.errors import stopped_exit

        return stopped_exit(outcome.stopped, outcome.run_id)
    print_summary(warehouse, outcome.run_id, feed, time.monotonic() - started, outcome.error, args.reprocess)
    return 0 if outcome.success else 1


def _configured_feed(folder: Path) -> FeedConfig | None:
    """The feed kabar.toml declares for this folder: `kabar run --feed samples/feed` records the same label as the
    UI and reads with the same reader options (`[feeds.NAME.options]`)."""
    return next((f for f in load_config().feeds if f.path == folder), None)


def _report(args: argparse.Namespace) -> int:
    from etl.cli.report import write_report

    output = args.output
    if output and output != "-" and Path(output).is_dir():
        raise UsageError(f"--output {output} is a folder; name a file in it, e.g. {Path(output) / 'dq.md'}")
    from etl.warehouse.check import check_warehouse

    warehouse = warehouse_path(args.warehouse)
    if not is_lake(warehouse):
        check_warehouse(warehouse, write=False)
    return write_report(warehouse, fmt=args.format, output=output, fail_on=args.fail_on)


def _ui(args: argparse.Namespace) -> int:
    from etl.cli.ui import UiError, check_port, serve

    env = dict(os.environ)
    if args.config:
        if not Path(args.config).is_file():
            raise UsageError(f"--config {args.config}: no such file; pass the path of a kabar.toml")
        env["KABAR_CONFIG"] = str(Path(args.config).resolve())
    elif (found := config_file()) is not None:
        env["KABAR_CONFIG"] = str(found.resolve())
    if args.feed:
        env["KABAR_FEED"] = str(feed_folder(args.feed))
        env["KABAR_FEED_NAME"] = args.feed_name or Path(env["KABAR_FEED"]).name
    if args.warehouse:
        env["KABAR_WAREHOUSE"] = str(warehouse_target(args.warehouse))
    config = load_config(Path(env["KABAR_CONFIG"]) if "KABAR_CONFIG" in env else None, env)
    if "KABAR_CONFIG" not in env and "KABAR_FEED" not in env:  # built-in default feed: pin it to this folder
        env["KABAR_FEED"], env["KABAR_FEED_NAME"] = str(config.feeds[0].path), config.feeds[0].label
    env["KABAR_WAREHOUSE"] = str(config.warehouse)
    env["DAGSTER_HOME"] = str(dagster_home(config.warehouse))
    try:
        check_port(args.port)
    except UiError as exc:
        raise UsageError(str(exc)) from None
    for feed in config.feeds:
        if not feed.path.is_dir():
            print(f"kabar ui: note: feed {feed.name!r} has no folder yet at {feed.path}; its runs fail until it exists")
    feeds = ", ".join(f"{f.name} ({f.path})" for f in config.feeds)
    print(
        f"Dagster UI: http://127.0.0.1:{args.port}  (webserver and daemon; warehouse {config.warehouse}; "
        f"run history {env['DAGSTER_HOME']}; feeds: {feeds})",
        flush=True,
    )
    try:
        return serve(args.port, env)
    except UiError as exc:
        raise UsageError(str(exc)) from None


if __name__ == "__main__":
    sys.exit(main())
