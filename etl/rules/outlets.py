"""Outlets: how publishers write their own names, and the canonical name Kabar stores."""

from __future__ import annotations

import re

# Key: the name as written, lower-cased, letters and digits only, domain suffix dropped.
# Damaged forms seen in scraped feeds (a dropped last letter: `Tribunnew.`) are listed too.
CANONICAL: dict[str, str] = {
    "tribunnews": "Tribunnews",
    "tribunnew": "Tribunnews",
    "tribun": "Tribunnews",
    "kompas": "Kompas",
    "kompastv": "Kompas TV",
    "surya": "Surya",
    "tribunsurabaya": "Surya",
    "tempo": "Tempo",
    "tempoco": "Tempo",
    "reuters": "Reuters",
    "antara": "Antara",
    "antaranews": "Antara",
    "detik": "Detik",
    "detikcom": "Detik",
    "cnnindonesia": "CNN Indonesia",
    "cnn": "CNN",
    "liputan6": "Liputan6",
    "okezone": "Okezone",
    "republika": "Republika",
    "ihram": "Republika",  # ihram.co.id, Republika's hajj desk
    "viva": "Viva",
    "vivanews": "Viva",
    "kapanlagi": "KapanLagi",
    "bisnis": "Bisnis",
    "kontan": "Kontan",
    "suara": "Suara",
    "merdeka": "Merdeka",
    "jpnn": "JPNN",
    "sindonews": "Sindonews",
    "jawapos": "Jawa Pos",
    "kumparan": "Kumparan",
    "idntimes": "IDN Times",
    "beritasatu": "Beritasatu",
    "bbcnewsindonesia": "BBC News Indonesia",
    "bbc": "BBC",
    "ap": "AP",
    "afp": "AFP",
    "bernama": "Bernama",
    "addictinginfo": "Addicting Info",
    "turnbackhoax": "TurnBackHoax",
    "mafindo": "TurnBackHoax",  # the fact-checking society that publishes TurnBackHoax
}

# Tribun's regional papers write themselves `TribunJogja.com`, `TRIBUNJATENG.COM`.
_TRIBUN_REGIONAL = re.compile(r"^tribun(?P<region>[a-z]{3,})$")
# Brands whose desks and shows keep the outlet's name as a prefix (`detikJabar`, `detikSore`, `KompasTV` is listed
# above as its own outlet): the desk is the outlet.
BRAND_PREFIXES: dict[str, str] = {"detik": "Detik", "tempo": "Tempo", "liputan6": "Liputan6", "okezone": "Okezone"}
_BRAND_DESK = re.compile(r"^(?P<brand>" + "|".join(BRAND_PREFIXES) + r")(?:com)?[a-z]{3,}$")
_DOMAIN_SUFFIX = re.compile(r"(?i)\.(?:co\.id|com|co|id|net|org|my)\.?$|\.$")
_KEY = re.compile(r"[^a-z0-9]")


def outlet_key(written: str) -> str:
    return _KEY.sub("", _DOMAIN_SUFFIX.sub("", written.strip()).lower())


def _one_slip_from_known(key: str) -> str | None:
    """A known key that `key` misses by one dropped, doubled or changed letter (`tribunews`, `tribunnewns`).

    Only long keys: a slip in a short name (`ap`, `bbc`) would turn other names into it."""
    if len(key) < 8:
        return None
    for known in CANONICAL:
        if abs(len(known) - len(key)) > 1 or len(known) < 8:
            continue
        if len(known) == len(key):
            if sum(a != b for a, b in zip(known, key, strict=True)) == 1:
                return known
            continue
        short, long_ = (known, key) if len(known) < len(key) else (key, known)
        if any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_))):
            return known
    return None


def canonical_outlet(written: str | None) -> str | None:
    """`TRIBUNNEWS.COM` -> `Tribunnews`, `KOMPAS.com` -> `Kompas`, `TribunJogja.com` -> `Tribun Jogja`."""
    if not written or not written.strip():
        return None
    key = outlet_key(written)
    if not key:
        return None
    if key in CANONICAL:
        return CANONICAL[key]
    desk = _BRAND_DESK.match(key)
    if desk:
        return BRAND_PREFIXES[desk.group("brand")]
    damaged = _one_slip_from_known(key)
    if damaged:
        return CANONICAL[damaged]
    regional = _TRIBUN_REGIONAL.match(key)
    if regional:
        return "Tribun " + regional.group("region").capitalize()
    name = _DOMAIN_SUFFIX.sub("", written.strip()).strip(" .,")
    return name if not name.isupper() or len(name) <= 4 else name.title()


def is_known_outlet(written: str | None) -> bool:
    if not written:
        return False
    key = outlet_key(written)
    return key in CANONICAL or bool(_TRIBUN_REGIONAL.match(key) or _BRAND_DESK.match(key))


# The text naming itself as the one who asked (`kata Budi kepada Kabarku.co.id`, `saat dihubungi Kabarku.com`):
# used only when no dateline or credit names the outlet, and only near the start (further down, such a phrase is
# more often a passage quoted from another outlet, as fact-checks do). `dikutip dari X` never counts.
# Also the outlet's own observation or search (`Pantauan detikcom`, `penelusuran Kabarku.com`), its newsroom
# (`kantor redaksi Kabarku.com`) and a fact-checking desk signing its check (`Tim Pemeriksa Fakta Mafindo (X)`).
SELF_REFERENCE_WINDOW = 3000
# An outlet written as its domain, or as a brand desk (`detikJabar`, `detikcom`).
_SELF_NAME = r"[A-Za-z][A-Za-z0-9-]*\.(?:co\.id|com|id)|detik(?:com|[A-Z][a-z]+)"
# Scrapers glue the word before the outlet to it (`kepadadetikSulsel`), so no space is required before a brand desk.
SELF_REFERENCE = re.compile(
    r"\b(?:kepada|dihubungi|dikonfirmasi|ditemui|diwawancarai|dengan)\s*"
    rf"(?P<outlet>{_SELF_NAME})\b"
)
# A piece adapted from another outlet (`Disadur dari artikel Cek Fakta X`) quotes that outlet's own phrases:
# then only a fact-checking desk's signature counts.
SELF_OBSERVATION_WINDOW = 2500
SELF_OBSERVATION = re.compile(
    r"\b(?:[Pp]antauan|[Pp]enelusuran|[Ll]iputan\s+langsung|redaksi)\s*"
    rf"(?P<outlet>{_SELF_NAME}|CNN\s?Indonesia(?:\.com)?)\b"
)
# An outlet's fact-checking team is the outlet (`Tim Cek Fakta Kabarku.com`, `Tim Pemeriksa Fakta Mafindo`).
FACT_CHECK_TEAM = re.compile(r"^Tim\s+(?:Cek|Periksa|Pemeriksa)\s+Fakta\s+", re.IGNORECASE)
FACT_CHECK_DESK = re.compile(r"(?i:Pemeriksa\s+Fakta\s+Mafindo)\s*\((?P<outlet>TurnBackHoax)\)")
# The outlet's own live show named in a call to action (`Saksikan Live detikSore`): the show's brand prefix.
OWN_SHOW = re.compile(r"\bSaksikan\s+(?:juga\s+)?[Ll]ive\s+(?P<outlet>[A-Za-z]+)")
ADAPTED = re.compile(r"\b[Dd]isadur\s+dari\b")
