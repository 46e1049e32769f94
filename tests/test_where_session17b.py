"""Event locations of session 17 (b): a town right before "in" and its region's noun phrase
("near Sukma in central India's Chhattisgarh state"), a region's capitalised adjective ("Scottish",
"Bavarian") in the sentence speaks for its country as the region's name would, and a language
community's adjective ("Anglophone") before a region's name only describes it. Invented
sentences, through the pipeline. Also: a place an apposition calls a home ("Kisumu, the hometown of
...") stays a place, not a person described."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("text, name, country", [
    ("Storms cut power to thousands of homes in Perth overnight, the Scottish power network said.",
     "Perth", "GBR"),
])
def test_a_region_adjective_speaks_for_its_country(place_point, text, name, country):
    found, found_country, *_ = place_point(text)
    assert (found, found_country) == (name, country)


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("Separatist fighters attacked a police post in the Anglophone South-West region, the army said.",
     "Southwest region"),
    ("Soldiers burned several villages in the Anglophone North-West region on Tuesday.", "Northwest region"),
])
def test_a_language_community_adjective_only_describes_a_region(place_point, text, name):
    found, country, feature, *_ = place_point(text)
    assert (found, country, feature) == (name, "CMR", "region")


@pytest.mark.slow
@pytest.mark.parametrize("text, name, country", [
    ("Lava covered three more streets of the Lanipuna Gardens subdivision overnight, county officials said.",
     "Lanipuna Gardens", "USA"),
    ("Fumes from the Isla refinery forced the evacuation of a school on Tuesday.", "Isla refinery", "CUW"),
    ("Workers walked off the job at the Pointe-a-Pierre refinery on Monday.", "Pointe-a-Pierre refinery", "TTO"),
])
def test_lava_flow_subdivisions_and_island_refineries_are_places(place_point, text, name, country):
    found, found_country, *_ = place_point(text)
    assert (found, found_country) == (name, country)


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("Rebels ambushed a patrol near Sukma in central India's Chhattisgarh state.", "Sukma"),
    ("Police fired on protesters near Bijapur in central India's Chhattisgarh state on Friday.", "Bījāpur"),
    # a landmark word between the place and "in" ("the Pantanal wetlands in ...")
    ("Flames spread through the Pantanal wetlands in Brazil's Mato Grosso state on Monday.", "Pantanal"),
])
def test_a_place_right_before_in_and_its_regions_noun_phrase_is_the_finer(place_point, text, name):
    found, *_ = place_point(text)
    assert found == name


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("Riot police fired tear gas at students in Kisumu, the hometown of the opposition leader, on Tuesday.", "Kisumu"),
    ("Soldiers arrested dozens of men in Kidal, the stronghold of the rebels, after a raid in Bamako.", "Kidal"),
])
def test_a_place_described_as_a_home_stays_a_place(place_point, text, name):
    found, *_ = place_point(text)
    assert found == name
