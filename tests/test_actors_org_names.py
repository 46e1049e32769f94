"""A capitalised role word that opens an organisation's name is a word of that name, not the
organisation's sector: "Judicial Watch" is no court, "the Police Foundation" no police force.
Sentences written for these tests, placed in a Washington story."""

from __future__ import annotations

import pytest

from eventdesk.pipeline import code_text

pytestmark = pytest.mark.slow

STORY = "WASHINGTON (AP) — The Commerce Department delayed the records request for months. "


def sources(sentence):
    record = code_text(STORY + sentence)
    return {e.source.text: e.source.code for e in record.events if e.source}


@pytest.mark.parametrize("sentence, phrase, code", [
    ("The Police Foundation criticized the Commerce Department on Monday.", "The Police Foundation", "USANGO"),
    ("The Military Officers Foundation criticized the Commerce Department on Monday.",
     "The Military Officers Foundation", "USANGO"),
    ("Judicial Watch accused the Commerce Department of hiding the records on Monday.", "Judicial Watch", "USANGO"),
])
def test_a_role_word_opening_an_organisation_name_gives_no_sector(sentence, phrase, code):
    assert sources(sentence).get(phrase) == code


def test_a_title_after_such_a_name_is_the_organisation_s_not_a_state_s():
    found = sources("Judicial Watch president Lena Marsh criticized the Commerce Department on Monday.")
    assert found.get("Judicial Watch president Lena Marsh") == "USANGO"

