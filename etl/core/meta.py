"""Metadata a structured format gives as fields (title, URL, time, authors, outlet) merged into a cleaned article.

The fields win over what the text stage guessed (names from credits in the text are kept after the field's
authors; a lede only fills a missing one). A time the format gives but Kabar cannot read (an unknown form) is
kept in `published_raw` with no `published_at`, so that the quality checks flag it.
"""

from __future__ import annotations

import re
from datetime import tzinfo
from zoneinfo import ZoneInfo

from etl.core.dates import JAKARTA, parse_datetime
from etl.core.models import CleanArticle, RawArticle
from etl.core.textnorm import normalise_line
from etl.rules.outlets import canonical_outlet
from etl.rules.records import AUTHOR_PLACEHOLDERS

_SPLIT_AUTHORS = re.compile(r"\s*(?:\n|;|,|\s+(?:and|dan|&)\s+)\s*")


def apply_meta(art: CleanArticle, raw: RawArticle) -> CleanArticle:
    meta = raw.meta
    if raw.removed:
        art.removed[:0] = raw.removed
    if title := _text(meta.get("title")):
        art.title = title
    if (lede := _text(meta.get("lede"))) and not art.lede:
        art.lede = lede
    if url := (meta.get("url") or "").strip():
        art.url = url
    if published := (meta.get("published") or "").strip():
        at = parse_datetime(published, _zone(meta.get("zone")))
        if at is not None or art.published_at is None:
            art.published_at, art.published_raw = at, published
    names = authors(meta.get("authors"))
    if names:
        art.authors = [*names, *(a for a in art.authors if a not in names)]
    if outlet := _text(meta.get("outlet")):
        art.outlet = canonical_outlet(outlet) or art.outlet
    return art


def authors(value: str | None) -> list[str]:
    """Names from an author field, placeholders (`Penulis tidak ditemukan`, `admin`) dropped."""
    out: list[str] = []
    for name in _SPLIT_AUTHORS.split(value or ""):
        name = normalise_line(name).strip(" .-")
        if name and name.casefold() not in AUTHOR_PLACEHOLDERS and name not in out and len(name) <= 120:
            out.append(name)
    return out


def _text(value: str | None) -> str | None:
    text = normalise_line(value or "").strip()
    return text or None


def _zone(name: str | None) -> tzinfo:
    """The zone of times written without one: a configured IANA name, else Asia/Jakarta (WIB)."""
    if not name:
        return JAKARTA
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return JAKARTA
