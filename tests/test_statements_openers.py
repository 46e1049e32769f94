"""Where what is said begins, drawn as news annotators draw it (PolNeAR): a conjunction
that opens the writer's sentence ("And ...") and the preposition of a question
put ("asked about ...") are not part of it — through the whole pipeline, on sentences
written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def coded(text: str):
    from eventdesk import code_text

    return code_text(text).statements


def statement_of(text: str, cue: str):
    statements = [s for s in coded(text) if s.cue.text.lower().endswith(cue.lower())]
    assert statements, text
    return statements[0]


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (  # a trailing attribution
            "The ferry schedule was cut in March. And the harbor fees have not changed, the port authority said.",
            "said",
            "the harbor fees have not changed",
        ),
        (  # "according to"
            "Turnout was low in the north. And the council now holds a wide lead among younger voters, according to the survey.",
            "according to",
            "the council now holds a wide lead among younger voters",
        ),
        (  # an interposed attribution
            "The museum reopened on Sunday. And perhaps, the curator said, it could help visitors see the old town anew.",
            "said",
            "perhaps, the curator said, it could help visitors see the old town anew",
        ),
        (  # an interposed attribution after a phrase of time
            "The rules are odd. And during the roll call votes, the delegations answer by turn, she noted, so the count may end early.",
            "noted",
            "during the roll call votes, the delegations answer by turn, she noted, so the count may end early",
        ),
    ],
)
def test_statements_sentence_opener_is_the_writers(text, cue, content):
    assert statement_of(text, cue).content.text == content


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (  # "But" stays (tests/test_statements_boundaries.py)
            "The ferry schedule was cut in March. But the harbor fees have not changed, the port authority said.",
            "said",
            "But the harbor fees have not changed",
        ),
        (  # set off by a comma, the conjunction stays where it was
            "The museum reopened on Sunday. But, the curator said, it could help visitors see the old town anew.",
            "said",
            "But, the curator said, it could help visitors see the old town anew",
        ),
        (  # inside the speaker's own words
            'The plan failed. "And we knew it would," the mayor said.',
            "said",
            "And we knew it would",
        ),
        (  # a conjunction joining two reported clauses
            "Lee said the levy failed and the council knew it.",
            "said",
            "the levy failed and the council knew it",
        ),
    ],
)
def test_statements_other_conjunctions_stay(text, cue, content):
    assert statement_of(text, cue).content.text == content


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("Asked about the new parking levy, the mayor said she would sign it.", "Asked about", "the new parking levy"),
        ("When asked about his plans for the harbor, Lee shrugged.", "asked about", "his plans for the harbor"),
        ("The governor was asked about the ferry budget on Tuesday.", "asked about", "the ferry budget"),
        ("Asked last week about the dock strike, the union leader declined to comment.", "Asked", "the dock strike"),
    ],
)
def test_statements_question_put_about(text, cue, content):
    assert statement_of(text, cue).content.text == content


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The ferry schedule was cut in March. But according to several of her aides, the mayor wants to run again.",
            "the mayor wants to run again",
        ),
        (
            "Fares rose again. Yet according to the port authority, ridership held steady through the winter.",
            "ridership held steady through the winter",
        ),
        (
            "Fares rose again. But, according to the port authority, ridership held steady through the winter.",
            "ridership held steady through the winter",
        ),
    ],
)
def test_statements_opening_according_reports_the_clause_after_it(text, content):
    # The writer's link before an "according to" that opens the clause is no part of what
    # is said, and the content does not run across the cue.
    assert statement_of(text, "according to").content.text == content


@pytest.mark.parametrize(
    "text, cue, content, kind",
    [
        ('Eyebrows raised, the mayor asked, "Who will pay for the bridge?"', "asked", "Who will pay for the bridge?", "direct"),
        ('Her voice shaking, the nurse said, "We have run out of beds."', "said", "We have run out of beds.", "direct"),
        (
            'As the river rose, Ms. Soto said, "We waited on the roofs. And we learned from it."',
            "said",
            "We waited on the roofs. And we learned from it.",
            "direct",
        ),
    ],
)
def test_statements_scene_before_quotation_is_the_writers(text, cue, content, kind):
    # A clause before the attribution, then a quotation opening with a capital: the clause
    # sets the scene, the quotation alone is said.
    statement = statement_of(text, cue)
    assert (statement.content.text, statement.type) == (content, kind)
