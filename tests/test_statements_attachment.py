"""Where the parser hangs a cue's parts away from it: a reported clause headed by its
adjective ("that the referee was biased"), and a cue joined to a passive verb whose subject
it shares ("was pushed into an apology and said ..."); "quoted X as saying ...", the
outlet's report of X's words, as "cited X as saying". Each sentence is our own, through
the pipeline."""

from __future__ import annotations

import pytest

from conftest import statement_triples as _triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser makes "biased" the head and "was" its auxiliary
        ("The worst came in May, when she told Channel 4 that Hale was biased against her because of her views.",
         ("she", "told", "that Hale was biased against her because of her views")),
    ],
)
def test_a_clause_headed_by_its_adjective_is_reported(text, expected):
    assert expected in _triples(text)


def test_a_small_clause_without_copula_or_that_is_no_report():
    assert all(cue != "found" for _, cue, _ in _triples("The park ranger found the hikers alive near the lake."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor was pushed into a rare apology and said that his remarks had been misread.",
         ("The governor", "said", "that his remarks had been misread")),
        ("Many parents, who were drawn to his message and feel that the schools have failed them, came to the rally.",
         ("Many parents", "feel", "that the schools have failed them")),
        ("The audit was released on Tuesday and says that the agency lost track of $3 million.",
         ("The audit", "says", "that the agency lost track of $3 million")),
    ],
)
def test_a_cue_joined_to_a_passive_verb_shares_its_subject(text, expected):
    assert expected in _triples(text)


def test_the_agent_of_a_joined_passive_is_not_the_speaker():
    triples = _triples("Farmers who were hurt by the drought and feel that the state has ignored them marched on Monday.")
    assert not any(speaker == "the drought" for speaker, _, _ in triples)


def test_a_passive_inside_a_reported_clause_lends_no_subject():
    triples = _triples("The aide suggested that this could look weak and cautioned against it.")
    assert not any(speaker == "this" for speaker, _, _ in triples)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency quoted a witness as saying he saw a truck near the square.",
         ("The agency", "quoted", "a witness as saying he saw a truck near the square")),
        ("Reuters quoted Ana Soto, a local official, as saying that ten people had died.",
         ("Reuters", "quoted", "Ana Soto, a local official, as saying that ten people had died")),
    ],
)
def test_quoted_as_saying_is_the_outlets_report(text, expected):
    assert expected in _triples(text)


def test_the_one_quoted_says_the_words():
    triples = _triples("Reuters quoted Ana Soto, a local official, as saying that ten people had died.")
    # the outlet's report holds the one quoted (nested reporting, docs/statements.md)
    assert not any(cue == "saying" for _, cue, _ in triples)
    assert not any(cue == "saying" and speaker == "Reuters" for speaker, cue, _ in triples)
    # the passive keeps its subject, and quoting a text is no statement
    assert ("The minister", "saying", "the plan had failed") in _triples("The minister was quoted as saying the plan had failed.")
    assert all(cue != "quoted" for _, cue, _ in _triples("She quoted the Bible at length during the sermon."))
