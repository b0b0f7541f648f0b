"""Learned precision filters: a logistic model over language features drops candidates the readers do not mark.

A model is data (etl/rules/models/NAME.json: a weight per feature name, a bias and a threshold, written by
benchmarks/gold/train.py); a candidate whose probability falls below the threshold is dropped. The features
describe the language around a candidate (etl/rules/learned.py: person, mood, register, where the cue sits), so
they carry over to texts nobody tuned for. A model applies only where its file says `active` (the training found
it raising the held-out F1); `KABAR_LEARNED=off` switches every filter off, and a comma list
(`KABAR_LEARNED=claims,sources`) applies exactly the filters it names, active or not (for trials and comparison).
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from etl.core.grammar import cue_positions, grammar
from etl.core.hedges import find_cues
from etl.core.models import Claim, Source
from etl.core.names import words_of
from etl.rules import learned as W
from etl.rules.base import word_tuple
from etl.rules.cues import Language

ENV = "KABAR_LEARNED"


@dataclass(frozen=True)
class Model:
    """A logistic model: P(keep) = sigmoid(bias + sum of the weights of the features present)."""

    name: str
    weights: dict[str, float]
    bias: float
    threshold: float
    active: bool = True

    def probability(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=8)
def load_model(name: str) -> Model | None:
    """The stored model NAME, or None where there is none."""
    path = W.MODELS / f"{name}.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(name, dict(data["weights"]), float(data["bias"]), float(data["threshold"]), bool(data["active"]))


def wanted(name: str) -> Model | None:
    """The model NAME where it applies: `KABAR_LEARNED` unset (or `on`) applies the active models, a comma list
    applies the models it names even where they are not active (for trials), `off` applies none."""
    setting = os.environ.get(ENV, "on").strip().casefold()
    if setting in {"off", "0", "no", "false", "none"}:
        return None
    model = load_model(name)
    if model is None:
        return None
    if setting in {"on", "1", "yes", "true", ""}:
        return model if model.active else None
    return model if name in {s.strip() for s in setting.split(",")} else None


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_DIGIT = re.compile(r"\d")
_CAPITAL = re.compile(r"(?<=[\w,;:] )[A-Z][\w'’-]+")
_CUE_STOP = frozenset(word_tuple("is are was were be been being has have had to the a an that of yang di telah sudah"))
# the names of the features a claim may have beside its cue family and cue word (`fam=`, `cue=` templates)
CLAIM_FLAGS = (
    "first_person",
    "second_person",
    "negation",
    "because",
    "conditional",
    "future",
    "intensifier",
    "evaluative",
    "feeling",
    "legal",
    "speech",
    "reporting",
    "quoted",
    "question",
    "exclamation",
    "digits",
    "attributed",
    "unverified",
)
SOURCE_FLAGS = (
    "lower_start",
    "inner_lower",
    "acronym",
    "digits",
    "first_determiner",
    "last_relative",
    "last_determiner",
    "role",
    "media_lexicon",
    "government_lexicon",
    "institution_word",
    "title_word",
    "generic_word",
    "anonymous_head",
    "country",
    "stopword",
    "sentence_initial",
    "quoted_sentence",
    "single_lower",
)
CUE_PLACES = (
    "quote",
    "initial",
    "final",
    "negated",
    "after_i",
    "after_you",
    "before_feeling",
    "before_negation",
    "before_colon",
    "before_comma",
)
CROSSED = ("attributed", "first_person", "evaluative", "intensifier", "feeling", "legal", "speech")
_MODALS = frozenset(word_tuple("possible modal estimated_possible appearance"))


def _bucket(n: int, edges: tuple[int, ...], name: str) -> str:
    for edge in edges:
        if n < edge:
            return f"{name}<{edge}"
    return f"{name}>={edges[-1]}"


def _in_quote(sentence: str, at: int) -> bool:
    """Whether offset `at` lies inside a quotation of the sentence (or of one running on into it)."""
    before = sum(sentence.count(q, 0, at) for q in W.QUOTES)
    if before % 2:
        return True
    after = [ch for ch in sentence[at:] if ch in W.QUOTES]
    return before == 0 and len(after) % 2 == 1 and after[0] in '”"'


def _cue_word(text: str) -> str:
    words = [w.casefold() for w in _WORD.findall(text)]
    return next((w for w in words if w not in _CUE_STOP), words[0] if words else "")


def claim_features(claim: Claim, lang: Language, article: Sequence[Claim] = ()) -> list[str]:
    """The feature names of a candidate claim: its cues (family, word, where they sit), its sentence's language and,
    from the article's other candidates (`article`), how many there are and how many of them name a party."""
    text = claim.sentence
    words = _WORD.findall(text)
    low = [w.casefold() for w in words]
    lowset = set(low)
    f = {f"lang={lang.code}", f"part={claim.part}", _bucket(len(words), (8, 16, 31, 51), "len")}
    if claim.part == "body":
        f.add(_bucket(claim.sentence_no, (2, 4, 11), "pos"))
    sentence_flags = {
        "first_person": bool(lowset & W.FIRST_PERSON),
        "second_person": bool(lowset & W.SECOND_PERSON),
        "negation": bool(lowset & W.NEGATIONS) or any(w.endswith("n't") for w in low),
        "because": bool(lowset & W.BECAUSE),
        "conditional": bool(lowset & W.CONDITIONAL),
        "future": bool(lowset & W.FUTURE),
        "intensifier": bool(lowset & W.INTENSIFIERS),
        "evaluative": bool(lowset & W.EVALUATIVE),
        "feeling": bool(lowset & W.FEELINGS),
        "legal": bool(lowset & W.LEGAL),
        "speech": bool(lowset & W.SPEECH),
        "reporting": bool(cue_positions(grammar(lang), text)),
        "quoted": any(q in text for q in W.QUOTES),
        "question": "?" in text,
        "exclamation": "!" in text,
        "digits": bool(_DIGIT.search(text)),
        "attributed": claim.attributed,
        "unverified": claim.explicitly_unverified,
    }
    f |= {name for name, on in sentence_flags.items() if on}
    f.add(_bucket(len(_CAPITAL.findall(text)), (1, 3), "capitals"))
    if article:
        f.add(_bucket(len(article), (2, 4, 7), "claims"))
        named = sum(c.attributed for c in article) / len(article)
        f.add(
            "article_attributed=none"
            if not named
            else "article_attributed=some"
            if named < 0.5
            else "article_attributed=most"
        )
    cues = find_cues(text, lang)
    f.add(_bucket(len(cues), (2, 3), "cues"))
    families = set()
    starts = [m.start() for m in _WORD.finditer(text)]
    for c in cues:
        family = f"fam={lang.code}:{c.role}:{c.family}"
        families.add(family)
        f |= {family, f"cue={lang.code}:{_cue_word(c.text)}"}
        index = sum(1 for s in starts if s < c.start)
        window = low[max(0, index - 4) : index]
        width = len(_WORD.findall(c.text)) or 1
        after = low[index + width : index + width + 2]
        tail = text[c.end : c.end + 3]
        where = {
            "quote": _in_quote(text, c.start),
            "initial": index <= 1,
            "final": index >= len(words) - 3,
            "negated": bool(set(low[max(0, index - 3) : index + 2]) & W.NEGATIONS),
            "after_i": bool(set(window) & W.FIRST_PERSON),
            "after_you": bool(set(window) & W.SECOND_PERSON),
            "before_feeling": bool(set(after) & (W.FEELINGS | W.INTENSIFIERS)),
            "before_negation": bool(set(after) & W.NEGATIONS),
            "before_colon": ":" in tail,
            "before_comma": tail.lstrip()[:1] == ",",
        }
        for name, on in where.items():
            if on:
                f |= {f"cue_{name}", f"{family}&{name}"}
        for name in CROSSED:
            if sentence_flags[name]:
                f.add(f"{family}&{name}")
        if c.family in _MODALS and (sentence_flags["evaluative"] or sentence_flags["intensifier"]):
            f.add("modal&opinion")
    if not cues:
        f |= {"fam=none"} | {f"cue={lang.code}:{_cue_word(t)}" for t in claim.cues}
    if len(families) > 1:
        f.add("families>1")
    return sorted(f)


