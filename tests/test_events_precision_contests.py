"""Event precision on campaign and poll prose: words of force, retreat and asking that a
race uses for its own moves ("beat Trump by five points", "pulled within four points",
"seeking the nomination", "seeking to win"), each next to the real event that must still
code. Sentences written for these tests."""

import pytest

from eventdesk.pipeline import code_text


def _events(text):
    return code_text(text, published="2016-05-05").events


def _roots(text):
    return {e.cameo[:2] for e in _events(text)}


# ---------------------------------------------------------------- a race won is no beating

@pytest.mark.parametrize("text", [
    "A new survey shows Senator Warren beating Governor Kasich 46 to 41 percent.",
    "Governor Kasich would beat Senator Warren by six points, the poll found.",
    "Senator Cruz beat a crowded field of Republican rivals in Iowa.",
    "The Republican Party beat the Democrats in the Senate races.",
])
def test_beating_a_rival_in_a_race_is_no_assault(text):
    assert not _roots(text) & {"18", "19", "20"}


@pytest.mark.parametrize("text", [
    "Police beat the protesters outside the parliament.",
    "Soldiers beat a journalist at the checkpoint.",
    "Supporters of Trump beat up a protester at the rally.",
])
def test_beating_by_the_armed_or_a_crowd_is_still_an_assault(text):
    assert _roots(text) & {"17", "18"}


# ---------------------------------------------------------------- closing in on a rival

@pytest.mark.parametrize("text", [
    "Governor Kasich has pulled within four points of Senator Warren in Ohio.",
    "The latest polls show the senator pulling within two percentage points of the governor.",
])
def test_pulling_within_points_is_no_retreat(text):
    assert "08" not in _roots(text)


def test_pulling_troops_out_is_still_a_retreat():
    assert "08" in _roots("Russia pulled its troops out of the town on Monday.")


# ---------------------------------------------------------------- seeking is asking only for what another gives

@pytest.mark.parametrize("text", [
    "All the Republicans seeking the nomination met in Des Moines for the debate.",
    "Governor Kasich, who is seeking the presidency, spoke in Ohio.",
    "Three moderates seeking a breakout performance took the stage.",
    "Small savers will seek to stay ahead of rising prices.",
])
def test_seeking_office_or_trying_is_no_appeal(text):
    assert "02" not in _roots(text)


@pytest.mark.parametrize("text", [
    "Iran sought help from Russia after the earthquake.",
    "The opposition sought a recount of the votes.",
    "Ukraine sought more weapons from Germany.",
])
def test_seeking_what_another_gives_is_still_an_appeal(text):
    assert "02" in _roots(text)


# ---------------------------------------------------------------- failing to win is a loss, not a refusal

@pytest.mark.parametrize("text", [
    "Senator Rubio and Governor Kasich failed to win any states on Tuesday.",
    "The senator failed to qualify for the main debate.",
])
def test_failing_to_win_is_no_rejection(text):
    assert "12" not in _roots(text)


@pytest.mark.parametrize("text", [
    "Iran failed to comply with the UN resolution.",
    "Serbia and Kosovo failed to reach agreement on the border posts.",
])
def test_failing_an_obligation_or_a_deal_is_still_a_rejection(text):
    assert "12" in _roots(text)


# ---------------------------------------------------------------- "Should X win ..." is a condition

def test_should_before_its_subject_is_a_condition_not_a_demand():
    text = "Senator Warren writes: \u201cShould Lowe carry Ohio and Ortiz carry Texas, nobody will come close to a majority.\u201d"
    assert "10" not in _roots(text)


def test_saying_someone_should_act_is_still_a_demand():
    assert "10" in _roots("Senator Warren said President Barack Obama should publish his travel expenses.")


# ---------------------------------------------------------------- a step is a reform only when it says so

@pytest.mark.parametrize("text", [
    "The town took a step away from its quarrels toward a calmer season.",
    "The club announced a further step it would take to help its members.",
    "The governor never had to take any steps to keep her licence.",
])
def test_taking_a_step_is_no_reform(text):
    assert "08" not in _roots(text) and "03" not in _roots(text)


@pytest.mark.parametrize("text", [
    "The government took steps toward democracy after the protests.",
    "The king took political measures to calm the protesters.",
])
def test_steps_of_reform_are_still_a_concession(text):
    assert "08" in _roots(text)
