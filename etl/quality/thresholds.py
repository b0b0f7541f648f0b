"""What the row-level quality checks look for, as data: cue phrases, patterns, thresholds, outlet facts.

Every pattern is written in the subset of regular-expression syntax that Python's `re` and DuckDB's RE2
share (no look-around, no back-references), because the checks run them inside DuckDB over the whole
warehouse and the tests run them in Python too. Each named pattern carries examples it must find
(`flag`) and texts it must leave alone (`keep`), tested in tests/test_quality_rules.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class NamedPattern:
    """A named pattern with examples: `flag` texts must match it, `keep` texts must not."""

    name: str
    pattern: str
    flag: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()

    @property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern)


# --- residual boilerplate: cue phrases that a clean body must not contain any more -------------------
RESIDUAL_BOILERPLATE: tuple[NamedPattern, ...] = (
    NamedPattern(
        "baca_juga",
        r"(?:Baca|BACA)\s+(?:juga|Juga|JUGA)\s*[:,]",
        flag=("Harga naik. Baca juga: Pasar Sepi", "BACA JUGA: Banjir Lagi"),
        keep=("Ia meminta warga membaca juga aturan itu.",),
    ),
    NamedPattern(
        "baca_selengkapnya",
        r"Baca\s+(?:selengkapnya|berita\s+selengkapnya)\s+di\b",
        flag=("Baca selengkapnya di sini",),
        keep=("Baca selengkapnya aturan itu sebelum mendaftar.",),
    ),
    NamedPattern(
        "video_teaser",
        r"(?:Simak|Lihat|Tonton|Saksikan)\s+(?:juga\s+)?(?:[Vv]ideo|VIDEO)\b",
        flag=("Simak juga Video: Warga Tanam Pohon",),
        keep=("Warga menonton video itu bersama-sama.",),
    ),
    NamedPattern(
        "pilihan_editor",
        r"Pilihan\s+Editor\s*:",
        flag=("Pilihan Editor: Menakar Arah Kebijakan",),
        keep=("Buku itu menjadi pilihan editor tahun ini.",),
    ),
    NamedPattern(
        "advertisement",
        r"\bADVERTISEMENT\b|SCROLL\s+TO\s+CONTINUE",
        flag=("Harga naik. ADVERTISEMENT Pedagang", "SCROLL TO CONTINUE WITH CONTENT"),
        keep=("Advertisement spending rose.",),
    ),
    NamedPattern(
        "gambas_marker",
        r"\[Gambas:",
        flag=("Laga selesai. [Gambas:Video Kanal]",),
        keep=("Nilai [rata-rata] naik.",),
    ),
    NamedPattern(
        "syndication_line",
        r"Artikel\s+ini\s+(?:telah|sudah)\s+(?:tayang|terbit|dimuat)\s+di",
        flag=('Artikel ini telah tayang di Kabarku.com dengan judul "Harga Naik"',),
        keep=("Artikel ini ditulis untuk pembaca muda.",),
    ),
    NamedPattern(
        "newsletter_cta",
        r"Dapatkan\s+update\s+berita|(?:Simak|Ikuti)\s+(?:berita|informasi|update)\s+(?:\S+\s+){0,3}lainnya\s+di"
        r"|Ikuti\s+kami\s+di\s+Google\s+News|Share\s+artikel\s+ini",
        flag=("Simak berita menarik lainnya di Google News.", "Ikuti kami di Google News untuk kabar terbaru."),
        keep=("Warga mengikuti berita itu setiap hari.",),
    ),
    NamedPattern(
        "credit_line",
        r"(?:^|\n|[.!?]\s)(?:Editor|Penulis|Reporter|Pewarta)\s*:\s*[A-Z]|Laporan\s+Wartawan\s+\S+\.(?:com|co)",
        flag=("Acara selesai. Penulis: Tono Wibowo", "Editor: Sari Putri", "Laporan Wartawan Kabarku.com, Sari"),
        keep=("Editor senior itu pensiun.", "Penulis novel itu hadir."),
    ),
    NamedPattern(
        "read_more",
        r"(?:Read\s+more|READ\s+MORE|Also\s+read|Read\s+also)\s*:",
        flag=("The vote passed. Read more: Council Backs Lanes",),
        keep=("Voters want to read more about the plan.",),
    ),
    NamedPattern(
        "image_credit",
        r"(?:Featured|Header|Top)\s+(?:image|photo)\s+(?:via|by|credit)",
        flag=("It ended.Featured image via Jane Roe/Agency",),
        keep=("The featured image was taken by a drone.",),
    ),
    NamedPattern(
        "wire_credit",
        r"\((?:Additional\s+)?(?:Reporting|Reported)\s+by\s+[A-Z]",
        flag=("The vote is Monday. (Reporting by Ann Lee; Editing by Cy Dunn)",),
        keep=("He was reporting by phone from the scene.",),
    ),
)

# --- text damage ----------------------------------------------------------------------------------------
# UTF-8 read as cp1252/Latin-1 (`Ã©`, `â€™`, `Â `), the replacement character, C1 control characters.
MOJIBAKE = NamedPattern(
    "mojibake",
    "Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]|â€|Â[\u00a0-\u00bf]|\ufffd|[\u0080-\u009f]",
    flag=(
        "Caf\u00c3\u00a9 ramai",
        "dia berkata \u00e2\u20ac\u0153tidak\u00e2\u20ac\u009d",
        "suhu 30\u00c2\u00b0C",
        "kata\ufffddia",
    ),
    keep=("Café ramai", "São Paulo", "“tidak”", "Ã sendirian"),
)
# HTML left in text: an entity (also double-escaped) or a tag.
HTML_LEFTOVER = NamedPattern(
    "html_leftover",
    r"&(?:amp;)*(?:[A-Za-z]{2,8}|#[0-9]{2,6}|#[xX][0-9A-Fa-f]{2,5});"
    r"|</?(?:p|br|div|span|a|b|i|u|strong|em|img|script|style|iframe|figure|figcaption|h[1-6]|ul|ol|li|table|tr|td)"
    r"(?:\s+[\w-]+=(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]+))*\s*/?>",
    flag=(
        "Sidang&nbsp;ditunda",
        "harga &amp;amp; biaya",
        "kata dia.<br/>Lalu",
        "<p>Hujan turun</p>",
        "&#8220;Ya",
        '<a href="https://x.example/y">tautan</a>',
    ),
    keep=("PT Kereta & Logistik", "nilai a<b dan b>c", "R&D naik"),
)

# --- titles ---------------------------------------------------------------------------------------------
TITLE_MAX_CHARS = 200
TITLE_MAX_WORDS = 30
TITLE_CAPS_MIN_LETTERS = 12  # shorter titles (`KPK`, `BREAKING`) are not judged
TITLE_CAPS_SHARE = 0.8  # share of upper-case letters above which a title is "in all caps"
# A title that ends with the site's name or page furniture: `... - Tribunnews.com`, `... | Kompas.com`,
# `... - detikNews`, `... - ANTARA News`, `... (Halaman 2)`, `... - Page all`.
TITLE_TRAILING_BOILERPLATE = NamedPattern(
    "title_trailing_boilerplate",
    r"\s(?:[-|–—:·•]|\|)\s*(?:[A-Za-z][\w-]*\.(?:com|co\.id|co|id|net|org)|detik\w*|ANTARA\s+News|Antara\s+News"
    r"|CNN\s+Indonesia|Reuters|Kompas(?:\.com)?|Tempo(?:\.co)?|Tribun\w*)\s*$"
    r"|\s[-|(]?\s*(?:Halaman|Page)\s+(?:\d+|all|semua)\)?\s*$",
    flag=(
        "Harga Cabai Naik Lagi - Tribunnews.com",
        "Banjir Rendam Bekasi | Kompas.com",
        "Rupiah Melemah - detikFinance",
        "Kereta Anjlok di Bandung (Halaman 2)",
    ),
    keep=("Harga Cabai Naik Lagi", "Warga Bekasi Kembali Gunakan Kompas untuk Mendaki Gunung"),
)

# --- bodies ---------------------------------------------------------------------------------------------
BODY_MIN_WORDS = 40  # below this a body is a stub or was cut off
# A body that stops where text was visibly cut off: an ellipsis, `[...]`, a dangling comma or colon, or a
# pagination cue.
BODY_TRUNCATED = NamedPattern(
    "body_truncated",
    r"(?:\.\.\.|…|\[\s*(?:\.\.\.|…)\s*\]|[,:;]|\(bersambung\)|Halaman\s+selanjutnya|Selanjutnya|Continue\s+reading)"
    r"\s*$",
    flag=("Pemerintah menyatakan bahwa...", "Ia menyebut tiga hal:", "Harga naik, [...]", "Warga menolak,"),
    keep=("Pemerintah menyatakan setuju.", 'Ia berkata "tidak."', "Rapat selesai pukul 12.00."),
)
BODY_UNTERMINATED = NamedPattern(
    "body_unterminated",
    r"[A-Za-z0-9]\s*$",
    flag=("pungkas Sumiyati", "rapat ditunda hingga 2024"),
    keep=("Rapat ditunda.", "Ia pergi!", "“Ya,” kata dia.”"),
)

# --- publication time -----------------------------------------------------------------------------------
FUTURE_TOLERANCE_HOURS = 2  # clocks and time zones: a little ahead of now is not yet "in the future"
EARLIEST_PLAUSIBLE_YEAR = 1990
# Formats whose items carry publication time as a field: there a missing time is a warning, in plain text
# (where a time is rarely written) only information.
STRUCTURED_FORMATS = ("html", "rss", "atom", "jsonl", "json", "csv", "xml")

# --- language and outlets -------------------------------------------------------------------------------
EXPECTED_LANGUAGES = ("id", "en", "ms")
# The languages each outlet publishes in; an article in another language is flagged as inconsistent.
OUTLET_LANGUAGES: dict[str, tuple[str, ...]] = {
    "Tribunnews": ("id",),
    "Kompas": ("id",),
    "Kompas TV": ("id",),
    "Detik": ("id",),
    "Tempo": ("id", "en"),
    "CNN Indonesia": ("id",),
    "Surya": ("id",),
    "Antara": ("id", "en"),
    "Liputan6": ("id",),
    "Okezone": ("id",),
    "Republika": ("id",),
    "Viva": ("id",),
    "KapanLagi": ("id",),
    "Kumparan": ("id",),
    "Reuters": ("en",),
    "AP": ("en",),
    "AFP": ("en",),
    "Bernama": ("ms", "en"),
}
# Names of one publishing network: a Tribun regional paper crediting `Tribunnews.com` is not inconsistent.
OUTLET_NETWORKS: dict[str, str] = {"Tribunnews": "Tribun", "Surya": "Tribun", "Kompas TV": "Kompas"}
OUTLET_NETWORK_PREFIXES: dict[str, str] = {"Tribun ": "Tribun"}


def outlet_network(outlet: str) -> str:
    """The network an outlet belongs to (itself when none): `Tribun Jogja` -> `Tribun`."""
    if outlet in OUTLET_NETWORKS:
        return OUTLET_NETWORKS[outlet]
    for prefix, network in OUTLET_NETWORK_PREFIXES.items():
        if outlet.startswith(prefix):
            return network
    return outlet


# --- duplicates -----------------------------------------------------------------------------------------
# Near copies are compared as sets of sentences (sentence shingles): a syndicated or lightly edited copy
# shares most of its sentences with the original, whatever its paragraphing, dateline or credits.
SENTENCE_MIN_CHARS = 30  # shorter sentences (`Ia setuju.`) are too common to be evidence
NEAR_DUPLICATE_MIN_SENTENCES = 4  # bodies with fewer such sentences are not compared
NEAR_DUPLICATE_SIMILARITY = 0.6  # Jaccard similarity of the sentence sets at or above which bodies are copies
NEAR_DUPLICATE_CONTAINMENT = 0.9  # ...or this share of the shorter body's sentences found in the longer one
CONTAINMENT_MIN_SENTENCES = 6  # containment is judged only when the shorter body has this many sentences
COMMON_SENTENCE_ARTICLES = 100  # a sentence in more articles than this is a stock phrase, not evidence
