"""Events in constructions of wire sentences the coder used to miss (session 14, sentences
written by annotators who never saw the coder): talks the subject holds "during" its
other act, a sum of money "in" aid, welcoming someone's appeal, arms and
energy delivered, joint funds launched."""

import pytest

from eventdesk.pipeline import code_text


def _events(text):
    # (cameo, source country, target country), the country else the code's first three letters
    def key(actor):
        return None if actor is None else actor.country or actor.code[:3]

    return {(e.cameo, key(e.source), key(e.target)) for e in code_text(text).events if not e.negated}


@pytest.mark.parametrize("text, event", [
    ("The Peruvian foreign minister praised Chile during talks with the Chilean president in Santiago.",
     ("040", "PER", "CHL")),
    ("The Brazilian president signed the trade pact during a meeting with his Argentine counterpart in Brasilia.",
     ("040", "BRA", "ARG")),
])
def test_talks_the_subject_holds_while_it_acts_are_an_event_of_its_own(text, event):
    assert event in _events(text)


@pytest.mark.parametrize("text", [
    "The ministers signed the deal during the summit in Lima.",
    "Brazil will sign the pact before talks with Argentina next week.",
])
def test_a_bare_scene_or_talks_still_to_come_are_no_talks(text):
    assert not any(code.startswith("04") for code, _, _ in _events(text))


@pytest.mark.parametrize("text, event", [
    ("Brazil suspended $50 million in military assistance to Paraguay.", ("1622", "BRA", "PRY")),
    ("Canada froze $20 million in humanitarian aid to Haiti.", ("1623", "CAN", "HTI")),
])
def test_a_sum_of_money_in_aid_is_the_aid(text, event):
    assert event in _events(text)


def test_welcoming_an_appeal_supports_its_author():
    events = _events("The Chilean government welcomed an appeal by the Peruvian president for new talks.")
    assert ("051", "CHL", "PER") in events and not any(c == "043" for c, _, _ in events)


@pytest.mark.parametrize("text, event", [
    ("The United States delivered armoured vehicles to the Peruvian army.", ("072", "USA", "PER")),
    ("Germany sent two more air defence systems to Poland last month.", ("072", "DEU", "POL")),
    ("Kazakhstan began supplying natural gas to Tajikistan on Monday under a new deal.", ("061", "KAZ", "TJK")),
    ("Peru and Chile launched a joint investment fund on Monday.", ("061", "PER", "CHL")),
])
def test_arms_energy_and_joint_funds_are_aid_and_cooperation(text, event):
    assert event in _events(text)


def test_oil_sold_to_no_one_is_no_cooperation():
    assert not _events("The company shipped oil on the spot market.")


@pytest.mark.parametrize("text", [
    "Argentina beat Uruguay 2-1 in Montevideo on Sunday to reach the final.",
    "Fiji thrashed Samoa 38-10 in Suva on Saturday.",
])
def test_a_match_won_by_a_score_is_no_force(text):
    assert not any(code[:2] in ("18", "19", "20") for code, _, _ in _events(text))


@pytest.mark.parametrize("text, event", [
    ("Chilean President Gabriel Boric was given a warm welcome by Argentine President Javier Milei in Buenos Aires.",
     ("043", "ARG", "CHL")),
    ("Ukraine was given 40 tanks by Poland last year.", ("072", "POL", "UKR")),
    ("Ecuador's president was given a warm welcome by the Colombian president at the airport in Bogota on Friday.",
     ("043", "COL", "ECU")),
])
def test_the_subject_of_a_passive_that_keeps_its_object_is_the_one_given_it(text, event):
    assert event in _events(text)


@pytest.mark.parametrize("text, event", [
    ("The shelling of Kharkiv by Russian forces was condemned by France on Friday.", ("111", "FRA", "RUS")),
    ("Germany condemned the bombing of Mariupol by Russian troops.", ("111", "DEU", "RUS")),
])
def test_condemning_an_act_targets_its_author_before_what_it_struck(text, event):
    assert event in _events(text)
