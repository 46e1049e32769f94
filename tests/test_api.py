"""The Python API: code_text and code_articles, typed records with one way to JSON."""

from __future__ import annotations

import json

import pytest

import eventdesk
from eventdesk.model import Article, CodedArticle

pytestmark = pytest.mark.slow

TEXT = (
    "Egypt's foreign minister met his Jordanian counterpart in Cairo on Sunday. "
    "Police in Nairobi arrested twelve protesters on Monday, according to a police spokesman."
)


def test_api_code_text_returns_a_typed_record():
    record = eventdesk.code_text(TEXT, published="2024-05-08")
    assert isinstance(record, CodedArticle)
    assert record.published == "2024-05-08"
    assert any(e.root == "04" for e in record.events)
    assert all(record.text[e.trigger.start : e.trigger.end] == e.trigger.text for e in record.events)


def test_api_record_round_trips_through_json():
    record = eventdesk.code_text(TEXT, published="2024-05-08")
    again = CodedArticle.from_dict(json.loads(record.to_json()))
    assert again.to_dict() == record.to_dict()


def test_api_code_articles_keeps_order_and_ids():
    inputs = [
        {"id": "first", "text": TEXT, "published": "2024-05-08"},
        Article(text="Protesters marched in Lima on Friday to demand the president resign.", id="second", published="2024-05-10"),
        "Iran and Oman held talks in Muscat.",
    ]
    records = list(eventdesk.code_articles(inputs))
    assert [r.id for r in records] == ["first", "second", "article-3"]
    assert records[1].published == "2024-05-10"


def test_api_date_of_an_event_comes_from_its_sentence():
    record = eventdesk.code_text(TEXT, published="2024-05-08")
    meeting = next(e for e in record.events if e.root == "04")
    assert meeting.date == "2024-05-05"  # the Sunday before publication
    assert meeting.date_text.text == "Sunday"


def test_api_a_dateline_city_is_not_an_actor():
    record = eventdesk.code_text("Headline\n\nBRASILIA - Brazil on Tuesday rejected a proposal from Argentina.\n", published="2024-08-07")
    assert record.events
    assert all(e.source is None or e.source.start >= record.text.index("Brazil on") for e in record.events)


def test_api_a_quote_after_an_attributed_quote_keeps_its_speaker():
    text = (
        "Dock workers in Valparaiso walked out on Monday.\n\n"
        "\u00abWe asked for talks for a year,\u00bb Marta Rojas, 41, told reporters at the gate. "
        "\u00abNobody answered.\u00bb\n\n"
        '"Wages have not moved," said Luis Pena, a crane driver who said he had worked there since 2009. '
        '"We will stay out until they do."\n'
    )
    record = eventdesk.code_text(text, published="2024-05-08")
    rojas = [s for s in record.statements if s.speaker and s.speaker.name == "Marta Rojas"]
    assert len(rojas) == 1 and "Nobody answered" in rojas[0].content.text
    pena = [s for s in record.statements if s.speaker and s.speaker.name == "Luis Pena" and s.type == "direct"]
    assert len(pena) == 1 and "We will stay out" in pena[0].content.text


def test_api_state_speaker_takes_the_country_named_outside_what_it_reports():
    record = eventdesk.code_text(
        "Headline\n\nLIMA - Peru's president met miners on Friday, and Interior Minister Ana Quispe said "
        "Chilean trucks had blocked the border.\n",
        published="2024-05-10",
    )
    quispe = next(s for s in record.statements if s.speaker and s.speaker.name == "Ana Quispe")
    assert quispe.speaker.country == "PER" and quispe.speaker.code == "PERGOV"
    assert not any(s.content.text.startswith("LIMA") for s in record.statements)


def test_api_a_statement_from_an_institution_is_its_words():
    record = eventdesk.code_text(
        "Rebels shelled two towns on Monday, according to a statement from the Malian army.", published="2024-03-12"
    )
    (statement,) = record.statements
    assert statement.speaker.code == "MLIMIL"
    assert statement.speaker.kind in ("state", "person", "organization", "group")


