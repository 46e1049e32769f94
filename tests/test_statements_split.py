"""One speaker, two cues: "X insisted that A, claiming that B" and "X said A and called B a
liar" are two statements by X, as news annotators draw them (PolNeAR), the first ending
before the second cue; what the speaker says inside quotation marks stays whole. Through
the whole pipeline, on sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def statements_of(text: str) -> list[tuple[str, str, str]]:
    from eventdesk import code_text

    return [
        ((s.speaker.name if s.speaker else None) or "", s.cue.text, s.content.text)
        for s in code_text(text).statements
    ]


def by_cue(text: str) -> dict[str, tuple[str, str]]:
    found = {}
    for speaker, cue, content in statements_of(text):
        found[cue] = (content, speaker)
    return found


@pytest.mark.parametrize(
    "text, first, second",
    [
        (  # a participle after a comma inside the closing quotation mark
            'Mayor Dalia Fenn insisted that she has "rebuilt the harbor," claiming that she is'
            " responsible for the new jobs.",
            ("insisted", 'that she has "rebuilt the harbor,"'),
            ("claiming", "that she is responsible for the new jobs"),
        ),
        (  # a participle after a dash
            'Mayor Dalia Fenn says the harbor tax raised $9 million and "nobody complained" —'
            " asserting that the fee did not hurt shipping.",
            ("says", 'the harbor tax raised $9 million and "nobody complained"'),
            ("asserting", "that the fee did not hurt shipping"),
        ),
        (  # a renaming verb joined to the reported clause
            'Senator Ruel Ostby did say he found Fenn to be "very clever" and called her record "a disaster."',
            ("did say", 'he found Fenn to be "very clever"'),
            ("called", "her record"),
        ),
        (  # a verb of the cue's own form, joined to a clause with a modal
            "Councillor Ines Marrow said that she would back the levy but did not say whether she would vote for it.",
            ("said", "that she would back the levy"),
            ("did not say", "whether she would vote for it"),
        ),
        (  # a participle joined to a participle cue
            'Ostby grew angrier on Monday, telling reporters that Fenn is "a fraud" and questioning'
            ' how she "got away with it."',
            ("telling", 'that Fenn is "a fraud"'),
            ("questioning", "how she"),
        ),
    ],
)
def test_second_cue_of_the_same_speaker_is_a_statement_of_its_own(text, first, second):
    found = by_cue(text)
    (cue, content), (second_cue, second_content) = first, second
    assert cue in found and second_cue in found, found
    assert found[cue][0] == content
    assert found[second_cue][0].startswith(second_content)
    assert found[cue][1] == found[second_cue][1]


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (  # a bare verb that shares the modal of the reported clause
            "All three mayors have said they would cut the harbor fee and push for a new bridge.",
            "have said",
            "they would cut the harbor fee and push for a new bridge",
        ),
        (  # verbs of one form inside what is said
            "The pilots said their plane had come under fire and had returned to base.",
            "said",
            "their plane had come under fire and had returned to base",
        ),
        (  # a participle inside a quotation stays in it
            'Fenn said the crews were "working late, insisting that the job be done right," and left.',
            "said",
            'the crews were "working late, insisting that the job be done right,"',
        ),
    ],
)
def test_what_is_said_stays_whole(text, cue, content):
    found = by_cue(text)
    assert cue in found, found
    assert found[cue][0] == content
