"""The plural of a country's demonym names its people, on sentences written for these tests:
a demonym in "-man" is a compound of "man" only when its stem is the country's adjective
("Frenchmen", "Irishmen"), so "Germans" are Germany's people, not the German ethnic group."""

from __future__ import annotations

import pytest

from eventdesk.actors.spelling import demonym_plural
from eventdesk.pipeline import code_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("people, country", [
    ("Germans", "DEU"), ("East Germans", "DDR"), ("Frenchmen", "FRA"), ("Irishmen", "IRL"), ("Dutchmen", "NLD"),
])
def test_a_demonym_plural_names_the_country(people, country):
    record = code_text(f"Thousands of {people} protested against the trade deal on Monday.")
    assert {e.source.country for e in record.events if e.source} == {country}


def test_a_word_in_man_is_a_compound_only_after_the_adjective():
    assert demonym_plural("German", ["German"]) == "Germans"
    assert demonym_plural("Frenchwoman", ["French"]) == "Frenchwomen"
