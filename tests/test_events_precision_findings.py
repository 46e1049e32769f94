"""Event precision on prose that reports findings and places rather than acts: a poll's
share of voters who "support" a candidate, a place name that only says where an attack or
an inquiry happened ("the Benghazi attack"). Each next to the real event that must still
code. Sentences written for these tests."""

import pytest

from eventdesk.pipeline import code_text

STORY = "Senator Ann Cole spoke in Washington on Monday. "


def _events(text):
    return code_text(STORY + text, published="2016-05-05").events


def _codes(text):
    return {e.cameo for e in _events(text)}


# ---------------------------------------------------------------- a poll's finding is no event

@pytest.mark.parametrize("text", [
    "The survey found that 52% of Iowa voters support Governor Ray Dunn.",
    "Thirty-eight percent said they would back Senator Joe Pratt over the governor.",
    "With 61 percent of Latino voters saying they will support Senator Pratt, the race tightened.",
    "Roughly one in four Republicans say they would endorse Governor Dunn.",
    "Two out of three independents say they oppose Senator Pratt.",
])
def test_a_share_of_voters_supporting_a_candidate_is_a_poll_finding(text):
    assert not _events(text)


def test_a_share_that_only_begins_the_sentence_leaves_the_next_clause_alone():
    text = "Forty percent of voters were undecided, and Governor Dunn endorsed Senator Pratt."
    assert "051" in _codes(text)


def test_a_counted_group_that_acts_is_still_an_event():
    assert {e.cameo[:2] for e in _events("Two of the senators met the president at the White House.")} == {"04"}


# ---------------------------------------------------------------- a place name says where

@pytest.mark.parametrize("text, place", [
    ("The Karachi attack killed nine police officers.", "Karachi"),
    ("Officials in Kabul condemned the Mosul bombing.", "Mosul"),
    ("The Geneva talks resumed on Tuesday.", "Geneva"),
])
def test_a_place_before_an_event_noun_is_no_actor_of_it(text, place):
    for event in _events(text):
        for actor in (event.source, event.target):
            assert actor is None or actor.text != place


@pytest.mark.parametrize("text, source", [
    ("U.S. airstrikes killed ten fighters near Raqqa.", "USA"),
    ("The Kremlin crackdown on protesters continued for a week.", "RUSGOV"),
    ("Russian strikes hit a market in Aleppo.", "RUS"),
])
def test_an_abbreviation_a_seat_or_an_adjective_still_names_the_actor(text, source):
    assert any(e.source is not None and e.source.code.startswith(source) for e in _events(text))


# ---------------------------------------------------------------- a meeting needs a counterpart

@pytest.mark.parametrize("text", [
    "The union's executive board meets on June 16 in Chicago.",
    "The county party board will meet in private next week to choose a candidate.",
    "The governor attended the meeting by herself, a pool reporter wrote.",
    "The governor was seen meeting with his own staff during the break.",
])
def test_one_body_meeting_by_itself_is_no_consultation(text):
    assert not {e.cameo[:2] for e in _events(text)} & {"03", "04"}


@pytest.mark.parametrize("text", [
    "Senior officials met on Friday to discuss the plan.",
    "The UN Security Council met on Friday to discuss the crisis.",
    "The Kenyan foreign minister and her Somali counterpart met in Nairobi on Thursday.",
    "Governor Dunn met Senator Pratt in Des Moines on Friday.",
])
def test_a_meeting_of_several_or_with_someone_is_still_one(text):
    assert "04" in {e.cameo[:2] for e in _events(text)}


# ---------------------------------------------------------------- what one should do is not done

@pytest.mark.parametrize("text, code", [
    ("The mayor dismissed critics who say he should condemn the protesters.", "111"),
    ("Reporters pressed the chairman, insisting that the senator should release his tax returns.", "084"),
    ("Canada should be grateful for the deal and even agree to help pay for the bridge.", "03"),
    ("The governor should have apologized to the families.", "055"),
])
def test_an_action_under_should_or_must_is_no_event_of_its_own(text, code):
    assert not any(e.cameo.startswith(code) for e in _events(text))


