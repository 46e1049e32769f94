"""Session 19 (places dev20 misses): a sea, strait or border zone of no country tied by one
preposition to a town or region of a country is placed at the town; a material act on the
holder of a town's office is placed in the town; the Mexican towns GeoNames writes after an
honorific ("Heroica Ciudad de ..."); border rivers and lakes, central Mali's posts, Iraq's marsh
towns, Armenia's border villages, Kosovo's crossings, the LAC's points, the farmers' protest
border points, Sri Lanka's northern islands, Iraq's ranges and Turkmenistan's gas fields.
Invented sentences, through the pipeline."""

from __future__ import annotations

import pytest

from eventdesk.where.gazetteer import distance_km, load_gazetteer


@pytest.mark.parametrize("text, country, lat, lon", [
    # a place of no country one preposition from a town or district of a country
    ("A drone boat rammed a tanker in the Red Sea off Mokha on Tuesday.", "YEM", 13.32, 43.25),
    ("Drones hit an oil terminal in Tuapse on the Black Sea, officials said.", "RUS", 44.1, 39.08),
    ("Soldiers traded fire along the Line of Control in Kupwara district on Sunday.", "IND", 34.5, 74.25),
    # a river or lake followed by the town it is near: the town
    ("A barge capsized on the Amur River near Blagoveshchensk.", "RUS", 50.27, 127.53),
    ("Fishermen were detained on Lake Victoria near Kisumu.", "KEN", -0.1, 34.75),
    # a material act on the holder of a town's or region's office
    ("Police detained the mayor of Izmir at his home before dawn.", "TUR", 38.41, 27.14),
    ("Masked men abducted the governor of Kunduz on Friday.", "AFG", 36.7, 68.8),
    # towns, sites and features the gazetteer lacked
    ("Jihadists overran an army post in Hombori on Monday.", "MLI", 15.28, -1.7),
    ("Fishermen protested in Chibayish over drying marshes.", "IRQ", 30.95, 47.03),
    ("Kosovo police reopened the Jarinje crossing on Monday.", "XKX", 43.07, 20.68),
    ("Troops scuffled near Bum La in the eastern sector on Friday.", "IND", 27.72, 91.92),
    ("Farmers camped at the Khanauri border for a third week.", "IND", 29.82, 75.97),
    ("The navy detained 12 fishermen off Nainativu on Saturday.", "LKA", 9.62, 79.77),
    ("Soldiers raided hideouts in the Hamrin mountains on Wednesday.", "IRQ", 34.4, 44.5),
    ("A boat capsized on Lake Edward, Congolese officials said.", "COD", -0.35, 29.6),
    ("Engineers began drilling at the Dauletabad field this week.", "TKM", 36.0, 61.6),
    # the truce village on the South's side
    ("Military officers of the two Koreas met at Panmunjom on Tuesday.", "KOR", 37.96, 126.68),
])
def test_dev20_constructions_are_placed(place_point, text, country, lat, lon):
    answer = place_point(text)
    assert answer is not None, text
    _, found, _, found_lat, found_lon = answer
    assert found == country and distance_km(found_lat, found_lon, lat, lon) <= 50.0, (text, place_point(text))


def test_a_sea_named_alone_stays_the_sea(place_point):
    answer = place_point("Rebels fired a missile at a tanker in the Red Sea.")
    assert answer is not None and answer[0] == "Red Sea" and answer[1] is None


def test_a_verbal_act_on_an_office_is_not_placed_in_its_town(place_point):
    answer = place_point("The president praised the mayor of Izmir in a statement.")
    assert answer is None or answer[0] != "Izmir"


@pytest.mark.parametrize("name, lat, lon", [
    ("Juchitan", 16.43, -95.02), ("Juchitán de Zaragoza", 16.43, -95.02), ("Caborca", 30.72, -112.16),
    ("Tlaxiaco", 17.27, -97.68),
])
def test_mexican_towns_without_their_honorific(name, lat, lon):
    readings = load_gazetteer().lookup(name)
    assert readings and distance_km(readings[0].lat, readings[0].lon, lat, lon) <= 10.0
