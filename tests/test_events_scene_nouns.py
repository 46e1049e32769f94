"""An event noun that sets the scene of another act ("amid", "despite", "after", "at") is
an act of its own when it names its author in a "from"/"by" phrase; the subject of the
clause it is the scene of faces it. All sentences invented."""

import pytest

from conftest import event_pairs as _pairs


@pytest.mark.parametrize("text, event", [
    ("Hungary vetoed the budget amid criticism from France.", ("111", "FRA", "HUN")),
    ("Hungary vetoed the budget despite appeals from Germany.", ("020", "DEU", "HUN")),
    ("Hungary vetoed the budget after condemnation from the European Union.", ("111", "IGOEEC", "HUN")),
])
def test_an_authored_scene_noun_is_faced_by_the_subject(text, event):
    assert event in _pairs(text)


def test_an_answered_complaint_from_someone_is_an_event():
    found = _pairs("Ghana's trade minister shot back at complaints from Nigeria's finance minister.")
    assert any(code[:2] == "11" and source == "NGAGOV" and target == "GHAGOV" for code, source, target in found)


@pytest.mark.parametrize("text", [
    "Hungary vetoed the budget amid criticism.",
    "Hungary vetoed the budget during talks in Brussels.",
    "The troops came home after the withdrawal from Syria.",
])
def test_a_scene_noun_without_an_author_stays_a_scene(text):
    assert not any(code[:2] in ("02", "11") for code, _, _ in _pairs(text))
