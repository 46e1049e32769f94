"""Classes of place names wire copy uses (benchmarks/places_probe.py measures them all): a
capital named by its country, buildings named after their town, the names of confusable
countries, and the dependent territories. Invented sentences, through the pipeline."""

from __future__ import annotations

import pytest

from conftest import located


@pytest.mark.parametrize("text, town, country", [
    ("Riot police fired tear gas at students in the Kenyan capital on Sunday.", "Nairobi", "KEN"),
    ("Russian drones struck an apartment block in the Ukrainian capital overnight.", "Kyiv", "UKR"),
    ("Hundreds of teachers marched in Ethiopia's capital on Thursday.", "Addis Ababa", "ETH"),
    # several words: not the capital of the country a shorter adjective would name
    ("Soldiers clashed with rebels in the South Sudanese capital on Tuesday.", "Juba", "SSD"),
    ("Police arrested 12 protesters in the Papua New Guinean capital on Friday.", "Port Moresby", "PNG"),
    # the seat of government the actor lexicon lists first
    ("Miners blocked roads in the Bolivian capital on Monday.", "La Paz", "BOL"),
])
def test_a_capital_named_by_its_countrys_adjective_or_name_is_that_town(text, town, country):
    place = located(text)
    assert (place.name, place.country, place.feature) == (town, country, "city")


def test_a_capital_named_right_after_the_phrase_is_the_name_itself():
    place = located("Police detained dozens of activists in the Georgian capital, Tbilisi, on Saturday.")
    assert (place.name, place.country) == ("Tbilisi", "GEO")


@pytest.mark.parametrize("text, town, country", [
    ("A bomb exploded outside the Vienna cathedral on Friday.", "Vienna", "AUT"),
    ("Gunmen stormed the Bamako hotel on Tuesday.", "Bamako", "MLI"),
    ("Russian aircraft bombed the Mariupol theatre where civilians sheltered.", "Mariupol", "UKR"),
    ("Police raided the Lagos headquarters of the opposition party.", "Lagos", "NGA"),
])
def test_a_building_named_after_its_town_is_in_that_town(text, town, country):
    place = located(text)
    assert (place.name, place.country) == (town, country)


def test_a_building_of_a_people_or_faith_is_no_place():
    place = located("The Russian Orthodox Church condemned the shelling of a village near Kharkiv.")
    assert place.country == "UKR"


@pytest.mark.parametrize("text, country", [
    ("Armed men attacked a village in DR Congo on Monday.", "COD"),
    ("Armed men attacked a village in Congo-Brazzaville on Monday.", "COG"),
    ("Troops fired on protesters in Guinea-Bissau on Monday.", "GNB"),
    ("Troops fired on protesters in Equatorial Guinea on Monday.", "GNQ"),
    ("Gunmen killed 30 villagers in Niger on Monday.", "NER"),
    ("Gunmen killed 30 villagers in Nigeria on Monday.", "NGA"),
    ("Government troops attacked rebels across South Sudan last week.", "SSD"),
    ("Police detained opposition supporters in Eswatini on Friday.", "SWZ"),
    ("Police detained opposition supporters in Swaziland on Friday.", "SWZ"),
    ("Protesters blocked a highway in Türkiye on Sunday.", "TUR"),
    ("Farmers protested in Czechia on Sunday.", "CZE"),
    ("Soldiers detained students in Burma on Sunday.", "MMR"),
])
def test_confusable_country_names_are_each_their_own_country(text, country):
    assert located(text).country == country


@pytest.mark.parametrize("text, country", [
    ("Riot police clashed with protesters in American Samoa on Monday.", "ASM"),
    ("Riot police clashed with protesters in New Caledonia on Monday.", "NCL"),
    ("Demonstrators marched in Greenland on Saturday.", "GRL"),
])
def test_a_dependent_territory_is_placed_in_its_own_code(text, country):
    assert located(text).country == country
