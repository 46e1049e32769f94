"""Boilerplate in plain-text news scrapes: which lines are page furniture, not story.

`clean` never rewrites the text. It marks whole lines as (start, end, reason) ranges in
`article.boilerplate`, so every offset later stages write still indexes the text as read.
The rules run in this order (docs/input.md explains each to users):

1. line patterns: each line is matched on its own against the LINE_RULES (reading time,
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
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from typing import Callable

import yaml

from eventdesk.errors import LexiconError
from eventdesk.ingest.dates import MONTHS, WEEKDAYS, parse_date_line
from eventdesk.model import Article

# --- thresholds ---------------------------------------------------------------------------
# No pattern rule looks at a line longer than this: page furniture is short, prose is not.
PATTERN_MAX_WORDS = 40
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
# Bylines, footers and link lists are short.
BYLINE_MAX_WORDS = 16
FOOTER_MAX_WORDS = 25
META_LINE_FREE_WORDS = 5  # an unlabelled piece ("Staff writer") allowed on a byline/date line

# --- reasons ------------------------------------------------------------------------------
TITLE = "title"
REPEATED_HEADLINE = "repeated headline"
REPEATED_LINE = "repeated line"
STANDFIRST = "standfirst"
READING_TIME = "reading time"
DATE_LINE = "date line"
PHOTO_CREDIT = "photo credit"
CAPTION = "photo caption"
BYLINE = "byline"
SOCIAL = "social footer"
NEWSLETTER = "newsletter footer"
SHARE = "share bar"
RELATED = "related links"
ADVERTISEMENT = "advertisement"
NAVIGATION = "navigation"
TAGS = "tags"
COPYRIGHT = "copyright"

DATA_FILE = "data/boilerplate.yaml"
_LEXICON_KEYS = (
    "photo_credits",
    "social_networks",
    "share_words",
    "related_labels",
    "advertisement_lines",
    "navigation_lines",
    "tag_labels",
)

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
# Lowercase words allowed after a byline's names ("By Jane Doe, Middle East correspondent").
_BYLINE_ROLE_WORDS = frozenset(
    "and in for at the of with from by staff writer writers reporter reporters correspondent "
    "correspondents editor editors contributor contributing senior chief political diplomatic "
    "security foreign defence defense economics business news desk bureau special international "
    "affairs agencies agency photos photographer video online team global world".split()
)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the text: `start`/`end` bound it without surrounding whitespace."""

    index: int
    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The compiled phrase patterns of data/boilerplate.yaml."""

    credit: re.Pattern
    social: re.Pattern
    share_bar: re.Pattern
    related: re.Pattern
    advertisement: frozenset[str]
    navigation: frozenset[str]
    tags: re.Pattern


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
    article.boilerplate.sort()
    return article


# A dateline: a place in capitals (a country may follow), an optional agency in brackets, then
# a dash. "BRASILIA - ", "NEW DELHI/ISLAMABAD - ", "BOGOTÁ, Colombia (AP) — ", "(Geneva) – ".
DATELINE = re.compile(
    r"((?:[A-ZÀ-Ý][A-ZÀ-Ý.'’/ -]{2,40}?(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)*)?(?:\s*\([^()\n]{1,30}\))?"
    r"|\([A-Z][\w. ]{1,30}\)))\s+[-—–]{1,2}\s+(?=\S)"
)
DATELINE_REASON = "dateline"


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


def split_lines(text: str) -> list[Line]:
    """The lines of `text` (split at "\\n"; a "\\r" before it is whitespace), with offsets."""
    lines = []
    offset = 0
    for index, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        if stripped:
            start = offset + (len(raw) - len(raw.lstrip()))
            lines.append(Line(index, start, start + len(stripped), stripped))
        else:
            lines.append(Line(index, offset, offset, ""))
        offset += len(raw) + 1
    return lines


def match_line(text: str, lexicon: Lexicon) -> str | None:
    """The reason `text` (one whole line) is boilerplate, or None when it may be story."""
    meta = _meta_line(text, lexicon)
    if meta:
        return meta
    for reason, rule in LINE_RULES:
        if rule(text, lexicon):
            return reason
    return None


# --- line rules ---------------------------------------------------------------------------

_READING_TIME = re.compile(
    r"^(?:estimated\s+)?(?:reading|read)\s+time\s*:?\s*(?:about\s+|approx\.?\s+|~\s*|<\s*)?"
    r"\d+(?:\s*(?:-|–|to)\s*\d+)?\s*(?:min|mins|minutes?)\.?$"
    r"|^(?:about\s+|~\s*|<\s*)?(?:\d+|less\s+than\s+(?:a|one)|a|one)\s*(?:-|–)?\s*"
    r"(?:min|mins|minutes?)\s+(?:read|reading|read\s+time|reading\s+time|listen)\.?$",
    re.IGNORECASE,
)


def _is_reading_time(text: str, lexicon: Lexicon) -> bool:
    return bool(_READING_TIME.match(text))


def _is_date_line(text: str, lexicon: Lexicon) -> bool:
    return parse_date_line(text) is not None


# A credit is an agency or picture-library name, maybe with a photographer: "Reuters/Jane Doe",
# "AFP via Getty Images", "AP Photo/John Smith", "Photo: Jane Doe".
_CREDIT_WORD = r"(?:photo(?:graph)?s?|image|picture|credit|courtesy|illustration|file\s+photo)"
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"  # initials of names in Latin script
_NAME_TOKEN = rf"(?:[{_UPPER}][\w'’.\-]*|(?:al|el|de|da|di|du|van|von|der|den|bin|ibn|le|la|dos|das)\b(?:-[A-Z][\w'’\-]*)?)"
_NAME = rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,5}}"
_CAPTION_PREFIX = re.compile(
    rf"^(?:{_CREDIT_WORD}(?:\s+credit)?|pictured|caption|main\s+image|top\s+image|header\s+image)\s*:\s*\S",
    re.IGNORECASE,
)
# "... on Tuesday. Photo: Jane Doe/AFP" — a credit after the caption's last sentence.
_CAPTION_SUFFIX = re.compile(
    rf"(?:[.!?]\s+|\s[|–—-]\s+)(?:{_CREDIT_WORD}(?:\s+credit)?)\s*:\s*[^.!?:]{{2,80}}$",
    re.IGNORECASE,
)
_CREDIT_LABEL = re.compile(rf"{_CREDIT_WORD}(?:\s+credit)?\b\s*(?::|\bby\b)?\s*", re.IGNORECASE)
_BRACKET_TAIL = re.compile(r"[\[(]\s*(?P<credit>[^\[\]()]{1,80}?)\s*[\])]$")
_CREDIT_SPLIT = re.compile(r"\s*(?:/|\||,|;|\bvia\b|\bfor\b)\s*", re.IGNORECASE)


def _is_credit(credit: str, lexicon: Lexicon) -> bool:
    """Whether `credit` is a photo credit: agency names and photographers' names only."""
    parts = [p for p in _CREDIT_SPLIT.split(credit.strip()) if p]
    if not parts:
        return False
    named = False
    for part in parts:
        labelled = _CREDIT_LABEL.match(part)
        if lexicon.credit.fullmatch(part):
            named = True
        elif labelled:
            # "Photo: Jane Doe", "Photo by AFP" — but "Photo: A pumping station" is a caption.
            rest = part[labelled.end() :]
            if rest and not (lexicon.credit.fullmatch(rest) or re.fullmatch(_NAME, rest)):
                return False
            named = True
        elif not re.fullmatch(_NAME, part):
            return False
    return named


