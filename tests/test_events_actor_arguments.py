"""Which actor an event's sides are (issue 8, second part), on sentences written for these
tests, through the real pipeline: a group named by its kind is of the country it acts in
while a named transnational body keeps none; advocacy and watchdog groups, nonprofits and
think tanks are NGOs; a preposition the parser hung on the verb still belongs to the object
noun before it; a noun's "by" phrase names its author; an accusation's that-clause names
whom it accuses; quarrels in words are between both sides."""

from __future__ import annotations

import pytest

from eventdesk.pipeline import code_text

pytestmark = pytest.mark.slow


def events_at(record, word: str):
    return [e for e in record.events if word in e.trigger.text]


def sides(record, word: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events_at(record, word)}


# --- groups named by their kind ---------------------------------------------------------


def test_rights_groups_of_a_domestic_story_are_of_its_country():
    record = code_text("CHICAGO - Civil liberties groups condemned the governor's order on Tuesday.")
    event = events_at(record, "condemned")[0]
    assert event.source.country == "USA" and event.source.code == "USAHRI"


def test_named_transnational_bodies_keep_no_country():
    record = code_text("CHICAGO - Amnesty International and Human Rights Watch condemned the governor's order.")
    codes = {e.source.code for e in events_at(record, "condemned")}
    assert codes and all(code.startswith("NGO") for code in codes)


def test_international_groups_keep_no_country():
    record = code_text("CHICAGO - International rights groups condemned the governor's order.")
    event = events_at(record, "condemned")[0]
    assert event.source.country is None


@pytest.mark.parametrize("group", ["The government watchdog group", "A conservative think tank",
                                   "The advocacy group", "A nonprofit group"])
def test_watchdog_and_advocacy_groups_are_ngos(group):
    record = code_text(f"WASHINGTON - {group} filed a lawsuit against the Interior Department on Monday.")
    event = events_at(record, "lawsuit")[0]
    assert event.source.code == "USANGO"


# --- the argument the parser hung elsewhere ------------------------------------------


def test_probe_into_a_possessed_thing_targets_its_owner():
    record = code_text("ATLANTA - The FBI is widening the scope of its probe into Senator Mary Walsh's finances.")
    assert ("USACOP", "USALEG") in sides(record, "probe")


def test_criticism_of_a_statement_by_someone_targets_its_author():
    record = code_text("ATLANTA - Governor Tom Reed knocked a statement by Senator Mary Walsh on Friday.")
    assert {t for _, t in sides(record, "knocked")} == {"USALEG"}


def test_a_place_after_the_object_is_no_target():
    record = code_text("ATLANTA - The rebels kept their operations in the mountains.")
    assert all(e.target is None or "mountains" not in e.target.text for e in record.events)


# --- accusations and quarrels ------------------------------------------------------------


def test_an_accusation_targets_the_subject_of_its_that_clause():
    record = code_text("ATLANTA - Governor Tom Reed's accusation that Senator Mary Walsh took bribes "
                       "angered her allies.")
    assert ("USAGOV", "USALEG") in sides(record, "accusation")


def test_a_quarrel_in_words_is_between_both_sides():
    record = code_text("ATLANTA - Governor Tom Reed and Senator Mary Walsh sparred over the budget on Monday.")
    assert {("USAGOV", "USALEG"), ("USALEG", "USAGOV")} <= sides(record, "sparred")
    assert all(e.cameo == "110" for e in events_at(record, "sparred"))


# --- whom a warning's that-clause is about ------------------------------------------------


@pytest.mark.parametrize("sentence, target", [
    ("President Obama warned that Republicans oppose the plan.", "USAPTYGOP"),
    ("The Chinese foreign minister warned that Japan opposes the agreement.", "JPN"),
])
def test_a_warning_about_what_another_does_targets_the_clause_subject(sentence, target):
    record = code_text(sentence)
    assert [e.target.code for e in events_at(record, "warned") if e.target] == [target]


