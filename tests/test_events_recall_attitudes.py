"""Recall on US political news, session 12: attitudes said with a predicate adjective ("was
critical of X"), liking and respecting a person, doubting aloud whether someone is fit, a
name-calling epithet in a quotation ("crooked X"), and candidates whose "for" phrase names
the office they seek, not an owner."""

import pytest

from eventdesk.pipeline import code_text


def _events(text):
    # actors compared by their first three letters: the country, else the sector
    return {(e.cameo[:3], e.source.code[:3] if e.source else None, e.target.code[:3] if e.target else None)
            for e in code_text(text, published="2016-05-05").events if not e.negated}


@pytest.mark.parametrize("text, event", [
    ("Senator Dan Ortiz was especially critical of President Barack Obama.", ("111", "USA", "USA")),
    ("Senator Dan Ortiz has been dismissive of President Barack Obama.", ("111", "USA", "USA")),
    ("Governor Ann Lowe has been supportive of President Barack Obama.", ("051", "GOV", "USA")),
    ("Governor Ann Lowe was complimentary about President Barack Obama's record.", ("051", "GOV", "USA")),
])
def test_an_attitude_toward_an_actor_in_a_predicate_adjective(text, event):
    assert event in _events(text)


@pytest.mark.parametrize("text", [
    "Senator Dan Ortiz said the vote was critical to President Barack Obama.",
    "Senator Dan Ortiz was not critical of President Barack Obama.",
    "Senator Dan Ortiz is in critical condition.",
])
def test_importance_a_condition_or_a_negated_attitude_is_no_criticism(text):
    assert not any(code == "111" for code, _, _ in _events(text))


@pytest.mark.parametrize("text, event", [
    ('"I liked President Barack Obama\'s passion and his style," Governor Ann Lowe said.', ("051", "GOV", "USA")),
    ("Governor Ann Lowe said she respects President Barack Obama.", ("051", "GOV", "USA")),
])
def test_liking_and_respecting_a_person_praise_him(text, event):
    assert event in _events(text)


def test_questioning_whether_someone_is_fit_criticizes_him():
    text = "Senator Dan Ortiz questioned whether President Barack Obama was fit for the office."
    assert ("111", "USA", "USA") in _events(text)
    assert not any(code == "111" for code, _, _ in _events(
        "Senator Dan Ortiz questioned whether the economy would recover."))


def test_a_name_calling_epithet_in_a_quotation_criticizes_the_person():
    text = ('"It has been a month since crooked Governor Ann Lowe held a press conference," '
            "Senator Dan Ortiz said.")
    assert ("111", "LEG", "GOV") in _events(text)
    assert not any(code == "111" for code, _, _ in _events(
        '"It has been a month since Governor Ann Lowe held a press conference," Senator Dan Ortiz said.'))
    # a noun that opens a stage name is part of the name, no epithet
    assert not any(code == "111" for code, _, _ in _events(
        'Dan Ortiz said his band and Brian Burton, known as Danger Mouse, wrote new songs.'))


def test_the_office_a_candidate_seeks_is_not_the_candidates_sector():
    events = code_text("The leading Republican candidates for president criticized President Barack Obama.",
                       published="2016-05-05").events
    criticism = [e for e in events if e.cameo == "111"]
    assert criticism and criticism[0].source.sectors == ["OPP"] and criticism[0].target.sectors == ["GOV"]


def test_investigators_interviewing_someone_investigate_a_reporter_does_not():
    assert ("090", "USA", "USA") in _events("Hillary Clinton was interviewed by the FBI on Saturday.")
    assert ("090", "USA", "USA") in _events("FBI agents will interview Hillary Clinton next week.")
    assert not any(code == "090" for code, _, _ in _events("CNN interviewed Hillary Clinton on Saturday."))
