"""A demand inside a refusal: "Kenya rejected a demand by Uganda to ..." codes the refusal
(12) and, when the demand noun names its author (by/from X, X's, an adjective of X), that
author's demand (10) made of the one who refuses it."""

import pytest

from conftest import event_pairs
from eventdesk.pipeline import code_text


def _pairs(text):
    return event_pairs(text, 2)


@pytest.mark.parametrize("text", [
    "Kenya rejected a demand by Uganda to withdraw its troops from the border.",
    "Kenya rejected Uganda's demand to withdraw its troops from the border.",
    "Kenya rejected Ugandan demands for compensation.",
    "Kenya dismissed a demand from Uganda for compensation.",
    "Kenya turned down a Ugandan demand for talks.",
    "Kenya rejected Uganda's ultimatum to withdraw its troops.",
])
def test_the_refused_demand_is_its_authors_demand(text):
    pairs = _pairs(text)
    assert ("12", "KEN", "UGA") in pairs
    assert ("10", "UGA", "KEN") in pairs


@pytest.mark.parametrize("text", [
    "Kenya rejected a demand to withdraw its troops.",  # no author named
    "Kenya rejected a request by Uganda for talks.",  # a request, not a demand
    "Kenya rejected a Ugandan proposal for talks.",
])
def test_only_an_authored_demand_is_coded(text):
    assert not any(code == "10" for code, _, _ in _pairs(text))


def test_the_refusal_keeps_its_own_trigger():
    events = code_text("Kenya rejected a demand by Uganda to withdraw its troops.", published="2015-05-05").events
    refusal = next(e for e in events if e.cameo.startswith("12"))
    demand = next(e for e in events if e.cameo.startswith("10"))
    assert "demand" not in refusal.trigger.text
    assert "demand" in demand.trigger.text


# ---------------------------------------------------------------- ruling out, failing: a refusal only of an event

def _roots(text):
    return [e.cameo[:2] for e in code_text(text, published="2016-03-01").events]


@pytest.mark.parametrize("text", [
    "Former Governor Mitch Daniels ruled out a run for the Senate on Monday.",
    "Senator Marco Rubio ruled out running for governor of Florida.",
    "The lawsuit says the Democratic National Committee failed to implement basic data security measures.",
])
def test_ruling_out_or_failing_at_no_event_is_no_refusal(text):
    assert "12" not in _roots(text), _roots(text)


@pytest.mark.parametrize("text", [
    "Prime Minister Benjamin Netanyahu ruled out talks with Hamas.",
    "Iran failed to implement the nuclear agreement, the French foreign minister said.",
    "Syria failed to comply with the UN resolution.",
])
def test_ruling_out_or_failing_at_an_event_or_an_obligation_stays_a_refusal(text):
    assert "12" in _roots(text), _roots(text)
