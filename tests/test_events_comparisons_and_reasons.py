"""Two constructions of political reporting the coder missed (issue 8):

- tying an actor to another ("tied the senator to the lobbyists"): a disparaging
  association, criticism (111) of the object;
- the deed a judgment is "for" ("praised X for meeting Y", "X was mocked for criticizing
  Y"): the gerund's doer is the one judged (object, or passive subject), not the judge."""

import pytest

from eventdesk.pipeline import code_text

STORY = "Senator Bernie Sanders spoke to voters in Iowa on Monday. "


def _events(text):
    return [(e.cameo, e.source.text if e.source else None, e.target.text if e.target else None)
            for e in code_text(STORY + text, published="2016-03-01").events]


def _has(found, code, source, target):
    return any(c == code and s and source in s and t and target in t for c, s, t in found)


@pytest.mark.parametrize("text, source, target", [
    ("Donald Trump tied Jeb Bush to the donors on Wall Street.", "Donald Trump", "Jeb Bush"),
    ("Hillary Clinton linked Donald Trump to the gun lobby.", "Hillary Clinton", "Donald Trump"),
])
def test_tying_an_actor_to_another_is_criticism(text, source, target):
    found = _events(text)
    assert _has(found, "111", source, target), found


@pytest.mark.parametrize("text", [
    "The sailors tied the boat to the dock.",
    "Doctors linked the illness to contaminated water.",
    "Donald Trump linked it to the war.",
])
def test_tying_things_is_no_event(text):
    assert not [e for e in _events(text) if e[0] == "111"]


@pytest.mark.parametrize("text, code, source, target", [
    ("The newspaper praised Senator Marco Rubio for criticizing Donald Trump.", "111", "Marco Rubio", "Donald Trump"),
    ("Senator Marco Rubio was mocked for attacking Donald Trump.", "111", "Marco Rubio", "Donald Trump"),
    ("The French president was praised for meeting the Canadian prime minister.", "040",
     "French president", "Canadian prime minister"),
])
def test_the_deed_judged_is_the_judged_ones(text, code, source, target):
    found = _events(text)
    assert _has(found, code, source, target), found


def test_a_deed_of_ones_own_keeps_its_doer():
    # no object to judge: "apologized to X for insulting him" is the speaker's own deed
    found = _events("Donald Trump apologized to Jeb Bush for insulting him.")
    assert not any(c == "111" and s and "Jeb Bush" in s for c, s, t in found), found


@pytest.mark.parametrize("text", [
    "Senator Ted Cruz hammered Donald Trump.",
    "Senator Ted Cruz continues to hammer Donald Trump on trade.",
])
def test_hammering_a_politician_is_criticism(text):
    # "hammer" joins its peers among the verbs of force ("pound", "hit"): by a politician
    # on a politician it is criticism (verbal_attack_verb)
    assert _has(_events(text), "111", "Ted Cruz", "Donald Trump")


def test_hammering_a_base_stays_force():
    found = code_text("Rebels hammered an army base in northern Mali.").events
    assert found and all(e.cameo[:2] in ("18", "19") for e in found)
