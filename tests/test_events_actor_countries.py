"""An event's sides and their countries (issue 8, session 18), on sentences written for
these tests, through the real pipeline: a country a relative clause names is no country of
the sentence's actors; a pronoun in a phrase on the verb's object is not the verb's own
subject ("attacks on her")."""

from __future__ import annotations

import pytest

from eventdesk.pipeline import code_text

pytestmark = pytest.mark.slow

STORY = "WASHINGTON - Senator Mark Dalton of Ohio met voters in Iowa on Monday. "


def events_at(record, word: str):
    return [e for e in record.events if word in e.trigger.text]


def test_a_country_in_a_relative_clause_is_no_country_of_the_actors():
    record = code_text(STORY + "The senator, who loves Norway, praised the governor on Tuesday.")
    event = events_at(record, "praised")[0]
    assert event.source.country == "USA" and event.target.country == "USA"


@pytest.mark.parametrize("verb", ["launched attacks on her", "made accusations against her"])
def test_a_pronoun_on_the_object_is_not_the_subject(verb):
    record = code_text("WASHINGTON - Senator Ann Cole of Ohio is running for president. "
                       f"Governor Tom Reed {verb} on Friday.")
    event = events_at(record, verb.split()[0])[0]
    assert event.source.name == "Tom Reed"
    assert event.target is not None and event.target.name == "Ann Cole"


def sources_of(text: str, word: str) -> list:
    return [e.source for e in code_text(text).events if word in e.trigger.text]


@pytest.mark.parametrize("text, word, country", [
    ("Pro-Russian rebels shelled Ukrainian army positions near Donetsk on Monday.", "shelled", "UKR"),
    ("Anti-American protesters stormed a consulate in Karachi on Friday.", "stormed", "PAK"),
    ("The anti-EU Freedom Party accused the Austrian government of betraying voters.", "accused", "AUT"),
])
def test_a_name_after_anti_or_pro_is_the_actors_cause_not_its_country(text, word, country):
    # data/phrase_words.tsv, stance: the actor is for or against the EU, Russia, America
    [source] = sources_of(text, word)
    assert source.country == country


def test_a_titled_person_does_not_take_the_country_a_foreign_official_is_named_with():
    [source] = sources_of("Senator Dana Whitfield condemned Russian Foreign Minister Sergei Lavrov "
                          "over the remarks.", "condemned")
    assert source.country != "RUS"
    # an official named without a country word still tells a domestic exchange's country
    [source] = sources_of("Senator Dana Whitfield criticized President Obama over the budget.", "criticized")
    assert source.country == "USA"


@pytest.mark.parametrize("text, word", [
    ("Korean troops fired artillery shells into the sea, Japan said on Sunday.", "fired"),
    ("Korean activists protested against Japan outside its embassy on Saturday.", "protested"),
])
def test_a_people_named_for_two_states_takes_no_third_states_country(text, word):
    # "Korean" ends the adjectives of South and North Korea only (actors.lexicon.people_states)
    [source] = sources_of(text, word)
    assert source.country != "JPN"


@pytest.mark.parametrize("text, word, country", [
    ("Welsh dairy farmers protested against EU milk quotas in Brussels on Monday.", "protested", "GBR"),
    ("Catalan activists rallied in Brussels against the Spanish government on Sunday.", "rallied", "ESP"),
])
def test_a_people_of_one_state_acting_abroad_is_of_its_state(text, word, country):
    [source] = sources_of(text, word)
    assert source.country == country


@pytest.mark.parametrize("name", ["the 7-Rivers Movement", "the anti-tax 7-Rivers Movement"])
def test_a_group_no_dictionary_lists_takes_the_storys_country(name):
    # a movement's name (a numeral inside it or not) is the name of a group of the story's country
    record = code_text(STORY + f"On Tuesday, the senator accused {name} of fraud.")
    event = events_at(record, "accused")[0]
    assert event.target.country == "USA" and "Movement" in event.target.text
