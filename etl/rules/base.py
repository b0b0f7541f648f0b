"""The shapes rules take."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# The kinds a removed span may have (the `boilerplate.rule` column of the contract).
BOILERPLATE_KINDS = ("title", "lede", "credit", "dateline", "related_link", "ad", "cta", "syndication", "other")


class Trigger:
    """What every match of a rule contains, as literals (`Baca|BACA`, case-sensitive): the cleaner tries the
    rule only on text holding one of them. Substring and word-set tests cost far less than regex scans."""

    __slots__ = ("literals",)

    def __init__(self, spec: str) -> None:
        self.literals = frozenset(spec.split("|"))
        if "" in self.literals:
            raise ValueError(f"trigger {spec!r}: empty literal (a literal `|` cannot be a trigger)")

    def fires(self, found: frozenset[str]) -> bool:
        """Whether any literal is among `found` (the literals of all rules that a text holds)."""
        return not self.literals.isdisjoint(found)


@dataclass(frozen=True)
class SpanRule:
    """A span of text that is not the article's body.

    `pattern` matches the whole span, except for teasers (`teaser=True`), where it matches the cue
    (`Baca juga:`) and the headline that follows is delimited by `etl.core.headline`.
    Named groups `authors`, `editor` and `outlet` (credits) are read into the article's metadata.
    `remove` holds (text, span) examples: cleaning `text` must remove exactly `span` by this rule.
    `keep` holds texts in which this rule must remove nothing.
    `trigger` lists literals of which every match holds one; the cleaner skips the rule where none is found.
    """

    name: str
    kind: str
    pattern: re.Pattern[str]
    teaser: bool = False
    remove: tuple[tuple[str, str], ...] = ()
    keep: tuple[str, ...] = ()
    where: str = "anywhere"  # anywhere | end (only in the last paragraphs) | line (must fill its paragraph)
    strict: bool = False  # teasers whose cue also opens ordinary lists (`•`): the headline must look like one
    # What every match contains (`Baca|BACA`): the rule is only tried on text where it is found.
    trigger: Trigger | None = None

    def __post_init__(self) -> None:
        if self.kind not in BOILERPLATE_KINDS:
            raise ValueError(f"rule {self.name}: unknown kind {self.kind!r}")


def rule(
    name: str,
    kind: str,
    pattern: str,
    *,
    teaser: bool = False,
    remove: tuple[tuple[str, str], ...] | list[tuple[str, str]] = (),
    keep: tuple[str, ...] | list[str] = (),
    where: str = "anywhere",
    strict: bool = False,
    trigger: str | None = None,
    flags: int = 0,
) -> SpanRule:
    compiled_trigger = Trigger(trigger) if trigger else None
    return SpanRule(
        name, kind, re.compile(pattern, flags), teaser, tuple(remove), tuple(keep), where, strict, compiled_trigger
    )


@dataclass(frozen=True)
class DatelinePattern:
    """A dateline shape at the start of the first body paragraph, with `outlet` and/or `city` groups."""

    name: str
    pattern: re.Pattern[str]
    remove: tuple[tuple[str, str | None, str | None], ...] = field(default=())  # (text, outlet, city)
    keep: tuple[str, ...] = ()


def word_tuple(text: str) -> tuple[str, ...]:
    """The words of a whitespace-separated list, in order (for lexicons written as one readable block)."""
    return tuple(text.split())


def word_set(text: str) -> frozenset[str]:
    """The set of words of a list written as text, one or more per line (`"di ke dari"`)."""
    return frozenset(text.split())
