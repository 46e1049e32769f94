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


def test_quotes_mark_after_a_no_break_space_opens_as_usual():
    # Web pages put a no-break space between a sentence's full stop and the next mark.
    text = 'The mayor spoke.\n"We will rebuild the pier," she said.\xa0"Every family deserves it."'
    assert inner(text) == ["We will rebuild the pier,", "Every family deserves it."]


@pytest.mark.slow
def test_quotation_after_its_attribution_and_a_no_break_space_goes_on(statements):
    text = 'The mayor spoke at the harbor.\n"We will rebuild the pier," she said.\xa0"Every family here deserves it."'
    found = statements(text)
    assert [(s.cue.text, s.content.text) for s in found] == [
        ("said", 'We will rebuild the pier," she said.\xa0"Every family here deserves it.'),
    ]


def test_quotes_phrase_left_open_by_the_writer_does_not_run_into_the_next_paragraph():
    # A quoted phrase inside the writer's sentence whose closing mark is missing ends with
    # its paragraph; the quotation opening the next paragraph is another one.
    text = 'Lee said the plan is “a shapeless idea.\n\n“We pass laws. That is our job,” Lee said.'
    assert inner(text) == ["a shapeless idea.", "We pass laws. That is our job,"]
    # A quotation that opens its own passage still runs on, news style.
    text = 'Lee said: “We pass laws.\n\n“That is our job,” Lee said.'
    assert inner(text) == ["We pass laws.\n\n“That is our job,"]


# -- quotations as statements: the pipeline on short articles of our own ----------------------


@pytest.fixture(scope="module")
def statements():
    from eventdesk.actors import ActorResolver
    from eventdesk.nlp import load_nlp
    from eventdesk.settings import Settings
    from eventdesk.statements import StatementExtractor

    nlp = load_nlp(Settings())
    extractor = StatementExtractor(ActorResolver.load())

    def _statements(text: str):
        doc = nlp(text)
        doc._.content_sents = list(doc.sents)
        return extractor(doc)[0]

    return _statements


@pytest.mark.slow
def test_attribution_after_a_quotation_stays_in_its_paragraph(statements):
    # The clause opening the next paragraph belongs to the quotation after it, not before.
    text = (
        'At the debate, Sanders said, "I take no fees from banks.”\n\n'
        "In a statement, party strategist Guy Cecil said: “Karl Rove is trying to interfere in the caucus. "
        "We will not let that stand.”"
    )
    found = statements(text)
    assert [(s.speaker.text, s.content.text, s.type) for s in found] == [
        ("Sanders", "I take no fees from banks.", "direct"),
        ("party strategist Guy Cecil", "Karl Rove is trying to interfere in the caucus. We will not let that stand.", "direct"),
    ]


@pytest.mark.slow
def test_quotation_closing_its_sentence_is_not_the_next_sentences_statement(statements):
    text = '"We are ready." In a statement, Hill said: "The army is ready too."'
    found = statements(text)
    assert [s.content.text for s in found if s.speaker and s.speaker.text == "Hill"] == ["The army is ready too."]


@pytest.mark.slow
def test_quotation_split_by_an_attribution_with_a_phrase_of_its_own_is_one_direct_statement(statements):
    text = (
        "“Many farmers are worried this season,” Ruiz wrote in a letter to\xa0Reuters\xa0explaining why she is "
        "running, “but most growers agree that the region is on the wrong track. We must talk about it.”"
    )
    found = statements(text)
    wrote = next(s for s in found if s.cue.text == "wrote")
    assert wrote.type == "direct"
    assert wrote.content.text.startswith("Many farmers are worried")
    assert wrote.content.text.endswith("We must talk about it.")


@pytest.mark.slow
def test_quotation_of_a_paragraph_opened_after_an_invisible_mark(statements):
    text = (
        "The post drew many replies.\n\n"
        "\u202a”This is why the scheme has to end. It is unfair. Farmers are losing out,” said Ann Lee."
    )
    found = statements(text)
    assert [(s.speaker.text, s.type, s.content.text) for s in found] == [
        ("Ann Lee", "direct", "This is why the scheme has to end. It is unfair. Farmers are losing out"),
    ]


