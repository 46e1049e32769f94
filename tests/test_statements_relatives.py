"""Speakers and relative clauses (statements.relatives), as news annotators draw them
(PolNeAR): whoever speaks inside a relative clause is written as its relative pronoun, also
for a cue that goes on from the clause's verb; a speaker's phrase stops before a clause set
off after it that reports speech of its own; and an aside that is the named one's own
statement is no part of the content it ends."""

from __future__ import annotations

import pytest

from eventdesk.model import Article

pytestmark = pytest.mark.slow


def _by_cue(pipeline, text, cue):
    statements = pipeline.code(Article(text=text, id="t")).statements
    return next(s for s in statements if s.cue.text == cue)


def _source(statement):
    """The speaker as written (the mention when there is one): what PolNeAR draws."""
    written = statement.speaker_mention or statement.speaker
    return written.text if written is not None else None


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (  # an infinitive of the relative clause's verb
            "The harbor official, who rose at the hearing to criticize the dredging contract, said the bids were late.",
            "to criticize",
            "The harbor official",
        ),
        (  # joined to a passive verb of the relative clause
            "Growers such as Ana Ruiz, who are drawn to the co-op's message and feel that the levy is unfair, stayed home.",
            "feel",
            "Ana Ruiz",
        ),
        (  # a relative clause on a description in apposition to the names
            "Inez Caro and Rosa Lind, retired teachers who remember well the strike of 1979, marched in front.",
            "remember",
            "Rosa Lind",
        ),
    ],
)
def test_a_speaker_in_a_relative_clause_is_written_as_its_pronoun(pipeline, text, cue, speaker):
    statement = _by_cue(pipeline, text, cue)
    assert statement.speaker.text == speaker
    assert statement.speaker_mention is not None and statement.speaker_mention.text == "who"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Tom Vale, a pollster at Marden College, who said the race was tight, predicted a narrow win for Ortiz.",
         "predicted", "Tom Vale, a pollster at Marden College"),
        ("The ferry captain, who noted that the tides were rising, said the crossing would close.",
         "said", "The ferry captain"),
    ],
)
def test_a_speakers_phrase_stops_before_a_clause_reporting_speech(pipeline, text, cue, source):
    assert _source(_by_cue(pipeline, text, cue)) == source


def test_a_speakers_phrase_keeps_a_clause_of_what_the_speaker_did(pipeline):
    speech = _by_cue(pipeline, "Tom Vale, a pollster who said the race was tight, predicted a narrow win for Ortiz.", "predicted")
    deed = _by_cue(pipeline, "Lena Ortiz, a planner who advised the port for a decade, said the pier was unsafe.", "said")
    assert _source(speech) == "Tom Vale, a pollster"
    assert _source(deed) == "Lena Ortiz, a planner who advised the port for a decade"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Most growers say the co-op should hire Ana Ruiz, who says the levy is too high.",
         "say", "the co-op should hire Ana Ruiz"),
        ("The council praised Tom Hale, who spent the evening talking about the harbor levy.",
         "praised", "Tom Hale"),
    ],
)
def test_an_aside_that_is_the_named_ones_own_statement_is_not_content(pipeline, text, cue, content):
    assert _by_cue(pipeline, text, cue).content.text == content


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council passed a new curfew, which the mayor strongly opposes.",
         ("the mayor", "strongly opposes", "which")),
        ("The plan includes a fuel levy (which the governor has defended).",
         ("the governor", "has defended", "which")),
    ],
)
def test_a_relative_word_that_is_the_object_of_a_cue_is_its_content(text, expected):
    # the relative word stands for the noun the clause describes: what is opposed or defended
    from conftest import statement_triples

    assert expected in statement_triples(text)
