"""Size limits: what Kabar reads, and what happens past each limit. Each is configurable from the environment.

- `KABAR_MAX_FILE_BYTES` (default 64 MiB): a larger file is recorded as rejected (`too large`) with its
  size and sha256, but its bytes are not copied into the warehouse (memory stays bounded by this limit).
- `KABAR_MAX_ARTICLE_CHARS` (default 4,000,000 characters, about 4 MB of text; real articles are rarely over
  100,000): a document holding a longer article is stored with its bytes and rejected as `too large`.
- `KABAR_DUCKDB_MEMORY` (default 512 MiB): what DuckDB may hold in memory (its buffer of table blocks, sorts, the
  full-text index build); past it DuckDB spills to a temporary folder beside the warehouse. Unset, DuckDB takes
  80% of the machine's RAM and its cache grows with the warehouse.
- XML feeds are never allowed to expand entities or fetch anything (the readers' concern, etl/formats).
"""

from __future__ import annotations

import os

DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024
DEFAULT_MAX_ARTICLE_CHARS = 4_000_000
DEFAULT_DUCKDB_MEMORY_BYTES = 512 * 1024 * 1024


def _int_env(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip().replace("_", "")
    return int(value) if value.isdigit() and int(value) > 0 else default


def max_file_bytes() -> int:
    return _int_env("KABAR_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES)


def max_article_chars() -> int:
    return _int_env("KABAR_MAX_ARTICLE_CHARS", DEFAULT_MAX_ARTICLE_CHARS)


def duckdb_memory_bytes() -> int:
    return _int_env("KABAR_DUCKDB_MEMORY", DEFAULT_DUCKDB_MEMORY_BYTES)
