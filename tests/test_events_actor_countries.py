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
