"""Attributions in constructions beyond the plain "X said Y": a cue in a gerund after a
preposition of manner or time ("by thanking ...", "after saying ..."), and an "as"
attribution ("As the paper noted, ..."). Each sentence is our own, through the pipeline."""

from __future__ import annotations

import pytest

from conftest import statement_triples as _triples
from eventdesk import code_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor ended the rally by thanking the volunteers for their work.",
         ("The mayor", "thanking", "the volunteers for their work")),
        ("After saying that the plan would fail, the mayor left the hall.",
         ("the mayor", "saying", "that the plan would fail")),
        ("Instead of calling himself a liberal, Tom Hale said he was a pragmatist.",
         ("Tom Hale", "calling", "himself a liberal")),
    ],
)
def test_a_gerund_after_a_preposition_of_manner_or_time_is_the_main_subjects(text, expected):
    assert expected in _triples(text)


def test_a_gerund_after_a_preposition_of_a_noun_or_of_blame_names_no_speaker_from_the_clause():
    # "for saying": the one praised is the one who said it, not the subject of "praised".
    assert not any(cue == "saying" and speaker == "The council"
                   for speaker, cue, _ in _triples("The council praised the nurse for saying that the ward was unsafe."))
    # a gerund of a noun ("the cost of saying no") is nobody's statement
    assert all(cue != "saying" for _, cue, _ in _triples("The cost of saying no was high for the small firms."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As the Daily Ledger noted, the mayor raised more than $1 million from bankers.",
         ("the Daily Ledger", "noted", "the mayor raised more than $1 million from bankers")),
        ("As Ana Ruiz has often said, those voters will give Lee a second look.",
         ("Ana Ruiz", "has often said", "those voters will give Lee a second look")),
    ],
)
def test_an_as_attribution_reports_the_clause_it_stands_in(text, expected):
    assert _triples(text) == [expected]


def test_as_of_time_is_no_attribution():
    # "as" meaning "while": the clause says nothing of its own and is not set off by a comma
    assert all(cue != "spoke" for _, cue, _ in _triples("As the mayor spoke, protesters chanted outside."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator ripped into the new rule at a rally.", ("The senator", "ripped into", "the new rule")),
        ("The governor trashed the plan as a giveaway to bankers.",
         ("The governor", "trashed", "the plan as a giveaway to bankers")),
        ("Republicans quickly pounced on the gaffe.", ("Republicans", "quickly pounced on", "the gaffe")),
        ("Critics have long reviled the tax.", ("Critics", "have long reviled", "the tax")),
        ("The mayor vouched for his aide.", ("The mayor", "vouched for", "his aide")),
        ("The candidate apologized for the remark.", ("The candidate", "apologized for", "the remark")),
        ("Fields later tweeted a photograph of the crowd.", ("Fields", "later tweeted", "a photograph of the crowd")),
    ],
)
def test_attacks_in_words_vouching_apologizing_and_tweeting_report_their_object(text, expected):
    assert _triples(text) == [expected]


def test_ripping_in_its_physical_sense_is_no_attack_in_words():
    assert _triples("The storm ripped the roof off the school.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor has proposed raising the fuel tax by two cents.",
         ("The governor", "has proposed", "raising the fuel tax by two cents")),
        ("Many farmers have opposed building a dam on the river.",
         ("Many farmers", "have opposed", "building a dam on the river")),
        ("The minister touted how far the harbor works had come since March.",
         ("The minister", "touted", "how far the harbor works had come since March")),
        ("The mayor would not discuss whether she would run again.",
         ("The mayor", "would not discuss", "whether she would run again")),
    ],
)
def test_a_gerund_or_question_clause_is_the_object_of_a_cue_that_takes_one(text, expected):
    assert expected in _triples(text)


def test_a_gerund_of_a_verb_with_no_object_frame_is_no_statement():
    # "finished" is no cue at all; "began" takes no object as content
    assert _triples("The crew finished building the dam in May.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The idea is that small donors can still give to the fund.",
         (None, "The idea is", "that small donors can still give to the fund")),
        ("The senator's answer was that the tax code is unfair to farmers.",
         ("The senator", "answer was", "that the tax code is unfair to farmers")),
        ("The hope has been that insurers would lower their prices.",
         (None, "The hope has been", "that insurers would lower their prices")),
    ],
)
def test_a_noun_of_saying_or_believing_as_the_subject_of_is_that_reports_the_clause(text, expected):
    assert expected in _triples(text)


