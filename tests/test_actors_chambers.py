"""Actor resolution (issue 8) on sentences written for these tests: a committee of a
legislature's chamber is the legislature's whatever its subject word ("the House
Judiciary Committee" is LEG, not JUD)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def mentions(nlp, resolver, text):
    return resolver.mentions(nlp(text))


def codes_with(actors, text):
    return [a.code for a in actors if text in a.text]


@pytest.mark.parametrize(
    "sentence, phrase",
    [
        ("The House Judiciary Committee summoned the banker on Tuesday.", "Judiciary Committee"),
        ("The Senate Intelligence Committee questioned the general.", "Intelligence Committee"),
        ("The Duma Defence Committee approved the bill.", "Defence Committee"),
        ("The Knesset Finance Committee rejected the budget.", "Finance Committee"),
    ],
)
def test_committees_of_a_chamber_are_the_legislature(nlp, resolver, sentence, phrase):
    codes = codes_with(mentions(nlp, resolver, sentence), phrase)
    assert codes and all(code.endswith("LEG") for code in codes), codes


def test_house_arrest_is_no_chamber(nlp, resolver):
    actors = mentions(nlp, resolver, "A judge ordered the banker held under house arrest.")
    assert not any("LEG" in a.code for a in actors)
