"""A cue that reports through a statement, letter or call its speaker issued starts at the
verb of issuing, as news annotators draw it (statements/occasions.py). Each sentence is
our own."""

from __future__ import annotations

import pytest

from conftest import statement_triples as _triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The union issued a statement Tuesday saying the strike would go on.", "issued a statement Tuesday saying"),
        ("The mayor put out a statement saying she would resign.", "put out a statement saying"),
        ("The senator sent a text message to supporters asking them to vote.", "sent a text message to supporters asking"),
        ("The governor held a conference call to defend the budget.", "held a conference call to defend"),
    ],
)
def test_a_cue_through_an_issued_statement_starts_at_the_verb_of_issuing(text, cue):
    assert cue in [c for _, c, _ in _triples(text)]
