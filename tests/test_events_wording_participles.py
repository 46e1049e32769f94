"""A participle of saying, claiming or asking set off by a comma after a verb coded as an act
words that act (issue #8, trigger choice): "sued X, claiming ...", "attacked X, calling him
Y" are one event, at the main verb (events/subordinate.py, words: wording_participle). A
participle of another act ("chiding", "accusing") stays an event of its own, and so does the
participle when the main verb carries no event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import actor_country

pytestmark = pytest.mark.slow


def _codes(code, text):
    return [(e.cameo, actor_country(e.source), e.trigger.text) for e in code(text).events]


@pytest.mark.parametrize("text,main", [
    ("The Peruvian senator launched a fierce attack on the Bolivian president, calling him a coward.", "attack"),
    ("The Chilean navy seized two Peruvian trawlers, claiming they had crossed the line.", "seized"),
    ("The Danish police arrested the Swedish activist, saying he had lied to the court.", "arrested"),
])
def test_the_wording_is_no_event_of_its_own(code, text, main):
    seen = _codes(code, text)
    assert any(main in t for _, _, t in seen), seen
    assert len(seen) == 1, seen


def test_a_participle_of_another_act_stays(code):
    seen = _codes(code, "Norway expelled the Danish envoy, accusing him of spying.")
    assert len(seen) == 2, seen


def test_the_participle_stays_when_the_main_verb_is_no_event(code):
    seen = _codes(code, "The Danish minister stood at the lectern for an hour, calling the Swedish envoy a liar.")
    assert any(c == "111" for c, _, _ in seen), seen
