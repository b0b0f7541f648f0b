"""Walking a feed folder: recursive, stable, relative posix paths, nothing outside the root."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from etl.core.feed import FeedError, walk_feed
from tests.conftest import write_feed


def test_walk_is_recursive_sorted_and_relative(tmp_path: Path) -> None:
    root = write_feed(
        tmp_path / "feed", {"b/2.txt": "x", "a.txt": "y", "b/c/1.txt": "z", ".hidden/x.txt": "h", "b/.DS_Store": "junk"}
    )
    assert [f.source_uri for f in walk_feed(root)] == ["a.txt", "b/2.txt", "b/c/1.txt"]


def test_links_leaving_the_root_are_ignored(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("not part of the feed")
    root = write_feed(tmp_path / "feed", {"inside.txt": "ok"})
    os.symlink(outside, root / "leak.txt")
    os.symlink(tmp_path, root / "up")
    os.symlink(root / "inside.txt", root / "alias.txt")
    uris = [f.source_uri for f in walk_feed(root)]
    assert uris == ["alias.txt", "inside.txt"]


def test_missing_root_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FeedError, match="not found"):
        list(walk_feed(tmp_path / "absent"))
