"""The country decision on namesakes and the parts of a country: actors that act only at home
(police, courts, farmers, workers) place a namesake in their country; "northern Iraq", "the
north of Mali" is a region in that part of the country, not its centroid. Invented sentences,
through the pipeline."""

from __future__ import annotations

import pytest

from conftest import located
from eventdesk.where.gazetteer import distance_km


@pytest.mark.parametrize("text, country", [
    # farmers and workers act at home: the small namesake of their country
    ("Scottish farmers blocked roads in Perth on Monday to protest subsidy cuts.", "GBR"),
    ("British farmers blocked roads in Perth on Monday, police said.", "GBR"),
    ("Protesters marched in Perth and Dundee on Saturday.", "GBR"),
    ("Thousands of nurses marched in Victoria and Vancouver on Saturday.", "CAN"),
    ("Protesters marched in Perth and Sydney on Saturday.", "AUS"),
    ("Spanish workers went on strike in Cordoba on Thursday.", "ESP"),
    # the most populous reading stays without such an actor
    ("Australian police arrested two protesters in Perth on Monday.", "AUS"),
    ("Lebanese troops clashed with gunmen in Tripoli overnight, the army said.", "LBN"),
    ("Protesters rallied in Perth on Monday.", "AUS"),
])
def test_an_actor_acting_at_home_places_a_namesake_in_its_country(text, country):
    assert located(text).country == country


@pytest.mark.parametrize("text, country, name, near", [
    ("Turkish jets struck Kurdish militants in northern Iraq on Sunday.", "IRQ", "northern Iraq", (36.3, 44.0)),
    ("Russian forces shelled towns in eastern Ukraine overnight.", "UKR", "eastern Ukraine", (48.0, 37.8)),
    ("Jihadists attacked an army post in the north of Mali on Friday.", "MLI", "northern Mali", (16.5, -2.0)),
    ("Gunmen killed 12 villagers in northwestern Nigeria on Tuesday.", "NGA", "northwestern Nigeria", (12.0, 5.5)),
])
def test_a_part_of_a_country_is_placed_in_that_part(text, country, name, near):
    place = located(text)
    assert (place.country, place.feature, place.name) == (country, "region", name)
    # in the part: much nearer to it than the country's centroid is
    assert distance_km(place.lat, place.lon, *near) < 250


def test_a_named_region_of_a_direction_keeps_its_own_point():
    place = located("Israeli jets struck targets in southern Lebanon on Monday.")
    assert (place.country, place.name) == ("LBN", "South Lebanon")


@pytest.mark.parametrize("text", [
    "Troops clashed with gunmen 30 km north of Aleppo on Monday.",  # a point of reference, not a part
    "Protesters rallied in Iraq on Sunday.",
])
def test_no_part_without_its_direction(text):
    place = located(text)
    assert not place.name.startswith(("northern", "southern", "eastern", "western"))


@pytest.mark.parametrize("text, country", [
    ("Police arrested protesters in Kent county, England, on Saturday.", "GBR"),
    ("Rioters attacked police in Antrim county, Northern Ireland, overnight.", "GBR"),
    # a US state qualifier keeps the US county
    ("Police arrested protesters in Kent county, Delaware, on Saturday.", "USA"),
])
def test_a_name_known_only_in_the_us_with_a_foreign_qualifier_is_in_that_country(text, country):
    assert located(text).country == country
