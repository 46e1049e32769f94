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
