"""Event nouns and the verbs that carry them, beyond the ones the lexicon had: talking or eating
together with a named counterpart ("had a conversation / breakfast / dinner with X", "dined
with X": 040), criticism received through "caught"/"took" ("caught flak from X": 111 by X),
congratulations addressed to someone whatever carries them ("tweeted congratulations to X":
051), a quarrel with a named side ("his feud with X", "the row between X and Y": 111), and a
tweet or a post carrying an event noun as "voiced" does ("tweeted his support for X").
Their everyday uses stay out: a conversation or a dinner with no one named, a row of
soldiers, questions taken from reporters. Invented sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _events(code, text):
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in code(text).events]


@pytest.mark.parametrize("text, expected", [
    ("Emmanuel Macron had breakfast with Olaf Scholz in Paris.", ("040", "FRAGOV", "DEUGOV")),
    ("The French president had dinner with the German chancellor on Friday.", ("040", "FRAGOV", "DEUGOV")),
    ("Emmanuel Macron dined with Olaf Scholz in Berlin.", ("040", "FRAGOV", "DEUGOV")),
    ("The Spanish foreign ministry had several conversations with Moroccan officials about the border.",
     ("040", "ESPGOV", "MARGOV")),
    ("Emmanuel Macron caught flak from German officials over the plan.", ("111", "DEUGOV", "FRAGOV")),
    ("Emmanuel Macron took flak from German officials over the plan.", ("111", "DEUGOV", "FRAGOV")),
    ("Emmanuel Macron tweeted congratulations to Olaf Scholz.", ("051", "FRAGOV", "DEUGOV")),
    ("Emmanuel Macron's public feud with Olaf Scholz escalated.", ("111", "FRAGOV", "DEUGOV")),
])
def test_event_noun_is_coded(code, text, expected):
    assert expected in _events(code, text)


def test_row_between_two_sides_goes_each_way(code):
    events = _events(code, "The row between Poland and the European Commission deepened.")
    assert ("111", "POL", "IGOEEC") in events and ("111", "IGOEEC", "POL") in events


@pytest.mark.parametrize("text", [
    "Barack Obama called for a national conversation about race.",
    "The French president had dinner with his wife.",
    "Macron had coffee in Paris.",
    "The French soldiers stood in a row with their rifles.",
    "A feud over the family estate divided the brothers.",
    "Emmanuel Macron took questions from German reporters.",
])
def test_everyday_use_is_no_event(code, text):
    assert not [c for c, _s, _t in _events(code, text) if c.startswith(("04", "11"))]
