"""Where what is said goes on past a coordination, drawn as news annotators draw it
(PolNeAR): a verb joined to the reported clause in the same form goes on with it, and a
clause whose subject the parser left in the content goes on too — through the whole
pipeline, on sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def coded(text: str):
    from eventdesk import code_text

    return code_text(text).statements


def content_of(text: str, cue: str) -> str:
    statements = [s for s in coded(text) if s.cue.text.endswith(cue)]
    assert statements, text
    return statements[0].content.text


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (  # a verb in the reported clause's form goes on with it
            "The dockworker said she paid the harbour levy twice, but firmly backed the new port fee.",
            "said",
            "she paid the harbour levy twice, but firmly backed the new port fee",
        ),
        (  # the same in the present
            "The pastor says she backs a later curfew for the park but opposes fences around it.",
            "says",
            "she backs a later curfew for the park but opposes fences around it",
        ),
        (  # a second clause whose subject the parser joined to the content's last noun
            "But the coach said Lee has great respect for the referees and his angry remark was instead a sign of fatigue after the long season.",
            "said",
            "Lee has great respect for the referees and his angry remark was instead a sign of fatigue after the long season",
        ),
    ],
)
def test_content_goes_on_through_the_coordination(text, cue, content):
    assert content_of(text, cue) == content


@pytest.mark.parametrize(
    "text, said, other, other_content",
    [
        (  # a verb in the cue's form, not the clause's: the speaker goes on
            "The harbor master predicted that the ferry would soon run again and praised the crews who cleared the channel.",
            "the ferry would soon run again",
            "praised",
            "the crews who cleared the channel",
        ),
        (  # a past perfect in the clause, a simple past going on: the speaker's
            "The farmer said he'd lost two harvests to the drought and called the levy a burden on every grower.",
            "he'd lost two harvests to the drought",
            "called",
            None,
        ),
        (  # a cue going on with a clause of its own: two statements
            "The mayor said the bridge was safe and warned that the ferry would stop in winter.",
            "the bridge was safe",
            "warned",
            "that the ferry would stop in winter",
        ),
    ],
)
def test_speaker_going_on_stays_a_statement_of_its_own(text, said, other, other_content):
    statements = coded(text)
    first = [s for s in statements if s.cue.text.endswith(("said", "predicted"))]
    assert first and first[0].content.text.removeprefix("that ") == said
    assert any(s.cue.text.endswith(other) and other_content in (None, s.content.text) for s in statements)
