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


@pytest.mark.parametrize(
    ("code", "sentence"), [(code, s) for code, lang in LANGUAGES.items() for s in lang.reporting.keep]
)
def test_reporting_keep_examples_name_no_party(code: str, sentence: str) -> None:
    assert find_mentions(grammar(LANGUAGES[code]), 0, sentence) == []


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


def test_quoting_frames_name_an_outlet_unless_a_person_is_titled() -> None:
    body = (
        "Mengutip Kabarkota, banjir mulai surut. Dilansir dari Warta Senja, jalan kembali dibuka. "
        "Seperti dilansir Kantor Dagang, stok aman. Mengutip Kepala Dinas Sosial Rudi Hartono, bantuan tiba."
    )
    assert sources_of(body) == [
        ("Kabarkota", "media"),
        ("Warta Senja", "media"),
        ("Kantor Dagang", "government"),  # a body's name keeps its kind
        ("Rudi Hartono", "person"),
    ]


def test_an_office_without_a_named_head_keeps_the_office() -> None:
    att = attribute(None, None, "Kepala Dinas Perikanan Jatim menyatakan stok ikan aman hingga akhir tahun.")
    assert [(s.name, s.kind, s.role) for s in att.sources] == [("Dinas Perikanan Jatim", "government", "Kepala")]
    att = attribute(None, None, "Kepala Dinas Perikanan Jatim Budi Santoso menyatakan stok aman.")
    assert [(s.name, s.kind) for s in att.sources] == [("Budi Santoso", "person")]


def test_leading_articles_do_not_make_a_second_party() -> None:
    body = (
        "The port will reopen on Monday, according to a person familiar with the plan. "
        "A person familiar with the plan said the cranes were repaired."
    )
    assert sources_of(body) == [("person familiar with the plan", "anonymous")]


def test_generic_people_are_unnamed_sources() -> None:
    body = "Pedagang menyebut harga bawang naik sejak pekan lalu. Warga mengatakan air belum surut."
    assert sources_of(body) == [("Pedagang", "anonymous"), ("Warga", "anonymous")]
    body = "Residents said the shop had closed. Traders told the agency that prices rose."
    assert sources_of(body) == [("Residents", "anonymous"), ("Traders", "anonymous")]
    assert sources_of("Harga cabai naik, kata pedagang bernama Sri Wahyuni di pasar.") == [("Sri Wahyuni", "person")]


def test_english_bodies_possessives_and_saying() -> None:
    body = (
        "The harbour master's office denied the report on Friday. "
        "Chile's central bank raised its rate on Tuesday, saying inflation was still too high. "
        "The bank said in a statement that prices would ease. The finance ministry declined to comment."
    )
    assert sources_of(body) == [("harbour master's office", "government"), ("Chile's central bank", "organization")]


def test_a_document_with_its_description_cut_off() -> None:
    body = "The bridge was closed too early, according to a petition signed by 2,000 commuters."
    assert sources_of(body) == [("petition", "document")]


def test_opinion_verbs_attribute() -> None:
    body = "Anggota DPRD Kota, Dewi Lestari, menilai program itu terlambat. Pengamat Budi Arief menilai lain."
    assert sources_of(body) == [("Dewi Lestari", "person"), ("Budi Arief", "person")]


def test_malay_statement_frame_gives_the_body() -> None:
    sentence = "Menurut kenyataan Jabatan Bomba, kebakaran itu bermula dari dapur."
    mentions = find_mentions(grammar(LANGUAGES["ms"]), 0, sentence)
    assert [(m.name, m.kind) for m in mentions] == [("Jabatan Bomba", "government")]


def test_social_accounts_named_by_a_quoted_handle() -> None:
    body = (
        "Akun TikTok “kabar_pagi21” pada Senin membagikan video banjir. "
        'Akun X "Rina Warta" juga mengunggah foto yang sama. '
        "Tulisan itu diunggah kantor berita tersebut di platform media sosial X."
    )
    assert sources_of(body) == [
        ("TikTok", "social_media"),
        ("kabar_pagi21", "social_media"),
        ("X", "social_media"),
        ("Rina Warta", "social_media"),
    ]


def test_outlets_named_through_their_reports() -> None:
    body = (
        "Hasil penelusuran mengarah ke pemberitaanWartaNusa.comdanAFP. "
        "Ia membantah laporan Reuters soal pertemuan itu. Laporan keuangan perusahaan terbit Maret. "
        "Narasi serupa ada dalam artikel di laman kabar.contoh.co.id. Mereka berbicara kepada situs Warta Pagi. "
        "Situs berita lokal,Kabar18, melaporkan jumlah korban bertambah."
    )
    assert sources_of(body) == [
        ("WartaNusa.com", "media"),
        ("AFP", "media"),
        ("Reuters", "media"),
        ("kabar.contoh.co.id", "media"),
        ("Warta Pagi", "media"),
        ("Kabar18", "media"),
    ]