def test_a_noun_of_judgement_as_the_subject_of_is_that_is_no_statement():
    assert _triples("The danger is that the river will flood the town.") == []
    # "rejected the idea that ..." stays the verb's statement
    assert ("The council", "rejected", "the idea that the bridge was unsafe") in _triples(
        "The council rejected the idea that the bridge was unsafe.")


def test_a_roundup_label_before_a_dash_is_no_part_of_a_colon_attributions_speaker():
    text = ("Here is the morning roundup.\n\nPollsters agree on the turnout - Ana Ruiz: \u201cMore young voters "
            "came out than in any year since 2008.\u201d [Ledger.]\n\nBut the count is slow in Ohio - Bo Kim: "
            "\u201cWe expect a long night.\u201d")
    assert [(s.speaker.text, s.cue.text, s.type) for s in code_text(text).statements] == [
        ("Ana Ruiz", ":", "direct"), ("Bo Kim", ":", "direct")]


def test_a_description_after_a_dash_is_no_colon_attributions_speaker():
    assert _triples('It was the worst week of the year for the crew - a long night: "Nobody slept."') == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Farmers worried about the drought want the canal finished.", "Farmers"),
        ("The union leaders, who said the port would close by May, left the talks early.", "The union leaders"),
    ],
)
def test_the_speakers_words_stop_before_the_cue(text, speaker):
    assert speaker in [s for s, _, _ in _triples(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor noted the sharp rise in rents since the mill closed.",
         ("The mayor", "noted", "the sharp rise in rents since the mill closed")),
        ("Critics have pointed out the flaws in the levy.", ("Critics", "have pointed out", "the flaws in the levy")),
        ("The reporter asked if the plant would close in May.", ("The reporter", "asked", "if the plant would close in May")),
        ("The mayor was asked if she would run again.", (None, "was asked", "if she would run again")),
    ],
)
def test_noting_an_object_and_asking_if_report_what_is_noted_or_asked(text, expected):
    assert expected in _triples(text)


def test_observing_a_holiday_is_no_statement():
    assert _triples("Thousands observed the holiday in the square.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator called her rival \u201cthird-rate\u201d on Tuesday.", ("The senator", "called", "her rival \u201cthird-rate\u201d")),
        ("Graham called both the mayor and the governor \u201creckless\u201d at the rally.",
         ("Graham", "called", "both the mayor and the governor \u201creckless\u201d")),
    ],
)
def test_calling_someone_a_quoted_name_the_parser_reads_as_one_phrase(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator never thought so.", ("The senator", "never thought", "so")),
        ("The early returns suggest otherwise.", ("The early returns", "suggest", "otherwise")),
    ],
)
def test_a_word_standing_for_the_clause_is_what_is_said(text, expected):
    assert expected in _triples(text)


def test_so_opening_a_clause_is_not_a_word_standing_for_one():
    assert ("He", "said", "so much had changed") in _triples("He said so much had changed.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some senators made clear that they would back the levy.", ("Some senators", "made clear", "that they would back the levy")),
        ("The governor made it clear that she would veto the bill.", ("The governor", "made it clear", "that she would veto the bill")),
        ("The letter makes plain that the port will close.", ("The letter", "makes plain", "that the port will close")),
    ],
)
def test_making_clear_reports_its_that_clause(text, expected):
    assert expected in _triples(text)


def test_making_a_thing_clear_of_something_is_no_statement():
    assert _triples("The rain made the road clear of dust.") == []


def test_laying_out_a_plan_reports_the_plan():
    assert ("The minister", "laid out", "her plan for the harbor") in _triples("The minister laid out her plan for the harbor.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator will be able to win more donors by citing her record on water.",
         ("The senator", "citing", "her record on water")),
        ("Ortiz dismissed the charges by pointing out that the audit was clean.",
         ("Ortiz", "pointing out", "that the audit was clean")),
        # the cue from the adjective's copula, as PolNeAR draws it ("quick to": 14 of 14 on train)
        ("The mayor was quick to stress that the bridge had opened on time.",
         ("The mayor", "was quick to stress", "that the bridge had opened on time")),
    ],
)
def test_a_gerund_after_an_object_or_an_infinitive_after_an_adjective_has_the_clauses_subject(text, expected):
    assert expected in _triples(text)


def test_a_name_the_parser_hung_on_a_phrase_before_the_cue_is_its_speaker():
    text = "At a campaign event in Ashton, Ohio, 62-year-old Ana Lopez also railed against the levy."
    assert ("62-year-old Ana Lopez", "also railed against", "the levy") in _triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union voiced fears that the plant would close.", ("The union", "voiced fears", "that the plant would close")),
        ("There were fears among economists that the deficit would grow.", ("economists", "fears", "that the deficit would grow")),
        ("Amid complaints that the buses were late, the council changed the timetable.",
         (None, "complaints", "that the buses were late")),
    ],
)
def test_a_noun_of_saying_with_no_possessor_is_held_by_who_voices_it_or_nobody(text, expected):
    assert expected in _triples(text)


