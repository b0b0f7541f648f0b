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


# --- required literals: a cheap test that a pattern cannot match a text -------------------------------------

_CAP = 64  # most strings one part of a pattern may stand for before it counts as "anything"
# characters that `re.IGNORECASE` equates with an ASCII letter although `str.lower` does not (`İ`, `ı`, `ſ`, `K`)
ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")
_ZERO_WIDTH = {"AT", "ASSERT_NOT"}


def required(pattern: str) -> frozenset[str] | None:
    """Lower-case strings one of which occurs in `text.lower()` whenever `pattern` matches in `text` (anywhere, with
    any flags), or None when no such set was found. A necessary condition only: a text holding one may still not
    match. Valid for texts without the characters of ODD_CASE."""
    from re import _parser

    try:
        _, best = _info(_parser.parse(pattern, 0).data)
    except (re.error, RecursionError):
        return None
    return best


def _score(strings: frozenset[str] | None) -> tuple[int, int]:
    if not strings:
        return (-1, 0)
    return (min(len(s) for s in strings), -len(strings))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    return b if _score(b) > _score(a) else a


def _info(items: list) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(every string the sequence may match when there are few, else None; its best required set, or None)."""
    run: frozenset[str] | None = frozenset({""})
    exact = True
    best: frozenset[str] | None = None
    for op, av in items:
        node_exact, node_best = _node(str(op), av)
        if node_exact is not None and run is not None and len(run) * len(node_exact) <= _CAP:
            run = frozenset(a + b for a in run for b in node_exact)
            best = _better(best, node_best)
            continue
        exact = False
        if run is not None and "" not in run:
            best = _better(best, run)
        best = _better(best, node_best)
        run = node_exact if node_exact is not None and len(node_exact) <= _CAP else frozenset({""})
    if run is not None and "" not in run:
        best = _better(best, run)
    return (run if exact else None), best


def _char(code: int) -> str | None:
    """A pattern character as `str.lower` writes it where case folding agrees with it (ASCII, caseless), else None."""
    ch = chr(code)
    return ch.lower() if ch.isascii() or ch.lower() == ch.upper() else None


class Prefilter:
    """Which of several patterns may match a text, from one scan of it for their required strings (`required`).

    `satisfied(text)` returns the ids of the requirements met (or None when the text defeats the test: see
    ODD_CASE); a pattern whose requirement ids are not all in it cannot match the text."""

    def __init__(self, requirements: list[frozenset[str]]) -> None:
        self.requirements = requirements
        strings = sorted(set().union(*requirements)) if requirements else []
        met = {s: frozenset(i for i, r in enumerate(requirements) if s in r) for s in strings}
        # the scan finds at each position the longest string starting there; the shorter ones it begins with too
        self.met = {s: frozenset().union(*(ids for t, ids in met.items() if s.startswith(t))) for s in strings}
        self.finder = re.compile(f"(?=({trie(strings, space=' ')}))") if strings else None

    def satisfied(self, text: str) -> frozenset[int] | set[int] | None:
        if ODD_CASE.search(text) or self.finder is None:
            return None
        met = self.met
        out: set[int] = set()
        for s in set(self.finder.findall(text.lower())):
            out |= met[s]
        return out


def _node(op: str, av) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    if op == "LITERAL":
        ch = _char(av)
        return (None, None) if ch is None else (frozenset({ch}), frozenset({ch}))
    if op == "IN":
        if all(str(o) == "LITERAL" for o, _ in av):
            chars = frozenset(_char(v) for _, v in av)
            if None not in chars and len(chars) <= 4:
                return chars, chars
        return None, None
    if op in _ZERO_WIDTH:
        return frozenset({""}), None
    if op == "ASSERT":  # a look-around takes no width; what it looks at must be there all the same
        exact, best = _info(av[1])
        return frozenset({""}), _better(best, exact if exact and "" not in exact else None)
    if op in ("SUBPATTERN", "ATOMIC_GROUP"):
        return _info(av[-1] if op == "SUBPATTERN" else av)
    if op == "BRANCH":
        infos = [_info(branch) for branch in av[1]]
        exacts = [e for e, _ in infos]
        exact = None
        if all(e is not None for e in exacts):
            union = frozenset().union(*exacts)
            exact = union if len(union) <= _CAP else None
        bests = [e if e is not None and "" not in e else b for e, b in infos]
        best = frozenset().union(*bests) if all(bests) else None
        return exact, best
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, body = av
        exact, best = _info(body)
        if low == 0:
            return None, None
        if low == high == 1:
            return exact, best
        return None, _better(best, exact if exact and "" not in exact else None)
    return None, None  # any character, a class, a category, a back-reference
