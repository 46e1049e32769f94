"""Dates in news scrapes: tell a line that is nothing but a date ("Published: 2024-03-12",
"Updated 12 March 2024 14:05 GMT") from story text, and turn dates into YYYY-MM-DD.

ISO and all-number dates are read here, so that 03/04/2024 is never guessed; dates with a
month name are read by dateparser (English only, never preferring future dates).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

# A date line is short: a label, a date, a time and a zone. Longer lines are prose.
DATE_LINE_MAX_TOKENS = 16
# Years outside this range are not publication dates (page counts, phone numbers...).
YEAR_MIN, YEAR_MAX = 1900, 2100

DATEPARSER_LANGUAGES = ["en"]
DATEPARSER_SETTINGS = {
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    # "last week" or a Unix timestamp would be dated from today: only absolute dates.
    "PARSERS": ["custom-formats", "absolute-time"],
}

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
}  # fmt: skip
# Time-zone abbreviations news sites print after a time.
TIME_ZONES = {
    "gmt", "utc", "ut", "bst", "cet", "cest", "eet", "eest", "wet", "west", "msk", "trt",
    "ist", "pkt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "ct",
    "aest", "aedt", "acst", "awst", "nzst", "nzdt", "jst", "kst", "hkt", "sgt", "wib",
    "ict", "gst", "ast", "irst", "aft", "eat", "cat", "wat", "sast",
}  # fmt: skip
FILLER_WORDS = {"at", "on", "of", "the", "local", "time", "hrs", "h"}

# "Published", "Last updated on", "Date:" ... before a date.
_LABEL = re.compile(
    r"(?P<label>(?:first\s+|last\s+|originally\s+)?"
    r"(?:published|updated|posted|modified|released|created|issued|dated|date))"
    r"(?:\s+(?:on|at))?\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s*[|•·;]\s*|\s+[–—]\s+")
_RELATIVE = re.compile(
    r"^(?:about\s+|around\s+)?(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago$"
    r"|^(?:just\s+now|today|yesterday)$",
    re.IGNORECASE,
)
_MAY_BE_DATE = re.compile(r"\d|\b(?:ago|yesterday|today|just\s+now)\b", re.IGNORECASE)
_TOKEN = re.compile(
    r"(?P<iso>\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?)"
    r"|(?P<numeric>\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))(?![\d:])"
    r"|(?P<time>\d{1,2}(?:[:.]\d{2}){1,2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?(?![a-z]))"
    r"|(?P<offset>[+-]\d{1,2}(?::?\d{2})?)"
    r"|(?P<ordinal>\d{1,2}(?:st|nd|rd|th))\b"
    r"|(?P<number>\d+)"
    r"|(?P<word>[A-Za-z]+)\.?"
    r"|(?P<punct>[,()\-–—/])"
    r"|(?P<other>\S)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DatePart:
    """One date found on a date line: its label ("published", "updated", ...) and value."""

    label: str | None
    date: str | None  # YYYY-MM-DD, or None when the date is relative or ambiguous


def parse_date_line(line: str) -> list[DatePart] | None:
    """The dates on `line` when the line holds nothing but dates (with labels, times,
    zones and separators); None when it holds anything else."""
    if len(line.split()) > 2 * DATE_LINE_MAX_TOKENS or not _MAY_BE_DATE.search(line):
        return None  # the quick no for almost every line of a story
    parts: list[DatePart] = []
    for chunk in _chunks(line):
        part = _parse_chunk(chunk)
        if part is None:
            return None
        if part is not _EMPTY:
            parts.append(part)
    return parts or None


def normalize_date(value: str) -> str | None:
    """YYYY-MM-DD for a date written any common way ("2024-03-12T10:00Z", "12 March
    2024"), or None when `value` is not a full date (a year alone, "last week")."""
    value = value.strip()
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if iso:
        return _valid(int(iso[1]), int(iso[2]), int(iso[3]))
    parts = parse_date_line(value)
    if parts:
        return next((p.date for p in parts if p.date), None)
    if not re.search(r"\b\d{4}\b", value):
        return None  # a full date has a year
    return _dateparser(value)


_EMPTY = DatePart(None, None)


def _chunks(line: str) -> list[str]:
    chunks = []
    for piece in _SEPARATORS.split(line.strip()):
        # "Published 12 May 2024 Updated 13 May 2024" has no separator: split at labels.
        starts = [m.start() for m in _LABEL.finditer(piece) if _is_word_start(piece, m.start())]
        bounds = sorted({0, *starts, len(piece)})
        chunks.extend(piece[a:b].strip() for a, b in zip(bounds, bounds[1:]))
    return [c for c in chunks if c]


def _is_word_start(text: str, index: int) -> bool:
    return index == 0 or not text[index - 1].isalnum()


def _parse_chunk(chunk: str) -> DatePart | None:
    label = None
    match = _LABEL.match(chunk)
    if match:
        label = " ".join(match["label"].lower().split())
        chunk = chunk[match.end() :]
    chunk = chunk.strip(" ,:-–—")
    if not chunk:
        return _EMPTY
    if _RELATIVE.match(chunk):
        return DatePart(label, None)
    tokens = [(m.lastgroup, m.group(m.lastgroup)) for m in _TOKEN.finditer(chunk)]
    if len(tokens) > DATE_LINE_MAX_TOKENS:
        return None
    month = day = year = None
    full = False
    value: str | None = None
    for kind, text in tokens:
        low = text.lower().rstrip(".")
        if kind == "iso":
            full = True
            value = value or normalize_date(text)
        elif kind == "numeric":
            full = True
            value = value or _numeric(text)
        elif kind in ("time", "offset", "punct"):
            continue
        elif kind == "ordinal":
            day = day or int(low[:-2])
        elif kind == "number":
            number = int(text)
            if len(text) == 4 and YEAR_MIN <= number <= YEAR_MAX:
                year = year or number
            elif len(text) <= 2 and 1 <= number <= 31:
                day = day or number
            else:
                return None
        elif kind == "word":
            if low in MONTHS:
                month = month or low
            elif low in WEEKDAYS or low in TIME_ZONES or low in FILLER_WORDS:
                continue
            else:
                return None
        else:
            return None
    if month and day and year:
        full = True
        value = value or _dateparser(f"{day} {month} {year}")
    elif month and day:
        # A month and day with no year still makes a date line, but guessing the year
        # from today's date would misdate an old article: no value.
        full = True
    return DatePart(label, value) if full else None


def _numeric(text: str) -> str | None:
    """Day and month in all-number dates are read only when the order is certain."""
    first, second, year = (int(p) for p in re.split(r"[/.]", text))
    if year < 100:
        year += 2000
    if first > 12 and second <= 12:
        return _valid(year, second, first)
    if second > 12 and first <= 12:
        return _valid(year, first, second)
    if first == second:
        return _valid(year, first, second)
    return None


def _valid(year: int, month: int, day: int) -> str | None:
    if not YEAR_MIN <= year <= YEAR_MAX:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _dateparser(text: str) -> str | None:
    import dateparser  # slow to import; only scrapes with date lines need it

    try:
        parsed = dateparser.parse(text, languages=DATEPARSER_LANGUAGES, settings=DATEPARSER_SETTINGS)
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed is None or not YEAR_MIN <= parsed.year <= YEAR_MAX:
        return None
    return parsed.date().isoformat()
