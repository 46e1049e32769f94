"""An appeal to vote for or against someone rallies support (053) or opposition (113) on
that one's behalf; a vote itself is a ballot, no event. Invented sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _codes(code, text):
    return [e.cameo for e in code(text).events]


@pytest.mark.parametrize("text, cameo", [
    ("Senator Mitch McConnell urged Republicans to vote for Donald Trump.", "053"),
    ("The Democratic Party urged voters to vote against Senator Ted Cruz.", "113"),
])
def test_votes_and_appeals_to_vote(code, text, cameo):
    codes = _codes(code, text)
    assert cameo in codes, codes


@pytest.mark.parametrize("text", [
    "Senator Bernie Sanders voted for Hillary Clinton.",
    "The Senate voted for the bill on Tuesday.",
])
def test_a_vote_itself_is_no_event(code, text):
    assert _codes(code, text) == []
