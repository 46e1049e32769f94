"""Quotations of speech in constructions the plain "X said Y" rules missed: the occasion of
a quotation before its attribution ("Asked ..., X said, "...""), a clause whose subject is a
gerund, and sentences run together with a semicolon or colon. Each sentence is our own,
through the pipeline."""

from __future__ import annotations

import pytest

from eventdesk import code_text

pytestmark = pytest.mark.slow


def _statements(text):
    return [
        (s.speaker.text if s.speaker else None, s.cue.text, s.content.text, s.type)
        for s in code_text(text).statements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Asked whether the port would reopen, Mayor Ana Ruiz said, "We have no date yet."',
         ("Mayor Ana Ruiz", "said", "We have no date yet.", "direct")),
        ('On the radio Tuesday, Ana Ruiz said, "I never promised to pay the fees."',
         ("Ana Ruiz", "said", "I never promised to pay the fees.", "direct")),
    ],
)
def test_the_occasion_before_a_quotation_is_not_what_is_said(text, expected):
    assert expected in _statements(text)


def test_an_interposed_attribution_still_reports_both_sides():
    found = _statements("Back then, she said, the council was slow to act.")
    assert any(cue == "said" and content.startswith("Back then") and content.endswith("slow to act")
               for _, cue, content, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said widening the road could bring hundreds of jobs to the valley.",
         ("He", "said", "widening the road could bring hundreds of jobs to the valley")),
        ("Officials have said closing the old mill must be the first step of the plan.",
         ("Officials", "have said", "closing the old mill must be the first step of the plan")),
    ],
)
def test_a_clause_with_a_gerund_for_subject_is_reported(text, expected):
    assert expected in [found[:3] for found in _statements(text)]


def test_a_semicolon_ends_what_the_next_speaker_says():
    found = [s[:3] for s in _statements("Most farmers said they were worried; 38 percent said they were ready to sell their land.")]
    assert ("Most farmers", "said", "they were worried") in found
    assert ("38 percent", "said", "they were ready to sell their land") in found


def test_a_colon_ends_the_writer_s_sentence_before_an_attribution():
    found = [s[1:3] for s in _statements("Hale has attacked the mayor online because it works: he said he got $20,000 in two days.")]
    assert ("said", "he got $20,000 in two days") in found


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ("“We were foolish to not have fought the toll,” Ortiz, 58, told AFP.", "Ortiz", "Ortiz, 58"),
        ("“We were foolish to not have fought the toll from the start,” Ortiz, 58, told AFP in an interview in Lima on Monday.",
         "Ortiz", "Ortiz, 58"),
    ],
)
def test_a_trailing_attribution_the_parser_hung_on_the_quotation_names_its_speaker(text, speaker, mention):
    statements = code_text(text).statements
    assert len(statements) == 1
    found = statements[0]
    assert found.type == "direct"
    assert (found.speaker.text, found.speaker_mention.text) == (speaker, mention)
    assert found.content.text.startswith("We were")


def test_a_quoted_title_in_the_subject_is_no_quotation_s_subject():
    found = _statements("Ruiz, star of television’s “Harbor,” thanked Hale for “taking these steps to keep us safe.”")
    assert [(speaker, cue) for speaker, cue, _, _ in found] == [("Ruiz", "thanked")]
