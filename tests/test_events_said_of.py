"""Judgments in statements (the judgments stage): "it"/"this" judged in "X said of Y" is Y;
"come across as" is a copula for a judgment; a word split at a hyphen is looked up whole."""

import pytest

from eventdesk.pipeline import code_text

STORY = "Governor Alma Reyes spoke to farmers in Nebraska on Tuesday. "


def _judgments(text):
    record = code_text(STORY + text, published="2016-03-01")
    return [(e.cameo, e.source.text if e.source else None, e.target.text if e.target else None, e.trigger.text)
            for e in record.events if e.cameo[:2] in ("11", "05")]


@pytest.mark.parametrize("text, target", [
    ('"This is a betrayal of every farmer," Tom Okafor said of the Senate Democrats\' decision.', "Democrats"),
    ('"It is a disgrace," Tom Okafor said of Linda Marsh.', "Linda Marsh"),
    ("Tom Okafor said the Senate Democrats' vote was an affront to farmers.", "Democrats"),
])
def test_it_or_this_judged_is_what_the_speaker_spoke_of(text, target):
    found = _judgments(text)
    assert any(c == "111" and s and "Tom Okafor" in s and t and target in t for c, s, t, _ in found), found


@pytest.mark.parametrize("text", [
    '"It was a betrayal," Tom Okafor said of his own decision.',          # self-judgment
    '"Was it a betrayal?" Tom Okafor said of Linda Marsh\'s veto.',      # a question
    '"It was not a betrayal," Tom Okafor said of Linda Marsh\'s veto.',  # negated
    '"It was a betrayal," Tom Okafor said of the storm.',                # no actor
    '"It was a betrayal," Tom Okafor said.',                             # nothing spoken of
])
def test_no_judgment_of_what_was_spoken_of_when_self_asked_denied_or_no_actor(text):
    assert not _judgments(text), _judgments(text)


@pytest.mark.parametrize("text, code, target", [
    ('Tom Okafor spoke about Linda Marsh. "She comes across as weak," he said.', "111", "Linda Marsh"),
    ('"Mark Dolan came off as arrogant," Tom Okafor said.', "111", "Mark Dolan"),
    ('Tom Okafor said Linda Marsh and Mark Dolan were "non-entities on the budget committee."', "111", "Linda Marsh"),
])
def test_seeming_and_hyphened_judgments(text, code, target):
    found = _judgments(text)
    assert any(c == code and t and target in t for c, s, t, _ in found), found


@pytest.mark.parametrize("text", [
    '"Mark Dolan came across as a farmer," Tom Okafor said.',          # no judging word
    '"Mark Dolan never came across as arrogant," Tom Okafor said.',   # negated
    '"I came across as arrogant," Tom Okafor said.',                  # the speaker himself
])
def test_no_seeming_judgment_when_neutral_negated_or_self(text):
    assert not _judgments(text), _judgments(text)
