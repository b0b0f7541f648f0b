"""How an article introduces the short name it later gives a person (an article-level alias table).

A reporting cue often names a person by a nickname, an acronym or an office that the text tied to the full name
elsewhere (`Zulkifli Hasan alias Zulhas` ... `kata Zulhas`). The source is reported by the full name. Each
introduction below is a shape over word classes: a full personal name (two or more capitalised words, titles
stripped by `etl.core.names.split_chain`), a marker or brackets, and a short form of one to three capitalised
words. Examples are (text, short form, full name) to act on and texts to leave alone, written for Kabar.
"""

from __future__ import annotations

from etl.rules.base import word_set

# Words that introduce the other name of the person just named (`Budi Santoso alias Bule`, `known as`).
ALIAS_MARKERS = {
    "id": (
        "alias",
        "atau",
        "yang akrab disapa",
        "akrab disapa",
        "yang biasa disapa",
        "biasa disapa",
        "disapa",
        "yang dikenal dengan sebutan",
        "yang dikenal sebagai",
        "yang karib disapa",
        "karib disapa",
    ),
    "en": ("alias", "a.k.a.", "aka", "also known as", "better known as", "known as", "nicknamed", "dubbed"),
}
# `atau` also joins two people (`Budi atau Siti`): there the short form must be shorter than the full name, an
# acronym (`SYL`), or open with a familiar form of address (`Gus Ipul`, `Cak Nun`) or a title (`Mentan SYL`).
WEAK_MARKERS = frozenset({"atau"})
NICKNAME_HONORIFICS = word_set(
    """gus cak kang bang bung mbak ning abah buya kiai kyai daeng uda eyang ustaz ustadz habib koh ko ci cik
    uncle big lil"""
)
# Nouns that head a body's or a place's name, so a chain holding one names no person (`Tim Pemeriksa Fakta`).
BODY_HEADS = word_set(
    """tim satgas panitia komite komisi dewan badan kantor dinas kabupaten kota provinsi desa kecamatan
    team task force committee council board office county city"""
)
# Forms of address that may precede an office reference (`Pak Gubernur`, `Bu Menteri`, `Mr. President`).
ADDRESS_WORDS = word_set("pak bu bapak ibu mr mr. mrs mrs. ms ms. madam")
# particles inside a personal name (`Mohammed bin Salman`, `Rafael van Dijk`), in the order the regex tries them
NAME_PARTICLES = ("bin", "binti", "van", "von", "de", "da", "al", "el", "ibn")

ALIAS_RULES: dict[str, dict[str, tuple]] = {
    "marker": {  # FULL (alias|atau|akrab disapa|known as) SHORT
        "acts_on": (
            (
                "Ketua partai Hendra Wijaya alias Hewi membuka rapat. Hewi mengatakan rapat sah.",
                "Hewi",
                "Hendra Wijaya",
            ),
            (
                "Camat Ahmad Fauzan atau Gus Fauzan hadir. Gus Fauzan mengatakan acara lancar.",
                "Gus Fauzan",
                "Ahmad Fauzan",
            ),
            (
                "Menteri Perdagangan Rudi Santoso Halim atau Mendag RSH menjawab. RSH mengatakan harga stabil.",
                "Mendag RSH",
                "Rudi Santoso Halim",
            ),
            (
                "The rapper Marcus Lee Bell, better known as Big Lee, spoke first. Big Lee said he was innocent.",
                "Big Lee",
                "Marcus Lee Bell",
            ),
        ),
        "leaves_alone": (
            "Rapat dihadiri Hendra Wijaya atau Siti Rahma Dewi. Siti Rahma Dewi mengatakan rapat sah.",
            "Warga Desa Sukamaju atau Sukamaju Lama menolak proyek itu, kata kepala desa.",
            "Tim Cek Fakta Nusantara atau TeCeFa menilai unggahan itu keliru.",
        ),
    },
    "bracketed": {  # FULL (SHORT): the nickname or acronym in brackets after the full name
        "acts_on": (
            (
                "Ketua umum Bambang Suryadi (Bamsur) membuka rapat. Bamsur mengatakan rapat sah.",
                "Bamsur",
                "Bambang Suryadi",
            ),
            (
                "Governor Daniel Okafor (Big Dan) led the vigil. Big Dan said the shelter would stay open.",
                "Big Dan",
                "Daniel Okafor",
            ),
        ),
        "leaves_alone": (
            "Kementerian Keuangan (Kemenkeu) menyatakan anggaran cukup.",
            "Rapat dihadiri Bambang Suryadi (45) dan istrinya.",
        ),
    },
}
# An office named before a full name (`Gubernur Jambi Arif Wibowo`) and later used alone, with or without a form
# of address (`kata Pak Gubernur Jambi`), names that person: resolved when a source's name is only an office.
OFFICE_RULE = {
    "acts_on": (
        (
            "Gubernur Jambi Arif Wibowo Saputra meninjau banjir. Seperti disampaikan Pak Gubernur Jambi, air surut.",
            "Pak Gubernur Jambi",
            "Arif Wibowo Saputra",
        ),
    ),
    "leaves_alone": ("Seperti disampaikan Pak Gubernur Jambi, air surut.",),
}
