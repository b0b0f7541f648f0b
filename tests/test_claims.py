"""Hedged claims: every cue family's examples, false friends, attribution and explicit non-verification."""

from __future__ import annotations

from types import ModuleType

import pytest

from etl.core.attribution import attribute
from etl.core.hedges import HEDGE, UNNAMED, UNVERIFIED, find_cues
from etl.rules.cues import LANGUAGES, CueFamily, en, ms
from etl.rules.cues import id as indonesian

MODULES: dict[str, ModuleType] = {"id": indonesian, "en": en, "ms": ms}


def _families(attr: str, role: str) -> list[tuple[str, str, CueFamily]]:
    return [(code, role, fam) for code, mod in MODULES.items() for fam in getattr(mod, attr)]


CUE_FAMILIES = _families("HEDGES", HEDGE) + _families("UNVERIFIED", UNVERIFIED) + _families("UNNAMED_REPORTS", UNNAMED)


@pytest.mark.parametrize(("code", "role", "fam"), CUE_FAMILIES, ids=lambda v: getattr(v, "name", str(v)))
def test_cue_family_examples(code: str, role: str, fam: CueFamily) -> None:
    lang = LANGUAGES[code]
    assert fam.match, f"{fam.name} has no example"
    for text in fam.match:
        found = find_cues(text, lang)
        assert any(c.family == fam.name and c.role == role for c in found), (text, found)
    for text in fam.keep:
        assert not any(c.family == fam.name for c in find_cues(text, lang)), text


@pytest.mark.parametrize(
    ("code", "fam"),
    [(code, fam) for code, mod in MODULES.items() for fam in mod.FALSE_FRIENDS],
    ids=lambda v: getattr(v, "name", str(v)),
)
def test_false_friends_cancel_the_hedge(code: str, fam: CueFamily) -> None:
    for text in fam.match:
        assert find_cues(text, LANGUAGES[code]) == [], text
    for text in fam.keep:  # a hedge beside or near the false friend's words stays a hedge
        assert any(c.role == HEDGE for c in find_cues(text, LANGUAGES[code])), text


def test_cue_text_is_as_written_and_glue_is_tolerated() -> None:
    cues = find_cues("PonselKitadikabarkan rilis Juni. 2017Apparently nobody knew.", LANGUAGES["en"])
    assert [c.text for c in cues] == ["Apparently"]
    cues = find_cues("PonselKitadikabarkan rilis Juni.", LANGUAGES["id"])
    assert [c.text for c in cues] == ["dikabarkan"]


def claims_of(body: str, title: str | None = None) -> dict[str, tuple]:
    att = attribute(title, None, body)
    return {c.sentence: (c.cues, c.attributed, c.source_name, c.explicitly_unverified) for c in att.claims}


def test_attribution_by_subject_preposition_and_unattributed_passive() -> None:
    body = (
        "Pemerintah kota memastikan jalan itu akan diperbaiki bulan depan karena warga sering mengeluh. "
        "Penyidik Budi Hartono mengatakan pelaku diduga membawa senjata tajam. "
        "Menurut Harian Pagi, kerugian diperkirakan mencapai Rp 2 miliar. "
        "Dikabarkan, gudang itu sudah lama tidak diasuransikan."
    )
    claims = claims_of(body)
    assert claims["Penyidik Budi Hartono mengatakan pelaku diduga membawa senjata tajam."][1:3] == (
        True,
        "Budi Hartono",
    )
    assert claims["Menurut Harian Pagi, kerugian diperkirakan mencapai Rp 2 miliar."][1:3] == (True, "Harian Pagi")
    assert claims["Dikabarkan, gudang itu sudah lama tidak diasuransikan."][:3] == (("Dikabarkan",), False, None)


def test_quote_attribution_clause_and_pronouns_resolve_to_the_named_speaker() -> None:
    body = (
        "Kepala Dinas Kesehatan Rina Sari mengatakan stok vaksin cukup untuk warga kota. "
        '"Distribusi mungkin terlambat. Kami masih menunggu truk," kata Rina kepada wartawan. '
        "Ia menduga hujan deras menghambat pengiriman."
    )
    claims = claims_of(body)
    assert claims['"Distribusi mungkin terlambat.'][1:3] == (True, "Rina Sari")
    assert claims["Ia menduga hujan deras menghambat pengiriman."][1:3] == (True, "Rina Sari")


def test_unnamed_sources_make_unattributed_claims() -> None:
    body = (
        "Menurut sumber yang tidak ingin disebutkan namanya, rapat itu berlangsung tegang. "
        "A source familiar with the talks said a deal was near."
    )
    claims = claims_of(body)
    assert claims["Menurut sumber yang tidak ingin disebutkan namanya, rapat itu berlangsung tegang."][1] is False


