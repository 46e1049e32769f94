"""A refusal or attempt takes in the verb of saying it governs (statements/infinitives.py):
"declined to discuss | the merger", while a verb of doing stays in the content. Each
sentence is our own."""

from __future__ import annotations

import pytest

from conftest import statement_triples as _triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The bank declined to discuss the merger with the brewery.", "declined to discuss", "the merger with the brewery"),
        ("The coach refused to say who would start in goal.", "refused to say", "who would start in goal"),
        ("The mayor sought to clarify her remarks about the harbor.", "sought to clarify", "her remarks about the harbor"),
        ("The airline declined to comment on the strike by its pilots.", "declined to comment on", "the strike by its pilots"),
    ],
)
def test_a_refusal_or_attempt_takes_in_its_verb_of_saying(text, cue, content):
    found = [(c, t) for _, c, t in _triples(text)]
    assert (cue, content) in found


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The farmers refused to sell their land to the mine.", "refused", "to sell their land to the mine"),
        ("The airline declined to comment.", "declined", "to comment"),
    ],
)
def test_a_verb_of_doing_or_a_bare_verb_stays_in_the_content(text, cue, content):
    found = [(c, t) for _, c, t in _triples(text)]
    assert (cue, content) in found


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
