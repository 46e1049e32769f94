"""The speaker of a statement as news annotators draw the source (PolNeAR): who may speak
before a headline's colon, and the words kept at the speaker's edges. Each text is our own,
through the pipeline."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _statements(text: str):
    from eventdesk import code_text

    return code_text(text).statements


def _sources(text: str) -> list[tuple]:
    """(source words as annotated, cue words, content words) of each statement."""
    return [
        ((s.speaker_mention or s.speaker).text if s.speaker else None, s.cue.text, s.content.text)
        for s in _statements(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # People named by a plural noun in the headline speak for themselves.
        ("Economists: Rate Rise Will Slow Hiring\n\nThe central bank meets on Thursday.",
         ("Economists", ":", "Rate Rise Will Slow Hiring")),
        ("Historians: Governor Leaves A Mixed Legacy\n\nThe filing deadline is in March.",
         ("Historians", ":", "Governor Leaves A Mixed Legacy")),
    ],
)
def test_a_headline_colon_speaker_named_by_a_plural_noun(text, expected):
    assert expected in _sources(text)


@pytest.mark.parametrize(
    "text",
    [
        # The name after a common noun is whom the line is about, not who speaks.
        "Another setback for Okafor: Union backs his rival\n\nThe union met on Friday.",
        "Big night for Ruiz: Turnout tops forecasts\n\nPolls closed at eight.",
    ],
)
def test_a_name_the_headline_is_about_is_no_speaker(text):
    assert [s for s in _statements(text) if s.cue.text == ":"] == []


def test_the_questions_of_an_interview_are_not_spoken_by_q():
    text = (
        "The minister spoke to us on Friday.\n\n"
        "Q: Will the port reopen this year?\n\n"
        "A: We expect it to reopen in the spring."
    )
    assert [s for s in _statements(text) if s.speaker and s.speaker.text == "Q"] == []


def test_a_question_put_to_the_interviewee_keeps_its_own_attribution():
    text = (
        "The minister spoke to us on Friday.\n\n"
        "Q: You said last week that the port would reopen.\n\n"
        "A: We expect it to reopen in the spring."
    )
    assert any(speaker == "You" and cue == "said" for speaker, cue, _ in _sources(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "only" is part of how many spoke; "even" stays out (test_statements.py).
        ("Only 31 percent of farmers say the subsidy helps them.", "Only 31 percent of farmers"),
        ("Only a handful of the delegates said they would switch.", "Only a handful of the delegates"),
    ],
)
def test_only_before_a_count_of_speakers_is_part_of_the_source(text, source):
    assert any(words == source for words, _, _ in _sources(text))
