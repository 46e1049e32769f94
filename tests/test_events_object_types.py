"""Verbs whose type depends on their object (issue #8, trigger and type): welcoming a gift
(a contribution, a donation, aid) approves of the giver, 051, while welcoming a delegation
hosts it, 043; a vote pledged to a candidate is support, 051, while other
pledges stay promises; refuting or rebutting a story, an account or a rumour denies it,
016; releasing a robocall or a podcast publishes it and frees no one; returning a
compliment is praise, 051, while returning boats gives property back. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from conftest import actor_country

pytestmark = pytest.mark.slow


def _codes(code, text):
    return [(e.cameo, actor_country(e.source), actor_country(e.target), e.trigger.text) for e in code(text).events]


@pytest.mark.parametrize("text,source,target", [
    ("Norway welcomed the Japanese financial contribution to the relief fund.", "NOR", "JPN"),
    ("The Chilean minister welcomed a donation from Canada on Friday.", "CHL", "CAN"),
    ("Nepal warmly welcomed the fresh assistance from India.", "NPL", "IND"),
])
def test_welcoming_a_gift_is_approval(code, text, source, target):
    seen = _codes(code, text)
    assert any(c == "051" and s == source and t == target for c, s, t, _ in seen), seen
    assert not any(c == "043" for c, *_ in seen), seen


def test_welcoming_a_delegation_stays_hosting(code):
    seen = _codes(code, "Norway welcomed a Chilean trade delegation in Oslo.")
    assert any(c == "043" for c, *_ in seen), seen


@pytest.mark.parametrize("text", [
    "The Peruvian senator pledged her vote to the governor of Cusco.",
    "The Bolivian senator promised his vote to the party's governor.",
])
def test_a_vote_pledged_is_support(code, text):
    seen = _codes(code, text)
    assert any(c == "051" for c, *_ in seen), seen
    assert not any(c == "030" for c, *_ in seen), seen


def test_other_pledges_stay_promises(code):
    seen = _codes(code, "The Peruvian president pledged a new bridge to Bolivia.")
    assert not any(c == "051" for c, *_ in seen), seen


@pytest.mark.parametrize("text", [
    "The Malian embassy moved to refute a newspaper story about the convoy.",
    "The Danish minister rebutted the senator's account of the summit.",
    "The Ghanaian ministry dismissed rumours of a cabinet split.",
])
def test_refuting_a_story_is_a_denial(code, text):
    seen = _codes(code, text)
    assert any(c == "016" for c, *_ in seen), seen
    assert not any(c[:2] == "12" for c, *_ in seen), seen


@pytest.mark.parametrize("text", [
    "The Iowa party released a robocall about the school board.",
    "The Texas campaign released a podcast on Tuesday.",
])
def test_publishing_is_no_release_of_persons(code, text):
    seen = _codes(code, text)
    assert not any(c.startswith("084") for c, *_ in seen), seen


def test_released_fishermen_still_released(code):
    seen = _codes(code, "Senegal released the Gambian fishermen on Monday.")
    assert any(c == "0841" for c, *_ in seen), seen


def test_a_compliment_returned_is_praise(code):
    seen = _codes(code, "Hours later Ecuador returned the compliment to Colombia.")
    assert any(c == "051" and s == "ECU" and t == "COL" for c, s, t, _ in seen), seen
    assert not any(c.startswith("084") for c, *_ in seen), seen
