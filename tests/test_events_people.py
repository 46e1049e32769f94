"""Ordinary people as actors (events/people.py): a specific group of ordinary people no
lexicon entry names ("three women", "a man from Ohio", "the families of the victims") is a
civilian actor of the story's country when it acts or is acted on; people at large ("women
accuse men ..."), "the woman" alone and "every woman" stay no actor."""

import pytest

from eventdesk.pipeline import code_text

STORY = "WASHINGTON (AP) — Republicans in Congress met President Barack Obama on Tuesday.\n\n"


def _events(text):
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.trigger.text)
            for e in code_text(STORY + text, published="2016-03-01").events
            if e.trigger.start >= len(STORY)]


@pytest.mark.parametrize("text, code, source, target", [
    ("Several women have accused Senator Joe Pratt of sexual assault.", "112", "USACVL", "USALEG"),
    ("Three women accused the senator of harassment on Friday.", "112", "USACVL", "USALEG"),
    ("A man from Ohio criticized Governor Ray Dunn on Monday.", "111", "USACVL", "USAGOV"),
    ("One man wrote that Governor Ray Dunn is a liar.", "111", "USACVL", "USAGOV"),
    ("The families of the victims criticized the mayor on Friday.", "111", "USACVL", "USAGOV"),
    ("Dozens of women protested against the senator on Sunday.", "141", "USACVL", "USALEG"),
    ("A member of the public heckled the governor at the rally.", "111", "USACVL", "USAGOV"),
    ("Parents have criticized the governor for the school closures.", "111", "USACVL", "USAGOV"),
])
def test_specific_ordinary_people_are_civilians(text, code, source, target):
    found = _events(text)
    assert any(c[:3] == code and s == source and t == target for c, s, t, _ in found), found


def test_a_place_in_the_phrase_gives_their_country():
    found = _events("A woman from Kenya criticized the senator on Monday.")
    assert any(s == "KENCVL" for _, s, _, _ in found), found


@pytest.mark.parametrize("text, word", [
    ("Women accuse men of harassment all the time.", "accuse"),
    ("The woman criticized the senator on Monday.", "criticized"),
    ("Every woman criticizes the senator sooner or later.", "criticizes"),
    ("Children should criticize the senator with respect.", "criticize"),
    ("This man criticized the senator on Monday.", "criticized"),
])
def test_people_at_large_or_named_before_stay_no_actor(text, word):
    found = _events(text)
    assert not any(word in trigger and s and s.endswith("CVL") for _, s, _, trigger in found), found


def test_people_at_large_are_no_target_of_a_force_verb():
    # the simple present of a habit: no particular men are killed
    found = _events("Soldiers in Kenya kill men every day.")
    assert not any(t and t.endswith("CVL") for _, _, t, _ in found), found
    # particular people still are
    found = _events("Troops killed two men in Kenya on Monday.")
    assert any(t == "KENCVL" for _, _, t, _ in found), found
