"""Bytes to text: encodings, byte-order marks, entities, mojibake, and the documents that must be rejected."""

from __future__ import annotations

import pytest

from etl.core.clean import clean_article
from etl.core.decode import DecodeError, decode_bytes
from etl.core.models import RawArticle
from etl.core.textnorm import normalise_line, unescape_entities

SENTENCE = "Wali kota “menolak” rencana itu – katanya, kafe di pusat kota tutup."


def test_utf8() -> None:
    decoded = decode_bytes(SENTENCE.encode("utf-8"))
    assert decoded.text == SENTENCE
    assert decoded.encoding == "utf-8"
    assert not decoded.repaired


def test_utf8_with_bom() -> None:
    decoded = decode_bytes(b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"))
    assert decoded.text == SENTENCE
    assert decoded.encoding == "utf-8-sig"


def test_utf16_with_bom() -> None:
    decoded = decode_bytes(SENTENCE.encode("utf-16"))
    assert decoded.text == SENTENCE
    assert decoded.encoding == "utf-16"


def test_cp1252_quotes_and_dash() -> None:
    data = b"Ia \x93menolak\x94 rencana itu \x96 katanya, caf\xe9 tutup."
    decoded = decode_bytes(data)
    assert decoded.encoding == "cp1252"
    assert decoded.text == "Ia “menolak” rencana itu – katanya, café tutup."


def test_mojibake_is_repaired() -> None:
    # UTF-8 bytes read once as cp1252 and saved again as UTF-8: `Ã©` for `é`, `â€“` for `–`, `â€œ` for `“`.
    text = "Harga kopi di kafé naik – kata “pemilik” itu."
    broken = "Harga kopi di kafÃ© naik â€“ kata â€œpemilikâ€\x9d itu.".encode()
    decoded = decode_bytes(broken)
    assert decoded.text == text
    assert decoded.repaired


def test_text_is_nfc() -> None:
    decomposed = "kafe\u0301 ditutup"  # e + combining acute
    assert decode_bytes(decomposed.encode("utf-8")).text == "kaf\u00e9 ditutup"


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("&amp;ldquo;Tidak,&amp;rdquo; katanya.", "“Tidak,” katanya."),
        ("R&amp;amp;D naik", "R&D naik"),
        ("Ben&iacute;tez &ndash; Liverpool", "Benítez – Liverpool"),
        ("&#8220;Ya&#8221; &#x2014; jawabnya", "“Ya” — jawabnya"),
        ("PT A &amp; B", "PT A & B"),
        ("harga 5 &lt; 6", "harga 5 < 6"),
    ],
)
def test_entities_decoded_also_when_double_escaped(raw: str, text: str) -> None:
    assert unescape_entities(raw) == text
    assert normalise_line(raw) == text


def test_entities_reach_the_clean_body_decoded() -> None:
    raw = (
        "JAKARTA, KOMPAS.com&amp;nbsp;-&amp;nbsp;Warga &amp;ldquo;menolak&amp;rdquo; rencana itu.&amp;nbsp; "
        "Rapat ditunda."
    )
    art = clean_article(RawArticle(decode_bytes(raw.encode()).text))
    assert art.body == "Warga “menolak” rencana itu.\n\nRapat ditunda."
    assert "&" not in art.body and "\u00a0" not in art.body


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \r\n\t ", "empty"),
        (b"\x00\x01\x02PK\x03\x04binary", "binary"),
        (b"%PDF-1.7\x00\x00\xff\xfe", "binary"),
    ],
)
def test_rejected_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)


def test_bom_without_valid_text_is_rejected() -> None:
    with pytest.raises(DecodeError, match="byte-order mark"):
        decode_bytes(b"\xff\xfe\x00\xd8")  # UTF-16 LE BOM, then a lone surrogate
