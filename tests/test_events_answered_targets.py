"""Whom a refusal, a climb-down or an apology that names no one is aimed at, on sentences
written for these tests, through the real pipeline: the side that just asked something of
the source, or (an apology) the one the source had just wronged; an appeal aimed at
someone else, a defiance of the law, and a refusal with an action of its own name no one."""

from __future__ import annotations

import pytest

from eventdesk.pipeline import code_text

pytestmark = pytest.mark.slow


def target_of(text: str, word: str) -> str | None:
    events = [e for e in code_text(text).events if word in e.trigger.text]
    assert events, word
    return events[0].target.code if events[0].target else None


def test_a_bare_refusal_answers_the_proposal_just_made():
    assert target_of("Obama proposed a ceasefire, but the Republicans refused.", "refused") == "USAGOV"


def test_a_refusal_answers_whoever_just_acted_on_the_refuser():
    text = "Russia offered to meet the Ukrainian leaders. Ukraine refused."
    assert target_of(text, "refused") == "RUS"


def test_a_climb_down_answers_the_demand_made_of_the_source():
    text = "Germany demanded that Poland change its law. Poland eventually backed down."
    assert target_of(text, "backed down") == "DEU"


def test_an_apology_is_owed_to_whom_the_source_wronged():
    text = "France criticized Italy on Monday. France apologized the next day."
    assert target_of(text, "apologized") == "ITA"


def test_an_appeal_to_someone_else_is_not_answered_by_a_bystander():
    assert target_of("Russia asked China for help. Iran refused.", "refused") is None


def test_a_refusal_naming_its_own_action_answers_no_one():
    text = "Germany met Poland on Monday. Poland refused to sign the budget."
    assert target_of(text, "refused") is None
