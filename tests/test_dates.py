"""Publication times given as fields: every form Kabar reads, to UTC."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from etl.core.dates import parse_datetime


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2023-02-27T10:11:00+07:00", datetime(2023, 2, 27, 3, 11)),  # ISO 8601 with offset
        ("2023-02-27T03:11:00Z", datetime(2023, 2, 27, 3, 11)),
        ("2023-02-27T03:11:00.123+0000", datetime(2023, 2, 27, 3, 11)),
        ("2023-02-27 10:11", datetime(2023, 2, 27, 3, 11)),  # no zone: WIB
        ("2025/07/02 06:10:46", datetime(2025, 7, 1, 23, 10, 46)),  # an export's local time
        ("2023-02-27", datetime(2023, 2, 26, 17, 0)),
        ("Mon, 27 Feb 2023 03:11:00 GMT", datetime(2023, 2, 27, 3, 11)),  # RFC 822
        ("Mon, 27 Feb 2023 10:11:00 +0700", datetime(2023, 2, 27, 3, 11)),
        ("Mon, 27 Feb 2023 10:11:00 WIB", datetime(2023, 2, 27, 3, 11)),
        ("Senin, 27 Februari 2023 10:11 WIB", datetime(2023, 2, 27, 3, 11)),
        ("Senin, 27 Februari 2023 11:11 WITA", datetime(2023, 2, 27, 3, 11)),
        ("Senin, 27 Februari 2023 12:11 WIT", datetime(2023, 2, 27, 3, 11)),
        ("27/2/2023", datetime(2023, 2, 26, 17, 0)),
        ("Kabarku.com- 27/02/2023, 10:11 WIB", datetime(2023, 2, 27, 3, 11)),  # after a site label
        ("27 Februari 2023", datetime(2023, 2, 26, 17, 0)),
        ("May 7, 2025", datetime(2025, 5, 6, 17, 0)),  # English month names
        ("March 3, 2023 9:15 AM ET", datetime(2023, 3, 3, 14, 15)),
        ("1677467460", datetime(2023, 2, 27, 3, 11)),  # epoch seconds
        ("1677467460000", datetime(2023, 2, 27, 3, 11)),  # epoch milliseconds (JS)
    ],
)
def test_forms(raw: str, expected: datetime) -> None:
    assert parse_datetime(raw) == expected.replace(tzinfo=UTC)


@pytest.mark.parametrize("raw", ["", "kemarin sore", "Seg, 24 Set 2018 19:18:00", "2023-13-45", "31/02/2023"])
def test_unreadable_forms_give_none(raw: str) -> None:
    assert parse_datetime(raw) is None


def test_naive_zone_is_the_callers() -> None:
    london = ZoneInfo("Europe/London")
    assert parse_datetime("2023-07-01 12:00", london) == datetime(2023, 7, 1, 11, 0, tzinfo=UTC)
    assert parse_datetime("May 7, 2025", UTC) == datetime(2025, 5, 7, tzinfo=UTC)
    # a written zone always wins over the default
    assert parse_datetime("2023-07-01T12:00:00+00:00", london) == datetime(2023, 7, 1, 12, 0, tzinfo=UTC)
