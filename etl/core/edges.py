"""Cut a word a scraper glued to the edge of a source's name (`TIKTOKhttps`, `CNNdan`, `Philly.comThe`); the
word classes are in `etl.rules.glue`."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.rules.glue import GLUED_FUNCTION_WORDS, SENTENCE_OPENERS, URL_SCHEMES

_SCHEME = re.compile(rf"(?<=[A-Za-z]{{3}})(?:{'|'.join(URL_SCHEMES)})$")
_AFTER_ACRONYM = re.compile(rf"^([A-Z]{{2,}})(?:{'|'.join(GLUED_FUNCTION_WORDS)})$")
_OPENER = re.compile(rf"(?:(?<=[a-z]{{4}})|(?<=\.com))(?:{'|'.join(sorted(SENTENCE_OPENERS, key=len, reverse=True))})$")


@lru_cache(maxsize=8192)  # pure; source names recur across sentences and articles
def trim_glue(name: str, countries: frozenset[str] = frozenset()) -> str:
    """`TIKTOKhttps` -> `TIKTOK`, `CNNdan` -> `CNN`, `Jepangdi Osaka` -> `Jepang`, `Rolling StoneHere` ->
    `Rolling Stone`; `countries` are case-folded country names (a preposition glued to one cuts the rest)."""
    tokens = name.split()
    if not tokens:
        return name
    last = tokens[-1]
    cut = _SCHEME.sub("", last)
    if cut == last:
        cut = _OPENER.sub("", last)
    if cut == last and (m := _AFTER_ACRONYM.match(last)):
        cut = m.group(1)
    if cut != last and cut:
        return " ".join([*tokens[:-1], cut])
    for i, tok in enumerate(tokens):  # `Israeldi Madrid`: a country, a glued preposition, the place it governs
        for word in GLUED_FUNCTION_WORDS:
            if tok.endswith(word) and tok[: -len(word)].casefold() in countries:
                return " ".join([*tokens[:i], tok[: -len(word)]])
    return name
