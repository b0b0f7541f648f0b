"""Language of an article (ISO 639-1): function-word counts first, lingua when they do not settle it.

Counting English and Indonesian/Malay function words settles most news articles in microseconds; the lingua
detector (restricted to the languages below, so its models stay small) decides the rest. Indonesian and
Malay are told apart by spellings and words that differ between the two standards (lingua alone often calls
Indonesian news Malay): when the markers tie, the text is taken as Indonesian, the feeds' main language.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from etl.rules.base import word_tuple

SAMPLE_CHARS = 2000  # given to lingua
COUNT_CHARS = 1200  # counted for function words
MIN_LETTERS = 20
MIN_FUNCTION_WORDS = 6
DOMINANCE = 4  # one language's function words must outnumber the other's this many times


_WORD = re.compile(r"[a-z]+")

ENGLISH_WORDS = frozenset(
    word_tuple("""the and of to in is was that for on with said he she it as at by from his have has are be were""")
)
MALAY_INDONESIAN_WORDS = frozenset(
    word_tuple(
        """yang dan di ke dari ini itu dengan untuk pada tidak akan dalam juga oleh telah sudah atau bahwa bahawa
        karena kerana mereka kata adalah ialah"""
    )
)
# Words and spellings of Malaysian news that Indonesian writes differently.
MALAY_MARKERS = frozenset(
    word_tuple(
        """bahawa kerana kerajaan wang sahaja iaitu polis berkata selepas semasa peratus ringgit kenyataan
        kakitangan menerusi memaklumkan sebarang mesyuarat baharu dianggarkan dijangka manakala bagaimanapun
        disyaki difahamkan kenderaan perbelanjaan tempoh mahu pelancongan percuma"""
    )
)
# ... and their Indonesian counterparts, plus colloquial Indonesian particles.
INDONESIAN_MARKERS = frozenset(
    word_tuple(
        """bahwa karena pemerintah uang saja yaitu polisi setelah persen kendaraan mau bisa ujar ujarnya tutur
        tuturnya nggak enggak gak aja banget kok sih dong kepolisian sesudah saat rp rupiah wib kemarin
        mengatakan menurutnya"""
    )
)


def _count(counts: Counter[str], words: frozenset[str]) -> int:
    return sum(counts[w] for w in words if w in counts)


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [
        Language.INDONESIAN,
        Language.MALAY,
        Language.ENGLISH,
        Language.TAGALOG,
        Language.DUTCH,
        Language.GERMAN,
        Language.FRENCH,
        Language.SPANISH,
        Language.PORTUGUESE,
        Language.ARABIC,
        Language.CHINESE,
        Language.JAPANESE,
        Language.KOREAN,
        Language.VIETNAMESE,
        Language.THAI,
    ]
    return LanguageDetectorBuilder.from_languages(*languages).build()


MIN_MALAY_MARKERS = 2  # one Malay-looking word (`selepas`) also occurs in Indonesian prose


def _malay_or_indonesian(counts: Counter[str]) -> str:
    malay = _count(counts, MALAY_MARKERS)
    indonesian = _count(counts, INDONESIAN_MARKERS)
    return "ms" if malay >= MIN_MALAY_MARKERS and malay >= 2 * indonesian else "id"


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample[:200]) < MIN_LETTERS and sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    counts = Counter(_WORD.findall(sample[:COUNT_CHARS].lower()))
    english = _count(counts, ENGLISH_WORDS)
    malay_indonesian = _count(counts, MALAY_INDONESIAN_WORDS)
    if english >= MIN_FUNCTION_WORDS and english >= DOMINANCE * malay_indonesian:
        return "en"
    if malay_indonesian >= MIN_FUNCTION_WORDS and malay_indonesian >= DOMINANCE * english:
        return _malay_or_indonesian(counts)
    found = _detector().detect_language_of(sample)
    if found is None:
        return None
    code = found.iso_code_639_1.name.lower()
    return _malay_or_indonesian(counts) if code in ("id", "ms") else code
