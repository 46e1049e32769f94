"""Feelings voiced about something ("expressed alarm that ...", "expressed sympathy for ..."):
the noun with its light verb is the cue, what the feeling is about the content, as news
annotators draw it (PolNeAR) — through the whole pipeline, on sentences written for these
tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def statement_of(text: str, cue: str):
    from eventdesk import code_text

    statements = [s for s in code_text(text).statements if s.cue.text.lower().endswith(cue.lower())]
    assert statements, text
    return statements[0]


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("The mayor expressed alarm that the harbor fees might rise again.", "expressed alarm", "that the harbor fees might rise again"),
        ("The council expressed sympathy for the striking dock workers.", "expressed sympathy for", "the striking dock workers"),
        ("Leaders expressed outrage over the latest missile test.", "expressed outrage over", "the latest missile test"),
    ],
)
def test_statements_feeling_voiced_with_light_verb(text, cue, content):
    statement = statement_of(text, cue)
    assert statement.content.text == content
