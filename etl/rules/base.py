"""The shapes rules take."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from etl.core.models import BOILERPLATE_KINDS

_REGEX_META = re.compile(r"[\\\[\](){}.*+?^$]")
_ESCAPED = re.compile(r"\\(.)")
_UNESCAPED_BAR = re.compile(r"(?<!\\)\|")


class Trigger:
    """What every match of a rule contains. `A|B|C` is a set of literals, compared in lower case with the
    lower-cased text (plain substring tests, far cheaper than regex scans); a trigger with other regex syntax
    (`[a-z][A-Z]`) is searched as a regex."""

    __slots__ = ("literals", "pattern")

    def __init__(self, spec: str) -> None:
        literal = not _REGEX_META.search(_ESCAPED.sub("", spec))
        parts = (_ESCAPED.sub(r"\1", part).lower() for part in _UNESCAPED_BAR.split(spec))
        self.literals = frozenset(parts) if literal else None
        self.pattern = None if literal else re.compile(spec)

    def fires(self, text: str, found: frozenset[str]) -> bool:
        """Whether the trigger is in `text`, given `found`: which of all rules' literals its lower case holds."""
        if self.literals is None:
            return self.pattern.search(text) is not None
        return not self.literals.isdisjoint(found)


@dataclass(frozen=True)
class SpanRule:
    """A span of text that is not the article's body.

    `pattern` matches the whole span, except for teasers (`teaser=True`), where it matches the cue
    (`Baca juga:`) and the headline that follows is delimited by `etl.core.headline`.
    Named groups `authors`, `editor` and `outlet` (credits) are read into the article's metadata.
    `remove` holds (text, span) examples: cleaning `text` must remove exactly `span` by this rule.
    `keep` holds texts in which this rule must remove nothing.
    `trigger` is a cheap pattern found in every match; the cleaner skips the rule where it is absent, so that
    fifty rules cost fifty substring tests on most paragraphs instead of fifty regex scans.
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


def words(text: str) -> frozenset[str]:
    """A word list written as text, one or more per line (`"di ke dari"`)."""
    return frozenset(text.split())
