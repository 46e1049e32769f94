"""Who takes part in an event written as a noun: "talks were held between X and Y" (the
light verb carries the "between"), "the visit of X to Y" (a noun of travelling names the
traveller with "of")."""

import pytest

from eventdesk.pipeline import code_text


def _pairs(text):
    return {(e.cameo[:3], e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code_text(text, published="2015-05-05").events}


@pytest.mark.parametrize("text, sides", [
    ("Talks were held between Iran and Iraq in Baghdad on Monday.", ("IRN", "IRQ")),
    ("A meeting was held between India and Pakistan in Lahore.", ("IND", "PAK")),
    ("Negotiations were held between Colombia and Venezuela on the border.", ("COL", "VEN")),
])
def test_a_passive_light_verb_gives_the_sides_of_between(text, sides):
    found = _pairs(text)
    a, b = sides
    # one joint act: one event between the two sides, the side named first its source
    assert any(source == a and target == b for _, source, target in found), found
    assert not any(source == b and target == a for _, source, target in found), found


def test_a_light_verb_with_its_own_subject_keeps_it_as_the_source():
    found = _pairs("Qatar held talks between Hamas and Fatah in Doha.")
    assert found and all(source == "QAT" for _, source, _ in found), found


@pytest.mark.parametrize("text, event", [
    ("The visit of the Chinese president to Moscow ended on Friday.", ("042", "CHNGOV", "RUS")),
    ("The trip of the Japanese prime minister to Seoul was cancelled.", ("042", "JPNGOV", "KOR")),
    ("The tour of the French president to Algeria began on Sunday.", ("042", "FRAGOV", "DZA")),
])
def test_the_of_phrase_of_a_travel_noun_is_the_traveller(text, event):
    cameo, source, country = event
    found = _pairs(text)
    assert any(c == cameo and s == source and (t or "").startswith(country) for c, s, t in found), found


def test_the_of_phrase_of_other_event_nouns_is_not_the_source():
    # "the arrest of X": X is arrested, not the one who arrests.
    found = _pairs("Police condemned the arrest of the Turkish journalist in Ankara.")
    assert not any(source and source.startswith("TUR") and cameo == "111" for cameo, source, _ in found), found


def test_two_countries_as_one_subject_still_meet_each_other():
    found = _pairs("India and Pakistan agreed to hold talks in Lahore.")
    assert any(s == "IND" and t == "PAK" for _, s, t in found), found


@pytest.mark.parametrize("text, sides", [
    ("Talks between Indian and Pakistani officials resumed in Geneva on Monday.", ("INDGOV", "PAKGOV")),
    ("Two days of meetings in Hanoi between Vietnamese and Japanese diplomats ended on Friday.",
     ("VNMGOV", "JPNGOV")),
    ("Negotiations between Colombian and Venezuelan delegations ended without a deal.", ("COLGOV", "VENGOV")),
])
def test_one_noun_with_conjoined_nationalities_names_both_sides_of_between(text, sides):
    # "between Indian and Pakistani officials": one phrase, two actors; plural meetings
    # between them are one consultation, not a tally of meetings.
    found = _pairs(text)
    a, b = sides
    assert any(c == "040" or c == "046" for c, _, _ in found), found
    # one joint act: one event between the two sides, the side named first its source
    assert any(source == a and target == b for _, source, target in found), found
    assert not any(source == b and target == a for _, source, target in found), found


def test_the_possessor_of_a_side_of_between_is_not_the_other_side():
    found = _pairs("Talks between Ethiopia's government and the Tigray People's Liberation Front resumed in Nairobi.")
    # the other side of the talks is the front, not Ethiopia (the government's own country)
    assert found and not any(t == "ETH" for _, _, t in found), found
