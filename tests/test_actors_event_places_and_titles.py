"""Actor countries on sentences written for these tests, through the pipeline: a town's name
before a victim or a widow is where a death happened, not the country of those it befell
(phrase_words.tsv, bereaved); the United States' cabinet titles no other state uses give
their holder the United States whatever the sentence is about (title_countries.tsv); writers
of opinion are media; "Mexican-American" before a person's name is an American of Mexican
origin."""

from __future__ import annotations

import pytest

from eventdesk.pipeline import code_text

pytestmark = pytest.mark.slow


def sides(text: str, word: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code_text(text).events if word in e.trigger.text}


def test_the_families_of_a_towns_victims_are_not_of_the_towns_country():
    assert sides("Senator Ruiz of Texas met the families of the Fallujah victims on Monday.", "met") \
        == {("USALEG", "USACVL")}
    # the town's residents and an adjective's widow are still the country's
    assert sides("Senator Ruiz of Texas met Fallujah residents on Monday.", "met") == {("USALEG", "IRQCVL")}
    assert sides("A Syrian widow accused the Syrian army of killing her husband.", "accused") \
        == {("SYR", "SYRMIL")}


def test_a_us_cabinet_title_names_the_united_states_in_a_story_on_china():
    assert sides("Treasury Secretary Ann Hale criticized Beijing over its steel exports.", "criticized") \
        == {("USAGOV", "CHNGOV")}
    assert sides("The secretary of homeland security praised the Mexican police.", "praised") \
        == {("USAGOV", "MEX")}


def test_commentators_are_media():
    assert sides("Conservative commentators mocked the governor of Texas.", "mocked") == {("USAMED", "USAGOV")}


def test_a_hyphened_american_before_a_persons_name_is_american():
    assert sides("The Mexican-American reporter Ana Ruiz criticized the senator.", "criticized") \
        == {("USAMED", "LEG")}
    assert sides("The Mexican reporter Ana Ruiz criticized the senator.", "criticized") == {("MEXMED", "LEG")}
