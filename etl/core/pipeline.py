"""From a stored document to article records: decode, read the format, clean. Pure functions, no I/O."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from etl.core.clean import clean_article
from etl.core.decode import DecodeError, decode_bytes
from etl.core.limits import max_article_chars
from etl.core.models import CleanArticle, RawArticle
from etl.formats import FormatError, format_of, reader_for, supported

_WS = re.compile(r"\s+")


class Rejected(ValueError):
    """A document that is kept but cannot be read; `str()` is the reason stored in `documents.reject_reason`."""


@dataclass
class ReadDocument:
    format: str
    encoding: str
    articles: list[RawArticle]
    text: str


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


def article_id(doc_id: str, item_key: str | None) -> str:
    """Stable across re-runs: the same document and position always give the same id."""
    return sha256_hex(f"{doc_id}:{item_key or ''}".encode())[:32]


def read_document(source_uri: str, data: bytes) -> ReadDocument:
    """Decode and split a document into raw articles, or raise Rejected with the reason."""
    fmt = format_of(source_uri)
    reader = reader_for(source_uri)
    if reader is None:
        raise Rejected(f"unsupported format {fmt!r}: no reader for this file type (supported: {supported()})")
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        raise Rejected(str(exc)) from exc
    try:
        articles = reader(decoded.text)
    except FormatError as exc:
        raise Rejected(f"unreadable {fmt}: {exc}") from exc
    if not articles:
        raise Rejected(f"no articles found in this {fmt} document")
    longest = max(len(a.text) for a in articles)
    if longest > (limit := max_article_chars()):
        raise Rejected(
            f"too large: an article of {longest:,} characters (limit {limit:,}, KABAR_MAX_ARTICLE_CHARS); "
            "the bytes are kept"
        )
    return ReadDocument(fmt, decoded.encoding, articles, decoded.text)


def body_hash(body: str) -> str:
    return sha256_hex(_WS.sub(" ", body).strip().casefold().encode())


def build_articles(doc_id: str, source_uri: str, read: ReadDocument) -> list[ArticleRecord]:
    records = []
    for raw in read.articles:
        clean = clean_article(raw)
        records.append(
            ArticleRecord(
                article_id(doc_id, raw.item_key), doc_id, source_uri, raw.item_key, clean, body_hash(clean.body)
            )
        )
    return records


def text_fingerprint(text: str) -> str:
    """Identity of a document's content regardless of encoding, BOM and line endings."""
    return body_hash(text)
