"""Targets through references and modifiers (issue 8), on sentences written for these tests,
through the real pipeline: a pronoun takes up a phrase, not a name describing a thing
("the Trump meeting"); "it" takes up no plural noun."""

from __future__ import annotations

import pytest

from eventdesk.pipeline import code_text

pytestmark = pytest.mark.slow


def sides(text: str, word: str) -> list[tuple[str | None, str | None]]:
    record = code_text(text)
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in record.events if word in e.trigger.text]


# --- a pronoun takes up a phrase, not a modifier -------------------------------------------


def test_he_does_not_take_up_a_name_describing_a_meeting():
    text = ("Netanyahu said he would go ahead with the Trump meeting, although he tweeted that he "
            "rejects Donald Trump's latest comments about Muslims.")
    assert sides(text, "rejects") == [("ISRGOV", "USAGOV")]


def test_it_does_not_take_up_a_plural_noun():
    text = ("He called for a halt to Muslims entering the country. It was a great honor to win "
            "praise from the Russian president, he said.")
    assert [t for _, t in sides(text, "praise")] == [None]


@pytest.mark.parametrize("text, target", [
    ("The United Nations sent envoys. The senator praised it.", "IGOUNO"),
    ("The United States sent envoys. The senator praised it.", "USA"),
])
def test_it_still_takes_up_a_plural_name_of_one_state_or_body(text, target):
    assert [t for _, t in sides(text, "praised")] == [target]