def test_a_sentence_ending_in_a_colon_introduces_the_quotation_after_it():
    text = 'When the strike ended, the union released the following statement:\n\n"We are proud of every member."'
    assert _triples(text) == [("the union", "released the following statement:", "We are proud of every member.")]


def test_a_colon_after_a_sentence_with_its_own_speaker_or_none_introduces_nothing():
    assert _triples('The weather turned:\n\n"Stay indoors," the radio warned.') == [("the radio", "warned", "Stay indoors")]
    assert _triples('Here is the list:\n\n"Bread, milk, eggs."') == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The mayor backed the plan on Monday, and the Ledger has proof:\n\n"We will build the pier this year."',
         ("the Ledger", "has proof:", "We will build the pier this year.")),
        ('The Times confirmed the account, reporting:\n\n"The mayor left at noon."',
         ("The Times", "reporting:", "The mayor left at noon.")),
    ],
)
def test_the_clause_right_before_the_colon_introduces_the_quotation(text, expected):
    assert expected in _triples(text)


def test_a_gerund_after_in_and_an_object_is_not_the_subjects():
    assert not any(cue == "supporting" for _, cue, _ in _triples("Sanders questioned the mayor\u2019s judgment in supporting the levy."))


def test_a_verb_the_tagger_takes_for_a_noun_still_reports_its_infinitive():
    # the tagger reads "plans" here as a noun; the parse gives it a subject and an infinitive
    text = "The Democratic candidate plans to be back in Nevada late on Sunday to watch the count."
    assert ("The Democratic candidate", "plans", "to be back in Nevada late on Sunday to watch the count") in _triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The councillor often says hurtful things.", ("The councillor", "often says", "hurtful things")),
        ("Asked who would lead the port authority, she said Ortiz.", ("she", "said", "Ortiz")),
    ],
)
def test_say_reports_its_plain_object(text, expected):
    assert expected in _triples(text)


def test_saying_a_prayer_or_goodbye_is_no_statement():
    assert not code_text("The fishermen said a prayer for the crew and said goodbye to the old pier.").statements


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ferry carried 900 riders, the bus carried 400 and the tram carried 250, according to the port's figures.",
         "The ferry carried 900 riders, the bus carried 400 and the tram carried 250"),
    ],
)
def test_closing_according_to_reports_all_the_joined_clauses(text, content):
    contents = [s.content.text for s in code_text(text).statements if s.cue.text.lower() == "according to"]
    assert contents == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator's interpretation of the statute is narrow.", ("The senator", "interpretation of", "the statute")),
        ("Their description of the storm was vivid.", ("Their", "description of", "the storm")),
        ("His disagreement with the party leadership deepened.", ("His", "disagreement with", "the party leadership")),
    ],
)
def test_a_holders_reading_or_disagreement_reports_what_it_is_of(text, expected):
    assert _triples(text) == [expected]


def test_a_reading_with_nobody_holding_it_is_none():
    assert _triples("The description of the storm was vivid.") == []


def test_a_participle_of_stance_with_its_by_phrase_reports_the_noun_it_describes():
    # "opposed by most Republicans": the Republicans' stance toward the bill
    assert ("most Republicans", "opposed", "The bill") in _triples(
        "The bill, opposed by most Republicans, stalled in the Senate.")
    # with no "by" phrase, or a participle of no stance, it reports nothing
    assert all(cue != "announced" for _, cue, _ in _triples("The talks, announced on Monday, will start next week."))
    assert all(cue != "offered" for _, cue, _ in _triples("The plan, offered by the mayor, won few votes."))


@pytest.mark.parametrize(
    "text, cue",
    [
        ('The vote was close. As the mayor put it: "We will rebuild this town."', "put it"),
        # an adverb of manner right after the cue is part of it, as PolNeAR draws "said flatly"
        ("The vote was close. The mayor put it bluntly: ''We will rebuild this town.''", "put it bluntly"),
    ],
)
def test_wording_it_reports_the_quotation_after_its_colon(text, cue):
    assert [(c, content) for _, c, content in _triples(text)] == [(cue, "We will rebuild this town.")]


def test_an_as_attribution_in_the_passive_is_its_by_phrases():
    assert _triples("The race tightened. As reported by the Daily Ledger, the mayor raised $1 million from bankers.") == [
        ("the Daily Ledger", "reported", "the mayor raised $1 million from bankers")]
