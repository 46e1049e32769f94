"""Subordinate clauses that are no event of their own (issue 8): a "that" clause giving a
noun's content ("the fact that ...", "accusations that ...", "concerns that ...") is what the
noun holds, not news; a result clause after "so"/"such" stays an event."""

import pytest

from eventdesk.pipeline import code_text

STORY = "Foreign ministers met in Geneva on Monday. "


def _codes(text):
    return [(e.cameo, e.trigger.text) for e in code_text(STORY + text, published="2016-03-01").events]


@pytest.mark.parametrize("text, word", [
    ("Diplomats respect the fact that Germany condemned Russia.", "condemned"),
    ("Moscow dismissed accusations that the Kremlin attacked Ukraine.", "attacked"),
    ("Analysts voiced concerns that Hungary would not support Ukraine.", "support"),
    ("The minister rejected the claim that Turkey had expelled Swedish diplomats.", "expelled"),
])
def test_a_nouns_that_clause_is_no_event(text, word):
    found = _codes(text)
    assert not any(word in trigger for _, trigger in found), found


@pytest.mark.parametrize("text, word", [
    ("The UN faced so many allegations that Ban Ki-moon called for an inquiry.", "called"),
    ("Germany condemned Russia.", "condemned"),
    ("Diplomats said that Germany condemned Russia.", "condemned"),
])
def test_result_clauses_and_main_clauses_stay_events(text, word):
    found = _codes(text)
    assert any(word in trigger for _, trigger in found), found


@pytest.mark.parametrize("text, word", [
    ("Donald Trump praised Vladimir Putin, given that Russia backs Syria.", "backs"),
    ("The Kremlin says it is focused on attacking Ukraine.", "attacking"),
])
def test_a_clause_after_a_preposition_of_topic_is_no_event(text, word):
    found = _codes(text)
    assert not any(word in trigger for _, trigger in found), found


@pytest.mark.parametrize("text, word", [
    ("The senator insisted on meeting Vladimir Putin.", "insisted"),
    ("Germany agreed on sanctioning Russia.", "agreed"),
])
def test_a_verb_with_its_own_on_clause_stays(text, word):
    found = _codes(text)
    assert any(word in trigger for _, trigger in found), found


@pytest.mark.parametrize("text, word", [
    ("The minister answered questions about attacks by the rebels on Monday.", "attacks"),
    ("Reporters pressed the spokesman with questions concerning attacks by the army.", "attacks"),
])
def test_an_event_noun_another_noun_is_about_is_no_event(text, word):
    found = _codes(text)
    assert not any(word in trigger for _, trigger in found), found


@pytest.mark.parametrize("text, word", [
    ("Rebels attacked the army base near Goma.", "attacked"),
    ("Tensions over raids by the army rose in the north.", "raids"),
])
def test_an_event_noun_without_a_topic_noun_stays(text, word):
    found = _codes(text)
    assert any(word in trigger for _, trigger in found), found


@pytest.mark.parametrize("text, word", [
    ("The real surprise was Germany's pledge to send tanks to Ukraine.", "pledge"),
    ("The main obstacle was the Kenyan proposal to ban imports from Uganda.", "proposal"),
])
def test_an_event_noun_saying_what_its_subject_is_is_no_event(text, word):
    found = _codes(text)
    assert not any(word in trigger for _, trigger in found), found


@pytest.mark.parametrize("text, word", [
    ("There were talks between Kenya and Somalia.", "talks"),
    ("Germany's pledge to send tanks to Ukraine surprised Moscow.", "pledge"),
])
def test_an_event_noun_of_there_is_or_as_a_subject_stays(text, word):
    found = _codes(text)
    assert any(word in trigger for _, trigger in found), found
