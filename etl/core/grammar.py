"""The reporting frames of one language compiled into a few combined patterns (see etl.core.sources).

- `subject`: a party before its verb (`Budi mengatakan`, `KPK menduga`, `the ministry said`), an unnamed
  plural (`beberapa warga mengatakan`), a pronoun or a description that refers back (`Politisi itu menyebut`);
- `apposition`: a party, its description, then the verb (`Larry Ross, an analyst at X, said`);
- `inverted`: a verb after a quote or clause, then the party (`," kata Kepala Dinas Budi kepada`, `," said Ann
  Lee, a lawyer`), or the pronominal form (`ujarnya`, `katanya`, `menurutnya`);
- `preposition`: a frame that introduces the party (`menurut Budi`, `mengutip Mirror`, `according to X`),
  and `prep_np` its lower-case descriptions (`menurut saksi yang melihat`);
- `channel`: where a claim was posted (`dalam postingannya di Twitter`, `akun Instagram @x`, `on Facebook`);
- `signature`: tweet signatures (`Ann Lee (@annlee) March 3, 2017`).

Word lists become prefix tries, and each pattern opens with a character class or a trie look-ahead, so the
regex engine abandons most positions at once. Scraper glue (`kataKapolresta`, `DilansirdetikNewsdariAntara`)
is undone by `deglue` on a working copy of a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.core.frames import frame_cue_words
from etl.core.names import UPPER
from etl.core.patterns import trie, triggers
from etl.rules.cues import Language
from etl.rules.lexicon import (  # word classes, kept as data in etl.rules
    BODY_NOUNS,
    CHANNEL_WORDS,
    GLUE_BEFORE,
    GLUED_HEDGES,
    OUTLET_NOUNS,
    OUTLET_VERBS,
    SAYING,
)

NT = rf"(?:[{UPPER}][\w'’.&-]*\w|[{UPPER}]|@\w+|#\w+|detik[{UPPER}]\w*|e-[{UPPER}]\w*)"
PAREN = rf"\([{UPPER}][\w.&-]*\)"
CONN = r"(?:de|da|van|von|der|den|bin|binti|al|el|la|of|for|the|on|&)"
MONTHS = (
    "January February March April May June July August September October November December "
    "Januari Februari Maret April Mei Juni Juli Agustus Oktober Desember"
)
DOCUMENT_DESCRIPTORS = (
    r"media|situs|laman|portal|harian|koran|majalah|kantor\s+berita|pemberitaan|akun|unggahan|postingan|data|"
    r"riset|investigasi|catatan|laporan|keterangan|pernyataan|kenyataan|hantaran|analisis|hasil\s+riset|website|the"
)
OUTLET_DESCRIPTORS = (
    r"media|kantor\s+berita|stasiun\s+(?:televisi|tv)|saluran\s+(?:tv|televisi)|surat\s+kabar|harian|koran|"
    r"majalah|situs\s+berita|portal\s+berita|pemberitaan"
)
DOMAIN = r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|co\.id|co\.uk|id|net|org|tv|news)\b"
_FRAME_WORD = re.compile(r"(?<![\\\w])[a-z]{4,}")
_FRAME_STOP = frozenset(
    {
        "itu",
        "datang",
        "muncul",
        "dalam",
        "dari",
        "lewat",
        "melalui",
        "seperti",
        "sebagaimana",
        "yang",
        "data",
        "oleh",
        "pada",
        "kepada",
        "from",
        "tersebut",
        "isi",
        "bunyi",
        "demikian",
        "diketahui",
        # qualifiers and contexts inside frames, too common to flag a sentence on their own
        "juga",
        "pula",
        "tidak",
        "belum",
        "bisa",
        "dapat",
        "berhasil",
        "sendiri",
        "keras",
        "langsung",
        "pertama",
        "kali",
        "hasil",
        "situs",
        "media",
        "harian",
        "koran",
        "majalah",
        "portal",
        "kantor",
        "berita",
        "stasiun",
        "televisi",
    }
)
SUBJECT_REACH = 160  # characters a subject (titles, name, adverbs) may take before its verb
# Patterns open with the character before a word (texts are scanned with a space prepended): a leading
# character class lets the regex engine skip to candidate positions instead of testing every position.
LEAD = r"\W"


def _alt(items) -> str:
    """A prefix-tree alternation of literal words (see etl.core.patterns)."""
    return "(?:" + trie(sorted(set(items))) + ")"


def _capitalised(items) -> str:
    """Each word as written and with a capital first letter (`dia|Dia`)."""
    return _alt({w for w in items} | {w[:1].upper() + w[1:] for w in items})


def _verbs(verbs, complement, damaged: bool, boundary: bool = True) -> str:
    """Lower-case verbs; with `damaged`, also without their last letter before a stop (`mengataka.`);
    complement verbs only when a comma, colon, `bahwa` or `that` follows."""
    free = sorted(set(verbs) - set(complement))
    alts = [_alt(free) + (r"\b" if boundary else "")]
    if damaged:
        alts.append(_alt({v[:-1] for v in verbs if len(v) > 5}) + r"(?=\.)")
    if complement:
        alts.append(_alt(complement) + r"\b(?=\s*[,:]|\s+(?:bahwa|that)\b)")
    return "(?:" + "|".join(alts) + ")"


def _trigger_words(patterns: tuple[str, ...]) -> set[str]:
    words: set[str] = set()
    for p in patterns:
        found = triggers(p)
        if found is None:
            raise ValueError(f"reporting frame without literal start words: {p!r}")
        words |= {w.lower() for w in found[0]}
    return words


@dataclass(frozen=True)
class Grammar:
    lang: Language
    prefilter: re.Pattern[str]
    glued_verb: re.Pattern[str]
    subject: re.Pattern[str]
    verb_gate: re.Pattern[str]
    descriptive: re.Pattern[str]
    descriptive_gate: re.Pattern[str]
    apposition: re.Pattern[str]
    apposition_gate: re.Pattern[str]
    inverted: re.Pattern[str]
    preposition: re.Pattern[str]
    prep_np: re.Pattern[str]
    quoted_by: re.Pattern[str]
    channel: re.Pattern[str]
    signature: re.Pattern[str]
    glue_before: re.Pattern[str]
    glue_after: re.Pattern[str]
    outlet: re.Pattern[str]
    outlet_subject: re.Pattern[str]
    outlet_subject_gate: re.Pattern[str]
    coordinated: re.Pattern[str]
    coordinated_gate: re.Pattern[str]
    saying: re.Pattern[str] | None
    refer_doc: re.Pattern[str]


@lru_cache(maxsize=8)
def grammar(lang: Language) -> Grammar:
    """Every pattern of one language, compiled once. Word lists are prefix tries; each pattern opens with a
    cheap literal or look-ahead so that the regex engine abandons most positions at once."""
    rep, lex = lang.reporting, lang.lexicon
    rolew = rf"(?i:{_alt(r for r in lex.roles if len(r) > 1)})\b"
    indonesian = lang.code in ("id", "ms")
    conn = CONN[:-1] + "|dan)" if indonesian else CONN
    token = rf"(?:{rolew}|{NT}|{PAREN})"
    # atomic: a chain is taken whole (the words after it decide), which spares the engine backtracking into it
    chain = rf"(?>{token}(?:(?:\s+|\s*-\s*)(?:{conn}\s+){{0,2}}{token}){{0,14}}(?:\s+\d{{1,4}}(?!\d|[.,:/]\d))?)"
    after = _verbs(rep.after_name, rep.complement_verbs, rep.damaged)
    before = _verbs(rep.before_name, (), rep.damaged, boundary=False)  # `ujar` + `nya`
    # auxiliaries and adverbs between a party and its verb; English adverbs in -ly as a class (`vehemently`)
    adverb = rf"(?i:{_alt(rep.adverbs)})" + ("" if indonesian else r"|[a-z]{3,}ly\b(?<!family)")
    gap = rf"(?:\s+(?:{adverb})){{0,3}}" + (r"(?:\s+dalam\s+\w+nya)?" if indonesian else "")
    # `Budi saat dikonfirmasi wartawan, Senin (3/3), mengatakan`: where and when, between the party and its verb
    adjunct = r"(?:\s+(?:saat|ketika|usai|seusai|kepada)(?:\s+[^\s,.;:\"“”]+){1,4}?)?" if indonesian else ""
    pronouns = _capitalised(rep.pronouns)
    quantifiers = _capitalised(rep.quantifiers)
    follow = rf"(?=\s*(?:[,.;:!?\"”)]|&|$)|\s+{_alt(rep.after_party)}\b)"
    anonymous_heads = _capitalised(lex.anonymous_heads)
    documents = _alt(lex.document_words)
    # `the ministry`, `the finance ministry`, `the mayor's office`, `Kenya's central bank`
    body_nouns = _capitalised(BODY_NOUNS)
    body = (
        rf"\b(?:(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+|{NT}(?:'s|’s)\s+)"
        rf"(?:(?:{NT}|[a-z]+(?:'s|’s)?)\s+){{0,2}}?|(?:{NT}\s+){{0,2}}){body_nouns}\b"
    )
    bodies = rf"|(?P<body>{body})"
    # `Senator Tim Kaine dari Virginia menyebut`: the place or body after `dari` is not the speaker
    # `Gubernur Aceh kala itu, yang mengungkapkan`: a relative clause after the party
    affiliation = (
        rf"(?:\s+(?:dari|asal)\s+{chain}|\s+(?:selaku|sebagai)(?:\s+[^\s,.;:\"“”]+){{1,8}}?)?"
        rf"(?:\s+(?:kala|saat|waktu)\s+itu)?(?:,(?=\s+yang\s))?"
        if indonesian
        else ""
    )
    subject = re.compile(
        rf"{LEAD}(?:(?P<pron>\b{pronouns})|(?<=,\s)(?P<chainc>{chain}),|(?P<chain>{chain}){affiliation}"
        rf"|(?P<anon>\b{quantifiers}(?!\s+(?:would|could|should|might|may|will|can|must)\b)(?:\s+[a-z][\w-]*){{1,4}}?)"
        rf"|(?P<anonrel>\b{anonymous_heads}\s+yang\s+(?:[\w-]+\s+){{0,5}}?[\w-]+)"
        rf"|(?P<pihak>\b[Pp]ihak\s+[a-z]\w+(?:\s+[a-z]\w+)?)"
        rf"|(?P<doc>\b(?:[Ss]ebuah|[Ss]uatu|[Aa]n?)\s+(?:(?:[a-z][\w-]*|{NT})\s+){{0,2}}?{documents}(?:\s+[\w-]+){{0,6}}?)"
        rf"{'' if indonesian else bodies})"
        rf"{adjunct}{gap}\s+(?P<cue>{after})"
    )
    demonstratives = _alt(rep.descriptive)
    if "the" in rep.descriptive:
        desc = rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?(?i:{_alt(lex.roles)})"
        descriptive_gate = re.compile(r"\b[Tt]he\s")
    else:
        desc = rf"\b[\w-]+(?:\s+[\w-]+){{0,3}}\s+{demonstratives}"
        descriptive_gate = re.compile(rf"\b{demonstratives}{gap}\s+{after}")
    descriptive = re.compile(rf"{LEAD}(?P<desc>{desc}){gap}\s+(?P<cue>{after})")
    apposition = re.compile(
        rf"{LEAD}(?P<chain>{chain}),\s+"
        rf"(?P<app>(?:[a-z0-9]|[{UPPER}]\w+\s+[a-z])(?:[^;:\"“”.\n]|\.(?!\s)){{1,150}}?|{rolew}[^,;:\"“”.\n]{{0,80}}?)"
        rf",{gap}\s+(?P<cue>{after})"
    )
    apposition_gate = re.compile(rf",{gap}\s+{after}")
    suffix = re.escape(rep.pronoun_suffix) if rep.pronoun_suffix else None
    closer = r"(?:[,\"”’']|&(?:amp;)?(?:quot|rdquo|rsquo);)"
    listed = rf"{chain}(?:\s*,\s+(?:(?:dan|and)\s+)?{chain}){{0,3}}"
    named = r"(?:[a-z][\w-]*\s+){1,3}?(?:yang\s+)?(?:bernama|named)\s+"  # `kata pedagang bernama Siti Aminah`
    unnamed_lead = _alt((*rep.quantifiers, "salah seorang", "a", "an"))  # `," ujar seorang kerabat`
    inverted_parts = [
        rf"{closer}\s*(?P<cue>{before})(?:"
        + (rf"(?P<pn>{suffix})\b|" if suffix else "")
        + rf"\s+(?P<pron>{_alt(rep.pronouns)})\b"
        + rf"|\s+(?P<anon>(?:{unnamed_lead})\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}}?)"
        rf"(?=\s*(?:[,.;:!?\"”)]|&|$)|\s+(?:kepada|to|dalam|in|saat|ketika|when|yang|who|on)\b)"
        + rf"|\s+(?P<desc>[a-z][\w-]*(?:\s+[\w-]+){{0,2}}\s+"
        rf"(?:itu|ini|tersebut))\b|\s+(?:the\s+|{named})?(?P<chain>{listed}){follow})",
        r"\b(?P<cue5>[Mm]enurut|[Aa]ccording\s+to)(?:nya\b|\s+(?:him|her|them|dia|mereka|beliau)\b)",
    ]
    if indonesian:  # `Padahal kata jaksa, ...`: the short verb mid-sentence, the party closed by a comma
        inverted_parts.append(rf"\b(?P<cue2>kata|sambung|lanjut)\s+(?P<chain2>{chain})(?=\s*,)")
    inverted = re.compile("(?=[,\"”’'&MmAaks])(?:" + "|".join(inverted_parts) + ")")
    descriptors = (  # `media Iran, Tasnim`, `Kantor Berita Iran, Tasnim`: the outlet after the comma
        rf"(?:(?P<{{0}}>(?i:{OUTLET_DESCRIPTORS}))(?:\s+[{UPPER}]\w+)(?:\s+[{UPPER}]\w+)?\s*,\s*"
        rf"|(?P<{{1}}>{DOCUMENT_DESCRIPTORS})"
        rf"(?:\s+(?:sosial|resmi|video|tertulis|media\s+sosial))*(?:\s+(?:dari|from))?\s*)?"
    )
    lower_np = r"[a-z0-9][^,;:\"“”()\n]{2,160}?"
    prep_gate = rf"{LEAD}(?=(?i:{_alt(_trigger_words(rep.prepositions))}))"
    preps = f"(?i:{'|'.join(rep.prepositions)})"
    article = r"(?:(?:the|a|an)\s+(?:[a-z][a-z-]+\s+){0,2}?)?" if not indonesian else ""
    preposition = re.compile(
        rf"{prep_gate}(?P<cue>{preps})(?:\s*:)?\s*{descriptors.format('d1', 'd2')}{article}(?P<chain>{chain})"
        rf"(?:,\s+(?P<named>{chain})(?=\s*,|\s*\.|\s+{_alt(rep.after_party)}\b))?"  # `oleh Dirjen X, Aan Suhanan`
        rf"(?:\s+(?:yang\s+)?(?i:dari|via|berdasarkan\s+laporan|melalui)\s+{descriptors.format('d3', 'd4')}"
        rf"(?P<chain2>{chain}))?"
    )
    prep_np = re.compile(
        rf"{prep_gate}(?P<cue>{preps})(?:\s*:)?\s+(?P<np>{lower_np})"
        rf"(?=\s*[,;:]|\.(?:\s|$)|\s+(?:bahwa|that|yang\s+(?:menyebut|menyebutkan|mengatakan|menyatakan))\b|$)"
    )
    quoted_by = re.compile(
        rf"{LEAD}(?P<chain3>{chain})\s+yang\s+(?P<cue3>dikutip|dilansir)\s+(?:oleh\s+)?(?P<chain4>{chain})"
    )
    social = _alt(lex.social)
    isocial = f"(?i:{social})"
    handle = r"(?:\s+(?P<{0}>@\w+))?"
    channel_gate = rf"{LEAD}(?=(?i:{_alt(_trigger_words(rep.channels) | CHANNEL_WORDS)}))"
    channel = re.compile(
        rf"{channel_gate}(?:(?i:diunggah|diposting|dibagikan|dari|via|oleh|posted\s+by)\s+(?i:akun)\s+"
        rf"(?P<platform>{isocial})(?:nya|ny)?\s+(?P<handle>@\w+|{NT}(?:\s+{NT}){{0,3}})"
        rf"|(?P<cue>(?i:{'|'.join(rep.channels)}))\s+(?:(?i:di|on)\s+)?(?:(?i:akun)\s+)?"
        rf"(?P<platform2>{isocial}|@\w+)(?:nya|ny)?\b{handle.format('handle2')}"
        rf"|(?i:unggahan|postingan|cuitan)\s+(?P<chain>{chain})\s+di\s+(?:(?i:akun)\s+)?(?P<platform3>{social})\b"
        rf"|(?:di|dari|melalui|lewat)\s+akun\s+(?P<account>@\w+|{NT}(?:\s+{NT}){{0,3}})"
        rf"|(?i:on|di|dalam|melalui|lewat|via)\s+"
        rf"(?P<platform4>{_alt(s for s in lex.social if s != 'X')})(?:nya|ny)?\b{handle.format('handle4')}"
        # `Akun TikTok “budi_17”`, `akun X @budi`: the account named by its handle
        rf"|(?i:akun|halaman|laman|kanal|channel|grup|page|account)\s+(?:(?i:resmi|official)\s+)?"
        rf"(?P<platform5>{isocial})(?:nya)?\s+(?:\((?:X|Twitter)\)\s*)?(?:(?i:resmi|official)\s+)?"
        rf"(?P<handle5>{QUOTED_HANDLE}|@\w+)"
        # `di platform media sosial X`: the platform named as such (even `X`)
        rf"|(?i:platform|media\s+sosial|jejaring\s+sosial|social\s+media)(?:\s+(?i:media\s+sosial))?\s+"
        rf"(?P<platform6>{social})\b(?![.\w-]\w))"
    )
    outlet = re.compile(
        rf"{LEAD}(?P<desc>{_alt(OUTLET_NOUNS)}\b)(?:\s+(?i:resmi|daring|online|asing|lokal|internasional|utama))?"
        rf"(?:\s+(?i:dari|milik|di\s+(?:laman|situs)))?\s*(?P<chain>{DOMAIN}|{chain})"
    )
    coordinated = re.compile(  # `Press TV juga mempublikasikan video itu dan menyatakan`: one subject, two verbs
        rf"(?:(?<=^\s)|(?<=,\s))(?P<chain>{chain}),?{gap}\s+{'(?:me|ber|ter)[a-z]+' if indonesian else '[a-z][a-z-]+'}"
        rf"(?:\s+[^\s,;:\"“”]+){{0,6}}?\s+(?:dan|serta|sambil|seraya|and)(?:\s+(?i:{_alt(rep.adverbs)}))?"
        rf"\s+(?P<cue>{after})"
    )
    # `Kantor berita Reuters melaporkan 217 korban`: an outlet reports without `bahwa` (checked by the caller)
    outlet_verbs = _alt(OUTLET_VERBS)
    outlet_subject = re.compile(rf"{LEAD}(?P<chain>{chain}),?{gap}\s+(?P<cue>{outlet_verbs})\b")
    outlet_subject_gate = re.compile(rf"\s{outlet_verbs}\b")
    coordinated_gate = re.compile(rf"\s(?:dan|serta|sambil|seraya|and)\s+(?:\w+\s+)?{after}")
    # `Kenya's central bank cut its rate on Tuesday, saying ...`: the subject of the sentence reports
    saying = re.compile(rf"^\s(?P<subject>{body}|{chain})\s+[a-z][^.;:\"“”]{{0,200}}?,\s+(?P<cue>{_alt(SAYING)})\b")
    # `Dalam artikel itu, ...`, `in the report`: a document or outlet named before
    refer_doc = re.compile(
        rf"{LEAD}(?=(?i:dalam|di|menurut|berdasarkan|in|according)\s)(?i:dalam|di|menurut|berdasarkan|in|according\s+to)"
        r"\s+(?:the\s+)?(?P<noun>(?i:artikel|laporan|pemberitaan|unggahan|postingan|video|dokumen|surat|situs|laman|"
        r"cuitan|article|report|post|document|letter|tweet|statement))\s*(?:(?P<dem>itu|tersebut|ini)\b|(?=,))"
    )
    signature = re.compile(
        rf"(?P<lead>[^\n]{{0,80}}?)\s*\((?P<handle>@\w+)\)\s*(?:{'|'.join(MONTHS.split())})\s+\d{{1,2}},\s+\d{{4}}"
    )
    # a sentence is searched for parties only if it holds one of these words (or a tweet handle)
    cue_words = {w.lower() for w in (*rep.after_name, *rep.before_name, *lex.social, *frame_cue_words(lang.code))}
    cue_words |= {v[:-1] for v in (*rep.after_name, *rep.before_name) if len(v) > 5}  # damaged forms
    for frame in (*rep.prepositions, *rep.channels):
        cue_words |= {w for w in _FRAME_WORD.findall(frame.lower()) if w not in _FRAME_STOP}
    long_words = {v for v in rep.after_name if len(v) >= 7} | {"berdasarkan", "mengutip"}
    cue_words |= {"akun", "diunggah", "pemberitaan", "artikel", "situs", "laman", "portal", "kantor berita"}
    cue_words |= {"platform", "media sosial", "saying", "adding", "laporan", "report", "article"}
    prefilter = re.compile(rf"{LEAD}(?i:{_alt(cue_words)})|\(@")
    glued_verb = re.compile(rf"{_alt(long_words)}\b")  # `Reutersmemperkirakan`: a long verb glued to a name
    glue_before = re.compile(
        rf"\b((?i:{_alt(GLUE_BEFORE)}))(?=[{UPPER}@#]|detik[{UPPER}]|[a-z0-9-]+\.(?:com|co\.id|id|net|org)\b)"
    )
    glued = long_words | GLUED_HEDGES
    glue_after = re.compile(
        rf"(?<=[a-z0-9.])(?=(?:dari|dalam|dan)[{UPPER}]|{_alt(glued)}\b|(?:dari|dalam|yang|kepada)\b"
        rf"|(?<![Kk]e)pada\b)"  # `Tribunjatengpada`, not `kepada`
    )
    return Grammar(
        lang,
        prefilter,
        glued_verb,
        subject,
        re.compile(after),
        descriptive,
        descriptive_gate,
        apposition,
        apposition_gate,
        inverted,
        preposition,
        prep_np,
        quoted_by,
        channel,
        signature,
        glue_before,
        glue_after,
        outlet,
        outlet_subject,
        outlet_subject_gate,
        coordinated,
        coordinated_gate,
        None if indonesian else saying,
        refer_doc,
    )


def deglue(g: Grammar, text: str) -> str:
    """`kataKapolresta` -> `kata Kapolresta`; `detikNewsdariAntara` -> `detikNews dari Antara`."""
    # glue before a name shows as `kataKapolsek`, `afiliasiCNN,News18`, `(PP)Muhammadiyah`
    hint = _CAMEL.search(text) or ".co" in text or ".id" in text or _PUNCT_GLUE.search(text)
    if hint:
        text = g.glue_before.sub(r"\1 ", text)
    if g.glue_after.search(text):
        text = g.glue_after.sub(_split_glue, text)
        text = g.glue_before.sub(r"\1 ", text)
    if hint:
        text = _GLUED_PUNCT.sub(r"\g<0> ", text)
    return text


QUOTED_HANDLE = r"(?:“[^”\n]{1,60}”|\"[^\"\n]{1,60}\"|&(?:amp;)?(?:quot|ldquo);[^&\n]{1,60}&(?:amp;)?(?:quot|rdquo);)"
_CAMEL = re.compile(r"[a-z][A-Z@#]")
_PUNCT_GLUE = re.compile(r"[,)][A-Z]")
# `afiliasiCNN,News18, melaporkan`, `(PP)Muhammadiyah`, `Detik.comdanAFP`: punctuation or `dan` glued to a name
_GLUED_PUNCT = re.compile(
    r",(?=[A-Z])(?<=[\w)],)|\)(?=[A-Z][a-z])|dan(?=[A-Z])(?:(?<=\sdan)|(?<=\.comdan)|(?<=\.iddan))"
    r"|\.com(?=[a-z]{2})"  # `Kompas.comdengan`
)
_GLUED_SHORT = re.compile(r"(?:dari|dalam|yang|kepada|pada)\b")


def _split_glue(m: re.Match[str]) -> str:
    """A space where a cue word is glued after a name (`Reutersmemperkirakan`, `KompasTeknodari`)."""
    text, at = m.string, m.start()
    begin = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    left = text[begin:at]
    if len(left) < 2 or not any(c.isupper() for c in left):
        return ""
    if _GLUED_SHORT.match(text, at):  # `dari`/`dalam`/`yang` then a space: after a camel-case or long name only
        camel = any(c.isupper() for c in left[1:])
        if not camel and len(left) < 5:
            return ""
    return " "


_GLUE_WORDS = frozenset(w.lower() for w in GLUE_BEFORE)


def _whole(m: re.Match[str]) -> bool:
    """A cue word that ends there or takes `-nya` (`ujarnya`), or one a scraper glues to the next word
    (`kataKapolsek`, `dilansirdetikNews`); not the start of a longer word (`post` of `position`)."""
    text, end = m.string, m.end()
    if end >= len(text) or not text[end].islower() or text[end : end + 2] == "ny" or text[end - 1] == "@":
        return True
    return m.group()[1:].lower() in _GLUE_WORDS


def cue_positions(g: Grammar, text: str) -> list[int]:
    """Offsets in `text` inside the reporting cues that may be there (one scan of a whole part)."""
    found = [max(0, m.end() - 2) for m in g.prefilter.finditer(" " + text) if _whole(m)]
    found += [m.start() for m in g.glued_verb.finditer(text) if m.start() and text[m.start() - 1].islower()]
    return found