def test_false_friends_make_no_claims() -> None:
    body = (
        "Seperti diduga, tim tuan rumah menang mudah. Kasus pencurian itu sudah dilaporkan ke polisi. "
        "Pengajuan klaim asuransi kini bisa daring. Menteri mengangkat isu lingkungan dalam pidatonya. "
        "Kota itu biasa disebut Kota Hujan."
    )
    assert claims_of(body) == {}


def test_explicitly_unverified_and_title_claims() -> None:
    body = "Video itu beredar sejak pagi. Informasi ini belum diverifikasi oleh pihak lain."
    claims = claims_of(body, title="Jembatan Dikabarkan Ambruk")
    assert claims["Jembatan Dikabarkan Ambruk"] == (("Dikabarkan",), False, None, False)
    assert claims["Informasi ini belum diverifikasi oleh pihak lain."][3] is True
    english = claims_of("The footage could not be independently verified. The mayor reportedly resigned.")
    assert english["The footage could not be independently verified."][3] is True
    assert english["The mayor reportedly resigned."][3] is False


def test_claim_rows_carry_part_and_number() -> None:
    att = attribute(
        "Harga Diperkirakan Naik", "Pedagang menduga pasokan berkurang", "Satu kalimat biasa. Harga mungkin naik."
    )
    assert [(c.part, c.sentence_no) for c in att.claims] == [("title", 1), ("lede", 1), ("body", 2)]


def test_unnamed_generic_speakers_leave_claims_unattributed() -> None:
    claims = claims_of("Pedagang menyebut harga kemungkinan turun setelah panen raya.")
    assert claims["Pedagang menyebut harga kemungkinan turun setelah panen raya."][1:3] == (False, None)


def test_bodies_attribute_claims_and_a_denied_claim_is_no_hedge() -> None:
    body = (
        "Chile's central bank raised its rate on Tuesday, saying inflation was still too high. "
        "The bank said in a statement that prices were expected to ease later this year. "
        "The harbour master's office denied the claim on Friday."
    )
    claims = claims_of(body)
    assert claims["The bank said in a statement that prices were expected to ease later this year."][1:3] == (
        True,
        "Chile's central bank",
    )
    assert "The harbour master's office denied the claim on Friday." not in claims
    assert find_cues("Perusahaan itu membantah klaim tersebut.", LANGUAGES["id"]) == []


def test_a_pronoun_resolves_to_the_latest_named_person_whatever_the_verb() -> None:
    body = (
        "Kepala Dinas Energi, Wahyu Nugraha, mengatakan program itu berjalan. "
        "Anggota DPRD Kota, Siti Marlina, meminta program itu diawasi ketat. "
        "Ia menyebut ada dugaan data penerima tumpang tindih."
    )
    claims = claims_of(body)
    assert claims["Ia menyebut ada dugaan data penerima tumpang tindih."][1:3] == (True, "Siti Marlina")


def test_fact_check_non_verification_and_verdicts() -> None:
    body = (
        "Terkait agama penyanyi itu, tidak ditemukan bukti valid bahwa ia pindah agama. "
        "Tidak ditemukan pemberitaan media arus utama yang membenarkan klaim tersebut. "
        "Kesimpulan Unggahan itu merupakan konten yang menyesatkan (misleading content)."
    )
    claims = claims_of(body)
    assert claims["Terkait agama penyanyi itu, tidak ditemukan bukti valid bahwa ia pindah agama."][3] is True
    assert claims["Tidak ditemukan pemberitaan media arus utama yang membenarkan klaim tersebut."][3] is True
    verdict = claims["Kesimpulan Unggahan itu merupakan konten yang menyesatkan (misleading content)."]
    assert verdict[:2] == (("konten yang menyesatkan", "misleading content"), False)
    assert claims_of("Polisi menemukan bukti baru di lokasi.") == {}


def test_unnamed_speakers_outrank_named_frames_and_refer_back() -> None:
    body = (
        '"Dia tidur di kantor," ujar seorang sumber kepada situs Warta Pagi. '
        '"Ancaman itu serius," tambah sumber itu. Sumber itu menambahkan, keluarganya juga diincar.'
    )
    claims = claims_of(body)
    assert [(c[1], c[2]) for c in claims.values()] == [(False, None)] * 3


def test_accounts_and_documents_named_before_attribute_claims() -> None:
    body = (
        "Akun Instagram “warta_kita” mengunggah video dan mengeklaim jembatan itu runtuh. "
        "Narasi serupa ada dalam artikel di laman kabar.contoh.co.id. "
        "Dalam artikel itu, pemerintah disebut menerbitkan aturan baru."
    )
    claims = claims_of(body)
    assert [(c[1], c[2]) for c in claims.values()] == [(True, "warta_kita"), (True, "kabar.contoh.co.id")]


