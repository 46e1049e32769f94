"""A call received from someone is a conversation by telephone (CAMEO 041) made by the
caller to the one who receives it; a call from someone that says what it asks for ("to
resign", "for talks") stays an appeal."""

import pytest

from conftest import event_pairs


@pytest.mark.parametrize("text", [
    "The Kenyan president received a call from the French president on Monday.",
    "The Kenyan president received a phone call from the French president on Monday.",
    "The Kenyan president got a telephone call from the French president.",
])
def test_a_call_received_is_the_callers_conversation(text):
    pairs = event_pairs(text)
    assert ("041", "FRAGOV", "KENGOV") in pairs
    assert not any(code[:2] == "02" for code, _, _ in pairs)


@pytest.mark.parametrize("text", [
    "The Kenyan president received calls from the French president to resign.",
    "The Kenyan president received a call from the French president for talks.",
])
def test_a_call_that_asks_for_something_stays_an_appeal(text):
    pairs = event_pairs(text)
    assert not any(code == "041" for code, _, _ in pairs)
    assert any(code[:2] == "02" for code, _, _ in pairs)
