"""A place's name as a modifier of a noun of people or of a body, on sentences written for
these tests, through the pipeline: "Iowa voters" are civilians of the United States, not
the state of Iowa; a committee named for a foreign place ("the Benghazi committee") is not
that place's; a town as the object of looking into a matter ("investigate Benghazi") is the
matter, no actor. A place that acts or is acted on, and a state's office ("the Texas
governor"), stay."""

from __future__ import annotations

import pytest

from eventdesk.pipeline import code_text

pytestmark = pytest.mark.slow


def sides(text: str, word: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code_text(text).events if word in e.trigger.text}


def test_voters_of_a_state_are_its_countrys_civilians():
    assert sides("Donald Trump thanked Iowa voters on Tuesday.", "thanked") == {("USAGOV", "USACVL")}
    assert sides("A Texas voter protested against Governor Smith.", "protested") == {("USACVL", "USAGOV")}


def test_a_foreign_towns_residents_are_still_its_countrys():
    assert sides("Police attacked Aleppo residents.", "attacked") == {("SYRCOP", "SYRCVL")}


def test_victims_named_by_a_place_are_not_of_that_place():
    found = sides("Clinton apologized to Benghazi victims.", "apologized")
    assert found and all(target is None or not target.startswith("LBY") for _, target in found)


def test_a_committee_named_for_a_foreign_town_is_not_that_towns_country():
    for text in ("The House Benghazi committee accused Hillary Clinton of lying.",
                 "Donald Trump visited Iowa. The Senate Benghazi committee accused Hillary Clinton of lying."):
        assert all(source is None or not source.startswith("LBY") for source, _ in sides(text, "accused"))
    assert sides("Donald Trump visited Iowa. The Senate Benghazi committee accused Hillary Clinton of lying.",
                 "accused") == {("USALEG", "USAGOV")}


def test_an_adjective_still_names_the_committees_state():
    assert sides("The Iraqi committee accused the US of lying.", "accused") == {("IRQ", "USA")}


def test_a_town_looked_into_is_no_target():
    assert sides("Republicans vowed to investigate Benghazi again.", "investigate") == {("USAPTYGOP", None)}
    assert sides("Republicans launched an investigation into Benghazi.", "investigation") == {("USAPTYGOP", None)}


def test_a_town_attacked_and_a_states_governor_stay():
    assert sides("Libyan militias attacked Benghazi on Monday.", "attacked") == {("LBYREB", "LBY")}
    assert sides("The Texas governor criticized the president.", "criticized") == {("USAGOV", "GOV")}
