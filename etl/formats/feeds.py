"""RSS 2.0 (and RDF 1.0) and Atom feeds: one article per item, parsed safely.

Safety: a document type that declares entities is refused before any parsing (an entity-expansion bomb or an
external entity, XXE); the parser never loads a DTD, never resolves entities and never touches the network.
A malformed feed is read by lxml's recovering parser, and when that finds fewer items than the file holds, item
by item, so no good item is lost. The encoding declared in the XML prolog is honoured (ISO-8859-1,
windows-1252); a feed without a declaration that is not UTF-8 is decoded like a text file.

Fields: title, link (Atom: the `alternate` link), guid / id as `item_key`, pubDate / dc:date / published /
updated, author / dc:creator / author name, and the text from content:encoded, Atom content, or else
description / summary (HTML turned into text). A guid that is only a small number (some feeds count items
1, 2, 3 in every copy) identifies nothing; the link does instead.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from etl.core.decode import DecodeError, decode_bytes
from etl.core.models import RawArticle
from etl.formats import FormatError, FormatResult, ItemRejection
from etl.formats.html import fragment_text
from etl.rules.outlets import CANONICAL, outlet_key

_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_ENTITY = re.compile(rb"<!ENTITY\s+(?:%\s*)?([^\s>]+)\s*(SYSTEM|PUBLIC)?\s*(?:\"([^\"]*)\"|'([^']*)')?", re.IGNORECASE)
_DECLARED = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
_RAW_ITEM = re.compile(rb"<(item|entry)[\s>].*?</\1\s*>", re.DOTALL)
_FEED_WORDS = re.compile(r"\b(?:RSS|Atom|Feeds?|Berita Terbaru|Latest News|News Feed)\b", re.IGNORECASE)
_WEAK_GUID = re.compile(r"\d{1,6}")
_WRAP_NS = (
    b'<salvage xmlns:content="http://purl.org/rss/1.0/modules/content/" '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" '
    b'xmlns:media="http://search.yahoo.com/mrss/">'
)
MAX_LEDE_WORDS = 60


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        recover=True,
        remove_comments=True,
        remove_pis=True,
    )


def refuse_entities(data: bytes) -> None:
    """Raise FormatError when the document type declares entities (bomb or XXE), without expanding any."""
    m = _DOCTYPE.search(data)
    if m is None:
        return
    bracket, close = data.find(b"[", m.end()), data.find(b">", m.end())
    end = data.find(b"]>", bracket) if bracket != -1 and (close == -1 or bracket < close) else close
    subset = data[m.start() : end if end != -1 else len(data)]
    entities = list(_ENTITY.finditer(subset))
    if not entities:
        return
    external = [e for e in entities if e.group(2)]
    if external:
        target = (external[0].group(3) or external[0].group(4) or b"").decode("ascii", "replace")[:80]
        raise FormatError(
            f"refused: the feed declares an external entity ({external[0].group(1).decode('ascii', 'replace')} -> "
            f"{target!r}), a way to read local files or reach the network (XXE); nothing was fetched"
        )
    raise FormatError(
        f"refused: the feed declares {len(entities)} entities in its document type, the shape of an "
        "entity-expansion ('billion laughs') bomb; nothing was expanded"
    )


def read(data: bytes) -> FormatResult:
    refuse_entities(data)
    data, encoding = _xml_bytes(data)
    parser = _parser()
    root = etree.fromstring(data, parser) if data.strip() else None
    if root is None:
        first = parser.error_log[0].message if parser.error_log else "empty"
        raise FormatError(f"not XML: {first}")
    kind = _local(root.tag).lower()
    fmt = {"rss": "rss", "rdf": "rss", "feed": "atom"}.get(kind)
    items = [el for el in root.iter() if isinstance(el.tag, str) and _local(el.tag) in ("item", "entry")]
    if fmt is None:
        if not items:
            raise FormatError(f"not an RSS or Atom feed: the root element is <{_local(root.tag)}>")
        fmt = "atom" if _local(items[0].tag) == "entry" else "rss"
    rejected: list[ItemRejection] = []
    errors = [e for e in parser.error_log if e.level_name in ("ERROR", "FATAL")]
    raw_count = sum(1 for _ in _RAW_ITEM.finditer(data))
    if raw_count > len(items):
        salvaged = _salvage(data)
        if len(salvaged) > len(items):
            items = salvaged
    if errors:
        first = errors[0]
        rejected.append(
            ItemRejection(
                "document",
                f"malformed XML ({len(errors)} errors, first at line {first.line}: {first.message.strip()}); "
                f"{len(items)} items recovered",
            )
        )
    channel = _channel_site(root)
    articles: list[RawArticle] = []
    for n, item in enumerate(items, start=1):
        art = _article(item, n, channel)
        if isinstance(art, str):
            rejected.append(ItemRejection(f"{_local(item.tag)} {n}", art))
        else:
            articles.append(art)
    text = data.decode(encoding, "replace") if encoding else data.decode("utf-8", "replace")
    return FormatResult(articles, encoding or "utf-8", text, rejected, fmt)


def _xml_bytes(data: bytes) -> tuple[bytes, str | None]:
    """Bytes lxml can read with the right encoding: as given when declared or UTF-8, else decoded first."""
    declared = _DECLARED.match(data)
    if declared:
        return data, declared.group(1).decode("ascii").lower()
    try:
        data.decode("utf-8")
        return data, "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        raise FormatError(str(exc)) from exc
    return decoded.text.encode("utf-8"), decoded.encoding


def _salvage(data: bytes) -> list[etree._Element]:
    """Items parsed one by one from the raw text, for a feed whose damage hides items from the whole parse."""
    out = []
    for m in _RAW_ITEM.finditer(data):
        root = etree.fromstring(_WRAP_NS + m.group() + b"</salvage>", _parser())
        if root is not None and len(root):
            out.append(root[0])
    return out


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _children(el: etree._Element) -> dict[str, list[etree._Element]]:
    out: dict[str, list[etree._Element]] = {}
    for child in el:
        if isinstance(child.tag, str):
            out.setdefault(_local(child.tag), []).append(child)
    return out


def _text(el: etree._Element | None) -> str:
    return "".join(el.itertext()).strip() if el is not None else ""


def _first(found: dict[str, list[etree._Element]], *names: str) -> str:
    for name in names:
        for el in found.get(name, ()):
            if text := _text(el):
                return text
    return ""


def _channel_site(root: etree._Element) -> str:
    """The publisher as the channel names it: a known outlet's site (`tempo.co`), else the channel's title
    without feed words (`The Guardian`), else its site's host."""
    host, title = "", ""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        name = _local(el.tag)
        if name in ("item", "entry"):
            break
        parent = el.getparent()
        if parent is None or _local(parent.tag) not in ("channel", "feed"):
            continue
        if name == "link" and not host and el.get("rel") in (None, "alternate"):
            host = (urlsplit(el.get("href") or _text(el)).hostname or "").removeprefix("www.")
        elif name == "title" and not title:
            title = _FEED_WORDS.sub(" ", _text(el)).strip(" -|:")
    if host and outlet_key(host) in CANONICAL:
        return host
    return title if title and len(title.split()) <= 5 else host


