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
}

# Tribun's regional papers write themselves `TribunJogja.com`, `TRIBUNJATENG.COM`.
_TRIBUN_REGIONAL = re.compile(r"^tribun(?P<region>[a-z]{3,})$")
_DOMAIN_SUFFIX = re.compile(r"(?i)\.(?:co\.id|com|co|id|net|org|my)\.?$|\.$")
_KEY = re.compile(r"[^a-z0-9]")


def outlet_key(written: str) -> str:
    return _KEY.sub("", _DOMAIN_SUFFIX.sub("", written.strip()).lower())


def canonical_outlet(written: str | None) -> str | None:
    """`TRIBUNNEWS.COM` -> `Tribunnews`, `KOMPAS.com` -> `Kompas`, `TribunJogja.com` -> `Tribun Jogja`."""
    if not written or not written.strip():
        return None
    key = outlet_key(written)
    if not key:
        return None
    if key in CANONICAL:
        return CANONICAL[key]
    regional = _TRIBUN_REGIONAL.match(key)
    if regional:
        return "Tribun " + regional.group("region").capitalize()
    name = _DOMAIN_SUFFIX.sub("", written.strip()).strip(" .,")
    return name if not name.isupper() or len(name) <= 4 else name.title()


def is_known_outlet(written: str | None) -> bool:
    if not written:
        return False
    key = outlet_key(written)
    return key in CANONICAL or bool(_TRIBUN_REGIONAL.match(key))


# The text naming itself as the one who asked (`kata Budi kepada Kabarku.co.id`, `saat dihubungi Kabarku.com`):
# used only when no dateline or credit names the outlet, and only near the start (further down, such a phrase is
# more often a passage quoted from another outlet, as fact-checks do). `dikutip dari X` never counts.
# Also the outlet's own observation or search (`Pantauan detikcom`, `penelusuran Kabarku.com`), its newsroom
# (`kantor redaksi Kabarku.com`) and a fact-checking desk signing its check (`Tim Pemeriksa Fakta Mafindo (X)`).
SELF_REFERENCE_WINDOW = 800
SELF_REFERENCE = re.compile(
    r"\b(?:kepada|dihubungi|dikonfirmasi|ditemui|diwawancarai)\s+(?P<outlet>[A-Za-z][A-Za-z0-9-]*\.(?:co\.id|com|id))\b"
)
# A piece adapted from another outlet (`Disadur dari artikel Cek Fakta X`) quotes that outlet's own phrases:
# then only a fact-checking desk's signature counts.
SELF_OBSERVATION_WINDOW = 2500
SELF_OBSERVATION = re.compile(
    r"\b(?:[Pp]antauan|[Pp]enelusuran|[Ll]iputan\s+langsung|redaksi)\s*"
    r"(?P<outlet>[A-Za-z][A-Za-z0-9-]*\.(?:co\.id|com|id)|detikcom|CNN\s?Indonesia(?:\.com)?)\b"
)
FACT_CHECK_DESK = re.compile(r"Pemeriksa\s+Fakta\s+Mafindo\s*\((?P<outlet>TurnBackHoax)\)")
ADAPTED = re.compile(r"\b[Dd]isadur\s+dari\b")
