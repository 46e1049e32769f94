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
