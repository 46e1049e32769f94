"""Event precision (session 11): negation that a coordination shares ("did not seek or
receive", "neither praised nor criticized"), "has yet to", a fight over a race for office,
a mood adjective about no one, and a win pulled off. Each next to the event that must still
code. Sentences written for these tests."""

import pytest

from eventdesk.pipeline import code_text


def _events(text):
    return code_text(text, published="2016-05-05").events


def _asserted(text):
    return {e.cameo for e in _events(text) if not e.negated}


def _roots(text):
    return {e.cameo[:2] for e in _events(text)}


# ---------------------------------------------------------------- negation over "or" / "nor"

@pytest.mark.parametrize("text, code", [
    ("Senator Lane said she will vote for Ortiz, but she hasn't endorsed him or conceded the race.", "080"),
    ("The mayor said he did not seek or receive the governor's endorsement.", "051"),
    ("Senator Lane neither praised nor criticized the governor of Ohio.", "111"),
    ("The governor has yet to endorse Senator Lane's campaign.", "051"),
])
def test_a_shared_negation_leaves_no_asserted_event(text, code):
    assert code not in _asserted(text)


@pytest.mark.parametrize("text, code", [
    ("Senator Lane did not attend the dinner and criticized the governor of Ohio.", "111"),
    ("Senator Lane praised the mayor or criticized the governor of Ohio, depending on the day.", "111"),
])
def test_a_conjunct_without_negation_stays_asserted(text, code):
    assert code in _asserted(text)


# ---------------------------------------------------------------- a race fought is no force

@pytest.mark.parametrize("text", [
    "Obama fought his own bitter primary against Clinton eight years ago.",
    "The speech will recall his contentious 2008 primary battle with Clinton.",
])
def test_a_race_for_office_fought_is_no_force(text):
    assert not _roots(text) & {"18", "19", "20"}


def test_an_armed_fight_near_an_election_stays_force():
    assert _roots("Syrian rebels fought government troops near Aleppo ahead of the election.") & {"19"}


# ---------------------------------------------------------------- moods about no one

@pytest.mark.parametrize("text", [
    "Young voters are a bit less upbeat about the economy, at 26 percent.",
    "Union members are hopeful that the new year will change that.",
])
def test_a_mood_about_no_one_is_no_comment(text):
    assert not {"012", "013"} & {e.cameo for e in _events(text)}


def test_a_mood_about_a_state_stays_a_comment():
    assert "012" in {e.cameo for e in _events("The Israeli minister was pessimistic about Iran.")}


# ---------------------------------------------------------------- a win pulled off

def test_pulling_off_a_win_is_no_withdrawal():
    assert "0874" not in {e.cameo for e in _events("Senator Lane pulled off a win over Governor Ortiz in Ohio.")}


def test_troops_pulling_out_still_withdraw():
    assert "0874" in {e.cameo for e in _events("Russian troops pulled out of the Georgian town of Gori on Monday.")}
