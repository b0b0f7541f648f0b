"""Malformed metadata: titles, credits, outlets, datelines, publication times and languages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import duckdb

from etl.quality import thresholds
from etl.quality.registry import Flag
from etl.rules.boilerplate import CREDITS  # the package first: etl.rules.credits alone is an import cycle
from etl.rules.datelines import DATELINES
from etl.rules.outlets import canonical_outlet, is_known_outlet
from etl.warehouse.batches import stream

_ARTICLES = """
SELECT a.article_id, a.title, a.outlet, a.outlet_hint, a.dateline, a.dateline_city, a.published_at, a.published_raw,
       a.language, a.word_count, a.extracted_at IS NOT NULL AS extracted, d.format
FROM articles a LEFT JOIN documents d USING (doc_id)
ORDER BY a.article_id
"""
_CREDIT_RULES = {r.name: r.pattern for r in CREDITS}
_TRAILING = thresholds.TITLE_TRAILING_BOILERPLATE.compiled


def metadata_flags(con: duckdb.DuckDBPyConnection, now: datetime | None = None) -> Iterator[Flag]:
    now = now or datetime.now(UTC)
    credit_outlets = _credit_outlets(con)
    yield from _credit_flags(con)
    for row in stream(con, _ARTICLES):
        article_id, title, outlet, hint, dateline, city, published, raw, language, words, extracted, fmt = row
        yield from _title(article_id, title)
        yield from _outlet(article_id, outlet, hint, dateline, credit_outlets.get(article_id, []))
        if dateline and not city:
            yield Flag(article_id, "dateline_without_city", f"dateline {dateline!r} names no city")
        yield from _published(article_id, published, raw, fmt, now)
        if extracted and words:
            yield from _language(article_id, language, outlet)


def _title(article_id: str, title: str | None) -> list[Flag]:
    if title is None or not title.strip():
        return [Flag(article_id, "title_missing", "no title: the text carries no headline line Kabar could read")]
    out = []
    words = len(title.split())
    if len(title) > thresholds.TITLE_MAX_CHARS or words > thresholds.TITLE_MAX_WORDS:
        out.append(
            Flag(
                article_id,
                "title_too_long",
                f"title has {len(title)} characters and {words} words (limits {thresholds.TITLE_MAX_CHARS} and "
                f"{thresholds.TITLE_MAX_WORDS}): probably body text taken as headline: {title[:80]!r}…",
            )
        )
    letters = [c for c in title if c.isalpha()]
    if len(letters) >= thresholds.TITLE_CAPS_MIN_LETTERS and sum(
        c.isupper() for c in letters
    ) >= thresholds.TITLE_CAPS_SHARE * len(letters):
        out.append(Flag(article_id, "title_all_caps", f"title in capitals: {title[:120]!r}"))
    tail = _TRAILING.search(title)
    if tail:
        out.append(
            Flag(
                article_id,
                "title_trailing_boilerplate",
                f"title ends with site furniture {tail.group().strip()!r}: {title[:120]!r}",
            )
        )
    return out


def _credit_flags(con: duckdb.DuckDBPyConnection) -> list[Flag]:
    rows = con.execute(
        "SELECT article_id, text, rule FROM credits WHERE NOT parsed ORDER BY article_id, text"
    ).fetchall()
    return [
        Flag(article_id, "credit_unparsed", f"credit line {text!r} (rule {rule}) yields no author or editor name")
        for article_id, text, rule in rows
    ]


def _credit_outlets(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """Outlets that credit lines name (`Laporan Wartawan Tribunnews.com, ...`), per article."""
    out: dict[str, list[str]] = {}
    for article_id, text, rule in stream(con, "SELECT article_id, text, rule FROM credits"):
        pattern = _CREDIT_RULES.get(rule)
        m = pattern.search(text) if pattern is not None else None
        written = m.groupdict().get("outlet") if m else None
        name = canonical_outlet(written)
        if name:
            out.setdefault(article_id, []).append(name)
    return out


def dateline_outlet(dateline: str | None) -> str | None:
    if not dateline:
        return None
    for shape in DATELINES:
        m = shape.pattern.match(dateline + " x")
        if m:
            return canonical_outlet(m.groupdict().get("outlet"))
    return None


def _outlet(
    article_id: str, outlet: str | None, hint: str | None, dateline: str | None, credited: list[str]
) -> list[Flag]:
    if not outlet:
        also = f"; only an indirect hint names {hint!r}" if hint else ""
        return [Flag(article_id, "outlet_missing", f"no dateline or credit names the publisher{also}")]
    out = []
    if not is_known_outlet(outlet):
        out.append(Flag(article_id, "outlet_unknown", f"outlet {outlet!r} is not in etl/rules/outlets.py"))
    network = thresholds.outlet_network(outlet)
    named = [("dateline", dateline_outlet(dateline))] + [("credit", c) for c in credited]
    disagree = [(where, name) for where, name in named if name and thresholds.outlet_network(name) != network]
    if disagree:
        said = ", ".join(f"{where} says {name!r}" for where, name in disagree)
        out.append(Flag(article_id, "outlet_inconsistent", f"outlet is {outlet!r} but {said}"))
    elif hint and thresholds.outlet_network(hint) != network:
        out.append(
            Flag(
                article_id,
                "outlet_inconsistent",
                f"outlet is {outlet!r} but an embed or syndication line points to {hint!r}",
                severity="info",
            )
        )
    return out


def _published(
    article_id: str, published: datetime | None, raw: str | None, fmt: str | None, now: datetime
) -> list[Flag]:
    if published is None:
        if raw:
            return [Flag(article_id, "published_unparseable", f"publication time {raw!r} could not be read as a date")]
        structured = (fmt or "") in thresholds.STRUCTURED_FORMATS
        return [
            Flag(
                article_id,
                "published_missing",
                f"no publication time ({fmt or 'unknown'} format{', which has a field for it' if structured else ''})",
                severity="warning" if structured else "",
            )
        ]
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    if published > now + timedelta(hours=thresholds.FUTURE_TOLERANCE_HOURS):
        shown = published.isoformat(timespec="minutes")
        return [Flag(article_id, "published_in_future", f"published_at {shown} is after the check ran ({raw or ''})")]
    if published.year < thresholds.EARLIEST_PLAUSIBLE_YEAR:
        return [Flag(article_id, "published_implausible", f"published_at {published.date()} is implausibly old")]
    return []


def _language(article_id: str, language: str | None, outlet: str | None) -> list[Flag]:
    if not language:
        return [Flag(article_id, "language_undetected", "language could not be detected from title, lede and body")]
    if language not in thresholds.EXPECTED_LANGUAGES:
        expected = ", ".join(thresholds.EXPECTED_LANGUAGES)
        return [Flag(article_id, "language_unexpected", f"language {language!r} is not one of {expected}")]
    allowed = thresholds.OUTLET_LANGUAGES.get(outlet or "")
    if allowed and language not in allowed:
        return [
            Flag(
                article_id,
                "language_mismatch",
                f"detected {language!r} but {outlet} publishes in {', '.join(allowed)}: wrong language or wrong outlet",
            )
        ]
    return []
