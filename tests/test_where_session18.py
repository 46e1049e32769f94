"""Session 18 (places dev19): a small town the parser tags as a location (LOC) and the text
places in a country; a town GeoNames writes with hyphens, written with spaces; islands,
peninsulas, border rivers and gulfs between a few countries (the context picks the side).
Invented sentences, through the pipeline."""

from __future__ import annotations

import pytest

from conftest import located
from eventdesk.where.gazetteer import distance_km, load_gazetteer


def near(place, lat, lon, km=50.0) -> bool:
    return distance_km(place.lat, place.lon, lat, lon) <= km


@pytest.mark.parametrize("text, country, lat, lon", [
    # small towns the parser tags LOC, placed by the country or region the text writes after them
    ("Bandits burned a market in Kagara, in Nigeria's Niger state, residents said.", "NGA", 10.19, 6.25),
    ("Smugglers attacked a migrant boat off Wimereux, in northern France, on Wednesday.", "FRA", 50.77, 1.61),
])
def test_a_small_town_tagged_as_a_location_is_placed_in_the_country_given(text, country, lat, lon):
    place = located(text)
    assert place.country == country and near(place, lat, lon)


def test_a_hyphenated_town_is_found_written_with_spaces():
    from eventdesk.where.spellings import without_hyphens

    assert without_hyphens("Port-Vila") == ["Port Vila"]
    assert without_hyphens("Port-au-Prince") == ["Port au Prince"]
    assert without_hyphens("Al-Kut") == ["Al Kut"]
    assert without_hyphens("Kafr el-sheikh") == []  # a lower-case last part: no respelling
    place = located("Rioters attacked the main police station in Port Vila on Friday.")
    assert place.country == "VUT" and near(place, -17.74, 168.31)


@pytest.mark.parametrize("name, countries", [
    ("Kerkennah islands", {"TUN"}), ("Sal island", {"CPV"}), ("Noto Peninsula", {"JPN"}),
    ("Cuyuni river", {"GUY", "VEN"}), ("Moei River", {"MMR", "THA"}), ("Gulf of Oman", {"OMN", "IRN", "ARE"}),
    ("Kattegat", {"DNK", "SWE"}), ("Gulf of Finland", {"FIN", "EST", "RUS"}),
])
def test_islands_peninsulas_border_rivers_and_gulfs_are_named(name, countries):
    assert {r.country for r in load_gazetteer().lookup(name) if r.feature == "region"} == countries


@pytest.mark.parametrize("text, country, lat, lon", [
    ("Iranian naval forces seized a tanker in the Gulf of Oman on Thursday.", "IRN", 25.2, 57.8),
    ("Swedish coast guards seized a freighter anchored in the Kattegat.", "SWE", 56.5, 11.3),
    ("Estonian border guards seized a smuggling boat in the Gulf of Finland.", "EST", 59.9, 24.4),
    ("Thai soldiers fired warning shots across the Moei River overnight.", "THA", 16.7, 98.55),
    ("Tunisian police arrested 40 migrants off the Kerkennah islands on Sunday.", "TUN", 34.7, 11.2),
])
def test_a_gulf_or_border_river_takes_the_side_of_its_actors(text, country, lat, lon):
    place = located(text)
    assert place.country == country and near(place, lat, lon)


@pytest.mark.parametrize("text, country, lat, lon", [
    # a part of a town the gazetteer lacks, whose namesakes lie in another country
    ("Police raided a bar in Rampura, Dhaka, on Saturday night.", "BGD", 23.71, 90.41),
    # the town still acts when it goes on to speak
    ("Russian missiles struck Kharkiv, Moscow said.", "UKR", 49.98, 36.25),
])
def test_a_town_written_with_a_town_of_another_country_is_a_part_of_it(text, country, lat, lon, place_point):
    _name, found, _feature, at_lat, at_lon = place_point(text)
    assert found == country and distance_km(at_lat, at_lon, lat, lon) <= 50


@pytest.mark.parametrize("text, country, lat, lon", [
    # the object of "prompting ... to", "forced ... to" is the doer of the clause, not a place
    ("Protesters blocked roads in Tbilisi, prompting Moscow to recall its envoy.", "GEO", 41.69, 44.83),
    ("Hundreds of migrants crossed into the Spanish enclave of Melilla, prompting Madrid to deploy troops.",
     "ESP", 35.29, -2.94),
])
def test_the_object_of_a_control_verb_is_an_actor(text, country, lat, lon):
    place = located(text)
    assert place.country == country and near(place, lat, lon)


def test_a_struck_capital_keeps_its_place_before_a_purpose_clause():
    place = located("Drones struck Kyiv to force a surrender.")
    assert place.country == "UKR" and near(place, 50.45, 30.52)


@pytest.mark.parametrize("text, country, lat, lon", [
    ("The caravan set off from Tapachula on Monday, officials said.", "MEX", 14.91, -92.26),
    ("Police said the convoy set out from Goma on Friday.", "COD", -1.67, 29.23),
])
def test_setting_off_from_a_town_happens_there(text, country, lat, lon, place_point):
    _name, found, _feature, at_lat, at_lon = place_point(text)
    assert found == country and distance_km(at_lat, at_lon, lat, lon) <= 50
