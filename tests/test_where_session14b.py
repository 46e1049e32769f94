"""Event locations of the second part of the sixteenth places round (session 14): islands named without their
town, Russia's republics as "the Republic of X", a region's adjective in an apposition, a
province "on" its island, a region the action spreads "across", the part of a town its owner
places ("Kisumu's estates"), and a town's other spelling a little further from GeoNames' name
("Khorog"). Invented sentences, through the pipeline."""

from __future__ import annotations

import pytest


def near(found, country: str, lat: float, lon: float, within: float = 0.4) -> bool:
    return found is not None and found[1] == country and abs(found[3] - lat) < within and abs(found[4] - lon) < within


@pytest.mark.slow
@pytest.mark.parametrize("text, country, lat, lon", [
    ("Coast guard boats landed about 200 migrants on Lanzarote overnight, regional officials said.", "ESP", 29.03, -13.63),
    ("A wildfire forced the evacuation of villages on La Gomera island on Monday.", "ESP", 28.1, -17.22),
    ("Protesters blocked the port on Terceira island in the Azores over fishing quotas.", "PRT", 38.72, -27.22),
    ("Soldiers were deployed on Bioko after a fuel depot exploded, the government said.", "GNQ", 3.5, 8.7),
    ("Police evacuated campers from Kangaroo Island as bushfires spread.", "AUS", -35.8, 137.25),
    ("Strikers shut the ferry terminal on Mallorca during the peak tourist season.", "ESP", 39.6, 2.95),
])
def test_an_island_named_without_its_town_is_placed_on_the_island(place_point, text, country, lat, lon):
    assert near(place_point(text), country, lat, lon)


@pytest.mark.slow
def test_the_republic_of_a_russian_republic_is_the_republic_not_a_town_called_republic(place_point):
    found = place_point("Gunmen attacked a police post in the Republic of Tatarstan on Monday.")
    assert found is not None and found[1] == "RUS" and found[2] == "region"


@pytest.mark.slow
def test_a_regional_adjective_in_an_apposition_picks_the_namesake(place_point):
    found = place_point("Hundreds of teachers marched through Perth, the Scottish city on the Tay, on Friday.")
    assert near(found, "GBR", 56.4, -3.43)


@pytest.mark.slow
def test_a_province_on_its_island_is_the_province(place_point):
    found = place_point("Troops hunted rebels through the hills of Zamboanga del Norte province on Mindanao, the army said.")
    assert found is not None and found[0].startswith("Zamboanga del Norte") and found[1] == "PHL"


@pytest.mark.slow
def test_a_region_the_action_spreads_across_is_not_replaced_by_a_town_of_a_later_clause(place_point):
    found = place_point("Truck drivers protested across Saxony on Tuesday, slowing traffic near Leipzig and Dresden.")
    assert found is not None and found[0] == "Saxony" and found[2] == "region"


@pytest.mark.slow
def test_the_suburbs_of_a_town_its_owner_names_are_the_town(place_point):
    found = place_point("Soldiers evacuated residents of Mombasa's coastal estates after heavy rains, officials said.")
    assert near(found, "KEN", -4.05, 39.67)
    assert near(place_point("Police dispersed youths in Nairobi's eastern slums on Monday."), "KEN", -1.28, 36.82)


@pytest.mark.slow
def test_a_transliteration_a_little_further_from_the_geonames_name_is_read_in_the_country_given(place_point):
    found = place_point("Tajik police detained two journalists in Khorog on Wednesday, their lawyer said.")
    assert near(found, "TJK", 37.49, 71.55)


@pytest.mark.slow
def test_a_site_its_town_owns_is_the_place_whatever_the_action(place_point):
    found = place_point("Tens of thousands of supporters packed Kyiv's Maidan on Saturday to hear the president.")
    assert found is not None and found[2] == "site" and found[1] == "UKR"


@pytest.mark.slow
def test_the_site_an_armed_group_takes_control_of_is_the_place(place_point):
    found = place_point("Rebel fighters took control of the Zaporizhzhia nuclear plant after a short battle, officials said.")
    assert found is not None and found[2] == "site" and found[1] == "UKR"


@pytest.mark.slow
def test_a_town_a_direction_phrase_follows_after_a_comma_is_the_place(place_point):
    found = place_point("Dockworkers blocked the gates of the busy port of Tema, east of Accra, over unpaid wages.")
    assert found is not None and found[0] == "Tema" and found[1] == "GHA"


@pytest.mark.slow
def test_a_mine_in_apposition_keeps_its_name_before_the_desert_it_lies_in(place_point):
    found = place_point("Miners at Grasberg, the vast gold and copper mine, in Indonesia's Papua region, went on strike.")
    assert found is not None and found[2] == "site" and found[1] == "IDN"
