"""Registered frames, word classes and attribution signals, on texts written for Kabar."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from etl.core.attribution import attribute
from etl.core.grammar import grammar
from etl.core.signals import attribution_signals
from etl.core.sources import READERS, find_mentions
from etl.rules.cues import LANGUAGES
from etl.rules.frames import FRAMES, REFERS, SLOTS
from etl.rules.lexicon import COLLECTIVE_NOUNS_EN, DOCUMENT_NOUNS_EN, REPORTING_CORE, SPEECH_VERBS_EN

EXAMPLES = [(f.name, code, s, p) for f in FRAMES for code, s, p in f.examples]


@pytest.mark.parametrize(("frame", "code", "sentence", "party"), EXAMPLES, ids=lambda v: str(v)[:40])
def test_frame_examples(frame: str, code: str, sentence: str, party: str | None) -> None:
    """Each frame alone finds its example's party (REFERS: a mention without a name of its own; None: a near-miss
    in which it finds nothing at all, named, unnamed or referring back)."""
    alone = find_mentions(grammar(LANGUAGES[code]), 0, sentence, only=frame)
    if party is None:
        assert alone == [], alone
    elif party == REFERS:
        assert alone and all(m.name is None for m in alone), alone
    else:
        assert party in [m.name for m in alone], alone


def test_every_frame_is_registered_with_examples_a_reader_and_its_languages() -> None:
    names = [f.name for f in FRAMES]
    assert len(names) == len(set(names))
    for f in FRAMES:
        assert len(f.examples) >= 2, f.name
        assert f.read in READERS, f.name
        assert f.slot is None or f.slot in SLOTS, f.name
        assert {code for code, _, _ in f.examples} <= set(f.languages), f.name
        assert all(code in LANGUAGES for code in f.languages), f.name


def test_a_frame_finds_nothing_in_a_sentence_without_its_shape() -> None:
    plain = {"en": "The ferry leaves at nine every morning.", "id": "Kapal berangkat pukul sembilan setiap pagi."}
    for f in FRAMES:
        for code in set(f.languages) & set(plain):
            assert find_mentions(grammar(LANGUAGES[code]), 0, plain[code], only=f.name) == [], f.name


def test_rules_import_nothing_from_core() -> None:
    rules = Path(__file__).resolve().parents[1] / "etl" / "rules"
    for path in (rules / "frames.py", rules / "lexicon.py", rules / "regex.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        assert not [m for m in modules if m.startswith("etl.core")], path.name


def sources_of(body: str) -> list[tuple[str, str]]:
    return [(s.name, s.kind) for s in attribute(None, None, body).sources]


def test_collective_parties_take_the_kind_of_their_noun() -> None:
    body = (
        "The ferry line will cut two routes in winter. Port officials said the boats are too old to sail. "
        "Critics argue that the islands will be cut off for weeks. Local Greens have long warned about it."
    )
    assert sources_of(body) == [
        ("Port officials", "government"),
        ("Critics", "anonymous"),
        ("Local Greens", "organization"),
    ]


def test_a_group_or_document_named_before_is_no_new_source() -> None:
    body = (
        "A survey of 400 bakers was published on Monday. The survey found that flour prices doubled. "
        "Bakers in the north met the minister. The bakers said they would raise bread prices."
    )
    names = [n for n, _ in sources_of(body)]
    assert "survey" not in names and "bakers" not in names


def test_document_and_data_subjects() -> None:
    body = "Customs data released on Friday showed rice imports fell by a third. Three polls suggest a close race."
    assert sources_of(body) == [("Customs data", "document"), ("Three polls", "document")]


def test_according_to_a_phrase_headed_by_a_group_or_document_noun() -> None:
    body = (
        "The dam was built in six years, according to two retired site engineers. The hotel will close in March, "
        "the Valley Courier reported, citing a manager familiar with the plans."
    )
    names = [n for n, _ in sources_of(body)]
    assert "two retired site engineers" in names
    assert "Valley Courier" in names and any(n.startswith("manager familiar with") for n in names)


def test_an_adverb_in_ly_between_party_and_verb() -> None:
    body = "Ruth Okafor, 58, a retired teacher, flatly denied the accusations on Tuesday."
    att = attribute(None, None, body)
    assert [s.name for s in att.sources] == ["Ruth Okafor"]
    assert att.claims[0].attributed and att.claims[0].source_name == "Ruth Okafor"


def test_inverted_verbs_beyond_said() -> None:
    body = '"The tunnel will open by June," predicted Omar Hale, a planner at the transit agency.'
    assert sources_of(body)[0] == ("Omar Hale", "person")


def test_word_classes_are_lower_case_or_capitalised_words_without_duplicates() -> None:
    verbs = [v for family in SPEECH_VERBS_EN.values() for v in family]
    assert len(verbs) == len(set(verbs))
    nouns = [n.casefold() for group in COLLECTIVE_NOUNS_EN.values() for n in group]
    assert len(nouns) == len(set(nouns))
    assert all(" " not in w for w in (*verbs, *nouns, *DOCUMENT_NOUNS_EN))
    assert set(REPORTING_CORE) == {"en", "id", "ms"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The library opens at nine. Entry is free for children.", "en", []),
        ("The library opens at nine, the council said.", "en", ["said"]),
        ('Visitors were happy. "We will come back next year," one wrote.', "en", ["wrote", "1 quotation"]),
        ("Perpustakaan buka pukul sembilan. Anak-anak masuk gratis.", "id", []),
        ("Menurut pengelola, perpustakaan buka pukul sembilan.", "id", ["Menurut"]),
    ],
)
def test_attribution_signals(text: str, language: str, expected: list[str]) -> None:
    assert attribution_signals(text, language) == expected


def test_a_name_governed_by_a_preposition_is_no_subject() -> None:
    body = (
        "At a vigil in Fairmont, a nurse who knew the family said the town was in shock. "
        "Warga di Bekasi mengatakan banjir datang malam hari."
    )
    names = [n for n, _ in sources_of(body)]
    assert "Fairmont" not in names and "Bekasi" not in names


def test_a_tweet_signature_keeps_the_display_name_after_the_tweet_words() -> None:
    body = (
        "Readers answered at once. The new pier is a disgrace and nobody asked us Tom Ridley (@tridley_77) "
        "May 2, 2019 Will the ferry still stop here? anna (@anna_h) May 2, 2019"
    )
    assert [n for n, k in sources_of(body) if k == "social_media"] == ["Tom Ridley", "anna"]


def test_unnamed_spokespeople_and_parties_listed_inside_a_group() -> None:
    body = (
        "The governor is abroad, her spokesman said on Monday. Several mayors, including Lena Voss and Omar Kidd, "
        "warned that the cuts would close schools."
    )
    assert sources_of(body) == [("spokesman", "anonymous"), ("Lena Voss", "person"), ("Omar Kidd", "person")]


def test_english_places_dates_and_contractions_are_no_parties() -> None:
    body = (
        "The crash near Dayton, Ohio, showed how worn the rails are, the inspector said. "
        "The spill in Bayport, WA shows why the port needs a plan. "
        "Ann Ruiz spoke to the May 4 meeting and told the March 31 meeting that the fund was empty. "
        "The mayor will resign, I'm told."
    )
    names = [n for n, _ in sources_of(body)]
    assert names == ["Ann Ruiz"]


def test_a_senate_confirmation_is_no_attribution_but_a_denial_by_a_body_is() -> None:
    body = (
        "If confirmed by the U.S. Senate, Lee would run the agency. "
        "The figures were disputed by the Harbour Pilots Association."
    )
    assert sources_of(body) == [("Harbour Pilots Association", "organization")]


def test_credits_hashtags_and_thread_counts_are_not_tweet_authors() -> None:
    body = (
        "The pier is closed again #ferrywoes Tom Ridley (@tridley_77) May 2, 2019 via @harbour_desk. "
        "Part two of the thread. 2/2 Ana Cruz (@ana_cruz) May 2, 2019"
    )
    assert [n for n, k in sources_of(body) if k == "social_media"] == ["Tom Ridley", "Ana Cruz"]


def test_an_english_camel_case_outlet_keeps_its_whole_name() -> None:
    body = "The mill will close in May, HarbourFeed reported on Tuesday."
    assert [n for n, _ in sources_of(body)] == ["HarbourFeed"]


def test_a_group_subject_joined_by_and_is_two_parties() -> None:
    body = (
        "Greens and Socialists both said the levy was unfair. "
        "Mayor Ann Cole and other officials have said the road will reopen."
    )
    names = [n for n, _ in sources_of(body)]
    assert names[:2] == ["Greens", "Socialists"] and "Ann Cole" in names and "other officials" in names
    one_group = sources_of("Republican and Democratic senators said the levy was unfair.")
    assert "Republican" not in [n for n, _ in one_group]


def test_a_name_before_a_document_or_a_common_noun_after_a_preposition() -> None:
    body = (
        "Most voters back the levy, according to a Harbour/Ipsos poll released on Monday. "
        "The boat sank at dawn, according to Bay City police Sgt. Ann Roe. "
        "The tunnel is safe, according to the Valley Post report."
    )
    assert sources_of(body)[:2] == [("Harbour/Ipsos poll", "document"), ("Valley Post", "media")]


def test_an_english_complement_verb_reports_before_a_venue() -> None:
    body = (
        "“The pier is a disgrace,” Dana Ruiz wrote on Twitter. Omar Hale noted in a statement that fares would rise. "
        "Police found in the car two bags of cash."
    )
    names = [n for n, _ in sources_of(body)]
    assert "Dana Ruiz" in names and "Omar Hale" in names and "Police" not in names


def test_an_outlet_a_party_spoke_to_is_a_source_but_not_the_articles_own() -> None:
    body = (
        "“The pier is unsafe,” harbour master Ann Lee told the Valley Post on Monday. Dan Ruiz told Reuters the same."
    )
    names = [n for n, _ in sources_of(body)]
    assert names[:2] == ["Ann Lee", "Valley Post"]
    own = attribute(None, None, body, "Reuters").sources
    assert "Reuters" not in [s.name for s in own] and "Dan Ruiz" in [s.name for s in own]


def test_a_person_after_a_possessive_is_named_without_the_possessor() -> None:
    body = "The levy was passed after Harbour Capital’s Ann Lee claimed that the pier was unsafe."
    assert [n for n, _ in sources_of(body)] == ["Ann Lee"]


def test_a_tweet_signed_with_a_lower_case_name_after_the_tweets_gap() -> None:
    body = "Readers answered at once. the ferry is late again  ann lee (@annlee_sea) March 3, 2017Others agreed."
    assert ("ann lee", "social_media") in sources_of(body)


def test_a_lawsuit_that_claims_is_the_claims_source_and_a_passive_names_no_speaker() -> None:
    body = "A new lawsuit was announced on Monday. The lawsuit claims that the levy is illegal."
    result = attribute(None, None, body)
    assert [s.name for s in result.sources] == ["lawsuit"]
    assert [(c.attributed, c.source_name) for c in result.claims] == [(True, "lawsuit")]
