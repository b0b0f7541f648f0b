"""What happens to a new document on arrival: parsed, rejected (with the reason), or a duplicate."""

from __future__ import annotations

from dataclasses import dataclass

from etl.core.feed import MAX_BYTES
from etl.core.pipeline import Rejected, read_document, text_fingerprint
from etl.formats import format_of


@dataclass(frozen=True)
class Intake:
    status: str  # parsed | rejected | duplicate
    format: str
    encoding: str | None
    reject_reason: str | None
    text_hash: str | None
    articles: int


def inspect_document(source_uri: str, data: bytes, seen_texts: dict[str, str]) -> Intake:
    """Decide a document's status. `seen_texts` maps text fingerprints to the source_uri first seen with them."""
    fmt = format_of(source_uri)
    if len(data) > MAX_BYTES:
        return Intake("rejected", fmt, None, f"too large to parse: {len(data)} bytes (limit {MAX_BYTES})", None, 0)
    try:
        read = read_document(source_uri, data)
    except Rejected as exc:
        return Intake("rejected", exc.format or fmt, None, str(exc), None, 0)
    fingerprint = text_fingerprint(read.text)
    first = seen_texts.get(fingerprint)
    if first is not None:
        reason = f"same text as {first} (different bytes: encoding, BOM or line endings)"
        return Intake("duplicate", read.format, read.encoding, reason, fingerprint, 0)
    seen_texts[fingerprint] = source_uri
    return Intake("parsed", read.format, read.encoding, None, fingerprint, len(read.articles))
