"""When: event dates from the date expressions of their sentence, against `published`.

An expression is tied to an event when it hangs (in the dependency parse) under the
event's trigger; a sentence's only date expression goes to its events unless it hangs
under some other verb. "in February" gives a month, "on Tuesday" a day, "last week" the
day a week before; with no expression the event takes the publication date. Each event
says where its date came from (`date_source`: "expression", whose words and offsets are in
`date_text`, "published", or null when there is neither).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from bisect import bisect_left
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from eventdesk.lang import FUTURE_AUXILIARIES
from eventdesk.model import Event, Span
from eventdesk.nlp import children_of, register_extensions, sentence_of

log = logging.getLogger(__name__)

# Expressions that name a duration or an age, not a point in time ("for ten years").
_DURATION_HEADS = {"for", "during", "over", "since", "within"}
_UNDATABLE = {"recent years", "years", "decades", "months", "weeks", "days", "today's"}
_DECADE = re.compile(r"(?:the )?(?:early |mid-|mid |late )?(?:\d{2})?\d0s")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = re.compile(r"(?:on |last |this )?((?:mon|tues|wednes|thurs|fri|satur|sun)day)(?: (?:morning|afternoon|evening|night))?")
# The most steps between a date expression and a verb for the expression to belong to it.
MAX_HOPS = 4


@lru_cache(maxsize=64)
def _parser(base: dt.date, prefer: str):
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
            "PREFER_DATES_FROM": prefer,
            "RETURN_TIME_AS_PERIOD": True,
            "REQUIRE_PARTS": [],
        },
    )


@lru_cache(maxsize=4096)  # events of one article share their date expressions
def parse_date(expression: str, published: str, prefer: str = "past") -> tuple[str | None, str] | None:
    """(date, precision) for an expression relative to `published`, or None if it is no date."""
    try:
        base = dt.date.fromisoformat(published)
    except ValueError:
        return None
    lowered = expression.strip().lower()
    if _alternatives(lowered):
        # "Monday or Tuesday": either day may be the one, so the event has no day.
        return None, "uncertain"
    cleaned = _first_of_several(lowered)
    if cleaned in _UNDATABLE or _DECADE.fullmatch(cleaned) or not any(ch.isalnum() for ch in cleaned):
        return None
    weekday = _WEEKDAY.fullmatch(cleaned)
    if weekday:
        # News names the day of the week of the last seven days, the day of publication
        # included: "on Tuesday" in a Tuesday paper is that Tuesday (dateparser would say
        # a week before); plans look forward the same way.
        target = _WEEKDAYS.index(weekday.group(1)[:3])
        offset = (base.weekday() - target) % 7 or (7 if cleaned.startswith("last ") else 0)
        day = base - dt.timedelta(days=offset) if prefer == "past" else base + dt.timedelta(days=(target - base.weekday()) % 7)
        return day.isoformat(), "day"
    data = _parser(base, prefer).get_date_data(cleaned)
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        # The record's date is a day or a month; a bare year stays visible in date_text.
        return None, "year"
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}", "month"
    return day.isoformat(), period


# Two days or a span of days named together: "April 26 and 28", "26-28 April", "Monday or
# Tuesday", "between May 1 and May 3", "from 3 to 5 March". A span or list dates the first
# day; alternatives joined by "or" date none (precision "uncertain").
_SEVERAL = re.compile(
    r"^(?:between |from )?(?P<first>.+?)(?:\s*,?\s+(?:and|or|to|through|until)\s+|\s*[-–]\s*)(?P<rest>.+)$")
_MONTH_WORD = re.compile(r"[a-z]{3,}")


def _alternatives(expression: str) -> bool:
    """The expression names alternative days ("Monday or Tuesday", "April 26 or 27"):
    two datable parts joined by "or"."""
    several = _SEVERAL.match(expression)
    if several is None or " or " not in expression[several.end("first"):several.start("rest")]:
        return False
    first = several.group("first").strip()
    return first.isdigit() or any(ch.isdigit() for ch in first) or _WEEKDAY.fullmatch(first) is not None


def _first_of_several(expression: str) -> str:
    """The first of several days an expression names, which is when the first of the
    events it dates happened or begins ("April 26 and 28" -> "april 26"; "26-28 April" ->
    "26 april"); the expression itself when it names one."""
    several = _SEVERAL.match(expression)
    if several is None:
        return expression
    first, rest = several.group("first").strip(), several.group("rest").strip()
    if first.isdigit():
        # "26 and 28 april": the month is written once, after the last day
        month = next((w for w in _MONTH_WORD.findall(rest)), None)
        return f"{first} {month}" if month else expression
    if not any(ch.isdigit() for ch in first) and not _WEEKDAY.fullmatch(first):
        return expression  # "late april or early may": leave it to the parser
    return first


def _future(trigger: Token) -> bool:
    """A trigger in a future clause ("talks will be held on Monday", "the vote will take
    place on Tuesday"): its own verb, or the verb it hangs from, has a future auxiliary."""
    node = trigger
    for _ in range(3):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUXILIARIES for c in children_of(node)):
            return True
        if node.dep_ == "xcomp" and node.head.lemma_ == "be" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children_of(node)
        ):
            return True  # "the minister is to meet them on Monday": an arrangement ahead
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _before_reported_clause(ent: SpacySpan, trigger: Token) -> bool:
    """Whether the expression stands between a verb of saying and the subject of the
    reported clause that holds the trigger ("said on Sunday he would meet them on
    Monday": Sunday is when it was said, whatever the parser hangs it from)."""
    clause = trigger
    for _ in range(4):
        if clause.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause)):
            break
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    else:
        return False
    if clause.dep_ != "ccomp" or clause.head.i > ent.start:
        return False
    subjects = [c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and ent.end <= min(s.left_edge.i for s in subjects)


def _hops_to(token: Token, target: Token) -> int | None:
    hops = 0
    while token.head.i != token.i:
        token = token.head
        hops += 1
        if token is target or token.i == target.i:
            return hops
        if hops > MAX_HOPS:
            return None
    return None


def _date_entities(sent: SpacySpan, dates: list[SpacySpan], starts: list[int]) -> list[SpacySpan]:
    """The date expressions of `sent`, from the Doc's DATE entities in text order (`dates`
    and their `starts`, read once: Span.ents walks every entity of the Doc on each call)."""
    found = []
    for ent in dates[bisect_left(starts, sent.start):]:
        if ent.start >= sent.end:
            break
        if ent.end > sent.end:
            break
        if ent.label_ != "DATE":
            continue
        head = ent.root.head
        if head.lower_ in _DURATION_HEADS and head.i < ent.start:
            continue
        if found and _joins(sent.doc[found[-1].end:ent.start]):
            # "Monday or Tuesday", "May 2 and May 4": NER's two dates are one expression.
            ent = SpacySpan(sent.doc, found.pop().start, ent.end, label="DATE")
        found.append(ent)
    return found


# Words between two dates that make them one expression of several days.
_DATE_JOINERS = {"and", "or", "to", "through", "until", "-", "–", ","}


def _joins(between: SpacySpan) -> bool:
    return len(between) > 0 and all(t.lower_ in _DATE_JOINERS for t in between)


def _trigger_token(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None


def date_events(doc: Doc) -> None:
    """Fill date, date_precision and date_text of every event in doc._.events."""
    published = doc._.published
    events = doc._.events or []
    sentences = doc._.content_sents or list(doc.sents)
    triggers = {id(e): _trigger_token(doc, e) for e in events}
    dates = [ent for ent in doc.ents if ent.label_ == "DATE"]
    starts = [d.start for d in dates]
    by_sentence: dict[int, list[SpacySpan]] = {}
    for event in events:
        event.date, event.date_precision, event.date_text = published, ("published" if published else None), None
        event.date_source = "published" if published else None
        if event.sentence >= len(sentences):
            continue
        sent = sentences[event.sentence]
        trigger = triggers[id(event)]
        if event.sentence not in by_sentence:
            by_sentence[event.sentence] = _date_entities(sent, dates, starts)
        entities = by_sentence[event.sentence]
        if trigger is None or not entities:
            continue
        chosen = None
        best = None
        for ent in entities:
            if _before_reported_clause(ent, trigger):
                continue
            hops = _hops_to(ent.root, trigger)
            if hops is not None and (best is None or hops < best):
                chosen, best = ent, hops
        if chosen is None and len(entities) == 1:
            other_triggers = [t for e, t in triggers.items() if t is not None and t.i != trigger.i]
            ent = entities[0]
            if not any(_hops_to(ent.root, t) is not None for t in other_triggers if sentence_of(t) == sent):
                chosen = ent
        if chosen is None:
            continue
        prefer = "future" if event.modality == "intended" or _future(trigger) else "past"
        base = published or _own_year_end(chosen.text)
        if base is None:
            continue  # without a publication date, only an expression with its year dates
        parsed = parse_date(chosen.text, base, prefer if published else "past")
        if parsed is None:
            continue
        # The expression decides, even when it names no day ("in 2015", "Monday or
        # Tuesday": date null, the expression in date_text).
        event.date, event.date_precision = parsed
        event.date_text = Span(chosen.text, chosen.start_char, chosen.end_char)
        event.date_source = "expression"


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _own_year_end(expression: str) -> str | None:
    """The last day of the year an expression writes out ("April 26 and 28, 2022" ->
    2022-12-31), read against when the article gives no publication date; None when it
    writes none."""
    year = _YEAR.search(expression)
    return f"{year.group(1)}-12-31" if year else None


class DateStage:
    """The dates stage: fills every event's date from its sentence (see date_events)."""

    def __call__(self, doc: Doc) -> Doc:
        date_events(doc)
        return doc


@Language.factory(
    "eventdesk_when",
    assigns=["doc._.events"],
    requires=["doc._.events", "doc._.content_sents", "doc.ents"],
)
def make_when(nlp: Language, name: str) -> DateStage:
    register_extensions("published", "content_sents", "events")
    return DateStage()
