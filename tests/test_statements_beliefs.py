"""Reported beliefs, feelings and intentions beyond verbs of saying: adjectives of a state of
mind ("is convinced that", "is eager to", "are worried about"), nouns held by their possessor
("his pledge to", "their opposition to"), "knows" with a plain clause, judgements held ("sees
him as a threat"). "X is expected to ..." stays no statement (the team's convention,
tests/test_statements.py), though PolNeAR counts it."""

from __future__ import annotations

import pytest

from eventdesk.model import Article

pytestmark = pytest.mark.slow


def _statements(pipeline, text):
    return pipeline.code(Article(text=text, id="t")).statements


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("Mr. Ackman is convinced that the company will recover.", "Mr. Ackman", "is convinced", "that the company will recover"),
        ("The campaign is eager to move on from the scandal.", "The campaign", "is eager", "to move on from the scandal"),
        ("Democratic leaders are worried about the protests in the city.", "Democratic leaders", "are worried about", "the protests in the city"),
        ("The governor was confident that the measure would pass.", "The governor", "was confident", "that the measure would pass"),
        ("The mayor is willing to meet the strikers next week.", "The mayor", "is willing", "to meet the strikers next week"),
        # keeping quiet about something
        ("The growers were coy about whether they would sell.", "The growers", "were coy about", "whether they would sell"),
    ],
)
def test_an_adjective_of_a_state_of_mind_is_an_attribution(pipeline, text, speaker, cue, content):
    (statement,) = _statements(pipeline, text)
    assert statement.speaker is not None and statement.speaker.text == speaker
    assert statement.cue.text == cue
    assert statement.content.text == content


def test_an_adjective_the_parser_takes_for_the_noun_of_be_keeps_its_holder(pipeline):
    # The parse makes "cagey" the attribute of "were"; the cue is then drawn without the copula.
    (statement,) = _statements(pipeline, "The growers were cagey about whether they would sell.")
    assert statement.speaker is not None and statement.speaker.text == "The growers"
    assert statement.cue.text.endswith("cagey about")
    assert statement.content.text == "whether they would sell"


@pytest.mark.parametrize(
    "text",
    [
        "It is clear that the plan failed.",
        "The senator is not convinced that the plan will work.",
        "The road was closed to traffic for the parade.",
        "The crowd was angry.",
        "The door was open about an inch.",
    ],
)
def test_an_adjective_with_no_holder_or_content_or_negated_gives_nothing(pipeline, text):
    assert _statements(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("He knows he will win the primary.", "He", "he will win the primary"),
        ("Most voters feel the economy is getting worse.", "Most voters", "the economy is getting worse"),
        ("She sees the governor as a real threat.", "She", "the governor as a real threat"),
    ],
)
def test_knowing_feeling_and_seeing_as_are_held_views(pipeline, text, speaker, content):
    (statement,) = _statements(pipeline, text)
    assert statement.speaker is not None and statement.speaker.text == speaker
    assert statement.content.text == content


def test_seeing_a_thing_is_no_view(pipeline):
    assert _statements(pipeline, "She saw the governor at the station.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("Their opposition to the trade deal hurt the party.", "Their", "opposition to", "the trade deal"),
        ("Her support for the bill was crucial.", "Her", "support for", "the bill"),
        ("His decision not to attend the debate was criticised.", "His", "decision", "not to attend the debate"),
        ("His attacks on billionaire financiers drew cheers.", "His", "attacks on", "billionaire financiers"),
    ],
)
def test_a_noun_held_by_its_possessor_takes_its_object_or_infinitive(pipeline, text, speaker, cue, content):
    statements = [s for s in _statements(pipeline, text) if s.cue.text == cue]
    (statement,) = statements
    assert statement.speaker is not None and statement.speaker.text == speaker
    assert statement.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "The opposition to the trade deal grew.",
        "His plan for the economy was vague.",
    ],
)
def test_a_noun_with_no_possessor_or_no_frame_gives_nothing(pipeline, text):
    assert _statements(pipeline, text) == []



@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("Many growers in the valley are tired of the water rules.",
         "Many growers in the valley", "are tired of", "the water rules"),
        ("The governor was delighted by the court's ruling.", "The governor", "was delighted", "the court's ruling"),
        ("Voters in the county are divided on the new levy.", "Voters in the county", "are divided on", "the new levy"),
        ("Ruiz has been upfront about her plans for the port.", "Ruiz", "has been upfront about", "her plans for the port"),
    ],
)
def test_an_adjective_of_feeling_stance_or_candour_is_held_toward_its_object(pipeline, text, speaker, cue, content):
    assert any(s.speaker is not None and s.speaker.text == speaker and s.cue.text == cue and s.content.text == content
               for s in _statements(pipeline, text))
    # without the object it takes, the adjective is no state of mind held toward anything
    assert _statements(pipeline, "The senator was tired after the long flight.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("There is broad agreement among economists that the levy is too low.", "that the levy is too low"),
        ("There is a growing sense that the mayor will lose.", "that the mayor will lose"),
    ],
)
def test_a_belief_shared_or_sensed_reports_its_that_clause(pipeline, text, content):
    assert [s.content.text for s in _statements(pipeline, text)] == [content]
    # a relative clause on the noun (a treaty signed) is no content
    assert _statements(pipeline, "The agreement that the two sides signed in May has collapsed.") == []
