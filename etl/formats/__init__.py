"""Readers per input shape: each turns a decoded document into the raw articles it holds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePosixPath

from etl.core.models import RawArticle
from etl.formats import text

Reader = Callable[[str], list[RawArticle]]


class FormatError(ValueError):
    """The document decodes but is not a readable instance of its format; the message is the reason."""


READERS: dict[str, tuple[str, Reader]] = {
    ".txt": ("text", text.read),
    ".text": ("text", text.read),
}


def format_of(source_uri: str) -> str:
    suffix = PurePosixPath(source_uri).suffix.lower()
    return READERS[suffix][0] if suffix in READERS else (suffix.lstrip(".") or "unknown")


def reader_for(source_uri: str) -> Reader | None:
    entry = READERS.get(PurePosixPath(source_uri).suffix.lower())
    return entry[1] if entry else None


def supported() -> str:
    return ", ".join(sorted(READERS))
