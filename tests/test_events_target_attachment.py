"""Attaching a recognised actor as an event's target (issue 8), on sentences written for
these tests, through the real pipeline: a named person and a group of people of one code
are two sides; a remark, a policy or a record judged names whom it concerns."""

from __future__ import annotations

import pytest

from eventdesk.pipeline import code_text

pytestmark = pytest.mark.slow


def targets(text: str, word: str) -> list[str | None]:
    record = code_text(text)
    return [e.target.text if e.target else None for e in record.events if word in e.trigger.text]


# --- a person and a group of people of one code ----------------------------------------


def test_a_group_criticizing_a_person_of_its_own_party_is_an_event():
    assert targets("Republican leaders rebuked Donald Trump on Sunday.", "rebuked") == ["Donald Trump"]


def test_a_person_attacking_a_group_of_its_own_party_is_an_event():
    assert targets("Donald Trump attacked Republican leaders on Friday.", "attacked") == ["Republican leaders"]


def test_a_person_criticizing_a_government_body_of_one_code_is_an_event():
    assert targets("Trump criticized the State Department on Monday.", "criticized") == ["the State Department"]


def test_an_offer_to_help_a_department_is_made_to_it():
    text = "Clinton offered to help the Justice Department with its review."
    assert targets(text, "offered") == ["the Justice Department"]


# --- whom the thing judged concerns ------------------------------------------------------


def test_regretted_remarks_about_someone_make_him_the_target():
    assert targets("Senator Warren regrets her comments about Donald Trump.", "regrets") == ["Donald Trump"]


def test_praised_remarks_about_someone_make_him_the_target():
    assert targets("Senator Cruz praised her remarks about President Obama.", "praised") == ["President Obama"]


# --- the accused of a charge's that-clause ---------------------------------------------


def test_a_charge_that_someone_lied_accuses_him():
    assert targets("Trump made the charge that Senator Warren had lied.", "charge") == ["Senator Warren"]


def test_an_accusation_parsed_as_a_relative_clause_accuses_its_subject():
    text = "Trump repeated the accusation that Senator Warren had lied about her past."
    assert targets(text, "accusation") == ["Senator Warren"]
    # a true relative clause names the accusation's author, not the accused
    assert "Senator Warren" not in targets("Trump repeated the accusation that Senator Warren had made.", "repeated")


# --- a happening looked into names no one looked into (words: happening_noun) -----------


def test_an_inquiry_into_a_death_has_no_target():
    text = "Peruvian prosecutors opened an investigation into the murder of a Bolivian journalist."
    assert targets(text, "investigation") == [None]


def test_investigating_a_shooting_of_tourists_has_no_target():
    text = "Chilean police are investigating the shooting of two Argentine tourists in Santiago."
    assert targets(text, "investigating") == [None]


def test_an_inquiry_into_a_killing_by_soldiers_looks_into_the_soldiers():
    text = "Kenyan investigators opened an inquiry into the killing of three fishermen by Ugandan soldiers."
    assert targets(text, "inquiry") == ["Ugandan soldiers"]


def test_an_inquiry_into_a_company_still_looks_into_it():
    text = "Peruvian prosecutors opened an investigation into a Bolivian company."
    assert targets(text, "investigation") == ["a Bolivian company"]


# --- counterparts named further along the phrase -----------------------------------------


def test_a_lawsuit_by_someone_against_a_government_targets_the_government():
    text = "The billionaire funded lawsuits by a Chilean miner against the Peruvian government."
    assert targets(text, "lawsuits") == ["the Peruvian government"]


def test_pulling_out_of_talks_with_a_country_targets_it():
    assert targets("Ecuador walked out of negotiations with Peru on Monday.", "walked") == ["Peru"]
