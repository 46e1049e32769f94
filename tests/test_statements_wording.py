"""Attributions of wording, contracted "has", named polls, orders and hearsay adverbs: "as
the treasurer put it, ...", "she's argued that ...", "In the Harbor Tribune Poll, ...", "the
judge ordered the agency to ...", "the club is reportedly spending ...". Each sentence is our
own, through the pipeline."""

from __future__ import annotations

import pytest

from conftest import statement_triples as _triples

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As the treasurer puts it, the fund is in trouble.",
         ("the treasurer", "puts it", "the fund is in trouble")),
        ("The levy is a lifeline for the schools, as the mayor put it.",
         ("the mayor", "put it", "The levy is a lifeline for the schools")),
        ("As the mayor phrased it, the levy is a lifeline.",
         ("the mayor", "phrased it", "the levy is a lifeline")),
        ("As the mayor described it, the plan was a mess.",
         ("the mayor", "described", "the plan was a mess")),
        ("The treasurer, as she put it, wants the fund to grow.",
         ("she", "put it", "wants the fund to grow")),
    ],
)
def test_an_as_attribution_of_wording_reports_the_clause_it_stands_in(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize(
    "text",
    ["He put it on the table before the meeting.", "As the river rose, the mayor closed it.",
     "She put it back in the drawer, as she had promised."],
)
def test_putting_a_thing_somewhere_is_no_wording(text):
    assert all(cue not in ("put it", "put", "closed") for _, cue, _ in _triples(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He's said the harbor fund is safe.", ("He", "'s said", "the harbor fund is safe")),
        ("She's long argued that the levy hurts farmers.", ("She", "'s long argued", "that the levy hurts farmers")),
    ],
)
def test_a_contracted_has_before_a_verb_of_saying_with_a_clause_is_no_passive(text, expected):
    assert expected in _triples(text)


def test_a_passive_of_saying_keeps_its_speaker_unnamed():
    assert all(speaker is None for speaker, _, _ in _triples("It's said that the harbor fund is safe."))
    assert all(speaker != "She" for speaker, _, _ in _triples("She's been told the harbor fund is safe."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In an Evening Ledger/Channel Nine Poll published Friday, three of four voters disapproved of the mayor.",
         ("an Evening Ledger/Channel Nine Poll", "Poll", "three of four voters disapproved of the mayor")),
        ("In the latest Harbor Tribune Survey, most residents rode the ferry twice a week.",
         ("the latest Harbor Tribune Survey", "Survey", "most residents rode the ferry twice a week")),
    ],
)
def test_a_named_poll_opening_the_sentence_speaks_for_itself(text, expected):
    assert expected in _triples(text)


def test_a_name_with_poll_in_it_elsewhere_is_no_source():
    assert all(cue != "Poll" for _, cue, _ in _triples("Lee works for the Evening Ledger Poll in Dayton."))


def test_an_order_to_act_reports_the_one_ordered_and_the_task():
    assert ("A federal judge", "ordered", "the agency to release the harbor files by June") in _triples(
        "A federal judge ordered the agency to release the harbor files by June.")


@pytest.mark.parametrize(
    "text", ["She ordered a sandwich and left.", "The ministry ordered 40 new buses from a Swedish firm.",
             "In order to win, the mayor raised taxes."],
)
def test_ordering_a_thing_is_no_statement(text):
    assert all(cue != "ordered" for _, cue, _ in _triples(text))


def test_a_hearsay_adverb_reports_its_clause_with_no_speaker():
    assert (None, "reportedly", "The harbor club is reportedly paying $2 million for radio spots") in _triples(
        "The harbor club is reportedly paying $2 million for radio spots.")


def test_a_hearsay_adverb_in_a_phrase_without_a_subject_or_under_a_cue_adds_nothing():
    assert _triples("A man reportedly seen at the gate was arrested.") == []
    assert _triples("The mayor said the club is reportedly spending heavily.") == [
        ("The mayor", "said", "the club is reportedly spending heavily")]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Turnout fell in the river towns known as the Flats.", "known", "the river towns known as the Flats"),
        ("The bakery, long known for its rye bread and its queues, closed in May.", "known",
         "The bakery, long known for its rye bread and its queues"),
    ],
)
def test_a_thing_known_as_a_name_or_for_a_repute_is_an_attribution_with_no_speaker(text, cue, content):
    triples = _triples(text)
    assert any(speaker is None and found_cue.endswith(cue) and found == content for speaker, found_cue, found in triples), triples


def test_a_participle_of_knowing_with_no_name_or_repute_adds_nothing():
    assert _triples("A man known to the harbor police was arrested on Friday.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ferry captain is best known for her rescue of two fishermen.",
         "The ferry captain is best known for her rescue of two fishermen"),
        ("Ortiz grew up in Dunmore, a mill town that was long known as the city of smoke.",
         "a mill town that was long known as the city of smoke"),
    ],
)
def test_a_passive_of_repute_with_a_name_or_repute_is_an_attribution_with_no_speaker(text, content):
    triples = _triples(text)
    assert any(speaker is None and cue.endswith("known") and found == content for speaker, cue, found in triples), triples


def test_a_passive_of_repute_with_no_object_or_with_its_holder_adds_nothing_of_its_own():
    assert _triples("The calm she is known for was gone by noon.") == []
    assert _triples("Ana Ruiz was known to the harbor police.") == []
    assert _triples("The fund is known for its low fees, the treasurer said.") == [
        ("the treasurer", "said", "The fund is known for its low fees")]
