"""Events of wire sentences the coder used to miss or mis-type (session 15, issue 8): an
event noun with its own "by" agent inside another event's object, a phrasal verb with a
time clause after it, aid flown in, aid cut off, vessels blocked."""

import pytest

from eventdesk.pipeline import code_text


def _events(text):
    # (cameo, source country, target country), the country else the code's first three letters
    def key(actor):
        return None if actor is None else actor.country or actor.code[:3]

    return {(e.cameo, key(e.source), key(e.target)) for e in code_text(text).events if not e.negated}


@pytest.mark.parametrize("text, events", [
    ("The arrest of two Belgian journalists by Moroccan police was condemned on Sunday by Brussels.",
     {("173", "MAR", "BEL"), ("111", "BEL", "MAR")}),
    ("Lima condemned the abduction of four Peruvian engineers by Bolivian gunmen on Friday.",
     {("181", "BOL", "PER"), ("111", "PER", "BOL")}),
])
def test_an_event_noun_with_its_own_by_agent_is_an_event_besides_the_answer(text, events):
    assert events <= _events(text)


def test_what_a_demand_asks_for_stays_its_content():
    found = _events("Mali's junta demanded the withdrawal of French troops by Friday.")
    assert not any(code.startswith("087") for code, _, _ in found)


def test_a_phrasal_verb_with_an_as_clause_is_no_label():
    assert ("154", "ARM", None) in _events(
        "Armenia called up 5,000 reserve soldiers late on Friday as shelling spread to villages in the south.")


@pytest.mark.parametrize("text, event", [
    ("Canada flew 20 tonnes of food to Haiti on Sunday.", ("073", "CAN", "HTI")),
    ("Washington cut off military aid to Mali on Thursday.", ("1622", "USA", "MLI")),
])
def test_aid_flown_in_or_cut_off_is_aid_given_or_stopped(text, event):
    assert event in _events(text)


def test_a_leader_flying_somewhere_still_travels():
    assert ("042", "FRA", "UKR") in _events("The French president flew to Kyiv on Monday.")


@pytest.mark.parametrize("text, event", [
    ("Vietnamese fishing boats were blocked by Chinese ships near the Paracel Islands.", ("191", "CHN", "VNM")),
    ("The Turkish navy intercepted a Greek supply ship off Cyprus.", ("191", "TUR", "GRC")),
])
def test_vessels_or_convoys_blocked_or_intercepted_are_restricted_movement(text, event):
    assert event in _events(text)
