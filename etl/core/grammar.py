"""The reporting frames of one language (etl.rules.frames) compiled into scans (read by etl.core.sources).

`pieces` builds the sub-patterns of one language from its word classes (etl.rules.cues, etl.rules.lexicon);
each frame of etl.rules.frames turns them into its pattern, and frames of one slot become one alternation
scanned in one pass. Word lists become prefix tries, and each pattern opens with a character class or a trie
look-ahead, so the regex engine abandons most positions at once. Scraper glue (`kataKapolresta`,
`DilansirdetikNewsdariAntara`) is undone by `deglue` on a working copy of a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.core.patterns import Prefilter, required, triggers
from etl.rules.cues import Language
from etl.rules.frames import FRAMES, SLOTS, Frame, Pieces
from etl.rules.lexicon import (  # word classes, kept as data in etl.rules
    BODY_NOUNS,
    CHANNEL_WORDS,
    DOCUMENT_DESCRIPTORS,
    EVIDENCE_VERBS_EN,
    FRAME_FILLERS,
    GLUE_BEFORE,
    GLUE_BEFORE_NAME,
    GLUED_ACCOUNT_WORDS,
    GLUED_HEDGES,
    MONTHS,
    NAME_CONNECTORS,
    SPEECH_NOUNS_ID,
    SPEECH_VERBS_EN,
    VENUE_DETERMINERS_EN,
    VENUE_NOUNS_EN,
)
from etl.rules.lexicon import (
    OUTLET_DESCRIPTORS as OUTLET_DESCRIPTOR_WORDS,
)
from etl.rules.outlets import is_known_outlet
from etl.rules.regex import UPPER, alt, capitalised

# `U.S. Senate`: initials with their last stop, when a capitalised word follows
INITIALS = rf"[{UPPER}]\.(?:[{UPPER}]\.)+(?=\s+[{UPPER}][a-z])"
NT = rf"(?:{INITIALS}|[{UPPER}][\w'’.&-]*\w|[{UPPER}]|@\w+|#\w+|detik[{UPPER}]\w*|e-[{UPPER}]\w*)"
PAREN = rf"\([{UPPER}][\w.&-]*\)"
CONN = "(?:" + "|".join(re.escape(w) for w in NAME_CONNECTORS) + ")"
OUTLET_DESCRIPTORS = alt(OUTLET_DESCRIPTOR_WORDS)
DOMAIN = r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|co\.id|co\.uk|id|net|org|tv|news)\b"
QUOTED_HANDLE = r"(?:“[^”\n]{1,60}”|\"[^\"\n]{1,60}\"|&(?:amp;)?(?:quot|ldquo);[^&\n]{1,60}&(?:amp;)?(?:quot|rdquo);)"
_FRAME_WORD = re.compile(r"(?<![\\\w])[a-z]{4,}")
# a lower-case word of an occasion between an Indonesian party and its verb (`dalam rapat kerja`): no verb, copula,
# pronoun or relative word (`di mana ia menyebut`, `dalam program ini adalah memastikan` name no speaker)
_ADJUNCT_WORD = (
    r"(?!(?:adalah|merupakan|yang|mana|ia|dia|mereka|kami|saya|kita|aku|akan|untuk|bahwa|tidak|tak|belum|sudah|"
    r"telah|bisa|dapat|harus|juga|pun)\b)(?!me[a-z]|ber[a-z])[a-z][^\s,.;:\"“”]*"
)
SUBJECT_REACH = 160  # characters a subject (titles, name, adverbs) may take before its verb
# Patterns open with the character before a word (texts are scanned with a space prepended): a leading
# character class lets the regex engine skip to candidate positions instead of testing every position.
LEAD = r"\W"


# English complement verbs also report when a venue follows (`wrote on Twitter`, `noted in a statement`)
COMPLEMENT_VENUE_EN = (
    r"|\s+(?:on|in)\s+(?:(?:" + "|".join(VENUE_DETERMINERS_EN) + r")\s+)?(?:[A-Z]|(?:[\w-]+\s+){0,2}?"
    r"(?:" + "|".join(VENUE_NOUNS_EN) + r")s?\b)"
)

# Indonesian complement verbs also report when what is said is their object (`menyampaikan klaim`)
COMPLEMENT_VENUE_ID = r"|\s+(?:" + "|".join(SPEECH_NOUNS_ID) + r")\b"


def _verbs(verbs, complement, damaged: bool, boundary: bool = True, venue: str = "", gap: str = "") -> str:
    """Lower-case verbs; with `damaged`, also without their last letter before a stop (`mengataka.`);
    complement verbs only when a comma, colon, `bahwa` or `that` follows (or `venue`), after `gap` (adverbs)."""
    free = sorted(set(verbs) - set(complement))
    alts = [alt(free) + (r"\b" if boundary else "")]
    if damaged:
        alts.append(alt({v[:-1] for v in verbs if len(v) > 5}) + r"(?=\.)")
    if complement:
        alts.append(alt(complement) + r"\b(?=" + gap + r"(?:\s*[,:]|\s+(?:bahwa|that)\b" + venue + "))")
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
class Scan:
    """One pass over a sentence: one frame, or the frames of one slot as one alternation (`group` marks which
    frame matched: the group named F_<frame> of the first frame whose group took part)."""

    frames: tuple[Frame, ...]
    pattern: re.Pattern[str]
    gate: re.Pattern[str] | None
    needs: tuple[str, ...]
    window: bool
    # derived, for speed: the scan is skipped unless the sentence meets its `requires` (ids of the grammar's
    # scan_filter: strings its pattern and gate cannot match without, etl.core.patterns.required) and `needs`
    requires: frozenset[int] = frozenset()
    needed: re.Pattern[str] | None = None

    def frame_of(self, m: re.Match[str]) -> Frame:
        if len(self.frames) == 1:
            return self.frames[0]
        return next(f for f in self.frames if m.group("F_" + f.name) is not None)


@dataclass(frozen=True)
class Grammar:
    lang: Language
    prefilter: re.Pattern[str]
    glued_verb: re.Pattern[str]
    verb_gate: re.Pattern[str]
    scans: tuple[Scan, ...]
    glue_before: re.Pattern[str]
    glue_after: re.Pattern[str]
    scan_filter: Prefilter


def pieces(lang: Language) -> Pieces:
    """The sub-patterns of one language that its frames combine."""
    rep, lex = lang.reporting, lang.lexicon
    rolew = rf"(?i:{alt(r for r in lex.roles if len(r) > 1)})\b"
    indonesian = lang.code in ("id", "ms")
    conn = CONN[:-1] + "|dan)" if indonesian else CONN
    # an abbreviated title keeps its stop inside a chain (`Kombes Pol. Djoko`, `Irjen. Pol. Sandi`, `Prof. Ani`)
    token = rf"(?:{rolew}(?:\.(?=\s+[{UPPER}]))?|{NT}|{PAREN})"
    # atomic: a chain is taken whole (the words after it decide), which spares the engine backtracking into it
    chain = rf"(?>{token}(?:(?:\s+|\s*-\s*)(?:{conn}\s+){{0,2}}{token}){{0,14}}(?:\s+\d{{1,4}}(?!\d|[.,:/]\d))?)"
    # auxiliaries and adverbs between a party and its verb; English adverbs in -ly as a class (`vehemently`)
    adverb = rf"(?i:{alt(rep.adverbs)})" + ("" if indonesian else r"|[a-z]{3,}ly\b(?<!family)")
    gap = rf"(?:\s+(?:{adverb})){{0,3}}" + (r"(?:\s+dalam\s+\w+nya)?" if indonesian else "")
    # `the ministry`, `the finance ministry`, `the mayor's office`, `Kenya's central bank`
    body = (
        rf"\b(?:(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+|{NT}(?:'s|’s)\s+)"
        rf"(?:(?:{NT}|[a-z]+(?:'s|’s)?)\s+){{0,2}}?|(?:{NT}\s+){{0,2}}){capitalised(BODY_NOUNS)}\b"
    )
    descriptors = (  # `media Iran, Tasnim`, `Kantor Berita Iran, Tasnim`: the outlet after the comma
        rf"(?:(?P<{{0}}>(?i:{OUTLET_DESCRIPTORS}))(?:\s+[{UPPER}]\w+)(?:\s+[{UPPER}]\w+)?\s*,\s*"
        rf"|(?P<{{1}}>{alt(DOCUMENT_DESCRIPTORS)})"
        rf"(?:\s+(?:sosial|resmi|video|tertulis|media\s+sosial))*(?:\s+(?:dari|from))?\s*)?"
    )
    social = alt(lex.social)
    return Pieces(
        code=lang.code,
        lead=LEAD,
        name_token=NT,
        chain=chain,
        listed=rf"{chain}(?:\s*,\s+(?:(?:dan|and)\s+)?{chain}){{0,3}}",
        role=rolew,
        after=_verbs(
            rep.after_name,
            rep.complement_verbs,
            rep.damaged,
            venue=COMPLEMENT_VENUE_ID if indonesian else COMPLEMENT_VENUE_EN,
            gap=rf"(?:\s+(?i:{alt(rep.adverbs)})){{0,2}}" if indonesian else "",  # `menyampaikan secara tegas bahwa`
        ),
        before=_verbs(rep.before_name, (), rep.damaged, boundary=False),  # `ujar` + `nya`
        gap=gap,
        # `Budi saat dikonfirmasi wartawan, Senin (3/3), mengatakan`: where and when, between party and verb
        adjunct=r"(?:\s+(?:saat|ketika|usai|seusai|kepada)(?:\s+[^\s,.;:\"“”]+){1,4}?)?" if indonesian else "",
        # `Senator Tim Kaine dari Virginia menyebut`: the place or body after `dari` is not the speaker;
        # `Gubernur Aceh kala itu, yang mengungkapkan`: a relative clause after the party
        affiliation=(
            # `Budi dalam rapat kerja dengan Komisi X memaparkan`, `Siti di Bandung menyebut`: the occasion or place
            rf"(?:\s+(?:dari|asal)\s+{chain}|\s+(?:selaku|sebagai)(?:\s+[^\s,.;:\"“”]+){{1,8}}?"
            rf"|\s+(?:dalam|di|pada)(?:\s+{_ADJUNCT_WORD}){{1,5}}?(?:\s+(?:dengan|bersama)\s+{chain})?)?"
            rf"(?:\s+(?:kala|saat|waktu)\s+itu)?(?:,(?=\s+yang\s))?"
            if indonesian
            else ""
        ),
        pronouns=capitalised(rep.pronouns),
        pronouns_lower=alt(rep.pronouns),
        pronoun_suffix=re.escape(rep.pronoun_suffix) if rep.pronoun_suffix else r"(?!x)x",
        quantifiers=capitalised(rep.quantifiers),
        unnamed_lead=alt((*rep.quantifiers, "salah seorang", "a", "an")),
        anonymous_heads=capitalised(lex.anonymous_heads),
        documents=alt(lex.document_words),
        body=body,
        demonstratives=alt(rep.descriptive),
        roles=rf"(?i:{alt(lex.roles)})",
        follow=rf"(?=\s*(?:[,.;:!?\"”)]|&|$)|\s+{alt(rep.after_party)}\b)",
        closer=r"(?:[,\"”’']|&(?:amp;)?(?:quot|rdquo|rsquo);)",
        named=r"(?:[a-z][\w-]*\s+){1,3}?(?:yang\s+)?(?:bernama|named)\s+",  # `kata pedagang bernama Siti`
        descriptors=descriptors,
        lower_np=r"[a-z0-9][^,;:\"“”()\n]{2,160}?",
        prep_gate=rf"{LEAD}(?=(?i:{alt(_trigger_words(rep.prepositions))}))",
        preps=f"(?i:{'|'.join(rep.prepositions)})",
        article=r"(?:(?:the|a|an)\s+(?:[a-z][a-z-]+\s+){0,2}?)?" if not indonesian else "",
        after_party=alt(rep.after_party),
        social=social,
        social_no_x=alt(s for s in lex.social if s != "X"),
        channel_gate=rf"{LEAD}(?=(?i:{alt(_trigger_words(rep.channels) | CHANNEL_WORDS)}))",
        channels="|".join(rep.channels),
        quoted_handle=QUOTED_HANDLE,
        domain=DOMAIN,
        months="|".join(MONTHS),
        adverbs=alt(rep.adverbs),
        verb_prefix="(?:me|ber|ter)[a-z]+" if indonesian else "[a-z][a-z-]+",
    )


MIN_REQUIRED = 3


def _scans(p: Pieces) -> tuple[tuple[Scan, ...], Prefilter]:
    """The frames of one language in registry order; a slot's frames join its first frame's scan. With them the
    filter that tells from one pass over a sentence which scans may match it."""
    mine = [f for f in FRAMES if p.code in f.languages]
    out: list[Scan] = []
    done: set[str] = set()
    requirements: list[frozenset[str]] = []

    def scan(frames: tuple[Frame, ...], pattern: str, gate: re.Pattern[str] | None, needs, window: bool) -> Scan:
        ids = set()
        # worth a test only where nothing cheaper decides (`needs`, the verb window) and the strings are words
        candidates = (required(pattern), required(gate.pattern) if gate else None)
        for r in {r for r in candidates if r and min(map(len, r)) >= MIN_REQUIRED}:
            ids.add(len(requirements))
            requirements.append(r)
        needed = re.compile("|".join(re.escape(n) for n in needs)) if needs else None
        return Scan(frames, re.compile(pattern), gate, needs, window, frozenset(ids), needed)

    for f in mine:
        if f.slot is None:
            gate = re.compile(f.gate(p)) if f.gate else None
            out.append(scan((f,), f.pattern(p), gate, f.needs, False))
        elif f.slot not in done:
            done.add(f.slot)
            slot = SLOTS[f.slot]
            members = tuple(g for g in mine if g.slot == f.slot)
            body = "|".join(f"(?P<F_{g.name}>{g.pattern(p)})" for g in members)
            out.append(scan(members, slot.open(p) + body + slot.close(p), None, (), slot.window))
    return tuple(out), Prefilter(requirements)


def frame_cue_words(code: str) -> frozenset[str]:
    """Words that make an English sentence worth trying the group and document frames on."""
    if code != "en":
        return frozenset()
    verbs = {v for family in SPEECH_VERBS_EN.values() for v in family} | set(EVIDENCE_VERBS_EN)
    return frozenset(verbs | {"pointed", "expressed", "voiced"})


@lru_cache(maxsize=8)
def grammar(lang: Language) -> Grammar:
    """Every scan of one language, compiled once, with the prefilter that picks the sentences worth scanning."""
    rep, lex = lang.reporting, lang.lexicon
    p = pieces(lang)
    # a sentence is searched for parties only if it holds one of these words (or a tweet handle)
    cue_words = {w.lower() for w in (*rep.after_name, *rep.before_name, *lex.social, *frame_cue_words(lang.code))}
    cue_words |= {v[:-1] for v in (*rep.after_name, *rep.before_name) if len(v) > 5}  # damaged forms
    fillers = frozenset(FRAME_FILLERS)
    for frame in (*rep.prepositions, *rep.channels):
        cue_words |= {w for w in _FRAME_WORD.findall(frame.lower()) if w not in fillers}
    long_words = {v for v in rep.after_name if len(v) >= 7} | {"berdasarkan", "mengutip"}
    cue_words |= {"akun", "diunggah", "pemberitaan", "artikel", "situs", "laman", "portal", "kantor berita"}
    cue_words |= {"platform", "media sosial", "saying", "adding", "laporan", "report", "article"}
    prefilter = re.compile(rf"{LEAD}(?i:{alt(cue_words)})|\(@")
    glued_verb = re.compile(rf"{alt(long_words)}\b")  # `Reutersmemperkirakan`: a long verb glued to a name
    glue_before = re.compile(
        rf"\b((?i:{alt(GLUE_BEFORE)})(?=[{UPPER}@#]|detik[{UPPER}]|[a-z0-9-]+\.(?:com|co\.id|id|net|org)\b)"
        rf"|{alt(GLUE_BEFORE_NAME)}(?=[{UPPER}]))"
    )
    glued = long_words | GLUED_HEDGES | GLUED_ACCOUNT_WORDS
    glue_after = re.compile(
        rf"(?<=[a-z0-9.])(?=(?:dari|dalam|dan)[{UPPER}]|{alt(glued)}\b|(?:dari|dalam|yang|kepada)\b"
        rf"|(?<![Kk]e)pada\b)"  # `Tribunjatengpada`, not `kepada`
    )
    scans, scan_filter = _scans(p)
    return Grammar(lang, prefilter, glued_verb, re.compile(p.after), scans, glue_before, glue_after, scan_filter)


def deglue(g: Grammar, text: str) -> str:
    """`kataKapolresta` -> `kata Kapolresta`; `detikNewsdariAntara` -> `detikNews dari Antara`."""
    # glue before a name shows as `kataKapolsek`, `afiliasiCNN,News18`, `(PP)Muhammadiyah`
    hint = _CAMEL.search(text) or ".co" in text or ".id" in text or _PUNCT_GLUE.search(text)
    if hint:
        text = g.glue_before.sub(r"\1 ", text)
    if g.glue_after.search(text):
        text = g.glue_after.sub(_split_glue, text)
        text = g.glue_before.sub(r"\1 ", text)
    if hint and _GLUED_PUNCT.search(text):
        text = g.glue_before.sub(r"\1 ", _GLUED_PUNCT.sub(r"\g<0> ", text))  # `olehkompas.compada`
    return text


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
    if _GLUED_SHORT.match(text, at):  # `dari`/`dalam`/`yang` then a space: after a camel-case name or an outlet
        camel = any(c.isupper() for c in left[1:])  # (`Reutersdari`, not the name `Wulandari`)
        if not camel and not is_known_outlet(left) and not any(c in left for c in ".0123456789"):
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
