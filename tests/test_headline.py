"""Where a teaser's headline ends in run-together text (`Baca juga: <headline> <next sentence>`)."""

from __future__ import annotations

import pytest

from etl.core.headline import headline_end

CUE = "Baca juga: "


def _headline(rest: str) -> str:
    text = "Harga naik. " + CUE + rest
    start = text.index(CUE) + len(CUE)
    return text[start : headline_end(text, start, len(text))]


@pytest.mark.parametrize(
    ("rest", "headline"),
    [
        # the sentence starts at the last capitalised word before the first lower-case one
        ("Pasar Induk Sepi Pembeli Jelang Lebaran Pedagang mengeluh rugi.", "Pasar Induk Sepi Pembeli Jelang Lebaran"),
        # title-case headlines keep function words in lower case
        ("Banjir Rendam Tiga Desa di Hulu Sungai Warga mengungsi.", "Banjir Rendam Tiga Desa di Hulu Sungai"),
        (
            "Ulasan Calon Kepala Dinas sebagai Pejabat Baru Budi pernah menjabat.",
            "Ulasan Calon Kepala Dinas sebagai Pejabat Baru",
        ),
        # a phrase that only opens sentences
        ("Tarif Ojek Naik 10 Persen Karena itu, pengemudi protes.", "Tarif Ojek Naik 10 Persen"),
        ("Harga Beras Turun Sementara itu, Menteri Pertanian meminta petani sabar.", "Harga Beras Turun"),
        ("Stok Aman Sampai Lebaran Adapun pasokan dari daerah lancar.", "Stok Aman Sampai Lebaran"),
        ("Sidang Ditunda Pekan Depan Sebab, Hakim Ketua sakit.", "Sidang Ditunda Pekan Depan"),
        # a subject with a title before the verb stays with its sentence
        ("Dubes Baru Tiba di Moskwa Presiden Ukraina Volodymyr Zelensky turut hadir.", "Dubes Baru Tiba di Moskwa"),
        # a capitalised conjunction before the subject belongs to the sentence
        ("Penjual Untung Berlipat Ganda Ketika MR ditangkap, polisi menyita barang.", "Penjual Untung Berlipat Ganda"),
        ("Keluhan Air di SPBU Menurut Ninik, Pertamina merespons cepat.", "Keluhan Air di SPBU"),
        # an opening quote starts the sentence; a quote opening in lower case does not
        ('Jalan Tol Dibuka Besok "Kami siap," kata direktur.', "Jalan Tol Dibuka Besok"),
        (
            "Kota Ricuh, Gubernur Gugat Presiden Langkah “kepergian sukarela” ini dikritik.",
            "Kota Ricuh, Gubernur Gugat Presiden",
        ),
        # words glued by the scraper
        (
            "Jadwal Liga Pekan Depan Bertandang ke KlasemenGol dicetak pemain muda.",
            "Jadwal Liga Pekan Depan Bertandang ke Klasemen",
        ),
        # a glued sentence after a question mark
        ("Apa Perannya?Diketahui, rapat itu tertutup.", "Apa Perannya?"),
        # names in camel case are not glue; numbers and units are not lower-case words
        (
            "Cara Ubah Foto di iPhone dengan Cepat Ketika fitur dibuka, kamera menyala.",
            "Cara Ubah Foto di iPhone dengan Cepat",
        ),
        ("Fitur Baru TikTok Rilis Hari Ini Pengguna bisa mencobanya.", "Fitur Baru TikTok Rilis Hari Ini"),
        (
            "Tablet Baru dengan Chip 3nm Meluncur Sementara gelombang kedua menyusul.",
            "Tablet Baru dengan Chip 3nm Meluncur",
        ),
        # damaged text: a full stop inside the headline, and one where the next sentence starts
        (
            "Dua Pendaki Hilang di Gunung Lawu Setelah Dua Har. Tim Sulit Sinya. Pencarian dilanjutkan.",
            "Dua Pendaki Hilang di Gunung Lawu Setelah Dua Har. Tim Sulit Sinya.",
        ),
        # quoted headline with `di sini:`
        ('"Festival Layang-layang Meriah" di sini: Warga datang.', '"Festival Layang-layang Meriah" di sini:'),
        # a headline at the end of the text
        ("Warga Tanam Seribu Pohon di Bukit Gundul", "Warga Tanam Seribu Pohon di Bukit Gundul"),
    ],
)
def test_headline_end(rest: str, headline: str) -> None:
    assert _headline(rest) == headline


def test_limit_is_respected() -> None:
    text = CUE + "Harga Beras Turun Drastis Pedagang mengeluh."
    limit = text.index(" Drastis")
    assert headline_end(text, len(CUE), limit) <= limit


def test_empty_headline() -> None:
    assert headline_end(CUE, len(CUE), len(CUE)) == len(CUE)


def test_sentence_case_headline_in_english() -> None:
    text = "Read more: City council backs new bike lanes. The vote was close."
    start = len("Read more: ")
    assert text[start : headline_end(text, start, len(text))] == "City council backs new bike lanes."
