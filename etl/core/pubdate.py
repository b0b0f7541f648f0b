"""Publication time from a date line at the head of a text (`Senin, 27 Februari 2023 10:15 WIB`).

Only a line that is nothing but a date (optionally with `Diterbitkan:`/`Published:`, a weekday, a time and a
zone), or such a date right before the dateline of the first paragraph, counts: dates inside sentences are
event dates (`Senin (27/2/2023)`) and never taken. Local times become UTC: WIB +7, WITA +8, WIT +9; US zone
names follow daylight saving through `zoneinfo`; a time without a zone is taken as WIB for Indonesian month
names and as UTC otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MONTHS_ID = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12,
}  # fmt: skip
MONTHS_EN = {
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "aug": 8,
    "october": 10, "oct": 10, "december": 12, "dec": 12,
}  # fmt: skip
MONTHS = {**MONTHS_EN, **MONTHS_ID}
# Names only Indonesian uses (a time next to them without a zone is WIB); `Mar 3` or `March 3` is English.
_ID_ONLY = {m for m in MONTHS_ID if m not in MONTHS_EN and m not in ("jan", "feb", "mar", "apr", "jun", "jul", "sep")}
_EN_FULL = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
_EN_FULL |= {"november", "december"}
_FIXED = {"WIB": 7, "WITA": 8, "WIT": 9, "UTC": 0, "GMT": 0, "Z": 0, "CET": 1, "CEST": 2, "BST": 1}
_NAMED_ZONES = {
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
}  # fmt: skip
_ZONE_RE = "|".join(sorted([*_FIXED, *_NAMED_ZONES], key=len, reverse=True))
_WEEKDAY = (
    r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)"
)
_LABEL = r"(?:(?:Diterbitkan|Dipublikasikan|Diperbarui|Terbit|Published|Updated|Posted)(?:\s+(?:on|pada))?\s*:?\s*)"
_DATE = (
    r"(?:(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4})"  # 27 Februari 2023
    r"|(?P<mon2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4})"  # March 3, 2023
    r"|(?P<d3>\d{1,2})/(?P<m3>\d{1,2})/(?P<y3>\d{4}))"  # 27/02/2023
)
_TIME = (
    r"(?:\s*(?:,|\||-|–|—|pukul|jam|at|@)?\s*(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.]\d{2})?"
    rf"\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?\s*(?P<tz>{_ZONE_RE})?\b)?"
)
_STAMP = rf"{_LABEL}?(?:{_WEEKDAY}\.?,?\s+)?{_DATE}{_TIME}"
DATE_LINE = re.compile(rf"^\s*{_STAMP}\s*[.|]?\s*$")
DATE_PREFIX = re.compile(rf"^\s*{_STAMP}\s*[|,-]?\s+(?=\S)")


@dataclass(frozen=True)
class Published:
    raw: str
    at: datetime  # timezone-aware, UTC


def parse_date_line(text: str, prefix: bool = False, naive_zone: tzinfo | None = None) -> tuple[Published, int] | None:
    """The publication time of a date line (or of a date prefix, with `prefix`), and where the date ends.

    A time without a zone is WIB next to Indonesian month names and UTC otherwise, unless `naive_zone` is given.
    """
    m = (DATE_PREFIX if prefix else DATE_LINE).match(text)
    if not m:
        return None
    at = _to_datetime(m, naive_zone)
    if at is None:
        return None
    return Published(m.group().strip(" |,-"), at), m.end()


def _to_datetime(m: re.Match[str], naive_zone: tzinfo | None = None) -> datetime | None:
    g = m.groupdict()
    month_name = (g["mon"] or g["mon2"] or "").lower()
    if g["d3"]:
        day, month, year = int(g["d3"]), int(g["m3"]), int(g["y3"])
        indonesian = True
    else:
        month = MONTHS.get(month_name)
        if month is None:
            return None
        day, year = int(g["d"] or g["d2"]), int(g["y"] or g["y2"])
        indonesian = month_name in _ID_ONLY or (g["d"] is not None and month_name not in _EN_FULL)
    hour, minute = (int(g["h"]), int(g["mi"])) if g["h"] else (0, 0)
    if g["ampm"]:
        pm = g["ampm"].lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    try:
        local = datetime(year, month, day, hour, minute)
    except ValueError:
        return None
    zone = naive_zone if naive_zone is not None and g["tz"] is None else _zone(g["tz"], indonesian)
    return local.replace(tzinfo=zone).astimezone(UTC)


def _zone(name: str | None, indonesian: bool) -> tzinfo:
    if name is None:
        return timezone(timedelta(hours=7)) if indonesian else UTC
    if name in _FIXED:
        return timezone(timedelta(hours=_FIXED[name]))
    try:
        return ZoneInfo(_NAMED_ZONES[name])
    except ZoneInfoNotFoundError:  # no tz database: standard time
        return timezone(timedelta(hours={"E": -5, "C": -6, "P": -8}[name[0]]))
