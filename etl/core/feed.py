"""Walking a feed folder safely: every regular file under the root, never anything outside it.

Whatever is not read is still accounted for: hidden entries, links that leave the folder or loop, folders
reached through links, pipes and devices, files that vanish or cannot be read come back as `Skipped` with
the reason (stored in `skipped_paths` and listed in the run summary).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from etl.core.limits import max_file_bytes

_READ_CHUNK = 1024 * 1024
_KINDS = {
    stat.S_IFIFO: "a named pipe",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}


@dataclass(frozen=True)
class FeedFile:
    source_uri: str  # posix path relative to the feed root
    path: Path
    size: int
    mtime_ns: int = 0  # modification time and inode at the walk: with the size, how a re-run knows an unchanged file
    inode: int = 0


@dataclass(frozen=True)
class Skipped:
    source_uri: str
    reason: str


@dataclass(frozen=True)
class FileBytes:
    """What was read from one file: its bytes (empty when over the size limit), size and sha256."""

    data: bytes
    size: int
    sha256: str
    too_large: bool = False
    changed: bool = False  # the file changed while it was read, twice over: `data` is the last read


class FeedError(ValueError):
    pass


class Unreadable(OSError):
    """A file listed by the walk that could not be read; `str()` is the reason."""


def count_feed(root: str | Path) -> int:
    """About how many files `walk_feed` will yield (for progress): names only, no file examined; links and special
    files count, hidden entries do not."""
    total = 0
    for _, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        total += sum(1 for name in filenames if not name.startswith("."))
    return total


def walk_feed(root: str | Path, skipped: list[Skipped] | None = None) -> Iterator[FeedFile]:
    """Files under `root` in a stable order; hidden entries skipped, links that leave the root ignored.

    Entries not read are appended to `skipped` with the reason, so that every path is accounted for. A missing
    root raises FeedError at the call, not at the first file.
    """
    base = Path(root)
    if not base.is_dir():
        raise FeedError(f"feed folder not found or not a folder: {base}")
    return _walk(base, skipped.append if skipped is not None else (lambda _s: None))


def _walk(base: Path, skip: Callable[[Skipped], None]) -> Iterator[FeedFile]:
    real_root = base.resolve()
    for dirpath, dirnames, filenames in os.walk(base, followlinks=False):
        here = Path(dirpath)
        kept = []
        for d in sorted(dirnames):
            rel = (here / d).relative_to(base).as_posix()
            if d.startswith("."):
                skip(Skipped(rel, "hidden folder (name starts with a dot): not read"))
            elif (here / d).is_symlink():
                skip(Skipped(rel, "link to a folder: not followed"))
            else:
                kept.append(d)
        dirnames[:] = kept
        # paths as strings first: pathlib costs several parses per file, most of a no-change run's walk
        prefix = here.relative_to(base).as_posix()
        prefix = "" if prefix == "." else prefix + "/"
        for name in sorted(filenames):
            rel = prefix + name
            if name.startswith("."):
                skip(Skipped(rel, "hidden file (name starts with a dot): not read"))
                continue
            full = os.path.join(dirpath, name)
            try:
                info = os.lstat(full)
            except OSError:
                skip(Skipped(rel, "vanished file: not read"))
                continue
            path = Path(full)
            if stat.S_ISREG(info.st_mode):  # a plain file under the root cannot lead outside: no resolution
                yield FeedFile(rel, path, info.st_size, info.st_mtime_ns, info.st_ino)
                continue
            if not stat.S_ISLNK(info.st_mode):
                skip(Skipped(rel, f"not a regular file ({_KINDS.get(stat.S_IFMT(info.st_mode), 'special file')})"))
                continue
            try:
                real = path.resolve(strict=True)
            except RuntimeError:
                skip(Skipped(rel, "symbolic link loop: not followed"))
                continue
            except OSError:
                skip(Skipped(rel, "broken symbolic link or vanished file: not read"))
                continue
            if not real.is_relative_to(real_root):
                skip(Skipped(rel, "symbolic link leading outside the feed folder: not followed"))
                continue
            try:
                info = real.stat()
            except OSError as exc:
                skip(Skipped(rel, f"cannot be examined: {exc.strerror or exc}"))
                continue
            if stat.S_ISDIR(info.st_mode):
                skip(Skipped(rel, "link to a folder: not followed"))
                continue
            if not stat.S_ISREG(info.st_mode):
                skip(Skipped(rel, f"not a regular file ({_KINDS.get(stat.S_IFMT(info.st_mode), 'special file')})"))
                continue
            yield FeedFile(rel, real, info.st_size, info.st_mtime_ns, info.st_ino)


def read_bytes(file: FeedFile) -> bytes:
    return read_file(file).data


def read_file(file: FeedFile, limit: int | None = None) -> FileBytes:
    """Read a regular file without following a link swapped in after the walk and without blocking on a pipe.

    Up to `limit` bytes are kept (`max_file_bytes()` by default); past it only the hash and size are taken.
    A file whose size or modification time changes while it is read is read again, once.
    """
    limit = max_file_bytes() if limit is None else limit
    result = _read_once(file.path, limit)
    if result.changed:
        with contextlib.suppress(Unreadable):  # gone after the first read: keep what was read, marked changed
            result = _read_once(file.path, limit)
    return result


def _read_once(path: Path, limit: int) -> FileBytes:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError as exc:
        raise Unreadable("vanished before it could be read") from exc
    except OSError as exc:
        raise Unreadable(f"cannot be opened: {exc.strerror or exc}") from exc
    try:
        before = os.fstat(fd)
        if not stat.S_ISREG(before.st_mode):
            raise Unreadable("not a regular file any more (replaced while the feed was read)")
        digest = hashlib.sha256()
        kept: list[bytes] = []
        size = 0
        while chunk := os.read(fd, _READ_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            if size <= limit:
                kept.append(chunk)
        after = os.fstat(fd)
    except OSError as exc:
        raise Unreadable(f"read failed: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)
    try:
        now = os.stat(path, follow_symlinks=False)
        replaced = (now.st_ino, now.st_dev) != (before.st_ino, before.st_dev)
    except OSError:
        replaced = True  # removed or renamed while being read: what was read is kept
    changed = (
        replaced
        or (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns)
        or (size != after.st_size)
    )
    too_large = size > limit
    return FileBytes(b"" if too_large else b"".join(kept), size, digest.hexdigest(), too_large, changed)
