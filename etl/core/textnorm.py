"""Text normalisation: HTML entities (also double-escaped), NFC, spaces."""

from __future__ import annotations

import html
import re
import unicodedata

_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});?")
# No-break and other Unicode spaces become plain spaces; line structure is kept.
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_MULTI_SPACE = re.compile(r" {2,}")


def unescape_entities(text: str, rounds: int = 3) -> str:
    """Decode HTML entities, repeating for double- and triple-escaped ones (`&amp;nbsp;`)."""
    for _ in range(rounds):
        if "&" not in text or not _ENTITY.search(text):
            break
        new = html.unescape(text)
        if new == text:
            break
        text = new
    return text


def normalise_line(text: str) -> str:
    """One line of raw text as the cleaner sees it: entities decoded, NFC, spaces folded, not stripped."""
    text = unescape_entities(text)
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text)
    return _MULTI_SPACE.sub(" ", text)


def split_lines(text: str) -> list[str]:
    """Lines of a document, with any newline convention."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def tidy(text: str) -> str:
    """Collapse the space left where spans were cut out; no space before punctuation that follows a cut."""
    text = _MULTI_SPACE.sub(" ", text)
    text = re.sub(r" +([,.;:!?])(?=\s|$)", r"\1", text)
    return text.strip()
