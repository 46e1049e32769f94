"""Event nouns whose actors stand outside the noun's possessor: the subject of a verb of
receiving ("enjoys the support of X"), of a light verb ("arranged a meeting with X",
"flung accusations at X"), of a relative clause of giving ("the support X gave Y"), and a
"from" agent the parser hung on what the event is about ("criticism for the move from X").
All sentences invented."""

import pytest

from eventdesk.pipeline import code_text


def _pairs(text):
    return {(e.cameo[:3], e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code_text(text, published="2015-05-05").events}


@pytest.mark.parametrize("text, event", [
    ("Merkel enjoys the support of Putin.", ("051", "RUSGOV", "DEUGOV")),
    ("Merkel gained the support of France.", ("051", "FRA", "DEUGOV")),
    ("Merkel secured the backing of France.", ("051", "FRA", "DEUGOV")),
    ("Germany weathered criticism from France.", ("111", "FRA", "DEU")),
    ("Iran withstood condemnation from the European Union.", ("111", "IGOEEC", "IRN")),
])
def test_the_subject_of_a_verb_of_receiving_is_the_target(text, event):
    assert event in _pairs(text)


@pytest.mark.parametrize("text, event", [
    ("Putin arranged a meeting with Merkel.", ("040", "RUSGOV", "DEUGOV")),
    ("Putin scheduled talks with Merkel on Tuesday.", ("040", "RUSGOV", "DEUGOV")),
    ("France flung accusations at Iran.", ("112", "FRA", "IRN")),
    ("Putin leveled accusations at Merkel.", ("112", "RUSGOV", "DEUGOV")),
])
def test_the_subject_of_a_light_verb_is_the_source(text, event):
    assert event in _pairs(text)


def test_calls_with_counterparts_are_conversations():
    found = _pairs("Putin was arranging calls with Merkel and Hollande on Tuesday.")
    assert {("041", "RUSGOV", "DEUGOV"), ("041", "RUSGOV", "FRAGOV")} <= found
    assert ("041", "RUSGOV", "DEUGOV") in _pairs("Putin held a call with Merkel on Tuesday.")


@pytest.mark.parametrize("text", [
    "Putin heaped praise on Trump.",
    "Putin showered accolades on Trump.",
])
def test_praise_heaped_on_someone(text):
    assert ("051", "RUSGOV", "USA") in _pairs(text)


@pytest.mark.parametrize("text, event", [
    ("The support Putin gave Assad surprised many.", ("051", "RUSGOV", "SYRGOV")),
    ("The praise Putin heaped on Trump surprised many.", ("051", "RUSGOV", "USA")),
])
def test_a_relative_clause_of_giving_names_giver_and_receiver(text, event):
    assert event in _pairs(text)


def test_the_agent_hung_on_what_the_criticism_is_about():
    assert ("111", "RUSGOV", "DEUGOV") in _pairs("Merkel drew criticism over the decision from Putin.")
    found = _pairs("Despite facing criticism for the decision from Putin and Hollande, Merkel kept her plan.")
    assert {("111", "RUSGOV", "DEUGOV"), ("111", "FRAGOV", "DEUGOV")} <= found


def test_the_place_left_is_no_agent():
    assert not any(source == "SYR" for _, source, _ in _pairs(
        "Merkel faced criticism over the withdrawal from Syria."))


def test_a_scathing_attack_is_one_of_words():
    assert ("111", "FRA", "IRN") in _pairs("France launched a scathing attack on Iran.")
    assert ("190", "RUS", "UKR") in _pairs("Russia launched an attack on Ukraine.")
