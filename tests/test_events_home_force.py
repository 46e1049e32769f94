"""A show of force at home (issue 8, places as targets), on sentences written for these
tests: a state's forces sent or deployed to a place of their own country act there, on no
target; sent abroad, the other country is still the target."""

from __future__ import annotations

import pytest

from eventdesk.pipeline import code_text

pytestmark = pytest.mark.slow


def targets(text: str, word: str) -> list[str | None]:
    record = code_text(text)
    return [e.target.code if e.target else None for e in record.events if word in e.trigger.text]


@pytest.mark.parametrize(
    "sentence",
    [
        "Canadian police sent hundreds of extra officers to Ottawa on Friday.",
        "The Peruvian government deployed riot police to Lima after the vote.",
    ],
)
def test_police_sent_to_a_home_city_have_no_target(sentence):
    found = targets(sentence, "sent") + targets(sentence, "deployed")
    assert found and all(code is None for code in found), found


def test_police_sent_abroad_keep_the_other_country():
    found = targets("Chile sent police officers to Haiti on Monday.", "sent")
    assert found and all(code and code.startswith("HTI") for code in found), found