def _is_photo_credit(text: str, lexicon: Lexicon) -> bool:
    """A line that is only a credit: "Getty Images", "(AFP)", "Reuters/Jane Doe"."""
    return _is_credit(text.strip("[]() "), lexicon)


def _is_caption(text: str, lexicon: Lexicon) -> bool:
    """A caption: a line ending in a bracketed credit or "Photo: ...", or starting "Photo:"."""
    if _CAPTION_PREFIX.match(text) or _CAPTION_SUFFIX.search(text):
        return True
    if re.search(r"\bGetty\s+Images$", text):
        return True
    tail = _BRACKET_TAIL.search(text)
    return bool(tail and _is_credit(tail["credit"], lexicon))


# Only the label is matched regardless of case: names must be capitalised, which is what
# keeps "By the end of the week" out.
_BYLINE = re.compile(
    r"^(?P<label>(?i:words|written|story|text|reporting|additional\s+reporting|edited|editing|compiled|produced)\s+)?"
    rf"(?i:by)\s+(?P<names>{_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME})*)"
    r"(?P<rest>(?:\s*[|,•·;:]|\s+[–—-]\s+|\s+(?:in|for|and|with|at)\s+).*)?$"
)


def _is_byline(text: str, lexicon: Lexicon) -> bool:
    """ "By Jane Doe", "By Jane Doe and John Roe in Ankara", "Reporting by ...; Editing by ..."."""
    if len(text.split()) > BYLINE_MAX_WORDS:
        return False
    match = _BYLINE.match(text)
    if not match:
        return False
    names = match["names"]
    # Capitalised, but not a date ("By Monday", "By March").
    if any(word.lower().strip(",.") in MONTHS or word.lower().strip(",.") in WEEKDAYS for word in names.split()):
        return False
    credit_line = bool(match["label"])  # "Reporting by X." ends with a period; "By X" does not
    if text.endswith(".") and not credit_line:
        return False
    rest = (match["rest"] or "").strip(" |,•·;:–—-")
    if not rest or credit_line:
        return True
    return _is_metadata_piece(rest)