def screen_claims(claims: list[Claim], lang: Language, model: Model | None = None) -> list[Claim]:
    """The claims `model` keeps; by default the `claims` model where it applies (else every claim is kept)."""
    model = model or wanted("claims")
    if model is None or not claims:
        return claims
    return [c for c in claims if model.probability(claim_features(c, lang, claims)) >= model.threshold]


def source_features(source: Source, lang: Language) -> list[str]:
    """The feature names of a source mention: its frame and kind, and the shape of the span (edges, case, length)."""
    name = source.name
    tokens = name.split()
    words = [w.casefold() for w in _WORD.findall(name)]
    lex = words_of(lang)
    cue = " ".join(source.cue.casefold().split())  # the reporting cue as written: `According to`, `kata`
    f = {
        f"lang={lang.code}",
        f"part={source.part}",
        f"kind={source.kind}",
        f"cue={cue}",
        f"kind={source.kind}&cue={cue}",
    }
    f.add(_bucket(len(tokens), (2, 3, 4, 6), "tokens"))
    first, last = (tokens[0], tokens[-1]) if tokens else ("", "")
    inner = [t for t in tokens[1:] if t[:1].isalpha()]
    flags = {
        "lower_start": first[:1].islower(),
        "inner_lower": any(t[:1].islower() and t.casefold() not in W.NAME_PARTICLES for t in inner),
        "acronym": len(tokens) == 1 and name.isupper() and len(name) <= 8,
        "digits": bool(_DIGIT.search(name)),
        "first_determiner": first.casefold() in W.DETERMINERS,
        "last_relative": last.casefold() in W.RELATIVES,
        "last_determiner": last.casefold() in W.DETERMINERS,
        "role": source.role is not None,
        "media_lexicon": name.casefold() in lex.media,
        "government_lexicon": name.casefold() in lex.government,
        "institution_word": bool(set(words) & (lex.government_words | lex.organization_words | lex.media_words)),
        "title_word": bool(set(words) & (lex.titles | lex.roles)),
        "generic_word": bool(set(words) & lex.generic),
        "anonymous_head": bool(words) and words[0] in lex.anonymous,
        "country": name.casefold() in lex.countries,
        "stopword": bool(set(words) & lex.stop),
        "sentence_initial": source.sentence.lstrip(W.QUOTES + " ").startswith(name),
        "quoted_sentence": any(q in source.sentence for q in W.QUOTES),
        "single_lower": len(tokens) == 1 and first[:1].islower(),
    }
    f |= {n for n, on in flags.items() if on}
    f |= {f"kind={source.kind}&{n}" for n, on in flags.items() if on}
    return sorted(f)


def screen_sources(sources: list[Source], lang: Language, model: Model | None = None) -> list[Source]:
    """The sources `model` keeps; by default the `sources` model where it applies (else every source is kept)."""
    model = model or wanted("sources")
    if model is None or not sources:
        return sources
    return [s for s in sources if model.probability(source_features(s, lang)) >= model.threshold]
