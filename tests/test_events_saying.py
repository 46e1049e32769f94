"""Verbs of saying coded by what is said: an own hostile act announced with "going to" is a
threat (13), a cooperative one an intent (03), and a question put with "ask" asks nothing of
anyone (no appeal, 02)."""

import pytest

from eventdesk.pipeline import code_text


def _events(text):
    record = code_text(text, published="2016-03-01")
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in record.events]


@pytest.mark.parametrize("text, code", [
    ('"We are going to impose sanctions on Russia," the German chancellor said.', "1312"),
    ('"We\'re gonna impose sanctions on Russia," the German chancellor said.', "1312"),
])
def test_an_own_hostile_act_said_with_going_to_is_a_threat(text, code):
    events = _events(text)
    assert any(c == code and tgt == "RUS" for c, _, tgt in events)
    assert not any(c == "163" for c, _, _ in events)


def test_a_cooperative_act_said_with_going_to_is_an_intent():
    events = _events("The German chancellor said Germany was going to send aid to Ukraine.")
    assert any(c.startswith("03") and tgt == "UKR" for c, _, tgt in events)


def test_a_question_put_to_a_politician_asks_nothing_of_him():
    text = ("Senator Bernie Sanders spoke in Iowa on Monday. Sanders was asked by talk show host Bill Maher, "
            "who backs Sanders, \"Now, you said in the first debate that you were tired of hearing about the "
            "emails, didn't you?\"")
    assert not any(code.startswith("02") for code, _, _ in _events(text))
    # asking someone to act stays an appeal
    assert any(code.startswith("02") for code, _, _ in _events(
        "Senator Bernie Sanders asked the Democratic Party to hold more debates before the Iowa caucuses."))


@pytest.mark.parametrize("text, target", [
    ("Senator John Smith told Republicans that they were being ridiculous.", "USAPTYGOP"),
    ("Turkey's president told EU leaders that they were irresponsible.", "IGOEEC"),
])
def test_they_in_what_was_told_is_the_one_told(text, target):
    assert any(code == "111" and tgt == target for code, _, tgt in _events(text))