def test_a_warning_with_no_action_makes_no_second_event():
    # the critical judgment is the event; the warning itself names no action
    record = code_text("Sen. Warren warned that the governor would be a disaster.")
    assert len(events_at(record, "warned")) == 1


# --- ordinary people spoken to --------------------------------------------------------


@pytest.mark.parametrize("sentence, word", [
    ("CHICAGO - The mayor offered his condolences to the victims on Monday.", "condolences"),
    ("CHICAGO - The governor urged residents to leave the flooded town.", "urged"),
    ("CHICAGO - The senator has repeatedly insulted women.", "insulted"),
])
def test_ordinary_people_spoken_to_are_civilians_of_the_story(sentence, word):
    record = code_text(sentence)
    assert [e.target.code for e in events_at(record, word) if e.target] == ["USACVL"]


def test_campaign_targeting_of_voters_is_no_attack():
    record = code_text("CHICAGO - The campaign is targeting young voters with new ads.")
    assert not [e for e in record.events if e.cameo.startswith(("18", "19", "20"))]


# --- a relative clause on an apposition -------------------------------------------------


def test_a_relative_clause_on_an_apposition_acts_for_the_name():
    record = code_text("The Ohio Farmers Union, a lobby that sued the Environmental Protection Agency last year, "
                       "praised Senator Brown on Monday.")
    assert any(src and src.startswith("USA") and tgt and tgt.startswith("USA") for src, tgt in sides(record, "sued"))


def test_a_relative_pronoun_inside_a_reported_clause_acts_for_the_name():
    record = code_text("Al-Shabaab, a militant group that officials say attacked Somali troops on Monday, "
                       "denied the report.")
    assert any(src and tgt == "SOMMIL" for src, tgt in sides(record, "attacked"))


# --- the author of the ruling a passive clause happened in ----------------------------------


@pytest.mark.parametrize("text, source", [
    ("Two opposition mayors were banned from politics on Friday in a ruling by Turkey's constitutional court.", "TUR"),
    ("The blogger was sentenced to six years in prison in a verdict by an Egyptian military court.", "EGY"),
])
def test_a_passive_clause_in_a_ruling_by_x_is_xs_act(text, source):
    record = code_text(text)
    found = {e.source.country if e.source else None for e in record.events if e.cameo[:2] == "17"}
    assert source in found, found


def test_an_election_commission_is_a_government_body():
    record = code_text("Kenya's election commission barred three candidates from the presidential race on Monday.")
    sources = {e.source.code for e in events_at(record, "barred") if e.source}
    assert sources == {"KENGOV"}, sources


# --- political money committees (issue 8) --------------------------------------------------


@pytest.mark.parametrize("sentence, word, target", [
    ("WASHINGTON - The senator accused super PACs of drowning the caucuses in anonymous money.",
     "accused", "USAOPP"),
    ("CHICAGO - The governor denounced a political action committee over its attack ads.",
     "denounced", "USAOPP"),
])
def test_money_committees_are_targets(sentence, word, target):
    record = code_text(sentence)
    assert {t for _, t in sides(record, word)} == {target}


def test_the_wall_street_newspaper_stays_media():
    record = code_text("NEW YORK - The Wall Street Journal criticized the mayor's budget plan.")
    assert {s for s, _ in sides(record, "criticized")} == {"USAMED"}


@pytest.mark.parametrize("text, navy", [
    ("Pakistan's foreign office demanded that India free three Pakistani fishermen arrested by its navy on Friday.",
     "IND"),
    ("Vietnam urged China to free ten Vietnamese fishermen seized by its coast guard near the Paracel Islands.",
     "CHN"),
])
def test_an_agents_its_is_not_the_seized_peoples_country(text, navy):
    # "fishermen arrested by its navy": the navy is not the fishermen's own country's
    sources = {e.source.country for e in code_text(text, published="2019-05-05").events
               if e.source is not None and "its" in e.source.text}
    assert sources == {navy}, sources
