"""Event precision on US political prose: readings of campaign writing that look like
events and are not (filming, asking a question, offering a product, naming with "call",
tallied meetings, a race for office, a trip at home, what an appeal asks for, an act done
to nobody), and readings that are another event ("resigned in protest", "traded barbs"),
each next to the real event that must still code. Sentences written for these tests."""

import pytest

from eventdesk.pipeline import code_text


def _events(text):
    return code_text(text, published="2016-05-05").events


def _codes(text):
    return {e.cameo for e in _events(text)}


def _roots(text):
    return {e.cameo[:2] for e in _events(text)}


# ---------------------------------------------------------------- shooting a film, a mind that is shot

@pytest.mark.parametrize("text", [
    "After the speech, Trump went back to shoot video of the crowd.",
    "The governor shot footage of the flooded town.",
    'Trump told reporters, "Her mind is shot."',
])
def test_filming_and_worn_out_are_no_shooting(text):
    assert not _roots(text) & {"18", "19"}


def test_shooting_people_is_still_an_assault():
    assert _roots("Gunmen shot two police officers in Baghdad.") & {"18", "19"}


# ---------------------------------------------------------------- questions are no appeals

@pytest.mark.parametrize("text", [
    "Senator Warren asked Trump whether he would release his tax returns.",
    "Senator Warren asked Trump why he had not released his tax returns.",
    "Senator Warren tried to ask Trump a question about taxes.",
])
def test_asking_a_question_is_no_appeal(text):
    assert "02" not in _roots(text)


def test_asking_someone_to_act_is_an_appeal():
    assert "02" in _roots("Senator Warren asked Trump to release his tax returns.")


# ---------------------------------------------------------------- offering a thing

@pytest.mark.parametrize("text", [
    "Obama said some technology companies are offering encryption that police cannot break.",
    "In defending himself, Trump offered insights into his business dealings.",
    "Trump questioned her citizenship but offered no proof.",
])
def test_offering_a_thing_to_nobody_is_no_intent(text):
    assert "03" not in _roots(text)


def test_offering_to_act_is_an_intent():
    assert "03" in _roots("Turkey offered to mediate between Russia and Ukraine.")


# ---------------------------------------------------------------- "call" that names, "ring up" that tallies

@pytest.mark.parametrize("text", [
    'Cruz dismissed the loans, calling it a "paperwork error" by his staff.',
    "Rubio has rung up endorsements from Republican governors.",
])
def test_naming_or_tallying_is_no_phone_call(text):
    assert "04" not in _roots(text)


def test_calling_a_leader_is_a_phone_call():
    assert "041" in _codes("President Obama called Chancellor Merkel on Tuesday.")


# ---------------------------------------------------------------- tallied meetings

@pytest.mark.parametrize("text", [
    "The report showed that more than half of Clinton's meetings were with donors.",
    "The campaign said the report left out hundreds of meetings Clinton had.",
])
def test_a_tally_of_meetings_is_no_meeting(text):
    assert "04" not in _roots(text)


def test_a_meeting_with_a_counterpart_still_codes():
    assert "04" in _roots("Clinton held meetings with Chancellor Merkel in Berlin.")


# ---------------------------------------------------------------- races for office, trips at home

def test_rivals_battling_to_win_an_office_is_no_fight():
    text = "Clinton and Senator Bernie Sanders battled to replace President Obama."
    assert not _roots(text) & {"18", "19"}


@pytest.mark.parametrize("text", [
    "Senator Jones said Trump beat a large field of GOP candidates to win the nomination.",
    "Several GOP hopefuls now lead her in head-to-head surveys.",
    "Senator Jones represents a district Hillary Clinton won easily in the primary against her challenger.",
])
def test_candidates_winning_a_race_or_a_district_is_no_fight(text):
    assert not _roots(text) & {"18", "19"}


def test_troops_winning_a_district_still_capture_it():
    assert "19" in _roots("Taliban fighters won the district of Musa Qala from Afghan troops.")


