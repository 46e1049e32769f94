"""Event locations of the thirteenth session's rules: the country that administers a place
on the ground, places under "villages of", the action a sentence reports after "said", a town
or region acting as the subject, a country only qualifying its own division, the object of a
verb of leaving, "north of X" that only locates another place, and towns and sites of
conflict zones the city list lacks. Invented sentences, through the pipeline."""

from __future__ import annotations

import pytest

from conftest import located


@pytest.fixture(scope="module")
def answer(pipeline):
    """(name, country, feature) of the stage's answer for a sentence: its first placed event,
    else the place of its main verb (what `evaluate places` reads)."""
    from eventdesk.evaluate.places import sentence_answer

    run = sentence_answer(pipeline)

    def found(text: str):
        place = run(text).place
        return None if place is None else (place.name, place.country, place.feature)

    return found


@pytest.mark.parametrize("text, town", [
    ("Moroccan police arrested ten activists in Dakhla on Monday.", "Dakhla"),
    ("Police detained 30 protesters in Laayoune on Friday.", "Laayoune"),
])
def test_a_town_of_western_sahara_is_placed_in_morocco_which_administers_it(text, town):
    place = located(text)
    assert (place.name, place.country) == (town, "MAR")
    assert place.lat < 28  # Western Sahara's Dakhla, not the Moroccan namesake


@pytest.mark.parametrize("text, region, country", [
    ("Soldiers burned homes in several villages of the Sagaing region on Tuesday.", "Sagaing Region", "MMR"),
    ("Troops clashed with separatist rebels in the highlands of Papua province on Friday.", "Papua", "IDN"),
])
def test_a_region_named_after_villages_of_or_the_highlands_of_is_the_place(text, region, country):
    place = located(text)
    assert (place.name, place.country, place.feature) == (region, country, "region")


def test_a_sentence_without_an_event_is_placed_by_the_action_reported_after_said(answer):
    assert answer("Police in Papua New Guinea said miners had clashed with guards at the Porgera gold mine.") == (
        "Porgera mine", "PNG", "site")


def test_a_participle_after_a_noun_says_where_people_came_from_not_where_they_acted(answer):
    name, country, feature = answer(
        "Hundreds of Afghans deported from Iran waited for hours at the Islam Qala crossing on Monday.")
    assert (country, feature) == ("AFG", "site")


def test_a_crossing_the_parser_reads_as_a_verb_is_still_the_site_acted_on(answer):
    found = answer("Israeli authorities closed the Kerem Shalom crossing on Sunday after rockets were fired from Gaza.")
    assert found[1:] == ("ISR", "site")


def test_a_town_or_region_acting_as_subject_places_its_own_action(answer):
    assert answer("The governor of Texas ordered mandatory evacuations of coastal counties on Tuesday.") == (
        "Texas", "USA", "region")
    assert answer("Iraq's Kurdistan region held a parliamentary election on Sunday.")[1:] == ("IRQ", "region")
    # a senator is a person who acts where he is, and a capital stands for its government
    assert answer("Alabama Sen. Jeff Sessions voted against the bill.")[2] == "country"
    assert answer("Paris said on Monday that talks would resume.")[2] == "country"


def test_a_country_owning_the_division_of_an_apposition_is_no_rival_to_the_town():
    place = located("Police fired tear gas at students marching in Cusco, capital of Peru's Cusco region, on Monday.")
    assert (place.name, place.feature) == ("Cusco", "city")


def test_the_place_a_verb_of_leaving_leaves_is_where_it_happened(answer):
    assert answer("The last French troops left Niger on Friday.") == ("Niger", "NER", "country")


def test_north_of_a_town_after_another_place_only_says_where_that_place_lies():
    place = located("Dock workers blocked access to the Chancay port north of Lima on Monday.")
    assert (place.name, place.country) == ("Chancay", "PER")


@pytest.mark.parametrize("text, country", [
    ("Fighting between rival army factions erupted in Bentiu on Sunday.", "SSD"),
    ("Gunmen attacked a market in Nasir on Friday, killing six people.", "SSD"),
    ("Militia fighters clashed with troops near Kwamouth on Thursday.", "COD"),
    ("Armed men stormed the Panzi hospital on Tuesday night.", "COD"),
    ("Indian soldiers lowered the flag at the Attari border post on Friday.", "IND"),
])
def test_towns_and_sites_of_conflict_zones_the_city_list_lacks(answer, text, country):
    assert answer(text)[1] == country
