"""Attribution and hedge cues as data, one module per language (`id`, `en`, `ms`)."""

from __future__ import annotations

from etl.rules.cues import en, ms
from etl.rules.cues import id as indonesian
from etl.rules.cues.base import CueFamily, Language

LANGUAGES: dict[str, Language] = {"id": indonesian.LANGUAGE, "en": en.LANGUAGE, "ms": ms.LANGUAGE}
DEFAULT = "en"


def language(code: str | None) -> Language:
    """The cue set of a language; articles in other languages use the English cues."""
    return LANGUAGES.get(code or DEFAULT, LANGUAGES[DEFAULT])


__all__ = ["LANGUAGES", "CueFamily", "Language", "language"]
