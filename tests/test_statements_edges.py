"""Edges of what is said (statements.boundaries, statements.complements): an "as" phrase
saying what a cue's object is, and what a colon right after the content spells out on the
same line, are part of it — through the whole pipeline, on sentences written for these
tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def content_of(text: str, cue: str) -> str:
    from eventdesk import code_text

    statements = [s for s in code_text(text).statements if s.cue.text.endswith(cue)]
    assert statements, text
    return statements[0].content.text


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("The governor praised her deputy as a steady hand in a crisis.", "praised",
         "her deputy as a steady hand in a crisis"),
        ("The senator praised her rival as one of the ablest lawmakers of her generation.", "praised",
         "her rival as one of the ablest lawmakers of her generation"),
    ],
)
def test_an_as_phrase_saying_what_the_object_is_is_part_of_it(text, cue, content):
    assert content_of(text, cue) == content


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("The coach noted that only one other team had won there: they took the title in 2009.", "noted",
         "that only one other team had won there: they took the title in 2009"),
        ("The mayor said the plan had one flaw: it would cost far too much.", "said",
         "the plan had one flaw: it would cost far too much"),
    ],
)
def test_what_a_colon_spells_out_on_the_same_line_is_part_of_it(text, cue, content):
    assert content_of(text, cue) == content
