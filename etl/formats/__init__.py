"""Readers per input shape: each turns a document's bytes into the raw articles it holds.

The format is told by the file name's extension and, where that is missing or says only "XML" or "JSON", by
sniffing the first bytes: `<rss`/`<feed` is a feed, `<html`/`<!doctype html` a page, `{` JSON lines. A `.gz`
suffix is unpacked first (bounded, so a gzip bomb is refused). Each reader is a plain function
`read(data: bytes) -> FormatResult` and raises FormatError (or DecodeError) with the reason.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from etl.core.limits import max_file_bytes
from etl.core.models import RawArticle


class FormatError(ValueError):
    """The document decodes but is not a readable instance of its format; the message is the reason."""


@dataclass
class ItemRejection:
    """One record of a multi-article document that could not become an article, and why."""

    item_key: str
    reason: str


@dataclass
class FormatResult:
    articles: list[RawArticle]
    encoding: str
    text: str  # the decoded document, for the content fingerprint that finds re-encoded copies
    rejected: list[ItemRejection] = field(default_factory=list)
    format: str | None = None  # set where the reader tells the format more precisely (rss or atom)


Reader = Callable[[bytes], FormatResult]

# extension -> format as stored in documents.format ("feed" is told apart into rss / atom by its root element)
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
}
_SNIFF = 2048


def _readers() -> dict[str, Reader]:
    from etl.formats import feeds, html, records, text

    return {
        "text": text.read,
        "html": html.read,
        "rss": feeds.read,
        "atom": feeds.read,
        "feed": feeds.read,
        "jsonl": records.read_jsonl,
        "csv": records.read_csv,
    }


def _name(source_uri: str) -> tuple[str, bool]:
    """The extension that tells the format, and whether the file is gzipped."""
    path = PurePosixPath(source_uri.lower())
    if path.suffix == ".gz":
        return PurePosixPath(path.stem).suffix, True
    return path.suffix, False


def format_of(source_uri: str) -> str:
    """The format the file name claims (before sniffing); an unknown extension names itself."""
    suffix, _ = _name(source_uri)
    fmt = EXTENSIONS.get(suffix)
    if fmt == "feed":
        return "atom" if suffix == ".atom" else "rss"
    return fmt or (suffix.lstrip(".") or "unknown")


def sniff(data: bytes) -> str | None:
    """The format the first bytes show, if any: rss, atom, html or jsonl."""
    head = data[:_SNIFF].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"["):
        return "json"
    if not head.startswith(b"<"):
        return None
    if b"<rss" in head or b"<rdf:rdf" in head:
        return "rss"
    if b"<feed" in head:
        return "atom"
    if b"<html" in head or b"<!doctype html" in head or b"<head" in head or b"<body" in head:
        return "html"
    return None


def unpack(source_uri: str, data: bytes) -> bytes:
    """The bytes to read: gunzipped for a `.gz` name (bounded), else as they are."""
    if not _name(source_uri)[1]:
        return data
    inflater = zlib.decompressobj(wbits=47)  # gzip or zlib header
    try:
        limit = max_file_bytes()  # a .gz that unpacks beyond the limit of a raw file is refused
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise FormatError(f"not a readable gzip file: {exc}") from exc
    if len(out) > limit:
        raise FormatError(f"too large: gzip unpacks to more than {limit:,} bytes (KABAR_MAX_FILE_BYTES): refused")
    if not inflater.eof:
        raise FormatError("truncated gzip file: the compressed stream ends early")
    return out


def detect(source_uri: str, data: bytes) -> str | None:
    """The reader to use: the extension's format, made precise (or found) by sniffing; None if unsupported."""
    suffix, _ = _name(source_uri)
    claimed = EXTENSIONS.get(suffix)
    seen = sniff(data)
    if claimed == "feed":
        if seen == "html":
            raise FormatError("not an RSS or Atom feed: the file is an HTML page (a redirect or error page?)")
        return seen if seen in ("rss", "atom") else "feed"
    if claimed == "jsonl" and seen == "json":
        return "jsonl"  # a JSON array of records is read by the same reader
    if claimed is not None:
        return claimed
    return {"json": "jsonl"}.get(seen or "", seen)


def reader_for(fmt: str) -> Reader:
    return _readers()[fmt]


def supported() -> str:
    return ", ".join(sorted(EXTENSIONS)) + " (and .gz of each)"
