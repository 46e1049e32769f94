"""Judged deeds (events/doer_tone.py, through the judgments stage): a content clause whose
doer is a named actor and whose deed words (objects, prepositions, manner) all lean one way
judges that doer — criticism 111, praise 051 — at the verb of saying; none when the words are
negated or lean both ways, the clause is hedged or a condition, the doer is the speaker or no
actor, or the words belong to a clause of someone else."""

import pytest

from eventdesk.pipeline import code_text

STORY = "Governor Alma Reyes spoke to farmers in Nebraska on Tuesday. "


def _judgments(text):
    record = code_text(STORY + text, published="2016-03-01")
    return [(e.cameo, e.source.text if e.source else None, e.target.text if e.target else None, e.trigger.text)
            for e in record.events if e.cameo[:2] in ("11", "05")]


@pytest.mark.parametrize("text, code, source, target", [
    ("Tom Okafor said the Senate Democrats ran the committee with reckless disregard for its rules.",
     "111", "Tom Okafor", "Democrats"),
    ("Tom Okafor said Linda Marsh staged a cowardly retreat on farm subsidies.", "111", "Tom Okafor", "Linda Marsh"),
    ('"Linda Marsh steered the county through the floods with remarkable courage," Tom Okafor said.',
     "051", "Tom Okafor", "Linda Marsh"),
    ("Tom Okafor told reporters that Linda Marsh answered every question with admirable honesty.",
     "051", "Tom Okafor", "Linda Marsh"),
])
def test_a_clause_whose_deed_words_lean_one_way_judges_its_doer(text, code, source, target):
    found = _judgments(text)
    assert any(c == code and s and source in s and t and target in t and trig in ("said", "told")
               for c, s, t, trig in found), found


@pytest.mark.parametrize("text", [
    "Tom Okafor said Linda Marsh might have staged a cowardly retreat on farm subsidies.",    # hedged
    "Tom Okafor said that if Linda Marsh staged a cowardly retreat, voters would punish her.",  # a condition
    '"We ran the committee with reckless disregard for its rules," Tom Okafor said.',             # the speaker's side
    "Tom Okafor said the committee was run with reckless disregard for its rules.",              # no doer
    "Tom Okafor said the county faces a reckless neighbor upstream.",                           # no actor judged
    "Tom Okafor said Linda Marsh ran the committee without any reckless disregard for its rules.",  # denied
    "Tom Okafor said Linda Marsh met voters who showed reckless disregard for the rules.",       # others' deed
    "Tom Okafor said Linda Marsh answered with admirable honesty and reckless disregard.",       # both ways
])
def test_no_judged_deed_when_hedged_self_denied_or_unowned(text):
    assert not _judgments(text), _judgments(text)


@pytest.mark.parametrize("text", [
    "Tom Okafor said Linda Marsh took a step toward a brighter future for the county.",  # not the deed's manner
    "Tom Okafor said Linda Marsh raised the drought problem with the minister.",          # a topic, no judgment
])
def test_words_beyond_the_deed_judge_nobody(text):
    assert not _judgments(text), _judgments(text)


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


@pytest.mark.parametrize("text", [
    "Tom Okafor said Linda Marsh faces a ruthless opponent in the fall.",    # the adjective judges the opponent
    "Tom Okafor said Linda Marsh hired a brilliant lawyer for the appeal.",  # ... the lawyer
])
def test_an_adjective_on_people_faced_judges_them_not_the_doer(text):
    assert not _judgments(text), _judgments(text)


@pytest.mark.parametrize("text, code, target", [
    ('Tom Okafor spoke about Linda Marsh. "She comes across as weak," he said.', "111", "Linda Marsh"),
    ('"Mark Dolan came off as arrogant," Tom Okafor said.', "111", "Mark Dolan"),
    ('Tom Okafor said both Linda Marsh and Mark Dolan are "non-entities in the Senate."', "111", "Linda Marsh"),
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
