"""Speaking or thinking of someone with an adverb that judges them: "spoke highly of Y",
"thinks warmly of Y" praise Y (051); "spoke disparagingly of Y", "wrote scathingly about Y"
criticize Y (111) -- CAMEO 051 and 111 by the manner of the words, with no verb of praise
or criticism. Other adverbs, and speaking of something without one, stay out. Invented
sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _events(code, text):
    return [(e.cameo, e.target.text if e.target else None) for e in code(text).events]


@pytest.mark.parametrize("text, cameo, target", [
    ("Chancellor Olaf Scholz spoke highly of Prime Minister Mark Rutte on Thursday.", "051", "Prime Minister Mark Rutte"),
    ("Emmanuel Macron has always thought highly of Pedro Sanchez.", "051", "Pedro Sanchez"),
    ("The Dutch premier spoke warmly about Emmanuel Macron at the summit.", "051", "Emmanuel Macron"),
    ("Viktor Orban spoke disparagingly of Ursula von der Leyen in a radio interview.", "111", "Ursula von der Leyen"),
    ("Recep Tayyip Erdogan wrote scathingly about Emmanuel Macron in a newspaper column.", "111", "Emmanuel Macron"),
])
def test_judging_adverb_codes_praise_or_criticism(code, text, cameo, target):
    assert (cameo, target) in _events(code, text)


@pytest.mark.parametrize("judged, plain", [
    ("Olaf Scholz spoke highly of Mark Rutte before the vote.",
     "Olaf Scholz spoke briefly of Mark Rutte before the vote."),
    ("Olaf Scholz spoke disparagingly about the budget plan of Mark Rutte.",
     "Olaf Scholz spoke at length about the budget plan of Mark Rutte."),
])
def test_only_a_judging_adverb_makes_the_event(code, judged, plain):
    assert {c for c, _ in _events(code, judged)} & {"051", "111"}
    assert not {c for c, _ in _events(code, plain)} & {"051", "111"}
