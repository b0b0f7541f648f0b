"""Cleaning: one article's raw text to its metadata, clean body, and every span taken out of it.

The order matters and is the same for every outlet:
1. lines are split where a stray `&nbsp;` stands for an empty paragraph, then decoded and normalised; a date
   line among the first lines gives the publication time (`etl.core.pubdate`);
2. the head: a headline line and a standfirst line, only where the text really has them;
3. credits, then the dateline prefix of the first body paragraph (outlet and city), then the other span rules
   (ads, calls to action, syndication, end markers), each cut replaced by a boundary mark so that a teaser's
   headline cannot run across it;
4. teasers (`Baca juga: <headline>`), each headline delimited by `etl.core.headline`;
5. the body: what is left, paragraphs separated by one blank line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from etl.core.headline import headline_end
from etl.core.models import CleanArticle, Credit, RawArticle, RelatedLink, Removed
from etl.core.pubdate import Published, parse_date_line
from etl.core.textnorm import close_gaps, normalise_line, split_lines
from etl.rules.base import SpanRule
from etl.rules.boilerplate import FUNCTION_WORDS, RAW_RULES, SPAN_RULES
from etl.rules.credits import split_names
from etl.rules.datelines import DATELINES, city_name
from etl.rules.outlets import (
    ADAPTED,
    FACT_CHECK_DESK,
    OWN_SHOW,
    SELF_OBSERVATION,
    SELF_OBSERVATION_WINDOW,
    SELF_REFERENCE,
    SELF_REFERENCE_WINDOW,
    canonical_outlet,
    is_known_outlet,
)

CUT = "\u2029"  # stands where a span was cut out: a hard boundary for teaser headlines
_TEASERS = tuple(r for r in SPAN_RULES if r.teaser)
_SPANS = tuple(r for r in SPAN_RULES if not r.teaser)
_ALL_LITERALS = {lit for r in SPAN_RULES if r.trigger for lit in r.trigger.literals}
_CAPITALISED = re.compile(r"[A-Z][a-z]*")
_WORD_LITERALS = tuple(sorted(lit for lit in _ALL_LITERALS if re.fullmatch(r"[A-Z][a-z]+", lit)))
_OTHER_LITERALS = tuple(sorted(_ALL_LITERALS.difference(_WORD_LITERALS)))
_RAW_LITERALS = tuple(sorted({lit for r in RAW_RULES if r.trigger for lit in r.trigger.literals}))
_LINE_CREDITS = tuple(r for r in _SPANS if r.kind == "credit" and r.where == "line")
# A cut and the spaces and cuts after it, before punctuation; the spaces before it go too (see `_body_text`).
_CUT_BEFORE_PUNCT = re.compile(r"\u2029[ \u2029]*(?=[,.;:!?](?:\s|$))")
_HEADLINE_SUFFIX = re.compile(r"\s*(?:di\s+sini\s*)?:\s*$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TERMINAL = (".", "!", "?", ",", ";", ":", '"', "”", "'")
_HINTS = (
    (re.compile(r"\[Gambas:Video CNN\]"), "CNN Indonesia"),
    (re.compile(r"\[Gambas:Video 20detik\]"), "Detik"),
    (re.compile(r"telah\s+tayang\s+di\s+(?P<outlet>\S+?\.com)"), None),
)
END_WINDOW = 600  # `where="end"` rules fire only this close to the end of the text
_WEAK_DATELINES = ("dateline.city_only", "dateline.city_title")  # a city and a dash: not enough to frame a head


@dataclass
class _Para:
    line_no: int
    text: str
    same_line: bool = False  # split from the previous paragraph on the same raw line by a stray entity


def clean_article(raw: RawArticle) -> CleanArticle:
    art = CleanArticle(body="")
    paras = _paragraphs(raw, art)
    _published(paras, art)
    paras = [p for p in paras if p.text]
    if raw.has_head:
        _head(paras, art)
    # Rules whose trigger the article lacks are dropped once, and those a paragraph lacks for that paragraph.
    found = _found_literals("\n".join(p.text for p in paras))
    here = [_rules_for(frozenset(lit for lit in found if lit in p.text)) for p in paras] if len(paras) > 1 else []
    here = here or [_rules_for(found)]
    tail = len(paras) - 2
    # Credits go first (`Laporan Wartawan X. KABARKU.COM, KOTA - ...`), then the dateline they may hide, before
    # any other rule can cut into it (`ISTANBUL (Kabarku/Rilis) -`), then the rest and the teasers.
    for i, para in enumerate(paras):
        para.text = _cut_spans(para, art, i >= tail, here[i].credits)
    _dateline(paras, art)
    for i, para in enumerate(paras):
        para.text = _cut_spans(para, art, i >= tail, here[i].others)
    for i, para in enumerate(paras):
        following = paras[i + 1] if i + 1 < len(paras) else None
        para.text = _cut_teasers(para, art, following, here[i].teasers)
    if art.outlet is None:
        art.outlet = _self_named_outlet(raw.text)
    art.outlet_hint = _outlet_hint(raw.text)
    art.body = "\n\n".join(t for t in (_body_text(p.text) for p in paras) if t)
    return art


def _self_named_outlet(text: str) -> str | None:
    """The outlet a text names as itself in passing, when no dateline or credit does (see etl/rules/outlets.py).

    Each pattern is searched only where a literal that all its matches hold is present (a substring test costs
    a small share of a regex scan): the desk's `TurnBackHoax`, `isadur`, the self name's `.com`, `.id` or
    `detik` (`CNN` too for an observation) within the window, `Saksikan` for a show.
    """
    m = FACT_CHECK_DESK.search(text) if "TurnBackHoax" in text else None
    if m is None and not ("isadur" in text and ADAPTED.search(text)):
        m = _self_name_search(SELF_REFERENCE, text, SELF_REFERENCE_WINDOW, ()) or _self_name_search(
            SELF_OBSERVATION, text, SELF_OBSERVATION_WINDOW, ("CNN",)
        )
    if m is None and "Saksikan" in text:
        show = OWN_SHOW.search(text)
        m = show if show and is_known_outlet(show.group("outlet")) else None
    return canonical_outlet(m.group("outlet")) if m else None


_SELF_NAME_LITERALS = (".com", ".id", "detik")  # every outlet name of `_SELF_NAME` in etl/rules/outlets.py


def _self_name_search(pattern: re.Pattern[str], text: str, window: int, more: tuple[str, ...]) -> re.Match | None:
    head = text[:window]
    if not any(lit in head for lit in (*_SELF_NAME_LITERALS, *more)):
        return None
    return pattern.search(text, 0, window)


def _found_literals(text: str) -> frozenset[str]:
    """The rule literals `text` holds: capitalised words from one pass over its words, the rest by substring."""
    words = set(_CAPITALISED.findall(text))
    return frozenset([w for w in _WORD_LITERALS if w in words] + [o for o in _OTHER_LITERALS if o in text])


class _Rules(NamedTuple):
    credits: list[SpanRule]
    others: list[SpanRule]
    teasers: list[SpanRule]


@lru_cache(maxsize=4096)
def _rules_for(found: frozenset[str]) -> _Rules:
    """The credit, other span and teaser rules whose trigger is among `found` (rules without one always stay).

    A paragraph's literals are a subset of its article's, so they alone decide its rules; paragraphs share few
    distinct sets (most hold none), so the lists are built once per set."""
    spans = [r for r in _SPANS if r.trigger is None or r.trigger.fires(found)]
    teasers = [r for r in _TEASERS if r.trigger is None or r.trigger.fires(found)]
    return _Rules([r for r in spans if r.kind == "credit"], [r for r in spans if r.kind != "credit"], teasers)


def _body_text(text: str) -> str:
    """A paragraph's text once its cuts are closed: no space left before punctuation that followed a cut."""
    if CUT in text:
        text = _close_cuts(text).replace(CUT, " ")
    return close_gaps(text)


