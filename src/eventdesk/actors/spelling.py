"""How the actor lexicon spells and compares words: accent and quote folding, the case a text
token must have to match, and regular plurals of names and demonyms."""

from __future__ import annotations

from collections.abc import Iterable

import unicodedata
from types import MappingProxyType


_FOLD = MappingProxyType(str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"',
                       "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th",
                       "–": "-", "—": "-"}))


def norm(text: str) -> str:
    """Lowercase and fold accents and typographic quotes, so "Türkiye" matches "turkiye"."""
    if text.isascii():
        return text.lower()
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in folded if not unicodedata.combining(c)).lower()


def case_pattern(token_text: str) -> str:
    """What a text token must look like to match this lexicon token: "" any case, "cap" a
    capital first letter, or the exact text for acronyms written in capitals ("US", "WHO")."""
    letters = [c for c in token_text if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return token_text
    if len(letters) == 1 and token_text[0].isupper() and any(c.isdigit() for c in token_text):
        return token_text  # "G7", "M23"
    if letters and token_text[0].isupper():
        return "cap"
    return ""


def plural_of(phrase: str) -> str:
    """Regular English plural of a phrase's last word."""
    head, _, last = phrase.rpartition(" ")
    lower = last.lower()
    if lower.endswith("man"):
        plural = last[:-3] + ("men" if last[-3] == "m" else "MEN")
    elif lower.endswith(("s", "x", "z", "ch", "sh")):
        plural = last + "es"
    elif lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


def demonym_plural(word: str, adjectives: Iterable[str] | None = None) -> str | None:
    """Plural of a demonym ("Turk" -> "Turks", "Frenchman" -> "Frenchmen"); None when the
    word does not change ("Swiss", "Chinese"). Given the country's `adjectives`, a word in
    "-man" is a compound of "man" only when what comes before is one of them ("French" +
    "man"; "German" -> "Germans")."""
    lower = word.lower()
    stem = lower[:-5] if lower.endswith("woman") else lower[:-3] if lower.endswith("man") else None
    compound = stem is not None and (adjectives is None or stem in {a.lower() for a in adjectives})
    if compound:
        return word[:-3] + "men"
    if lower.endswith(("s", "sh", "ch", "ese", "x", "z")):
        return None
    return word + "s"
