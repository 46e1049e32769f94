"""Session 20 probe (invented wire sentences by construction): the world's seas, gulfs,
channels and straits as the event's place (an open sea has no country; a gulf of a few shores
takes one of them, of one shore that one); a town named only by its country's adjective ("a
Lebanese border village": that country, not the attackers'); a name right after "capital" or a
town word ("Jamaica's capital Kingston"); a town followed by ", in southern Spain" is the one
in that country; "Sahel" alone is the belt, not Burkina Faso's Sahel region."""

from __future__ import annotations

import pytest

from eventdesk.where.gazetteer import distance_km


def _near(answer, country, lat, lon) -> bool:
    return answer is not None and answer[1] == country and (
        lat is None or distance_km(answer[3], answer[4], lat, lon) <= 50.0)


@pytest.mark.parametrize("text, country, lat, lon", [
    ("Pirates boarded a chemical tanker in the Gulf of Guinea and kidnapped ten crew members.", None, 2.0, 3.0),
    ("A tanker caught fire in the Gulf of Mexico, forcing the crew to abandon ship.", "USA", 25.0, -90.0),
    ("Chinese and Japanese patrol ships shadowed each other in the East China Sea.", None, 29.0, 125.0),
    ("Russian bombers flew over the Sea of Japan on Thursday.", None, 40.0, 135.0),
    ("Turkish and Greek frigates collided in the Aegean Sea.", None, 39.0, 25.0),
    ("Indian navy commandos freed a hijacked bulk carrier in the Arabian Sea.", None, 15.0, 65.0),
    ("A cyclone formed in the Bay of Bengal and hit fishing fleets.", None, 15.0, 88.0),
    ("Thai navy seized a tanker smuggling diesel in the Gulf of Thailand.", "THA", 9.5, 101.5),
    ("Sabotage damaged a gas pipeline in the North Sea, Norway said.", None, 56.0, 3.0),
    ("Pirates attacked a fishing boat in the Sulu Sea.", None, 8.0, 120.0),
    ("A Libyan coastguard vessel fired on a migrant boat in the Gulf of Sirte.", "LBY", 31.5, 18.5),
    ("Iranian forces seized a foreign tanker in the Persian Gulf.", None, 27.0, 51.0),
    ("An oil spill spread through the Caspian Sea, officials said.", None, 41.5, 50.5),
    ("Venezuelan navy patrols intercepted a boat in the Caribbean Sea.", None, 15.0, -75.0),
])
def test_seas_and_gulfs_are_the_place(place_point, text, country, lat, lon):
    answer = place_point(text)
    assert _near(answer, country, lat, lon), (text, answer)


@pytest.mark.parametrize("text, country", [
    ("Israeli jets struck a Syrian border town overnight, a war monitor said.", "SYR"),
    ("Israeli jets struck a Lebanese border village, killing two.", "LBN"),
    ("Russian missiles hit a Ukrainian border town overnight.", "UKR"),
    ("Iranian forces shelled an Iraqi border village, a Kurdish official said.", "IRQ"),
    ("Turkish warplanes bombed a Syrian Kurdish town overnight.", "SYR"),
])
def test_a_town_named_by_its_countrys_adjective(place_point, text, country):
    answer = place_point(text)
    assert answer is not None and answer[1] == country, (text, answer)


def test_a_named_town_after_the_adjective_is_the_place(place_point):
    answer = place_point("Israeli jets struck the Lebanese village of Khiam overnight.")
    assert answer is not None and answer[1] == "LBN" and answer[2] != "country", answer


@pytest.mark.parametrize("text, country, lat, lon", [
    ("Police in Jamaica's capital Kingston shot dead three gang members.", "JAM", 17.99, -76.79),
    ("Farmers clashed with police in Cordoba, in southern Spain, over water quotas.", "ESP", 37.88, -4.77),
    ("Riot police clashed with dockers in Valencia, in eastern Spain, on Monday.", "ESP", 39.47, -0.38),
    ("Jihadists attacked a Sahel village in Mali's Mopti region, killing 20.", "MLI", None, None),
])
def test_town_words_and_directions_pick_the_namesake(place_point, text, country, lat, lon):
    answer = place_point(text)
    assert _near(answer, country, lat, lon), (text, answer)
