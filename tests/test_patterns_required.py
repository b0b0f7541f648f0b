"""The scan pre-check of etl/core/patterns.py: `required` (strings one of which a match must contain) and
`Prefilter` (which patterns may match a text, from one scan of it). A pre-check may let through a text the pattern
does not match; it must never turn away one the pattern matches."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.core.patterns import ODD_CASE, Prefilter, required


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("said", {"said"}),
        (r"\bsaid\b", {"said"}),
        ("Said", {"said"}),  # lower-cased: the test runs on text.lower()
        ("(?i)SAID", {"said"}),
        ("[Ss]aid", {"said"}),  # a class of one letter in two cases is that letter
        ("(?:said|told)", {"said", "told"}),
        ("said|told", {"said", "told"}),
        ("(?:ab|cd)(?:ef|gh)", {"abef", "abgh", "cdef", "cdgh"}),  # few enough: every combination
        ("(?:a|b)?xyz", {"xyz"}),  # the optional group requires nothing
        ("colou?r", {"colo"}),  # the longest literal run before the optional letter
        (r"according\s+to", {"according"}),  # the longer run wins over `to`
        (r"[a-z]+ing\b", {"ing"}),
        (r"(?=said)\w+", {"said"}),  # a look-ahead takes no width but must be there
        (r"(?<=kata )dia", {"kata "}),  # so must a look-behind; the longer string is the better test
        (r"(?<!tidak )diduga", {"diduga"}),  # a negative look-around requires nothing
        (r"(?:menurut|kata)\s+(?:polisi|warga)", {"polisi", "warga"}),  # the set whose shortest string is longest
        (r"dilaporkan(?:nya)?", {"dilaporkan"}),
        (r"(?:\w+ ){2,3}said", {"said"}),
        (r"(?:ab){2}", {"ab"}),  # a repeat at least once requires its body
        (r"(\w+) \1", {" "}),  # a back-reference stands for anything
        ("(?i)éclat", {"clat"}),  # `é` folds case beyond ASCII: not a required letter
    ],
)
def test_required_strings(pattern: str, expected: set[str]) -> None:
    assert required(pattern) == frozenset(expected)


@pytest.mark.parametrize(
    "pattern",
    [
        ".*",
        r"\w+",
        "(?:said|)",  # an empty alternative matches anywhere
        "(?:said)?",
        "(?:said)*",
        "[a-z]",
        "é",
        r"(?!said)\w",
        "(?<!said)x?",
        "((unbalanced",  # not a pattern at all
    ],
)
def test_patterns_that_require_nothing(pattern: str) -> None:
    assert required(pattern) is None


def test_prefilter_reports_each_requirement_met() -> None:
    check = Prefilter([frozenset({"said"}), frozenset({"sa"}), frozenset({"told", "kata"}), frozenset({"aid"})])
    assert check.satisfied("He SAID so.") == {0, 1, 3}  # `said` holds `sa` and `aid`
    assert check.satisfied("kata dia") == {2}
    assert check.satisfied("nothing here") == set()


def test_prefilter_gives_up_on_odd_case_and_without_requirements() -> None:
    check = Prefilter([frozenset({"is"})])
    assert check.satisfied("\u0130STANBUL") is None  # `İ` matches `i` under IGNORECASE but lowers to two chars
    assert check.satisfied("Kelvin \u212a") is None
    assert Prefilter([]).satisfied("anything") is None


# --- property: the pre-check never rejects a text the pattern matches ---------------------------------------

_ATOMS = [
    "a",
    "b",
    "s",
    "A",
    "S",
    "é",
    " ",
    "aid",
    "Said",
    "kata",
    "ab",
    "[ab]",
    "[Ss]",
    "[a-c]",
    ".",
    r"\w",
    r"\s",
    r"\b",
]
_FRAGMENTS = ["a", "b", "s", "A", "B", "S", "é", "É", " ", "\n", "said", "SAID", "aid", "ab", "ba", "x", "1"]


def _patterns() -> st.SearchStrategy[str]:
    atom = st.sampled_from(_ATOMS)

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        literal = st.text(st.sampled_from("absAB "), min_size=1, max_size=3)
        return st.one_of(
            st.lists(inner, min_size=2, max_size=4).map("".join),  # a sequence
            st.lists(inner, min_size=2, max_size=3).map(lambda alts: "(?:" + "|".join(alts) + ")"),
            inner.map(lambda p: f"(?:{p})?"),
            inner.map(lambda p: f"(?:{p})*"),
            inner.map(lambda p: f"(?:{p})+"),
            inner.map(lambda p: f"(?:{p}){{1,2}}"),
            inner.map(lambda p: f"({p})"),
            inner.map(lambda p: f"(?={p})"),
            inner.map(lambda p: f"(?!{p})"),
            literal.map(lambda w: f"(?<={re.escape(w)})"),  # look-behinds need a fixed width
            literal.map(lambda w: f"(?<!{re.escape(w)})"),
        )

    body = st.recursive(atom, extend, max_leaves=8)
    return st.tuples(st.sampled_from(["", "(?i)"]), body).map("".join)


_TEXTS = st.lists(st.sampled_from(_FRAGMENTS), max_size=12).map("".join)


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def _texts(data: st.DataObject, patterns: list[str]) -> list[str]:
    """Texts each pattern matches (drawn from the pattern itself), and texts of loose fragments."""
    texts = [data.draw(st.from_regex(pattern)) for pattern in patterns]
    return texts + data.draw(st.lists(_TEXTS, min_size=1, max_size=4))


_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))


@_SETTINGS
@given(_patterns().filter(_compiles), st.data())
def test_required_never_rejects_a_match(pattern: str, data: st.DataObject) -> None:
    needed = required(pattern)
    for text in _texts(data, [pattern]):
        if needed is not None and not ODD_CASE.search(text) and re.search(pattern, text):
            assert any(s in text.lower() for s in needed), (pattern, text, needed)


@_SETTINGS
@given(st.lists(_patterns().filter(_compiles), min_size=1, max_size=5), st.data())
def test_prefilter_never_rejects_a_match(patterns: list[str], data: st.DataObject) -> None:
    requirements, owner = [], {}
    for i, pattern in enumerate(patterns):
        needed = required(pattern)
        if needed:
            owner[len(requirements)] = i
            requirements.append(needed)
    check = Prefilter(requirements)
    for text in _texts(data, patterns):
        met = check.satisfied(text)
        if met is None:
            assert not requirements or ODD_CASE.search(text)
            continue
        for rid, i in owner.items():
            if re.search(patterns[i], text):
                assert rid in met, (patterns[i], text, requirements[rid])


@given(_TEXTS.map(lambda t: t + "\u0130"))
def test_prefilter_defers_on_every_text_with_odd_case(text: str) -> None:
    assert ODD_CASE.search(text)
    assert Prefilter([frozenset({"i"})]).satisfied(text) is None
