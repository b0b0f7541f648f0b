"""Plain text: one article per file."""

from __future__ import annotations

from etl.core.models import RawArticle


def read(text: str) -> list[RawArticle]:
    if not any(c.isalpha() for c in text):
        from etl.formats import FormatError

        raise FormatError("no text: the file holds no letters")
    return [RawArticle(text=text)]
