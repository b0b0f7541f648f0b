"""Sentence splitting for scraped Indonesian, Malay and English news.

One compiled pattern finds candidate sentence ends; abbreviations are excluded by fixed-width look-behinds
built from the cue modules, so the regex engine does the filtering. Hazards handled:

- abbreviations and titles (`dr.`, `Kol.`, `No.`, `Jl.`, `U.S.`, single initials `Donald J. Trump`);
- numbers (`13.500`, `2,5`, `Rp 16.355`): a stop followed by no space is no end, unless glued to a capital;
- run-together paragraphs (`... WIB.Sunoto`, `2016.Namun`, `Liga 1.Manajer`): a stop between a lower-case word
  or a number and a capitalised word is an end;
- comma-to-period damage (`mengataka. untuk`): a stop followed by a lower-case word is no end;
- a quotation opened inside a sentence (`dia mengklaim: "A. B."`) stays in that sentence;
- paragraph breaks always end a sentence; a one-line article is split on its stops alone.

`quote_groups` tells which sentences belong to one quotation, so a quote's attribution clause
(`," kata Budi.`) can be found for every sentence of the quote.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from functools import lru_cache

from etl.core.models import Sentence
from etl.rules.cues import LANGUAGES

_OPEN_Q = r"(?:[\"“]|&(?:amp;)?(?:quot|ldquo);)"
_CLOSE_Q = r"(?:[\"”]|&(?:amp;)?(?:quot|rdquo);)"
_NOT_Q = r"(?:(?!&(?:amp;)?(?:quot|[lr]dquo);)[^\"”“\n])"
_CLOSERS = r"(?:[\"”’'»)\]]|&(?:amp;)?(?:quot|rdquo|rsquo);)*"
_GAP = r"(?:\s|&(?:amp;)?nbsp;)+"
_NEXT = r"(?:[\"“‘'«(\[]|&(?:amp;)?(?:quot|ldquo|lsquo);){0,2}[A-Z0-9À-ÖØ-Þ]"
# Abbreviations that may end a sentence when a capitalised word follows (`... 20 jt. Kemudian`).
_MAY_END = frozenset({"jt", "rb", "dll", "dsb", "dst", "etc", "Inc", "Co", "Ltd", "Corp"})


def _lookbehinds(abbreviations: set[str]) -> str:
    """`(?<!\\bdr\\.)(?<!\\bKol\\.)...`: after a stop, one fixed-width look-behind per abbreviation length."""
    by_len: dict[int, list[str]] = defaultdict(list)
    for abbr in sorted(abbreviations):
        by_len[len(abbr)].append(re.escape(abbr))
    parts = [rf"(?<!\b(?:{'|'.join(group)})\.)" for _, group in sorted(by_len.items())]
    # single initials (`J.`), dotted acronyms (`U.S.`, `a.m.`)
    parts += [r"(?<!\b[A-Z]\.)", r"(?<!\b[A-Za-z]\.[A-Za-z]\.)"]
    return "".join(parts)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    abbreviations = {a for lang in LANGUAGES.values() for a in lang.abbreviations} - _MAY_END
    stop = rf"\.{_lookbehinds(abbreviations)}"  # a full stop that does not end an abbreviation
    end = re.compile(
        rf"(?=[\n.!?…A-Z])(?:"  # a one-character gate: most positions fail here
        rf"(?P<nl>\n\s*)"  # paragraph break
        rf"|(?:{stop}|[!?…])[.!?…]*{_CLOSERS}(?={_GAP}{_NEXT})"  # stop, space, capital
        rf"|(?:{stop}|[!?])(?<=[A-Za-z0-9)%][A-Za-z0-9)%][.!?]){_CLOSERS}(?=[A-ZÀ-ÖØ-Þ][a-z])"  # `WIB.Sunoto`
        rf"|\.(?<=[\s(]\d\.)(?=[A-ZÀ-ÖØ-Þ][a-z]{{2}})"  # a lone digit glued to the next sentence: `Liga 1.Manajer`
        rf"|(?P<date>[A-Z])(?<=\b[12]\d{{3}}[A-Z])(?=[a-z])"  # a tweet's date glued to the next text: `2017That`
        rf")"
    )
    # A quotation opened inside a sentence (after `:` or `,`): no sentence ends inside it.
    inner = re.compile(rf"(?:[:,]\s+{_OPEN_Q}|[:,]\s*“)(?=\S){_NOT_Q}{{1,700}}?{_CLOSE_Q}")
    # Any quotation: opened after a space or at a line start, closed before a space, punctuation or end.
    quote = re.compile(
        rf"(?:^|(?<=[\s(]))({_OPEN_Q})(?=\S){_NOT_Q}{{1,2500}}?{_CLOSE_Q}(?=[\s,.;:!?)]|$)", re.MULTILINE
    )
    return end, inner, quote


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, whitespace trimmed, empty ones dropped."""
    end_re, inner_re, _ = _patterns()
    cuts = [
        (m.start(), m.end())
        if m.group("nl") is not None
        else (m.start(), m.start())
        if m.group("date")
        else (m.end(), m.end())
        for m in end_re.finditer(text)
    ]
    if not cuts:
        return _trimmed(text, [(0, len(text))])
    protected = [m.span() for m in inner_re.finditer(text)] if ("“" in text or '"' in text or "&" in text) else []
    if protected:
        starts = [s for s, _ in protected]
        kept = []
        for a, b in cuts:
            i = bisect_right(starts, a) - 1
            if i >= 0 and a < protected[i][1] - 1 and "\n" not in text[a:b]:
                continue
            kept.append((a, b))
        cuts = kept
    spans = []
    pos = 0
    for a, b in cuts:
        spans.append((pos, a))
        pos = b
    spans.append((pos, len(text)))
    return _trimmed(text, spans)


def _trimmed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for a, b in spans:
        seg = text[a:b]
        stripped = seg.strip()
        if not stripped:
            continue
        lead = len(seg) - len(seg.lstrip())
        out.append((a + lead, a + lead + len(stripped)))
    return out


def split_sentences(text: str | None, part: str = "body") -> list[Sentence]:
    """The sentences of one part (title, lede or body), numbered from 1 within the part."""
    if not text:
        return []
    return [Sentence(part, i, text[a:b], a, b) for i, (a, b) in enumerate(sentence_spans(text), start=1)]


def quote_groups(text: str, sentences: list[Sentence]) -> dict[int, int]:
    """Sentence index -> index of the sentence that closes its quotation (where the attribution clause is).

    Only sentences inside a quotation spanning several sentences are listed.
    """
    if len(sentences) < 2 or not ('"' in text or "“" in text or "&" in text):
        return {}
    _, _, quote_re = _patterns()
    starts = [s.start for s in sentences]
    groups: dict[int, int] = {}
    for m in quote_re.finditer(text):
        first = bisect_right(starts, m.start()) - 1
        last = bisect_right(starts, m.end() - 1) - 1
        if first < 0 or last <= first:
            continue
        for i in range(first, last):
            groups[i] = last
    return groups
