"""Support, defence and credit between political actors: "X's support for Y", "X came to
Y's defense", "X delivered a defense of Y", "X credited Y with ...", "X campaigned with Y",
"X expressed approval of Y". All sentences invented."""

import pytest

from eventdesk.pipeline import code_text


def _role(actor):
    # a governor and a senator: the country may go unnamed ("GOV") or be inferred ("USAGOV")
    return actor.code.removeprefix("USA") if actor else None


def _pairs(text):
    return {(e.cameo[:3], _role(e.source), _role(e.target))
            for e in code_text(text, published="2016-05-05").events}


@pytest.mark.parametrize("text, event", [
    ("Governor Cuomo's support for Senator Warren was noted.", ("051", "GOV", "LEG")),
    ("Governor Cuomo's backing of Senator Warren was noted.", ("051", "GOV", "LEG")),
    ("Governor Cuomo expressed his approval of Senator Warren.", ("051", "GOV", "LEG")),
])
def test_the_holder_of_support_for_an_actor(text, event):
    assert event in _pairs(text)


@pytest.mark.parametrize("text", [
    "Senator Warren's support among women fell.",
    "Governor Cuomo's support for the bill was noted.",
    "Governor Cuomo's support of shared regional transit budgets was noted.",
    "The senators' support for the bill was noted.",
])
def test_a_share_of_voters_or_a_policy_stance_is_no_event(text):
    assert not any(code == "051" for code, _, _ in _pairs(text))


@pytest.mark.parametrize("text", [
    "Governor Cuomo came to Senator Warren's defense on Monday.",
    "Governor Cuomo rushed to the defense of Senator Warren.",
    "Governor Cuomo's defense of Senator Warren was noted.",
    "Governor Cuomo delivered a spirited defense of Senator Warren.",
])
def test_a_defense_of_an_actor(text):
    assert ("052", "GOV", "LEG") in _pairs(text)


def test_credited_with():
    assert ("051", "GOV", "LEG") in _pairs("Governor Cuomo credited Senator Warren with the victory.")
    assert not any(code == "051" for code, _, _ in _pairs("Governor Cuomo credited the tax cuts for the growth."))


@pytest.mark.parametrize("text", [
    "Governor Cuomo campaigned for Senator Warren in Ohio.",
    "Governor Cuomo campaigned with Senator Warren in Ohio.",
])
def test_campaigning_for_or_with_a_candidate(text):
    assert ("053", "GOV", "LEG") in _pairs(text)


def test_campaigning_for_a_cause_stays_an_appeal():
    assert not any(code == "053" for code, _, _ in _pairs("Governor Cuomo campaigned for tax reform in Ohio."))


@pytest.mark.parametrize("text", [
    # "Most superdelegates support X", a stance in the simple present, is no event (generic.group_stance)
    "Most superdelegates have backed Senator Warren.",
    "Senator Warren is backed by 520 superdelegates.",
    "Two superdelegates pledged their support to Senator Warren.",
])
def test_superdelegates_are_party_actors(text):
    assert ("051", "PTY", "LEG") in _pairs(text)


@pytest.mark.parametrize("text", [
    "Senator Warren has the endorsement of the steelworkers union.",
    "Senator Warren also has the support of most unions.",
])
def test_a_favour_held_is_received(text):
    assert ("051", "LAB", "LEG") in _pairs(text)


def test_had_talks_stays_a_light_verb():
    assert ("040", "RUSGOV", "DEUGOV") in _pairs("Putin had talks with Merkel on Tuesday.")


@pytest.mark.parametrize("text", [
    "Senator Warren has strong support among black voters in Ohio.",
    "Senator Warren had her widest support among the nurses polled.",
])
def test_a_share_of_voters_held_is_no_event(text):
    assert not any(code == "051" for code, _, _ in _pairs(text))
