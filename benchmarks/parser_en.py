"""Subjects of English speech verbs from a Link Grammar parse, for benchmarks/parser_trial.py (issue 7, point 3).

`load()` returns a Parser, or None when Link Grammar is not installed. The venv's CPython 3.11 imports Debian's
binding for its python3.11 (`python3-link-grammar`, same ABI) straight from /usr/lib/python3/dist-packages, without
putting that whole directory on sys.path. `Parser.subjects(sentence)` reads, for each speech verb of Kabar's
lexicon, its subject (S links; SI in `said NAME`; through `has`/`will`/`did`), a passive's `by` agent and the
object of `according to`, and cuts each phrase to a name with etl.core.names.split_chain.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from etl.core.names import Name, split_chain
from etl.core.sources import _quoted
from etl.rules.base import word_tuple
from etl.rules.cues import language
from etl.rules.cues.en import REPORTING
from etl.rules.lexicon import SPEECH_VERBS_EN

DEBIAN_BINDING = Path("/usr/lib/python3/dist-packages/linkgrammar/__init__.py")
DEFAULT_TIMEOUT = 1.0  # seconds per sentence
MAX_WORDS = 60  # longer sentences are not parsed (time grows steeply with length)
SPEECH_VERBS = frozenset(
    w.casefold() for ws in (*SPEECH_VERBS_EN.values(), REPORTING.after_name, REPORTING.before_name) for w in ws
)
BEFORE_NAME = frozenset(w.casefold() for w in REPORTING.before_name)
QUOTE_ENDS = frozenset({",", '"', "”", "'", "’"})
_WORD = re.compile(r"[A-Za-z]+")
_PRONOUNS = frozenset(word_tuple("he she they it we i you who which that this these those there one"))
_NP_LINKS = frozenset({"G", "GN", "AN", "A", "D", "DG", "YS", "YP", "NM"})  # links inside a noun phrase
_AUX_LINKS = ("PP", "I", "Pv", "Pg")  # `has said`, `will say`, `was told`: the subject is the auxiliary's
_NAME_TAGS = re.compile(r"\[!<[A-Z-]*CAPITALIZED-WORDS>\]$|\.[bfml]$")  # guessed names, given names, places


def has_speech_verb(sentence: str) -> bool:
    return any(w.casefold() in SPEECH_VERBS for w in _WORD.findall(sentence)) or "according to" in sentence


def _import_binding() -> ModuleType | None:
    try:
        import linkgrammar  # type: ignore[import-not-found]

        return linkgrammar
    except ImportError:
        pass
    if not DEBIAN_BINDING.exists():
        return None
    spec = importlib.util.spec_from_file_location(
        "linkgrammar", DEBIAN_BINDING, submodule_search_locations=[str(DEBIAN_BINDING.parent)]
    )
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules["linkgrammar"] = module
    try:
        spec.loader.exec_module(module)
    except ImportError:
        del sys.modules["linkgrammar"]
        return None
    return module


@dataclass
class Parsed:
    names: list[Name] = field(default_factory=list)
    named: list[bool] = field(default_factory=list)  # the phrase's head is a name (not `the central bank`)
    seconds: float = 0.0
    timed_out: bool = False
    failed: bool = False


class Parser:
    def __init__(self, lg: ModuleType, timeout: float) -> None:
        self._lg = lg
        self._clg = lg.clinkgrammar
        self.version = self._clg.linkgrammar_get_version()
        self._dict = lg.Dictionary("en")
        self._opts = lg.ParseOptions(
            verbosity=0, max_parse_time=max(1, round(timeout)), linkage_limit=1000, max_null_count=3
        )
        self._lang = language("en")

    def subjects(self, sentence: str) -> Parsed:
        """The parties the sentence's speech verbs are said by (see the module docstring)."""
        out = Parsed()
        if len(sentence.split()) > MAX_WORDS:
            out.failed = True
            return out
        start = time.perf_counter()
        try:
            linkages = self._lg.Sentence(sentence, self._dict, self._opts).parse()
            linkage = next(iter(linkages), None)
        except self._lg.LG_TimerExhausted:
            out.timed_out = True
            linkage = None
        except self._lg.LG_Error:
            linkage = None
        out.seconds = time.perf_counter() - start
        if linkage is None:
            out.failed = not out.timed_out
            return out
        for phrase, named in self._phrases(sentence, linkage):
            name = split_chain(phrase, self._lang)
            if name and name.kind not in ("refer", "role_only") and name.name.casefold() not in _PRONOUNS:
                out.names.append(name)
                out.named.append(named)
        return out

    def _phrases(self, sentence: str, linkage) -> list[tuple[str, bool]]:
        clg, obj = self._clg, linkage._obj
        words = list(linkage.words())
        links = [
            (clg.linkage_get_link_lword(obj, i), clg.linkage_get_link_rword(obj, i), clg.linkage_get_link_label(obj, i))
            for i in range(linkage.num_of_links())
        ]
        span = [(linkage.word_char_start(i), linkage.word_char_end(i)) for i in range(len(words))]
        heads: list[int] = []
        quoted = _quoted(sentence)
        for v, word in enumerate(words):
            if any(a <= span[v][0] < b for a, b in quoted):
                continue  # a verb inside quoted speech is not the sentence's attribution
            base = word.split(".")[0].casefold()
            if base in SPEECH_VERBS and re.search(r"\.[vq]", word):
                heads += _subjects(v, links, words)
            if base == "according" and v + 1 < len(words) and words[v + 1].startswith("to"):
                heads += [b for a, b, lab in links if a == v + 1 and lab.startswith("J")]
        out = []
        for h in dict.fromkeys(heads):
            if words[h].startswith("[") or words[h].split(".")[0].casefold() in _PRONOUNS:
                continue
            phrase, named = _np(h, links, span, sentence, words), _named(h, words)
            for a, b, lab in links:  # `the bank's chief, Tom Black, said`: the apposed name
                if a == h and lab.startswith("MX") and not named and _named(b, words):
                    phrase, named = _np(b, links, span, sentence, words), True
            out.append((phrase, named))
        return out


