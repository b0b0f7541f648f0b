"""Where a teaser's headline ends: `Baca juga: <headline>` followed, in run-together text, by the next sentence.

Headlines are written in title case (every word capitalised but short function words) and body sentences
are not, so the headline runs until the first lower-case content word, and the sentence that word belongs
to starts at a sentence boundary before it: a full stop (also the damaged `Cabu.`), an opening quote, two
words glued together by the scraper (`LagaPelatih`, `Papinka?Diketahui`, `Semu“Sebetulnya`), or a phrase
that only opens sentences (`Adapun`, `Sementara itu,`). Without any of these the sentence starts at the last
capitalised word (`... Jalan Rusak Warga mengeluh`): a one-word subject, the commonest case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from etl.rules.boilerplate import (
    CAMEL_CASE_NAMES,
    FUNCTION_WORDS,
    SENTENCE_OPENERS,
    SENTENCE_OPENERS_COMMA,
    SUBORDINATORS,
)
from etl.rules.roles import ROLE_WORDS

OPEN_QUOTES = "\"“‘'"
_CLOSE_FOR = {'"': '"”', "“": '”"', "‘": "’'", "'": "'’"}
_TOKEN = re.compile(r"\S+")
_ALPHA = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
# Glue inside a token: `LagaPelatih`, `Cavani4.`, `Papinka?Diketahui`, `Semu“Sebetulnya`, `02.45"Akibat`.
_GLUE = re.compile(
    r"(?<=[a-z])(?=[A-Z][a-z]{2,})"
    r"|(?<=[A-Za-z])(?=\d+\.$)"
    r"|(?<=[.?!])(?=[\"“]?[A-Z])"
    r"|(?<=[\w.,])(?=[\"“][A-Z])"
)
_CAMEL_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|La|Le|O')(?=[A-Z])")
_STRIP = "\"'“”‘’()[],.:;!?-–—"
_TRAILING_QUOTE_SUFFIX = re.compile(r"\s*(?:di\s+sini\s*)?:?")
MAX_HEADLINE_WORDS = 40
SCAN_CHARS = 600  # a headline and the start of the sentence after it fit in this many characters
_MAX_SUBJECT = 8  # words of a titled subject before its verb
_MAX_OPENER = max(len(p) for p in SENTENCE_OPENERS | SENTENCE_OPENERS_COMMA)
_LOOKAHEAD = _MAX_OPENER + 1  # tokens read past the first lower-case word (openers may start just before it)
# Capitalised right before a subject these lead its clause (`Di Jakarta, polisi ...`); demonstratives and
# conjunctions that also stand capitalised inside headlines (`Hari Ini`, `Dan`) do not.
_LEADING_WORDS = (
    FUNCTION_WORDS - {"ini", "itu", "dan", "yang", "atau", "serta", "tapi", "tak", "pun", "vs", "per"}
) | SUBORDINATORS
_OPENER_FIRST = frozenset(p[0] for p in SENTENCE_OPENERS | SENTENCE_OPENERS_COMMA)


class _Tok(NamedTuple):
    start: int
    end: int
    text: str
    glued: bool  # a glue boundary stands right before this token


def headline_end(text: str, start: int, limit: int) -> int:
    """End offset (exclusive) of the headline that starts at `start`; never beyond `limit`."""
    window = min(limit, start + SCAN_CHARS)
    segment = text[start:window]
    stripped = segment.lstrip()
    offset = start + len(segment) - len(stripped)
    if not stripped:
        return start
    if stripped[0] in OPEN_QUOTES:
        quoted = _quoted_end(stripped)
        if quoted:
            end = offset + quoted
            tail = _TRAILING_QUOTE_SUFFIX.match(text, end, window)
            return tail.end() if tail else end
    toks, kinds, first_lower = _scan(text, offset, window)
    if not toks:
        return start
    if first_lower is None:
        if len(toks) <= MAX_HEADLINE_WORDS and window == limit:
            return toks[-1].end
        first_lower = min(len(toks) - 1, MAX_HEADLINE_WORDS)
    span = range(1, min(first_lower + 1, len(toks)))
    # A phrase that only opens sentences outranks punctuation, which scraper damage also puts inside headlines.
    openers = [i for i in span if kinds[i] == "C" and _opens_sentence(toks, i)]
    boundaries = openers or [i for i in span if _strong_boundary(toks, kinds, i)]
    if boundaries:
        return toks[boundaries[-1] - 1].end
    capitals = [i for i in range(1, first_lower) if kinds[i] == "C"]
    if capitals:
        start = _titled_subject(toks, kinds, first_lower) or capitals[-1]
        # `... Berlipat Ganda Ketika MR ditangkap`: a capitalised conjunction or preposition before the subject
        # belongs to the sentence (title-case headlines keep those words in lower case).
        while _leads(toks, kinds, start - 1):
            start -= 1
        # `Menurut Ninik, Pertamina merespons ...`: a leading clause closed by a comma.
        if toks[start - 1].text.endswith(","):
            lead = next((j for j in range(start - 2, max(0, start - 5), -1) if _leads(toks, kinds, j)), None)
            start = lead or start
        return toks[start - 1].end
    # Sentence-case headline (common in English): up to the first full stop followed by a capital.
    toks = _tokens(text, offset, window)
    for i in range(1, len(toks)):
        if toks[i - 1].text.endswith((".", "?", "!")) and _kind(toks[i].text) in "CQ":
            return toks[i - 1].end
    return toks[-1].end


def _scan(text: str, start: int, limit: int) -> tuple[list[_Tok], list[str], int | None]:
    """Tokens up to a few past the first lower-case content word, their kinds, and where that word is."""
    toks: list[_Tok] = []
    kinds: list[str] = []
    first_lower = None
    stop = MAX_HEADLINE_WORDS + _LOOKAHEAD
    for tok in _iter_tokens(text, start, limit):
        toks.append(tok)
        kind = _kind(tok.text)
        kinds.append(kind)
        if kind == "L" and first_lower is None:
            first_lower = len(toks) - 1
            stop = first_lower + _LOOKAHEAD
        if len(toks) > stop:
            break
    return toks, kinds, first_lower


def _quoted_end(s: str) -> int | None:
    closers = _CLOSE_FOR[s[0]]
    for i in range(1, min(len(s), 300)):
        if s[i] in closers and (i + 1 == len(s) or not s[i + 1].isalnum()):
            return i + 1
    return None


def _tokens(text: str, start: int, limit: int) -> list[_Tok]:
    return list(_iter_tokens(text, start, limit))


def _iter_tokens(text: str, start: int, limit: int) -> Iterator[_Tok]:
    for m in _TOKEN.finditer(text, start, limit):
        word, base = m.group(), m.start()
        rest = word[1:]
        if (rest.isalpha() and rest.islower()) or _GLUE.search(word, 1) is None:  # the common case first
            yield _Tok(base, m.end(), word, False)
            continue
        cuts = [g.start() for g in _GLUE.finditer(word) if 0 < g.start() < len(word) and not _camel(word, g.start())]
        pieces = zip([0, *cuts], [*cuts, len(word)], strict=True)
        for n, (a, b) in enumerate(pieces):
            yield _Tok(base + a, base + b, word[a:b], glued=n > 0)


def _camel(word: str, cut: int) -> bool:
    """`TikTok`, `McConnell`, `iPhone`: a capital inside a name, not a glue of two words."""
    if not word[cut].isupper() or not word[cut - 1].isalpha():
        return False
    core = word.strip(_STRIP)
    head = word[:cut].lstrip(_STRIP)
    if head.islower() and len(head) <= 2:
        return True
    return any(core.startswith(n) for n in CAMEL_CASE_NAMES) or bool(_CAMEL_PREFIX.match(core))


def _kind(word: str) -> str:
    """C capitalised, Q opens a quote, L lower-case content word, F function word, N number or symbol."""
    if word.isalpha():  # the common case: a plain word
        rest = word[1:]
        if word[0].isupper() or rest != rest.lower():
            return "C"
        return "F" if word in FUNCTION_WORDS else "L"
    if word[0] in '"“' and len(word) > 1 and word[1].isalpha():
        return "Q" if word[1].isupper() else "L"  # a quote opening in lower case sits inside a sentence
    core = word.strip(_STRIP)
    if not core or core[0].isdigit():
        return "N"
    first = _ALPHA.search(core)
    if first is None:
        return "N"
    rest = core[1:]
    if first.group().isupper() or rest != rest.lower():  # `iPhone`, `eSIM` are names
        return "C"
    if core.lower() in FUNCTION_WORDS:
        return "F"
    return "N" if _DIGIT.search(core) else "L"  # `ke-23`, `3nm`


def _strong_boundary(toks: list[_Tok], kinds: list[str], i: int) -> bool:
    tok, prev = toks[i], toks[i - 1]
    kind = kinds[i]
    if kind == "Q":
        return True
    if tok.glued and (kind in "CQ" or re.fullmatch(r"\d+\.", tok.text)):
        return True
    ends_sentence = prev.text.endswith((".", "?", "!")) and not re.fullmatch(r"\d+\.", prev.text)
    return ends_sentence and kind == "C"


def _titled_subject(toks: list[_Tok], kinds: list[str], first_lower: int) -> int | None:
    """Start of a subject with a title before the verb (`Presiden Ukraina Volodymyr Zelensky turut ...`).

    The last few capitalised words before the first lower-case word are searched for a title word followed by at
    least two capitalised words that are not titles or acronyms; the earliest such title starts the sentence. This
    can leave a headline's last words in the body, which is better than cutting a sentence's subject.
    """
    last = first_lower
    while last > 1 and kinds[last - 1] == "F":
        last -= 1
    run = last
    while run > 1 and kinds[run - 1] in "CN" and not toks[run - 1].text.endswith((":", ";")):
        run -= 1
    for i in range(max(run, 2, first_lower - _MAX_SUBJECT), first_lower):
        word = _lower_word(toks[i].text)
        before = toks[i - 1].text
        if word not in ROLE_WORDS or _lower_word(before) in ROLE_WORDS or before.endswith((",", ":")):
            continue
        names = [t for t in toks[i + 1 : first_lower] if _lower_word(t.text) not in ROLE_WORDS]
        if sum(1 for t in names if _kind(t.text) == "C" and not t.text.strip(_STRIP).isupper()) >= 2:
            return i
    return None


def _leads(toks: list[_Tok], kinds: list[str], j: int) -> bool:
    """A capitalised conjunction or preposition (`Ketika`, `Menurut`), not an acronym (`AS`)."""
    word = toks[j].text.strip(_STRIP)
    return j >= 1 and kinds[j] == "C" and not word.isupper() and word.lower() in _LEADING_WORDS


def _lower_word(text: str) -> str:
    return text.strip(_STRIP).lower()


def _opens_sentence(toks: list[_Tok], i: int) -> bool:
    """`Adapun ...`, `Sementara itu, ...`, `Sebab, ...` at token i."""
    if toks[i].text.rstrip(",").lower() not in _OPENER_FIRST:
        return False
    words: list[str] = []
    for tok in toks[i : i + _MAX_OPENER]:
        words.append(tok.text.rstrip(",").lower())
        phrase = tuple(words)
        if phrase in SENTENCE_OPENERS:
            return True
        if phrase in SENTENCE_OPENERS_COMMA and tok.text.endswith(","):
            return True
        if tok.text.endswith(","):
            return False
    return False
