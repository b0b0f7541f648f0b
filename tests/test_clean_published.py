"""Publication time from a date line at the head of a text: parsed to UTC, removed as `other`, never taken
from the body's own sentences."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from etl.core.clean import clean_article
from etl.core.models import RawArticle
from etl.core.pubdate import parse_date_line


@pytest.mark.parametrize(
    ("line", "utc"),
    [
        ("Senin, 27 Februari 2023 10:15 WIB", datetime(2023, 2, 27, 3, 15, tzinfo=UTC)),
        ("Kamis, 3 Juli 2025 14:00 WIB", datetime(2025, 7, 3, 7, 0, tzinfo=UTC)),
        ("Selasa, 7 Maret 2023 | 08:30 WITA", datetime(2023, 3, 7, 0, 30, tzinfo=UTC)),
        ("Rabu, 8 Maret 2023 09.45 WIT", datetime(2023, 3, 8, 0, 45, tzinfo=UTC)),
        ("27/02/2023, 10:15 WIB", datetime(2023, 2, 27, 3, 15, tzinfo=UTC)),
        ("Diperbarui: 1 Agustus 2024 20:05", datetime(2024, 8, 1, 13, 5, tzinfo=UTC)),  # no zone: WIB
        ("March 3, 2023 4:12 PM", datetime(2023, 3, 3, 16, 12, tzinfo=UTC)),  # no zone: UTC
        ("Published: March 3, 2023 at 4:12 PM EST", datetime(2023, 3, 3, 21, 12, tzinfo=UTC)),
        ("Updated July 3, 2023 4:12 PM ET", datetime(2023, 7, 3, 20, 12, tzinfo=UTC)),  # daylight saving
        ("3 Mei 2022", datetime(2022, 5, 2, 17, 0, tzinfo=UTC)),
    ],
)
def test_date_lines(line: str, utc: datetime) -> None:
    found = parse_date_line(line)
    assert found is not None
    published, _ = found
    assert published.at == utc
    assert published.at.tzinfo is not None
    assert published.raw == line


@pytest.mark.parametrize(
    "line",
    [
        "Senin (27/2/2023) polisi datang ke lokasi.",
        "Mei 2022",
        "Senin, 32 Maret 2023 10:15 WIB",
        "Pada 3 Mei 2022 warga berkumpul di balai desa.",
        "Nomor 12 Jalan Merdeka 2020",
    ],
)
def test_not_a_date_line(line: str) -> None:
    assert parse_date_line(line) is None


def test_date_line_in_the_head_is_removed_and_parsed() -> None:
    text = (
        "Warga Kampung Nelayan Gelar Pesta Laut Tahunan\n"
        "Minggu, 9 Juli 2023 19:30 WIB\n"
        "Editor: Sari Dewi\n"
        "KABARKU.COM, PATI - Ribuan warga mengikuti pesta laut, Minggu (9/7/2023).\n"
        "Acara berlangsung hingga malam."
    )
    art = clean_article(RawArticle(text))
    assert art.published_at == datetime(2023, 7, 9, 12, 30, tzinfo=UTC)
    assert art.published_raw == "Minggu, 9 Juli 2023 19:30 WIB"
    assert art.title == "Warga Kampung Nelayan Gelar Pesta Laut Tahunan"
    assert ("Minggu, 9 Juli 2023 19:30 WIB", "other") in [(r.text, r.kind) for r in art.removed]
    assert "19:30" not in art.body
    assert art.body.startswith("Ribuan warga mengikuti pesta laut, Minggu (9/7/2023).")


def test_date_before_the_dateline_of_a_one_line_text() -> None:
    art = clean_article(RawArticle("Kamis, 3 Juli 2025 14:00 WIB JAKARTA, KABARKU.com - Harga emas naik."))
    assert art.published_at == datetime(2025, 7, 3, 7, 0, tzinfo=UTC)
    assert art.dateline_city == "Jakarta"
    assert art.body == "Harga emas naik."


def test_dates_in_the_body_are_event_dates() -> None:
    text = (
        "Polisi menutup jalan pada Senin (27/2/2023) pagi.\n"
        "Warga diminta lewat jalur lain.\n"
        "Rapat lanjutan digelar 3 Maret 2023 di balai kota.\n"
        "Sabtu, 4 Maret 2023 10:00 WIB\n"
        "Jalan kembali dibuka."
    )
    art = clean_article(RawArticle(text))
    assert art.published_at is None  # the date line stands below the head: not the text's own
    assert "Sabtu, 4 Maret 2023 10:00 WIB" in art.body
