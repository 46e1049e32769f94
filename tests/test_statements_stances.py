"""Stances held toward someone or something, which news annotators count as attributions:
an adjective of stance ("are supportive of the levy"), a noun naming someone by a stance
("a fierce critic of the plan"), a noun of doubt or feeling ("raised new questions about the
loan"), "be against" / "be in favor of", a participle of stance run on its subject ("farmers
supporting the levy"), and a poll after the verb ("leads in the latest poll"). Each sentence
is our own, through the pipeline."""

from __future__ import annotations

import pytest

from conftest import statement_triples as _triples

pytestmark = pytest.mark.slow


def _contents(text):
    return [content for _, _, content in _triples(text)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Many farmers in the valley are supportive of the new levy.", "Many farmers in the valley", "the new levy"),
        ("The governor has been critical of the port authority for years.", "The governor", "the port authority"),
        ("Younger voters remain hostile to the trade deal.", "Younger voters", "the trade deal"),
        ("The senator is opposed to any cut in pension benefits.", "The senator", "any cut in pension benefits"),
        ("She has been vocal about the need for cleaner water.", "She", "the need for cleaner water"),
    ],
)
def test_an_adjective_of_stance_reports_what_it_is_held_toward(text, speaker, content):
    assert any(s == speaker and c == content for s, _, c in _triples(text))


def test_an_adjective_with_to_and_no_stance_says_nothing():
    assert _triples("The museum is open to the public.") == []
    assert _triples("The team was happy to the end.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Ana Ruiz, a fierce critic of the harbor plan, spoke at the rally.", "Ana Ruiz", "the harbor plan"),
        ("The senator has long been a supporter of the farm bill.", "The senator", "the farm bill"),
    ],
)
def test_a_noun_naming_someone_by_a_stance_is_held_by_the_one_it_names(text, speaker, content):
    assert (speaker, content) in [(s, c) for s, _, c in _triples(text)]


def test_a_noun_of_doubt_after_a_light_verb_is_its_subjects():
    assert ("The audit", "the loan to the mill") in [
        (s, c) for s, _, c in _triples("The audit raised new questions about the loan to the mill.")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Most Republicans in the district are against raising the fuel tax.",
         "Most Republicans in the district", "raising the fuel tax"),
        ("Two of the council members are in favor of the new stadium.", "Two of the council members", "the new stadium"),
    ],
)
def test_being_against_or_in_favor_of_something_is_a_stance(text, speaker, content):
    assert (speaker, content) in [(s, c) for s, _, c in _triples(text)]


def test_against_said_of_a_thing_is_no_stance():
    assert _triples("The wind was against the rowers all morning.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Farmers supporting the levy gathered outside the hall on Monday.", "Farmers", "the levy"),
        ("The group backing the mayor spent $2 million on ads.", "The group", "the mayor"),
    ],
)
def test_a_participle_of_stance_run_on_its_subject_is_that_subjects(text, speaker, content):
    assert (speaker, content) in [(s, c) for s, _, c in _triples(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor leads her rival by ten points in the latest poll.",
        "Ortiz fell to third place in a survey released on Monday.",
    ],
)
def test_a_poll_after_the_verb_shows_the_clause(text):
    found = _triples(text)
    assert len(found) == 1 and found[0][0].startswith(("the latest poll", "a survey"))


def test_a_cue_with_a_poll_after_it_stays_the_cues():
    assert [s for s, _, _ in _triples("The mayor spoke about the harbor in the poll.")] == ["The mayor"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Voters still view the mayor as far more prepared for the job.",
         "Voters", "the mayor as far more prepared for the job"),
        ("Ortiz doesn't see the ministry's role in the dispute as outdated.",
         "Ortiz", "the ministry's role in the dispute as outdated"),
    ],
)
def test_seeing_something_as_a_quality_is_a_judgement_held(text, speaker, content):
    assert (speaker, content) in [(s, c) for s, _, c in _triples(text)]


def test_as_of_time_after_a_verb_of_seeing_is_no_judgement():
    assert _triples("Nobody sees the harbor as the city grows.") == []


def test_siding_with_someone_is_a_stance():
    assert ("Three judges", "the union in the dispute") in [
        (s, c) for s, _, c in _triples("Three judges sided with the union in the dispute.")
    ]


def test_a_phrasal_cues_preposition_follows_the_verb():
    # "In a tense week" is no "believe in"
    assert ("farmers", "believe", "the harbor will close") in _triples("In a tense week, farmers believe the harbor will close.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the survey, 46 percent of voters said yes.", ("46 percent of voters", "said", "yes")),
        ("He said no to the war in 2003.", ("He", "said", "no to the war in 2003")),
    ],
)
def test_saying_yes_or_no_reports_the_answer(text, expected):
    assert expected in _triples(text)


def test_clear_about_something_is_a_stance_but_clear_water_says_nothing():
    assert ("The mayor", "her plans for the harbor") in [
        (s, c) for s, _, c in _triples("The mayor was clear about her plans for the harbor.")
    ]
    assert _triples("The water was clear on Monday.") == []


def test_what_a_poll_finds_is_reported_but_what_police_find_is_not():
    assert ("A recent poll", "found", "broad support for the harbor plan") in _triples(
        "A recent poll found broad support for the harbor plan."
    )
    assert _triples("Police found the car near the river.") == []


def test_feeling_like_a_clause_reports_the_clause():
    assert ("Many voters", "like the party has left them behind") in [
        (s, c) for s, _, c in _triples("Many voters feel like the party has left them behind.")
    ]
    assert _triples("He ran like the wind was behind him.") == []


def test_believing_in_something_is_a_belief_held():
    assert ("farmers", "taxing polluters") in [
        (s, c) for s, _, c in _triples("The plan angers farmers who believe in taxing polluters.")
    ]


def test_as_opposed_to_is_a_comparison_not_a_stance():
    assert all(cue != "opposed to" for _, cue, _ in _triples("He has one set of rules for his friends as opposed to his rivals."))


def test_a_title_case_no_in_a_headline_is_no_answer():
    assert all(content != "No to the Harbor Plan" for _, _, content in _triples("Ortiz: Voters Will Say No to the Harbor Plan"))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Most of the growers admire the new governor.", "Most of the growers", "the new governor"),
        ("Many voters in the county dislike the new tolls.", "Many voters in the county", "the new tolls"),
        ("The senator would love to run for governor.", "The senator", "to run for governor"),
    ],
)
def test_liking_or_disliking_something_is_held_toward_it(text, speaker, content):
    assert any(s == speaker and c == content for s, _, c in _triples(text))


def test_a_poll_the_parser_hangs_on_a_noun_of_the_clause_still_shows_the_clause():
    assert ("a Ledger poll", "poll", "Ruiz held a ten-point lead over Lee among young voters") in _triples(
        "The race tightened. Ruiz held a ten-point lead over Lee among young voters in a Ledger poll.")
    # the polls in general are a standing, not a finding
    assert _triples("The race tightened. Ruiz trails Lee in the polls.") == []