def test_passive_reporting_verbs_with_their_agent() -> None:
    body = (
        "Kemenangan yang diklaim sendiri oleh Partai Hijau itu dirayakan. "
        "Tuduhan itu dibantah keras oleh Kementerian Luar Negeri. "
        "Kabar itu belum dapat dikonfirmasi oleh pihak sekolah."
    )
    assert sources_of(body) == [("Partai Hijau", "organization"), ("Kementerian Luar Negeri", "government")]


def test_one_subject_with_two_verbs_and_an_affiliation() -> None:
    body = (
        "Stasiun televisi milik negara, Warta TV, menayangkan rekaman itu dan menyatakan semua sehat. "
        "Senator Ana Ruiz dari Nevada menyebut keputusan itu keliru. "
        "Sementara itu, Alamuddin, Kepala Desa Pasir Putih, menegaskan warga butuh dermaga."
    )
    assert sources_of(body) == [("Warta TV", "media"), ("Ana Ruiz", "person"), ("Alamuddin", "person")]


def test_parties_listed_with_dan_are_separate_unless_one_body() -> None:
    body = (
        "Perdana Menteri Budi Hartono dan Menteri Pertahanan Agus Salim menegaskan sikap pemerintah. "
        "Kementerian Kelautan dan Perikanan mengungkap penyebabnya. Dilansir dariKabarSatudanWarta Dunia, "
        "kapal itu sudah berlabuh."
    )
    assert sources_of(body) == [
        ("Budi Hartono", "person"),
        ("Agus Salim", "person"),
        ("Kementerian Kelautan dan Perikanan", "government"),
        ("KabarSatu", "media"),
        ("Warta Dunia", "media"),
    ]


def test_capitalised_common_word_opening_a_sentence_is_no_name() -> None:
    body = (
        "Rizal Akbar mencetak gol penyeimbang pada menit akhir. Gol Rizal memastikan hasil imbang. "
        '"Kami bangga," kata Rizal seusai laga.'
    )
    assert sources_of(body) == [("Rizal", "person")]
    body = "Jaksa menyebut terdakwa menerima uang. Tim jaksa lalu membacakan tuntutan."
    assert sources_of(body) == [("Jaksa", "person")]  # a title that names a party stays


def test_a_misspelt_repeat_is_the_same_person() -> None:
    body = 'Direktur Jenderal Safrudin Harahap menjelaskan kronologinya. "Semua tercatat," kata Syafrudin.'
    assert sources_of(body) == [("Safrudin Harahap", "person")]
    body = 'Ketua RW Nadia Putri mengatakan warga aman. "Sudah dievakuasi," ujar Nadi. Rahmat mengatakan hal lain.'
    assert sources_of(body) == [("Nadia Putri", "person"), ("Rahmat", "person")]  # a dropped last letter


def test_the_party_before_selaku_speaks() -> None:
    body = "Rudi Hartono selaku kuasa hukum Komisaris Dedi Irawan mengatakan kliennya tidak bersalah."
    assert sources_of(body) == [("Rudi Hartono", "person")]


def test_a_fact_check_team_of_the_articles_own_outlet_is_the_outlet() -> None:
    body = (
        "Berdasarkan penelusuran Tim Cek Fakta Kabarku.com, foto itu diambil tahun lalu. "
        "Berdasarkan penelusuran Tim Cek Fakta Warta Desa, video itu juga lama."
    )
    assert [name for name, _ in sources_of(body, outlet="Kabarku")] == ["Tim Cek Fakta Warta Desa"]


def test_a_ministers_contracted_title_alone_refers_back_even_cut_short() -> None:
    body = (
        "Menteri Pendidikan Rudi Hartono meresmikan perpustakaan itu. “Buku harus dekat dengan anak,” kata Rudi. "
        "Mendikbudriste mengungkapkan bahwa bacaan anak masih kurang."
    )
    assert sources_of(body) == [("Rudi", "person")]


def test_an_occasion_between_a_named_party_and_its_verb() -> None:
    body = (
        "Bupati Sri Handayani dalam rapat kerja dengan DPRD memaparkan bahwa jalan rusak. "
        "Pasalnya dalam hal koordinasi Dewi Lestari mengaku jadi lebih cepat. "
        "Tugas utama Dinas Kominfo dalam program ini adalah memastikan sekolah terhubung."
    )
    assert [name for name, _ in sources_of(body)] == ["Sri Handayani", "Dewi Lestari"]
