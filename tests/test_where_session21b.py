"""Session 21 (places dev22 misses): a range named with its landform word ("the Middle Atlas
mountains") is a place where it is struck; a country left from one of its towns ("left Iraq,
flying from Basra") is placed at the town; a journey under way ("a plane flying to Baghdad
crashed near Mosul") is not placed at its destination, nor an action at the next step of the
story ("arrested ... and then flew him to Mombasa"); a settlement named by its country's
adjective that "came under" fire is struck; a town the parser did not tag, retaken by its own
country's troops, places a sentence with no event; water "off the coast of" a country is that
country's; and the gazetteer's new families (Denmark's belts, Indonesia's inner seas, Nepal's
districts, Mongolia's crossings, ranges, Chinese counties, Donetsk's and Tigray's villages).
Invented sentences, through the pipeline."""

from __future__ import annotations

import pytest

from eventdesk.where.gazetteer import distance_km


@pytest.mark.parametrize("text, country, lat, lon", [
    # the new families of the gazetteer
    ("A ferry lost power while crossing the Little Belt, the Danish maritime authority said.", "DNK", 55.35, 9.75),
    ("The coast guard boarded a trawler in the Flores Sea on Tuesday.", "IDN", -7.5, 121.0),
    ("Rescuers pulled two climbers from a crevasse in Mustang district on Sunday.", "NPL", 29.0, 83.85),
    ("Customs officers at the Zamiin-Uud border crossing stopped a truck carrying fossils.", "MNG", 43.72, 111.9),
    ("Wildfires spread through the Rif mountains overnight, Moroccan officials said.", "MAR", 35.0, -4.5),
    ("Heavy rain triggered a mudslide in Ludian county in Yunnan province on Monday.", "CHN", 27.2, 103.55),
    ("Separatists shelled the village of Opytne near Donetsk airport overnight.", "UKR", 48.1, 37.72),
    ("A drone strike killed seven people at a wedding in Hawzen, a town in Tigray.", "ETH", 13.97, 39.43),
    # a range struck, named with its landform word; the town after "east of" only locates it
    ("An avalanche struck the Middle Atlas mountains east of Fes, cutting roads.", "MAR", 33.3, -5.0),
    # a country left from one of its towns
    ("The last British troops left Iraq on Friday, flying from Basra to London, officials said.", "IRQ", 30.51, 47.78),
    # a journey under way is not at its destination
    ("A Turkish cargo plane flying from Ankara to Baghdad crashed near Mosul.", "IRQ", 36.34, 43.12),
    # a town retaken by its own country's troops, in a sentence with no event
    ("Malian soldiers recaptured Timbuktu after two days of clashes.", "MLI", 16.77, -3.01),
])
def test_dev22_constructions_are_placed(place_point, text, country, lat, lon):
    answer = place_point(text)
    assert answer is not None, text
    _, found, _, found_lat, found_lon = answer
    assert found == country and distance_km(found_lat, found_lon, lat, lon) <= 50.0, (text, answer)


def test_a_later_journey_is_not_where_the_arrest_was(place):
    name, country, _, _ = place("Kenyan police arrested the pastor and then flew him to Mombasa, his lawyer said.")
    assert name != "Mombasa" and country == "KEN"


def test_a_settlement_that_came_under_fire_is_placed_by_its_adjective(place):
    assert place("A Lebanese border village came under Israeli shelling on Monday.") == (
        "Lebanon", "LBN", "country", "sentence")


def test_water_off_a_countrys_coast_is_that_countrys(place):
    name, country, _, source = place("Pirates boarded a fishing vessel in the Gulf of Guinea off the coast of Nigeria.")
    assert (name, country, source) == ("Gulf of Guinea", "NGA", "sentence")

