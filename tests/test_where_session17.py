"""Event locations of session 17: the crossings of Belarus's western borders each under its own
side's name, North Korea's provinces by their English names, a lake shared by several
countries placed on the side of the sentence's actors, a place of the action's origin over
the place a report was made, a reporting verb misread as the main verb, and the part of a
town named before a part word and "of" ("the X community of Kingston"). Invented sentences,
through the pipeline."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("text, name, country", [
    # "Bruzgi crossing" was also an other spelling of Poland's Kuznica crossing
    ("Lorries queued for three days at the Bruzgi crossing on Saturday.", "Bruzgi crossing", "BLR"),
    ("Belarusian guards closed the Kamenny Log crossing on Monday.", "Kamenny Log crossing", "BLR"),
    ("Lithuania shut the Medininkai crossing on Tuesday after a surge of balloons.", "Medininkai crossing", "LTU"),
])
def test_the_crossings_of_belarus_borders_each_side_by_its_name(place_point, text, name, country):
    found, found_country, *_ = place_point(text)
    assert (found, found_country) == (name, country)


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("Floods destroyed hundreds of homes in North Korea's North Hamgyong province.", "North Hamgyong"),
    ("Typhoon rains flooded farmland in South Hwanghae province, state media said.", "South Hwanghae"),
])
def test_north_korea_provinces_by_their_english_names(place_point, text, name):
    found, country, feature, *_ = place_point(text)
    assert (found, country, feature) == (name, "PRK", "region")


@pytest.mark.slow
@pytest.mark.parametrize("text, country", [
    ("Jihadists attacked an army post on an island in Lake Chad, killing eight Nigerian soldiers.", "NGA"),
    ("Militants raided a fishing camp on Lake Chad, killing 12 Cameroonian fishermen.", "CMR"),
])
def test_a_shared_lake_is_on_the_side_of_the_actors(place_point, text, country):
    found, found_country, *_ = place_point(text)
    assert (found, found_country) == ("Lake Chad", country)


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("Houthi rebels launched a drone from Yemen's Hodeidah province, the Israeli military said in Jerusalem.",
     "Hodeidah province"),
    ("Pyongyang test-fired two cruise missiles from North Pyongan province, Japan's defence ministry said in Tokyo.",
     "North Pyongan"),
])
def test_the_origin_of_the_action_before_the_place_of_the_report(place_point, text, name):
    found, *_ = place_point(text)
    assert found == name


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    # the parser reads "camped" as a clause on the subject: "said" is the main verb
    ("Hundreds of migrants camped at the Shehyni crossing on Ukraine's border with Poland, "
     "Polish officials said in Warsaw.", "Shehyni crossing"),
    ("Dozens of migrants camped at the Kapikule crossing on the border with Bulgaria, "
     "Turkish officials said in Ankara.", "Kapikule border crossing"),
])
def test_a_reporting_verb_read_as_the_main_verb_leaves_its_place_last(place_point, text, name):
    found, *_ = place_point(text)
    assert found == name


@pytest.mark.slow
@pytest.mark.parametrize("text, name, country", [
    ("Fire gutted shops in the Chinatown area of Lima on Sunday.", "Lima", "PER"),
    ("Police raided homes in the Tivoli Gardens community of Kingston on Monday.", "Kingston", "JAM"),
    ("Gunmen opened fire in the Rocinha favela of Rio de Janeiro on Tuesday.", "Rocinha", "BRA"),
])
def test_a_named_part_of_a_town_is_in_the_town(place_point, text, name, country):
    found, found_country, feature, *_ = place_point(text)
    assert (found, found_country) == (name, country) and feature != "country"


@pytest.mark.slow
@pytest.mark.parametrize("text, name, country", [
    # the parser gives the climbed peak as an adverbial noun
    ("Dozens of activists climbed Zugspitze to unfurl a banner.", "Zugspitze", "DEU"),
])
def test_a_climbed_mountain_is_where_the_climbers_are(place_point, text, name, country):
    found, found_country, *_ = place_point(text)
    assert (found, found_country) == (name, country)


@pytest.mark.slow
@pytest.mark.parametrize("text, name, country", [
    ("Heavy snow cut roads across Nepal's Sudurpashchim province on Monday.", "Sudurpashchim", "NPL"),
    ("Floods hit three provinces of the Irrawaddy Delta on Monday.", "Irrawaddy Delta", "MMR"),
    ("Turkish drones hit a PKK camp in the Gara mountains of northern Iraq.", "Gara mountains", "IRQ"),
    # a fraction of a place is in it
    ("Drought has withered a third of Kenya's Turkana county.", "Turkana county", "KEN"),
])
def test_provinces_deltas_and_mountain_zones_as_regions(place_point, text, name, country):
    found, found_country, feature, *_ = place_point(text)
    assert (found, found_country, feature) == (name, country, "region")


@pytest.mark.slow
def test_a_province_named_like_a_river_only_with_its_division_word(place_point):
    found, country, feature, *_ = place_point("Rafting boats capsized on the Karnali river on Sunday.")
    assert feature != "region"
