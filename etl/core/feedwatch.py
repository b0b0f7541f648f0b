"""Watching a feed folder: which files are new or changed since the last look (Dagster-free; the sensor's core).

The state (the sensor's cursor) maps each file's path relative to the feed root to its size, mtime and sha256.
A file is hashed only when its size or mtime moved; it counts as changed only when its hash moved too (a file
touched or copied back unchanged is not news). Files written in the last `settle_seconds` are left for the next
look, so a file still being copied is not taken half-written.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from etl.core.feed import walk_feed


@dataclass(frozen=True)
class Seen:
    size: int
    mtime_ns: int
    sha256: str


@dataclass(frozen=True)
class Scan:
    state: dict[str, Seen]  # every settled file now in the folder
    changed: list[str]  # new or changed files (relative paths), sorted
    waiting: list[str]  # files too fresh to take yet
    removed: list[str]  # files gone since the last look

    def batch_key(self) -> str:
        """A stable key for this batch of changes (the same files with the same content give the same key)."""
        digest = hashlib.sha256()
        for uri in self.changed:
            digest.update(f"{uri}\0{self.state[uri].sha256}\n".encode())
        return digest.hexdigest()[:24]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def scan_feed(
    root: str | Path,
    previous: dict[str, Seen],
    known_hashes: Iterable[str] = (),
    settle_seconds: float = 0.0,
    now: float | None = None,
) -> Scan:
    """Compare the folder with `previous`; files whose content is in `known_hashes` (already loaded) are not news."""
    known = set(known_hashes)
    now_ns = int((time.time() if now is None else now) * 1e9)
    state: dict[str, Seen] = {}
    changed: list[str] = []
    waiting: list[str] = []
    for file in walk_feed(root):  # each file's size and modification time as the walk found them
        before = previous.get(file.source_uri)
        if before is not None and (before.size, before.mtime_ns) == (file.size, file.mtime_ns):
            state[file.source_uri] = before
            continue
        if now_ns - file.mtime_ns < settle_seconds * 1e9:
            waiting.append(file.source_uri)
            if before is not None:
                state[file.source_uri] = before  # keep the old entry until the new content settles
            continue
        try:
            seen = Seen(file.size, file.mtime_ns, file_sha256(file.path))
        except OSError:
            continue  # vanished between the walk and the read
        state[file.source_uri] = seen
        is_news = seen.sha256 != before.sha256 if before is not None else seen.sha256 not in known
        if is_news:
            changed.append(file.source_uri)
    removed = sorted(set(previous) - set(state) - set(waiting))
    return Scan(state, sorted(changed), sorted(waiting), removed)


def dump_state(state: dict[str, Seen]) -> str:
    return json.dumps({k: [v.size, v.mtime_ns, v.sha256] for k, v in sorted(state.items())}, separators=(",", ":"))


def load_state(cursor: str | None) -> dict[str, Seen] | None:
    """The state stored in a cursor; None for no cursor (the first look) or one this code cannot read."""
    if not cursor:
        return None
    try:
        raw = json.loads(cursor)
        return {str(k): Seen(int(v[0]), int(v[1]), str(v[2])) for k, v in raw.items()}
    except (ValueError, TypeError, IndexError, AttributeError):
        return None
