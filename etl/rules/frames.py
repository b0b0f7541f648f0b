"""Reporting frames as registered objects: a pattern over word classes, how its party is read, and examples.

A frame's pattern has a `party` group (who is reported) and a `cue` group (the reporting word). `kind` is the
source kind of the party, or `collective` (the kind of its collective noun, etl.rules.lexicon) or `document`.
`examples` pair a sentence written for Kabar with the party the frame must find in it (None: the frame must
find nothing); the tests run every example through the extraction. To add a frame, add one entry here.
"""

from __future__ import annotations

from dataclasses import dataclass

from etl.core.patterns import trie
from etl.rules.lexicon import (
    COLLECTIVE_NOUNS_EN,
    DOCUMENT_NOUNS_EN,
    EVIDENCE_VERBS_EN,
    GROUP_QUANTIFIERS_EN,
    SPEECH_VERBS_EN,
)


@dataclass(frozen=True)
class Frame:
    """One reporting construction of one language."""

    name: str
    language: str
    pattern: str
    kind: str  # a source kind, or `collective` / `document`
    gate: str  # a cheaper pattern that must occur in the sentence for the frame to be tried
    examples: tuple[tuple[str, str | None], ...]
    strength: int = 3  # 3: the party speaks (dropped inside quotations); 2: introduced by a preposition


def _alt(items) -> str:
    return "(?:" + trie(sorted(set(items))) + ")"


def _capitalised(items) -> str:
    items = set(items)
    return _alt(items | {w[:1].upper() + w[1:] for w in items})


_SPEECH = _alt(v for family in SPEECH_VERBS_EN.values() for v in family)
_COLLECTIVE = _capitalised(n for nouns in COLLECTIVE_NOUNS_EN.values() for n in nouns)
_QUANT = _capitalised(GROUP_QUANTIFIERS_EN)
# a modifier of a group or document noun: an adjective or noun in lower case, or a capitalised word
_MODIFIER = r"(?:[A-Z][\w.&/'’-]*|[a-z][a-z'’-]+)"
# between a subject and its verb: auxiliaries and adverbs (`have long`, `also`, `vehemently`)
_GAP = r"(?:\s+(?:have|has|had|also|still|now|again|long|publicly|privately|repeatedly|[a-z]{3,}ly(?<!family)))*"
_POINTED = r"(?:pointed\s+out|expressed\s+(?:concern|worry|worries|doubts?|fears?))"

FRAMES: tuple[Frame, ...] = (
    Frame(
        "group_subject",
        "en",
        rf"(?<![\w'’-])(?P<party>(?:{_QUANT}\s+){{0,2}}(?:{_MODIFIER}\s+){{0,3}}?{_COLLECTIVE}"
        rf"(?:\s+and\s+(?:{_MODIFIER}\s+){{0,2}}?{_COLLECTIVE})?)(?:,\s+(?:too|though),)?{_GAP}\s+"
        rf"(?P<cue>{_SPEECH}|{_POINTED})\b",
        "collective",
        rf"{_COLLECTIVE}{_GAP}\s+(?:{_SPEECH}|{_POINTED})\b",
        (
            ("Harbour traders say the new quay fees are too high.", "Harbour traders"),
            ("The mill will close in May, union officials said on Monday.", "union officials"),
            ("Some economists have warned that the rate cut comes too late.", "Some economists"),
            ("Local Democrats denied that the vote was rigged.", "Local Democrats"),
            ("Engineers built the bridge in 1990 and painted it blue.", None),
        ),
    ),
    Frame(
        "document_subject",
        "en",
        rf"(?<![\w'’-])(?P<party>(?:(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?(?:{_MODIFIER}\s+){{0,3}}?"
        rf"(?i:{_alt(DOCUMENT_NOUNS_EN)}))(?:\s+(?:released|published|issued))?(?:\s+(?:on|in|from|by)\s+[\w-]+)?{_GAP}\s+"
        rf"(?P<cue>{_alt(EVIDENCE_VERBS_EN)})\b",
        "document",
        rf"(?i:{_alt(DOCUMENT_NOUNS_EN)})\b[^.;:]{{0,40}}?\s(?:{_alt(EVIDENCE_VERBS_EN)})\b",
        (
            ("Census data showed the town grew by a fifth in ten years.", "Census data"),
            ("A new survey found that most ferries run late.", "new survey"),
            ("Exit polls suggest the mayor kept her seat.", "Exit polls"),
            ("The report said nothing about the budget.", None),
        ),
    ),
)