def test_api_state_speaker_without_country_takes_the_dateline_country():
    record = eventdesk.code_text(
        "Headline\n\nACCRA - Ghana expelled two Togolese diplomats on Monday, the foreign ministry said.\n",
        published="2024-05-10",
    )
    (statement,) = record.statements
    assert statement.speaker.code == "GHAGOV"


def test_api_its_spokesman_speaks_for_the_body_named_before():
    record = eventdesk.code_text(
        "The Chilean government declined to comment. Its spokesman, Tomas Vidal, said the talks would go on. "
        "The World Food Programme flew in grain, its director in Haiti said.",
        published="2024-05-10",
    )
    codes = {s.speaker.name or s.speaker.text: s.speaker.code for s in record.statements}
    assert codes.get("Tomas Vidal") == "CHLGOV"
    assert any(code.startswith("IGO") for name, code in codes.items() if "director" in name)


def test_api_given_dates_are_normalised_or_reported():
    record = eventdesk.code_text("Iran and Oman held talks in Muscat.", published="2024-03-12T08:30:00Z")
    assert record.published == "2024-03-12"
    (bad,) = eventdesk.code_articles([{"id": 7, "text": "Iran and Oman held talks in Muscat.", "published": "sometime"}])
    assert bad.id == "7" and bad.published is None
    assert any("sometime" in error for error in bad.errors)


def test_code_articles_yields_a_record_with_its_reason_for_what_it_cannot_code():
    """One bad item does not end the generator: it yields a record for it, with no events
    and the reason, and the articles after it still code, in order."""
    items = [
        {"id": "a", "text": "Russia condemned Ukraine over the strike."},
        {"id": "b", "title": "no text here"},
        {"id": "c", "text": None},
        42,
        {"id": "e", "text": "Kenya condemned Uganda over the raid."},
    ]
    records = list(eventdesk.code_articles(items))
    assert [r.id for r in records] == ["a", "b", "c", "article-4", "e"]
    assert records[0].events and records[4].events
    assert records[1].errors == ["not coded: the record has no 'text' field"] and records[1].title == "no text here"
    assert records[2].errors == ["not coded: 'text' is NoneType, not a string"]
    assert "cannot code a int" in records[3].errors[0]
    assert not any(r.events for r in records[1:4])


def test_code_text_says_why_an_empty_text_codes_nothing():
    for text in ("", "  \n\t "):
        record = eventdesk.code_text(text)
        assert record.events == [] and record.errors == ["not coded: the text is empty (or only spaces): nothing to code"]


def test_a_text_over_the_size_limit_gets_the_clis_reason_not_spacys_exception():
    record = eventdesk.code_text("Russia condemned Ukraine. " * 40_000)
    assert record.events == []
    assert record.errors == ["not coded: text is 1,040,000 characters; the most one article may have is 1,000,000"]


def test_a_byte_order_mark_at_the_start_is_not_text():
    record = eventdesk.code_text("\ufeffRussia condemned Ukraine over the strike.")
    assert record.text.startswith("Russia")
    event = record.events[0]
    assert (event.source.code, event.source.start, record.text[event.source.start:event.source.end]) == ("RUS", 0, "Russia")
    (dict_record,) = eventdesk.code_articles([{"id": "x", "text": "\ufeffKenya condemned Uganda."}])
    assert dict_record.text.startswith("Kenya") and dict_record.events[0].source.start == 0


def test_a_title_url_or_outlet_that_is_no_string_is_ignored_with_a_warning():
    """As the CLI's JSONL reader does: the field is dropped, the record says why, the
    article codes and the generator goes on."""
    items = [
        {"id": "a", "text": "Russia condemned Ukraine over the strike.", "title": 5, "url": ["x"]},
        eventdesk.Article(id="b", text="Kenya condemned Uganda over the raid.", outlet={"name": "x"}),
    ]
    first, second = eventdesk.code_articles(items)
    assert first.title is None and first.url is None and first.events
    assert first.errors == ['"title" is not a string (int); ignored', '"url" is not a string (list); ignored']
    assert second.outlet is None and second.events
    assert second.errors == ['"outlet" is not a string (dict); ignored']
