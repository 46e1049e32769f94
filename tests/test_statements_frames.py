"""Statements found in constructions a cue word takes besides "X said Y": an infinitive of
purpose ("went to Lima to discuss ..."), and the object of a verb of recounting or
foretelling ("recalled the floods", "explained its decision", "predicted a win").
Each sentence is our own, through the pipeline."""

from __future__ import annotations

import pytest

from conftest import statement_triples as _triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator flew to Lima to discuss the port deal with the minister.",
         ("The senator", "to discuss", "the port deal with the minister")),
        ("Hundreds of farmers took to the streets to denounce the new fuel tax.",
         ("Hundreds of farmers", "to denounce", "the new fuel tax")),
        ("The governor will come on the program on Friday to talk about the drought.",
         ("The governor", "to talk about", "the drought")),
    ],
)
def test_an_infinitive_of_purpose_is_said_by_the_subject_of_its_verb(text, expected):
    assert expected in _triples(text)


def test_an_infinitive_of_purpose_with_no_cue_is_no_statement():
    assert _triples("The mayor went to the harbor to inspect the new pier.") == []


def test_an_infinitive_of_purpose_inside_a_reported_clause_stays_in_it():
    assert _triples("The union said its members began a strike to demand higher pay.") == [
        ("The union", "said", "its members began a strike to demand higher pay")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister recalled the floods of 1998 as the worst in memory.",
         ("The minister", "recalled", "the floods of 1998 as the worst in memory")),
        ("Ana Soto remembered the mayor as a kind man.", ("Ana Soto", "remembered", "the mayor as a kind man")),
        ("Analysts predicted a narrow win for the governor.", ("Analysts", "predicted", "a narrow win for the governor")),
        ("The council explained its decision to close the library.",
         ("The council", "explained", "its decision to close the library")),
        ("The audit details the cost of each bridge.", ("The audit", "details", "the cost of each bridge")),
        ("Few economists foresee a recession.", ("Few economists", "foresee", "a recession")),
    ],
)
def test_recounting_and_foretelling_report_their_object(text, expected):
    assert expected in _triples(text)


def test_figures_reported_by_a_company_are_no_statement():
    # the team's convention (tests/data/attributions_gold.jsonl): results reported are an act
    assert _triples("The carmaker reported weak sales in Brazil.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor faced sharp criticism over the levy.", (None, "faced sharp criticism over", "the levy")),
        ("She drew support from young voters in the suburbs.", ("young voters", "drew support", "She")),
        ("Ortiz won the endorsement of the teachers union.", ("the teachers union", "won the endorsement", "Ortiz")),
        ("The plan came under heavy criticism.", (None, "came under heavy criticism", "The plan")),
        ("The bill faced stern opposition from farmers to the new fuel tax.",
         ("farmers", "faced stern opposition", "the new fuel tax")),
    ],
)
def test_a_judgement_someone_gets_is_held_by_its_giver_and_is_about_its_matter_or_them(text, expected):
    assert expected in _triples(text)


def test_a_judgement_received_for_a_reason_reports_the_one_judged_with_the_reason():
    (speaker, cue, content), = _triples("The governor has endured criticism for closing the clinics.")
    assert speaker is None and cue == "has endured criticism"
    assert content.startswith("The governor") and content.endswith("for closing the clinics")


@pytest.mark.parametrize("text", [
    "Under criticism from rights groups, Chile's interior minister rescinded the decree.",
    "Under fierce criticism from rights groups, the interior minister withdrew the decree.",
])
def test_a_judgement_received_in_a_phrase_put_first_runs_from_its_noun(text):
    # The verb comes after the noun here: the cue is the noun alone (a cue that ran from the
    # verb back to the noun once ended before it started, and the article was rejected).
    (speaker, cue, content), = _triples(text)
    assert (speaker, cue) == ("rights groups", "criticism") and content.endswith("interior minister")


def test_an_attack_come_under_is_no_judgement():
    assert _triples("The convoy came under attack near the border.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator argued against the war in Congress.", ("The senator", "argued against", "the war in Congress")),
        ("He cautioned against reading too much into the poll.",
         ("He", "cautioned against", "reading too much into the poll")),
        ("Most voters agreed with the analysis.", ("Most voters", "agreed with", "the analysis")),
        ("Most voters agreed with the mayor that the bridge was unsafe.",
         ("Most voters", "agreed with", "that the bridge was unsafe")),
        ("The governor weighed in on the dispute.", ("The governor", "weighed in on", "the dispute")),
        ("The mayor talked up her plan for the port.", ("The mayor", "talked up", "her plan for the port")),
        ("Officials warned about the risk of floods.", ("Officials", "warned about", "the risk of floods")),
        ("She joked about retiring to Portugal.", ("She", "joked about", "retiring to Portugal")),
    ],
)
def test_arguing_against_agreeing_with_and_weighing_in_report_what_they_are_about(text, expected):
    assert expected in _triples(text)


def test_agreeing_with_a_pronoun_is_no_statement():
    assert _triples("I agree with you.") == []


def test_saying_the_same_of_someone_is_what_is_said():
    text = "Most farmers back the levy, while only a quarter of fishermen say the same of it."
    # "only" stays with the count of speakers, as the annotators draw the source (PolNeAR).
    assert ("only a quarter of fishermen", "say", "the same of it") in _triples(text)


def test_doing_the_same_is_no_statement():
    assert _triples("The mayor did the same.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u201cGo back to your seat,\u201d the mayor barked, and a guard led the man out.",
         ("the mayor", "barked", "Go back to your seat")),
        ("\u201cThat is simply false,\u201d Ortiz shot back.", ("Ortiz", "shot back", "That is simply false")),
        ("At the bottom the flyer reads, \u201cGive money and win a free shotgun.\u201d",
         ("the flyer", "reads", "Give money and win a free shotgun.")),
    ],
)
def test_a_verb_of_the_manner_of_an_utterance_reports_its_quotation(text, expected):
    assert expected in _triples(text)


def test_a_verb_of_the_manner_of_an_utterance_without_a_quotation_is_no_statement():
    assert _triples("The crowd cried as the coffin passed. He read the letter twice.") == []


def test_the_words_a_thing_bears_in_a_relative_clause_describe_it():
    text = 'Thousands marched through the capital, carrying banners that read "Bread, not bullets".'
    assert _triples(text) == []
