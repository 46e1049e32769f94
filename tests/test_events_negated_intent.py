"""An acceptance or intent (03) that the sentence denies is the refusal of that cooperation
(12): "did not accept the invitation" rejects a meeting (125). Invented sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _codes(code, text):
    return [e.cameo for e in code(text).events]


@pytest.mark.parametrize("text", [
    "Chancellor Angela Merkel did not accept the invitation from President Vladimir Putin.",
    "Prime Minister Justin Trudeau is not accepting an invitation sent by President Xi Jinping.",
])
def test_negated_acceptance_is_a_refusal(code, text):
    assert _codes(code, text) == ["125"]


def test_acceptance_stays_an_intent(code):
    text = "Chancellor Angela Merkel accepted the invitation from President Vladimir Putin."
    assert _codes(code, text) == ["036"]
