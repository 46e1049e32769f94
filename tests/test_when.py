import pytest

from eventdesk.when import parse_date


def test_when_month_name_resolves_to_the_past_month():
    assert parse_date("in February", "2019-05-17") == ("2019-02", "month")


def test_when_weekday_is_the_last_one_before_publication():
    assert parse_date("on Tuesday", "2024-03-15") == ("2024-03-12", "day")


def test_when_last_week_is_a_week_before_publication():
    assert parse_date("last week", "2024-03-15") == ("2024-03-08", "week")


def test_when_future_expression_for_plans():
    assert parse_date("next month", "2024-03-15", prefer="future") == ("2024-04", "month")


def test_when_a_bare_year_is_not_a_day():
    assert parse_date("in 2015", "2024-03-15") == (None, "year")


def test_when_vague_expression_gives_nothing():
    assert parse_date("recent years", "2024-03-15") is None
    assert parse_date("next", "not a date") is None


def test_when_weekday_of_the_publication_day_is_that_day():
    # 2024-03-12 was a Tuesday: "on Tuesday" in that day's paper is the same day.
    assert parse_date("on Tuesday", "2024-03-12") == ("2024-03-12", "day")
    assert parse_date("Monday night", "2024-03-12") == ("2024-03-11", "day")
    assert parse_date("on Friday", "2024-03-12", prefer="future") == ("2024-03-15", "day")
    assert parse_date("last Tuesday", "2024-03-12") == ("2024-03-05", "day")


@pytest.mark.parametrize("expression, published, expected", [
    ("April 26 and 28", "2022-05-01", "2022-04-26"),  # not the year 1928
    ("26-28 April", "2022-05-01", "2022-04-26"),
    ("March 3-5", "2022-05-01", "2022-03-03"),
    ("between May 1 and May 3", "2022-05-10", "2022-05-01"),
    ("from 3 to 5 March", "2022-05-01", "2022-03-03"),
])
def test_when_several_days_date_the_first(expression, published, expected):
    assert parse_date(expression, published) == (expected, "day")


def test_when_a_decade_is_no_date():
    assert parse_date("the 1990s", "2022-01-01") is None
    assert parse_date("the early 2000s", "2022-01-01") is None


def test_when_a_future_clause_looks_forward(nlp):
    from eventdesk.when import _future

    doc = nlp("The two ministers will sign the accord in Geneva on Monday.")
    sign = next(t for t in doc if t.lemma_ == "sign")
    assert _future(sign)
    doc = nlp("The two ministers signed the accord in Geneva on Monday.")
    assert not _future(next(t for t in doc if t.lemma_ == "sign"))


@pytest.mark.parametrize("expression", ["Monday or Tuesday", "on Thursday or Friday", "June 3 or 4", "3 or 4 June"])
def test_when_alternative_days_date_no_day(expression):
    # 2023-06-04 was a Sunday: "Monday or Tuesday" is neither the past Monday nor a guess.
    assert parse_date(expression, "2023-06-04") == (None, "uncertain")
    assert parse_date(expression, "2023-06-04", prefer="future") == (None, "uncertain")


def test_when_a_span_of_days_in_the_future_dates_its_first_day():
    assert parse_date("Monday to Wednesday", "2023-06-04", prefer="future") == ("2023-06-05", "day")


def _dated(code, text, published):
    return [(e.trigger.text, e.date, e.date_precision, e.date_source,
             e.date_text.text if e.date_text else None) for e in code(text, published=published).events]


@pytest.mark.slow
def test_when_each_event_says_where_its_date_comes_from(code):
    events = _dated(code, "Chile expelled two Bolivian diplomats on Tuesday.", "2023-06-08")
    assert [(d, p, s, x) for _, d, p, s, x in events] == [("2023-06-06", "day", "expression", "Tuesday")]
    events = _dated(code, "Chile expelled two Bolivian diplomats.", "2023-06-08")
    assert [(d, p, s, x) for _, d, p, s, x in events] == [("2023-06-08", "published", "published", None)]
    undated = _dated(code, "Chile expelled two Bolivian diplomats.", None)
    assert undated and all(d is None and s is None for _, d, _, s, _ in undated)


@pytest.mark.slow
def test_when_future_weekday_in_a_sunday_article_is_the_coming_one(code):
    # 2023-06-04 was a Sunday.
    events = _dated(code, "The Peruvian foreign minister will visit Ecuador on Tuesday.", "2023-06-04")
    assert [(d, s) for _, d, _, s, _ in events] == [("2023-06-06", "expression")]
    events = _dated(code, "Peru's president met the Ecuadorian foreign minister on Monday or Tuesday.",
                    "2023-06-04")
    assert [(d, p, s, x) for _, d, p, s, x in events] == [(None, "uncertain", "expression", "Monday or Tuesday")]


@pytest.mark.slow
def test_when_two_days_of_one_month_in_an_article_date_the_first(code):
    events = _dated(code, "Polish and Czech ministers held talks in Warsaw on April 26 and 28.", "2022-05-10")
    assert events and all((d, s) == ("2022-04-26", "expression") for _, d, _, s, _ in events)
