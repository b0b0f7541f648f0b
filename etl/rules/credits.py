"""Credit lines and fragments: who wrote and who edited, in the forms Indonesian and wire copy use.

Named groups: `authors` and `editor` hold names (several joined by `,`, `and`, `dan`, `&`), `outlet` the
publisher a credit names. A credit that matches but yields no name is kept as unparsed for the quality checks.
"""

from __future__ import annotations

import re

from etl.rules.base import SpanRule, rule
from etl.rules.roles import ROLE_WORDS_ID

# A personal name as credits write it: title-case words or initials, possibly with the scraper's damaged
# last letter (`Eko Sutriyant.`); never an all-capitals dateline token such as `TRIBUNNEWS.CO.`.
# A credit's next label (`Diadaptasi oleh Sari Dewi Editor: ...`) is never part of the name.
_LABEL = r"(?!(?:Editor|Penulis|Reporter|Pewarta|Redaktur|Fotografer)\b)"
_WORD = _LABEL + r"(?:[A-Z][a-z'’-]+|[A-Z]\.|[A-Z][a-z]*[A-Z][a-z]+)"
NAME = rf"{_WORD}(?:\s{_WORD}){{0,4}}\.?"
_NAMES = rf"{NAME}(?:\s*(?:,|&|\band\b|\bdan\b)\s*{NAME})*"
# A name signing a check, run into the text that follows (`Muh. Rizal Faktanya, ...`): title-case words and
# abbreviations, stopping before a section label or a word that opens a sentence.
_NOT_NAME = (
    r"(?!(?:Faktanya|Fakta|Narasi|Penjelasan|Kesimpulan|Kategori|Sumber|Referensi|Tidak|Bukan|Benar|Salah|Nomor|"
    r"Unggahan|Video|Foto|Akun|Klaim|Informasi|Berdasarkan|Dari|Setelah|Dalam|Pada|Hal|Itu|Ini|Sebuah|Seorang|"
    r"Beredar|Menurut|Adapun|Namun)\b)"
)
_SIGNED = rf"{_NOT_NAME}(?:[A-Z][a-z]{{1,3}}\.|[A-Z][a-z'’-]+)(?:\s{_NOT_NAME}[A-Z][a-z'’-]+){{0,3}}\.?"
_SELF = r"(?P<outlet>Tribun\s?[A-Z][a-z]+(?:\.com)?|[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z]{2,3}){0,2}\.?)"

# An opinion column's closing signature: the writer's name glued or joined to what they do
# (`Dr Budi Santoso.Dosen Fakultas Hukum`, `Sari Dewi, peneliti di Lembaga X.`).
_ROLE = "|".join(sorted(ROLE_WORDS_ID | {w.capitalize() for w in ROLE_WORDS_ID}, key=len, reverse=True))
_HONORIFIC = r"(?:(?:Dr|Prof|Ir|Drs|Hj?)\.?\s+)*"

