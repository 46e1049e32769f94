"""Statements found in constructions a cue word takes besides "X said Y": an infinitive of
purpose ("went to Lima to discuss ..."), and the object of a verb of recounting or
foretelling ("recalled the floods", "explained its decision", "predicted a win").
Each sentence is our own, through the pipeline."""

from __future__ import annotations

import pytest

from eventdesk import code_text

pytestmark = pytest.mark.slow


def _triples(text):
    return [
        (s.speaker.text if s.speaker else None, s.cue.text, s.content.text)
        for s in code_text(text).statements
    ]


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
