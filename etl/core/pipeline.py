"""From a stored document to article records: decode, read the format, clean. Pure functions, no I/O."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from etl.core.decode import DecodeError
from etl.core.limits import max_article_chars
from etl.core.meta import apply_meta
from etl.core.models import CleanArticle, RawArticle
from etl.formats import FormatError, ItemRejection, detect, format_of, reader_for, supported, unpack

_WS = re.compile(r"\s+")


class Rejected(ValueError):
    """A document that is kept but cannot be read; `str()` is the reason stored in `documents.reject_reason`."""

    def __init__(self, reason: str, format: str | None = None) -> None:
        super().__init__(reason)
        self.format = format


@dataclass
class ReadDocument:
    format: str
    encoding: str
    articles: list[RawArticle]
    text: str
    rejected: list[ItemRejection] = field(default_factory=list)


@dataclass
class ArticleRecord:
    article_id: str
    doc_id: str
    source_uri: str
    item_key: str | None
    clean: CleanArticle
    body_hash: str


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def article_id(doc_id: str, item_key: str | None, identity: str | None = None) -> str:
    """Stable across re-runs: the same document and position always give the same id.

    An item with its own identity (a feed item's guid or link, a record's URL) keeps one id in whichever file it
    arrives, so a feed file that grew is recognised item by item.
    """
    if identity:
        return sha256_hex(f"item:{identity}".encode())[:32]
    return sha256_hex(f"{doc_id}:{item_key or ''}".encode())[:32]


def read_document(source_uri: str, data: bytes) -> ReadDocument:
    """Unpack, detect the format, decode and split a document into raw articles, or raise Rejected with the reason."""
    fmt = format_of(source_uri)
    try:
        data = unpack(source_uri, data)
        detected = detect(source_uri, data)
        if detected is None:
            raise Rejected(
                f"unsupported format {fmt!r}: no reader for this file type and its content is not HTML, RSS/Atom or "
                f"JSON lines (supported: {supported()})",
                fmt,
            )
        fmt = format_of(source_uri) if detected == "feed" else detected
        result = reader_for(detected)(data)
    except DecodeError as exc:
        raise Rejected(str(exc), fmt) from exc
    except FormatError as exc:
        raise Rejected(f"unreadable {fmt}: {exc}", fmt) from exc
    fmt = result.format or fmt
    if not result.articles:
        reasons = "; ".join(f"{r.item_key}: {r.reason}" for r in result.rejected[:3])
        raise Rejected(f"no articles found in this {fmt} document" + (f" ({reasons})" if reasons else ""), fmt)
    longest = max(len(a.text) for a in result.articles)
    if longest > (limit := max_article_chars()):
        raise Rejected(
            f"too large: an article of {longest:,} characters (limit {limit:,}, KABAR_MAX_ARTICLE_CHARS); "
            "the bytes are kept",
            fmt,
        )
    return ReadDocument(fmt, result.encoding, result.articles, result.text, result.rejected)


def body_hash(body: str) -> str:
    return sha256_hex(_WS.sub(" ", body).strip().casefold().encode())


def build_articles(doc_id: str, source_uri: str, read: ReadDocument) -> list[ArticleRecord]:
    from etl.core.clean import clean_article  # here, not at import: a run with nothing new never loads the rules

    records = []
    identities: set[str] = set()
    for raw in read.articles:
        clean = apply_meta(clean_article(raw), raw)
        identity = raw.identity
        if identity in identities:  # the same guid or URL twice in one file: each record stays an article
            identity = f"{identity}#{raw.item_key}"
        if identity:
            identities.add(identity)
        aid = article_id(doc_id, raw.item_key, identity)
        records.append(ArticleRecord(aid, doc_id, source_uri, raw.item_key, clean, body_hash(clean.body)))
    return records


def text_fingerprint(text: str) -> str:
    """Identity of a document's content regardless of encoding, BOM and line endings."""
    return body_hash(text)
