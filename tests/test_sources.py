"""Sources: reporting frames per language, shortest names, kinds, pronouns, outlets, glue (texts written for Kabar)."""

from __future__ import annotations

import pytest

from etl.core.attribution import attribute
from etl.core.grammar import grammar
from etl.core.names import split_chain
from etl.core.sources import find_mentions
from etl.rules.cues import LANGUAGES


@pytest.mark.parametrize(
    ("code", "sentence", "party"),
    [(code, s, p) for code, lang in LANGUAGES.items() for s, p in lang.reporting.examples],
)
def test_reporting_frame_examples(code: str, sentence: str, party: str) -> None:
    mentions = find_mentions(grammar(LANGUAGES[code]), 0, sentence)
    assert party in [m.name for m in mentions], mentions


def sources_of(body: str, outlet: str | None = None) -> list[tuple[str, str]]:
    return [(s.name, s.kind) for s in attribute(None, None, body, outlet).sources]


def test_names_are_short_and_titles_go_to_role() -> None:
    att = attribute(None, None, "Kepala Bagian Pemberitaan KPK Ali Fikri mengatakan pemeriksaan berlanjut pekan depan.")
    assert [(s.name, s.kind, s.role) for s in att.sources] == [("Ali Fikri", "person", "Kepala Bagian Pemberitaan KPK")]
    assert split_chain("Kapolda Jatim Irjen Pol Nico Wibowo", LANGUAGES["id"]).name == "Nico Wibowo"
    assert split_chain("White House spokesman Dan Reyes", LANGUAGES["en"]).name == "Dan Reyes"


def test_kinds() -> None:
    body = (
        "Mengutip Harian Pagi, jalan tol itu dibuka Senin. Kementerian Perhubungan menyatakan tarif belum naik. "
        "Menurut saksi yang melihat kejadian, bus melaju kencang. Dalam unggahannya di Instagram, ia menulis "
        "permintaan maaf. Koalisi Warga Peduli mengatakan akan menggugat. Rusia membantah laporan itu. "
        "Dalam Buku Panduan Mudik 2025, rute alternatif dijelaskan rinci."
    )
    assert sources_of(body) == [
        ("Harian Pagi", "media"),
        ("Kementerian Perhubungan", "government"),
        ("saksi yang melihat kejadian", "anonymous"),
        ("Instagram", "social_media"),
        ("Koalisi Warga Peduli", "organization"),
        ("Rusia", "government"),
        ("Buku Panduan Mudik 2025", "document"),
    ]


def test_pronouns_are_no_new_source_and_first_mention_form_is_kept() -> None:
    body = (
        "Ketua RT Slamet Riyadi mengatakan air mulai surut. "
        '"Warga sudah kembali," kata dia. Slamet juga menyebut bantuan datang sore. He said nothing else.'
    )
    assert sources_of(body) == [("Slamet Riyadi", "person")]


def test_the_articles_own_outlet_is_not_a_source() -> None:
    body = "Reuters could not reach the company. Harbor Line said the ship was safe, according to Reuters."
    assert sources_of(body, outlet="Reuters") == [("Harbor Line", "person")]


def test_scraper_glue_is_undone() -> None:
    body = (
        '"Semua aman," kataKapolsek Tegalrejo AKP Yudi Santoso kepada wartawan. '
        "DilansirdetikNewsdariAntara, jalur itu kembali dibuka. Dikutip dariKabar Kota, antrean mengular."
    )
    assert sources_of(body) == [
        ("Yudi Santoso", "person"),
        ("detikNews", "media"),
        ("Antara", "media"),
        ("Kabar Kota", "media"),
    ]


def test_inverted_english_and_apposition() -> None:
    body = (
        '"We will appeal," said Mary Ellis, a lawyer for the family. '
        "Tom Baker, an analyst at a Boston bank, said rates would stay high. "
        "Some residents said they were afraid."
    )
    assert sources_of(body) == [
        ("Mary Ellis", "person"),
        ("Tom Baker", "person"),
        ("Some residents", "anonymous"),
    ]


def test_tweet_signatures_are_social_media_sources() -> None:
    body = "People reacted fast. This is a disgrace. Ann Lee (@annlee) May 3, 2017Others disagreed."
    att = attribute(None, None, body)
    assert [(s.name, s.kind) for s in att.sources] == [("Ann Lee", "social_media")]


def test_false_reporting_frames_give_no_source() -> None:
    body = "Kata Dirgahayu berasal dari bahasa Sansekerta. Perusahaan menegaskan harga tetap."
    assert sources_of(body) == []


def test_titles_alone_refer_back_unless_specific_and_initials_are_people() -> None:
    body = (
        "Jaksa mengatakan terdakwa hadir. Surat itu diterbitkan oleh menteri pekan lalu. "
        "Polisi menangkap pria berinisial AP di rumahnya. AP mengaku menyesal."
    )
    assert sources_of(body) == [("Jaksa", "person"), ("AP", "person")]  # `menangkap` reports nothing
