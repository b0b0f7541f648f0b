"""Malay cues. Malay news shares most hedge and reporting words with Indonesian; the families below add the
Malay-only spellings and frames, and LANGUAGE joins them with the Indonesian ones (Malay first).

Every example below is written for Kabar (no corpus text). Patterns are regex fragments, case-insensitive.
"""

from __future__ import annotations

import etl.rules.cues.id as indonesian
from etl.rules.base import word_tuple
from etl.rules.cues.base import CueFamily, Language, Lexicon, Reporting, family

HEDGES: tuple[CueFamily, ...] = (
    family(
        "ms_reported",
        r"\bdikatakan\b",
        r"\bkhabarnya\b",
        r"\bdikhabarkan\b",
        r"\bkhabar\s+angin\b",
        r"\bdifahamkan\b",
        r"\bdipercayai\b",
        match=[
            "Pemain itu dikatakan akan menyertai kelab baharu.",
            "Khabarnya, projek itu akan ditangguhkan.",
            "Mangsa dipercayai lemas ketika mandi di sungai.",
            "Difahamkan, suspek melarikan diri ke negeri jiran.",
        ],
        keep=["Beliau berkata projek itu siap bulan lalu."],
    ),
    family(
        "ms_alleged",
        r"\bdidakwa\b",
        r"\bmendakwa\b",
        r"\bdakwaan\b",
        r"\bdisyaki\b",
        r"\bmensyaki\b",
        match=["Lelaki itu didakwa mencuri motosikal.", "Polis mensyaki ada unsur khianat."],
        keep=["Mahkamah membebaskan tertuduh."],
    ),
    family(
        "ms_expected",
        r"\bdijangka(?:kan)?\b",
        r"\bdianggarkan\b",
        r"\bberkemungkinan\b",
        r"\bspekulasi\b",
        match=["Hujan lebat dijangka berterusan hingga esok.", "Kerugian dianggarkan RM2 juta."],
        keep=["Hujan lebat berterusan sejak pagi."],
    ),
)

FALSE_FRIENDS: tuple[CueFamily, ...] = (
    family(
        "ms_as_said",
        r"\b(?:seperti|sebagaimana)\s+(?:yang\s+)?(?:telah\s+)?dikatakan\b",
        r"\b(?:seperti|sebagaimana)\s+(?:yang\s+)?dijangka(?:kan)?\b",
        r"\bdaripada\s+yang\s+dijangka(?:kan)?\b",
        match=["Seperti yang dikatakan tadi, mesyuarat ditangguhkan.", "Jualan lebih tinggi daripada yang dijangka."],
        keep=["Pemain itu dikatakan akan berpindah kelab."],
    ),
)

UNVERIFIED: tuple[CueFamily, ...] = (
    family(
        "ms_not_verified",
        r"\bbelum\s+(?:dapat\s+|boleh\s+)?disahkan\b",
        r"\btidak\s+(?:dapat|boleh)\s+disahkan(?:\s+secara\s+bebas)?\b",
        r"\bkesahihan(?:nya)?\s+(?:belum|tidak)\s+(?:dapat\s+|boleh\s+)?(?:dipastikan|disahkan)\b",
        match=["Dakwaan itu belum disahkan oleh pihak polis.", "Video itu tidak dapat disahkan secara bebas."],
        keep=["Polis telah mengesahkan kejadian itu."],
    ),
)

UNNAMED_REPORTS: tuple[CueFamily, ...] = (
    family(
        "ms_unnamed_source",
        r"\bsumber\s+(?:yang\s+)?(?:enggan|tidak\s+mahu|tak\s+mahu)\s+(?:dikenali|namanya\s+disiarkan)\b",
        r"\blaporan\s+media\b",
        match=["Menurut sumber yang enggan dikenali, syarikat itu rugi besar."],
        keep=["Sumber air di kampung itu tercemar."],
    ),
)

