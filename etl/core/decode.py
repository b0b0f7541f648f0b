"""Bytes to text: UTF-8 (with or without BOM), UTF-16 (with or without BOM), and single-byte encodings only
where the decoded text reads as text.

cp1252 and Latin-1 map almost every byte to some character, so "it decodes" says nothing: a single-byte
reading is accepted only when charset-normalizer's mess ratio of the decoded text is low. Binary files
(PNG, ZIP, PDF, gzip, random bytes) and foreign encodings that do not read as text are rejected with a
reason instead of being stored as mojibake.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# ftfy and charset-normalizer are imported where they are needed (mojibake, a file that is not UTF-8), so that a
# run with nothing new, or a feed of clean UTF-8, does not pay for loading them.


@lru_cache(maxsize=1)
def _ftfy():
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False,  # entities are decoded later, also double-escaped ones
        uncurl_quotes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        normalization="NFC",
        explain=False,
    )
    return ftfy.fix_text, config
# What mojibake and control damage look like: a UTF-8 lead byte read as Latin-1/cp1252 (`Ã`, `â`, `Â` ...)
# followed by a continuation byte read the same way (`©`, `€`, `“` ...), or a C1 control character. Text
# without any of these is left to NFC alone: ftfy costs more than all the cleaning rules together.
_SUSPECT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
    "\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
    "|[\u0080-\u009f]"
)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Signatures of common binary files, so that the reason names what the file is.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)
# Control characters other than tab, newline, carriage return, form feed and vertical tab.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.01  # more control characters than this share of the text: binary, not text
MAX_MESS = 0.2  # charset-normalizer's mess ratio above which a single-byte reading is not text
MIN_COHERENCE = 0.3  # charset-normalizer's language coherence below which its guess of another encoding is refused
_SAMPLE = 64 * 1024  # the plausibility of a long text is judged on samples from its start, middle and end
_SINGLE_BYTE = ("cp1252", "latin-1")


class DecodeError(ValueError):
    """The bytes are not text this reader can decode; the message is the reject reason."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    repaired: bool  # ftfy changed the text (mojibake, C1 controls)


def decode_bytes(data: bytes) -> Decoded:
    """Decode a document's bytes, repairing mojibake; raise DecodeError with a reason a person can act on."""
    if not data.strip():
        raise DecodeError("empty document: no bytes other than white space")
    text, encoding = _decode(data)
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > MAX_CONTROL_SHARE * len(text):
        raise DecodeError(f"binary content: {controls} control characters after decoding as {encoding}")
    if _SUSPECT.search(text):
        fix_text, config = _ftfy()
        fixed = fix_text(text, config)
    else:
        fixed = unicodedata.normalize("NFC", text)
    return Decoded(fixed, encoding, fixed != text)


def _decode(data: bytes) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {name} byte-order mark but is not valid {name}: {exc}") from exc
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"binary file: {what}, not text")
    if b"\x00" in data:
        return _utf16_without_bom(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for name in _SINGLE_BYTE:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if _reads_as_text(text):
            return text, name
    import charset_normalizer

    best = charset_normalizer.from_bytes(data[: 4 * _SAMPLE]).best()
    if best is not None and best.coherence >= MIN_COHERENCE and best.encoding not in ("utf_16", "utf_32"):
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            text = ""
        if text and _reads_as_text(text):
            return text, best.encoding
    guess = f" (charset-normalizer's guess {best.encoding} is too uncertain)" if best is not None else ""
    raise DecodeError(
        f"undecodable: not UTF-8, and no encoding reads as text{guess}: binary data, a damaged file, "
        "or an encoding to convert to UTF-8 before loading"
    )


def _utf16_without_bom(data: bytes) -> tuple[str, str]:
    """Text with NUL bytes is UTF-16 without a BOM when the NULs sit on one side of the byte pairs."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    pairs = len(data) // 2
    if len(data) % 2 == 0 and pairs and max(even, odd) > 0.3 * pairs and min(even, odd) < 0.02 * pairs:
        name = "utf-16-le" if odd > even else "utf-16-be"
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            text = ""
        if text and _reads_as_text(text):
            return text, name
    raise DecodeError("binary content: NUL bytes, and not UTF-16 text")


def _reads_as_text(text: str) -> bool:
    """Low mess ratio (few odd symbols, case or script switches) in samples from the start, middle and end."""
    from charset_normalizer.md import mess_ratio

    if _CONTROL.search(text[:_SAMPLE]):
        return False
    mid = len(text) // 2
    samples = {text[:_SAMPLE], text[mid : mid + _SAMPLE], text[-_SAMPLE:]}
    return all(mess_ratio(s, MAX_MESS) < MAX_MESS for s in samples if s)
