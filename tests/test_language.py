"""Language identification on texts written for Kabar: Indonesian, Malay, English, others, too short."""

from __future__ import annotations

import pytest

from etl.core.language import detect_language

INDONESIAN = (
    "Pemerintah kota memastikan bahwa jalan yang rusak akibat banjir akan diperbaiki bulan depan. "
    "Kepala dinas mengatakan anggaran sudah disiapkan karena warga sering mengeluh. Polisi juga "
    "mengatur lalu lintas setelah sebagian jalan ditutup sejak kemarin."
)
INDONESIAN_WITHOUT_MARKERS = (
    "Sejumlah pemain muda resmi bergabung dengan klub ibu kota. Mereka masuk melalui program pembinaan "
    "khusus atlet dan sempat mengabadikan momen itu di media sosial. Pelatih menyebut kedatangan mereka "
    "selepas latihan pagi sebagai tambahan tenaga untuk musim ini."
)
MALAY = (
    "Kerajaan negeri memaklumkan bahawa kerja-kerja membaik pulih jalan akan bermula minggu depan. "
    "Menurut kenyataan jabatan kerja raya, peruntukan wang sudah diluluskan kerana jalan itu rosak teruk "
    "selepas banjir. Polis turut mengawal lalu lintas semasa kerja dijalankan."
)
ENGLISH = (
    "The city council said on Monday that the damaged road would be repaired next month. Officials "
    "told residents that the budget had been approved and that traffic would be diverted during the work."
)
FRENCH = (
    "Le conseil municipal a annoncé lundi que la route endommagée sera réparée le mois prochain. Les "
    "habitants ont été informés que la circulation sera déviée pendant les travaux."
)
GERMAN = (
    "Der Stadtrat hat am Montag mitgeteilt, dass die beschädigte Straße im nächsten Monat repariert wird. "
    "Die Anwohner wurden informiert, dass der Verkehr während der Arbeiten umgeleitet wird."
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (INDONESIAN, "id"),
        (INDONESIAN_WITHOUT_MARKERS, "id"),
        (MALAY, "ms"),
        (ENGLISH, "en"),
        (FRENCH, "fr"),
        (GERMAN, "de"),
    ],
)
def test_language_of_text(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_a_single_malay_looking_word_does_not_make_indonesian_malay() -> None:
    assert detect_language(INDONESIAN + " Selepas itu mereka pulang.") == "id"


def test_too_little_text_gives_none() -> None:
    assert detect_language("OK 123") is None
    assert detect_language("") is None
