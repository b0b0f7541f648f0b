"""Party names: the shortest name in a chain of titles and names, and what kind of party it is."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from etl.rules.cues import Language
from etl.rules.lexicon import (
    KA_ROLE_TAILS,
    MEDIA_FIRST_WORDS,
    MEN_ROLE_STEMS,
    OUTLET_NAME_PREFIXES,
    PLACE_OFFICES,
    UNNAMED_HEADS,
)
from etl.rules.regex import alt

UPPER = "A-ZÀ-ÖØ-Þ"
_ACRONYM = re.compile(rf"^[{UPPER}0-9&.\-]{{2,}}$")
# Indonesian institution nouns: ke-...-an / pe(r/n/m/ng)-...-an (Kementerian, Keuangan, Pemberitaan).
_INSTITUTION_AFFIX = re.compile(r"^(?:ke|pe|per|pen|pem|peng|penge)\w{3,}an$", re.IGNORECASE)
_DOMAIN = re.compile(r"\.(?:com|co\.id|co\.uk|net|org|tv|id|co|news)$", re.IGNORECASE)
_MEDIA_PREFIX = re.compile(rf"^(?:{alt(OUTLET_NAME_PREFIXES)})", re.IGNORECASE)
_TRAILING = re.compile(r"[\s,.;:'’\"”“)(-]+$")
_LEADING = re.compile(r"^[\s,.;:'’\"”“)(-]+")
PERSON_RUN = 3
_MEDIA_FIRST = frozenset(MEDIA_FIRST_WORDS)
_PLACE_OFFICES = frozenset(PLACE_OFFICES)  # an office named by its city (`KBRI Phnom Penh`)
_UNNAMED_HEADS = frozenset(UNNAMED_HEADS)


@dataclass(frozen=True)
class Name:
    name: str
    kind: str
    role: str | None = None
    personal: bool = False  # a personal name (not a body's name or a bare title)
    alias: str | None = None  # the acronym given in brackets after the name (`Kementerian Keuangan (Kemenkeu)`)


@dataclass(frozen=True)
class Words:
    """The lexicons of one language as case-folded sets."""

    roles: frozenset[str]
    stop: frozenset[str]
    media: frozenset[str]
    media_words: frozenset[str]
    government: frozenset[str]
    government_words: frozenset[str]
    organization_words: frozenset[str]
    document_words: frozenset[str]
    social: frozenset[str]
    anonymous: frozenset[str]
    countries: frozenset[str]
    titles: frozenset[str]
    specific_roles: frozenset[str]
    generic: frozenset[str]
    indonesian: bool


@lru_cache(maxsize=8)
def words_of(lang: Language) -> Words:
    lex = lang.lexicon

    def fold(items: tuple[str, ...]) -> frozenset[str]:
        return frozenset(w.casefold() for w in items)

    return Words(
        roles=fold(lex.roles),
        stop=fold(lex.stopwords) | fold(lang.reporting.pronouns),
        media=fold(lex.media),
        media_words=fold(lex.media_words),
        government=fold(lex.government),
        government_words=fold(lex.government_words),
        organization_words=fold(lex.organization_words),
        document_words=fold(lex.document_words),
        social=fold(lex.social),
        anonymous=fold(lex.anonymous_heads),
        countries=fold(lex.countries),
        titles=fold(lex.title_words),
        specific_roles=fold(lex.specific_roles),
        generic=fold(lex.generic_people),
        indonesian=lang.code in ("id", "ms"),
    )


def tidy(text: str) -> str:
    return _LEADING.sub("", _TRAILING.sub("", text))


_MEDIA_TAIL = re.compile(r"(?:news|tv|\.com|\.id|\.net|online|post|times)$", re.IGNORECASE)


def _is_institutional(token: str, w: Words) -> bool:
    low = token.casefold()
    return (
        any(c.isdigit() for c in token)
        or (len(token) > 4 and bool(_MEDIA_TAIL.search(token)))
        or low in w.government_words
        or low in w.organization_words
        or low in w.media_words
        or low in w.government
        or _is_role(token, w)
        or low in w.countries
        or low in w.titles
        or (w.indonesian and bool(_INSTITUTION_AFFIX.match(token)))
    )


# Indonesian police and civil-service titles contracted from `Kepala` (`Kapuspenkum`, `Kasubdit`, `Kabid`)
_KA_ROLE = re.compile(rf"^Ka(?:{KA_ROLE_TAILS})$")
_MEN_ROLE = re.compile(rf"^(?:Wa)?Men(?:{alt(MEN_ROLE_STEMS)})[a-z]*\.?$")
_PLURAL = re.compile(r"^(\w+)-\1$", re.IGNORECASE)


def _is_role(token: str, w: Words) -> bool:
    return (
        token.casefold() in w.roles
        or (w.indonesian and token[:2] == "Ka" and bool(_KA_ROLE.match(token)))
        or (w.indonesian and "Men" in token[:5] and bool(_MEN_ROLE.match(token)))
        or (not w.indonesian and token[-1:] == "s" and token[0].isupper() and token[:-1].casefold() in w.roles)
    )  # the last: an English title in the plural before the names it covers (`Senators Ann Ray and Tom Bell`)


def _is_people(word: str, w: Words) -> bool:
    return word in w.roles or word in w.generic or word in w.anonymous


def _is_acronym(token: str) -> bool:
    return bool(_ACRONYM.match(token)) and any(c.isalpha() for c in token)


_JOINT = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _split_glued_role(token: str, w: Words) -> list[str]:
    """`SoettaKombes` -> `Soetta`, `Kombes` when one part is a title or a body's word (scraper glue)."""
    parts = _JOINT.split(token)
    if len(parts) > 1 and any(p.casefold() in w.roles or p.casefold() in w.titles for p in parts):
        return parts
    return [token]