def test_troops_fighting_to_take_a_town_still_fight():
    assert "19" in _roots("Syrian government troops fought to retake Palmyra from Islamic State.")


def test_a_visit_to_a_home_state_is_no_visit():
    assert "04" not in _roots("President Obama visited Ohio on Monday.")


def test_a_visit_abroad_is_a_visit():
    assert "042" in _codes("Chancellor Merkel visited France on Monday.")


# ---------------------------------------------------------------- what an appeal asks for, done to nobody

def test_the_action_an_appeal_asks_for_is_no_event_of_the_appealer():
    events = _events("Trump called on her to resign from her post.")
    assert not any(e.cameo.startswith("08") and e.source and e.source.text == "Trump" for e in events)


def test_an_apology_to_nobody_did_not_happen():
    events = _events('"I apologize to nobody for that," Senator Sanders said.')
    assert all(e.negated for e in events if e.cameo.startswith("05"))
    assert any(not e.negated for e in _events("Senator Sanders apologized to the voters of Ohio."))


# ---------------------------------------------------------------- readings that are another event

def test_resigning_in_protest_is_a_protest():
    text = "Several Breitbart reporters resigned in protest over how the company handled the incident."
    assert "140" in _codes(text)
    assert "0831" in _codes("The minister resigned on Monday.")


def test_trading_barbs_is_criticism():
    codes = _codes("Trump and Clinton have traded barbs about immigration.")
    assert "111" in codes and not any(c.startswith("06") for c in codes)
    assert any(c.startswith("06") for c in _codes("China and Brazil traded goods worth $50 billion."))


def test_offering_an_endorsement_is_an_endorsement():
    assert "051" in _codes("Senator Sessions offered his endorsement to Trump on Sunday.")


def test_a_name_given_with_call_is_no_appeal():
    assert "02" not in _roots("Amid what the New York Times called a rough week for Trump, Cruz led the polls.")
    assert "02" in _roots("Senator Warren called for Trump to release his tax returns.")


def test_cracking_down_on_greed_is_no_coercion():
    assert "17" not in _roots("Senator Warren has pledged to crack down on corporate greed.")
    assert "17" in _roots("The government cracked down on protesters in Caracas.")


def test_a_condition_said_of_an_office_is_no_demand():
    assert not _roots("Clinton says a president must be ready to start making decisions immediately.") & {"03", "10"}
    assert "10" in _roots("Clinton said Russia must withdraw its troops from Ukraine.")


def test_money_given_to_a_candidate_is_no_aid():
    assert "07" not in _roots("Sheldon Adelson has given money to Marco Rubio.")
    assert "07" in _roots("Japan gave $50 million to Ukraine.")


# ---------------------------------------------------------------- a promise to nobody

@pytest.mark.parametrize("text", [
    "Senator Ana Ruiz vowed to cut taxes for working families.",
    "The governor promised to fix the roads before winter.",
    "Republicans proposed to simplify the tax code.",
    "The senator warned that premiums would rise next year.",
])
def test_a_promise_or_warning_to_nobody_is_no_event(text):
    """CAMEO's intents (03) and threats (13) are addressed to someone; a promise of
    policy that names no counterpart and no action the lexicon codes is talk."""
    assert not _roots(text) & {"03", "13"}


def test_the_promised_action_is_not_coded_as_done():
    events = _events("The mayor vowed to crack down on illegal dumping.")
    assert not [e for e in events if e.modality == "asserted" and e.cameo.startswith("17")]


@pytest.mark.parametrize("text, root", [
    ("Japan pledged to help Vietnam rebuild its ports.", "03"),
    ("Iran warned Israel against any strike on its nuclear sites.", "13"),
    ("The rebels vowed to attack government positions.", "13"),
])
def test_a_promise_to_someone_or_of_an_event_still_codes(text, root):
    assert root in _roots(text)


def test_a_light_verb_attack_on_a_policy_is_criticism():
    assert _codes("The Democrats launched an attack on the Republican tax plan.") <= {"111"}
