"""Dateline prefixes at the start of an article's first body paragraph: outlet and city."""

from __future__ import annotations

import re

from etl.rules.base import DatelinePattern

# An outlet naming itself as a domain (`TRIBUNNEWS.COM`, `KOMPAS.com`, `SURYA.co.id`, `TEMPO.CO`,
# damaged `TRIBUNNEWS.CO.`), or as a plain name.
_DOMAIN = r"[A-Za-z][A-Za-z0-9]+(?:\.(?i:co\.id|com|co|id|net|org|my))\.?"
_NAMED = r"CNN\s+Indonesia|Antara|ANTARA|Bernama|BERNAMA"
_OUTLET = rf"(?:{_DOMAIN}|{_NAMED})"
# Cities in capitals (`JAKARTA`, `WEST PALM BEACH`) or, after an outlet, in title case (`Jakarta`).
_CITY_CAPS = r"[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,3}"
_CITY_TITLE = r"[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){0,2}"
_STATE = r"(?:,\s[A-Z][a-z]{1,5}\.)"  # `GADSDEN, Ala.`
_CITIES = rf"{_CITY_CAPS}{_STATE}?(?:\s?/\s?{_CITY_CAPS}{_STATE}?)*"
_DASH = r"\s*(?:--?|–|—)\s*"

DATELINES: tuple[DatelinePattern, ...] = (
    DatelinePattern(
        "dateline.outlet_city",  # TRIBUNNEWS.COM, JAKARTA -   SURYA.co.id | SURABAYA -   TEMPO.CO, Jakarta -
        re.compile(rf"^(?P<outlet>{_OUTLET})\s*(?:[,|]|\sI(?=\s*-))?\s*(?P<city>{_CITIES}|{_CITY_TITLE})?{_DASH}"),
        remove=(
            ("WARTAKITA.COM, BEKASI - Warga berkumpul di balai desa.", "WARTAKITA.COM", "Bekasi"),
            ("BERITAKU.CO.ID | MALANG - Hujan turun sejak pagi.", "BERITAKU.CO.ID", "Malang"),
            ("KORANKU.CO, Bandung - Harga cabai naik lagi.", "KORANKU.CO", "Bandung"),
            ("HARIANKU.co.id I - Pertandingan ditunda.", "HARIANKU.co.id", None),
            ("KABARKU.com-Ponsel baru dirilis pekan ini.", "KABARKU.com", None),
        ),
        keep=("Kabarku.com melaporkan harga naik.", "Harga naik - kata pedagang."),
    ),
    DatelinePattern(
        "dateline.city_outlet",  # JAKARTA, KOMPAS.com -   Jakarta, CNN Indonesia --
        re.compile(rf"^(?P<city>{_CITIES}|{_CITY_TITLE}),\s*(?P<outlet>{_OUTLET}){_DASH}"),
        remove=(
            ("MEDAN, BERITAKU.com - Banjir surut.", "BERITAKU.com", "Medan"),
            ("Jakarta, CNN Indonesia -- Rapat dimulai.", "CNN Indonesia", "Jakarta"),
        ),
        keep=("Medan, kota terbesar ketiga, dilanda banjir.",),
    ),
    DatelinePattern(
        "dateline.city_wire",  # WASHINGTON (Reuters) -   GADSDEN, Ala. (Reuters) -   JAKARTA (ANTARA) -
        re.compile(rf"^(?P<city>{_CITIES}|{_CITY_TITLE})\s*\((?P<outlet>[A-Za-z][A-Za-z .]{{1,30}})\){_DASH}"),
        remove=(
            ("OSLO (Wirenews) - The talks resumed.", "Wirenews", "Oslo"),
            ("TUCSON, Ariz. (Wirenews) - Heat records fell.", "Wirenews", "Tucson"),
            ("SEATTLE/BOSTON (Wirenews) - A judge ruled.", "Wirenews", "Seattle"),
        ),
        keep=("The minister (pictured) - who resigned - spoke.",),
    ),
    DatelinePattern(
        "dateline.city_only",  # BANDUNG -   (no outlet named)
        re.compile(rf"^(?P<city>[A-Z]{{4,}}(?:\s[A-Z]{{3,}}){{0,2}}){_DASH}(?=\S)"),
        remove=(("BANDUNG - Jalan ditutup sementara.", None, "Bandung"),),
        keep=("KPK - lembaga antirasuah - memeriksa saksi.", "Bandung - kota kembang - ramai."),
    ),
)

_STATE_SUFFIX = re.compile(_STATE + "$")


def city_name(written: str | None) -> str | None:
    """`WEST PALM BEACH, Fla./WASHINGTON` -> `West Palm Beach`; `JAKARTA` -> `Jakarta`."""
    if not written:
        return None
    first = written.split("/")[0].strip()
    first = _STATE_SUFFIX.sub("", first).strip(" ,.")
    if len(first) < 2:
        return None
    return first.title() if first.isupper() else first