def _subjects(v: int, links: list[tuple[int, int, str]], words: list[str], depth: int = 0) -> list[int]:
    found = [a for a, b, lab in links if b == v and lab[:1] == "S" and not lab.startswith(("SI", "SJ", "SF"))]
    found += [b for a, b, lab in links if a == v and lab.startswith("SI")]
    if not found and v > 1 and words[v - 1] in QUOTE_ENDS and words[v].split(".")[0].casefold() in BEFORE_NAME:
        found += [b for a, b, lab in links if a == v and lab.startswith("O")]  # `"...," said Mary Ellis`
    if any(b == v and lab.startswith("Pv") for a, b, lab in links):  # passive: `was criticised by X`
        for a, b, lab in links:
            if a == v and lab.startswith("MVp") and words[b].casefold() == "by":
                found += [d for c, d, lab2 in links if c == b and lab2.startswith("J")]
    if not found and depth < 3:
        for a, b, lab in links:
            if b == v and lab.startswith(_AUX_LINKS):
                found += _subjects(a, links, words, depth + 1)
    return found


def _named(i: int, words: list[str]) -> bool:
    return bool(_NAME_TAGS.search(words[i])) or (words[i][:1].isupper() and "." not in words[i] and i > 1)


def _np(
    head: int, links: list[tuple[int, int, str]], span: list[tuple[int, int]], sentence: str, words: list[str]
) -> str:
    """The noun phrase of `head`; a name keeps only its capitalised words (`route Feinstein` -> `Feinstein`)."""
    keep = _NP_LINKS
    if _named(head, words):
        keep = frozenset({"G", "GN", "AN"})
    seen, todo = {head}, [head]
    while todo:
        w = todo.pop()
        for a, b, lab in links:
            kind = re.match(r"[A-Z]+", lab)
            if not kind or kind.group() not in keep:
                continue
            other = a if b == w else b if a == w else None
            if keep is not _NP_LINKS and other is not None and not words[other][:1].isupper():
                continue
            if other is not None and other not in seen and other <= head:
                seen.add(other)
                todo.append(other)
    first = min(seen)
    return sentence[span[first][0] : span[head][1]]


def load(timeout: float = DEFAULT_TIMEOUT) -> Parser | None:
    """The English parser, or None when Link Grammar (and its English dictionary) is not installed."""
    lg = _import_binding()
    if lg is None:
        return None
    try:
        return Parser(lg, timeout)
    except Exception:  # a broken install (no English dictionary) is reported as absent
        return None
