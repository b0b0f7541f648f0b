"""Language of an article (ISO 639-1), with lingua; Indonesian and Malay told apart by marker words."""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[a-z]+")
# Spellings and words that differ between Malay and Indonesian news prose.
MALAY_MARKERS = frozenset(
    [
        "bahawa",
        "kerajaan",
        "daripada",
        "beliau",
        "ialah",
        "sahaja",
        "semula",
        "kenyataan",
        "pihak",
        "berkuasa",
        "wang",
        "kerana",
        "negeri",
        "perdana",
        "menteri",
    ]
) - {"pihak", "perdana", "menteri"}
INDONESIAN_MARKERS = frozenset(
    [
        "bahwa",
        "pemerintah",
        "dari",
        "adalah",
        "saja",
        "kata",
        "ujar",
        "tutur",
        "karena",
        "uang",
        "polisi",
        "mengatakan",
        "menurut",
        "tersebut",
    ]
)
MIN_LETTERS = 20


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [
        Language.INDONESIAN,
        Language.MALAY,
        Language.ENGLISH,
        Language.DUTCH,
        Language.GERMAN,
        Language.FRENCH,
        Language.SPANISH,
        Language.PORTUGUESE,
        Language.ARABIC,
        Language.CHINESE,
        Language.JAPANESE,
        Language.KOREAN,
        Language.TAGALOG,
        Language.VIETNAMESE,
        Language.THAI,
    ]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell."""
    sample = text[:4000]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    found = _detector().detect_language_of(sample)
    if found is None:
        return None
    code = found.iso_code_639_1.name.lower()
    if code in ("id", "ms"):
        words = _WORD.findall(sample.lower())
        malay = sum(w in MALAY_MARKERS for w in words)
        indonesian = sum(w in INDONESIAN_MARKERS for w in words)
        if indonesian > malay:
            return "id"
        if malay > indonesian:
            return "ms"
    return code
