"""The "no comment" family: refusing a request for comment is declining to comment (011);
returning or not returning a call, a message or a request answers it and returns nothing
(no 084); a mere non-response ("did not respond to requests for comment") is no event."""

import pytest

from eventdesk.pipeline import code_text

STORY = "Senator Bernie Sanders spoke to voters in Iowa on Monday. "


def _codes(text):
    return {(e.cameo, e.source.text if e.source else None, e.target.text if e.target else None)
            for e in code_text(STORY + text, published="2016-03-01").events
            if e.source is None or "Sanders" not in e.source.text}


@pytest.mark.parametrize("text", [
    "A spokesman for Governor Walker did not return calls seeking comment.",
    "The mayor did not return an email from reporters.",
    "The mayor returned a call from the governor on Friday.",
    "The company did not respond to requests for comment.",
])
def test_answering_calls_and_messages_returns_nothing(text):
    found = _codes(text)
    assert not any(c.startswith("084") for c, _, _ in found), found


@pytest.mark.parametrize("text, source", [
    ("The governor's office declined requests for comment.", "governor's office"),
    ("The Pentagon rejected requests for comment on the report.", "Pentagon"),
])
def test_refusing_a_request_for_comment_is_declining_to_comment(text, source):
    found = _codes(text)
    assert any(c == "011" and s and source in s and t is None for c, s, t in found), found


@pytest.mark.parametrize("text, code", [
    ("Russia returned the seized ships to Ukraine.", "0842"),
    ("The army returned the bodies to their families.", "0842"),
])
def test_returning_things_stays_a_return(text, code):
    assert any(c == code for c, _, _ in _codes(text))


@pytest.mark.parametrize("text, source", [
    ("The Pentagon had no comment on the report.", "Pentagon"),
    ("The Kremlin offered no comment on the strike.", "Kremlin"),
])
def test_no_comment_as_the_object_is_declining_to_comment(text, source):
    found = _codes(text)
    assert any(c == "011" and s and source in s and t is None for c, s, t in found), found


def test_comments_had_are_no_refusal():
    assert not any(c == "011" for c, _, _ in _codes("The Pentagon had comments on the draft report."))