def _close_cuts(text: str) -> str:
    """Each cut right before punctuation taken out with the spaces and cuts around it (`a \u2029, b` -> `a, b`).

    The pattern starts at the cut itself, a literal the engine finds fast, and the spaces before it are
    dropped here: a pattern opening with ` *` is tried at every position of the text."""
    pieces, last = [], 0
    for m in _CUT_BEFORE_PUNCT.finditer(text):
        pieces.append(text[last : m.start()].rstrip(" "))
        last = m.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


# --- 1. paragraphs ------------------------------------------------------------------------------------


def _paragraphs(raw: RawArticle, art: CleanArticle) -> list[_Para]:
    paras: list[_Para] = []
    found = frozenset(lit for lit in _RAW_LITERALS if lit in raw.text)
    raw_rules = [r for r in RAW_RULES if r.trigger is None or r.trigger.fires(found)]
    for i, line in enumerate(split_lines(raw.text)):
        line_no = raw.line_offset + i + 1
        pieces, last = [], 0
        # every rule's matches, cut in the order they stand in the line (an overlapping later one is skipped)
        found = sorted(((m, r) for r in raw_rules for m in r.pattern.finditer(line)), key=lambda mr: mr[0].start())
        for m, rule in found:
            if m.start() < last:
                continue
            pieces.append(line[last : m.start()])
            art.removed.append(Removed(line_no, m.group(), rule.kind, rule.name))
            last = m.end()
        pieces.append(line[last:])
        for n, piece in enumerate(pieces):
            text = normalise_line(piece).strip()
            if text:
                paras.append(_Para(line_no, text, same_line=n > 0))
    return paras


