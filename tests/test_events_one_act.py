"""Events that are not separate acts (session 17, issue 8): one act on a pair of targets
of the same kind is one event, not two; named persons and different kinds stay apart."""

import pytest

from eventdesk.pipeline import code_text

STORY = "WASHINGTON (AP) — Republicans in Congress met President Barack Obama on Tuesday.\n\n"


def _events(text):
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.trigger.text)
            for e in code_text(STORY + text, published="2016-03-01").events
            if e.trigger.start >= len(STORY)]


@pytest.mark.parametrize("text, code", [
    ("Senator Pratt criticized Walmart and Exxon on Monday.", "111"),
    ("The mayor thanked the police officers and the firefighters of the city.", "051"),
    ("Governor Dunn accused the senator and the congressman of lying.", "112"),
    ("The president welcomed the migrants and the refugees from Syria.", "0"),
])
def test_one_act_on_a_pair_of_one_kind_is_one_event(text, code):
    found = [f for f in _events(text) if f[0].startswith(code)]
    assert len(found) == 1, found


def test_two_named_persons_stay_two_events():
    found = [f for f in _events("Governor Ray Dunn criticized Senator Joe Pratt and Senator Ann Hale on Monday.")
             if f[0].startswith("111")]
    assert len(found) == 2, found


def test_a_pair_of_different_kinds_stays_two_events():
    found = [f for f in _events("Senator Pratt criticized France and Germany on Monday.") if f[0].startswith("111")]
    assert len(found) == 2, found
