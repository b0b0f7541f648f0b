"""Walking a feed folder safely: every regular file under the root, never anything outside it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 64 * 1024 * 1024  # larger files are kept but not parsed


@dataclass(frozen=True)
class FeedFile:
    source_uri: str  # posix path relative to the feed root
    path: Path
    size: int


class FeedError(ValueError):
    pass


def walk_feed(root: str | Path) -> Iterator[FeedFile]:
    """Files under `root` in a stable order; hidden entries skipped, links that leave the root ignored."""
    base = Path(root)
    if not base.is_dir():
        raise FeedError(f"feed folder not found or not a folder: {base}")
    real_root = base.resolve()
    for dirpath, dirnames, filenames in os.walk(base, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            try:
                real = path.resolve(strict=True)
            except (OSError, RuntimeError):
                continue
            if not real.is_relative_to(real_root) or not real.is_file():
                continue
            rel = path.relative_to(base).as_posix()
            yield FeedFile(rel, path, real.stat().st_size)


def read_bytes(file: FeedFile) -> bytes:
    with open(file.path, "rb") as fh:
        return fh.read()
