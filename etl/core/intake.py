"""What happens to a new document on arrival: parsed, rejected (with the reason), or a duplicate."""

from __future__ import annotations

from dataclasses import dataclass, replace

from etl.core.feed import FileBytes
from etl.core.limits import max_file_bytes
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
    intake = read_intake(source_uri, data)
    if intake.status != "parsed" or intake.text_hash is None:
        return intake
    first = seen_texts.get(intake.text_hash)
    if first is not None:
        return duplicate_of(intake, first)
    seen_texts[intake.text_hash] = source_uri
    return intake


def read_intake(source_uri: str, data: bytes) -> Intake:
    """A document parsed (with its text fingerprint) or rejected, before it is compared with the texts seen."""
    fmt = format_of(source_uri)
    try:
        read = read_document(source_uri, data)
    except Rejected as exc:
        return Intake("rejected", exc.format or fmt, None, str(exc), None, 0)
    return Intake("parsed", read.format, read.encoding, None, text_fingerprint(read.text), len(read.articles))


def duplicate_of(intake: Intake, first: str) -> Intake:
    """A parsed document whose text was first seen under `first`."""
    reason = f"same text as {first} (different bytes: encoding, BOM or line endings)"
    return replace(intake, status="duplicate", reject_reason=reason, articles=0)


def unread_intake(source_uri: str, file: FileBytes) -> Intake | None:
    """The rejection of a file whose bytes cannot be parsed as read (over the size limit, changing), else None."""
    fmt = format_of(source_uri)
    if file.too_large:
        reason = (
            f"too large: {file.size:,} bytes (limit {max_file_bytes():,}, KABAR_MAX_FILE_BYTES); size and sha256 "
            "recorded, bytes not copied into the warehouse"
        )
        return Intake("rejected", fmt, None, reason, None, 0)
    if file.changed:
        reason = (
            f"the file changed while it was read (still being written?): the {file.size:,} bytes read are kept; "
            "it is read again once it changes"
        )
        return Intake("rejected", fmt, None, reason, None, 0)
    return None
