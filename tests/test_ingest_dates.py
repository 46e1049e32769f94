"""Dates from input records and date lines become YYYY-MM-DD, or nothing when unsure."""

from __future__ import annotations

import pytest

from eventdesk.ingest.dates import normalize_date, parse_date_line


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-03-12", "2024-03-12"),
        ("2024-03-12T23:30:00-05:00", "2024-03-12"),
        ("12 March 2024", "2024-03-12"),
        ("Tue, 12 Mar 2024 14:05:00 GMT", "2024-03-12"),
        ("March 12th, 2024", "2024-03-12"),
        ("12/25/2024", "2024-12-25"),
        ("2024-02-30", None),  # no such day
        ("03/04/2024", None),  # 3 April or 4 March
        ("12 March", None),  # no year: not guessed from today
        ("March 2024", None),
        ("last week", None),
        ("", None),
    ],
)
def test_dates_normalize_gives_a_full_date_or_none(value, expected):
    assert normalize_date(value) == expected


def test_dates_line_with_published_and_updated_keeps_both_labels():
    parts = parse_date_line("Published 12 March 2024, 14:05 GMT | Updated 13 March 2024")
    assert [(p.label, p.date) for p in parts] == [("published", "2024-03-12"), ("updated", "2024-03-13")]


@pytest.mark.parametrize(
    "line",
    ["The talks ended on 12 March 2024.", "2 min read", "Updated", "Monday", "Room 12, 3rd floor"],
)
def test_dates_line_with_anything_but_dates_is_not_a_date_line(line):
    assert parse_date_line(line) is None
