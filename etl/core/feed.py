"""Walking a feed folder safely: every regular file under the root, never anything outside it."""

from __future__ import annotations

import os
import stat
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
                info = path.lstat()
                if stat.S_ISLNK(info.st_mode):  # only a link can lead outside: resolve it (a plain file cannot)
                    real = path.resolve(strict=True)
                    if not real.is_relative_to(real_root) or not real.is_file():
                        continue
                    info = real.stat()
                elif not stat.S_ISREG(info.st_mode):
                    continue
            except (OSError, RuntimeError):
                continue
            rel = path.relative_to(base).as_posix()
            yield FeedFile(rel, path, info.st_size)


def read_bytes(file: FeedFile) -> bytes:
    with open(file.path, "rb") as fh:
        return fh.read()