def _is_metadata_piece(rest: str) -> bool:
    """What may follow a byline's names: a role, a place, an outlet or a date."""
    if parse_date_line(rest) is not None:
        return True
    for word in re.findall(r"[\w'’]+", rest):
        if word[0].islower() and word.lower() not in _BYLINE_ROLE_WORDS:
            return False
    return len(rest.split()) <= 8


# "Follow us", "Join our channel", "Follow @handle", "Follow Steppe Dispatch on": the page
# speaking about itself, never a story's "Join the protest, he told supporters on Facebook".
_SOCIAL_START = re.compile(
    r"^(?i:follow|like|join|find|connect\s+with|subscribe\s+to|add)\s+"
    r"(?:(?i:us|our)\b|@\w+|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s+(?i:on)\b)"
)


def _is_social(text: str, lexicon: Lexicon) -> bool:
    """ "Follow us on Twitter: @x", "Like us on Facebook", "Telegram: @channel"."""
    if len(text.split()) > FOOTER_MAX_WORDS:
        return False
    if re.fullmatch(r"@\w{2,}", text):
        return True
    if re.match(rf"^(?:{lexicon.social.pattern})\s*:\s*@?\w+$", text, re.IGNORECASE):
        return True
    if not _SOCIAL_START.match(text):
        return False
    return bool(lexicon.social.search(text) or re.search(r"(?<!\w)@\w{2,}", text))


_NEWSLETTER = re.compile(
    r"^(?:sign\s*up|subscribe|get|receive|join|register|enter\s+your\s+e-?mail|want\s+more|never\s+miss)\b"
    r".*\b(?:newsletters?|inbox|e-?mails?|briefings?|bulletins?|alerts|digest)\b",
    re.IGNORECASE,
)


def _is_newsletter(text: str, lexicon: Lexicon) -> bool:
    return len(text.split()) <= FOOTER_MAX_WORDS and bool(_NEWSLETTER.match(text))


def _is_share_bar(text: str, lexicon: Lexicon) -> bool:
    """ "Share this article", "Share on Facebook", "Share Tweet Email Print"."""
    if len(text.split()) > FOOTER_MAX_WORDS:
        return False
    if re.match(r"^share\s+(?:this|on|via|the\s+(?:article|story)|article|story|page|post)\b", text, re.IGNORECASE):
        return True
    return bool(lexicon.share_bar.fullmatch(text))


def _is_related(text: str, lexicon: Lexicon) -> bool:
    """ "Read more: ...", "Related:", "You may also like", "Most read"."""
    if len(text.split()) > FOOTER_MAX_WORDS:
        return False
    return bool(lexicon.related.match(text))


def _is_advertisement(text: str, lexicon: Lexicon) -> bool:
    return _phrase_key(text) in lexicon.advertisement


def _is_navigation(text: str, lexicon: Lexicon) -> bool:
    """Site navigation: "Skip to content", or breadcrumbs "Home › World › Asia"."""
    if _phrase_key(text) in lexicon.navigation:
        return True
    pieces = [p.strip() for p in re.split(r"\s*[›»]\s*|\s+[>/|]\s+", text)]
    if len(pieces) < 2 or any(not p or len(p.split()) > 4 or p.endswith(".") for p in pieces):
        return False
    return len(pieces) >= 3 or pieces[0].lower() == "home"


def _is_tags(text: str, lexicon: Lexicon) -> bool:
    return len(text.split()) <= FOOTER_MAX_WORDS and bool(lexicon.tags.match(text))


_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|&copy;|copyright\s*(?:©|\(c\))?\s*(?:\d{4}|©))"
    r"|\ball\s+rights\s+reserved\b"
    r"|^(?:this|all)\s+(?:article|material|materials|content|story)\s+(?:is|are|may)\s+"
    r"(?:protected\s+by\s+copyright|not\s+be\s+(?:re)?(?:published|reproduced|copied|redistributed))",
    re.IGNORECASE,
)


def _is_copyright(text: str, lexicon: Lexicon) -> bool:
    return len(text.split()) <= FOOTER_MAX_WORDS and bool(_COPYRIGHT.search(text))


