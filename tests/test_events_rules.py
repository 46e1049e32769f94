"""Rules for constructions that went wrong on real news (issue 8): a state's measure at home
is an event, action nouns are no actors, an order with an event noun is the event ordered,
fighting an ill is no force, a show of force is no assault, an arrest is no abduction, a
demanded act is a demand, a summary of an ongoing war is no new attack, passives with a
"by" agent. Sentences written for these tests, coded by the real pipeline."""

from __future__ import annotations

import pytest

from eventdesk.pipeline import code_text

pytestmark = pytest.mark.slow


def _events(text):
    return code_text(text, published="2021-03-04").events


def _triples(text):
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in _events(text)}


def _country(actor):
    return actor.country if actor is not None else None


# A. 1. A state's measure at home is an event; the place is where it happens.
@pytest.mark.parametrize("text, code, country, place", [
    ("Ethiopia blocked access to the internet in Tigray on Monday.", "1721", "ETH", "Tigray"),
    ("Ethiopia shut down the internet in the Tigray region.", "1721", "ETH", "Tigray"),
    ("Pakistan banned rallies in Lahore on Friday.", "1721", "PAK", "Lahore"),
    ("Egypt imposed a curfew in Cairo after the clashes.", "1723", "EGY", "Cairo"),
    ("Sudan lifted the state of emergency in Darfur.", "081", "SDN", "Darfur"),
])
def test_a_states_measure_at_home_is_kept(text, code, country, place):
    found = [e for e in _events(text) if e.cameo.startswith(code)]
    assert found, _triples(text)
    event = found[0]
    assert event.source.code == country
    # The state acts on its own population, not on itself.
    assert event.target is not None and event.target.code == country + "CVL"
    assert event.location is not None and place in event.location.name


def test_an_officials_measure_at_home_still_targets_the_state():
    found = [e for e in _events("Kenyan police imposed a curfew in Nairobi.") if e.cameo.startswith("1723")]
    assert found and found[0].source.code == "KENCOP" and found[0].target.code == "KEN"
