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