REPORTING = Reporting(
    after_name=word_tuple(
        """berkata memberitahu memaklumkan menafikan mengesahkan mendakwa menegaskan menjelaskan menyatakan
        melaporkan menyebut mengulas menambah menulis mengakui mendedahkan"""
    )
    + indonesian.REPORTING.after_name,
    before_name=word_tuple("kata ujar tambah jelas tegas tulis") + indonesian.REPORTING.before_name,
    prepositions=(
        r"menurut",
        r"memetik",
        r"dipetik(?:\s+daripada)?",
        r"(?:menerusi|dalam)\s+(?:satu\s+)?(?:kenyataan|hantaran|laporan)",
        r"(?:seperti\s+dilaporkan|sebagaimana\s+dilaporkan|dilaporkan)\s+oleh",
        *indonesian.REPORTING.prepositions,
    ),
    channels=(*indonesian.REPORTING.channels, r"(?:dalam|menerusi)\s+hantaran(?:nya)?"),
    adverbs=word_tuple("turut telah juga pula sebelum ini") + indonesian.REPORTING.adverbs,
    pronouns=word_tuple("dia ia beliau mereka kami saya"),
    pronoun_suffix="nya",
    damaged=True,
    descriptive=word_tuple("ini itu tersebut"),
    complement_verbs=indonesian.REPORTING.complement_verbs,
    after_party=indonesian.REPORTING.after_party + word_tuple("semasa selepas ketika"),
    quantifiers=indonesian.REPORTING.quantifiers,
    examples=(
        ("Ketua Polis Daerah Ahmad Razak berkata mangsa dihantar ke hospital.", "Ahmad Razak"),
        ('"Kami akan menyiasat," kata Menteri Besar Ali Hassan.', "Ali Hassan"),
    ),
    keep=(
        "Menurut jadual, kereta api tiba pukul tujuh.",
    ),
)

LEXICON = Lexicon(
    media=word_tuple("Bernama Utusan Berita Harian Metro Kosmo Sinar Astro Awani Malaysiakini")
    + indonesian.LEXICON.media,
    media_words=indonesian.LEXICON.media_words + word_tuple("Akhbar"),
    government=word_tuple("PDRM SPRM MACC JPN JPJ KKM MOH Wisma Putra Putrajaya Dewan Rakyat")
    + indonesian.LEXICON.government,
    government_words=word_tuple("Jabatan Kementerian Kerajaan Majlis Suruhanjaya Polis Mahkamah Pejabat")
    + indonesian.LEXICON.government_words,
    organization_words=indonesian.LEXICON.organization_words + word_tuple("Persatuan Syarikat Sdn Bhd Kelab Parti"),
    document_words=indonesian.LEXICON.document_words + word_tuple("kenyataan hantaran"),
    social=indonesian.LEXICON.social,
    anonymous_heads=indonesian.LEXICON.anonymous_heads,
    roles=word_tuple("datuk datin dato tan sri puan encik tuan ketua pengarah timbalan menteri besar exco")
    + indonesian.LEXICON.roles,
    countries=indonesian.LEXICON.countries
    + word_tuple("Malaysia Kuala Lumpur Selangor Johor Sabah Sarawak Pulau Pinang"),
    specific_roles=indonesian.LEXICON.specific_roles + word_tuple("polis"),
    title_words=indonesian.LEXICON.title_words + word_tuple("Daerah Negeri Kontinjen Ibu Pejabat"),
    stopwords=word_tuple("selepas semasa kerana bahawa iaitu manakala") + indonesian.LEXICON.stopwords,
    generic_people=word_tuple("penduduk orang ramai peniaga") + indonesian.LEXICON.generic_people,
)

LANGUAGE = Language(
    code="ms",
    hedges=HEDGES + indonesian.HEDGES,
    false_friends=FALSE_FRIENDS + indonesian.FALSE_FRIENDS,
    unverified=UNVERIFIED + indonesian.UNVERIFIED,
    unnamed_reports=UNNAMED_REPORTS + indonesian.UNNAMED_REPORTS,
    reporting=REPORTING,
    lexicon=LEXICON,
    abbreviations=indonesian.ABBREVIATIONS + word_tuple("Sdn Bhd"),
)
