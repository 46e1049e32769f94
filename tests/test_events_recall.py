"""Praise, support and criticism in the words of political reporting that the coder used to
miss: received ("received endorsements from X", "drew the ire of X", "was the target of
attacks from X"), answered ("rejected criticism from X"), given ("gave X the nod"), traded
("traded barbs"), and labels the word lists judge ("called Trump a 'blowhard'")."""

import pytest

from eventdesk.pipeline import code_text


def _events(text):
    # actors compared by their first three letters: the country, else the sector
    return {(e.cameo[:3], e.source.code[:3] if e.source else None, e.target.code[:3] if e.target else None)
            for e in code_text(text, published="2016-05-05").events}


@pytest.mark.parametrize("text, event", [
    ("Governor Ann Lowe received endorsements from President Barack Obama.", ("051", "USA", "GOV")),
    ("Senator Dan Ortiz has racked up endorsements from President Barack Obama.", ("051", "USA", "USA")),
    ("Hillary Clinton drew the ire of Republican lawmakers.", ("111", "USA", "USA")),
    ("Donald Trump was the target of criticism from Senate Democrats.", ("111", "USA", "USA")),
    ("Senator Dan Ortiz rejected criticism from Donald Trump.", ("111", "USA", "USA")),
    ("China rebuffed American criticism of its steel exports.", ("111", "USA", "CHN")),
])
def test_what_is_received_or_answered_names_its_giver(text, event):
    assert event in _events(text)


def test_a_received_endorsement_is_no_visit():
    assert not any(code == "043" for code, _, _ in _events(
        "Governor Ann Lowe received endorsements from President Barack Obama."))


def test_an_answer_takes_only_a_criticism_from_its_object():
    assert _events("Senator Dan Ortiz brushed off talk of a meeting with Donald Trump.") == set()


@pytest.mark.parametrize("text, event", [
    ("Two unions gave Hillary Clinton the nod on Friday.", ("051", "USA", "USA")),
    ("Senator Dan Ortiz announced his support for Donald Trump.", ("051", "USA", "USA")),
    # a Secretary of State with no country of his own is the United States' (title_countries.tsv)
    ("Secretary of State Jon Hale applauded the ruling.", ("051", "USA", None)),
    ("The administration slapped a 35% duty on Chinese tires.", ("163", "GOV", "CHN")),
])
def test_support_given_and_duties_imposed(text, event):
    assert event in _events(text)


def test_barbs_traded_are_criticism_both_ways():
    events = _events("Donald Trump and Hillary Clinton traded barbs about the economy.")
    assert ("111", "USA", "USA") in events
    assert not any(code == "061" for code, _, _ in events)


@pytest.mark.parametrize("text, code", [
    ('Senator Dan Ortiz called Donald Trump a "blowhard."', "111"),
    ("Senator Dan Ortiz called Donald Trump's remarks outrageous.", "111"),
    ("Senator Dan Ortiz called Donald Trump a terrific leader.", "051"),
])
def test_labels_judge_their_object(text, code):
    events = _events(text)
    assert any(c == code for c, _, _ in events)
    assert not any(c == "041" for c, _, _ in events)


@pytest.mark.parametrize("text", [
    "Senator Marco Rubio said it was great to be home.",
    "Senator Dan Ortiz called Governor Ann Lowe a \"special person.\"",
])
def test_no_judgment_of_a_thing_and_no_call_for_an_unjudged_label(text):
    assert not any(code in ("051", "111", "041") for code, _, _ in _events(text))


@pytest.mark.parametrize("text, event", [
    ("Senator Dan Ortiz launched a tirade against Donald Trump.", ("111", "USA", "USA")),
    ("China's finance minister sniped at Washington on Monday.", ("111", "CHN", "USA")),
    ("A report published by Amnesty International accused Syria of torture.", ("112", "NGO", "SYR")),
    ("Mayor Bill de Blasio, speaking on the radio, called Donald Trump a “blowhard.”", ("111", "GOV", "USA")),
])
def test_criticism_in_other_shapes(text, event):
    assert event in _events(text)


@pytest.mark.parametrize("text, event", [
    ("Senator Lindsey Graham lined up behind Donald Trump.", ("051", "USA", "USA")),
    ("Senator Lindsey Graham came out for Donald Trump.", ("051", "USA", "USA")),
    ("Senator Lindsey Graham spoke out against Donald Trump.", ("111", "USA", "USA")),
    ("Donald Trump drew fire from Senator Lindsey Graham.", ("111", "USA", "USA")),
])
def test_support_and_criticism_in_phrasal_and_nominal_shapes(text, event):
    assert event in _events(text)


def test_uniting_others_behind_a_candidate_rallies_support():
    events = _events("President Barack Obama worked to unite the party behind Hillary Clinton.")
    assert ("053", "USA", "USA") in events


@pytest.mark.parametrize("text", [
    '"He is dangerous," Senator Dan Ortiz said of Donald Trump.',
    'Senator Dan Ortiz said of Donald Trump: "He is a fraud."',
])
def test_a_judgment_said_of_someone_is_about_them(text):
    assert ("111", "USA", "USA") in _events(text)
