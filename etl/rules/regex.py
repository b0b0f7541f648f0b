"""Word lists as regular expressions: a prefix tree (trie) of literal words, shared by rules and core.

CPython's `re` tries every alternative of `(?:a|b|c...)` in turn at every position; a list of hundreds of
words written as a trie (`di(?:duga|kabarkan|laporkan)`) fails after one or two characters instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

UPPER = "A-ZÀ-ÖØ-Þ"  # capital letters, as a character-class range


def trie(words: Iterable[str], space: str = r"\s+") -> str:
    """A regex matching exactly the given words (no anchors), with shared prefixes factored out; a space in a
    word matches `space` (any run of white space by default; `" "` for one literal space)."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(tree, space) or r"(?!x)x"


def _emit(node: dict, space: str) -> str:
    end = "" in node
    alts = [(space if ch == " " else re.escape(ch)) + _emit(sub, space) for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if end:
        body = f"(?:{body})?" if len(alts) > 1 or len(alts[0]) > 1 else body + "?"
    return body


def alt(words: Iterable[str]) -> str:
    """A non-capturing group of the words as a trie."""
    return "(?:" + trie(sorted(set(words))) + ")"


def capitalised(words: Iterable[str]) -> str:
    """Each word as written and with a capital first letter (`dia|Dia`)."""
    items = set(words)
    return alt(items | {w[:1].upper() + w[1:] for w in items})
