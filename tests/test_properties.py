"""Property-based tests (hypothesis) of decoding and cleaning: for any input no exception escapes, the result is
deterministic, and the clean body plus what was taken out of it account for the words of the text."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.core.clean import clean_article
from etl.core.decode import DecodeError, decode_bytes
from etl.core.models import RawArticle
from etl.core.textnorm import normalise_line

PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORD = re.compile(r"\w+")

# Pieces of newsroom text, boilerplate and damage, written for Kabar; hypothesis strings them together.
PIECES = [
    "JAKARTA, KOMPAS.com -",
    "TRIBUNNEWS.COM, BEKASI -",
    "Baca juga:",
    "Editor:",
    "Penulis:",
    "Laporan Wartawan Tribunnews.com, Rina Ayu",
    "Artikel ini telah tayang di Kompas.com",
    "SCROLL TO CONTINUE WITH CONTENT",
    "(Reporting by Ali Musa; Editing by Jane Doe)",
    "Harga beras naik",
    "kata Camat Asep Mulyana.",
    "diduga",
    "menurut sumber yang tidak ingin disebutkan namanya,",
    "reportedly",
    "&amp;nbsp;",
    "&amp;ldquo;",
    "“",
    "”",
    "–",
    "Ã©",
    "â€“",
    "\n",
    "\n\n",
    " ",
    ".",
    ",",
    "|",
    "Pilihan Editor:",
    "(ant/ked)",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=60).map("".join)


@PROPS
@given(st.binary(max_size=2048))
def test_decoding_any_bytes_returns_text_or_a_reason(data: bytes) -> None:
    try:
        first = decode_bytes(data)
    except DecodeError as exc:
        assert str(exc)
        try:
            decode_bytes(data)
        except DecodeError as again:
            assert str(again) == str(exc)  # deterministic: the same reason every time
        else:
            raise AssertionError("decoding is not deterministic")
        return
    assert first == decode_bytes(data)
    assert "\x00" not in first.text
    assert unicodedata.is_normalized("NFC", first.text)


@PROPS
@given(texts)
def test_decoding_any_utf8_text_keeps_it(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass") if text else b""
    try:
        decoded = decode_bytes(data)
    except (DecodeError, UnicodeEncodeError):
        return
    assert decoded.encoding == "utf-8"
    if not decoded.repaired:
        assert decoded.text == unicodedata.normalize("NFC", text)


def _words(text: str | None) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text or "")}


@PROPS
@given(texts)
def test_cleaning_any_text_is_total_deterministic_and_accounts_for_the_text(text: str) -> None:
    first = clean_article(RawArticle(text))
    second = clean_article(RawArticle(text))
    assert first == second
    source = _words("\n".join(normalise_line(line) for line in text.splitlines()))
    kept = _words(first.body) | _words(first.title) | _words(first.lede)
    removed = set().union(*(_words(r.text) for r in first.removed)) if first.removed else set()
    taken = removed | set().union(*(_words(c.text) for c in first.credits)) if first.credits else removed
    taken |= (
        _words(first.dateline) | set().union(*(_words(r.title) for r in first.related))
        if first.related
        else (_words(first.dateline))
    )
    invented = {w for w in kept if not any(w in t for t in source)}
    assert not invented, f"words not in the text: {invented}"
    lost = {t for t in source if not _segments(t, kept | taken)}
    assert not lost, f"words lost without a removed span: {lost}"


def _segments(token: str, words: set[str]) -> bool:
    """True when `token` is one of `words` or words glued together (the cleaner splits scraper glue)."""
    ok = [True] + [False] * len(token)
    for end in range(1, len(token) + 1):
        ok[end] = any(ok[start] and token[start:end] in words for start in range(end))
    return ok[-1]