@pytest.mark.slow
def test_writer_phrase_left_open_is_not_run_into_the_next_paragraphs_quotation(statements):
    text = (
        "Grayson said the plan is “a shapeless position to have.\n\n"
        "“We pass laws. That is our job,” Grayson said. “We do not debate notions.”"
    )
    found = statements(text)
    direct = [s for s in found if s.type == "direct"]
    assert len(direct) == 1
    assert direct[0].content.text.startswith("We pass laws.")
    assert "shapeless" not in direct[0].content.text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("FLINT, Mich., Oct. 4 (UPI) — Former President Bill Clinton said premiums are rising.", "Former President Bill Clinton"),
        ("BERLIN (Reuters) - The ministry said on Monday that the budget would pass.", "The ministry"),
    ],
)
def test_dateline_is_never_in_the_speaker(statements, text, speaker):
    (said,) = statements(text)
    assert said.speaker.text == speaker


@pytest.mark.slow
def test_dateline_stays_out_of_a_speaker_referred_back_to(statements):
    text = (
        "FLINT, Mich., Oct. 4 (UPI) — Former President Bill Clinton criticized the health law during a stop.\n\n"
        "During the rally, the former president said premiums are rising."
    )
    said = next(s for s in statements(text) if s.cue.text == "said")
    assert said.speaker.text == "Former President Bill Clinton"
    assert said.speaker_mention.text == "the former president"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        (
            'After a late meeting, the Security Council issued a statement condemning the test. '
            "The statement noted that members would take further measures.",
            "the Security Council",
            "The statement",
        ),
        ("The Health Ministry released a report on Monday. The report found that 40 clinics had closed.",
         "The Health Ministry", "The report"),
    ],
)
def test_document_named_again_speaks_for_the_body_that_issued_it(statements, text, speaker, mention):
    said = next(s for s in statements(text) if s.speaker_mention is not None)
    assert (said.speaker.text, said.speaker_mention.text) == (speaker, mention)


@pytest.mark.slow
def test_document_nobody_is_said_to_have_issued_speaks_as_written(statements):
    text = "Police said a report was filed. The report said the driver fled."
    said = [s for s in statements(text) if s.content.text == "the driver fled"]
    assert said[0].speaker.text == "The report" and said[0].speaker_mention is None


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Ana Maria Lopez, 59, of Ashton, Md., who watched the parade on a screen, said the event brought back memories.",
         "Ana Maria Lopez"),
        ("Rep. Tom Hale, R-Wis., who chairs the panel, said the bill would pass.", "Rep. Tom Hale"),
    ],
)
def test_speaker_without_the_tags_after_a_name(statements, text, speaker):
    (said,) = [s for s in statements(text) if s.cue.text == "said"]
    assert said.speaker.text == speaker


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, speaker, mention",
    [
        ("Josh Lee, the mayor's press secretary, said the plan would work.", "Josh Lee", "Josh Lee, the mayor's press secretary"),
        ("The plan is dead, said Ana Ruiz, a historian at Lima University.", "Ana Ruiz", "Ana Ruiz, a historian at Lima University"),
        ("Sen. Tom Hale (R-Wis.) said he would vote against it.", "Sen. Tom Hale", "Sen. Tom Hale (R-Wis.)"),
        ("Rep. Tom Hale, R-Wis., who chairs the panel, said the bill would pass.", "Rep. Tom Hale",
         "Rep. Tom Hale, R-Wis., who chairs the panel"),
    ],
)
def test_speaker_phrase_going_on_after_the_name_is_its_mention(statements, text, speaker, mention):
    # The name is the speaker; the whole phrase as written, as news annotators draw the
    # source, is its mention.
    (said,) = [s for s in statements(text) if s.cue.text == "said"]
    assert (said.speaker.text, said.speaker_mention.text) == (speaker, mention)


@pytest.mark.slow
def test_a_bare_name_has_no_mention(statements):
    (said,) = statements("Ana Ruiz said the talks had failed.")
    assert said.speaker_mention is None


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, start",
    [
        # the writer's words before a comma run into the quotation: mixed, from the first word
        ("Based on what she saw that night, “I cannot trust her with the army,” Tiegen said.", "Based on what"),
        # a quoted phrase of the writer's own may be among them
        ("The “opt out” movement is about “parents telling leaders what they want,” Wilcox said.", "The “opt out”"),
    ],
)
def test_writer_words_ending_in_a_comma_run_into_the_quotation(statements, text, start):
    (said,) = statements(text)
    assert said.type == "mixed" and said.content.text.startswith(start)