# --- 2. publication time and head ---------------------------------------------------------------------

HEAD_LINES = 4  # a date line counts only among the first lines


def _published(paras: list[_Para], art: CleanArticle) -> None:
    """A date line among the first lines, or a date right before the first paragraph's dateline."""
    sentences = 0
    for para in paras[:HEAD_LINES]:
        found = parse_date_line(para.text)
        if found:
            _set_published(art, found[0], para, para.text.strip())
            para.text = ""
            return
        sentences += para.text.endswith((".", "!", "?", '"', "”"))
        if sentences >= 2:  # the body has begun (a standfirst may end in a full stop; two sentences are body)
            break
    if paras and (found := parse_date_line(paras[0].text, prefix=True)):
        published, end = found
        if _starts_with_dateline(paras[0].text[end:]):
            _set_published(art, published, paras[0], paras[0].text[:end].strip())
            paras[0].text = CUT + paras[0].text[end:]


def _set_published(art: CleanArticle, published: Published, para: _Para, span: str) -> None:
    art.published_at, art.published_raw = published.at, published.raw
    art.removed.append(Removed(para.line_no, span, "other", "published.date_line"))


def _head(paras: list[_Para], art: CleanArticle) -> None:
    if len(paras) < 2:
        return
    first, second = paras[0], paras[1]
    after = paras[2] if len(paras) > 2 else None
    if not _headline_like(first.text) or _is_furniture(first.text) or _starts_with_dateline(first.text):
        return
    if not (_title_case(first.text) >= 0.6 or _is_furniture(second.text) or _starts_with_dateline(second.text)):
        return
    art.title = first.text
    art.removed.append(Removed(first.line_no, first.text, "title", "head.title"))
    first.text = ""
    if after is None or _is_furniture(second.text) or _starts_with_dateline(second.text):
        return
    standfirst = len(second.text.split()) <= 60 and (
        not second.text.endswith((".", "!", "?")) or _is_furniture(after.text) or _starts_with_dateline(after.text)
    )
    if standfirst:
        art.lede = second.text
        art.removed.append(Removed(second.line_no, second.text, "lede", "head.lede"))
        second.text = ""


def _headline_like(text: str) -> bool:
    words = text.split()
    return 3 <= len(words) <= 30 and len(text) <= 250 and not text.endswith(_TERMINAL[:6])


def _title_case(text: str) -> float:
    content = [w for w in _WORD.findall(text) if w.lower() not in FUNCTION_WORDS]
    return sum(w[0].isupper() for w in content) / len(content) if content else 0.0


def _is_furniture(text: str) -> bool:
    """A credit line or a line that some boilerplate rule would take whole."""
    return any(r.pattern.search(text) for r in _LINE_CREDITS) or any(
        (m := r.pattern.match(text)) is not None and m.end() > 0 for r in (*_TEASERS, *_SPANS)
    )


def _starts_with_dateline(text: str) -> bool:
    return any(d.pattern.match(text) for d in DATELINES if d.name not in _WEAK_DATELINES)


# --- 3. span rules ------------------------------------------------------------------------------------


def _cut_spans(para: _Para, art: CleanArticle, tail: bool, rules: list[SpanRule]) -> str:
    text = para.text
    for rule in rules:
        start = 0
        if rule.where == "end":
            if not tail:
                continue
            start = max(0, len(text) - END_WINDOW)
        cuts = []
        for m in rule.pattern.finditer(text, start):
            if not m.group().strip(CUT + " "):
                continue
            cuts.append(m)
            _read_groups(rule, m, art)
            art.removed.append(Removed(para.line_no, m.group().strip(), rule.kind, rule.name))
        for m in reversed(cuts):
            text = text[: m.start()] + CUT + text[m.end() :]
    return text


def _read_groups(rule: SpanRule, m: re.Match[str], art: CleanArticle) -> None:
    groups = m.groupdict()
    if groups.get("outlet") and rule.kind != "credit" and not art.outlet:
        art.outlet = canonical_outlet(groups["outlet"])
    if rule.kind != "credit":
        return
    authors = split_names(groups.get("authors"))
    editors = split_names(groups.get("editor"))
    named = bool(authors or editors or groups.get("initials"))
    art.credits.append(Credit(m.group().strip(), rule.name, editors, authors, parsed=named))
    for name in authors:
        if name not in art.authors:
            art.authors.append(name)
    if editors:
        known = art.editor.split(", ") if art.editor else []
        art.editor = ", ".join(known + [e for e in editors if e not in known])
    if groups.get("outlet") and not art.outlet:
        art.outlet = canonical_outlet(groups["outlet"])


