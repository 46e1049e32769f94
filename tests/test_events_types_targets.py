"""Types and targets of events that are found (session 14): what a trigger means depends on its
object, and a target is found where the construction puts it."""

import pytest

from eventdesk.pipeline import code_text

STORY = "Senator Bernie Sanders spoke to voters in Iowa on Monday. "


def _codes(text):
    return {(e.cameo, e.source.text if e.source else None, e.target.text if e.target else None)
            for e in code_text(STORY + text, published="2016-03-01").events}


@pytest.mark.parametrize("text, source, target", [
    ("Mayor Jones rejected Senator Smith's remarks about immigrants.", "Mayor Jones", "Senator Smith"),
    ("The governor dismissed the senator's comments as nonsense.", "The governor", "the senator"),
    ("The prime minister repudiated Senator Smith's comparison of refugees to snakes.", "The prime minister", "Senator Smith"),
    ("The senator has been vocal in rejecting several of the governor's comments.", "The senator", "the governor"),
])
def test_rejecting_what_an_actor_said_criticizes_the_speaker(text, source, target):
    found = _codes(text)
    assert any(code == "111" and s and source in s and t and target in t for code, s, t in found), found
    assert not any(code[:2] == "12" for code, _, _ in found), found


def test_rejected_remarks_are_criticism_but_a_rejected_proposal_or_criticism_of_oneself_is_a_rejection():
    assert any(code == "111" for code, _, _ in _codes("The governor rejected the senator's remarks."))
    assert any(code == "120" for code, _, _ in _codes("The governor rejected the senator's proposal."))
    assert any(code == "120" for code, _, _ in _codes("The mayor rejected criticism from Senator Smith."))


@pytest.mark.parametrize("text", [
    "Senator Smith leveled an attack at Governor Jones.",
    "The apology overshadowed an attack Senator Smith leveled at Governor Jones.",
    "The apology overshadowed an attack Senator Smith made on Governor Jones.",
])
def test_an_attack_leveled_or_made_by_a_politician_is_criticism_of_its_target(text):
    found = _codes(text)
    assert any(code == "111" and s and "Smith" in s and t and "Jones" in t for code, s, t in found), found
    assert not any(code[:2] in ("17", "18", "19") for code, _, _ in found), found


def test_talks_that_a_state_held_with_another_are_consultations_and_levelled_villages_stay_destroyed():
    found = _codes("The talks that Germany held with France ended without agreement.")
    assert any(code == "040" and s == "Germany" and t == "France" for code, s, t in found), found
    razed = _codes("Israeli bulldozers leveled a Palestinian village in the West Bank.")
    assert any(code == "1712" for code, _, _ in razed), razed
    had = _codes("The governor keeps much of the charm her father had with rural voters.")
    assert not any(code[:2] == "02" for code, _, _ in had), had


@pytest.mark.parametrize("text, source, target", [
    ("Senator Smith has often been on the receiving end of Donald Trump's attacks.", "Donald Trump", "Senator Smith"),
    ("Mexico was on the receiving end of American sanctions.", "American", "Mexico"),
])
def test_the_one_on_the_receiving_end_of_an_event_is_its_target(text, source, target):
    found = _codes(text)
    assert any(s and source in s and t and target in t for _, s, t in found), found
