"""Hedges: the words in a statement that mark its content as reported, doubted or inexact
("allegedly", "so-called", "around a million"), so a reader can tell a reported figure
from an established one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventdesk.model import Span
from eventdesk.statements.lexicon import HedgeEntry, StatementLexicon

# What may follow an approximation for it to hedge a figure: "about 300", "around a million".
_NUMBER = (
    r"(?:a\s+|an\s+)?(?:\$|€|£)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|millions?|"
    r"billions?|half|third|quarter|score)\b"
)


@lru_cache(maxsize=64)
def _pattern(entry: HedgeEntry) -> re.Pattern[str]:
    words = []
    for word in entry.words:
        # "so-called" is written with and without spaces around the hyphen.
        words.append(r"\s*-\s*".join(re.escape(part) for part in word.split("-")))
    body = r"\s+".join(words)
    tail = r"(?=\s+" + _NUMBER + ")" if entry.needs_number else r"(?![\w-])"
    return re.compile(r"(?<![\w-])" + body + tail, re.IGNORECASE)


@lru_cache(maxsize=64)
def _parts(entry: HedgeEntry) -> tuple[str, ...]:
    """The lower-case pieces every match of the entry's pattern holds: its words, split at
    their hyphens (around which the pattern allows spaces)."""
    return tuple(part.lower() for word in entry.words for part in word.split("-") if part)


def find_hedges(text: str, ranges: list[tuple[int, int]], lexicon: StatementLexicon) -> list[Span]:
    """Hedges inside the given character ranges of text, in text order, without overlaps."""
    found: list[Span] = []
    taken: list[tuple[int, int]] = []
    for start, end in ranges:
        window = text[start:end]
        # Every word of a hedge is written in each match of it: plain searches for them
        # spare most pattern scans. (Exact for ASCII text, where matching without regard
        # to case is matching the lower case.)
        lowered = window.lower() if window.isascii() else None
        for entry in lexicon.hedges:  # longest phrases first
            if lowered is not None and not all(part in lowered for part in _parts(entry)):
                continue
            for match in _pattern(entry).finditer(window):
                s, e = start + match.start(), start + match.end()
                if any(s < te and ts < e for ts, te in taken):
                    continue
                taken.append((s, e))
                found.append(Span(text=text[s:e], start=s, end=e))
    found.sort(key=lambda span: span.start)
    return found