def _office(tokens: list[str], w: Words) -> int | None:
    """Where a body's name starts after the leading titles (`Kepala` | `Dinas Ketahanan Pangan DKI`), if it does."""
    i = 0
    while i < len(tokens) and (tokens[i].casefold() in w.roles or tokens[i].casefold() in w.stop):
        i += 1
    if w.indonesian and 0 < i < len(tokens):  # English titles follow the office (`Executive Office for ...`)
        head = tokens[i].casefold()
        if head in w.government_words or head in w.organization_words or head in w.government:
            return i
    return None


def _tidy_chain(chain: str) -> str:
    return " ".join(chain.split())


def _person_run(tokens: list[str], w: Words) -> list[str]:
    """The trailing tokens that look like a person's name (`Ivan Yustiavandana` of `Kepala PPATK Ivan ...`)."""
    run: list[str] = []
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        if not tok[:1].isupper() or _is_institutional(tok, w) or tok.casefold() in w.stop:
            break
        last_short = i == len(tokens) - 1 and len(tok) <= 3 and i > 0 and tokens[i - 1][:1].isupper()
        if _is_acronym(tok) and not (last_short and tokens[i - 1].casefold() not in w.stop):
            break
        run.insert(0, tok)
        if len(run) == PERSON_RUN:
            break
    return run


