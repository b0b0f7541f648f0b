"""Text normalisation: HTML entities (also double-escaped), NFC, spaces."""

from __future__ import annotations

import html
import re
import unicodedata

_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});?")
# No-break and other Unicode spaces become plain spaces, zero-width characters and soft hyphens go; line
# structure is kept.
_SPACES = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000\t\f\v"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_FOLD = re.compile(f"[{_SPACES}{_ZERO_WIDTH}]")


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
    if "&" in text:
        text = unescape_entities(text)
    if not text.isascii():
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        text = _FOLD.sub(_fold, text)
    elif "\t" in text or "\f" in text or "\v" in text:
        text = _FOLD.sub(_fold, text)
    return _single_spaces(text)


def _fold(m: re.Match[str]) -> str:
    return "" if m.group() in _ZERO_WIDTH else " "


def split_lines(text: str) -> list[str]:
    """Lines of a document, with any newline convention."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _single_spaces(text: str) -> str:
    """Runs of spaces as one space (`str.replace` halves each run per pass: far cheaper than a regex scan)."""
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def close_gaps(text: str) -> str:
    """Collapse the spaces left where spans were cut out."""
    return _single_spaces(text).strip()