CREDITS: tuple[SpanRule, ...] = (
    rule(
        "credit.column_signature",
        "credit",
        rf"^\s*{_HONORIFIC}(?P<authors>{NAME})\s*[.,]\s*(?:{_ROLE})\b"
        r"(?:\s+(?:[A-Z][\w'’&.-]*|\([A-Z][\w.&-]*\)|dan|di|pada|serta|untuk|&)){0,16}\.?\s*$",
        where="line",
        remove=[
            ("Opini pribadi.\nDr Budi Santoso.Dosen Fakultas Hukum", "Dr Budi Santoso.Dosen Fakultas Hukum"),
            ("Opini.\nSari Dewi, peneliti Lembaga Kajian Pangan.", "Sari Dewi, peneliti Lembaga Kajian Pangan."),
            (
                "Opini.\nRina Putri.Peneliti di Lembaga Kajian Pangan (LKP).",
                "Rina Putri.Peneliti di Lembaga Kajian Pangan (LKP).",
            ),
        ],
        keep=[
            "Budi Santoso. Dosen itu mengajar hukum pidana sejak 2001, katanya.",
            'Sari Dewi, peneliti, berkata "cukup".',
        ],
    ),
    rule(
        "credit.writer_editor_line",
        "credit",
        r"^\s*(?:Penulis|Reporter|Pewarta|Wartawan|Writer)\s*:\s*(?P<authors>[^|\n]{2,60}?)\s*[|,;/]?\s*"
        r"Editor\s*:\s*(?P<editor>[^|\n]{2,60}?)\s*$",
        where="line",
        remove=[
            ("Reporter: Ayu Lestari | Editor: Rudi Hartono", "Reporter: Ayu Lestari | Editor: Rudi Hartono"),
            ("Pewarta: Ayu Lestari Editor: Rudi Hartono", "Pewarta: Ayu Lestari Editor: Rudi Hartono"),
        ],
        keep=["Reporter itu bertanya kepada editor: kapan terbit?"],
    ),
    rule(
        "credit.editor_line",
        "credit",
        r"^\s*Editor\s*:\s*(?P<editor>[^\n]{2,80}?)\s*$",
        where="line",
        remove=[("Editor: Rina Wulandari", "Editor: Rina Wulandari")],
        keep=["Pilihan Editor: Harga Beras Naik Lagi", "Editor mengatakan rapat ditunda."],
    ),
    rule(
        "credit.writer_line",
        "credit",
        r"^\s*(?:Penulis|Reporter|Pewarta|Wartawan|Oleh|Writer|Author|Kontributor)\s*:\s*(?P<authors>[^\n]{2,80}?)\s*$",
        where="line",
        remove=[
            ("Penulis: Dimas Prasetyo", "Penulis: Dimas Prasetyo"),
            ("Reporter: Ayu Lestari", "Reporter: Ayu Lestari"),
        ],
        keep=["Penulis buku itu hadir di acara."],
    ),
    rule(
        "credit.byline",
        "credit",
        r"^\s*By\s+(?P<authors>" + _NAMES + r")\s*$",
        where="line",
        remove=[("By Jane Miller and Tom Hardy", "By Jane Miller and Tom Hardy")],
        keep=["By noon the rain had stopped."],
    ),
    rule(
        # A wire byline run into the dateline on one line: `By NAME and NAME CITY (Wire) - ...`, `By NAME (Wire) -`.
        "credit.byline_before_dateline",
        "credit",
        r"^\s*By\s+(?P<authors>" + _NAMES + r")\s+"
        r"(?=(?:[A-Z][A-Z'’.-]+(?:[\s,/]+[A-Z][A-Za-z'’.-]*){0,5}\s*)?"
        r"\([A-Z][\w .]{1,30}(?:/[^()]{1,30})?\)\s*(?:--?|–|—))",
        remove=[
            ("By Ana Lima and Tom Reyes OSLO (Wirenews) - Talks resumed.", "By Ana Lima and Tom Reyes"),
            ("By Ana Lima (Wirenews) - Talks resumed.", "By Ana Lima"),
            ("By Ana Lima SAN JOSE, Calif. (Wirenews) - Talks resumed.", "By Ana Lima"),
        ],
        keep=["By Friday (local time) - officials said - the talks had resumed.", "By noon the rain had stopped."],
        trigger="By",
    ),
    rule(
        # A fact-checking desk's signature: `Hasil periksa fakta NAME` run into the first sentence of the check.
        "credit.fact_checker",
        "credit",
        # or, opening the text, the signature alone (`Periksa Fakta NAME Faktanya, ...`)
        r"(?:\b[Hh]asil\s+[Pp]eriksa|^Periksa)\s+[Ff]akta\s+(?P<authors>" + _SIGNED + r")",
        remove=[
            ("Hasil periksa fakta Dewi Lestari Faktanya, video itu lama.", "Hasil periksa fakta Dewi Lestari"),
            ("Hasil periksa fakta Muh. Rizal Narasi itu keliru.", "Hasil periksa fakta Muh. Rizal"),
            ("Hasil Periksa Fakta Sari. Nomor itu bukan milik bupati.", "Hasil Periksa Fakta Sari."),
            ("Periksa Fakta Dewi Faktanya, foto itu hasil suntingan.", "Periksa Fakta Dewi"),
        ],
        keep=["Hasil periksa fakta itu dibantah oleh akun tersebut.", "Periksa fakta ini sebelum membagikannya."],
        trigger="periksa|Periksa",
    ),
    rule(
        # Who adapted or translated a piece that first ran elsewhere: `Diadaptasi oleh NAME`, `Translated by NAME`.
        "credit.adapted_by",
        "credit",
        r"\b(?:Diadaptasi|Diterjemahkan|Dialihbahasakan|Adapted|Translated)\s+(?:oleh|by)\s+"
        r"(?P<authors>" + _NAMES + ")",
        remove=[
            ("Artikel ini pertama kali terbit dalam bahasa Jerman Diadaptasi oleh Sari DewiEditor: Rudi Hartono",
             "Diadaptasi oleh Sari Dewi"),
            ("The talks resumed. Translated by Ana Lima.", "Translated by Ana Lima."),
            ("Terbit dalam bahasa Jerman Diadaptasi oleh Sari Dewi Editor: Rudi", "Diadaptasi oleh Sari Dewi"),
        ],
        keep=[
            "Novel itu diterjemahkan oleh banyak penerbit.",
            "The law was adapted by the states in 2019.",
            "Diterjemahkan oleh panitia, pidato itu disiarkan ulang.",
        ],
        trigger="Diadaptasi|Diterjemahkan|Dialihbahasakan|Adapted|Translated",
    ),
    rule(
        "credit.laporan_wartawan",
        "credit",
        r"Laporan\s+(?:[Ww]artawan|[Rr]eporter|[Kk]oresponden)\s+" + _SELF + r"[,.]?\s*(?P<authors>" + NAME + r")",
        remove=[
            (
                "Laporan Wartawan Beritaku.com, Sari Indah. BERITAKU.COM, JAKARTA - Hujan turun.",
                "Laporan Wartawan Beritaku.com, Sari Indah.",
            ),
            (
                "Laporan Wartawan Tribun Pelita, Bayu Aji\nHujan turun.",
                "Laporan Wartawan Tribun Pelita, Bayu Aji",
            ),
            (
                "Laporan wartawan Kabarku.co. Dedi Irawan. KABARKU.CO. BOGOR - Hujan turun.",
                "Laporan wartawan Kabarku.co. Dedi Irawan.",
            ),
        ],
        keep=["Laporan wartawan itu dibantah polisi."],
        trigger="Laporan",
    ),
    rule(
        "credit.penulis_editor_paren",
        "credit",
        r"\(\s*Penulis\s*:?\s*(?P<authors>[^|()]{2,80}?)\s*\|\s*Editor\s*:?\s*(?P<editor>[^|()]{2,80}?)\s*\)",
        remove=[
            (
                "Sidang ditunda. (Penulis Dewi Lestari | Editor Rudi Hartono)",
                "(Penulis Dewi Lestari | Editor Rudi Hartono)",
            )
        ],
        keep=["Ia menulis (penulis lepas) untuk koran itu.", "Penulis buku itu (Dewi Lestari) hadir di pameran."],
        trigger="Penulis",
    ),
    rule(
        "credit.penulis_inline",
        "credit",
        r"(?:Penulis|Reporter|Pewarta|Kontributor)(?<![\w:]Penulis)(?<![\w:]Reporter)(?<![\w:]Pewarta)\s*:\s*(?P<authors>"
        + NAME
        + r")(?:\s*\|)?(?=\s|$)",
        remove=[
            ("Acara selesai. Penulis: Tono Wibowo. Artikel ini", "Penulis: Tono Wibowo."),
            ("Acara selesai. Penulis: Tono Wibowo | Editor: Sari Putri", "Penulis: Tono Wibowo |"),
        ],
        keep=["Penulis novel itu, Tono, hadir."],
        trigger="Penulis|Reporter|Pewarta|Kontributor",
    ),
    rule(
        "credit.editor_inline",
        "credit",
        r"Editor(?<!Pilihan Editor)(?<![\w:]Editor)\s*:\s*(?P<editor>" + NAME + r")(?=\s|$)",
        remove=[("Acara selesai. Editor: Sari Putri", "Editor: Sari Putri")],
        keep=["Pilihan Editor: Harga Beras Naik", "Editor senior itu pensiun."],
        trigger="Editor",
    ),
    rule(
        "credit.reuters",
        "credit",
        r"\(\s*(?:Additional\s+)?(?:Reporting|Reported|Writing|Written)\s+by\s+(?P<authors>[^;()]+?)"
        r"(?:;\s*(?:Additional\s+reporting|Writing|Compiled|Graphics)\s+by\s+[^;()]+?)*"
        r"(?:;\s*(?:Editing|Edited)\s+by\s+(?P<editor>[^;()]+?))?\s*\)",
        remove=[
            (
                "The vote is on Monday. (Reporting by Ann Lee and Bo Chan; Editing by Cy Dunn)",
                "(Reporting by Ann Lee and Bo Chan; Editing by Cy Dunn)",
            )
        ],
        keep=["He was reporting by phone from the scene.", "Reporting by phone, the mayor said the road was shut."],
        trigger="Reporting by|Reported by|Writing by|Written by",
    ),
    rule(
        "credit.reuters_editing",
        "credit",
        r"\(\s*(?:Editing|Edited)\s+by\s+(?P<editor>[^;()]+?)\s*\)",
        remove=[("The vote is on Monday. (Editing by Cy Dunn)", "(Editing by Cy Dunn)")],
        keep=["He was editing by hand (slowly).", "Editing by hand took the clerks a week (the records were old)."],
        trigger="Editing by|Edited by",
    ),
    rule(
        "credit.reuters_footer",
        "credit",
        # Wire copy that closes with an unbracketed credit: `... on Monday. Reporting by A; Editing by B`.
        r"(?:^|(?<=[.!?\"”]\s))(?:Reporting|Writing)\s+by\s+(?P<authors>[A-Z][^;\n]+?)"
        r"(?:;\s*(?:Additional\s+reporting|Writing)\s+by\s+[^;\n]+?)*(?:;\s*Editing\s+by\s+(?P<editor>[^;\n]+?))?\s*\.?$",
        where="end",
        remove=[
            (
                "The vote is on Monday. Reporting by Ann Lee; Editing by Cy Dunn",
                "Reporting by Ann Lee; Editing by Cy Dunn",
            )
        ],
        keep=["Reporting by phone was hard, she said."],
        trigger="Reporting by|Writing by",
    ),
    rule(
        "credit.written_by_paren",
        "credit",
        # Fact-check sites close with the writer in brackets: `... (misleading content). (Ditulis oleh Nama)`.
        r"\(\s*(?:Ditulis|Disusun|Dilaporkan|Written)\s+(?:oleh|by)\s*:?\s*(?P<authors>[A-Z][^()\n]{1,60}?)\s*\)",
        remove=[("Kategori: konten palsu. (Ditulis oleh Moch. Arif Santoso)", "(Ditulis oleh Moch. Arif Santoso)")],
        keep=["Surat itu (ditulis oleh tangan) disita.", "Ditulis oleh tangan, surat itu (dua halaman) disita polisi."],
        trigger="Ditulis|Disusun|Dilaporkan|Written",
    ),
    rule(
        "credit.outlet_signoff",
        "credit",
        # The writer's sign-off closing the text, after the outlet: `(Kabarku.com/Nama Penulis)`. Inside the
        # text the same brackets credit a photo (id.outlet_photo_credit), so only at the very end.
        r"\((?:[A-Z][\w-]*(?:\.com|\.co\.id|\.id)|[A-Z][A-Za-z]{5,})\s*/\s*(?P<authors>" + NAME + r")\s*\)\.?(?=\s*$)",
        where="end",
        remove=[
            ("Laga berakhir imbang. (Kabarku.com/Dewi Lestari)", "(Kabarku.com/Dewi Lestari)"),
            ("Laga berakhir imbang. (KabarBola/Rudi)", "(KabarBola/Rudi)"),
        ],
        keep=["Warga antre (Kabarku.com/Dewi Lestari) di pasar sejak pagi.", "Nilainya (1/2) dari target."],
        trigger="/",
    ),
    rule(
        "credit.author_signoff",
        "credit",
        # The same sign-off written name first: `(Nama Penulis/KabarBola)`, a full name of two words or more.
        r"\((?P<authors>" + _WORD + r"(?:\s" + _WORD + r"){1,4})\s*/\s*(?:[A-Z][\w-]*(?:\.com|\.co\.id|\.id)|"
        r"[A-Z][A-Za-z]{5,})\s*\)\.?(?=\s*$)",
        where="end",
        remove=[("Laga berakhir imbang. (Dewi Lestari/KabarBola)", "(Dewi Lestari/KabarBola)")],
        keep=["Laga berakhir imbang. (Dewi/Rudi)", "Foto (Dewi Lestari/KabarBola) diambil sore itu."],
        trigger="/",
    ),
    rule(
        "credit.initials_bracket",
        "credit",
        r"\[(?P<initials>[a-z]{2,4})\](?=\s*$)",
        remove=[("Polisi masih menyelidiki kasus itu. [abc]", "[abc]")],
        keep=["Nilai [rata-rata] naik."],
        trigger="[",
    ),
)

_SPLIT = re.compile(r"\s*(?:;|,|&|\band\b|\bdan\b)\s*")
_PLACE = re.compile(r"\s+(?:in|di)\s+[A-Z][\w .'-]*$")  # `Ann Lee in Washington`


def split_names(text: str | None) -> list[str]:
    """`Ann Lee and Bo Chan` -> [`Ann Lee`, `Bo Chan`]; the damaged final `.` of a name is dropped."""
    if not text:
        return []
    names = []
    for part in _SPLIT.split(text):
        name = _PLACE.sub("", part.strip()).strip(".").strip()
        if name and any(c.isalpha() for c in name):
            names.append(name)
    return names