@lru_cache(maxsize=8192)  # a pure function of its arguments; the same names recur across sentences and articles
def split_chain(chain: str, lang: Language) -> Name | None:
    """`Kepala Bagian Pemberitaan KPK Ali Fikri` -> Name('Ali Fikri', person, role='Kepala Bagian Pemberitaan KPK')."""
    w = words_of(lang)
    chain = tidy(chain)
    tokens = chain.split()
    while tokens and tokens[0].casefold() in w.stop:
        tokens.pop(0)
    while tokens and tokens[-1].casefold() in w.stop:
        tokens.pop()
    if not tokens:
        return None
    tokens = [part for t in tokens for part in _split_glued_role(t, w)]
    tokens = [t[:-1] if t[-1:] == "." and t[:-1].casefold() in w.roles else t for t in tokens]  # `Pol.`, `Prof.`
    if tokens[-1].startswith("(") and len(tokens) > 1:  # `Kementerian Keuangan (Kemenkeu)`: name and alias
        found = split_chain(" ".join(tokens[:-1]), lang)
        return replace(found, alias=tokens[-1].strip("()")) if found else None
    bracketed = [t for t in tokens if t.startswith("(")]
    tokens = [t for t in tokens if not t.startswith("(")] or tokens
    if not w.indonesian and "of" in tokens[1:-1]:  # `John Lewis of Georgia`: the person, not the place
        i = tokens.index("of")
        if tokens[i - 1][:1].isupper() and not _is_institutional(tokens[i - 1], w) and i >= 2:
            tokens = tokens[:i]
    if (
        len(tokens) == 1
        and tokens[0] != tokens[0].upper()
        and (tokens[0].casefold() in w.document_words or tokens[0].casefold() in w.organization_words)
    ):
        return Name(tokens[0], "refer", None)  # `Dokumen itu menyebut`, `Perusahaan menegaskan`: refers back
    if "-" in tokens[0] and _PLURAL.match(tokens[0]) and _is_people(tokens[0].split("-")[0].casefold(), w):
        return Name(" ".join(tokens), "anonymous", None)  # `anak-anak`, `warga-warga`: an unnamed group
    if tokens[0].casefold() in w.generic:  # `Pedagang`, `Warga Bekasi`, `Residents`: unnamed people
        run = _person_run(tokens[1:], w)
        if not run or len(run) < len(tokens) - 1:
            return Name(" ".join(tokens), "anonymous", None)
        return Name(" ".join(run), "person", tokens[0], True)  # `pedagang Siti Aminah`
    roles = [i for i, t in enumerate(tokens) if _is_role(t, w)]
    if roles and all(_is_role(t, w) or t.casefold() in w.stop for t in tokens):
        return Name(" ".join(tokens), "role_only", None)  # only titles (`jaksa`, `the president`)
    if roles and roles[-1] == len(tokens) - 1:
        tokens = tokens[: roles[-1] + 1]
    if roles:
        after = tokens[roles[-1] + 1 :]
        run = _person_run(after, w) if after else []
        if run and len(run) < len(after) and after[-len(run) - 1].islower():
            # `Executive Office for Immigration Review`: a body's name, not a title and a person; but
            # `Menteri Pendidikan Dasar dan Menengah Abdul Mu'ti`: the body's last word, then the name
            run = run[1:] if len(run) == PERSON_RUN else []
        if run and all(_is_acronym(t) for t in run):
            run = []  # `Kepala Dinas Ketahanan Pangan DKI`: a place or body's acronym, not a person
        if run:
            role = " ".join(tokens[: len(tokens) - len(run)]) or None
            return Name(" ".join(run), "person", role, True)
        text = " ".join(tokens)
        if tokens[0][:1].islower() and classify(text, lang) == "person":
            return Name(text, "anonymous", None)  # `juru bicara ICE`: an unnamed holder of a title
        office = _office(tokens, w)
        # `Kepala Dinas Ketahanan Pangan DKI`: the office speaks, its head is not named; after a specific title the
        # title and the body together name the party (`Majelis hakim Pengadilan Negeri Bogor`)
        if office and tokens[0].casefold() not in w.specific_roles:
            body = " ".join(tokens[office:])
            if bracketed:  # keep the acronyms given in brackets: `Pusat (PP) Muhammadiyah`
                words = chain.split()
                body = " ".join(words[words.index(tokens[office]) :]) if tokens[office] in words else body
            return Name(body, classify(body, lang), " ".join(tokens[:office]))
        return Name(text, classify(text, lang), None)
    if tokens[0].casefold() in w.document_words and len(tokens) > 1:  # `Peraturan Menteri ... Nomor 5`
        text = " ".join(tokens)
        return Name(text, "document", None)
    run = _person_run(tokens, w)
    head = tokens[: len(tokens) - len(run)]
    heads_only = all(_is_acronym(t) or t.casefold() in w.countries for t in head)
    companies = any(t.casefold() in w.organization_words for t in head)  # `PT Maju Jaya`: a company's name
    if len(run) >= 2 and head and heads_only and not companies and not any(t in _PLACE_OFFICES for t in head):
        return Name(" ".join(run), "person", " ".join(head), True)  # `RI Susilo Bambang Yudhoyono`
    if any(_is_institutional(t, w) or _is_acronym(t) for t in tokens):  # a body's name: keep it whole
        text = " ".join(tokens) if not bracketed else _tidy_chain(chain)
        return Name(text, classify(text, lang), None)
    if len(tokens) > 4:
        tokens = tokens[-4:]
    text = " ".join(tokens)
    kind = classify(text, lang)
    return Name(text, kind, None, kind == "person")


_TWO_NAMES = re.compile(r"^[A-Z][a-z]{3,}([A-Z][a-z]{3,})$")


