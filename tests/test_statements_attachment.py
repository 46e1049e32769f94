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


def _parsed(words, heads, deps, tags, pos):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_that_clause_the_parser_heads_by_its_subject_noun_is_still_a_clause():
    # the small model's parse of "stressed that the board's review of the vote is fair":
    # the clause headed by "review", the copula hung inside the noun's phrase
    from eventdesk.statements.complements import verbless_clause

    doc = _parsed(["Lee", "stressed", "that", "the", "board", "'s", "review", "of", "the", "vote", "is", "fair", "."],
                  [1, 1, 6, 4, 6, 4, 1, 6, 9, 7, 6, 10, 1],
                  ["nsubj", "ROOT", "mark", "det", "poss", "case", "ccomp", "prep", "det", "pobj", "relcl", "acomp", "punct"],
                  ["NNP", "VBD", "IN", "DT", "NN", "POS", "NN", "IN", "DT", "NN", "VBZ", "JJ", "."],
                  ["PROPN", "VERB", "SCONJ", "DET", "NOUN", "PART", "NOUN", "ADP", "DET", "NOUN", "AUX", "ADJ", "PUNCT"])
    assert verbless_clause(doc[6])
    # a plain noun object is no clause: "stressed the board's review"
    doc = _parsed(["Lee", "stressed", "the", "review", "."], [1, 1, 3, 1, 1],
                  ["nsubj", "ROOT", "det", "dobj", "punct"], ["NNP", "VBD", "DT", "NN", "."],
                  ["PROPN", "VERB", "DET", "NOUN", "PUNCT"])
    assert not verbless_clause(doc[3])


def test_a_cue_left_without_subject_takes_the_name_before_its_apposition():
    # the small model's parse of "Stung by the loss in Ohio, Senator Tom Hale, the whip,
    # said ...": the name joined to "Ohio", the cue with no subject
    from eventdesk.statements.trailing import named_before_apposition

    words = ["Stung", "by", "the", "loss", "in", "Ohio", ",", "Senator", "Tom", "Hale", ",", "the", "whip", ",", "said", "no", "."]
    doc = _parsed(words, [14, 0, 3, 1, 3, 4, 5, 9, 9, 5, 9, 12, 9, 14, 14, 14, 14],
                  ["advcl", "agent", "det", "pobj", "prep", "pobj", "punct", "compound", "compound", "conj", "punct", "det",
                   "appos", "punct", "ROOT", "intj", "punct"],
                  ["VBN", "IN", "DT", "NN", "IN", "NNP", ",", "NNP", "NNP", "NNP", ",", "DT", "NN", ",", "VBD", "UH", "."],
                  ["VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "DET", "NOUN",
                   "PUNCT", "VERB", "INTJ", "PUNCT"])
    assert named_before_apposition(doc[13]).text == "Hale"
    assert named_before_apposition(doc[6]) is None
