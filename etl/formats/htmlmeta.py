"""An HTML page's metadata and encoding: `<title>`, OpenGraph (`og:title`, `og:url`, `og:site_name`, description),
`article:published_time`, `<meta name=author>`, JSON-LD `NewsArticle` (headline, author, datePublished, publisher,
also inside `@graph`) and `<link rel=canonical>`; the charset a `<meta>` declares."""

from __future__ import annotations

import json
import re

from selectolax.lexbor import LexborHTMLParser

from etl.core.decode import DecodeError, decode_bytes
from etl.formats import FormatError

_WS = re.compile(r"\s+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:»]\s+[^|\-–—:»]{2,40}$")
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "opinionnewsarticle", "webpage", "socialmediaposting", "liveblogposting"}  # fmt: skip


def decode_page(data: bytes) -> tuple[str, str]:
    declared = _CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        name = declared.group(1).decode("ascii").lower()
        if name not in ("utf-8", "utf8"):
            try:
                return data.decode(name), name
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        raise FormatError(str(exc)) from exc
    return decoded.text, decoded.encoding


def page_metadata(tree: LexborHTMLParser) -> dict[str, str]:
    props: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
        content = (attrs.get("content") or "").strip()
        if name and content and name not in props:
            props[name] = content
    ld = _json_ld(tree)
    title_node = tree.css_first("title")
    page_title = _WS.sub(" ", title_node.text()).strip() if title_node else ""
    canonical = tree.css_first("link[rel=canonical]")
    meta = {
        "title": ld.get("headline") or props.get("og:title") or props.get("twitter:title") or _strip_site(page_title),
        "url": (canonical.attributes.get("href") if canonical else None) or props.get("og:url") or ld.get("url", ""),
        "published": ld.get("datePublished")
        or props.get("article:published_time")
        or props.get("og:article:published_time")
        or props.get("pubdate")
        or props.get("publishdate")
        or props.get("datepublished")
        or props.get("date")
        or props.get("dc.date")
        or props.get("content_publishedtime")
        or "",
        "authors": ld.get("author") or _author(props),
        "outlet": ld.get("publisher") or props.get("og:site_name") or "",
        "description": props.get("og:description") or props.get("description") or "",
    }
    meta["title"] = _strip_site(meta["title"] or "", meta["outlet"])
    return {k: v.strip() for k, v in meta.items() if v and v.strip()}


def _author(props: dict[str, str]) -> str:
    for name in ("author", "article:author", "dc.creator", "content_author", "byl"):
        value = props.get(name, "")
        if value and not value.startswith("http"):
            return value
    return ""


def _strip_site(title: str, outlet: str = "") -> str:
    """`Headline - Kompas.com Regional` -> `Headline`: a short site name after a separator goes."""
    m = _TITLE_SUFFIX.search(title)
    if m and (not outlet or outlet.split(".")[0].lower() in m.group().lower() or len(m.group()) <= 25):
        return title[: m.start()].strip()
    return title.strip()


def _json_ld(tree: LexborHTMLParser) -> dict[str, str]:
    """headline, author, datePublished, publisher and url of the first JSON-LD article object."""
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except (json.JSONDecodeError, RecursionError):
            continue
        for obj in _objects(data):
            kinds = obj.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if not any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
                continue
            if not (obj.get("headline") or obj.get("datePublished")):
                continue
            return {
                "headline": _ld_text(obj.get("headline")),
                "author": "\n".join(_ld_names(obj.get("author"))),
                "datePublished": _ld_text(obj.get("datePublished")),
                "publisher": "\n".join(_ld_names(obj.get("publisher")))[:200],
                "url": _ld_text(obj.get("url") or obj.get("mainEntityOfPage")),
            }
    return {}


def _objects(data: object, depth: int = 0):
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _objects(data["@graph"], depth + 1)


def _ld_text(value: object) -> str:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("name") or ""
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value).strip() if isinstance(value, str | int | float) else ""


def _ld_names(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and not name.startswith("http"):
            names.append(name.strip())
    return names
