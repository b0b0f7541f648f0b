"""Plain text: one article per file."""

from __future__ import annotations

from etl.core.decode import decode_bytes
from etl.core.models import RawArticle
from etl.formats import FormatError, FormatResult


def read(data: bytes) -> FormatResult:
    decoded = decode_bytes(data)
    text = decoded.text
    if not any(c.isalpha() for c in text):
        raise FormatError("no text: the file holds no letters")
    return FormatResult([RawArticle(text=text)], decoded.encoding, text)
