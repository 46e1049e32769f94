"""Event nouns and the verbs that carry them, beyond the ones the lexicon had: talking or eating
together with a named counterpart ("had a conversation / breakfast / dinner with X", "dined
with X": 040), criticism received through "caught" ("caught flak from X": 111 by X),
a quarrel with a named side ("his feud with X", "the row between X and Y": 111), a
clash, a skirmish or fighting with or between named sides (190, one each way), and an act
with its own author that a clause happens "under" ("under Kenya's mediation", "under
Russia's occupation"). Their everyday uses stay out: a conversation or a dinner with no one
named, a row of soldiers, questions taken from reporters, "under the agreement". Invented
sentences."""

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


@pytest.mark.parametrize("text, sides", [
    ("An inquiry into a clash between Turkish soldiers and Syrian gunmen began on Tuesday.", ("TURMIL", "SYRUAF")),
    ("A clash between Indian and Chinese troops left twenty dead.", ("INDMIL", "CHNMIL")),
])
def test_clash_between_sides_goes_each_way(code, text, sides):
    events = _events(code, text)
    a, b = sides
    assert ("190", a, b) in events and ("190", b, a) in events



@pytest.mark.parametrize("text, expected", [
    ("Ethiopia and Eritrea met in Nairobi under Kenya's mediation.", ("045", "KEN", None)),
    ("The town has been under Russia's occupation since 2014.", ("192", "RUS", None)),
])
def test_act_with_its_own_author_under_which_the_clause_happens(code, text, expected):
    assert expected in _events(code, text)


def test_under_an_authorless_noun_sets_the_scene(code):
    codes = [c for c, _s, _t in _events(code, "Ethiopia and Eritrea met in Nairobi under the agreement.")]
    assert not [c for c in codes if c.startswith("05")]
