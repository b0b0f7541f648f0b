"""Words a scraper glues to the edge of a name (the line break or space between them lost), by word class.

`TIKTOKhttps` (a link's scheme after a platform), `CNNdan` (a conjunction after an acronym), `Philly.comThe`,
`Entertainment WeeklyHere` (the next sentence's first word after a name), `Israeldi Madrid` (a preposition after a
country, then the place it governs). The name is cut before the glued word. Examples are (name, trimmed name) to
act on and names to leave alone, written for Kabar.
"""

from __future__ import annotations

from etl.rules.base import word_set

URL_SCHEMES = ("https", "http", "www")
# Lower-case function words glued after an acronym or a country (`BBCdan`, `Jepangdi`): conjunctions, prepositions.
GLUED_FUNCTION_WORDS = ("dan", "di", "dari", "ke", "pada", "yang", "untuk", "and", "in", "on", "for")
# Capitalised words that open a sentence, glued after a name whose sentence lost its full stop (`TimesThe`); not
# the short ones brands end with (`LinkedIn`, `WeChat`, `ThankYou`).
SENTENCE_OPENERS = word_set(
    """The This That These Those Here There Then But Watch Read
    Dalam Namun Sementara Selain Kemudian Baca Simak Lihat Saat"""
)

NAME_EDGE_GLUE = {
    "acts_on": (
        ("YOUTUBEhttps", "YOUTUBE"),
        ("Instagramhttps", "Instagram"),
        ("BBCdan", "BBC"),
        ("Jepangdi Osaka", "Jepang"),
        ("Chicago Tribune.comThe", "Chicago Tribune.com"),
        ("Rolling StoneHere", "Rolling Stone"),
    ),
    "leaves_alone": (
        "Hadi Madrid",
        "McDonald",
        "Ahmadi",
        "Kardashian",
        "Medan",
        "DeThe Lee",
        "Ardi Wibowo",
        "LinkedIn",
        "Harp's LinkedIn",
    ),
}
