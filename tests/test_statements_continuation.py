"""Quotations that go on in the next sentence with no attribution of their own
(statements.continuation), through the whole pipeline, on sentences written for these tests."""

from __future__ import annotations

import pytest

from eventdesk import code_text

pytestmark = pytest.mark.slow


def contents(text: str) -> list[tuple[str, str]]:
    return [(s.cue.text, s.content.text) for s in code_text(text).statements]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            '"We will rebuild," the mayor said outside the hall. But "the money is not there yet."',
            '"We will rebuild," the mayor said outside the hall. But "the money is not there yet.',
        ),
        (
            '"The dam will hold," the engineer said. And, "the town will stay dry."',
            '"The dam will hold," the engineer said. And, "the town will stay dry.',
        ),
    ],
)
def test_a_quotation_after_an_opening_conjunction_goes_on(text, content):
    assert [c for _, c in contents(text)] == [content.strip('"')]


@pytest.mark.parametrize(
    "text",
    [
        '"We will rebuild," the mayor said. But "Hamlet" was not staged this year.',
        '"We will rebuild," the mayor said. Still, "the money is not there yet."',
    ],
)
def test_a_title_or_a_sentence_of_the_writers_does_not_go_on(text):
    assert [c for _, c in contents(text)] == ["We will rebuild"]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            '"The port will stay open," the mayor said. "We will carry this fight" into every town in the county.',
            'The port will stay open," the mayor said. "We will carry this fight" into every town in the county',
        ),
        (
            '"We cannot back the plan," said Ana Ruiz. "It has not shown the care needed to run a harbor" or to pay its pilots.',
            'We cannot back the plan," said Ana Ruiz. "It has not shown the care needed to run a harbor" or to pay its pilots',
        ),
    ],
)
def test_continued_quotation_with_the_writers_tail(text, content):
    # The writer finishes the speaker's sentence after the quotation that goes on: the
    # content runs to the end of that sentence, and the statement is mixed.
    statements = [s for s in code_text(text).statements if s.cue.text == "said"]
    assert [(s.content.text, s.type) for s in statements] == [(content, "mixed")]


@pytest.mark.parametrize(
    "text, content",
    [
        # a quotation after its cue in the same sentence: what follows is the saying's occasion
        ('About fifty pilots gathered at the gate, chanting "pay us now" after the talks failed.', "pay us now"),
        # the quotation is the subject of the writer's sentence
        ('"We will win," the mayor said. "Stop the war" was the chant of the crowd.', 'We will win," the mayor said. "Stop the war'),
    ],
)
def test_quotation_without_the_writers_tail(text, content):
    assert content in [s.content.text for s in code_text(text).statements]
