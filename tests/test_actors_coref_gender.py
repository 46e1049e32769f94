""""he" and "she" agree with the gender the text tells (eventdesk.actors.gender): an honorific
("Mrs."), a gendered role or kin noun ("congresswoman"), or a nearer pronoun that already
stands for the person. A person of known, agreeing gender is found as far back as
coref.PERSON_LOOKBACK_SENTENCES; one of no known gender only within LOOKBACK_SENTENCES; one of
the other gender never. Invented sentences and names."""

from __future__ import annotations

import pytest

from eventdesk.actors.coref import LOOKBACK_SENTENCES, PERSON_LOOKBACK_SENTENCES
from eventdesk.actors.gender import gender_nouns, honorifics
from eventdesk.pipeline import code_text

pytestmark = pytest.mark.slow

_FILLER = [
    "The hall was full long before noon.",
    "Rain fell on the square outside.",
    "Tickets had sold out within an hour.",
    "The music stopped at one o'clock.",
]
_DEED = "{} criticized Mexico over its trade policy."


def _sources(*sentences: str) -> list[tuple[str, str | None, str | None]]:
    events = code_text(" ".join(sentences)).events
    return [(e.cameo[:2], e.source.text if e.source else None, e.target.code if e.target else None) for e in events]


def test_the_gender_words_are_read():
    assert honorifics()["mrs"] == "f" and honorifics()["mr"] == "m"
    assert gender_nouns()["congresswoman"] == "f" and gender_nouns()["husband"] == "m"
    assert "senator" not in gender_nouns()  # a title men and women hold tells nothing
    assert PERSON_LOOKBACK_SENTENCES > LOOKBACK_SENTENCES


@pytest.mark.parametrize("opening", [
    "Congresswoman Dana Whitlock spoke at a rally in Portland on Saturday.",  # a gendered role noun
    "Mrs. Dana Whitlock, a senator, spoke at a rally in Portland on Saturday.",  # an honorific
])
def test_she_reaches_a_woman_the_text_marks_beyond_the_look_back(opening):
    sources = _sources(opening, *_FILLER[:LOOKBACK_SENTENCES + 1], _DEED.format("She"))
    assert [(kind, "Whitlock" in (text or ""), target) for kind, text, target in sources] == [("11", True, "MEX")]


def test_a_nearer_pronoun_tells_the_gender():
    # "She thanked the crowd" already stands for the senator: her "she" reaches further.
    sources = _sources("Senator Dana Whitlock spoke at a rally in Portland on Saturday.", "She thanked the crowd.",
                       *_FILLER[:LOOKBACK_SENTENCES + 1], _DEED.format("She"))
    assert ("11", "Senator Dana Whitlock", "MEX") in sources


def test_a_person_of_no_known_gender_keeps_the_look_back():
    sources = _sources("Senator Victor Hale spoke at a rally in Portland on Saturday.",
                       *_FILLER[:LOOKBACK_SENTENCES + 1], _DEED.format("He"))
    assert [s for s in sources if s[0] == "11" and s[1]] == []


@pytest.mark.parametrize("man", [
    "Congressman Victor Hale arrived in the afternoon.",  # a gendered role noun
    "Mr. Victor Hale, a senator, arrived in the afternoon.",  # an honorific
    "Senator Victor Hale arrived in the afternoon, and he left early.",  # his own pronoun
])
def test_she_does_not_take_the_last_named_man(man):
    sources = _sources("Senator Dana Whitlock spoke at a rally in Portland on Saturday.", man, _DEED.format("She"))
    assert [(kind, text, target) for kind, text, target in sources if kind == "11"] == \
        [("11", "Senator Dana Whitlock", "MEX")]
