"""Event precision (session 14): what the article itself forecasts someone would do, views
and ideas offered, mail received: no events, next to the events that must still code.
Sentences written for these tests."""

import pytest

from eventdesk.pipeline import code_text


def _events(text):
    return code_text(text, published="2016-05-05").events


# ---------------------------------------------------------------- the writer's guess

@pytest.mark.parametrize("text", [
    "The mine workers would back the governor.",
    "If elected, the senator would meet the Russian president.",
    "The senator would be forced into a tight corner by the committee.",
    "The governor would criticize Senator Lane.",
])
def test_what_the_writer_forecasts_someone_would_do_is_no_event(text):
    assert not _events(text)


@pytest.mark.parametrize("text, root", [
    ("The governor would later apologize to the senator.", "05"),  # what happened next
    ("The senator said he would meet the Iranian president.", "03"),  # an intent
    ("The agency shared the names with the army so that soldiers could arrest the rebels.", "17"),  # a purpose
    ("Instead, the senator told CNN, his policy would merely be to attack them.", "11"),  # said
    ("But the governor could not resist taking swipes at Senator Lane.", "11"),  # done
    ("The governor would not stop attacking Senator Lane.", "11"),  # done
    ("The union endorsed the mayor.", "05"),
    ("Moscow could impose new sanctions on Kiev.", "16"),  # an option, hypothetical
])
def test_what_happened_or_was_said_or_intended_still_codes(text, root):
    assert any(e.cameo.startswith(root) for e in _events(text))


# ---------------------------------------------------------------- views offered, mail received

@pytest.mark.parametrize("text", [
    "At the forum, Senator Lane and Governor Dunn offered Ohio voters different approaches to the economy.",
    "The mayor described the bold vision Republicans are offering for Americans.",
    "The mayor said he has received hundreds of emails from Americans.",
])
def test_views_offered_and_mail_received_are_no_event(text):
    assert not _events(text)


@pytest.mark.parametrize("text, code", [
    ("The governor offered Senator Lane a seat in the cabinet.", "030"),
    ("The prime minister offered his condolences to the flood victims' families.", "018"),
    ("The governor received the Chinese ambassador.", "043"),
])
def test_an_offer_condolences_or_a_visitor_received_still_code(text, code):
    assert code in {e.cameo for e in _events(text)}
