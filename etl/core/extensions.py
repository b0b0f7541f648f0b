"""DuckDB extensions shipped as PyPI wheels, loaded by path (no network here, so never INSTALL)."""

from __future__ import annotations

import importlib
from pathlib import Path

import duckdb

_PACKAGES = {"fts": "duckdb_extension_fts", "ducklake": "duckdb_extension_ducklake"}


def extension_path(name: str) -> Path:
    """`fts` -> `<site-packages>/duckdb_extension_fts/extensions/v1.5.5/fts.duckdb_extension`."""
    package = importlib.import_module(_PACKAGES[name])
    version = "v" + duckdb.__version__
    path = Path(package.__file__).parent / "extensions" / version / f"{name}.duckdb_extension"
    if not path.exists():
        raise FileNotFoundError(f"{name} extension for DuckDB {duckdb.__version__} not found at {path}")
    return path


def load_extension(con: duckdb.DuckDBPyConnection, name: str) -> None:
    con.execute(f"LOAD '{extension_path(name).as_posix()}'")  # a path inside site-packages, not user input
