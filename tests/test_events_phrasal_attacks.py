"""Phrasal verbs of a verbal attack on someone, like "lay into", "tee off on" and "rip into":
"unloaded on Y", "dumped on Y", "unleashed on Y" criticize Y (111). With an object of their
own ("unloaded the crates on the pier", "dumped snow on the city") they are no event.
Invented sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _events(code, text):
    return [(e.cameo, e.target.text if e.target else None) for e in code(text).events]


@pytest.mark.parametrize("attack, plain", [
    ("Governor Nadia Pryce unloaded on Senator Owen Blakely at the debate.",
     "Dock workers unloaded the crates on the pier."),
    ("Governor Nadia Pryce dumped on Senator Owen Blakely in an interview.",
     "The storm dumped snow on Denver."),
    ("Governor Nadia Pryce unleashed on Senator Owen Blakely on Friday.",
     "Governor Nadia Pryce unleashed a new budget on Friday."),
])
def test_phrasal_attack_is_criticism_of_its_object(code, attack, plain):
    assert ("111", "Senator Owen Blakely") in _events(code, attack)
    assert "111" not in [c for c, _ in _events(code, plain)]
