"""DuckDB extensions shipped as PyPI wheels, loaded by path (no network here, so never INSTALL)."""

from __future__ import annotations

import importlib
import os
import tempfile
from pathlib import Path

import duckdb

_PACKAGES = {
    "fts": "duckdb_extension_fts",
    "ducklake": "duckdb_extension_ducklake",
    "postgres": "duckdb_extension_postgres",
}
# DuckDB finds an extension's entry point from its file name; the postgres wheel ships `postgres.duckdb_extension`
# whose entry point is `postgres_scanner_duckdb_cpp_init`, so it is loaded through a link with the right name.
_LOAD_AS = {"postgres": "postgres_scanner"}


def extension_path(name: str) -> Path:
    """`fts` -> `<site-packages>/duckdb_extension_fts/extensions/v1.5.5/fts.duckdb_extension`."""
    package = importlib.import_module(_PACKAGES[name])
    version = "v" + duckdb.__version__
    path = Path(package.__file__).parent / "extensions" / version / f"{name}.duckdb_extension"
    if not path.exists():
        raise FileNotFoundError(f"{name} extension for DuckDB {duckdb.__version__} not found at {path}")
    return path


def loadable_path(name: str) -> Path:
    """The path to `LOAD` (for postgres a link named after its entry point, made once per user)."""
    path = extension_path(name)
    alias = _LOAD_AS.get(name)
    if alias is None:
        return path
    folder = Path(tempfile.gettempdir()) / f"kabar-duckdb-extensions-{os.getuid()}" / f"v{duckdb.__version__}"
    folder.mkdir(parents=True, exist_ok=True)
    link = folder / f"{alias}.duckdb_extension"
    if not link.exists() or link.resolve() != path.resolve():
        tmp = folder / f".{alias}.{os.getpid()}"
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(path)
        tmp.replace(link)  # atomic: parallel workers never see a half-made link
    return link


def load_extension(con: duckdb.DuckDBPyConnection, name: str) -> None:
    con.execute(f"LOAD '{loadable_path(name).as_posix()}'")  # a path inside site-packages, not user input