LineRule = Callable[[str, Lexicon], bool]
# Order matters only for the reason reported: every rule matches a whole line on its own.
LINE_RULES: tuple[tuple[str, LineRule], ...] = (
    (READING_TIME, _is_reading_time),
    (DATE_LINE, _is_date_line),
    (PHOTO_CREDIT, _is_photo_credit),
    (CAPTION, _is_caption),
    (BYLINE, _is_byline),
    (SOCIAL, _is_social),
    (NEWSLETTER, _is_newsletter),
    (SHARE, _is_share_bar),
    (RELATED, _is_related),
    (ADVERTISEMENT, _is_advertisement),
    (NAVIGATION, _is_navigation),
    (TAGS, _is_tags),
    (COPYRIGHT, _is_copyright),
)
# Pieces of a combined line: "By Jane Doe | 12 March 2024 | 3 min read".
_META_RULES: tuple[tuple[str, LineRule], ...] = (
    (READING_TIME, _is_reading_time),
    (DATE_LINE, _is_date_line),
    (BYLINE, _is_byline),
)


def _meta_line(text: str, lexicon: Lexicon) -> str | None:
    pieces = [p for p in re.split(r"\s+[|•·]\s+|\s*\|\s*", text) if p.strip()]
    if len(pieces) < 2:
        return None
    reasons: list[str] = []
    free = 0
    for piece in pieces:
        reason = next((r for r, rule in _META_RULES if rule(piece.strip(), lexicon)), None)
        if reason is None:
            free += 1
            if free > 1 or len(piece.split()) > META_LINE_FREE_WORDS or piece.rstrip().endswith("."):
                return None
        elif reason not in reasons:
            reasons.append(reason)
    if not (set(reasons) & {READING_TIME, DATE_LINE}):
        return None
    return ", ".join(reasons)


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
        key = _line_key(line.text)
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
    words = re.findall(r"\w+", _fold(text))
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


# --- text keys ----------------------------------------------------------------------------

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"})


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()


def _line_key(text: str) -> str:
    """Two lines with the same key say the same thing (case, quotes and spacing aside)."""
    return " ".join(re.findall(r"\w+", _fold(text)))


def _phrase_key(text: str) -> str:
    return " ".join(re.findall(r"[\w']+", _fold(text)))


def _same_headline(line: str, title: str) -> bool:
    """Whether `line` is `title`, allowing a site name after it ("... | Outlet")."""
    line_key, title_key = _line_key(line), _line_key(title)
    if not line_key or not title_key:
        return False
    if line_key == title_key:
        return True
    for longer, shorter in ((line, title_key), (title, line_key)):
        head = re.split(r"\s+[|–—-]\s+", longer.strip())[0]
        if _line_key(head) == shorter:
            return True
    return False


# --- lexicon ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def boilerplate_lexicon() -> Lexicon:
    """Load data/boilerplate.yaml once per process."""
    source = resources.files("eventdesk.ingest").joinpath(DATA_FILE)
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f"{DATA_FILE}:{line + 1}" if line is not None else DATA_FILE
        raise LexiconError(f"{where}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise LexiconError(f"{DATA_FILE}: expected a mapping of lists")
    lists: dict[str, list[str]] = {}
    for key in _LEXICON_KEYS:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise LexiconError(f"{DATA_FILE}: {key!r} must be a list of non-empty strings")
        lists[key] = value

    def alternation(phrases: list[str]) -> str:
        # Longest first, so "Getty Images" wins over "Getty"; spaces match any run of space.
        ordered = sorted({p.strip() for p in phrases}, key=len, reverse=True)
        return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)

    networks = alternation(lists["social_networks"])
    buttons = alternation(lists["share_words"] + lists["social_networks"])
    labels = alternation(lists["related_labels"])
    return Lexicon(
        credit=re.compile(rf"(?:{alternation(lists['photo_credits'])})", re.IGNORECASE),
        social=re.compile(rf"\b(?:{networks})\b", re.IGNORECASE),
        share_bar=re.compile(rf"(?:(?:{buttons})\b[\s|•·/,:]*)+", re.IGNORECASE),
        related=re.compile(
            rf"^(?:{labels})(?:\s*$|\s*[:›»>|–—-]|(?<=more)\s|(?<=also)\s)", re.IGNORECASE
        ),
        advertisement=frozenset(_phrase_key(p) for p in lists["advertisement_lines"]),
        navigation=frozenset(_phrase_key(p) for p in lists["navigation_lines"]),
        tags=re.compile(rf"^(?:{alternation(lists['tag_labels'])})\s*:", re.IGNORECASE),
    )
