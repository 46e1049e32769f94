"""Named sites wire copy writes without their town or country (crossings, camps, prisons,
nuclear plants, bases, dams, ports, fields, mines, holy sites, squares, palaces) and the
first-level divisions of the countries the table lacked. Invented sentences, through the
pipeline; benchmarks/places_probe.py (named_sites, subdivisions) measures the whole classes."""

from __future__ import annotations

import pytest

from conftest import located


@pytest.mark.parametrize("text, country", [
    ("Iraqi forces closed the Al-Qaim crossing after clashes on Monday.", "IRQ"),
    ("Police fired tear gas at refugees at the Mahama refugee camp on Tuesday.", "RWA"),
    ("Police fired tear gas at relatives of inmates outside Insein prison on Monday.", "MMR"),
    ("Police arrested 20 protesters at the Akkuyu nuclear plant on Friday.", "TUR"),
    ("Drones struck Prince Sultan Air Base overnight, officials said.", "SAU"),
    ("Gunmen attacked guards at the Darbandikhan Dam on Monday.", "IRQ"),
    ("Police fired tear gas at striking dockworkers at the Apapa port on Monday.", "NGA"),
    ("Gunmen fired rockets at the Khor Mor gas field on Wednesday.", "IRQ"),
    ("Soldiers fired at protesters near the Kibali gold mine on Sunday.", "COD"),
    ("Police fired tear gas at worshippers outside the Kaaba on Friday.", "SAU"),
    ("Thousands of protesters gathered in Gwanghwamun Square on Saturday.", "KOR"),
    ("Soldiers surrounded Villa Somalia after gunfire on Tuesday.", "SOM"),
])
def test_a_named_site_is_placed_in_its_own_country(text, country):
    place = located(text)
    assert (place.country, place.feature) == (country, "site")


@pytest.mark.parametrize("text", [
    "Police fired tear gas at refugees at the Nakivale refugee settlement on Tuesday.",
    "Police fired tear gas at refugees at Nakivale on Tuesday.",
    "Police fired tear gas at refugees at the Nakivale camp on Tuesday.",
])
def test_a_camp_is_found_in_its_usual_written_forms(text):
    place = located(text)
    assert (place.country, place.feature) == ("UGA", "site")


@pytest.mark.parametrize("text, country", [
    ("Gunmen killed five villagers in Nimba County on Tuesday.", "LBR"),
    ("Gunmen killed four farmers in Ghana's Upper East region on Monday.", "GHA"),
    ("Police fired tear gas at striking miners in the Copperbelt on Friday.", "ZMB"),
    ("Soldiers detained 40 migrants in Alta Verapaz on Sunday.", "GTM"),
    ("Gang members killed two police officers in Olancho on Monday.", "HND"),
    ("Soldiers arrested 30 suspected gang members in Cabanas department on Thursday.", "SLV"),
    ("Rebels attacked a police post in Amambay on Wednesday.", "PRY"),
    ("Jihadists attacked an army post in Alibori on Saturday.", "BEN"),
    ("Gunmen killed four farmers in the Montagnes district on Monday.", "CIV"),
    ("Police broke up a rally in Manicaland on Sunday.", "ZWE"),
    ("Protesters blocked roads in Sabaragamuwa province on Monday.", "LKA"),
])
def test_a_first_level_division_is_placed_in_its_country(text, country):
    place = located(text)
    assert (place.country, place.feature) == (country, "region")


def test_a_division_named_like_another_countrys_keeps_that_one_bare():
    # Misiones alone stays Argentina's province; Paraguay's carries its division word
    assert located("Farmers blocked roads in Misiones on Monday.").country == "ARG"
    assert located("Farmers blocked roads in Misiones department on Monday.").country == "PRY"
