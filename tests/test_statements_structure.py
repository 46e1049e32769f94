"""How attributions are built into sentences: set in the middle of what they report, split
off as participles, colons, quotations over several sentences — through the whole pipeline,
on sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def coded(text: str):
    from eventdesk import code_text

    return code_text(text).statements


def by_cue(statements, cue: str):
    found = [s for s in statements if s.cue.text.endswith(cue)]
    assert found, [s.to_dict() for s in statements]
    return found[0]


# -- an attribution set in the middle of what it reports -------------------------------------


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Bringing the ferry back after ten years, she said, feels like a small victory for the island.",
            "Bringing the ferry back after ten years, she said, feels like a small victory for the island",
        ),
        (
            'Back then, Ms. Okafor said, she found the council "slow and very cautious," and also honest.',
            'Back then, Ms. Okafor said, she found the council "slow and very cautious," and also honest',
        ),
        (
            'The reality is, the planner added, "nobody reads the fine print."',
            'The reality is, the planner added, "nobody reads the fine print."',
        ),
    ],
)
def test_structure_interposed_attribution_reports_both_sides(text, content):
    s = by_cue(coded(text), "said" if "said" in text else "added")
    assert s.content.text == content
    assert s.speaker is not None


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (
            'The new ferry pier, the harbor master said, "is running late and over budget."',
            "said",
            'The new ferry pier, the harbor master said, "is running late and over budget."',
        ),
        (
            'In cases of flooding, the report said, "the city is to blame."',
            "said",
            'In cases of flooding, the report said, "the city is to blame."',
        ),
    ],
)
def test_structure_interposed_attribution_before_a_quotation_that_goes_on_with_the_sentence(text, cue, content):
    s = by_cue(coded(text), cue)
    assert s.content.text == content


def test_structure_interposed_attribution_with_a_quotation_over_two_sentences():
    # (A clause before a quotation opening with a capital is the writer's scene:
    # tests/test_statements_openers.py.)
    text = 'The new pier, Ms. Soto said, "is running late. And we learned from it."'
    s = by_cue(coded(text), "said")
    assert s.content.text == 'The new pier, Ms. Soto said, "is running late. And we learned from it.'


def test_structure_interposed_attribution_of_a_quotation_is_mixed():
    s = by_cue(coded('The reality is, the planner added, "nobody reads the fine print."'), "added")
    assert s.type == "mixed"


def test_structure_interposed_attribution_after_a_sentence_the_parser_ran_on():
    text = "He voiced regret for ''my failure to end the feud.'' It was, he said, one of the saddest days of his term."
    s = by_cue(coded(text), "said")
    assert s.content.text == "It was, he said, one of the saddest days of his term"


@pytest.mark.parametrize(
    "text",
    [
        'Still, she added, "we cannot ignore the changes to the coast since the dam was built."',
        'In a statement to reporters, a ministry official said, "We will not comment on the letters."',
        'Asked about the budget, the mayor said, "We will not cut the clinics."',
    ],
)
def test_structure_words_of_the_saying_before_it_are_not_content(text):
    # ("Asked about the budget" is a statement of its own, the question: see docs/statements.md, Passives.)
    direct = [s for s in coded(text) if s.type == "direct"]
    assert len(direct) == 1
    assert direct[0].content.text.startswith(("we cannot", "We will not"))


def test_structure_an_attribution_inside_a_relative_clause_reports_that_clause():
    s = by_cue(coded("The park is near the stadium, which, the clerk said, is usually full on game days."), "said")
    assert s.content.text == "which, the clerk said, is usually full on game days"
    s = by_cue(coded("All of which, he said, would help restore trust in the count."), "said")
    assert s.content.text == "All of which, he said, would help restore trust in the count"


def test_structure_a_trailing_attribution_with_its_speaker_described_is_not_interposed():
    text = "The tariffs will hurt farmers, said Ana Ruiz, an economist at the state university."
    s = only_one(coded(text))
    assert s.content.text == "The tariffs will hurt farmers"


def test_structure_an_aside_inside_a_speakers_clause_stays_in_it():
    s = by_cue(coded("Lee said the plan, he believed, was flawed."), "said")
    assert s.content.text == "the plan, he believed, was flawed"


def only_one(statements):
    assert len(statements) == 1, [s.to_dict() for s in statements]
    return statements[0]


# -- a speaker going on: participles and joined verbs ------------------------------------------


@pytest.mark.parametrize(
    "text, first, cue, second",
    [
        (
            "The port authority said the harbor would reopen, adding that fees had doubled.",
            "the harbor would reopen", "adding", "that fees had doubled",
        ),
        (
            'The fishermen\'s union said the new quota was unfair, calling it "a death sentence".',
            "the new quota was unfair", "calling", 'it "a death sentence"',
        ),
        (
            "The ministry denied any delay and said the bridge would open in May.",
            "any delay", "said", "the bridge would open in May",
        ),
    ],
)
def test_structure_a_speaker_going_on_makes_a_second_statement(text, first, cue, second):
    one, two = coded(text)
    assert one.content.text == first
    assert two.cue.text == cue and two.content.text == second
    assert two.speaker is not None and two.speaker.text == one.speaker.text


@pytest.mark.parametrize(
    "text, first, cue, second",
    [
        (
            "The mayor said she was sorry for her outburst and pledged to keep away from the council vote next week.",
            "she was sorry for her outburst", "pledged", "to keep away from the council vote next week",
        ),
        (
            "The coaches said they were proud of the team and vowed to win the title next year.",
            "they were proud of the team", "vowed", "to win the title next year",
        ),
    ],
)
def test_structure_a_speaker_going_on_inside_a_clause_about_themselves(text, first, cue, second):
    # "X said she ... and promised ...": a cue joined to a clause whose subject is the
    # speaker's own pronoun is the speaker going on.
    one, two = coded(text)
    assert one.content.text == first
    assert two.cue.text == cue and two.content.text == second
    assert two.speaker is not None and two.speaker.text == one.speaker.text


def test_structure_a_verb_going_on_inside_what_is_said_stays_in_it():
    s = only_one(coded('The navy said its ships had come under fire and had responded "with restraint".'))
    assert s.content.text.endswith('had responded "with restraint')


# -- quotations over several sentences -------------------------------------------------------


def test_structure_a_quotation_closing_on_a_nested_one_goes_on_after_its_attribution():
    # ''...'a special case,''' : the single mark closes first, then the doubled one.
    text = "''We hear it every week, 'the port is a special case,''' Mr. Ortiz said. ''It is all lies.''"
    s = only_one(coded(text))
    assert s.type == "direct" and s.speaker.text == "Mr. Ortiz"
    assert s.content.text.startswith("We hear it every week") and s.content.text.endswith("It is all lies.")


def test_structure_a_determiner_the_quotation_goes_on_with_is_part_of_it():
    text = 'The "anger in the hall is like nothing I have seen," the mayor told reporters.'
    s = by_cue(coded(text), "told")
    assert s.content.text == 'The "anger in the hall is like nothing I have seen,"'
    assert s.type == "mixed"
    s = by_cue(coded('But "we will rebuild the pier," she said.'), "said")
    assert s.content.text == "we will rebuild the pier"


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The levy has not hurt trade: exports rose by a third last year, according to the Ledger.",
            "exports rose by a third last year",
        ),
        (
            "And the slip has been noticed: According to two new surveys, the mayor now trails by nine points.",
            "the mayor now trails by nine points",
        ),
    ],
)
def test_structure_according_to_reports_nothing_before_a_colon(text, content):
    s = by_cue(coded(text), "ccording to")
    assert s.content.text == content


def test_structure_according_to_reports_both_sides_of_a_semicolon():
    text = "The aim is not revenue; it is to curb short-term trading, according to a speech by the mayor."
    s = by_cue(coded(text), "ccording to")
    assert s.content.text.startswith("The aim is not revenue; it is")
