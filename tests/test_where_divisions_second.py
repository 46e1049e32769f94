"""Divisions scripts/divisions.py now reaches: those GeoNames files at its second level
(Luxembourg's cantons, Serbia's okrugs, Taiwan's counties), Estonian counties by their "-maa"
names, Moldova's districts GeoNames writes with "Raionul", the divisions of a small country
that have no town of their own (at its centroid), and names written without their accents;
and the places of learning a town's name modifies, in lower case only. Invented sentences, through the pipeline;
benchmarks/places_probe.py (subdivisions, sites) measures the whole classes."""

from __future__ import annotations

import pytest

from conftest import located


@pytest.mark.parametrize("text, country", [
    ("Gunmen killed two farmers in Clervaux canton on Sunday, police said.", "LUX"),
    ("Police fired tear gas at farmers in Sumadijski okrug on Monday.", "SRB"),
    ("Police arrested 12 protesters in Hualien county on Tuesday.", "TWN"),
    ("Police detained 20 protesters in Tartumaa county on Saturday.", "EST"),
    ("Police arrested six smugglers in Ocnita district on Monday.", "MDA"),
    ("Police arrested ten protesters in Anse aux Pins district on Monday.", "SYC"),
    ("Gunmen attacked a police post in Gjirokaster county on Friday.", "ALB"),
])
def test_a_division_the_table_lacked_is_placed_in_its_country(text, country):
    place = located(text)
    assert (place.country, place.feature) == (country, "region")


@pytest.mark.parametrize("text, country, name", [
    ("A bomb exploded outside the Maputo university on Friday.", "MOZ", "Maputo"),
    ("Gunmen stormed the Kabul school on Tuesday, killing ten pupils.", "AFG", "Kabul"),
    ("Protesters clashed with police outside the Tirana courthouse.", "ALB", "Tirana"),
])
def test_a_school_or_courthouse_a_town_names_is_in_that_town(text, country, name):
    place = located(text)
    assert (place.country, place.name, place.feature) == (country, name, "city")


def test_a_capitalised_school_word_ends_a_name_of_its_own_not_a_towns_site():
    place = located("Police arrested two gunmen at Liberty University in Lynchburg on Monday.")
    assert (place.country, place.name) == ("USA", "Lynchburg")
