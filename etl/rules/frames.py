"""Reporting frames as registered objects: a pattern over word classes, how a match is read, and examples.

A frame names who a sentence attributes information to. Its `pattern` is built from the `Pieces` of one
language (word classes and sub-patterns that etl.core.grammar compiles from etl.rules.cues and
etl.rules.lexicon); `read` names how a match becomes parties (a reader in etl.core.sources). Frames of one
`slot` are joined into one alternation and scanned in one pass (the first frame that matches at a position
wins, as in any regex alternation); the others are scanned on their own, in the order of FRAMES.
`examples` are sentences written for Kabar, each with the party the frame alone must find in it (REFERS: a
pronoun or description that refers back to a party named before; None, a near-miss the frame must leave alone:
it finds nothing in it); tests/test_frames.py runs every one. To add a frame, add one entry here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from etl.rules.lexicon import (
    COLLECTIVE_NOUNS_EN,
    DOCUMENT_NOUNS_EN,
    DOCUMENT_NOUNS_ID,
    EVIDENCE_VERBS_EN,
    EVIDENCE_VERBS_ID,
    GROUP_QUANTIFIERS_EN,
    OUTLET_NOUNS,
    OUTLET_VERBS,
    SAYING,
    SPEECH_VERBS_EN,
    SPOKESPEOPLE_EN,
)
from etl.rules.regex import UPPER as _UPPER
from etl.rules.regex import alt, capitalised


@dataclass(frozen=True)
class Pieces:
    """The sub-patterns of one language that frames combine (built once per language by etl.core.grammar)."""

    code: str
    lead: str  # the character before a party's first word (texts are scanned with a space prepended)
    name_token: str  # one capitalised word, handle or hashtag
    chain: str  # a run of titles and names (`Kepala Dinas Budi Santoso`)
    listed: str  # chains listed with commas and `dan`/`and`
    role: str  # one title or role word
    after: str  # a reporting verb that follows its party (`mengatakan`, `said`)
    before: str  # a reporting verb that precedes its party (`kata`, `said`)
    gap: str  # auxiliaries and adverbs between a party and its verb
    adjunct: str  # where and when, between a party and its verb (Indonesian)
    affiliation: str  # `dari Virginia`, `selaku ketua`: after a party, before its verb (Indonesian)
    pronouns: str  # subject pronouns, capitalised or not
    pronouns_lower: str
    pronoun_suffix: str | None  # `-nya` of `ujarnya`
    quantifiers: str  # unnamed plurals (`beberapa`, `some`)
    unnamed_lead: str  # what opens an unnamed party after its verb (`seorang`, `a`)
    anonymous_heads: str  # `warga`, `sumber`
    documents: str  # document words
    body: str  # an English body noun phrase (`the finance ministry`)
    demonstratives: str
    roles: str  # any role word, case-insensitive
    follow: str  # what may follow a party named after its verb
    closer: str  # what closes a quotation or clause before an inverted verb
    named: str  # `pedagang bernama`
    descriptors: str  # a template with two group names ({0}, {1}): `media Iran,`, `laporan`
    lower_np: str  # a lower-case noun phrase
    prep_gate: str
    preps: str  # the language's prepositional frames (`menurut`, `according to`)
    article: str
    after_party: str
    social: str  # platforms
    social_no_x: str  # platforms but `X` (a letter too common to name a platform alone)
    channel_gate: str
    channels: str
    quoted_handle: str
    domain: str
    months: str
    adverbs: str
    verb_prefix: str  # what a finite verb looks like (`me-`, `ber-`, `ter-`; any lower-case word in English)


@dataclass(frozen=True)
class Frame:
    """One reporting construction."""

    name: str
    languages: tuple[str, ...]
    pattern: Callable[[Pieces], str]
    read: str  # the reader of etl.core.sources that turns a match into parties
    examples: tuple[tuple[str, str, str | None], ...]  # (language, sentence, party found, REFERS or None)
    slot: str | None = None  # frames of one slot are one alternation, scanned in one pass
    gate: Callable[[Pieces], str] | None = None  # a cheaper pattern that must occur for the frame to be tried
    needs: tuple[str, ...] = ()  # one of these strings must occur in the sentence
    kind: str | None = None  # the kind a `party` reader gives: a source kind, `collective` or `document`
    strength: int = 3  # 3: the party speaks (dropped inside quotations); 2: introduced by a preposition


@dataclass(frozen=True)
class Slot:
    """Frames scanned as one alternation: `open` + (frame | frame | ...) + `close`."""

    name: str
    open: Callable[[Pieces], str]
    close: Callable[[Pieces], str]
    window: bool = False  # scan only from a little before the language's first verb to its last one


SLOTS: dict[str, Slot] = {
    s.name: s
    for s in (
        Slot("subject", lambda p: rf"{p.lead}(?:", lambda p: rf"){p.adjunct}{p.gap}\s+(?P<cue>{p.after})", True),
        Slot("after_quote", lambda p: rf"(?=[,\"”’'&])(?:{p.closer}\s*(?P<cue>{p.before})(?:", lambda p: "))"),
        Slot("channel", lambda p: rf"{p.channel_gate}(?:", lambda p: ")"),
    )
}

ID, EN, MS = "id", "en", "ms"
REFERS = "<refers back>"  # an example's party where the frame finds a pronoun or description, not a name
MALAY = (ID, MS)
ALL = (ID, EN, MS)

_SPEECH = alt(v for family in SPEECH_VERBS_EN.values() for v in family)
_COLLECTIVE = capitalised(n for nouns in COLLECTIVE_NOUNS_EN.values() for n in nouns)
_QUANT = rf"(?:{capitalised(GROUP_QUANTIFIERS_EN)}|\d[\d,]*|a|A)"  # `Six`, `more than 60`, `a dozen`
# after a group noun and before its verb: what qualifies the group (`people familiar with the talks`, `, who ...,`)
_POST = (
    r"(?:\s+(?:with|familiar\s+with|close\s+to|(?:closely\s+)?following|briefed\s+on|involved\s+in|in|from|at)"
    r"\s+[^,.;:\"“”]{1,60}?|,\s+(?:who|whose)\s+[^;:\"“”]{1,120}?,)?"
)
_EVIDENCE = alt(EVIDENCE_VERBS_EN)
_DOCUMENT = alt(DOCUMENT_NOUNS_EN)
# a modifier of a group or document noun: an adjective or noun in lower case, or a capitalised word
# (a function word or a reporting verb modifies nothing: `a bill that Democrats blasted`, `said the two leaders`)
_FUNCTION_EN = r"(?!(?:that|which|who|whom|whose|said|says|told|or|but|as|if|than|when|while|because)\b)"
_MODIFIER = rf"(?:[A-Z][\w.&/'’-]*|{_FUNCTION_EN}[a-z][a-z'’-]+)"
# between a subject and its verb: auxiliaries and adverbs (`have long`, `also`, `vehemently`)
_GAP_EN = (
    r"(?:\s+(?:have|has|had|also|still|now|again|long|both|publicly|privately|repeatedly|already"
    r"|[a-z]{3,}ly(?<!family)))*"
)
_SPOKES = alt(SPOKESPEOPLE_EN)
_POINTED = r"(?:pointed\s+out|(?:expressed|voiced|raised)\s+(?:concerns?|worry|worries|doubts?|fears?))"
# a reporting verb in the progressive after its group (`aides are now saying`, `scientists have been warning`)
_PROGRESSIVE = (
    r"(?:are|were|is|was|been)\s+(?:(?:now|also|still|increasingly|already|openly|privately|publicly)\s+)?"
    r"(?:saying|telling|warning|arguing|claiming|insisting|predicting|complaining|urging|accusing|denying"
    r"|reporting|alleging)"
)
# a stop inside an apposition that ends no sentence (`the U.S. Senate’s No. 2 Democrat`); a party tag (`R-Iowa`)
_ABBREVIATION_STOP = r"(?<=\b[A-Z]\.[A-Z])\.|(?<=\bNo)\.(?=\s\d)"
_PARTY_TAG = r"[RDI]-[A-Z][\w.]*(?:\s[A-Z]\w*)?"
# English outlet nouns: `the Valley Courier newspaper reported`, `news website Harbour Wire reported`
_OUTLET_NOUN_EN = (
    r"(?:newspaper|news\s+(?:agency|website|site|outlet|service|network)|website|magazine|tabloid|broadcaster)"
)
_OUTLET_VERB_EN = r"(?:said|says|reported|reports|wrote|writes|published|ran|quoted|cited|described|revealed)"
# what a piece an outlet publishes is called (`ran a story`, `a report by`)
_PIECE_EN = (
    r"(?:story|stories|report|reports|article|articles|piece|interview|column|op-ed|editorial|investigation|segment)"
)
# strings one of which a sentence must hold for the English outlet and document frames to be tried (speed)
_OUTLET_TOLD_NEEDS = (
    "said on", "says on", "speaking on", "appeared on", "published", "aired", "report by", "story", "article"
)
_OUTLET_PUBLISHED_NEEDS = ("published a", "published the", " ran a", " ran the", "aired", "Via ", "via ", "from ")
_DOCUMENT_SENT_NEEDS = ("letter", "memo", "statement", "complaint", "lawsuit", "filing", "report", "op-ed")
_POST_NOUN_EN = (
    r"(?:posts?|messages?|videos?|accounts?|pages?|rant|tantrum|tirade|tweetstorm|statement|feed|livestream)"
)


def _group_subject(p: Pieces) -> str:
    return (
        rf"(?<![\w'’-])(?P<party>(?:{_QUANT}\s+){{0,2}}(?:{_MODIFIER}\s+){{0,3}}?{_COLLECTIVE}"
        rf"(?:\s+and\s+(?:{_MODIFIER}\s+){{0,2}}?{_COLLECTIVE})?){_POST}(?:,\s+(?:too|though),)?{_GAP_EN}\s+"
        rf"(?P<cue>{_SPEECH}|{_POINTED}|{_PROGRESSIVE})\b"
    )


def _document_subject(p: Pieces) -> str:
    return (
        rf"(?<![\w'’-])(?P<party>(?:(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?(?:{_MODIFIER}\s+){{0,3}}?"
        rf"(?i:{_DOCUMENT}))(?:\s+(?:released|published|issued))?(?:\s+(?:on|in|from|by)\s+[\w-]+)?"
        rf"(?:,\s+(?:which|filed|released|published)\s+[^;:\"“”]{{1,100}}?,)?{_GAP_EN}\s+"
        rf"(?P<cue>{_EVIDENCE})\b"
    )


FRAMES: tuple[Frame, ...] = (
    Frame(
        "apposition",  # a party, its description in commas, then the verb
        ALL,
        lambda p: (
            rf"{p.lead}(?P<chain>{p.chain}),\s+(?P<app>(?:[a-z0-9]|[{_UPPER}]\w+\s+[a-z])"
            rf"(?:[^;:\"“”.\n]|\.(?!\s)|{_ABBREVIATION_STOP}){{1,150}}?|{p.role}[^,;:\"“”.\n]{{0,80}}?|{_PARTY_TAG}),"
            rf"{p.gap}\s+(?P<cue>{p.after})"
        ),
        "apposition",
        (
            (EN, "Larry Ross, an analyst at a small bank, said rates would rise.", "Larry Ross"),
            (EN, "Mira Osei, 41, who runs a bakery, told reporters she was worried.", "Mira Osei"),
            (EN, "Ann Cole, the U.S. Senate’s No. 2 Democrat, said the bill would fail.", "Ann Cole"),
            (EN, "Senator Rob Tate, R-Iowa, said the bill would fail.", "Rob Tate"),
            (ID, "Rudi Hartono, warga Desa Sukamaju, mengatakan air sudah surut.", "Rudi Hartono"),
            (EN, "In Lagos, a port city, traders waited.", None),
        ),
        gate=lambda p: rf",{p.gap}\s+{p.after}",
    ),
    Frame(
        "pronoun_subject",  # `Dia mengatakan`, `She said`: refers back to a party named before
        ALL,
        lambda p: rf"(?P<pron>\b{p.pronouns})",
        "refer",
        (
            (EN, "She said the plan was sound.", REFERS),
            (ID, "Ia mengatakan rencana itu matang.", REFERS),
            (EN, "The court told her the case was closed.", None),
            (ID, "Polisi mengatakan kepada dia bahwa kasus ditutup.", None),
        ),
        slot="subject",
    ),
    Frame(
        "comma_subject",  # `..., Budi, mengatakan`: a party set off by commas
        ALL,
        lambda p: rf"(?<=,\s)(?P<chainc>{p.chain}),",
        "subject",
        (
            (EN, "On Monday, Dana Whitfield, said the line would reopen.", "Dana Whitfield"),
            (ID, "Sementara itu, Bupati Harda Kiswaya, mengatakan jalan akan diperbaiki.", "Harda Kiswaya"),
            (ID, "Warga dari Sleman, Bantul, dan Kulon Progo mengatakan air naik.", None),
            (EN, "On Monday, Dana Whitfield reopened the line.", None),
        ),
        slot="subject",
    ),
    Frame(
        "named_subject",  # `Budi mengatakan`, `KPK menduga`, `Senator Tim Kaine dari Virginia menyebut`
        ALL,
        lambda p: rf"(?P<chain>{p.chain}){p.affiliation}",
        "subject",
        (
            (EN, "Judge Ellen Marsh said the hearing would resume.", "Ellen Marsh"),
            (ID, "Kapolres Bantul AKBP Budi Prasetyo mengatakan pelaku sudah ditahan.", "Budi Prasetyo"),
            (ID, "Senator Ani Wibowo dari Jambi menyebut anggaran terlalu kecil.", "Ani Wibowo"),
            (ID, "Bupati Sri Handayani dalam rapat kerja dengan DPRD memaparkan bahwa jalan rusak.", "Sri Handayani"),
            (EN, "The bridge said nothing to anyone.", None),
        ),
        slot="subject",
    ),
    Frame(
        "unnamed_plural",  # `Beberapa warga mengatakan`, `some residents said`
        ALL,
        lambda p: (
            rf"(?P<anon>(?<![Tt]he\s)\b{p.quantifiers}(?!\s+(?:would|could|should|might|may|will|can|must)\b)"
            # neither a passive's subject nor the antecedent of a `that` clause speaks (`deals were announced`,
            # `praised some firms that announced`); `the two leaders` refers back
            r"(?:\s+(?!(?:were|was|been|being|that|which)\b)[a-z][\w-]*){1,4}?)"
        ),
        "anonymous",
        (
            (ID, "Beberapa warga mengatakan banjir datang tiba-tiba.", "Beberapa warga"),
            (EN, "Some residents said the water rose in minutes.", "Some residents"),
            (ID, "Beberapa hari kemudian, polisi mengatakan pelaku kabur.", None),
            (EN, "Some residents left before the water rose.", None),
            (EN, "Some large grants were announced on Monday.", None),
            (EN, "The mayor praised some firms that announced bonuses.", None),
        ),
        slot="subject",
    ),
    Frame(
        "unnamed_relative",  # `Warga yang tinggal di tepi sungai mengatakan`
        ALL,
        lambda p: rf"(?P<anonrel>\b{p.anonymous_heads}\s+yang\s+(?:[\w-]+\s+){{0,5}}?[\w-]+)",
        "anonymous",
        (
            (ID, "Warga yang tinggal di tepi sungai mengatakan air naik cepat.", "Warga yang tinggal di tepi sungai"),
            (ID, "Sumber yang mengetahui rapat itu menyebut keputusan ditunda.", "Sumber yang mengetahui rapat itu"),
            (ID, "Polisi meminta warga yang melihat kejadian melapor.", None),
        ),
        slot="subject",
    ),
    Frame(
        "pihak",  # `Pihak sekolah menyatakan`: a body by its common noun
        ALL,
        lambda p: r"(?P<pihak>\b[Pp]ihak\s+[a-z]\w+(?:\s+[a-z]\w+)?)",
        "phrase",
        (
            (ID, "Pihak sekolah menyatakan kegiatan belajar tetap berjalan.", "Pihak sekolah"),
            (ID, "Pihak rumah sakit mengatakan pasien sudah pulang.", "Pihak rumah sakit"),
            (ID, "Pihak sekolah menutup gerbang pukul tujuh.", None),
        ),
        slot="subject",
    ),
    Frame(
        "indefinite_document",  # `A Reuters analysis of tax data showed`, `Sebuah laporan menyebut`
        ALL,
        lambda p: (
            rf"(?P<doc>\b(?:[Ss]ebuah|[Ss]uatu|[Aa]n?)\s+(?:(?:[a-z][\w-]*|{p.name_token})\s+){{0,2}}?{p.documents}"
            r"(?:\s+(?!(?:was|were|been|being)\b)[\w-]+){0,6}?)"  # `A lawsuit was announced`: a passive's subject
        ),
        "document",
        (
            (EN, "A Harbour Times analysis of port records showed delays doubled.", "Harbour Times analysis"),
            (ID, "Sebuah laporan lembaga itu menyebut hutan berkurang.", "laporan lembaga itu"),
            (ID, "Sebuah laporan hilang dari meja redaksi.", None),
            (EN, "A report was left on the desk overnight.", None),
            (EN, "A new lawsuit was announced on Monday.", None),
        ),
        slot="subject",
    ),
    Frame(
        "body_subject",  # `the finance ministry said`, `Kenya's central bank said`
        (EN,),
        lambda p: rf"(?P<body>{p.body})",
        "phrase",
        (
            (EN, "The finance ministry said the deficit would shrink.", "finance ministry"),
            (EN, "The mayor's office said the road would reopen.", "mayor's office"),
            (EN, "The finance ministry was closed for the holiday.", None),
            (EN, "Rates rose, the official state news agency said.", None),
        ),
        slot="subject",
    ),
    Frame(
        "described_role",  # `the lawyer said`: a description that refers back
        (EN,),
        lambda p: rf"{p.lead}(?P<desc>\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?{p.roles}){p.gap}\s+(?P<cue>{p.after})",
        "described",
        (
            (EN, "The senator said she would vote no.", REFERS),
            (EN, "The former minister told the court he had signed it.", REFERS),
            (EN, "The senator voted against the bill on Tuesday.", None),
        ),
        gate=lambda p: r"\b[Tt]he\s",
    ),
    Frame(
        "described_demonstrative",  # `Politisi itu menyebut`; `warga tersebut mengatakan` is unnamed
        MALAY,
        lambda p: rf"{p.lead}(?P<desc>\b[\w-]+(?:\s+[\w-]+){{0,3}}\s+{p.demonstratives}){p.gap}\s+(?P<cue>{p.after})",
        "described",
        (
            (ID, "Warga tersebut mengatakan rumahnya terendam.", "Warga tersebut"),
            (ID, "Politisi itu menyebut tuduhan tersebut fitnah.", REFERS),
            (ID, "Banjir tersebut menyebabkan jalan putus.", None),
        ),
        gate=lambda p: rf"\b{p.demonstratives}{p.gap}\s+{p.after}",
    ),
    Frame(
        "after_quote_suffix",  # `," ujarnya`
        MALAY,
        lambda p: rf"(?P<pn>{p.pronoun_suffix})\b",
        "refer",
        (
            (ID, "“Kami siap,” ujarnya.", REFERS),
            (ID, "“Jalan sudah dibuka,” katanya kepada wartawan.", REFERS),
            (ID, "“Kami siap,” ujar Budi Santoso.", None),
        ),
        slot="after_quote",
    ),
    Frame(
        "after_quote_pronoun",  # `," she said`
        ALL,
        lambda p: rf"\s+(?P<pron>{p.pronouns_lower})\b",
        "refer",
        (
            (ID, "“Kami siap,” kata dia.", REFERS),
            (EN, "“We are ready,” she said.", None),  # the pronoun before its verb: pronoun_subject's
            (ID, "“Kami siap,” kata Budi Santoso.", None),
        ),
        slot="after_quote",
    ),
    Frame(
        "after_quote_unnamed",  # `," ujar seorang kerabat`, `," said a neighbour`
        ALL,
        lambda p: (
            rf"\s+(?P<anon>(?:{p.unnamed_lead})\s+(?:[A-Z][a-z]+\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}?)"
            r"(?=\s*(?:[,.;:!?\"”)]|&|$)|\s+(?:kepada|to|dalam|in|saat|ketika|when|yang|who|on|familiar|close)\b)"
        ),
        "anonymous",
        (
            (ID, "“Dia orang baik,” ujar seorang kerabat.", "seorang kerabat"),
            (EN, "“It was loud,” said a neighbour who saw the fire.", "a neighbour"),
            (EN, "The vote was close, said a Senate aide familiar with the count.", "a Senate aide"),
            (EN, "“It was loud,” said the neighbour.", None),
            (ID, "“Dia orang baik,” ujar Kepala Desa Sutrisno.", None),
        ),
        slot="after_quote",
    ),
    Frame(
        "after_quote_described",  # `," kata pejabat itu`
        ALL,
        lambda p: r"\s+(?P<desc>[a-z][\w-]*(?:\s+[\w-]+){0,2}\s+(?:itu|ini|tersebut))\b",
        "described",
        (
            (ID, "“Kami tidak tahu,” kata pejabat itu.", REFERS),
            (ID, "“Kami tidak tahu,” kata Camat Budi Santoso.", None),
            (ID, "“Saya melihatnya,” ujar warga tersebut.", "warga tersebut"),
        ),
        slot="after_quote",
    ),
    Frame(
        "after_quote_named",  # `," kata Kepala Dinas Budi kepada`, `," said Ann Lee, a lawyer`
        ALL,
        lambda p: rf"\s+(?:the\s+|{p.named})?(?P<chain>{p.listed}){p.follow}",
        "named",
        (
            (ID, "“Stok beras aman,” kata Kepala Bulog Jabar Rina Dewi kepada wartawan.", "Rina Dewi"),
            (EN, "“The tunnel will open by June,” predicted Omar Hale, a planner.", "Omar Hale"),
            (ID, "“Harga naik,” kata pedagang bernama Siti Aminah.", "Siti Aminah"),
            (ID, "“Harga naik,” kata seorang pedagang.", None),
            (EN, "“It was loud,” said a neighbour.", None),
        ),
        slot="after_quote",
    ),
    Frame(
        "according_to_pronoun",  # `menurutnya`, `according to him`
        ALL,
        lambda p: r"\b(?P<cue>[Mm]enurut|[Aa]ccording\s+to)(?:nya\b|\s+(?:him|her|them|dia|mereka|beliau)\b)",
        "refer_whole",
        (
            (ID, "Menurutnya, harga akan turun.", REFERS),
            (EN, "According to her, the shop will close.", REFERS),
            (ID, "Menurut jadwal, kapal berangkat pukul sembilan.", None),
            (EN, "According to the timetable, the ferry leaves at nine.", None),
        ),
        needs=("enurut", "ccording"),
    ),
    Frame(
        "short_verb_mid_sentence",  # `Padahal kata jaksa, ...`: the short verb, the party closed by a comma
        MALAY,
        lambda p: rf"(?<![,\"”’'&;]\s)(?<![,\"”’'&;])\b(?P<cue>kata|sambung|lanjut)\s+(?P<chain>{p.chain})(?=\s*,)",
        "named",
        (
            (ID, "Padahal kata Jaksa Hendra Wijaya, berkas sudah lengkap.", "Hendra Wijaya"),
            (ID, "Lalu kata Bupati Sri Handayani, warga harus mengungsi.", "Sri Handayani"),
            (ID, "“Kami siap,” kata Bupati Sri Handayani, lalu pergi.", None),  # after a quotation: after_quote's
            (ID, "Ia lanjut ke Bandung, lalu pulang ke rumah.", None),
        ),
        needs=("kata", "sambung", "lanjut"),
    ),
    Frame(
        "quoted_by",  # `Budi yang dikutip Kompas`: the speaker and the outlet that quoted him
        MALAY,
        lambda p: (
            rf"{p.lead}(?P<chain3>{p.chain})\s+yang\s+(?P<cue3>dikutip|dilansir)\s+(?:oleh\s+)?(?P<chain4>{p.chain})"
        ),
        "quoted_by",
        (
            (ID, "Menteri Keuangan Ani Lestari yang dikutip Kabar Pagi menyebut defisit aman.", "Ani Lestari"),
            (ID, "Gubernur Joko Susilo yang dilansir Harian Rakyat berjanji membangun jalan.", "Harian Rakyat"),
            (ID, "Berita yang dikutip banyak media itu ternyata keliru.", None),
        ),
        needs=("yang dikutip", "yang dilansir"),
    ),
    Frame(
        "preposition",  # `menurut Budi`, `mengutip Mirror`, `according to X`, `kata X dari Y`
        ALL,
        lambda p: (
            rf"{p.prep_gate}(?P<cue>{p.preps})(?:\s*:)?\s*{p.descriptors.format('d1', 'd2')}{p.article}"
            rf"(?P<chain>{p.chain})"
            rf"(?:,\s+(?P<named>{p.chain})(?=\s*,|\s*\.|\s+{p.after_party}\b))?"
            rf"(?:\s+(?:yang\s+)?(?i:dari|via|berdasarkan\s+laporan|melalui)\s+{p.descriptors.format('d3', 'd4')}"
            rf"(?P<chain2>{p.chain}))?"
        ),
        "preposition",
        (
            (EN, "The toll will rise in May, according to Transport Minister Ade Ojo.", "Ade Ojo"),
            (ID, "Menurut Kepala BPBD Iwan Setiawan, dua rumah rusak.", "Iwan Setiawan"),
            (ID, "Dilansir Harian Rakyat, harga cabai naik lagi.", "Harian Rakyat"),
            (ID, "Menurut jadwal, kapal berangkat pukul sembilan.", None),
            (EN, "According to the timetable, the ferry leaves at nine.", None),
        ),
    ),
    Frame(
        "preposition_phrase",  # `menurut saksi yang melihat`, `according to two former officers`
        ALL,
        lambda p: (
            rf"{p.prep_gate}(?P<cue>{p.preps})(?:\s*:)?\s+(?P<np>{p.lower_np})"
            rf"(?=\s*[,;:]|\.(?:\s|$)|\s+(?:bahwa|that|yang\s+(?:menyebut|menyebutkan|mengatakan|menyatakan))\b|$)"
        ),
        "lower_np",
        (
            (
                EN,
                "The dam was built in six years, according to two retired site engineers.",
                "two retired site engineers",
            ),
            (ID, "Menurut saksi yang melihat kejadian, mobil melaju kencang.", "saksi yang melihat kejadian"),
            (ID, "Menurut Kepala BPBD Iwan Setiawan, dua rumah rusak.", None),  # a name: the preposition frame's
            (EN, "The work on the pier went according to plan.", None),
        ),
    ),
    Frame(
        "channel_account",  # `diunggah akun Instagram @budi`
        ALL,
        lambda p: (
            rf"(?i:diunggah|diposting|dibagikan|dari|via|oleh|posted\s+by)\s+(?i:akun)\s+"
            rf"(?P<platform>(?i:{p.social}))(?:nya|ny)?\s+(?P<handle>@\w+|{p.name_token}(?:\s+{p.name_token}){{0,3}})"
        ),
        "channel_account",
        (
            (ID, "Video itu diunggah akun Instagram @warga_bogor pada Senin.", "@warga_bogor"),
            (ID, "Foto itu dibagikan akun TikTok @kabar_desa.", "TikTok"),
            (ID, "Video itu diunggah ke akun pribadinya.", None),
        ),
        slot="channel",
    ),
    Frame(
        "channel_verb",  # `dalam postingannya di Twitter`, `wrote on Facebook`
        ALL,
        lambda p: (
            rf"(?P<cue>(?i:{p.channels}))\s+(?:(?i:di|on)\s+)?(?:(?i:akun)\s+)?"
            rf"(?P<platform2>(?i:{p.social})|@\w+)(?:nya|ny)?\b(?:\s+(?P<handle2>@\w+))?"
        ),
        "channel_verb",
        (
            (ID, "Ia menulis dalam unggahannya di Instagram bahwa acara ditunda.", "Instagram"),
            (EN, "The mayor wrote on Facebook that the pool would reopen.", "Facebook"),
            (ID, "Ia menulis surat kepada bupati bahwa jalan rusak.", None),
            (EN, "The mayor wrote on the board that the pool would reopen.", None),
        ),
        slot="channel",
    ),
    Frame(
        "channel_post_of",  # `unggahan Budi di Instagram`
        ALL,
        lambda p: (
            rf"(?i:unggahan|postingan|cuitan)\s+(?P<pchain>{p.chain})\s+di\s+(?:(?i:akun)\s+)?(?P<platform3>{p.social})\b"
        ),
        "channel_post_of",
        (
            (ID, "Dalam unggahan Rina Kusuma di Instagram, ia memamerkan mobil baru.", "Rina Kusuma"),
            (ID, "Cuitan Dedi Mulyono di Twitter ramai dibagikan.", "Twitter"),
            (ID, "Unggahan itu ramai dibagikan di Twitter.", None),
        ),
        slot="channel",
    ),
    Frame(
        "channel_named_account",  # `dari akun Kabar Desa`
        ALL,
        lambda p: rf"(?:di|dari|melalui|lewat)\s+akun\s+(?P<account>@\w+|{p.name_token}(?:\s+{p.name_token}){{0,3}})",
        "channel_named_account",
        (
            (ID, "Informasi itu beredar dari akun Info Cianjur Terkini.", "Info Cianjur Terkini"),
            (ID, "Kabar itu muncul di akun Warta Bekasi Raya.", "Warta Bekasi Raya"),
            (ID, "Informasi itu beredar dari akun resmi pemerintah daerah.", None),
        ),
        slot="channel",
    ),
    Frame(
        "channel_on_platform",  # `di Instagram`, `on TikTok @x`
        ALL,
        lambda p: (
            rf"(?i:on|di|dalam|melalui|lewat|via)\s+(?P<platform4>{p.social_no_x})(?:nya|ny)?\b(?:\s+(?P<handle4>@\w+))?"
        ),
        "channel_on_platform",
        (
            (ID, "Video itu viral lewat Instagram.", "Instagram"),
            (ID, "Kabar itu beredar di Facebook sejak pagi.", "Facebook"),
            (ID, "Kabar itu beredar di X sejak pagi.", None),  # `X` alone is too common a letter
            (ID, "Ia bekerja di Jakarta sejak 2019.", None),
        ),
        slot="channel",
    ),
    Frame(
        "channel_quoted_handle",  # `Akun TikTok “budi_17”`, `akun X @budi`: the account named by its handle
        ALL,
        lambda p: (
            rf"(?i:akun|halaman|laman|kanal|channel|grup|page|account)\s+(?:(?i:resmi|official)\s+)?"
            rf"(?:(?P<platform5>(?i:{p.social}))(?:nya)?\s+(?:\((?:X|Twitter)\)\s*)?(?:(?i:resmi|official)\s+)?"
            # an account with no platform named is still named by its quoted handle: `akun bernama “budi_17”`
            rf"|(?<=[Aa]kun\s)(?:(?i:bernama)\s+)?(?=[“\"&]))"
            rf"(?P<handle5>{p.quoted_handle}|@\w+)"
        ),
        "channel_quoted_handle",
        (
            (ID, "Akun TikTok “dapur_bunda” membagikan resep itu.", "dapur_bunda"),
            (ID, "Sementara itu, akun bernama “warta_kampung” menyebut jembatan itu runtuh.", "warta_kampung"),
            (ID, "Grup “Info Warga Sleman” ramai membahas jembatan itu.", None),
            (EN, "The account X @harbour_watch posted the photo.", "@harbour_watch"),
            (ID, "Akun TikTok itu membagikan resep rendang.", None),
        ),
        slot="channel",
    ),
    Frame(
        "channel_platform_named",  # `di platform media sosial X`: the platform named as such (even `X`)
        ALL,
        lambda p: (
            r"(?i:platform|media\s+sosial|jejaring\s+sosial|social\s+media)(?:\s+(?i:media\s+sosial))?\s+"
            rf"(?P<platform6>{p.social})\b(?![.\w-]\w)"
        ),
        "channel_platform_named",
        (
            (ID, "Ia menulis di platform media sosial X bahwa ia mundur.", "X"),
            (EN, "He posted on the social media Threads that he had quit.", "Threads"),
            (ID, "Ia aktif di media sosial sejak lama.", None),
            (EN, "He posted on social media that he had quit.", None),
        ),
        slot="channel",
    ),
    Frame(
        "outlet_report",  # `pemberitaan Detik.com dan AFP`, `laporan Reuters`, `situs Page Six`
        ALL,
        lambda p: (
            rf"{p.lead}(?P<desc>{alt(OUTLET_NOUNS)}\b)(?:\s+(?i:resmi|daring|online|asing|lokal|internasional|utama))?"
            rf"(?:\s+(?i:dari|milik|di\s+(?:laman|situs)))?\s*(?P<chain>{p.domain}|{p.chain})"
        ),
        "outlet",
        (
            (ID, "Dalam pemberitaan Kabar Pagi, polisi menangkap dua orang.", "Kabar Pagi"),
            (ID, "Hal itu tertulis di situs beritadesa.com pada Senin.", "beritadesa.com"),
            (ID, "Dalam pemberitaan sebelumnya, polisi menangkap dua orang.", None),
        ),
    ),
    Frame(
        "outlet_subject",  # `Kantor berita Reuters melaporkan 217 korban`: an outlet reports without `bahwa`
        MALAY,
        lambda p: rf"{p.lead}(?P<chain>{p.chain}),?{p.gap}\s+(?P<cue>{alt(OUTLET_VERBS)})\b",
        "outlet_subject",
        (
            (ID, "Harian Kabar Pagi melaporkan lima korban.", "Harian Kabar Pagi"),
            (ID, "Kantor berita Antara memberitakan gempa susulan.", "Antara"),
            (ID, "Polisi melaporkan lima korban.", None),  # the verb of an outlet, but no outlet reports
            (ID, "Warga melaporkan kebakaran itu ke polisi.", None),
        ),
        needs=OUTLET_VERBS,
        gate=lambda p: rf"\s{alt(OUTLET_VERBS)}\b",
    ),
    Frame(
        "coordinated",  # `Press TV juga mempublikasikan video itu dan menyatakan`: one subject, two verbs
        ALL,
        lambda p: (
            rf"(?:(?<=^\s)|(?<=,\s))(?P<chain>{p.chain}),?{p.gap}\s+{p.verb_prefix}"
            rf"(?:\s+[^\s,;:\"“”]+){{0,6}}?\s+(?:dan|serta|sambil|seraya|and)(?:\s+(?i:{p.adverbs}))?"
            rf"\s+(?P<cue>{p.after})"
        ),
        "named",
        (
            (ID, "Dinas Kesehatan Bogor membagikan masker dan menyatakan udara tidak sehat.", "Dinas Kesehatan Bogor"),
            (EN, "Tom Reyes closed his shop early and said business was slow.", "Tom Reyes"),
            (ID, "Dinas Kesehatan Bogor membagikan masker dan vitamin.", None),
            (EN, "Tom Reyes closed his shop early and went home.", None),
        ),
        needs=(" dan ", " and ", " serta ", " sambil "),
        gate=lambda p: rf"\s(?:dan|serta|sambil|seraya|and)\s+(?:\w+\s+)?{p.after}",
    ),
    Frame(
        "subject_saying",  # `Kenya's central bank cut its rate on Tuesday, saying ...`
        (EN,),
        lambda p: rf"^\s(?P<subject>{p.body}|{p.chain})\s+[a-z][^.;:\"“”]{{0,200}}?,\s+(?P<cue>{alt(SAYING)})\b",
        "saying",
        (
            (EN, "The central bank held its rate on Tuesday, saying prices were steady.", "central bank"),
            (EN, "Nora Baines left the party in May, citing its stance on tax.", "Nora Baines"),
            (EN, "The central bank held its rate on Tuesday, leaving traders guessing.", None),
        ),
    ),
    Frame(
        "document_named_before",  # `Dalam artikel itu`, `in the report,`: decides only whom a claim is attributed to
        ALL,
        lambda p: (
            rf"{p.lead}(?=(?i:dalam|di|menurut|berdasarkan|in|according)\s)"
            r"(?i:dalam|di|menurut|berdasarkan|in|according\s+to)"
            r"\s+(?:the\s+)?(?P<noun>(?i:artikel|laporan|pemberitaan|unggahan|postingan|video|dokumen|surat|situs|laman|"
            r"cuitan|article|report|post|document|letter|tweet|statement))\s*(?:(?P<dem>itu|tersebut|ini)\b|(?=,))"
        ),
        "document_before",
        (
            (ID, "Dalam artikel itu, harga disebut naik.", REFERS),
            (EN, "In the report, prices may rise.", REFERS),
            (ID, "Dalam laporan keuangan, perusahaan mencatat laba.", None),
            (EN, "In the post office, queues were long.", None),
        ),
    ),
    Frame(
        "tweet_signature",  # `Ann Lee (@annlee) March 3, 2017`
        ALL,
        lambda p: rf"(?P<lead>[^\n]{{0,80}}?)\s*\((?P<handle>@\w+)\)\s*(?:{p.months})\s+\d{{1,2}},\s+\d{{4}}",
        "signature",
        (
            (EN, "The ferry is late again. Ann Lee (@annlee_sea) March 3, 2017", "Ann Lee"),
            (ID, "Jalan ditutup. Dewi Sari (@dewisari) April 9, 2021", "Dewi Sari"),
            (EN, "Ann Lee (@annlee_sea) posted the photo on March 3, 2017.", None),
        ),
        needs=("(@",),
    ),
    Frame(
        "unnamed_spokesperson",  # `her spokesman said`, `a spokeswoman for the mayor called it`
        (EN,),
        lambda p: (
            rf"{p.lead}(?P<party>(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){{0,2}}?"
            rf"{_SPOKES}(?:\s+(?:for|to)\s+(?:the\s+)?{p.chain})?){_POST}{_GAP_EN}\s+(?P<cue>{_SPEECH})\b"
        ),
        "unnamed",
        (
            (EN, "The minister is on leave, her spokesman said on Friday.", "spokesman"),
            (EN, "A spokeswoman for Mayor Dan Ruiz called the plan reckless.", "spokeswoman for Mayor Dan Ruiz"),
            (EN, "One congressional aide asked why the vote was delayed.", "congressional aide"),
            (EN, "His lawyer filed the papers on Monday.", None),
        ),
        needs=SPOKESPEOPLE_EN,
        gate=lambda p: rf"{_SPOKES}\b",
    ),
    Frame(
        "including_in_group",  # `Several Republicans, including Senators Ann Cole and Rob Tate, said`
        (EN,),
        lambda p: (
            rf"(?:{_COLLECTIVE}|{p.name_token}|[a-z]{{3,}}s),\s+including\s+(?P<listed>{p.chain}(?:(?:\s*,\s+|\s+)(?:and\s+)?{p.chain}){{0,5}})"
            rf"(?:,[^.;:\"“”]{{0,120}}?)?,?{_GAP_EN}\s+(?P<cue>{_SPEECH})\b"
        ),
        "including",
        (
            (EN, "Several senators, including Ann Cole and Rob Tate, said the bill was rushed.", "Rob Tate"),
            (EN, "Two unions, including Dock Workers United, warned of a strike.", "Dock Workers United"),
            (EN, "Several towns, including Ashford, were flooded.", None),
        ),
        needs=("including",),
    ),
    Frame(
        "document_subject_id",  # `Beberapa penelitian menunjukkan`; a bare `Laporan yang muncul` stays unnamed
        MALAY,
        lambda p: (
            rf"(?<![\w-])(?P<party>(?:[Bb]eberapa|[Ss]ejumlah|[Ss]ebuah|[Ss]uatu|[Bb]anyak)\s+"
            rf"{capitalised(DOCUMENT_NOUNS_ID)}(?:\s+(?:terbaru|baru|awal))?)(?!\s+(?:itu|ini|tersebut)\b)"
            rf"(?:\s+[^\s.;:!?\"“”]+){{0,12}}?,?\s+(?P<cue>{alt(EVIDENCE_VERBS_ID)})\b"
        ),
        "party",
        (
            (
                ID,
                "Beberapa penelitian tentang kopi menunjukkan bahwa kafein menekan nafsu makan.",
                "Beberapa penelitian",
            ),
            (ID, "Sebuah studi baru menemukan, tidur siang membantu daya ingat.", "studi baru"),
            (ID, "Penelitian itu menunjukkan hasil yang sama.", None),
            (ID, "Laporan yang muncul menunjukkan gudang itu kosong.", None),
        ),
        needs=EVIDENCE_VERBS_ID,
        gate=lambda p: rf"(?i:{alt(DOCUMENT_NOUNS_ID)})\b[^.;:]{{0,100}}?\s{alt(EVIDENCE_VERBS_ID)}\b",
        kind="document",
    ),
    Frame(
        "interview_with",  # `in an interview with Business Insider`, `told in an interview with Ann Lee`
        (EN,),
        lambda p: rf"\b(?P<cue>[Ii]nterviews?|[Ss]peaking)\s+(?:with|to)\s+(?:the\s+)?(?P<chain>{p.chain})",
        "preposition_named",
        (
            (EN, "In an interview with Harbour Radio, the mayor said the pier would reopen.", "Harbour Radio"),
            (EN, "Speaking to the Valley Courier, Dana Ruiz denied the report.", "Valley Courier"),
            (EN, "The interview with the board lasted an hour.", None),
        ),
        needs=("nterview", "peaking"),
    ),
    Frame(
        "source_label",  # `Source: Valley Courier`, `Sumber: Kabar Pagi` closing a piece that cites it
        ALL,
        lambda p: rf"(?:^|(?<=[\s.]))(?P<cue>Source|Sumber|SUMBER|SOURCE)\s*:\s*(?P<chain>{p.domain}|{p.chain})",
        "preposition_named",
        (
            (EN, "The crowd cheered. Source: Valley Courier", "Valley Courier"),
            (ID, "Warga bergotong royong. Sumber: kabarpagi.com", "kabarpagi.com"),
            (EN, "The source: nobody knows.", None),
        ),
        needs=("Source", "Sumber", "SUMBER", "SOURCE"),
    ),
    Frame(
        "group_subject",  # `Harbour traders say`, `some economists have warned`
        (EN,),
        _group_subject,
        "party",
        (
            (EN, "Harbour traders say the new quay fees are too high.", "Harbour traders"),
            (EN, "The mill will close in May, union officials said on Monday.", "union officials"),
            (EN, "Some economists have warned that the rate cut comes too late.", "Some economists"),
            (EN, "Local Democrats denied that the vote was rigged.", "Local Democrats"),
            (EN, "Two people familiar with the talks said a deal was close.", "Two people"),
            (EN, "More than 40 doctors, who work at the clinic, signed and called for a review.", None),
            (
                EN,
                "Six Republican senators, who wanted changes, said on Friday they would back it.",
                "Six Republican senators",
            ),
            (EN, "Engineers built the bridge in 1990 and painted it blue.", None),
            (EN, "The vote on a levy that Greens have blasted was delayed.", "Greens"),
            (EN, "Scientists have been warning for weeks that the dam is weak.", "Scientists"),
            (EN, "Harbour officials are now saying the ferry will not sail.", "Harbour officials"),
        ),
        gate=lambda p: rf"{_COLLECTIVE}\b[^.;:]{{0,130}}?\s(?:{_SPEECH}|{_POINTED}|{_PROGRESSIVE})\b",
        kind="collective",
    ),
    Frame(
        "document_subject",  # `Census data showed`, `a new survey found`
        (EN,),
        _document_subject,
        "party",
        (
            (EN, "Census data showed the town grew by a fifth in ten years.", "Census data"),
            (EN, "A new survey found that most ferries run late.", "new survey"),
            (EN, "Exit polls suggest the mayor kept her seat.", "Exit polls"),
            (EN, "The lawsuit claims that the levy broke state law.", "lawsuit"),
            (EN, "The complaint, which was filed in May, states that the pier was unsafe.", "complaint"),
            (EN, "The report on the budget was late again.", None),
        ),
        gate=lambda p: rf"(?i:{_DOCUMENT})\b[^.;:]{{0,110}}?\s(?:{_EVIDENCE})\b",
        kind="document",
    ),
    Frame(
        "outlet_told",  # `said on Harbour TV`, `a report by the Valley Post` (`told X`: the speaker is the source)
        (EN,),
        lambda p: (
            rf"\b(?P<desc>said\s+on|says\s+on|speaking\s+on|appeared\s+on|{_PIECE_EN}"
            rf"(?:\s+(?:published|aired|broadcast|carried))?\s+(?:by|in|from|on))\s+(?:the\s+)?(?P<chain>{p.chain})"
        ),
        "outlet",
        (
            (EN, "The mayor confirmed a report by the Valley Post that the pier would reopen.", "Valley Post"),
            (EN, "The ferry is late, the captain said on Harbour TV.", "Harbour TV"),
            (EN, "In a story published in the Coast Herald, Ann Lee said the port was safe.", "Coast Herald"),
            (EN, "The mayor spoke to the Valley Post about the pier.", None),
        ),
        gate=lambda p: (
            rf"(?:said|says|speaking|appeared)\s+on\s|{_PIECE_EN}(?:\s+(?:published|aired|broadcast|carried))?"
            r"\s+(?:by|in|from|on)\s+(?:the\s+)?[A-Z]"
        ),
        needs=_OUTLET_TOLD_NEEDS,
    ),
    Frame(
        "progressive_subject",  # `Harbour News is reporting that`, `the mayor was telling reporters`
        (EN,),
        lambda p: rf"{p.lead}(?P<chain>{p.chain})\s+(?:(?:has|have|had)\s+)?(?P<cue>{_PROGRESSIVE})\b",
        "named",
        (
            (EN, "Harbour News is reporting that the pier will close.", "Harbour News"),
            (EN, "Ann Lee has been warning for months that the dam is weak.", "Ann Lee"),
            (EN, "Ann Lee was calling her son when the dam broke.", None),
            (EN, "The pier was reporting record crowds.", None),
        ),
        needs=("ing",),
        gate=lambda p: r"\s(?:are|were|is|was|been)\s+(?:[a-z]+ly\s+|now\s+|also\s+|still\s+|already\s+)?"
        r"(?:say|tell|warn|argu|claim|insist|predict|complain|urg|accus|deny|report|alleg)ing\b",
    ),
    Frame(
        "who_said",  # `a priority for Mayor Ann Lee, who says it will pay off`: the relative clause's speaker
        (EN,),
        lambda p: rf"{p.lead}(?P<chain>{p.chain}),\s+who{_GAP_EN}\s+(?P<cue>{_SPEECH})\b",
        "who_said",
        (
            (EN, "The levy is a priority for Mayor Ann Lee, who says it will pay for the pier.", "Ann Lee"),
            (EN, "The plan drew fire from Dan Ruiz, who has long argued that fares are too high.", "Dan Ruiz"),
            (EN, "The pier was rebuilt by Ann Lee, who runs the harbour.", None),
            (EN, "Dan Ruiz, director of a lab at the Harbour College, who says rents will fall, left.", None),
        ),
        needs=(", who ",),
        gate=lambda p: rf",\s+who{_GAP_EN}\s+(?:{_SPEECH})\b",
    ),
    Frame(
        "quoted_as_saying",  # `the Valley Post quoted Ann Lee as saying`: the person quoted speaks
        (EN,),
        lambda p: rf"\b(?P<cue>quoted|quotes|quoting)\s+(?:the\s+)?(?P<chain>{p.chain})\s+as\s+(?:saying|telling)\b",
        "named",
        (
            (EN, "The Valley Post quoted Ann Lee as saying the pier was safe.", "Ann Lee"),
            (EN, "The mayor quoted Ann Lee at length.", None),
        ),
        needs=("quot",),
    ),
    Frame(
        "told_outlet",  # `Ann Lee told CNBC`, `tells the Valley Post`: the outlet a party spoke to (not a person)
        (EN,),
        lambda p: rf"\b(?P<desc>told|tells)\s+(?:the\s+)?(?P<chain>{p.chain})",
        "told_outlet",
        (
            (EN, "The mayor told the Valley Post the pier would reopen.", "Valley Post"),
            (EN, "“We are broke,” Ann Lee tells Harbour News on Monday.", "Harbour News"),
            (EN, "The mayor told Ann Lee the pier would reopen.", None),
            (EN, "The mayor told the Harbour TV station the pier would reopen.", None),
        ),
        needs=("told", "tells"),
    ),
    Frame(
        "outlet_noun_subject",  # `the Valley Courier newspaper reported`, `news website Harbour Wire has reported`
        (EN,),
        lambda p: (
            rf"(?<![\w'’-])(?:(?:[Tt]he\s+)?(?:[a-z]+\s+){{0,2}}?(?P<desc>{_OUTLET_NOUN_EN})\s+(?P<chain>{p.chain})"
            rf"|(?P<chainb>{p.chain})\s+(?P<descb>{_OUTLET_NOUN_EN}))(?:\s+(?:has|had|also|later|first))*"
            rf"\s+(?P<cue>{_OUTLET_VERB_EN})\b"
        ),
        "outlet_named",
        (
            (EN, "The Valley Courier newspaper reported that the mill would close.", "Valley Courier"),
            (EN, "The news website Harbour Wire has reported that the mill would close.", "Harbour Wire"),
            (EN, "The official Coast news agency said two ships sank.", "Coast"),
            (EN, "The website was down for an hour.", None),
        ),
        gate=lambda p: (
            rf"{_OUTLET_NOUN_EN}(?:\s+[A-Z][\w.-]*){{1,4}}(?:\s+(?:has|had|also|later|first))*\s+{_OUTLET_VERB_EN}\b"
            rf"|[A-Za-z]\s+{_OUTLET_NOUN_EN}(?:\s+(?:has|had|also|later|first))*\s+{_OUTLET_VERB_EN}\b"
        ),
        needs=("newspaper", "news ", "website", "magazine", "tabloid", "broadcaster"),
    ),
    Frame(
        "outlet_published",  # `The Valley Courier ran a story`, `Via the Coast Herald:` before an excerpt
        (EN,),
        lambda p: (
            rf"(?<![\w'’-])(?:(?P<chain>{p.chain})\s+(?:later\s+|also\s+|first\s+)?(?P<desc>published|ran|aired|broadcast)"
            rf"\s+(?:an?|the|its)\s+(?:[\w-]+\s+){{0,3}}?{_PIECE_EN}\b"
            rf"|(?P<descv>[Vv]ia|[Mm]ore\s+from|[Ff]rom)\s+(?:the\s+)?(?P<chainv>{p.chain})\s*:)"
        ),
        "outlet_published",
        (
            (EN, "The Coast Herald ran a story about the mill on Sunday.", "Coast Herald"),
            (EN, "Here is more from the Valley Post: the mill will close in May.", "Valley Post"),
            (EN, "Ann Lee ran a marathon on Sunday.", None),
        ),
        gate=lambda p: (
            r"\s(?:published|ran|aired|broadcast)\s+(?:an?|the|its)\s|(?:[Vv]ia|[Ff]rom)\s+(?:the\s+)?[A-Z][^:.]{0,40}:"
        ),
        needs=_OUTLET_PUBLISHED_NEEDS,
    ),
    Frame(
        "platform_post",  # `in a series of Twitter posts`, `took to Facebook`, `posted the video to Instagram`
        (EN,),
        lambda p: (
            rf"\b(?:(?P<platform7>{p.social_no_x})\s+{_POST_NOUN_EN}\b"
            rf"|(?:took|takes|take|taking|went|goes|turned|turns|back)\s+to\s+(?P<platform8>{p.social_no_x})\b"
            rf"|(?:posted|shared|uploaded)\s+(?:[^.;:\"“”\s]+\s+){{0,6}}?to\s+(?P<platform9>{p.social_no_x})\b)"
        ),
        "platform_post",
        (
            (EN, "In a series of Twitter posts, the mayor said the pier would reopen.", "Twitter"),
            (EN, "The senator took to Facebook to deny the report.", "Facebook"),
            (EN, "She posted the video to Instagram on Monday.", "Instagram"),
            (EN, "The company bought Twitter shares in May.", None),
        ),
        gate=lambda p: rf"(?:{p.social_no_x})\s+{_POST_NOUN_EN}\b|\sto\s+(?:{p.social_no_x})\b",
        needs=("Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "Telegram", "Reddit", "LinkedIn", "Snapchat",
               "WhatsApp", "Threads"),
    ),
    Frame(
        "group_who_say",  # `criticism from Democrats and activists, who say it is unfair`
        (EN,),
        lambda p: (
            rf"\b(?:by|from)\s+(?P<party>(?:{_QUANT}\s+){{0,2}}(?:{_MODIFIER}\s+){{0,3}}?{_COLLECTIVE}"
            rf"(?:\s+and\s+(?:{_MODIFIER}\s+){{0,2}}?{_COLLECTIVE})?)(?:,\s+including\s+[^,;:\"“”]{{1,40}},)?,?"
            rf"\s+who\s+(?:(?:also|have|has|had|still|long)\s+)*(?P<cue>{_SPEECH})\b"
        ),
        "party",
        (
            (EN, "The plan drew fire from farmers and traders, who say the fees are too high.", "traders"),
            (EN, "The rule was criticized by economists who argued it would raise prices.", "economists"),
            (EN, "The plan was drawn up by engineers who built the bridge.", None),
        ),
        needs=(" who ",),
        gate=lambda p: rf"\swho\s+(?:\w+\s+)?(?:{_SPEECH})\b",
        kind="collective",
    ),
    Frame(
        "listed_in_group",  # `Two senators, Ann Cole of Ohio and Rob Tate of Iowa, said`
        (EN,),
        lambda p: (
            r",(?:(?<=[a-z]s,)|(?<=police,)|(?<=people,)|(?<=men,))\s+(?!including\b)"
            rf"(?P<listed>{p.chain}(?:\s+of\s+{p.chain})?"
            rf"(?:(?:\s*,\s+|\s+)(?:and\s+)?{p.chain}(?:\s+of\s+{p.chain})?)*(?:\s*,)?\s+and\s+{p.chain}"
            rf"(?:\s+of\s+{p.chain})?),{_GAP_EN}\s+(?P<cue>{_SPEECH}|{_POINTED})\b"
        ),
        "including",
        (
            (EN, "Two senators, Ann Cole of Ohio and Rob Tate of Iowa, said the bill was rushed.", "Rob Tate"),
            (EN, "Her parents, Joe Marsh and Ella Marsh, said in a statement they were grateful.", "Ella Marsh"),
            (EN, "Two senators, Ann Cole and Rob Tate, have already voiced concern about the levy.", "Ann Cole"),
            (EN, "Two towns, Ashford and Brill, were flooded.", None),
        ),
        needs=(" and ",),
    ),
    Frame(
        "document_sent",  # `Senators Ann Cole and Rob Tate sent a letter to`, `the DHS issued a memo stating`
        (EN,),
        lambda p: (
            rf"{p.lead}(?P<chain>{p.chain}(?:\s+and\s+{p.chain})?),?{_GAP_EN}\s+(?P<cue>sent|delivered|wrote|signed"
            r"|issued|released|published|filed)\s+(?:an?|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:letter|statement|memo|memorandum|complaint|lawsuit|filing|report|op-ed)s?\b"
        ),
        "named",
        (
            (EN, "Senators Ann Cole and Rob Tate sent a letter to the agency on Monday.", "Rob Tate"),
            (EN, "The Harbour Board issued a two-page memo stating the pier was unsafe.", "Harbour Board"),
            (EN, "Ann Cole sent a parcel to the agency on Monday.", None),
        ),
        gate=lambda p: r"\s(?:sent|delivered|wrote|signed|issued|released|published|filed)\s+(?:an?|th\w+|h\w+|its)\s",
        needs=_DOCUMENT_SENT_NEEDS,
    ),
)