def test_the_articles_own_outlet_attributes_no_claim() -> None:
    body = "Berdasarkan catatan Warta Andalas, kasus dugaan suap itu bermula 2019."
    att = attribute(None, None, body, "Warta Andalas")
    assert [(c.attributed, c.source_name) for c in att.claims] == [(False, None)]
    assert att.sources == []


def test_a_hedge_inside_a_failed_phrase_trigger_is_found() -> None:
    cues = find_cues("The fees were allegedly drafted in secret.", LANGUAGES["en"])
    assert [c.text for c in cues] == ["allegedly"]


def _claims(body: str) -> dict[str, tuple[bool, str | None]]:
    return {c.sentence: (c.attributed, c.source_name) for c in attribute(None, None, body).claims}


def test_the_subject_of_a_claim_verb_makes_the_claim() -> None:
    body = (
        "The harbour board met on Monday to discuss the ferry timetable and the new fares for the winter season. "
        "After a long debate about the fares, Harbour Watch has repeatedly accused the board of hiding the repair "
        "costs from passengers. Board chairman Paul Verity told reporters that the fares would stay the same. "
        "He claimed that the ferry had passed every safety inspection this year. "
        "The former captain was accused of ignoring the storm warnings last winter. "
        "Several residents who have accused the board of neglect wrote to the council. "
        "The union repeated its claims about unpaid overtime on the night crossings."
    )
    claims = _claims(body)
    by_start = {s.split()[0] + " " + s.split()[1]: v for s, v in claims.items()}
    assert by_start["After a"] == (True, "Harbour Watch")  # subject of the active verb, past the opening phrase
    assert by_start["He claimed"] == (True, "Paul Verity")  # a pronoun subject resolves to the person named before
    assert by_start["The former"][0] is False  # passive: the accused, not the accuser
    assert by_start["Several residents"][0] is False  # a relative clause of unnamed residents
    assert by_start["The union"][0] is False  # a common noun possessor is no named party


def test_the_possessor_of_a_claim_noun_and_indonesian_claim_verbs() -> None:
    en_claims = _claims(
        "The council voted on the new bus lanes on Tuesday after a long and heated debate in the chamber. "
        "Senator Maria Lopez's allegations about the tender were not discussed at the meeting."
    )
    assert [v for s, v in en_claims.items() if "allegations" in s] == [(True, "Maria Lopez")]
    id_claims = _claims(
        "Rapat warga di balai desa berlangsung hingga malam dan membahas perbaikan jalan yang rusak sejak tahun lalu. "
        "Kepala Desa Sugeng Riyadi mengklaim dana perbaikan jalan sudah habis untuk membeli material. "
        "Pria itu dituduh menggelapkan dana kas desa oleh sejumlah warga."
    )
    assert [v for s, v in id_claims.items() if "mengklaim" in s] == [(True, "Sugeng Riyadi")]
    assert [v[0] for s, v in id_claims.items() if "dituduh" in s] == [False]


def test_modal_senses_that_are_no_claims_and_the_unverified_note_kept() -> None:
    lang = LANGUAGES["en"]
    assert find_cues("Reuters could not immediately reach the ferry operator.", lang) == []
    assert find_cues("The crew opened the gate so the bus could pass.", lang) == []
    assert find_cues("Fans could be seen waving flags at the harbour.", lang) == []
    assert [c.role for c in find_cues("The footage could not be independently verified.", lang)] == [UNVERIFIED]
    assert [c.role for c in find_cues("The ferry could be sold next year.", lang)] == [HEDGE]
    assert [c.family for c in find_cues("The port will reopen, a senior official said.", lang)] == ["unnamed_speaker"]


def test_a_pronoun_right_before_a_claim_verb_is_its_subject() -> None:
    claims = _claims(
        "Mayor Rosa Lind met the harbour board in June to discuss the ferry contract and the new fares. "
        "The board agreed to the talks because she claimed to have proof of the overcharging."
    )
    assert [v for s, v in claims.items() if "claimed" in s] == [(True, "Rosa Lind")]


def test_a_tweet_owns_only_the_text_a_tweet_can_hold() -> None:
    """Sentences just before a tweet signature are the tweet's (attributed to its author); the writer's own hedged
    sentence further back than a tweet's 280 characters stays the writer's, unattributed."""
    writer = (
        "The hall went quiet after the vote and most of the delegates looked at their papers for a long while. "
        "One delegate from the coastal provinces apparently left before the count was read out to the room. "
        "Several of the others stayed on and talked about the budget with the clerks until late in the evening, "
        "going line by line through the harbour fund, the school repairs and the new bus routes for the valley. "
    )
    tweet = "The count was probably rigged, believe me. Dana Ruiz (@danaruiz) May 3, 2017"
    found = {c.cues[0]: c for c in attribute(None, None, writer + tweet).claims}
    assert found["probably"].attributed and found["probably"].source_name == "Dana Ruiz"
    assert not found["apparently"].attributed