def _article(item: etree._Element, n: int, channel: str) -> RawArticle | str:
    found = _children(item)
    title = _html_or_text(found.get("title", [None])[0])
    link = _link(found)
    guid = _first(found, "guid", "id")
    published = _first(found, "pubDate", "published", "date", "issued", "updated", "modified")
    names = (_first(_children(a), "name") or _text(a) for a in found.get("author", []))
    author = "\n".join(filter(None, names)) or _first(found, "creator")
    content = _body(found.get("encoded", []) + found.get("content", []))
    summary = _body(found.get("description", []) + found.get("summary", []))
    body = content or summary
    if not (title or body or link):
        return "no title, link or text in this item"
    identity = guid if guid and not _WEAK_GUID.fullmatch(guid) else (link or None)
    meta = {"title": title, "url": link, "published": published, "authors": author}
    if content and summary and len(summary.split()) <= MAX_LEDE_WORDS and summary not in content:
        meta["lede"] = summary
    site = channel or (urlsplit(link).hostname or "").removeprefix("www.")
    if site:
        meta["outlet"] = site
    key = identity or f"{_local(item.tag)} {n}"
    return RawArticle(text=body, item_key=key, meta={k: v for k, v in meta.items() if v}, identity=identity,
                      has_head=False)  # fmt: skip


def _link(found: dict[str, list[etree._Element]]) -> str:
    for el in found.get("link", []):
        href = el.get("href")
        if href is not None:
            if el.get("rel") in (None, "alternate"):
                return href.strip()
        elif text := _text(el):
            return text
    origin = _first(found, "origLink")
    if origin:
        return origin
    guid = found.get("guid", [])
    if guid and guid[0].get("isPermaLink", "true") != "false" and _text(guid[0]).startswith("http"):
        return _text(guid[0])
    return ""


def _html_or_text(el: etree._Element | None) -> str:
    if el is None:
        return ""
    if el.get("type") == "xhtml":
        return fragment_text(etree.tostring(el, encoding="unicode", with_tail=False))
    text = _text(el)
    return fragment_text(text) if "<" in text and ">" in text else text


def _body(candidates: list[etree._Element]) -> str:
    for el in candidates:
        text = _text(el) if el.get("type") == "text" else _html_or_text(el)
        if text.strip():
            return text
    return ""