def test_the_demand_itself_is_still_coded():
    events = _events("Senator Pratt said Governor Dunn must resign.")
    assert any(e.cameo.startswith("10") and e.target is not None for e in events)


def test_a_guess_about_what_happened_is_no_demand():
    events = _events("Officials said Russian troops must have attacked the village of Pesky.")
    assert not any(e.cameo.startswith("10") for e in events)


def test_what_one_should_have_done_is_a_reproach():
    events = _events("Senator Pratt said Governor Dunn should have known about the leak.")
    assert [(e.cameo, e.target is not None) for e in events] == [("111", True)]


# ---------------------------------------------------------------- what would have happened did not

@pytest.mark.parametrize("text", [
    "The governor said it would have been wise had the senator endorsed him.",
    "Without the deal, the minister would have had to resign.",
    "If Iran had attacked the tanker, Israel would have retaliated against Iran.",
])
def test_a_counterfactual_is_no_event(text):
    assert not _events(text)


@pytest.mark.parametrize("text, root", [
    ("Officials said troops may have killed the protesters in Aden.", "1"),
    ("Russia had attacked Ukraine before the talks began.", "19"),
])
def test_a_guess_or_a_past_perfect_still_codes(text, root):
    assert any(e.cameo.startswith(root) for e in _events(text))


# ---------------------------------------------------------------- a trip at home, whatever the tagger says

def test_a_visit_to_a_home_town_the_tagger_reads_as_a_person_is_a_trip_at_home():
    # the small model tags a town after "visited" as a person; the gazetteer knows it
    text = "Senator Baker and Clinton each toured Wilmington, the largest town in the state, last week."
    assert not any(e.cameo.startswith("04") for e in _events(text))


def test_a_visit_abroad_is_still_a_visit():
    assert any(e.cameo == "042" for e in _events("Governor Dunn visited Kenya on Friday."))


# ---------------------------------------------------------------- "demonstrate" that shows

@pytest.mark.parametrize("text", [
    "Governor Dunn has clearly demonstrated that he has the courage to lead.",
    "The senator hardly has to demonstrate her stamina to the voters.",
    "The inquiries never demonstrated that the embassy was neglected.",
])
def test_demonstrating_something_is_no_protest(text):
    assert not any(e.cameo.startswith("14") for e in _events(text))


@pytest.mark.parametrize("text", [
    "Thousands of students demonstrated outside the embassy in Cairo against the war.",
    "Workers protested the closure of the plant in Detroit.",
])
def test_demonstrating_in_the_street_is_still_a_protest(text):
    assert any(e.cameo.startswith("14") for e in _events(text))


# ---------------------------------------------------------------- fighting for a prize

def test_battling_a_rival_for_a_spot_is_a_race():
    text = "Governor Dunn, who is battling Senator Pratt for the top spot in the polls, spoke in Iowa."
    assert not any(e.cameo[:2] in ("18", "19", "20") for e in _events(text))


def test_armed_men_fighting_for_a_town_still_fight():
    assert any(e.cameo.startswith("19") for e in _events("Rebels fought government troops for control of Aleppo."))


# ---------------------------------------------------------------- the toll of an attack is that attack

@pytest.mark.parametrize("text", [
    "Gunmen carried out a shooting at the market in Mosul on Friday, killing 14 people.",
    "Police opened fire on demonstrators in Cairo on Monday, killing one person.",
])
def test_a_killing_participle_after_a_coded_attack_is_the_same_attack(text):
    assert len([e for e in _events(text) if e.cameo[:2] in ("17", "18", "19", "20")]) == 1


def test_whom_the_participle_kills_is_the_attack_target():
    events = _events("Gunmen carried out a shooting at the market in Mosul on Friday, killing 14 people.")
    assert [e.target.text for e in events if e.target is not None] == ["14 people"]


