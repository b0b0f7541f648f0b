"""Dateline prefixes at the start of an article's first body paragraph: outlet and city.

Only the start of the first body paragraph is ever tried (`etl.core.clean`), so a city and a dash inside the
story are never taken for a dateline. Patterns are tried in order; the first that matches wins.
"""

from __future__ import annotations

import re

from etl.rules.base import DatelinePattern

# An outlet naming itself as a domain (`TRIBUNNEWS.COM`, `KOMPAS.com`, `SURYA.co.id`, `TEMPO.CO`, `Liputan6.com`,
# `TRIBUN-MEDAN.com`, `KOMPAS.TV`, damaged `TRIBUNNEWS.CO.`), or by a name it uses in datelines.
_DOMAIN = r"[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9](?:\.(?i:co\.id|com|co|id|net|org|my|tv|news))\.?"
_NAMED = (
    r"CNN\s+Indonesia|CNBC\s+Indonesia|IDN\s+Times|Antara|ANTARA|Bernama|BERNAMA|VIVA(?:news)?|Okezone|"
    r"Liputan6|Sindonews|Beritasatu|Kumparan|Katadata|Kontan|Bisnis|Gatra|Tirto"
)
_OUTLET = rf"(?:{_DOMAIN}|{_NAMED})"
# Cities in capitals (`JAKARTA`, `WEST PALM BEACH`) or, after an outlet, in title case (`Jakarta`).
_CITY_CAPS = r"[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,3}"
_CITY_TITLE = r"[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){0,2}"
_STATE = r"(?:,\s(?:[A-Z][a-z]{1,5}\.|(?:[A-Z]\.\s?){1,3}(?:[A-Z][a-z]{1,3}\.)?))"  # `GADSDEN, Ala.`, `N.J.`, `W. Va.`
_CITIES = rf"{_CITY_CAPS}{_STATE}?(?:\s?/\s?{_CITY_CAPS}{_STATE}?)*"
# What may stand between a city and a wire's name: a region (`Mataram, NTB`, `Bandarlampung, Lampung`) and a
# date (`ISTANBUL, 23 Februari 2016`, `LONDON, March 3`).
_REGION = r"(?:,\s(?:[A-Z]{2,}(?:\s[A-Z]{2,})?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))"
_DATE = r"(?:,\s(?:\d{1,2}\s[A-Z][a-z]+(?:\s\d{4})?|[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,\s\d{4})?))"
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
            ("Kabarenam.com, Jakarta - Film itu tayang.", "Kabarenam.com", "Jakarta"),
            ("KABAR-TIMUR.com, AMBON - Kapal bersandar.", "KABAR-TIMUR.com", "Ambon"),
            ("REPUBLIKA.CO.ID, JAKARTA -- Sidang dimulai.", "REPUBLIKA.CO.ID", "Jakarta"),
            ("Okezone, Jakarta - Harga emas naik.", "Okezone", "Jakarta"),
        ),
        keep=("Kabarku.com melaporkan harga naik.", "Harga naik - kata pedagang."),
    ),
    DatelinePattern(
        "dateline.city_outlet",  # JAKARTA, KOMPAS.com -   Jakarta, CNN Indonesia --
        re.compile(rf"^(?P<city>{_CITIES}|{_CITY_TITLE}),\s*(?P<outlet>{_OUTLET})(?:\s*\|)*{_DASH}"),
        remove=(
            ("MEDAN, BERITAKU.com - Banjir surut.", "BERITAKU.com", "Medan"),
            ("Jakarta, CNN Indonesia -- Rapat dimulai.", "CNN Indonesia", "Jakarta"),
            ("Jakarta, IDN Times - Rapat dimulai.", "IDN Times", "Jakarta"),
            ("MEDAN, BERITAKU.com |  | - Banjir surut.", "BERITAKU.com", "Medan"),
            ("KOTA KINABALU, KABARKU.com – Sidang dimulai.", "KABARKU.com", "Kota Kinabalu"),
        ),
        keep=("Medan, kota terbesar ketiga, dilanda banjir.",),
    ),
    DatelinePattern(
        # WASHINGTON (Reuters) -   GADSDEN, Ala. (Reuters) -   JAKARTA (ANTARA) -   Mataram, NTB (ANTARA News) -
        # LONDON, March 3 (Reuters) -   ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -
        "dateline.city_wire",
        re.compile(
            rf"^(?P<city>{_CITIES}|{_CITY_TITLE}){_REGION}?{_DATE}?,?\s*"
            rf"\((?P<outlet>[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){{0,3}})[^()/]{{0,20}}?(?:/[^()]{{1,30}})?\){_DASH}"
        ),
        remove=(
            ("OSLO (Wirenews) - The talks resumed.", "Wirenews", "Oslo"),
            ("TUCSON, Ariz. (Wirenews) - Heat records fell.", "Wirenews", "Tucson"),
            ("SEATTLE/BOSTON (Wirenews) - A judge ruled.", "Wirenews", "Seattle"),
            ("TRENTON, N.J. (Wirenews) - A judge ruled.", "Wirenews", "Trenton"),
            ("WHEELING, W. Va. (Wirenews) - A judge ruled.", "Wirenews", "Wheeling"),
            ("BOCA RATON, FLORIDA (Wirenews) - A judge ruled.", "Wirenews", "Boca Raton"),
            ("OSLO, (Wirenews) - A judge ruled.", "Wirenews", "Oslo"),
            ("Mataram, NTB (KABARKU News) - Bandara ditutup.", "KABARKU News", "Mataram"),
            ("Bandarlampung, Lampung (Kabarku) - Polisi berjaga.", "Kabarku", "Bandarlampung"),
            ("LONDON, March 3 (Wirenews) - Shares fell.", "Wirenews", "London"),
            ("LIMA (Wirenews on Friday ) - Prices rose.", "Wirenews", "Lima"),
            ("ISTANBUL, 23 Februari 2016 (Kabarku/Rilisnews) - Lomba dibuka.", "Kabarku", "Istanbul"),
            ("KOTA BHARU, 3 Mac (Kabarwire) -- Seramai 20 mangsa dipindahkan.", "Kabarwire", "Kota Bharu"),
        ),
        keep=("The minister (pictured) - who resigned - spoke.",),
    ),
    DatelinePattern(
        # (Wirenews) -   the wire's name alone where the feed dropped the city
        "dateline.wire_only",
        re.compile(rf"^\((?P<outlet>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)\){_DASH}(?=\S)"),
        remove=(
            ("(Wirenews) - The talks resumed.", "Wirenews", None),
            ("(Kabar Wire) -- Harga naik.", "Kabar Wire", None),
        ),
        keep=("(Photo) The minister spoke.", "(2) - the second point.", "(AS) Harga naik."),
    ),
    DatelinePattern(
        "dateline.city_release",  # NEW YORK, March 3, 2023 /PRNewswire/ --
        re.compile(
            rf"^(?P<city>{_CITIES}|{_CITY_TITLE}){_REGION}?{_DATE}?\s*/(?P<outlet>[A-Za-z][\w .-]{{1,30}})/{_DASH}"
        ),
        remove=(("NEW YORK, March 3, 2023 /Rilisnews/ -- The firm launched a fund.", "Rilisnews", "New York"),),
        keep=("Harga/kg naik - kata pedagang.",),
    ),
    DatelinePattern(
        "dateline.city_only",  # BANDUNG -   (no outlet named)
        re.compile(rf"^(?P<city>[A-Z]{{4,}}(?:\s[A-Z]{{3,}}){{0,2}}){_DASH}(?=\S)"),
        remove=(("BANDUNG - Jalan ditutup sementara.", None, "Bandung"),),
        keep=("KPK - lembaga antirasuah - memeriksa saksi.", "Bandung - kota kembang - ramai."),
    ),
    DatelinePattern(
        # Jakarta - (detik): a city in title case, a spaced dash, then a sentence starting in capitals.
        "dateline.city_title",
        re.compile(r"^(?P<city>[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,}){0,2})\s(?:-|–|—)\s(?=[A-Z\"“])"),
        remove=(("Surabaya - Hujan deras mengguyur kota.", None, "Surabaya"),),
        keep=("Bandung - kota kembang - ramai.", "Harga naik - Pedagang mengeluh."),
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
