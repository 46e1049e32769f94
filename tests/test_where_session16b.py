"""Event locations of session 16b: a namesake the sentence places elsewhere (a small town in
the region or country written with it, a country name used as an adjective, a longer
apposition), the US state a sentence calls "the state", a site's own name held by another
town, positions above or below a town, an entity cut at "on", the Saharan "In", and villages
of disasters and attacks (where/namesakes.py, data/places.tsv). Invented sentences, through
the pipeline."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("text, name, country", [
    # the city list's Fort Smith is Arkansas's; the qualifier names Canada's
    ("Firefighters battled a blaze near Fort Smith, Northwest Territories, on Friday.", "Fort Smith", "CAN"),
    # the city list's Jasper is Indiana's; "in Alberta's ..." names Canada's
    ("Evacuees left the town of Jasper in Alberta's national park as flames approached.", "Jasper", "CAN"),
    # an apposition longer than four words before its place word
    ("A British patrol ship called at Stanley, the Falkland Islands' main town, on Friday.", "Stanley", "FLK"),
    # a country's name used as its adjective; "the harbour of" reads through
    ("A tanker caught fire outside the harbour of Victoria, the Seychelles capital, on Friday.", "Victoria", "SYC"),
    # the place word first, the name in apposition to it
    ("The Seychelles' capital, Victoria, was hit by a storm on Tuesday.", "Victoria", "SYC"),
])
def test_a_namesake_the_sentence_places_elsewhere(place_point, text, name, country):
    found, found_country, *_ = place_point(text)
    assert (found, found_country) == (name, country)


@pytest.mark.slow
def test_a_sentence_that_calls_it_the_state_names_the_us_state(place_point):
    name, country, feature, *_ = place_point(
        "Storms cut power to thousands of homes across Georgia on Monday, the state's biggest utility said.")
    assert (name, country, feature) == ("Georgia", "USA", "region")


@pytest.mark.slow
def test_the_country_stays_without_state_words(place_point):
    name, country, *_ = place_point("Protesters marched across Georgia on Monday against the foreign agents law.")
    assert country == "GEO"


@pytest.mark.slow
def test_a_site_held_by_another_town_is_no_town_of_its_first_word(place_point):
    name, country, feature, lat, lon = place_point(
        "Police evacuated Union Station in Chicago on Tuesday after a bomb threat.")
    assert country == "USA" and abs(lat - 41.88) < 0.3 and abs(lon - -87.64) < 0.3


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("Firefighters fought flames in the hills above Funchal on Sunday.", "Funchal"),
    ("Rescuers searched the valley below Innsbruck after an avalanche.", "Innsbruck"),
])
def test_a_position_above_or_below_a_town_is_at_the_town(place_point, text, name):
    found, *_ = place_point(text)
    assert found == name


@pytest.mark.slow
def test_an_entity_is_cut_at_on(place_point):
    found, country, *_ = place_point("Gunmen attacked St Peter's Shrine in Colombo on Easter Sunday, one of several coordinated blasts.")
    assert (found, country) == ("Colombo", "LKA")


@pytest.mark.slow
def test_a_small_town_with_a_direction_word_and_its_state(place_point):
    found, country, *_ = place_point("A chemical tanker overturned in East Palestine, Ohio, on Friday.")
    assert (found, country) == ("East Palestine", "USA")


@pytest.mark.slow
def test_the_saharan_in_opens_a_town_name(place_point):
    found, country, *_ = place_point("Soldiers rescued migrants stranded in the desert near the border town of In Guezzam.")
    assert (found, country) == ("In Guezzam", "DZA")


@pytest.mark.slow
@pytest.mark.parametrize("text, name, country", [
    ("A stray rocket hit a barn in Przewodow, a village near the Ukrainian border.", "Przewodów", "POL"),
    ("Floods destroyed bridges in the village of Schuld on Thursday.", "Schuld", "DEU"),
    ("A landslide buried much of Blatten, a Swiss village, on Wednesday.", "Blatten", "CHE"),
    ("Helicopters evacuated residents of Illorsuit in Greenland after a tsunami.", "Illorsuit", "GRL"),
    ("Gunmen killed dozens of villagers in Barsalogho in northern Burkina Faso.", "Barsalogho", "BFA"),
])
def test_villages_of_disasters_and_attacks(place_point, text, name, country):
    found, found_country, *_ = place_point(text)
    assert (found, found_country) == (name, country)