def test_a_killing_of_its_own_is_still_coded():
    events = _events("Gunmen stormed the market in Mosul on Friday. They killed 14 people.")
    assert len([e for e in events if e.cameo[:2] in ("18", "19", "20")]) == 2


# ---------------------------------------------------------------- what helps is not always who aids

@pytest.mark.parametrize("text", [
    "Analysts said the fading attention on the race helped Governor Dunn.",
    "The senator says praise from the Kremlin helps Canada.",
    "The court ruling helped the plaintiffs from Texas.",
])
def test_a_thing_that_helps_gives_no_aid(text):
    assert not any(e.cameo.startswith("07") for e in _events(text))


@pytest.mark.parametrize("text", [
    "Japan helped Haiti after the earthquake.",
    "Russian troops helped the Syrian army retake Palmyra.",
    "The aid agency helped refugees in Chad.",
])
def test_an_actor_that_helps_still_aids(text):
    assert any(e.cameo.startswith("07") for e in _events(text))


def test_an_official_of_an_international_body_is_no_assembly_of_states():
    text = "In discussing the scandals, former UN Ambassador John Bolton told the host that the campaign was in trouble."
    assert not any(e.cameo.startswith("04") for e in _events(text))


def test_entering_talks_is_still_a_consultation():
    events = _events("French President Francois Hollande spoke on Friday as he entered the talks in Brussels.")
    assert any(e.cameo.startswith("04") for e in events)


# ---------------------------------------------------------------- a name is no event

@pytest.mark.parametrize("text", [
    "Governor Dunn was a guest of ''Meet the Press'' by video link from Boise.",
    "Governor Dunn said on NBC's \"Meet the Press\" that the senator was wrong.",
])
def test_a_show_named_with_an_event_word_is_no_meeting(text):
    assert not any(e.cameo.startswith("04") for e in _events(text))


def test_a_meeting_in_a_sentence_with_names_is_still_a_meeting():
    assert any(e.cameo.startswith("04") for e in _events("Governor Dunn met Senator Pratt at the Press Club on Friday."))


# ---------------------------------------------------------------- leaving a race is no retreat

@pytest.mark.parametrize("text", [
    "Representative Susan Lee will withdraw from the race for her congressional seat.",
    "The governor withdrew his name from the ballot on Friday.",
    "Senator Pratt withdrew from the presidential primary in March.",
])
def test_withdrawing_from_a_race_is_no_retreat(text):
    assert not any(e.cameo.startswith(("08", "03")) for e in _events(text))


@pytest.mark.parametrize("text", [
    "Russian troops withdrew from Kherson on Friday.",
    "Syria is planning to withdraw from the border area.",
])
def test_withdrawing_from_a_place_is_still_a_retreat(text):
    assert any(e.cameo.startswith(("087", "035")) for e in _events(text))


# ---------------------------------------------------------------- figures released are no prisoners

@pytest.mark.parametrize("text", [
    "Three Republican senators released their fundraising totals on Monday.",
    "The Democratic Party released its vote count on Tuesday night.",
])
def test_releasing_figures_is_no_release_of_persons(text):
    assert not any(e.cameo.startswith("084") for e in _events(text))


def test_releasing_sailors_is_still_a_release():
    assert any(e.cameo == "0841" for e in _events("Iran released two American sailors on Friday."))


# ---------------------------------------------------------------- what one is charged with is alleged

@pytest.mark.parametrize("text", [
    "Chad offered to hand over two men suspected of blowing up a plane in 1998.",
    "Two soldiers charged with killing protesters in Cairo were released on Monday.",
])
def test_the_act_someone_is_charged_with_is_no_event_of_its_own(text):
    assert not any(e.cameo[:2] in ("17", "18", "19") for e in _events(text))


def test_the_arrest_itself_is_still_coded():
    events = _events("Police in Lyon arrested two men for attacking a mosque.")
    assert [e.cameo[:2] for e in events] == ["17"]
