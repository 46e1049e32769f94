"""Event precision: one act coded once. A meeting, talks or a deal of two sides is one joint
act, one event, while a quarrel or a fight is each side's act against the other; a poll's
or a vote count's margin ("52 percent to 48 percent") reports a preference, no act. Each
next to the real event that must still code. Sentences written for these tests."""

import pytest

from eventdesk.pipeline import code_text

STORY = "Senator Ann Cole spoke in Washington on Monday. "


def _events(text):
    return [e for e in code_text(STORY + text, published="2016-05-05").events if e.sentence > 0]


def _pairs(text, root):
    return [(e.source.code[:3] if e.source else None, e.target.code[:3] if e.target else None)
            for e in _events(text) if e.cameo[:2] == root]


# ---------------------------------------------------------------- a joint act is one event

@pytest.mark.parametrize("text, root", [
    ("The foreign ministers of France and Germany met in Paris on Tuesday.", "04"),
    ("Chinese and Japanese officials held talks in Beijing on Tuesday.", "04"),
    ("Talks were held in Geneva between Iranian and Iraqi officials.", "04"),
    ("Kenya and Uganda signed a trade agreement on Tuesday.", "05"),
])
def test_a_joint_act_of_two_sides_is_one_event(text, root):
    pairs = _pairs(text, root)
    assert len(pairs) == 1
    assert pairs[0][0] != pairs[0][1] and None not in pairs[0]


def test_a_joint_act_of_three_sides_is_one_event_for_each_pair():
    pairs = _pairs("Egypt, Jordan and Israel met in Cairo on Tuesday.", "04")
    assert len(pairs) == 3
    assert len({frozenset(p) for p in pairs}) == 3


@pytest.mark.parametrize("text, root", [
    ("India and Pakistan traded accusations over the border attack.", "11"),
    ("Russian and Ukrainian troops fought near the town on Tuesday.", "19"),
])
def test_a_quarrel_or_a_fight_stays_an_event_each_way(text, root):
    pairs = _pairs(text, root)
    assert len(pairs) == 2
    assert {pairs[0], tuple(reversed(pairs[1]))} == {pairs[0]}


def test_a_meeting_with_a_named_host_keeps_its_one_direction():
    assert _pairs("The French president met the German chancellor in Paris on Tuesday.", "04") == [("FRA", "DEU")]


# ---------------------------------------------------------------- a poll's margin is no event

@pytest.mark.parametrize("text", [
    "In the survey, Democrats favored Senator Joe Pratt, 64 percent to 11 percent.",
    "Female voters preferred Governor Ray Dunn 51 percent to 24 percent.",
    "Rural voters backed Governor Ray Dunn by 60% to 35%.",
    "Officers favored Senator Joe Pratt 46 percent to 32 percent, while enlisted troops favored Governor Ray Dunn.",
])
def test_a_margin_of_two_shares_is_a_poll_result(text):
    assert not [e for e in _events(text) if e.cameo[:2] == "05"]


@pytest.mark.parametrize("text, code", [
    ("The teachers' union backed Governor Ray Dunn on Tuesday.", "051"),
    ("Voters backed Senator Joe Pratt 52 percent to 48 percent, and Senator Pratt thanked the teachers' union.", "051"),
    ("The government cut its aid to Egypt by 30 percent.", "16"),
])
def test_a_real_act_or_one_share_still_codes(text, code):
    assert any(e.cameo.startswith(code) for e in _events(text))


# ---------------------------------------------------------------- a politician's rallies among other campaign events

def test_a_politicians_rallies_among_conjoined_objects_are_campaigning():
    text = "Governor Ray Dunn is organizing fundraisers and rallies in Ohio, Iowa and Texas in the weeks ahead."
    assert not [e for e in _events(text) if e.cameo[:2] == "14"]


def test_a_crowds_rallies_among_conjoined_objects_stay_a_protest():
    text = "Opposition supporters held marches and rallies in Caracas against the government."
    assert [e for e in _events(text) if e.cameo[:2] == "14"]


# ---------------------------------------------------------------- a sum and what it is made of

@pytest.mark.parametrize("text", [
    "The senator said the governor has already received millions of dollars from Saudi Arabia.",
    "Japan gave Indonesia billions of dollars in loans last year.",
])
def test_a_sum_measured_in_a_currency_is_one_aid_event(text):
    aid = [e for e in _events(text) if e.cameo == "071"]
    assert len(aid) == 1, [(e.trigger.text, e.cameo) for e in aid]
