"""Apply the warehouse DDL idempotently: `schema/NNN_*.sql` once each, in order; `views/*.sql` every time."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

# `etl/sql` links to the repository's `warehouse/` folder; a wheel carries a copy of its .sql files there.
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


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Bring the warehouse to the latest schema version and (re)create the analyst views; return the version."""
    version = current_version(con)
    for number, path in schema_files():
        if number <= version:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(path.read_text(encoding="utf-8"))
            con.execute("INSERT INTO schema_version VALUES (?, now())", [number])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        version = number
    for path in sorted(VIEWS_DIR.glob("*.sql")):
        con.execute(path.read_text(encoding="utf-8"))
    return version
