"""Boilerplate in plain-text news scrapes: which lines are page furniture, not story.

`clean` never rewrites the text. It marks whole lines as (start, end, reason) ranges in
`article.boilerplate`, so every offset later stages write still indexes the text as read.
The rules run in this order (docs/input.md explains each to users):

1. line patterns (ingest/lines.py): each line is matched on its own against the LINE_RULES (reading time,
   date line, photo credit, caption, byline, social footer, newsletter, share bar, related
   links, advertisement, navigation, tags, copyright), then a line of " | "-separated
   byline/date/reading-time pieces ("By Jane Doe | 12 March 2024 | 3 min read");
2. title: the first line left is the headline when it is short and ends without a period
   (or equals the title the source gave);
3. repeats: a line equal to the title is a repeated headline; a line equal to an earlier
   line of REPEAT_MIN_WORDS or more words is a repeated line;
4. standfirst: the first line left after the headline, when one of the next
   STANDFIRST_LOOKAHEAD story lines covers STANDFIRST_MIN_COVERAGE of its words in order;
5. published: the first date line's date becomes `article.published` when none was given.

A pattern rule only ever looks at lines of PATTERN_MAX_WORDS words or fewer, and each rule
matches the whole line, so a story sentence that merely mentions Twitter or a date stays.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from difflib import SequenceMatcher

from eventdesk.ingest.dates import parse_date_line
from eventdesk.ingest.lines import (
    DATE_LINE,
    PATTERN_MAX_WORDS,
    REPEATED_HEADLINE,
    REPEATED_LINE,
    STANDFIRST,
    TITLE,
    Line,
    boilerplate_lexicon,
    fold,
    line_key,
    match_line,
    split_lines,
)
from eventdesk.model import Article

# --- thresholds ---------------------------------------------------------------------------
# A headline is a short line.
TITLE_MAX_WORDS = 25
TITLE_MAX_CHARS = 250
# Short lines repeat in real stories ("No.", a one-word answer); only longer repeats are dropped.
REPEAT_MIN_WORDS = 4
# A standfirst is a short paragraph...
STANDFIRST_MAX_WORDS = 60
STANDFIRST_MIN_WORDS = 5  # counted in content words
# ...that one of the next few story lines repeats: this share of its content words, in order.
STANDFIRST_LOOKAHEAD = 3
STANDFIRST_MIN_COVERAGE = 0.6

# Function words that carry no content when comparing a standfirst with the body.
_STOPWORDS = frozenset(
    "a an and or but the of to in on at for by with from as into over about after before "
    "is are was were be been being has have had it its this that these those he she they "
    "his her their them we our you your i s also than then there which who whom".split()
)
# A hard-wrapped paragraph's first line often ends in one of these; a headline does not.
_CONTINUATION_WORDS = frozenset(
    "a an and or but the of to in on at for by with from as that which who whose its his her their "
    "is are was were has have had said says".split()
)
def clean(article: Article) -> Article:
    """Mark the boilerplate lines of `article` in `article.boilerplate` and fill in
    `title` and `published` from the text when the source gave none. The article is
    changed in place and returned; `article.text` is never changed. Ranges already in
    `article.boilerplate` are kept, so cleaning twice changes nothing."""
    lexicon = boilerplate_lexicon()
    all_lines = split_lines(article.text)
    lines = [line for line in all_lines if line.text]
    marks = _marked_before(lines, article.boilerplate)
    already = set(marks)

    for line in lines:  # 1. line patterns
        if line.index not in marks and line.words <= PATTERN_MAX_WORDS:
            reason = match_line(line.text, lexicon)
            if reason:
                marks[line.index] = reason

    source_title = article.title
    headline = _title_line(all_lines, marks, source_title)  # 2. title
    if headline is not None:
        marks.setdefault(headline.index, TITLE)
        if article.title is None:
            article.title = headline.text

    _mark_repeats(lines, marks, article.title)  # 3. repeats
    _mark_standfirst(lines, marks, headline_found=headline is not None or source_title is not None)  # 4.

    if article.published is None:  # 5. published
        article.published = _published(line.text for line in lines if DATE_LINE in marks.get(line.index, ""))

    for line in lines:
        reason = marks.get(line.index)
        if reason and line.index not in already:
            article.boilerplate.append((line.start, line.end, reason))
    known = set(article.boilerplate)
    for line in lines:  # 6. datelines: "KYIV (Reuters) - " opens a story line but is no actor
        if line.index in marks:
            continue
        dateline = DATELINE.match(line.text)
        if dateline:
            span = (line.start, line.start + dateline.end(1), DATELINE_REASON)
            if span not in known:
                article.boilerplate.append(span)
            if article.published is None:
                # "MOSCOW, April 20, 2022 --": a dateline's full date is the story's.
                article.published = dateline_date(dateline.group(1))
    article.boilerplate.sort()
    return article


# A dateline: a place in capitals (a country may follow), an optional day ("Aug 29",
# "29 August"), an optional agency in brackets, then a dash. "BRASILIA - ", "NEW
# DELHI/ISLAMABAD - ", "BOGOTÁ, Colombia (AP) — ", "TOKYO, Aug 29 (KUNA) -- ", "(Geneva) – ";
# a place in ordinary case only with its agency ("Des Moines (AFP) – ").
_DAY = r"(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)?"
DATELINE = re.compile(
    r"((?:[A-ZÀ-Ý][A-ZÀ-Ý.'’/ -]{2,40}?(?:,\s+[A-Z][\w.]+(?:\s+(?:(?:of|and|the)\s+)*[A-Z][\w.]+)*)?" + _DAY +
    r"(?:\s*\([^()\n]{1,30}\))?"
    r"|[A-Z][a-zà-ÿ.'’-]+(?:\s+[A-Z][a-zà-ÿ.'’-]+){0,2}(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)*)?" + _DAY +
    r"\s*\([A-Z][\w.&/ ]{1,20}\)"
    r"|\([A-Z][\w. ]{1,30}\)))\s+[-—–]{1,2}\s+(?=\S)"
)
DATELINE_REASON = "dateline"
_DATELINE_DAY = re.compile(r",\s+((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}),?\s+\d{4})\b")


def dateline_date(dateline: str) -> str | None:
    """YYYY-MM-DD of the day a dateline gives with its year ("MOSCOW, April 20, 2022"),
    None when it gives none or no year ("TOKYO, Aug 29 (KUNA)")."""
    from eventdesk.ingest.dates import normalize_date

    day = _DATELINE_DAY.search(dateline)
    return normalize_date(day.group(1)) if day else None


def _marked_before(lines: list[Line], ranges: list[tuple[int, int, str]]) -> dict[int, str]:
    """Lines that one of the existing `ranges` already covers, with its reason."""
    if not ranges:
        return {}
    ordered = sorted(ranges)
    starts = [start for start, _, _ in ordered]
    # widest[i]: the range reaching furthest among the first i + 1 (by start).
    widest = []
    best = ordered[0]
    for current in ordered:
        if current[1] > best[1]:
            best = current
        widest.append(best)
    marks = {}
    for line in lines:
        i = bisect_right(starts, line.start) - 1
        if i >= 0 and widest[i][1] >= line.end:
            marks[line.index] = widest[i][2]
    return marks



# --- title, repeats, standfirst -----------------------------------------------------------


def _title_line(all_lines: list[Line], marks: dict[int, str], given: str | None) -> Line | None:
    """The headline: the first line no pattern claimed, if it looks like one."""
    left = [line for line in all_lines if line.text and line.index not in marks]
    if len(left) < 2:
        return None  # a one-line text is all story
    first = left[0]
    if given is not None:
        return first if _same_headline(first.text, given) else None
    text = first.text
    if len(text.split()) > TITLE_MAX_WORDS or len(text) > TITLE_MAX_CHARS:
        return None
    if text[-1] in ".,;:" or not any(ch.isalpha() for ch in text):
        return None
    initial = next(ch for ch in text if ch.isalnum())
    if initial.islower():
        return None
    # A hard-wrapped paragraph's first line is short and has no period either: it runs on
    # into the next line, which a headline never does.
    following = all_lines[first.index + 1] if first.index + 1 < len(all_lines) else None
    if following is not None and following.text:
        last_word = text.split()[-1].lower()
        if last_word in _CONTINUATION_WORDS or following.text[0].islower():
            return None
    return first


def _mark_repeats(lines: list[Line], marks: dict[int, str], title: str | None) -> None:
    seen: set[str] = set()
    for line in lines:
        key = line_key(line.text)
        if line.index not in marks:
            if title is not None and _same_headline(line.text, title):
                marks[line.index] = REPEATED_HEADLINE
            elif key in seen and line.words >= REPEAT_MIN_WORDS:
                marks[line.index] = REPEATED_LINE
        seen.add(key)


def _mark_standfirst(lines: list[Line], marks: dict[int, str], headline_found: bool) -> None:
    """Mark the summary under the headline when the body repeats it; otherwise it is story."""
    if not headline_found:
        return
    left = [line for line in lines if line.index not in marks]
    if len(left) < 2:
        return
    candidate, body = left[0], left[1 : 1 + STANDFIRST_LOOKAHEAD]
    words = _content_words(candidate.text)
    if candidate.words > STANDFIRST_MAX_WORDS or len(words) < STANDFIRST_MIN_WORDS:
        return
    if any(_coverage(words, _content_words(line.text)) >= STANDFIRST_MIN_COVERAGE for line in body):
        marks[candidate.index] = STANDFIRST


def _coverage(words: list[str], other: list[str]) -> float:
    """Share of `words` that `other` repeats in the same order."""
    matcher = SequenceMatcher(None, words, other, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(words)


def _content_words(text: str) -> list[str]:
    words = re.findall(r"\w+", fold(text))
    return [w for w in words if len(w) > 1 and w not in _STOPWORDS]


def _published(date_lines) -> str | None:
    """The date of the first date line; an "updated" date only when there is no other."""
    fallback = None
    for text in date_lines:
        for part in parse_date_line(text) or _meta_dates(text):
            if not part.date:
                continue
            if part.label and ("updated" in part.label or "modified" in part.label):
                fallback = fallback or part.date
            else:
                return part.date
    return fallback


def _meta_dates(text: str):
    for piece in re.split(r"\s+[|•·]\s+|\s*\|\s*", text):
        yield from parse_date_line(piece.strip()) or ()


def _same_headline(line: str, title: str) -> bool:
    """Whether `line` is `title`, allowing a site name after it ("... | Outlet")."""
    line_words, title_words = line_key(line), line_key(title)
    if not line_words or not title_words:
        return False
    if line_words == title_words:
        return True
    for longer, shorter in ((line, title_words), (title, line_words)):
        head = re.split(r"\s+[|–—-]\s+", longer.strip())[0]
        if line_key(head) == shorter:
            return True
    return False
