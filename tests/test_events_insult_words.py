"""Insulting nouns and adjectives of everyday English ("a jerk", "a loudmouth", "a scumbag",
"kooky", "wacky") judge the person they are said of: CAMEO 111 at "called Y a ..." and at
the verb of saying whose content applies them. Invented sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _judgments(code, text):
    return [(e.cameo, e.target.text if e.target else None) for e in code(text).events]


@pytest.mark.parametrize("text, target", [
    ("Governor Nadia Pryce called Senator Owen Blakely a jerk on Friday.", "Senator Owen Blakely"),
    ("Governor Nadia Pryce called Senator Owen Blakely a loudmouth and an egomaniac.", "Senator Owen Blakely"),
    ("Governor Nadia Pryce said Senator Owen Blakely was a scumbag.", "Senator Owen Blakely"),
    ("Governor Nadia Pryce said the plans of Senator Owen Blakely were kooky.", "Senator Owen Blakely"),
    ("Governor Nadia Pryce said Senator Owen Blakely was wacky.", "Senator Owen Blakely"),
])
def test_insult_word_is_criticism_of_the_person(code, text, target):
    assert ("111", target) in _judgments(code, text)
