"""An outlet named by the text in passing, when no dateline or credit names one."""

from __future__ import annotations

import pytest

from etl.core.clean import clean_article
from etl.core.models import RawArticle


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Warga memadati alun-alun sejak pagi. Pantauandetikcom, Sabtu (5/7/2025), antrean mengular.", "Detik"),
        (
            "Robot itu dipamerkan di Monas. Menurut penelusuran CNNIndonesia, robot itu buatan luar negeri.",
            "CNN Indonesia",
        ),
        ("Direktur itu berkunjung ke kantor redaksi Kabarku.com di Jakarta, Jumat (3/1).", "Kabarku"),
        (
            "Video itu beredar luas. Pemeriksaan Fakta Tim Pemeriksa Fakta Mafindo (TurnBackHoax) menelusuri asalnya.",
            "TurnBackHoax",
        ),
        ("Kata dia kepada Kabarku.co.id, rapat ditunda.", "Kabarku"),
        # a brand desk glued to the word before it, deep in a long text
        ("Pasar ramai sejak subuh. " * 60 + '"Stok aman," kata Rudi kepadadetikJabar, Sabtu (5/7/2025).', "Detik"),
        ('"Kami siap," ujar Rina saat berbincang dengandetikcom di kantornya.', "Detik"),
        # the signature in lower case, far from the start
        ("Video itu beredar luas. " * 200 + "Tim Pemeriksa fakta MAFINDO (TurnBackHoax) menelusuri asalnya.",
         "TurnBackHoax"),
        # the outlet's own live show in a call to action
        ("Harga cabai turun. Saksikan Live DetikSore: Banjir di Bekasi", "Detik"),
    ],
)
def test_self_named_outlet(text: str, outlet: str) -> None:
    assert clean_article(RawArticle(text)).outlet == outlet


@pytest.mark.parametrize(
    "text",
    [
        # citing another outlet is not naming oneself
        "Harga naik. Dilansir detikFinance, pasokan berkurang. Mengutip Kabarku.com, stok aman.",
        'Harga naik, tulis dokumen itu, dikutip detikFinance.',
        # a live show of an outlet Kabar does not know
        "Harga cabai turun. Saksikan Live KabarSore: Banjir di Bekasi",
        # a piece adapted from another outlet quotes that outlet's phrases
        "Unggahan itu keliru. Disadur dari artikel Cek Fakta Kabarku.com Berdasarkan penelusuran Kabarku.com, "
        "bantuan itu tidak ada.",
        # the police's own search
        "Berdasarkan penelusuran polisi, pelaku kabur ke luar kota.",
    ],
)
def test_no_outlet_from_citations_or_adapted_pieces(text: str) -> None:
    assert clean_article(RawArticle(text)).outlet is None


def test_dateline_outlet_wins_over_a_passing_mention() -> None:
    text = "TEMPO.CO, Jakarta - Menteri itu berbicara kepada Kabarku.co.id soal anggaran."
    assert clean_article(RawArticle(text)).outlet == "Tempo"


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("TRIBUNNEWNS.COM", "Tribunnews"),  # a doubled letter
        ("Tribunews.co.", "Tribunnews"),  # a dropped letter
        ("TribunJogja.com", "Tribun Jogja"),  # a regional paper stays itself
        ("detikJabar", "Detik"),  # a brand desk is the outlet
        ("kompasiana", "kompasiana"),  # a short brand is never bent into a known one
    ],
)
def test_canonical_outlet_forms(written: str, canonical: str) -> None:
    from etl.rules.outlets import canonical_outlet

    assert canonical_outlet(written) == canonical
