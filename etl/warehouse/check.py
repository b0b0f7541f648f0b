"""Can this warehouse file be opened? One clear reason when not: a folder, not DuckDB, damaged, newer, or in use.

Checked before Dagster starts (which would otherwise retry a bad path for minutes and print its own errors),
without writing anything: a file that is not a DuckDB database of a schema this code knows is never touched.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

from etl.warehouse.migrate import latest_version

BAD_FILE, BUSY = 2, 3  # exit codes of `kabar run` / `kabar report`
_LOCK = re.compile(r"Conflicting lock is held in (?P<program>.+?) \(PID (?P<pid>\d+)\)(?: by user (?P<user>\S+))?")
_DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB database file
_HEADER_BYTES = 3 * 4096  # the main header and two database headers come before the first block


class WarehouseError(Exception):
    """The warehouse cannot be used; `str()` is the one line for the user, `exit_code` what the command returns."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def lock_holder(message: str) -> str | None:
    """'process 1234 (/usr/bin/duckdb)' from DuckDB's lock error, when it names the holder."""
    m = _LOCK.search(message)
    if not m:
        return None
    return f"process {m['pid']} ({Path(m['program']).name}{', user ' + m['user'] if m['user'] else ''})"


def check_warehouse(
    path: Path,
    write: bool,
    wait: float = 0.0,
    say: Callable[[str], None] | None = None,
    lock_only: bool = False,
    keep: dict | None = None,
) -> duckdb.DuckDBPyConnection | None:
    """Raise WarehouseError unless `path` is absent (and `write`) or a DuckDB warehouse this code can use.

    A lock held by another process is waited for up to `wait` seconds (saying so once), then reported with the
    holder's PID as DuckDB names it. `lock_only` (inside a run's steps) skips the read-only pass, which would clash
    with a read-write connection this process may hold. With `keep` (a DuckDB config) the read-write connection that
    found the file free is opened with it and returned, for the caller to use and close (None when the file is absent).
    """
    if path.is_dir():
        raise WarehouseError(
            f"{path} is a folder, not a DuckDB file: give --warehouse a file path (e.g. {path / 'kabar.duckdb'})",
            BAD_FILE,
        )
    if not path.exists():
        if write:
            return
        raise WarehouseError(f"warehouse not found: {path} (run `kabar run` first, or pass --warehouse)", BAD_FILE)
    if not path.is_file():
        raise WarehouseError(f"{path} is not a regular file (a device, pipe or socket?): not a warehouse", BAD_FILE)
    with open(path, "rb") as fh:
        head = fh.read(16)
    if len(head) < 12 or head[8:12] != _DUCKDB_MAGIC:
        what = "an empty file" if not head else "not a DuckDB database (no DuckDB header)"
        raise WarehouseError(
            f"{path} is {what}: left untouched; move it away or give --warehouse another file", BAD_FILE
        )
    deadline = time.monotonic() + wait
    announced = False
    for read_only in (False,) if lock_only else (True, False) if write else (True,):
        while True:
            try:
                config = keep if keep is not None and not read_only else {}
                con = duckdb.connect(str(path), read_only=read_only, config=config)
                break
            except duckdb.Error as exc:
                message = str(exc)
                holder = lock_holder(message)
                if holder is None and "lock" not in message.lower():
                    first = message.splitlines()[0] if message else type(exc).__name__
                    raise WarehouseError(
                        f"{path} is damaged or unreadable ({first}): left untouched; restore it from a copy or give "
                        "--warehouse another file",
                        BAD_FILE,
                    ) from None
                if time.monotonic() >= deadline:
                    raise WarehouseError(
                        f"warehouse {path} is in use by {holder or 'another process'}"
                        f"{f'; gave up after {wait:g} s' if wait else ''}: wait for it to finish or close it "
                        "(readers: open it with -readonly / read_only=True, and not during a run)",
                        BUSY,
                    ) from None
                if not announced and say is not None:
                    announced = True
                    say(f"waiting up to {wait:g} s for warehouse {path}, locked by {holder or 'another process'}")
                time.sleep(0.25)
        if keep is not None and not read_only:
            return con
        try:
            if read_only:
                _check_schema(con, path)
        finally:
            con.close()
    return None


def _check_schema(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    try:
        block, blocks = con.execute(  # free blocks at the end of the file may have been cut off: count used ones
            "SELECT block_size, used_blocks FROM pragma_database_size() WHERE database_name = current_database()"
        ).fetchone()
        expected, size = _HEADER_BYTES + int(block) * int(blocks), path.stat().st_size
        if size < expected and not Path(f"{path}.wal").exists():  # with a WAL, blocks may be in the log
            raise WarehouseError(
                f"{path} is truncated ({size:,} of at least {expected:,} bytes): left untouched; restore it from a "
                "copy or give --warehouse another file",
                BAD_FILE,
            )
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        if "schema_version" not in tables:
            if tables:
                raise WarehouseError(
                    f"{path} is a DuckDB database but not a Kabar warehouse (tables {', '.join(sorted(tables)[:5])}, "
                    "no schema_version): left untouched; give --warehouse another file",
                    BAD_FILE,
                )
            return
        version = con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0]
        raise WarehouseError(f"{path} is damaged or unreadable ({first}): left untouched", BAD_FILE) from None
    known = latest_version()
    if version is not None and int(version) > known:
        raise WarehouseError(
            f"{path} was written by a newer kabar (schema version {version}; this one knows up to {known}): "
            "left untouched; upgrade kabar or give --warehouse another file",
            BAD_FILE,
        )
