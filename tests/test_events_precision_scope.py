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


def test_what_a_speaker_never_said_is_negated():
    events = _events("Senator Lane insisted that he never said he wanted to attack Iran.")
    assert all(e.negated for e in events if e.cameo.startswith(("19", "13")))


# ---------------------------------------------------------------- a virtue carried too far

def test_too_much_of_a_virtue_is_no_praise():
    assert "051" not in {e.cameo for e in _events("Senator Lane said Governor Ortiz is too honest for Washington.")}


def test_plain_praise_stays():
    assert "051" in {e.cameo for e in _events("Senator Lane said Governor Ortiz is honest.")}


# ---------------------------------------------------------------- targeted for money or votes

@pytest.mark.parametrize("text", [
    "Drug companies such as Pfizer were targeted by the Democratic National Committee for campaign contributions.",
    "The Republican Party has targeted Hispanic voters in Nevada for outreach.",
])
def test_targeting_for_what_is_sought_is_no_attack(text):
    assert not _roots(text) & {"11", "18", "19"}


def test_an_attack_over_a_vote_stays_criticism():
    assert "111" in {e.cameo for e in _events("Senator Lane attacked Governor Ortiz for his vote on the budget.")}


# ---------------------------------------------------------------- called for, not done

@pytest.mark.parametrize("text", [
    "The scandal requires an immediate investigation by a special prosecutor, Senator Lane said.",
    "Senator Lane said it is time a special prosecutor be appointed to investigate the State Department.",
])
def test_an_investigation_called_for_is_not_done(text):
    assert "090" not in {e.cameo for e in _events(text)}


def test_an_investigation_opened_stays():
    assert "090" in {e.cameo for e in _events("The FBI opened an investigation into the State Department.")}


# ---------------------------------------------------------------- political cover

def test_party_officials_protecting_a_candidate_is_no_protection():
    text = "Lowe charged that Democratic Party bosses protected Clinton by holding the debates on weekends."
    assert "074" not in {e.cameo for e in _events(text)}


def test_the_secret_service_protecting_the_president_stays():
    text = "Secret Service agents protected President Obama during the visit to Kenya."
    assert "074" in {e.cameo for e in _events(text)}


def test_the_first_time_someone_did_something_still_happened():
    text = "It was the first time the FBI had investigated the State Department."
    assert "090" in {e.cameo for e in _events(text)}


def test_a_government_protecting_a_region_stays():
    assert "074" in {e.cameo for e in _events("The United States is protecting Europe with NATO troops.")}
