"""What a verb of wanting (words.tsv `desire_verb`: want, wish, hope, intend, aim ...) takes
for its to-infinitive is what the subject would like to happen, no event (issue 8: the dev
gold leaves such wishes out); a plan, a promise or an offer stays an intent."""

import pytest

from eventdesk.pipeline import code_text

STORY = "Foreign ministers met in Geneva on Monday. "


def _events(text):
    return code_text(STORY + text, published="2016-03-01").events


@pytest.mark.parametrize("text", [
    "Prime Minister Olaf Weber wants to help the refugees from Sudan.",
    "The Kenyan president intends to visit Ethiopia next month.",
    "Russia hopes to meet Ukrainian negotiators and sign a truce.",
    "The German chancellor wants Poland to withdraw its ambassador.",
])
def test_a_wish_is_no_event(text):
    found = [(e.cameo, e.trigger.text) for e in _events(text) if e.sentence == 1]
    assert found == [], found


@pytest.mark.parametrize("text, word", [
    ("The German chancellor plans to visit Poland.", "visit"),
    ("The German chancellor promised to visit Poland.", "visit"),
    ("The German chancellor visited Poland.", "visited"),
])
def test_a_plan_a_promise_and_a_visit_stay(text, word):
    found = [(e.cameo, e.trigger.text) for e in _events(text) if e.sentence == 1]
    assert any(word in trigger for _, trigger in found), found


# ---------------------------------------------------------------- what one needs to do

@pytest.mark.parametrize("text, word", [
    ("The Kenyan president did not need to meet the Ugandan leader to settle the dispute.", "meet"),
    ("Prime Minister Olaf Weber needs to apologize to the Polish government.", "apologize"),
    ("The governor said she needed to support the French mayor but could not send staff.", "support"),
])
def test_what_one_needs_to_do_is_no_event(text, word):
    assert not any(word in e.trigger.text for e in _events(text)), [e.trigger.text for e in _events(text)]


def test_a_meeting_held_stays():
    assert any(e.cameo[:2] == "04" for e in _events("The Kenyan president met the Ugandan leader on Friday."))
