"""The warehouse as a DuckLake: catalog in PostgreSQL, tables as Parquet files under a data path.

Chosen by configuration, never by code: `KABAR_WAREHOUSE=ducklake:postgres:dbname=kabar host=... user=...` and
`KABAR_LAKE_DATA=/path/or/s3://bucket/prefix/`. Anything else in KABAR_WAREHOUSE is a DuckDB file, as before.
DuckLake keeps no PRIMARY KEY, UNIQUE or CHECK constraints and no indexes, so the schema files are applied with
those clauses taken out (`lake_ddl`); several processes may write the same lake at once (each commit is a snapshot).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb

from etl.core.extensions import load_extension

PREFIX = "ducklake:"
ALIAS = "lake"


class LakeConfigError(ValueError):
    """The lake is asked for but not fully configured."""


def is_lake(target: str | os.PathLike) -> bool:
    return str(target).startswith(PREFIX)


def warehouse_exists(target: str | os.PathLike) -> bool:
    """A lake always answers (its catalog says what it holds); a file must be there."""
    return is_lake(target) or Path(target).exists()


def warehouse_target(value: str | os.PathLike, base: Path | None = None) -> Path | str:
    """A warehouse as configured: a `ducklake:` name as written, anything else as an absolute file path."""
    if is_lake(value):
        return str(value)
    return ((base or Path.cwd()) / value).resolve()


def data_path() -> str:
    path = os.environ.get("KABAR_LAKE_DATA", "").strip()
    if not path:
        raise LakeConfigError(
            "KABAR_WAREHOUSE names a DuckLake but KABAR_LAKE_DATA is not set: set it to the folder (or object-store "
            "prefix) that holds the lake's Parquet files"
        )
    return path


def _literal(value: str) -> str:
    """A SQL string literal (ATTACH takes no bound parameters; the value comes from configuration, not a feed)."""
    return "'" + value.replace("'", "''") + "'"


def connect_lake(target: str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the lake attached as `lake` and selected, so table names resolve as in the file."""
    con = duckdb.connect()
    try:
        load_extension(con, "postgres")
        load_extension(con, "ducklake")
        options = [f"DATA_PATH {_literal(data_path())}"]
        if read_only:
            options.append("READ_ONLY")
        con.execute(f"ATTACH {_literal(target)} AS {ALIAS} ({', '.join(options)})")
        con.execute(f"USE {ALIAS}")
    except Exception:
        con.close()
        raise
    return con


def connect(target: str | os.PathLike, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """The warehouse, a DuckDB file or a DuckLake, by its configured name, with DuckDB's memory bounded."""
    con = connect_lake(str(target), read_only=read_only) if is_lake(target) else duckdb.connect(str(target), read_only)
    return limit_memory(con)


def limit_memory(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """Bound what DuckDB holds in memory to `KABAR_DUCKDB_MEMORY` bytes (etl/core/limits.py); it spills past it."""
    from etl.core.limits import duckdb_memory_bytes

    con.execute(f"SET memory_limit = '{duckdb_memory_bytes()}B'")  # an int of the code, not a feed value
    return con


def is_lake_connection(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("SELECT type FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    return bool(row) and row[0] == "ducklake"


_PRIMARY_KEY_LINE = re.compile(r",\s*\n\s*PRIMARY KEY\s*\([^)]*\)", re.I)
_INLINE = re.compile(r"\s+(?:PRIMARY KEY|UNIQUE)\b", re.I)
_CHECK = re.compile(r"\s+CHECK\s*\((?:[^()]|\([^()]*\))*\)", re.I)


def lake_ddl(sql: str) -> str:
    """The schema DDL without the constraints DuckLake does not keep (primary keys, UNIQUE, CHECK)."""
    return _CHECK.sub("", _INLINE.sub("", _PRIMARY_KEY_LINE.sub("", sql)))
