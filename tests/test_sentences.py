"""Sentence splitting hazards of scraped Indonesian and English news (texts written for Kabar)."""

from __future__ import annotations

import pytest

from etl.core.sentences import quote_groups, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Pasien ditangani dr. Budi Santoso di ruang IGD sejak pagi.",
        "Rapat dipimpin Kol. Inf. Agus Salim di markas komando.",
        "Kantornya di Jl. Merdeka No. 12, dekat St. Carolus, Jakarta.",
        "The U.S. Army said the drill would continue.",
        "Harga motor bekas itu Rp 20 jt. per unit.",
        "Donald J. Trump spoke to reporters.",
    ],
)
def test_abbreviations_and_initials_do_not_end_sentences(text: str) -> None:
    assert texts(text) == [text]


def test_decimal_and_thousands_separators_do_not_end_sentences() -> None:
    text = "Inflasi naik 2,5 persen. Harga beras Rp 13.500 per kg dan kurs Rp 16.355 per dolar."
    assert texts(text) == ["Inflasi naik 2,5 persen.", "Harga beras Rp 13.500 per kg dan kurs Rp 16.355 per dolar."]


def test_run_together_paragraphs_are_split() -> None:
    text = "Acara dimulai pukul 09.00 WIB.Sunoto lalu membuka rapat. Harga turun ke Rp 16.355.Pedagang mengeluh."
    assert texts(text) == [
        "Acara dimulai pukul 09.00 WIB.",
        "Sunoto lalu membuka rapat.",
        "Harga turun ke Rp 16.355.",
        "Pedagang mengeluh.",
    ]


def test_comma_damage_is_no_sentence_end() -> None:
    text = "Ia mengataka. untuk sementara jalan ditutup. Warga diminta bersabar."
    assert texts(text) == ["Ia mengataka. untuk sementara jalan ditutup.", "Warga diminta bersabar."]


def test_quote_opened_inside_a_sentence_stays_in_it() -> None:
    text = 'Dalam unggahannya dia menulis: "Jalan ditutup. Semua diminta memutar." Polisi berjaga.'
    assert texts(text) == ['Dalam unggahannya dia menulis: "Jalan ditutup. Semua diminta memutar."', "Polisi berjaga."]


def test_quote_of_several_sentences_is_grouped_with_its_attribution_clause() -> None:
    text = '"Kami siap. Tim sudah berlatih. Semua pemain sehat," kata pelatih Andi Wirawan. Laga dimulai sore.'
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        '"Kami siap.',
        "Tim sudah berlatih.",
        'Semua pemain sehat," kata pelatih Andi Wirawan.',
        "Laga dimulai sore.",
    ]
    assert quote_groups(text, sentences) == {0: 2, 1: 2}


def test_html_entity_quotes_group_like_quote_marks() -> None:
    text = "&quot;Stok aman. Harga stabil,&quot; ujar Rina. Pasar ramai."
    sentences = split_sentences(text)
    assert len(sentences) == 3
    assert quote_groups(text, sentences) == {0: 1}


def test_one_line_article_and_paragraphs() -> None:
    one_line = "Banjir merendam dua desa. Warga mengungsi ke balai desa! Apakah bantuan datang? Belum ada kabar."
    assert len(texts(one_line)) == 4
    paragraphs = "Paragraf pertama tanpa titik\n\nParagraf kedua. Kalimat ketiga."
    assert texts(paragraphs) == ["Paragraf pertama tanpa titik", "Paragraf kedua.", "Kalimat ketiga."]


def test_tweet_date_glued_to_next_text_ends_a_sentence() -> None:
    text = "Great news today. Ann Lee (@annlee) May 3, 2017Nobody expected this."
    assert texts(text)[-1] == "Nobody expected this."


def test_parts_are_numbered_from_one_with_offsets() -> None:
    text = "Satu. Dua."
    sentences = split_sentences(text, "lede")
    assert [(s.part, s.no) for s in sentences] == [("lede", 1), ("lede", 2)]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert split_sentences(None) == [] and split_sentences("") == []


def test_lone_digit_glued_to_a_capitalised_word_ends_a_sentence() -> None:
    text = "Klub itu dikabarkan memburu penyerang untuk Divisi 2.Pelatih tim, Arif Santoso, enggan berkomentar."
    assert texts(text) == [
        "Klub itu dikabarkan memburu penyerang untuk Divisi 2.",
        "Pelatih tim, Arif Santoso, enggan berkomentar.",
    ]
    # a number after the stop, or a single capital (a class, a grade), is no sentence end
    assert len(texts("Timnya menang 3.2 poin dan naik ke kelas 1.A tahun ini.")) == 1
