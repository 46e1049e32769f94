"""Targets the event's slots miss: a place struck that is named only by a town
nearby ("shelled a village near X": X's country), and the side a climb-down yields to
("under pressure from X, Y withdrew ...": X), and the other party of a meeting an act
is set in ("vowed to help during a meeting with X": X)."""

import pytest

from eventdesk.pipeline import code_text


def _targets(text: str, root: str) -> list[str | None]:
    return [e.target.country if e.target else None
            for e in code_text(text, published="2015-05-05").events if e.cameo.startswith(root)]


@pytest.mark.parametrize("text, country", [
    ("Rebel fighters captured a village near Mosul on Sunday.", "IRQ"),
    ("Soldiers stormed a hideout outside Kabul.", "AFG"),
    ("Israeli jets bombed a camp outside Gaza City.", "PSE"),
])
def test_a_place_named_by_the_town_near_it_is_the_target(text, country):
    assert country in _targets(text, "19")


@pytest.mark.parametrize("text, country", [
    ("Under pressure from protesters, Kenya's finance minister withdrew the proposed tax increases.", "KEN"),
    ("Under pressure from farmers, Peru's government suspended the fuel tax increase.", "PER"),
    ("Under pressure from unions, Ghana's government suspended the fuel tax increase.", "GHA"),
])
def test_a_concession_under_pressure_yields_to_the_presser(text, country):
    assert _targets(text, "08") == [country]


def test_no_pressure_no_target_from_it():
    assert _targets("Peru's government suspended the fuel tax increase on Monday.", "08") == [None]


@pytest.mark.parametrize("text, root, country", [
    ("Ghana's president vowed to help rebuild clinics during a meeting with Togo's president.", "03", "TGO"),
    ("Japan's prime minister promised to build a bridge during talks with the Philippine president.", "03", "PHL"),
])
def test_an_act_set_in_a_meeting_is_done_to_the_other_party(text, root, country):
    assert country in _targets(text, root)


def test_a_meeting_without_a_with_phrase_gives_no_target():
    assert _targets("Ghana's president vowed to help rebuild clinics during the summit.", "03") == [None]



def test_a_bare_role_word_in_a_threats_condition_is_not_its_target():
    # the threatened act names its target; "military shipments" meets no terms
    found = _targets("Russia threatened to launch strikes on Ukraine if military shipments continued next month.", "13")
    assert "UKR" in found, found
    # a role word a determiner picks out still does: whom the threat is made of
    record = code_text("Chile's copper miners threatened to strike if the government raised taxes on the mines.")
    assert [e.target.text for e in record.events if e.cameo.startswith("13") and e.target] == ["the government"]


@pytest.mark.parametrize("text, country", [
    ("Ethiopian troops withdrew from a base near Baidoa on Monday.", "SOM"),
    ("Israeli troops pulled out of a refugee camp near Nablus on Tuesday.", "PSE"),
])
def test_troops_leaving_a_place_abroad_leave_its_country(text, country):
    assert country in _targets(text, "087"), _targets(text, "087")
