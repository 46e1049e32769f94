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


def test_a_name_before_a_bare_noun_may_still_be_the_person():
    # only an article before the name makes it describe a thing ("the Trump meeting")
    text = "Putin rallies drew big crowds on Sunday. He praised China."
    assert sides(text, "praised") == [("RUSGOV", "CHN")]


def test_it_after_plural_things_takes_up_a_state_named_before_them():
    text = ("Although the senator says he loves Japan and people from Japan love him, he also "
            "accuses it of stealing American jobs.")
    assert [t for _, t in sides(text, "accuses")] == ["JPN"]


def test_it_after_plural_things_takes_up_no_body_named_before_them():
    text = ("The Brookings Institution notes the credit is largely for new workers, with a small "
            "share of Canadians receiving it.")
    assert sides(text, "receiving") == []
