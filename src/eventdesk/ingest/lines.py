"""Page furniture one line at a time: which kind of boilerplate a single line of a news
scrape is (reading time, date line, photo credit, caption, byline, social footer, newsletter,
share bar, related links, advertisement, navigation, tags, copyright), and the phrase
lexicon (data/boilerplate.yaml) those rules read. ingest/clean.py runs these rules first,
then the rules that need the whole text (title, repeats, standfirst, dateline).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable

import yaml

from eventdesk.errors import LexiconError
from eventdesk.ingest.dates import MONTHS, WEEKDAYS, parse_date_line

# --- thresholds ---------------------------------------------------------------------------
# No pattern rule looks at a line longer than this: page furniture is short, prose is not.
PATTERN_MAX_WORDS = 40
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
    return phrase_key(text) in lexicon.advertisement


def _is_navigation(text: str, lexicon: Lexicon) -> bool:
    """Site navigation: "Skip to content", or breadcrumbs "Home › World › Asia"."""
    if phrase_key(text) in lexicon.navigation:
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


# --- text keys ----------------------------------------------------------------------------

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"})


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()


def line_key(text: str) -> str:
    """Two lines with the same key say the same thing (case, quotes and spacing aside)."""
    return " ".join(re.findall(r"\w+", fold(text)))


def phrase_key(text: str) -> str:
    return " ".join(re.findall(r"[\w']+", fold(text)))




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
        advertisement=frozenset(phrase_key(p) for p in lists["advertisement_lines"]),
        navigation=frozenset(phrase_key(p) for p in lists["navigation_lines"]),
        tags=re.compile(rf"^(?:{alternation(lists['tag_labels'])})\s*:", re.IGNORECASE),
    )
