"""Reporting inside reported content: the outer attribution reports the inner one with
what it says, as news annotators draw it (PolNeAR) — through the whole pipeline, on
sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def coded(text: str):
    from eventdesk import code_text

    return code_text(text).statements


def drawn(text: str) -> list[tuple[str, str]]:
    return [(s.cue.text, s.content.text) for s in coded(text)]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "More than half of the dockworkers said the new cranes were unsafe, according to a survey by the union.",
            "More than half of the dockworkers said the new cranes were unsafe",
        ),
        (
            "On Monday, the two ferry captains said they had no plans to retire, according to the Bellport Ledger.",
            "On Monday, the two ferry captains said they had no plans to retire",
        ),
    ],
)
def test_closing_according_to_reports_the_saying_with_what_is_said(text, content):
    # The source of the account reports who said what: one statement, the saying inside it.
    assert drawn(text) == [("according to", content)]


def test_closing_according_to_holds_a_named_speaker_too():
    # The account reports the named speaker's saying as well: one statement, not two.
    assert drawn("Mayor Okafor said the ferry would run again in May, according to the Bellport Ledger.") == [
        ("according to", "Mayor Okafor said the ferry would run again in May")
    ]


def test_according_to_inside_what_is_said_stays_there():
    # Not set off at the end of the sentence: part of what the mayor said.
    assert drawn("The mayor said the pier was built according to the old plans.") == [
        ("said", "the pier was built according to the old plans")
    ]


def test_headline_colon_reports_a_line_with_an_attribution_of_its_own():
    text = (
        "Okafor: I Still Believe The Ferry Can Be Saved\n\n"
        "Mayor Dana Okafor spoke on Monday. Okafor said the board would meet in May."
    )
    first = coded(text)[0]
    assert (first.speaker.text, first.cue.text, first.content.text) == (
        "Okafor", ":", "I Still Believe The Ferry Can Be Saved"
    )
    # What the line reports is part of what the named speaker says, not a statement besides.
    assert all(s.cue.text != "Still Believe" for s in coded(text))


def test_a_cue_inside_what_is_asked_reports_nothing():
    # Asked about a belief, she states none; the question is the asking's, and the mayor's
    # answer is a statement of its own.
    assert drawn("Asked if she believed the plant would close, the mayor said the owners had not decided.") == [
        ("Asked", "if she believed the plant would close"), ("said", "the owners had not decided")
    ]
    # An aside on someone named inside the question is still that person's statement.
    statements = drawn(
        "Voters may now ask whether candidates like Mr. Okafor, who claimed at one point that the port was sold, are fit to lead."
    )
    assert ("claimed", "that the port was sold") in statements
    # The asker going on is a statement of its own.
    assert drawn("The union asked for talks, saying it believed the dispute could be settled.") == [
        ("saying", "it believed the dispute could be settled")
    ]


def test_a_cue_inside_what_a_noun_or_adjective_reports_is_part_of_it():
    # The union claims the whole clause; "wants" inside it is no statement of the article.
    assert drawn("The union's claim that the mayor wants to close the port was denied.") == [
        ("claim", "that the mayor wants to close the port")
    ]
    assert drawn("Farmers are convinced that the council plans to raise the levy.") == [
        ("are convinced", "that the council plans to raise the levy")
    ]
    # A nested speaker named by name still speaks for herself.
    assert ("claim", "that Ana Ruiz told the council she would resign") in drawn(
        "Hale's claim that Ana Ruiz told the council she would resign was false.")
    # A document speaking for the clause it stands in leaves it to the clause's own cue.
    assert drawn("In a 20-page ruling, Judge Ana Ruiz wrote that the law was too broad.") == [
        ("wrote", "that the law was too broad")
    ]
