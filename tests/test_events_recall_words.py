"""Praise and criticism in words the lexicon used to lack (session 8, recall on real news):
verbs of admiring, touting, cheering on, taunting, mocking and ganging up on a person, and
praise or blame an actor expresses, tweets, posts or "has for" another."""

import pytest

from eventdesk.pipeline import code_text


def _events(text):
    # actors compared by their first three letters: the country, else the sector
    return {(e.cameo[:3], e.source.code[:3] if e.source else None, e.target.code[:3] if e.target else None)
            for e in code_text(text, published="2016-05-05").events if not e.negated}


@pytest.mark.parametrize("text, event", [
    ("Senator Dan Ortiz admires President Barack Obama.", ("051", "USA", "USA")),
    ("Governor Ann Lowe touted President Barack Obama as the best candidate.", ("051", "GOV", "USA")),
    ("Asian governments cheered on Germany's spending plan.", ("051", "GOV", "DEU")),
    ("Senator Dan Ortiz has taunted President Barack Obama for losing.", ("111", "USA", "USA")),
    ("Some Republicans are trying to embarrass President Barack Obama.", ("111", "USA", "USA")),
    ("Republicans piled on President Barack Obama after the speech.", ("111", "USA", "USA")),
    ("The senators ganged up on President Barack Obama.", ("111", "USA", "USA")),
    ("Senator Dan Ortiz said he loves President Barack Obama.", ("051", "USA", "USA")),
    ("Senate Democrats rallied behind President Barack Obama.", ("051", "USA", "USA")),
])
def test_verbs_of_admiring_and_taunting_a_person(text, event):
    assert event in _events(text)


@pytest.mark.parametrize("text", [
    "Senator Dan Ortiz liked the food at the convention.",
    "Governor Ann Lowe would like to see the plan passed.",
    "Governor Ann Lowe does not like President Barack Obama.",
    "Governor Ann Lowe would love to see the plan passed.",
    "Senator Dan Ortiz loves his job.",
])
def test_liking_a_thing_or_a_wish_is_no_praise(text):
    assert not any(code == "051" for code, _, _ in _events(text))


@pytest.mark.parametrize("text, event", [
    ("Senator Dan Ortiz tweeted his approval of President Barack Obama's decision.", ("051", "USA", "USA")),
    ("Governor Ann Lowe tweeted her appreciation to President Barack Obama.", ("051", "GOV", "USA")),
    ("The reporter posted criticisms of President Barack Obama.", ("111", "USA", "USA")),
    ("Senator Dan Ortiz also had praise for President Barack Obama.", ("051", "USA", "USA")),
    ("Senator Dan Ortiz had harsh words for President Barack Obama.", ("111", "USA", "USA")),
    ("Senator Dan Ortiz voiced his distaste for President Barack Obama.", ("110", "USA", "USA")),
])
def test_praise_and_blame_expressed_or_posted(text, event):
    assert event in _events(text)


def test_an_attitude_in_a_poll_is_no_event():
    # the voters' dislike is a state of mind a poll measures, not something they did
    text = "The poll found that Republican voters' dislike for President Barack Obama is strong."
    assert not any(code[:2] == "11" for code, _, _ in _events(text))


@pytest.mark.parametrize("text, event", [
    ("President Barack Obama set records. Senator Ortiz's campaign has criticized him for his silence.",
     ("111", "USA", "USA")),
    ("Justice Maria Alvarez insulted President Barack Obama. Obama called on her to resign.", ("024", "USA", "USA")),
])
def test_an_object_pronoun_is_not_its_own_clause_subject(text, event):
    # "him" is Obama, not Ortiz: a pronoun object never stands for its own subject
    assert event in _events(text)


@pytest.mark.parametrize("text, event", [
    # the doer of a gerund of time is the passive's subject
    ("Reporter Nina Hall was fired last month after mocking Senate Republicans.", ("111", "USA", "USA")),
    # politicians who clash disagree; they do not fight
    ("Senator Dan Ortiz clashed with Governor Ann Lowe over the budget.", ("110", "LEG", "GOV")),
])
def test_gerunds_participles_and_clashes(text, event):
    assert event in _events(text)


def test_a_bare_participle_after_a_passive_is_the_agents():
    # "killing" is the militiamen's, not the camp's
    events = _events("A camp for Sudanese refugees was attacked by Chadian militiamen, killing 40 people.")
    assert not any(source == "SDN" for _, source, _ in events)


@pytest.mark.parametrize("text", [
    # spaCy gives "lambasted" the lemma "lambast", not the dictionary form "lambaste"
    "Senator Dan Ortiz lambasted President Barack Obama for the delay.",
    "Senator Dan Ortiz has scorned President Barack Obama for years.",
])
def test_criticism_verbs_under_the_lemma_the_parser_gives(text):
    assert ("111", "USA", "USA") in _events(text)


def test_a_committee_interviewing_someone_investigates_him():
    assert ("090", "USA", "USA") in _events("The Senate committee interviewed Hillary Clinton on Tuesday.")
    assert not any(code == "090" for code, _, _ in _events("A radio host interviewed Hillary Clinton on Tuesday."))
