"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, cp1252, and what charset-normalizer finds."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer
import ftfy

_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,  # entities are decoded later, also double-escaped ones
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    normalization="NFC",
    explain=False,
)
# What mojibake and control damage look like: a UTF-8 lead byte read as Latin-1/cp1252 (`Ã`, `â`, `Â` ...)
# followed by a continuation byte read the same way (`©`, `€`, `“` ...), or a C1 control character. Text
# without any of these is left to NFC alone: ftfy costs more than all the cleaning rules together.
_SUSPECT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
    "\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
    "|[\u0080-\u009f]"
)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


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
    fixed = ftfy.fix_text(text, _FTFY) if _SUSPECT.search(text) else unicodedata.normalize("NFC", text)
    if "\x00" in fixed:
        raise DecodeError(f"binary content: NUL characters after decoding as {encoding}")
    return Decoded(fixed, encoding, fixed != text)


def _decode(data: bytes) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {name} byte-order mark but is not valid {name}: {exc}") from exc
    if b"\x00" in data:
        raise DecodeError("binary content: NUL bytes and no UTF-16 byte-order mark")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise DecodeError("undecodable: not UTF-8, not cp1252, and no other encoding fits")
    return str(best), best.encoding
