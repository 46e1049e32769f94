"""Whom a criticism or a rejection is aimed at when the text names it only through what
the target said or did: "denounced his plan" (his is not the critic's own), "rejected the
senator's accusation" (the accuser), "complained that the Obama administration ..." (said by Biden) (a
body named after another leader is not the speaker's own side)."""

import pytest

from eventdesk.pipeline import code_text

STORY = "Donald Trump spoke to voters in Ohio on Monday. "


def _events(text):
    return [(e.cameo, e.source.text if e.source else None, e.target.text if e.target else None)
            for e in code_text(STORY + text).events]


@pytest.mark.parametrize("text", [
    "Senator Elizabeth Warren denounced his economic plan.",
    "Senator Elizabeth Warren criticized his remarks on trade.",
    "Senator Elizabeth Warren took issue with his remarks.",
    "Hillary Clinton's speech denouncing his economic policies drew a large crowd.",
])
def test_a_possessive_in_what_is_criticized_is_the_one_criticized(text):
    found = _events(text)
    assert any(code[:2] == "11" and t and "Trump" in t for code, _, t in found), found


def test_their_own_luck_is_still_their_own():
    found = _events("Lamenting their luck, Mexican farmers often blame the weather.")
    assert not any(t and "Trump" in t for _, _, t in found), found


def test_own_marks_the_critics_own_thing():
    found = _events("Senator Bernie Sanders criticized his own party.")
    assert not any(t and "Trump" in t for _, _, t in found), found


@pytest.mark.parametrize("text, target", [
    ("Governor Jerry Brown rejected Senator Elizabeth Warren's accusation that the budget was a fraud.",
     "Senator Elizabeth Warren"),
    ("The Kremlin denied the accusation from Ukraine.", "Ukraine"),
])
def test_a_rejected_accusation_is_aimed_at_its_author(text, target):
    found = _events(text)
    assert any(code == "016" and t and target in t for code, _, t in found), found


def test_a_body_named_after_another_leader_is_a_target():
    found = _events("President Joe Biden complained that the Obama administration was slow to rebuild the port.")
    assert any(code[:2] == "11" and t == "the Obama administration" for code, _, t in found), found


def test_a_body_named_after_the_speaker_is_his_own_side():
    found = _events("Barack Obama praised the Obama administration.")
    assert not any(t == "the Obama administration" for _, _, t in found), found


def test_agreeing_alone_agrees_with_the_speaker_before():
    found = code_text(STORY + '"The race is down to two men," said Paul Jenkins, a Republican strategist. '
                      "Senator Chuck Grassley agreed.").events
    assert any(e.trigger.text == "agreed" and e.target and e.target.text == "Paul Jenkins" for e in found), found


def test_agreeing_to_do_something_keeps_its_own_sides():
    found = code_text('"The race is down to two men," said Paul Jenkins, a Republican strategist in Iowa. '
                      "Senator Chuck Grassley and Senator Ted Cruz agreed to share the stage.").events
    assert not any(e.target and e.target.text == "Paul Jenkins" for e in found), found


def test_the_speaker_does_not_agree_with_himself():
    found = code_text('"The race is down to two men," said Senator Chuck Grassley. Grassley agreed.').events
    assert not any(e.target and "Grassley" in e.target.text for e in found), found
