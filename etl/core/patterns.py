"""Fast combined patterns: word lists as prefix tries, and cue families scanned from literal trigger words.

CPython's `re` tries every alternative of `(?:a|b|c...)` in turn at every position; a list of hundreds of
words written as a trie (`di(?:duga|kabarkan|laporkan)`) fails after one or two characters instead. Cue
patterns that begin with a literal word are found by scanning the text once for those words (one trie) and
matching the combined pattern only where a trigger starts; the few patterns without a literal start are
scanned the ordinary way.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from etl.rules.regex import trie

WORD_START = r"(?<![^\W\d_])"  # no letter before (digits may be glued on: `2017Apparently`)
_PREFIXES = (r"\b", r"(?:\b|(?<=[a-z]))", WORD_START)
_GLUE = r"(?:\b|(?<=[a-z]))"
_LETTERS = re.compile(r"[a-z][a-z-]*")


def _scan(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth before it) of each character from `start`, skipping escapes and [classes]."""
    depth, i = 0, start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = pattern.index("]", i + 2) + 1
            continue
        yield i, ch, depth
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        i += 1


def _group_end(pattern: str, start: int) -> int:
    """Index just after the `)` closing the group opened at `start`."""
    for i, ch, depth in _scan(pattern, start):
        if ch == ")" and depth == 1:
            return i + 1
    raise ValueError(f"unbalanced pattern {pattern!r}")


def _split_top(body: str) -> list[str]:
    """The alternatives of `body` at its top level."""
    cuts = [i for i, ch, depth in _scan(body) if ch == "|" and depth == 0]
    return [body[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(body)], strict=True)]


MAX_PHRASES = 40


def triggers(pattern: str) -> tuple[set[str], bool] | None:
    """The literal words (or phrases, words joined by one space standing for any whitespace) a match of
    `pattern` starts with, and whether they may be glued to a word before; None when the start is not
    literal."""
    glued = pattern.startswith(_GLUE)
    for prefix in sorted(_PREFIXES, key=len, reverse=True):
        if pattern.startswith(prefix):
            pattern = pattern[len(prefix) :]
            break
    while pattern.startswith("(?<"):  # a look-behind constrains the context, not the first word
        pattern = pattern[_group_end(pattern, 0) :]
    first = _leading(pattern)
    if first is None:
        return None
    words, rest = first
    while rest.startswith(r"\s+") and all(w.isalpha() for w in words):  # `(?:kita|yang)\s+duga` -> `yang duga`
        following = _leading(rest[3:])
        if following is None or len(words) * len(following[0]) > MAX_PHRASES:
            break
        words = {f"{w} {f}" for w in words for f in following[0]}
        rest = following[1]
    return words, glued


def _leading(pattern: str) -> tuple[set[str], str] | None:
    """The literal words `pattern` starts with, and the pattern after them (empty when they are partial)."""
    if pattern.startswith("(?:"):
        end = _group_end(pattern, 0)
        if pattern[end : end + 1] in ("?", "*", "{"):
            return None
        words: set[str] = set()
        complete = True
        for alt in _split_top(pattern[3 : end - 1]):
            found = _literal(alt)
            if not found:
                return None
            words.add(found)
            complete = complete and found == alt
        return words, pattern[end:] if complete else ""
    found = _literal(pattern)
    if not found:
        return None
    return {found}, pattern[len(found) :] if pattern[len(found) : len(found) + 1] not in ("?", "*", "{") else ""


def _literal(text: str) -> str | None:
    m = _LETTERS.match(text)
    if not m:
        return None
    word = m.group()
    if text[m.end() : m.end() + 1] in ("?", "*", "{"):  # the last letter is optional
        word = word[:-1]
    return word or None


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    name: str


class Triggered:
    """Named patterns found from their trigger words. One trie scan finds where a trigger word starts; there a
    small pattern combining only the patterns of that trigger (and of its trigger prefixes) is matched.
    `finditer` yields non-overlapping hits, earliest first, the first listed pattern winning at one position.
    Case-insensitive. Patterns without a literal start (see `triggers`) are scanned the ordinary way."""

    def __init__(self, named: list[tuple[str, str]]) -> None:
        self.names = [name for name, _ in named]
        by_trigger: dict[str, list[int]] = defaultdict(list)
        plain, glued, free = set(), set(), []
        for i, (_, pattern) in enumerate(named):
            found = triggers(pattern)
            if found is None:
                free.append(f"(?P<g{i}>{pattern})")
                continue
            for word in found[0]:
                by_trigger[word.lower()].append(i)
                (glued if found[1] else plain).add(word.lower())
        scan = ([f"{WORD_START}({trie(sorted(plain))})"] if plain else []) + (
            [f"({trie(sorted(glued))})"] if glued else []
        )
        self.scan = re.compile("|".join(scan) or r"(?!x)x", re.IGNORECASE)
        self.dispatch: dict[str, re.Pattern[str]] = {}
        for word in by_trigger:
            ids = sorted({i for prefix, found in by_trigger.items() if word.startswith(prefix) for i in found})
            alternatives = "|".join(f"(?P<g{i}>{named[i][1]})" for i in ids)
            self.dispatch[word] = re.compile(alternatives, re.IGNORECASE | re.MULTILINE)
        self.free = re.compile("|".join(free), re.IGNORECASE | re.MULTILINE) if free else None

    def finditer(self, text: str, pos: int = 0, last: int | None = None) -> Iterator[Hit]:
        """Hits starting from `pos` up to `last` included (the whole text by default)."""
        hits: list[Hit] = []
        dispatch = self.dispatch
        last = len(text) if last is None else last
        taken = -1
        cursor: int | None = pos
        while cursor is not None:
            scan, cursor = self.scan.finditer(text, cursor), None
            for t in scan:
                start = t.start()
                if start > last:
                    break
                if start < taken:
                    continue
                key = " ".join(t.group().lower().split())
                m = dispatch[key].match(text, start)
                if m is not None:
                    hits.append(Hit(start, m.end(), m.group(), self.names[int(m.lastgroup[1:])]))
                    taken = m.end()
                elif " " in key:  # a phrase whose patterns fail (`were alleged`, no `to`) may hide a trigger
                    cursor = start + 1
                    break
        if self.free is not None:
            hits += [
                Hit(m.start(), m.end(), m.group(), self.names[int(m.lastgroup[1:])])
                for m in self.free.finditer(text, pos)
                if m.start() <= last
            ]
            hits.sort(key=lambda h: (h.start, -h.end))
        return iter(hits)
