"""A comparison of figures tagged on after what is said is the writer's, as news annotators
draw it (PolNeAR) — through the whole pipeline, on sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def content_of(text: str, cue: str) -> str:
    from eventdesk import code_text

    statements = [s for s in code_text(text).statements if s.cue.text.lower().endswith(cue)]
    assert statements, text
    return statements[0].content.text


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (
            "In the new survey, 44 percent of voters said they had a positive view of the mayor, compared with 33 percent last month.",
            "said",
            "they had a positive view of the mayor",
        ),
        (
            "The ferry company reported it carried 3 million passengers in the quarter, up 12 percent from a year earlier.",
            "reported",
            "it carried 3 million passengers in the quarter",
        ),
        (
            "Some 31 percent said they would never vote for the governor, the highest for any candidate.",
            "said",
            "they would never vote for the governor",
        ),
        (
            "The port authority said the harbor earned $90 million, a bit more than the $85 million it earned in 2019.",
            "said",
            "the harbor earned $90 million",
        ),
        ("The mayor said the fares rose from $2 to $3, an increase of half.", "said", "the fares rose from $2 to $3"),
    ],
)
def test_statements_comparison_tag_is_the_writers(text, cue, content):
    assert content_of(text, cue) == content


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (  # inside the quotation, every word is the speaker's
            '"We carried 3 million passengers, up 12 percent," the ferry company said.',
            "said",
            "We carried 3 million passengers, up 12 percent",
        ),
        (  # no comparison: a place, not a figure set against another
            "The mayor said the ferry would stop at Dover, up the coast.",
            "said",
            "the ferry would stop at Dover, up the coast",
        ),
    ],
)
def test_statements_other_tails_stay(text, cue, content):
    assert content_of(text, cue) == content
