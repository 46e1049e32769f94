"""Documents, polls and records as sources: "the figures show (that) ..." reports what they
show; "showed someone something" reports nothing."""

from __future__ import annotations

import pytest

from eventdesk.model import Article

pytestmark = pytest.mark.slow


def _statements(pipeline, text):
    return pipeline.code(Article(text=text, id="t")).statements


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Tax filings show the firm paid nothing to the city in 2019.", "Tax filings", "the firm paid nothing to the city in 2019"),
        ("The latest survey shows that turnout among young voters fell.", "The latest survey", "turnout among young voters fell"),
    ],
)
def test_a_document_shows_a_clause(pipeline, text, speaker, content):
    (statement,) = _statements(pipeline, text)
    assert statement.speaker is not None and statement.speaker.text == speaker
    assert content in statement.content.text
    assert statement.cue.text.startswith("show")


def test_showing_someone_a_thing_is_no_statement(pipeline):
    assert _statements(pipeline, "The guide showed the visitors a map of the old harbour.") == []
