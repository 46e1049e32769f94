"""Indirect attributions in constructions of their own (issue 9, session 12): a view given by
a phrase opening the sentence ("To Ortiz, the levy is a trap"), a noun of stance after a verb
that puts it forward ("launched an attack on the council"), and a stance taken "in support
of" someone after any verb ("came out in support of the levy"). Each sentence is our own,
through the pipeline; each near miss stays without a statement."""

from __future__ import annotations

import pytest

from conftest import statement_triples as _triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("To Ortiz, the council's plan looks like a trap.", "Ortiz", "To", "the council's plan looks like a trap"),
        (
            "But to the Teachers Union, the offer still falls short of what was promised.",
            "the Teachers Union", "to", "the offer still falls short of what was promised",
        ),
    ],
)
def test_a_phrase_opening_the_sentence_gives_the_named_ones_view(text, speaker, cue, content):
    assert (speaker, cue, content) in _triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "To date, the council has spent four million dollars on the bridge.",  # a time, no one named
        "To many farmers, the levy is a burden.",  # nobody named
        "For Ortiz, it was a long day in the council.",  # "for": mostly the writer's
    ],
)
def test_a_phrase_of_time_or_an_unnamed_group_gives_no_view(text):
    assert _triples(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The mayor launched a fierce attack on the council.", "The mayor", "the council"),
        ("Farmers mounted a spirited defense of the subsidy.", "Farmers", "the subsidy"),
        ("The bishop preached a message of forgiveness.", None, None),  # "message" takes no "of"
    ],
)
def test_a_noun_of_stance_put_forward_by_a_verb_is_its_subjects(text, speaker, content):
    found = [(s, c) for s, _, c in _triples(text)]
    if speaker is None:
        assert found == []
    else:
        assert (speaker, content) in found


def test_a_verb_that_puts_forward_nothing_said_gives_nothing():
    assert _triples("The party launched a campaign in the northern provinces.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("Senator Ortiz has come out in support of the levy.", "Senator Ortiz", "come out in support of", "the levy"),
        ("Lee spoke in defense of the judge on Monday.", "Lee", "spoke in defense of", "the judge"),
        ("The union wrote in opposition to the plan.", "The union", "wrote in opposition to", "the plan"),
    ],
)
def test_a_stance_in_support_of_someone_after_a_verb(text, speaker, cue, content):
    assert (speaker, cue, content) in _triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ten members voted in favor of the measure.",  # a vote cast: an act
        "The company did not act in support of the workers.",  # negated
        "The crowd gathered in support of the strikers.",  # a crowd holds no stance of its own here
    ],
)
def test_a_vote_a_negation_or_a_gathering_takes_no_stance(text):
    assert _triples(text) == []
