"""The shapes attribution and hedge cues take: named families of regex fragments with examples.

A family's `patterns` are regular-expression fragments (compiled case-insensitively unless the family says
otherwise). `match` lists texts in which the family must find a cue, `keep` texts in which it must find none;
for a false friend, `match` lists texts whose hedge it cancels and `keep` texts whose hedge it must leave alone.
The tests run every example, so each family documents itself.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CueFamily:
    """A named group of cue patterns of one language."""

    name: str
    patterns: tuple[str, ...]
    match: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    case_sensitive: bool = False
    note: str = ""


def family(
    name: str,
    *patterns: str,
    match: tuple[str, ...] | list[str] = (),
    keep: tuple[str, ...] | list[str] = (),
    case_sensitive: bool = False,
    note: str = "",
) -> CueFamily:
    return CueFamily(name, tuple(patterns), tuple(match), tuple(keep), case_sensitive, note)


@dataclass(frozen=True)
class Reporting:
    """How one language attributes information to a party.

    after_name: verbs that follow the party (`Budi mengatakan`, `the ministry said`).
    before_name: verbs that precede the party after a quote or clause (`," kata Budi`, `," said Green`).
    prepositions: frames that introduce the party (`menurut Budi`, `according to Reuters`); each starts with
        literal words (no optional group first): the scanner uses them as triggers.
    channels: frames naming where something was posted (`dalam postingannya di Twitter`).
    adverbs: words allowed between the party and its verb (`Budi juga mengatakan`).
    pronouns: subjects that refer back to a party already named (`dia`, `he`).
    pronoun_suffix: the clitic that makes a verb pronominal (`ujarnya`), or "".
    damaged: whether feeds of this language drop a verb's last letter (`mengataka.`).
    """

    after_name: tuple[str, ...]
    before_name: tuple[str, ...]
    prepositions: tuple[str, ...]
    channels: tuple[str, ...]
    adverbs: tuple[str, ...]
    pronouns: tuple[str, ...]
    pronoun_suffix: str = ""
    damaged: bool = False
    descriptive: tuple[str, ...] = ()  # demonstratives that make a description refer back (`politisi itu`)
    complement_verbs: tuple[str, ...] = ()  # report only with `, / : / bahwa / that` after (`menyampaikan, ...`)
    after_party: tuple[str, ...] = ()  # words that may follow a party named after its verb (`," kata Budi kepada`)
    quantifiers: tuple[str, ...] = ()  # unnamed plural subjects (`beberapa warga mengatakan`, `some analysts say`)
    examples: tuple[tuple[str, str], ...] = ()  # (sentence, party the sentence attributes to)
    keep: tuple[str, ...] = ()  # sentences with a reporting word in which no party is found


@dataclass(frozen=True)
class Lexicon:
    """Words that tell what kind of party a name is."""

    media: tuple[str, ...] = ()
    media_words: tuple[str, ...] = ()
    government: tuple[str, ...] = ()
    government_words: tuple[str, ...] = ()
    organization_words: tuple[str, ...] = ()
    document_words: tuple[str, ...] = ()
    social: tuple[str, ...] = ()
    anonymous_heads: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()  # person titles and ranks (stripped from names, kept as role)
    title_words: tuple[str, ...] = ()  # words of official titles and portfolios, never part of a personal name
    specific_roles: tuple[str, ...] = ()  # titles that name a party on their own (`jaksa mengatakan`)
    countries: tuple[str, ...] = ()
    stopwords: tuple[str, ...] = ()  # capitalised sentence openers that are never part of a name
    generic_people: tuple[str, ...] = ()  # unnamed groups and individuals (`pedagang`, `residents`): anonymous parties


@dataclass(frozen=True, eq=False)
class Language:
    """Everything the extraction stage knows about one language."""

    code: str
    hedges: tuple[CueFamily, ...]
    false_friends: tuple[CueFamily, ...]
    unverified: tuple[CueFamily, ...]
    unnamed_reports: tuple[CueFamily, ...]
    reporting: Reporting
    lexicon: Lexicon
    abbreviations: tuple[str, ...] = ()
    # hedge cues that are themselves the act of a party: its subject (`Budi mengklaim`, `the union claims`) or
    # possessor (`the union's claims`) makes the claim; `passive_marks` before a verb make it passive (`was accused`)
    claim_verbs: tuple[str, ...] = ()
    claim_nouns: tuple[str, ...] = ()
    passive_marks: tuple[str, ...] = ()

    def __hash__(self) -> int:  # one object per language: cached compilations key on identity
        return hash(self.code)