def unglue(name: str) -> str:
    """`MourinhoPioli` (two names run together by a scraper) -> `Pioli`; short prefixes (`McConnell`) stay."""
    last = name.split()[-1]
    m = _TWO_NAMES.match(last)
    return m.group(1) if m and len(name.split()) == 1 else name


def classify(name: str, lang: Language) -> str:
    """media, government, organization, social_media, document, anonymous or person (the default)."""
    w = words_of(lang)
    tokens = name.split()
    if not tokens:
        return "other"
    folded = [t.casefold() for t in tokens]
    first = folded[0]
    if name.startswith(("@", "#")) or name.casefold() in w.social:
        return "social_media"
    if first in ("pihak", "the") and len(tokens) > 1:  # `pihak kepolisian`, `pihak klub`: the body itself
        rest = classify(" ".join(tokens[1:]), lang)
        return rest if rest not in ("person", "anonymous") else "organization"
    if first in _UNNAMED_HEADS or (first in w.anonymous and not any(t[:1].isupper() for t in tokens[1:2])):
        return "anonymous"
    if first in w.document_words:
        return "document"
    if (
        _DOMAIN.search(name)
        or _MEDIA_PREFIX.match(name)
        or any(t in w.media for t in folded)
        or any(t in w.media_words for t in folded[1:])
        or first in _MEDIA_FIRST
    ):
        return "media"
    if name.casefold() in w.countries or all(t in w.countries for t in folded):
        return "government"
    if any(t in w.government for t in folded) or any(t in w.government_words for t in folded):
        return "government"
    if any(t in w.document_words for t in folded[:1]):
        return "document"
    if any(t in w.organization_words for t in folded) or any(t in ("dan", "and", "&") for t in folded[1:-1]):
        return "organization"
    if len(tokens) == 1 and _is_acronym(tokens[0]):
        return "organization" if len(tokens[0]) >= 3 else "person"
    if first in w.roles:
        return "person"
    if name[:1].islower():
        return "anonymous" if first in w.anonymous else "person"
    if any(t in w.document_words for t in folded):
        return "document"
    if any(_is_institutional(t, w) for t in tokens) and len(tokens) > 1:
        return "organization"  # `Keadilan Restoratif`, `Harta Kekayaan Pejabat Negara`: no personal name
    return "person"


_DETERMINERS = re.compile(
    r"^(?:(?:a|an|the|seorang|sebuah|suatu|para|sang)\s+)+|\s+(?:itu|ini|tersebut)$|(?:'s|’s)(?=\s|$)", re.IGNORECASE
)


@lru_cache(maxsize=4096)
def party_key(name: str) -> str:
    """A party's name for comparison: case-folded, without leading articles or a trailing demonstrative
    (`a person familiar with the matter` = `person familiar with the matter`, `sumber itu` = `sumber`)."""
    return _DETERMINERS.sub("", name.casefold()).strip() or name.casefold()


def same_party(new: str, old: str, kind_new: str, kind_old: str) -> bool:
    """`Budi` after `Budi Prasetyo`, `KBRI` after `KBRI Phnom Penh`: a later, shorter mention of one party."""
    fa, fb = party_key(new), party_key(old)
    if fa == fb:
        return True
    ta, tb = set(fa.split()), set(fb.split())
    if ta <= tb:
        return True
    if kind_new == kind_old == "person" and all(a in tb or any(_misspelt(a, b) for b in tb) for a in ta):
        return True  # `Syafrizal` after `Safrizal Zakaria Ali`, `Livi` after `Livia`: a typo or a dropped letter
    return kind_new == kind_old == "person" and tb <= ta


MIN_TYPO_LENGTH = 6
MIN_TRUNCATED_LENGTH = 4


def _misspelt(a: str, b: str) -> bool:
    """`a` is `b` with one letter more or less inside a long name, or without its last letter (scraper damage)."""
    if len(a) >= MIN_TRUNCATED_LENGTH and len(b) == len(a) + 1 and b.startswith(a):
        return True
    return len(a) >= MIN_TYPO_LENGTH and len(b) >= MIN_TYPO_LENGTH and _one_edit(a, b)


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one inserted or dropped letter (`Syafrizal`, `Safrizal`); a replaced letter
    often makes another name (`Rahman`, `Rahmat`)."""
    if abs(len(a) - len(b)) != 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]
