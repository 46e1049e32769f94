"""Session 21 (issue 12): occupied, annexed and breakaway ground keeps the internationally
recognised country, a contested shoal takes the country whose coast the sentence names; an
island state after "on" is where, not an actor addressed; a town the parser tags as a person
is where a blow fell; a major city's own name as news shortens it ("Leon" for León de los
Aldama); a small town written "in" its region. Invented sentences, through the pipeline."""

from __future__ import annotations

import pytest

from eventdesk.where.gazetteer import distance_km, load_gazetteer


@pytest.mark.parametrize("name, country", [
    ("Katzrin", "SYR"), ("Tskhinvali", "GEO"), ("Gagra", "GEO"), ("Stepanakert", "AZE"),
    ("Morphou", "CYP"), ("Dzhankoi", "UKR"), ("Sievierodonetsk", "UKR"), ("Tifariti", "ESH"),
])
def test_towns_of_occupied_and_breakaway_ground_are_under_the_recognised_country(name, country):
    readings = load_gazetteer().lookup(name)
    assert readings and readings[0].country == country, (name, readings)


@pytest.mark.parametrize("text, country, lat, lon", [
    # occupied, annexed and breakaway ground: the recognised country
    ("Israeli soldiers detained two shepherds near Katzrin on Friday.", "SYR", 32.99, 35.69),
    ("Separatist police questioned a journalist in Tskhinvali for six hours.", "GEO", 42.23, 43.97),
    ("A drone damaged a rail depot in Dzhankoi, Russian-installed officials said.", "UKR", 45.71, 34.39),
    ("Turkish Cypriot police held a protest organiser in Morphou overnight.", "CYP", 35.2, 32.99),
    # Western Sahara's towns are Morocco's (administered.tsv)
    ("Moroccan troops repaired a sand berm near Tifariti last week.", "MAR", 26.16, -10.57),
    # a contested shoal named with a country's coast
    ("Chinese militia boats circled Sabina Shoal, off the Philippine coast, for a week.", "PHL", 9.75, 116.47),
    # a town the parser tags as a person, struck
    ("A barrage of rockets hit Kiryat Shmona late on Tuesday.", "ISR", 33.21, 35.57),
    # a major city's own name shortened: León de los Aldama, Ciudad Lázaro Cárdenas
    ("Customs agents found 300 kg of cocaine in a container at Lazaro Cardenas.", "MEX", 17.96, -102.2),
    # a small town the city list lacks, written in its region
    ("Soldiers were sent to Tancitaro, in Mexico's Michoacan state, after a cartel ambush.", "MEX", 19.34, -102.36),
])
def test_session21_constructions_are_placed(place_point, text, country, lat, lon):
    answer = place_point(text)
    assert answer is not None, text
    _, found, _, found_lat, found_lon = answer
    assert found == country and distance_km(found_lat, found_lon, lat, lon) <= 50.0, (text, answer)


def test_a_contested_shoal_named_alone_keeps_no_country(place_point):
    answer = place_point("Chinese militia boats anchored at Whitsun Reef for a month.")
    assert answer is not None and answer[0] == "Whitsun Reef" and answer[1] is None, answer


@pytest.fixture(scope="module")
def answer(pipeline):
    from eventdesk.evaluate.places import sentence_answer

    return sentence_answer(pipeline)


@pytest.mark.parametrize("text, country", [
    ("Two asylum seekers started a hunger strike on Nauru last week, their lawyer said.", "NRU"),
    ("A king tide swamped the airstrip on Tuvalu on Sunday.", "TUV"),
])
def test_an_island_state_after_on_is_where_unless_addressed(answer, text, country):
    found = answer(text)
    assert found.source == "sentence" and found.place.country == country, (text, found)
    # what governs "on" addresses the island state: an actor, no place of the sentence
    addressed = answer("Canberra called on Nauru to free the two detained reporters.")
    assert addressed.source != "sentence" or addressed.place.country != "NRU", addressed


def test_leon_is_the_mexican_city_unless_the_sentence_says_nicaragua(place_point):
    mexican = place_point("Gunmen opened fire at a taco stand in Leon, in Guanajuato state, killing four.")
    assert mexican is not None and mexican[1] == "MEX", mexican
    assert distance_km(mexican[3], mexican[4], 21.12, -101.68) <= 50.0, mexican
    nicaraguan = place_point("Nicaraguan police broke up a student march in Leon on Thursday.")
    assert nicaraguan is not None and nicaraguan[1] == "NIC", nicaraguan
