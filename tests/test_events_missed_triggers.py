"""Events the coder used to miss (session 23, issue 8): criticism "hammered (away) at" or
"railed at" someone (CAMEO 111, peers of "railed against", "lashed out at"), and the doer of
a to-infinitive hung on a noun of getting ready ("made arrangements to interview X": the
subject of "made" interviews)."""

import pytest

from eventdesk.pipeline import code_text


def _events(text):
    def key(actor):
        return None if actor is None else actor.country or actor.code[:3]

    return [(e.cameo, key(e.source), key(e.target)) for e in code_text(text, published="2021-03-01").events]


@pytest.mark.parametrize("text", [
    "Turkey's main opposition leader hammered away at the Greek government's handling of the migrant crisis.",
    "The Turkish opposition leader hammered at the Greek government over the migrant crisis on Sunday.",
    "The Turkish opposition leader railed at the Greek government over the migrant crisis on Sunday.",
])
def test_hammering_and_railing_at_an_actor_criticizes_it(text):
    found = _events(text)
    assert ("111", "TUR", "GRC") in found, found
    # the literal hammer makes no criticism
    literal = _events("Workers in Istanbul hammered at the steel beams of the new bridge on Sunday.")
    assert not any(code == "111" for code, _, _ in literal), literal


def test_the_subject_of_made_arrangements_does_what_the_infinitive_says():
    found = _events("French investigators are making arrangements to interview the former Lebanese minister.")
    assert any(code[:2] == "09" and s == "FRA" and t == "LBN" for code, s, t in found), found
    # "welcomed the decision to withdraw X": no undertaking, the decision is another's
    welcomed = _events("Turkey welcomed the decision to withdraw Greek troops from the island.")
    assert not any(code[:2] == "19" or (code[:2] == "08" and s == "TUR") for code, s, _ in welcomed), welcomed
