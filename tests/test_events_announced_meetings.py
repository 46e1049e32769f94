"""A meeting or visit (CAMEO 04) that the news announces in its own voice ("will meet",
"is scheduled / set / due to visit") is coded as the act to come, not as an intent (036);
said by someone, under "would" or a word of readiness it stays an intent, and denied it is
a refusal (12). Invented sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _codes(code, text):
    return [e.cameo for e in code(text).events]


@pytest.mark.parametrize("text, root", [
    ("The Chilean president will meet the Peruvian foreign minister on Friday.", "04"),
    ("The Chilean president is scheduled to meet the Peruvian foreign minister on Friday.", "04"),
    ("The Kenyan foreign minister is due to visit Uganda next week.", "04"),
    ("Chile's foreign minister is set to hold talks with Bolivia's president on Monday.", "04"),
    ("The Portuguese prime minister is slated to visit Angola in May.", "04"),
    ("A Swiss envoy will mediate between Serbia and Kosovo next month.", "04"),
])
def test_announced_meeting_is_the_act(code, text, root):
    codes = _codes(code, text)
    assert codes and all(c[:2] == root and c != "036" for c in codes), codes


@pytest.mark.parametrize("text", [
    "The Chilean president said he would meet the Peruvian foreign minister.",
    "The Chilean president will meet the Peruvian foreign minister on Friday, officials said.",
    "Chile is ready to hold talks with Bolivia.",
])
def test_said_or_offered_meeting_stays_an_intent(code, text):
    assert _codes(code, text) == ["036"]


def test_announced_refusal_to_meet_stays_a_refusal(code):
    codes = _codes(code, "The Chilean president will not meet the Peruvian foreign minister.")
    assert codes and all(c[:2] == "12" for c in codes), codes


def test_headline_meeting_stays_an_intent_body_one_is_the_act(code):
    # a headline leaves out who says it: "will meet" there sums up what the body attributes
    text = ("Chilean president will meet Peruvian minister\n\n"
            "The Chilean president is due to visit Lima on Friday.\n")
    events = code(text).events
    assert [(e.sentence, e.cameo) for e in events] == [(0, "036"), (1, "042")]