@pytest.mark.slow
def test_a_lone_but_before_a_quotation_is_not_content(statements):
    (added,) = statements("But, “We are, in effect, at war,” he added.")
    assert added.type == "direct" and added.content.text.startswith("We are")


@pytest.mark.slow
@pytest.mark.parametrize("mark", ["''", '"', "“"])
def test_quotation_opening_a_sentence_is_not_run_into_the_sentence_before(statements, mark):
    # Two single marks typed for a double one read as a closing mark to the parser: the
    # sentence before would run on, and its words would be taken into the quotation.
    close = {"''": "''", '"': '"', "“": "”"}[mark]
    text = (
        f"The town bought the old mill in 2011 for $2 million. {mark}We wanted to keep the land,{close} "
        "Mayor Rosa Diaz said of the site, which dates from 1890."
    )
    found = statements(text)
    assert [(s.speaker.text, s.content.text, s.type) for s in found] == [
        ("Mayor Rosa Diaz", "We wanted to keep the land", "direct"),
    ]


def test_a_quotation_split_by_a_cue_of_a_clause_is_one_statement_and_ends_the_one_before(statements):
    # '"...," Harlow concluded, "..."': "conclude" reports a clause, here a quotation; both
    # parts are its content, and the quotation before it does not run on into them.
    text = (
        '"The council will pass a budget that nobody likes," Harlow said.\n\n'
        '"We must take this chance," Harlow concluded, "and elect a mayor who will fix the roads."'
    )
    said, concluded = sorted(statements(text), key=lambda s: s.cue.start)
    assert said.content.text == "The council will pass a budget that nobody likes"
    assert concluded.cue.text == "concluded" and concluded.type == "direct"
    assert concluded.content.text.startswith("We must take this chance")
    assert concluded.content.text.endswith("and elect a mayor who will fix the roads.")


@pytest.mark.slow
def test_quotation_goes_on_in_the_next_sentence_with_the_same_marks(statements):
    text = "''We will rebuild the harbor,'' the mayor said. ''It will take two years.''"
    [statement] = statements(text)
    assert statement.content.text == "We will rebuild the harbor,'' the mayor said. ''It will take two years."


@pytest.mark.slow
def test_quotation_going_on_inside_the_writers_sentence_still_goes_on(statements):
    text = "''We will rebuild the harbor,'' the mayor said. ''The council has been far too slow,'' which she blamed on the budget."
    found = [s for s in statements(text) if s.cue.text == "said"]
    assert [s.content.text for s in found] == ["We will rebuild the harbor,'' the mayor said. ''The council has been far too slow"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "after",
    [
        "\n\n'A town that waits.'\n\nThe harbor closed in May.",  # a section title in other marks
        " ''Harbor Lights,'' which opens on Friday, is her third play.",  # a title in the writer's sentence
        " ''Not with our money,'' an angry councillor shot back.",  # words with a speaker of their own
    ],
)
def test_quotation_that_is_no_speech_going_on_is_not_joined(statements, after):
    text = "''We will rebuild the harbor,'' the mayor said." + after
    found = [s for s in statements(text) if s.speaker is not None and s.speaker.text == "the mayor"]
    assert [s.content.text for s in found] == ["We will rebuild the harbor"]


@pytest.mark.slow
def test_attribution_ending_in_a_colon_introduces_the_quotation_after_it(statements):
    text = 'The treaty "could come down the line," he warned: "It will not happen soon. The islands will wait."'
    found = [s for s in statements(text) if s.cue.text == "warned"]
    assert [(s.content.text, s.type) for s in found] == [("It will not happen soon. The islands will wait.", "direct")]


@pytest.mark.slow
def test_participle_after_a_quotations_attribution_takes_the_quotation_after_it(statements):
    text = '"We will win this," she said, adding, "Nobody here is giving up."'
    found = statements(text)
    assert [(s.cue.text, s.content.text) for s in found] == [
        ("said", "We will win this"),
        ("adding", "Nobody here is giving up."),
    ]
