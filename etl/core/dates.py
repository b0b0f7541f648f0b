"""Publication times given as a field (feed items, page metadata, export columns) to aware UTC datetimes.

Forms read, in order: epoch seconds or milliseconds; ISO 8601 (`2023-02-27T10:11:00+07:00`, `2023-02-27 10:11`,
`2025/07/02 06:10:46`); RFC 822 as RSS writes it (`Mon, 27 Feb 2023 03:11:00 GMT`, `+0700`); and the newsroom
date lines of `etl.core.pubdate` (`Senin, 27 Februari 2023 10:11 WIB`, `27/2/2023`, `May 7, 2025`, `March 3, 2023
9:15 AM ET`), also after a label (`Kompas.com- 02/07/2025, 14:20 WIB`). WIB/WITA/WIT are +7/+8/+9. A time
written without a zone is local time of `naive_zone` (Asia/Jakarta by default: the exports Kabar reads come from
Indonesian outlets, whose sites show WIB; pass `UTC` for an English source).
Nothing is guessed from a date inside a sentence.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime

from etl.core.pubdate import _STAMP, _to_datetime, parse_date_line

JAKARTA = timezone(timedelta(hours=7), "WIB")  # no daylight saving since 1964: a fixed offset is exact
_ISO = re.compile(
    r"(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})"
    r"(?:[T ]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}:?\d{2}|WIB|WITA|WIT)?$",
    re.IGNORECASE,
)
_ZONES = {"Z": 0, "UTC": 0, "GMT": 0, "WIB": 7, "WITA": 8, "WIT": 9}
_EPOCH = re.compile(r"\d{9,13}")
_STAMP_IN = re.compile(rf"(?<![\w/]){_STAMP}(?![\w/])")
_RFC_SHAPE = re.compile(r"(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}")
_RFC_ZONE = re.compile(r"\b(WIB|WITA|WIT)$")


def parse_datetime(raw: str | None, naive_zone: tzinfo = JAKARTA) -> datetime | None:
    """The UTC time `raw` denotes, or None when it is empty or not a date form Kabar reads."""
    text = (raw or "").strip()
    if not text:
        return None
    if _EPOCH.fullmatch(text):
        value = int(text)
        return datetime.fromtimestamp(value / 1000 if len(text) > 11 else value, UTC)
    if m := _ISO.match(text):
        return _from_iso(m, naive_zone)
    if _RFC_SHAPE.match(text):
        rfc = _rfc822(text, naive_zone)
        if rfc is not None:
            return rfc
    found = parse_date_line(text, naive_zone=naive_zone)
    if found:
        return found[0].at
    # a field holds nothing but its date, so a stamp after a label is it (`Kompas.com- 02/07/2025, 14:20 WIB`)
    m = _STAMP_IN.search(text)
    return _to_datetime(m, naive_zone) if m else None


def _from_iso(m: re.Match[str], naive_zone: tzinfo) -> datetime | None:
    g = m.groupdict()
    try:
        local = datetime(int(g["y"]), int(g["m"]), int(g["d"]), int(g["H"] or 0), int(g["M"] or 0), int(g["S"] or 0))
    except ValueError:
        return None
    tz = g["tz"]
    if tz is None:
        zone = naive_zone
    elif tz.upper() in _ZONES:
        zone = timezone(timedelta(hours=_ZONES[tz.upper()]))
    else:
        sign = -1 if tz[0] == "-" else 1
        digits = tz[1:].replace(":", "")
        zone = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    return local.replace(tzinfo=zone).astimezone(UTC)


def _rfc822(text: str, naive_zone: tzinfo) -> datetime | None:
    zone = _RFC_ZONE.search(text)
    if zone:
        text = text[: zone.start()] + f"+0{_ZONES[zone.group(1)]}00"
    try:
        at = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if at is None:
        return None
    if at.tzinfo is None:  # `-0000` or no zone: local time of the source
        at = at.replace(tzinfo=naive_zone)
    return at.astimezone(UTC)