# --- 4. teasers ---------------------------------------------------------------------------------------


def _cut_teasers(para: _Para, art: CleanArticle, following: _Para | None, rules: list[SpanRule]) -> str:
    text = para.text
    if not rules:
        return text
    cues = sorted(
        ((m, r) for r in rules for m in r.pattern.finditer(text) if m.group().strip()),
        key=lambda mr: mr[0].start(),
    )
    cuts: list[tuple[int, int]] = []
    for n, (m, rule) in enumerate(cues):
        if cuts and m.start() < cuts[-1][1]:
            continue
        limit = cues[n + 1][0].start() if n + 1 < len(cues) else len(text)
        cut_mark = text.find(CUT, m.end(), limit)
        limit = cut_mark if cut_mark >= 0 else limit
        start = m.start()
        bracket = start - 1
        while bracket >= 0 and text[bracket] == " ":
            bracket -= 1
        # `(Baca juga: Judul)`: the teaser ends at its closing bracket.
        close = text.find(")", m.end(), limit) if bracket >= 0 and text[bracket] == "(" else -1
        if close >= 0:
            start, end = bracket, close + 1
        else:
            end = headline_end(text, m.end(), limit)
        if rule.strict and not _listed_headline(text[m.end() : end]):
            continue
        span = text[start:end].strip()
        art.removed.append(Removed(para.line_no, span, rule.kind, rule.name))
        headline = _headline_text(text[m.end() : end])
        if headline:
            art.related.append(RelatedLink(len(art.related) + 1, headline))
        cuts.append((start, end))
        if end >= len(text.rstrip()) and following is not None:
            _cut_continued(following, art, rule)
    for start, end in reversed(cuts):
        text = text[:start] + CUT + text[end:]
    return text


def _listed_headline(text: str) -> bool:
    """A headline after a cue that also opens ordinary lists: title case, several words, not shouted."""
    text = text.strip()
    return len(text.split()) >= 5 and _title_case(text) >= 0.7 and not text.isupper()


def _headline_text(text: str) -> str:
    text = _HEADLINE_SUFFIX.sub("", text.strip())
    text = text.strip(" \"'“”‘’()")
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text


def _cut_continued(para: _Para, art: CleanArticle, rule: SpanRule) -> None:
    """A second headline right after a teaser, without its own cue (`Baca juga: A <p> B`).

    On its own line it must fill the line; split off the same line by a stray `&nbsp;` (one-line texts),
    it runs to where the next sentence starts.
    """
    text = para.text
    end = len(text)
    if para.same_line and not _continued_headline(text):
        end = headline_end(text, 0, len(text))
    span = text[:end].strip()
    if not _continued_headline(span):
        return
    art.removed.append(Removed(para.line_no, span, rule.kind, rule.name + ".continued"))
    art.related.append(RelatedLink(len(art.related) + 1, _headline_text(span)))
    para.text = CUT + text[end:]


def _continued_headline(text: str) -> bool:
    return (
        _headline_like(text)
        and 4 <= len(text.split()) <= 20
        and _title_case(text) >= 0.8
        and text[0] not in "\"“‘'("
        and not _starts_with_dateline(text)
    )


# --- 3b. dateline (between the credits and the other span rules) ---------------------------------------


def _dateline(paras: list[_Para], art: CleanArticle) -> None:
    para = next((p for p in paras if p.text.strip(CUT + " ")), None)
    if para is None:
        return
    text = para.text
    lead = len(text) - len(text.lstrip(CUT + " "))
    for pattern in DATELINES:
        m = pattern.pattern.match(text[lead:])
        if not m:
            continue
        art.dateline = m.group().strip()
        art.removed.append(Removed(para.line_no, art.dateline, "dateline", pattern.name))
        outlet = canonical_outlet(m.groupdict().get("outlet"))
        if outlet:
            art.outlet = outlet
        art.dateline_city = city_name(m.groupdict().get("city"))
        para.text = text[:lead] + CUT + text[lead + m.end() :]
        return


def _outlet_hint(text: str) -> str | None:
    for pattern, outlet in _HINTS:
        m = pattern.search(text)
        if m:
            return outlet or canonical_outlet(m.group("outlet"))
    return None
