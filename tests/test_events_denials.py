"""Denials (issue #8, the saying class): "deny" with a reported clause, a gerund or "it"
denies what the speaker's side is said to have done, CAMEO 016, whatever that was; the
denied act is no event of its own. "denied him bail", a noun the parser reads as a clause,
is no denial. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import actor_country

pytestmark = pytest.mark.slow

DENIALS = [
    ("The Kremlin on Tuesday denied that it had meddled in Georgia's election.", "RUS"),
    ("The Thai army denied its soldiers had fired on the protesters.", "THA"),
    ("The White House has denied the talks ever happened.", "USA"),
    ("The Nigerian governor has always denied it.", "NGA"),
    ("The Peruvian minister denied taking bribes from the contractor.", "PER"),
]


@pytest.mark.parametrize("text,source", DENIALS)
def test_denial_is_016(code, text, source):
    events = code(text).events
    seen = [(e.cameo, actor_country(e.source), e.trigger.text, e.negated) for e in events]
    assert any(e.cameo == "016" and actor_country(e.source) == source for e in events), seen
    # the denied act is not asserted
    assert not any(e.cameo != "016" and not e.negated for e in events), seen


@pytest.mark.parametrize("text", [
    "The Kenyan court denied him bail.",
    "The Kenyan court denied the opposition leader bail on Monday.",
])
def test_no_denial_without_a_clause(code, text):
    assert not any(e.cameo == "016" for e in code(text).events)


def test_insisted_that_he_resign_is_still_a_demand(code):
    events = code("The Kenyan opposition leader insisted that the minister resign.").events
    assert any(e.cameo.startswith("10") for e in events), [(e.cameo, e.trigger.text) for e in events]


def test_a_participle_restating_the_denial_is_the_same_denial(code):
    text = ("The Ugandan army on Monday denied that its soldiers had crossed into South Sudan, "
            "dismissing an accusation by Juba as baseless.")
    events = code(text).events
    denials = [e for e in events if e.cameo == "016"]
    assert len(denials) == 1 and denials[0].trigger.text == "denied", [(e.cameo, e.trigger.text) for e in events]
