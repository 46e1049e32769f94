"""Finding quotations in raw text: every kind of mark, apostrophes, strays, news-style paragraphs."""

from __future__ import annotations

import pytest

from eventdesk.statements.quotes import find_quotations


def inner(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in find_quotations(text) if q.depth == 0]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We are ready," she said.', ["We are ready,"]),
        ("“We are ready,” she said.", ["We are ready,"]),
        ("„Wir sind bereit“, sagte sie.", ["Wir sind bereit"]),
        ("«Nous sommes prêts», a-t-elle dit.", ["Nous sommes prêts"]),
        ("»Vi er klar«, sagde hun.", ["Vi er klar"]),
        ("‹Prêts›, dit-elle.", ["Prêts"]),
        ("‘We are ready,’ she said.", ["We are ready,"]),
        ("'We are ready,' she said.", ["We are ready,"]),
    ],
)
def test_quotes_every_kind_of_mark_opens_and_closes(text, expected):
    assert inner(text) == expected


def test_quotes_apostrophes_are_not_quote_marks():
    text = "The ministers' plan won't pass, and O'Neill's team doesn't expect the '90s rules to return."
    assert find_quotations(text) == []


def test_quotes_possessive_inside_single_quotes_does_not_close_them():
    text = "'The farmers' anger is real,' said the mayor."
    assert inner(text) == ["The farmers' anger is real,"]


def test_quotes_nested_single_inside_double_is_one_level_down():
    text = 'He said: "They call it \'protection\' but it is control."'
    quotes = find_quotations(text)
    assert [(q.depth, text[q.inner_start : q.inner_end]) for q in quotes] == [
        (0, "They call it 'protection' but it is control."),
        (1, "protection"),
    ]


def test_quotes_news_style_paragraphs_continue_one_quotation():
    text = 'The mayor said: "The river rose in an hour.\n\n"Nobody had time to save anything."\n\nRain is forecast.'
    quotes = find_quotations(text)
    assert len(quotes) == 1
    assert text[quotes[0].inner_start : quotes[0].inner_end].endswith("save anything.")
    assert quotes[0].reopenings  # the mark that re-opened the second paragraph


def test_quotes_unclosed_mark_stops_at_its_paragraph_and_scanning_goes_on():
    text = 'He called it "a farce.\nLater she said "we will appeal" to reporters.'
    assert inner(text) == ["a farce.", "we will appeal"]
    assert find_quotations(text)[0].closed is False


@pytest.mark.parametrize(
    "text, quoted",
    [
        ('"', []),
        ("'", []),
        ("“”", []),
        ('5\'11" tall', []),
        ("»«", []),
        ('" " "', []),
        ("‘", []),
        ("„", []),
        ("A \" B ' C « D", []),
        ("", []),
        # A stray mark before a balanced quotation does not hide it.
        ('5\'11" tall, he said "we go on" today.', ["we go on"]),
        ('A " B, he said "we go on" today.', ["we go on"]),
    ],
)
def test_quotes_stray_marks_never_raise(text, quoted):
    """Stray marks raise nothing and make no quotation; a balanced one beside them is found."""
    found = find_quotations(text)
    assert [text[q.inner_start : q.inner_end] for q in found if q.closed] == quoted


@pytest.mark.parametrize("separator", ["\n", "\r\n", "\r", "\u2029", "\u2028"])
def test_quotes_left_open_at_any_paragraph_break_end_there(separator):
    text = f'The mayor said: "We will rebuild the bridge.{separator}Later the governor called it "a relic" of the past.'
    assert inner(text) == ["We will rebuild the bridge.", "a relic"]


def test_two_single_marks_typed_for_a_double_one_make_one_quotation():
    from eventdesk.statements.quotes import find_quotations

    text = "''The budget is a mess,'' the treasurer said, and ''we will fix it.''"
    quotes = find_quotations(text)
    assert [text[q.inner_start : q.inner_end] for q in quotes] == ["The budget is a mess,", "we will fix it."]
    assert [text[q.start : q.end] for q in quotes] == ["''The budget is a mess,''", "''we will fix it.''"]


def test_quotes_mark_behind_an_invisible_format_character_opens_as_usual():
    # Pages put direction marks (U+202A) or zero-width spaces before a paragraph's mark.
    text = "The post drew replies.\n\n\u202a”This has to stop. They are wrong,” wrote Ann Lee.\n\n\u200b“We agree,” said Bo Kim."
    assert inner(text) == ["This has to stop. They are wrong,", "We agree,"]


def test_quotes_phrase_left_open_by_the_writer_does_not_run_into_the_next_paragraph():
    # A quoted phrase inside the writer's sentence whose closing mark is missing ends with
    # its paragraph; the quotation opening the next paragraph is another one.
    text = 'Lee said the plan is “a shapeless idea.\n\n“We pass laws. That is our job,” Lee said.'
    assert inner(text) == ["a shapeless idea.", "We pass laws. That is our job,"]
    # A quotation that opens its own passage still runs on, news style.
    text = 'Lee said: “We pass laws.\n\n“That is our job,” Lee said.'
    assert inner(text) == ["We pass laws.\n\n“That is our job,"]
