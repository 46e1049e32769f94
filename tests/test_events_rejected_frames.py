"""Frames the lexicon has but that lost a side (issue 8, event recall), on sentences written
for these tests, through the real pipeline: a preposition conjoined to the one the entry
names ("apologized to the families and to the mayor") brings its own counterpart."""

from __future__ import annotations

import pytest

from eventdesk.pipeline import code_text

pytestmark = pytest.mark.slow


def targets(record, word: str) -> set[str | None]:
    return {e.target.code if e.target else None for e in record.events if word in e.trigger.text}


def test_a_second_to_phrase_names_whom_an_apology_is_made_to():
    record = code_text("The Japanese ambassador apologized to the victims' relatives and to the South Korean "
                       "foreign minister for the remarks on Tuesday.")
    assert any(t and t.startswith("KOR") for t in targets(record, "apologized"))


def test_each_with_phrase_of_a_meeting_is_a_counterpart():
    record = code_text("The Turkish foreign minister met with the Saudi king and with the emir of Qatar "
                       "in Riyadh on Sunday.")
    found = targets(record, "met")
    assert any(t and t.startswith("SAU") for t in found) and any(t and t.startswith("QAT") for t in found)
