"""Apply the warehouse DDL idempotently: `schema/NNN_*.sql` once each, in order; `views/*.sql` every time."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

# `etl/warehouse/sql` links to the repository's `warehouse/` folder; a wheel carries a copy of its .sql files there.
SQL_ROOT = Path(__file__).resolve().parent / "sql"
SCHEMA_DIR = SQL_ROOT / "schema"
VIEWS_DIR = SQL_ROOT / "views"
_NUMBERED = re.compile(r"^(\d{3})_[\w-]+\.sql$")


def schema_files() -> list[tuple[int, Path]]:
    files = [(int(m.group(1)), p) for p in SCHEMA_DIR.iterdir() if (m := _NUMBERED.match(p.name))]
    return sorted(files)


def latest_version() -> int:
    return max(v for v, _ in schema_files())


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMPTZ NOT NULL)")
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection, views: bool = True) -> int:
    """Bring the warehouse to the latest schema version and (re)create the analyst views; return the version.

    On a DuckLake (warehouse/lake.py) the DDL goes in without the constraints a lake cannot keep, and views are created
    only when missing or after a schema upgrade, so parallel writers do not race to replace them; so are they with
    `views=False` (a later connection of a process that has re-created them already).
    """
    from etl.warehouse.lake import is_lake_connection, lake_ddl

    on_lake = is_lake_connection(con)
    version = start = current_version(con)
    for number, path in schema_files():
        if number <= version:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            sql = path.read_text(encoding="utf-8")
            con.execute(lake_ddl(sql) if on_lake else sql)
            con.execute("INSERT INTO schema_version VALUES (?, now())", [number])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        version = number
    keep: set[str] = set()
    if (on_lake or not views) and version == start:
        keep = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    for path in sorted(VIEWS_DIR.glob("*.sql")):
        if path.stem in keep:
            continue
        con.execute(path.read_text(encoding="utf-8"))
    return version
