"""Extraction of who the article attributes information to, and which sentences carry hedged claims.

Per article: detect the language, split title, lede and body into sentences, find hedge cues with one
combined pattern per part, find party mentions in the sentences that carry a reporting cue, then

- sources: one row per distinct party (first mention's form), pronouns and the article's own outlet left out;
- claims (etl.core.claims): every sentence with a hedge cue; attributed when the sentence (or its quotation's
  attribution clause) names the party that makes or reports the claim, pronouns resolving to the person nearby.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from etl.core.aliases import Aliases
from etl.core.claims import Analysed, find_claims, tweet_groups
from etl.core.grammar import cue_positions, grammar
from etl.core.hedges import UNNAMED, find_cues
from etl.core.language import detect_language
from etl.core.models import PARTS, Attribution, Source
from etl.core.names import same_party, words_of
from etl.core.parallel import chunked_map
from etl.core.screen import screen_claims, screen_sources
from etl.core.sentences import quote_groups, split_sentences
from etl.core.sources import Mention, find_mentions, unnamed
from etl.rules.cues import language as cue_language
from etl.rules.outlets import FACT_CHECK_TEAM, canonical_outlet, outlet_key


def attribute(title: str | None, lede: str | None, body: str, outlet: str | None = None) -> Attribution:
    """Language, sources and claims of one article."""
    text = "\n".join(p for p in (title, lede, body) if p)
    code = detect_language(text)
    lang = cue_language(code)
    g = grammar(lang)
    roles = words_of(lang).roles
    sents: list[Analysed] = []
    for part, part_text in zip(PARTS, (title, lede, body), strict=True):
        if not part_text:
            continue
        base = len(sents)
        split = split_sentences(part_text, part)
        items = [Analysed(s) for s in split]
        for a, b in pairwise(items):
            b.joined = "\n" not in part_text[a.sentence.end : b.sentence.start]
        starts = [s.start for s in split]
        for c in find_cues(part_text, lang):
            items[bisect_right(starts, c.start) - 1].cues.append(c)
        for pos in cue_positions(g, part_text):
            items[max(0, bisect_right(starts, pos) - 1)].reporting = True
        for i, leader in quote_groups(part_text, split).items():
            items[i].leader = base + leader
        sents += items
    for i, s in enumerate(sents):
        text_i = s.sentence.text
        s.opens_quote = text_i[:1] in '"“' or text_i.startswith(("&quot;", "&ldquo;", "&amp;"))
        if s.reporting:
            found = find_mentions(g, i, text_i, bool(s.cues))
            if outlet:  # the article's own outlet is no source, nor the party a claim is attributed to
                found = [m for m in found if m.name is None or not _is_outlet(m.name, outlet)]
            s.mentions = [_opening_word(m, text_i, text, roles) if m.kind == "person" and m.name else m for m in found]
        for c in s.cues:
            if c.role == UNNAMED:  # a frame's reading of the same unnamed party is that party, unnamed
                inside = c.text.casefold()
                same = [m for m in s.mentions if m.name and m.name.casefold() in inside]
                s.mentions = [replace(m, kind="anonymous") if m in same else m for m in s.mentions]
                if not same:
                    s.mentions.append(unnamed(i, c.text))
    tweet_groups(sents)
    sources = _sources(sents, outlet, set(_INITIALS.findall(text)), Aliases(text, lang).full)
    sources = screen_sources(sources, lang)  # the learned filter drops fragments
    claims = screen_claims(find_claims(sents, lang, text), lang)  # the learned filter drops unmarked hedges
    return Attribution(language=code, sources=sources, claims=claims, sentence_count=len(sents))


PARALLEL_MIN_ARTICLES = 1000  # below this a process pool (each loads its own language models) costs more than it saves
CHUNK = 500
_RESOLVED = frozenset({"person", "role_only", "anonymous", "organization", "government"})  # short forms, offices
_INITIALS = re.compile(r"\b(?:[Bb]er)?[Ii]nisial\s+([A-Z]{1,4})\b")


_OPENING = re.compile(r"^[\W\d]*")


def _opening_word(m: Mention, sentence: str, text: str, roles: frozenset[str]) -> Mention:
    """`Gol Gray memastikan ...` -> `Gray`: a name's first word that opens the sentence and occurs in lower case
    elsewhere in the article is a common word capitalised by its position, not part of the name."""
    if m.kind != "person" or not m.name or m.role:
        return m
    if not sentence[_OPENING.match(sentence).end() :].startswith(m.name):
        return m
    first, _, rest = m.name.partition(" ")
    if not (first[:1].isupper() and first[1:].isalpha() and first[1:].islower()) or first.casefold() in roles:
        return m  # `Jaksa menyebut`: a title that names a party
    low = first.lower()
    if low not in text or not re.search(rf"(?<!\w){low}(?!\w)", text):
        return m
    if re.search(rf"(?<=[a-z,]\s){first}\b", text):  # also capitalised mid-sentence: a proper name
        return m
    return replace(m, name=rest) if rest else replace(m, name=None)  # `Militer membantah`: a common noun


@lru_cache(maxsize=8192)  # pure; the same names and outlets recur across articles
def _is_outlet(name: str, outlet: str | None) -> bool:
    if not outlet:
        return False
    name = FACT_CHECK_TEAM.sub("", name) or name  # `Tim Cek Fakta Kabarku.com` of Kabarku.com is Kabarku.com
    return canonical_outlet(name) == outlet or outlet_key(name) == outlet_key(outlet)


def _sources(
    sents: list[Analysed],
    outlet: str | None,
    initials: set[str],
    full: Callable[[str, str], str | None] = lambda n, k: None,
) -> list[Source]:
    """One source per distinct party, first mention first; `initials` are people the text names by initials;
    `full` gives the full name the article ties a short form or an office to (`Zulhas` -> `Zulkifli Hasan`)."""
    out: list[Source] = []
    aliases: dict[str, str] = {}
    shorts: list[tuple[str, str]] = []  # short forms resolved to full names
    for s in sents:
        for m in s.mentions:
            if m.name is None:  # (mentions of the article's own outlet were dropped when found)
                continue
            if m.kind in _RESOLVED:
                long = full(m.name, m.kind)
                long = long or next((f for sh, f in shorts if same_party(m.name, sh, m.kind, "person")), None)
                if long:
                    shorts.append((m.name, long))  # `Ace` after `Cok Ace` is the same person
                    m = replace(m, name=long, kind="person")
            if m.alias:
                aliases.setdefault(m.alias.casefold(), m.name)
            if m.name.casefold() in aliases and aliases[m.name.casefold()] != m.name:
                continue
            if any(same_party(m.name, o.name, m.kind, o.kind) for o in out):
                continue
            sent = s.sentence
            kind = "person" if m.name in initials else m.kind  # `berinisial AP`: not the news agency
            out.append(Source(m.name, kind, m.cue, sent.text, sent.part, sent.no, m.role))
    return out


ArticleRow = tuple[str, str | None, str | None, str, str | None]  # article_id, title, lede, body, outlet


def attribute_rows(rows: Sequence[ArticleRow]) -> list[tuple[str, Attribution, str | None]]:
    """(article_id, attribution, error) for each row; an article that makes the extraction fail gets an empty
    attribution and the error text instead of failing its batch."""
    out = []
    for article_id, title, lede, body, outlet in rows:
        try:
            out.append((article_id, attribute(title, lede, body, outlet), None))
        except Exception as exc:  # one odd article must not stop the stage; the error is reported
            out.append((article_id, Attribution(language=None), f"{type(exc).__name__}: {exc}"))
    return out


def attribute_parallel(
    rows: Sequence[ArticleRow], processes: int, min_parallel: int = PARALLEL_MIN_ARTICLES, chunk: int = CHUNK
) -> Iterator[list[tuple[str, Attribution, str | None]]]:
    """attribute_rows in chunks, on `processes` worker processes when the batch has `min_parallel` rows."""
    return chunked_map(attribute_rows, rows, processes=processes, min_parallel=min_parallel, chunk=chunk)
