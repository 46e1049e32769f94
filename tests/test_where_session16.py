"""Event locations of session 16: landmarks by class across Europe, Africa, North America,
Oceania and Asia (lakes, mountains, ruins, national parks, ranges), the islands of the
Virgin Islands and Fiji, an apposition that calls a name a landmark ("X, the highest peak"),
"the island of X", and a site that is the main clause's subject (where/landmarks.py).
Invented sentences, through the pipeline."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("text, country, lat, lon", [
    ("A pedal boat carrying four tourists sank on Lake Garda on Monday.", "ITA", 45.65, 10.66),
    ("Two climbers were rescued on Mount Snowdon after a fall on Sunday.", "GBR", 53.07, -4.08),
    ("Guards detained activists who sprayed paint at Stonehenge on Tuesday.", "GBR", 51.18, -1.83),
    ("A ranger was injured by a falling rock in Joshua Tree National Park.", "USA", 33.87, -115.90),
    ("Archaeologists found a mosaic floor in the ruins of Herculaneum.", "ITA", 40.81, 14.35),
])
def test_a_landmark_is_placed_at_itself(place_point, text, country, lat, lon):
    _, found_country, feature, found_lat, found_lon = place_point(text)
    assert (found_country, feature) == (country, "site")
    assert abs(found_lat - lat) < 0.1 and abs(found_lon - lon) < 0.1


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("Rescuers reached a stranded hiker on Mount Kenya, Africa's second highest peak, on Tuesday.", "Mount Kenya"),
    ("Heavy snow trapped skiers at Mont Blanc, the highest mountain in western Europe.", "Mont Blanc"),
])
def test_an_apposition_calling_it_a_landmark_keeps_it_a_place(place_point, text, name):
    found, *_ = place_point(text)
    assert found == name


@pytest.mark.slow
def test_the_island_of_x_is_the_island(place_point):
    name, country, feature, *_ = place_point("Floods cut the only road on the island of New Britain on Monday.")
    assert (country, feature) == ("PNG", "region")


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    # the region named further on only says where the volcano's effects were felt
    ("Mount Semeru spewed ash on Sunday, forcing schools to close in East Java province.", "Mount Semeru"),
    # a town named only to say where the site lies
    ("Taal volcano rumbled on Friday near villages south of Manila.", "Taal volcano"),
])
def test_a_landmark_that_is_the_subject_is_where_it_acts(place_point, text, name):
    found, *_ = place_point(text)
    assert found == name


@pytest.mark.slow
def test_a_town_of_the_sentence_that_is_no_reference_point_stays(place_point):
    # a town of the sentence, named as where the action is, says more than the subject site
    found, country, feature, *_ = place_point("The Kajaki dam supplied power to Lashkar Gah on Monday, officials in Lashkar Gah said.")
    assert country == "AFG"
