"""The lookup key of a name, and the other spellings under which news writes a GeoNames
town: without the Arabic article, the parenthesis, the apostrophe of a soft sign or the
hyphens; with "ye" for an iotated "e"; and the close respellings of a small town's name
(the gazetteer reads them)."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from eventdesk.where.words import feature_word, words


# Letters that Unicode does not split into a base letter and an accent, written as news
# copy writes them in plain Latin letters ("Şanlıurfa" as "Sanliurfa", "Łódź" as "Lodz").
UNDECOMPOSED = str.maketrans({
    "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h",
    "Ħ": "H", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th",
    "ð": "d", "Ð": "D",
})


def key(name: str) -> str:
    """The lookup key of a name: no accents, lower case, one kind of apostrophe and
    hyphen, single spaces, no leading "the"."""
    if name.isascii():
        text = name.lower()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).translate(UNDECOMPOSED)
        text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("‐", "-").lower()
    text = " ".join(text.split()).strip(" .,")
    if text.startswith("the "):
        text = text[4:]
    if "st" in text:
        text = _SAINT.sub("saint ", text)  # "St. Petersburg" is GeoNames' "Saint Petersburg"
    return text


# "St." or "St" as a word of its own before a name: "Saint", as GeoNames writes most towns
# named after a saint ("Saint Petersburg"; "St. Petersburg" of Florida is the same key).
_SAINT = re.compile(r"\bst\.? (?=[a-z])")


def english_spelling(name: str) -> bool:
    return (
        len(name) >= 4 and name[:1].isupper() and name.isascii() and not any(ch.isdigit() for ch in name)
        and not name.isupper()
    )


# The shortest name left once the article is dropped: "As Salt" stays whole, no "Salt".
ARTICLE_REMAINDER_MIN = 5


def without_article(name: str, country: str) -> list[str]:
    """The names news gives a town of an Arabic-speaking country that GeoNames writes with
    the article: "Al Qaţīf" -> "Qaţīf", "Ar Raqqah" -> "Raqqah" and "Raqqa", "As Suwaydā'"
    -> "Suwaydā", "Al-Kut" -> "Kut" (data/words.tsv: name_article, article_country, and
    short_name for the few names under five letters news writes without the article)."""
    if country.lower() not in words("article_country"):
        return []
    article, sep, rest = name.replace("-", " ", 1).partition(" ")
    rest = rest.strip("'’ ")
    short = len(key(rest)) < ARTICLE_REMAINDER_MIN and key(rest) not in words("short_name")  # "Kut" is a name
    if not sep or article.lower() not in words("name_article") or short:
        return []
    return [rest, rest[:-1]] if key(rest).endswith("ah") else [rest]


# A name GeoNames writes with a word in parentheses: "Frankfurt (Oder)", "Halle (Saale)".
_PARENTHESIS = re.compile(r"^([^()/]+?) \(([^()\d/]+)\)$")
# How news joins a town to the river or land GeoNames puts in parentheses: "Frankfurt an der
# Oder", "Kempten im Allgau", "Frankfurt on the Oder".
_PARENTHESIS_JOINS = ("an der", "am", "im", "on the")


def without_parenthesis(name: str) -> list[str]:
    """The names news gives a town GeoNames writes with a word in parentheses: "Frankfurt
    (Oder)" is also "Frankfurt an der Oder" and "Frankfurt" (a namesake then ranks by
    population: "Frankfurt" alone stays Frankfurt am Main)."""
    found = _PARENTHESIS.match(name)
    if found is None:
        return []
    town, qualifier = found.groups()
    return [town, f"{town} {qualifier}", *(f"{town} {join} {qualifier}" for join in _PARENTHESIS_JOINS)]


def without_honorific(name: str) -> list[str]:
    """The names news gives a town GeoNames writes after an honorific (data/words.tsv
    `honorific_prefix`): "Heroica Ciudad de Juchitán de Zaragoza" is also "Juchitán de
    Zaragoza" and, its patron's name dropped, "Juchitán"; "Heroica Caborca" is "Caborca"."""
    lower = name.lower()
    for prefix in sorted(words("honorific_prefix"), key=len, reverse=True):
        if lower.startswith(prefix + " "):
            rest = name[len(prefix) + 1:]
            town, sep, _ = rest.partition(" de ")
            return [rest, town] if sep else [rest]
    return []


def without_soft_signs(name: str, country: str) -> list[str]:
    """The name news gives a town GeoNames writes with the apostrophe of a Cyrillic soft sign
    ("Ryazan’", "Yegor’yevsk", "Nar'yan-Mar") or of an Ethiopian ejective ("Debre Mark’os",
    "Mek’ele"): without it (data/words.tsv `soft_sign_country`, `ejective_country`)."""
    apostrophe = country.lower() in words("soft_sign_country") or country.lower() in words("ejective_country")
    if not apostrophe or not any(ch in name for ch in "’'ʹ"):
        return []
    return [name.replace("’", "").replace("'", "").replace("ʹ", "")]


def without_hyphens(name: str) -> list[str]:
    """The name news gives a town GeoNames writes with hyphens between capitalised words:
    with spaces ("Port-Vila" is also "Port Vila", "Port-Gentil" "Port Gentil")."""
    parts = name.split("-")
    if len(parts) < 2 or not parts[0][:1].isupper() or not parts[-1][:1].isupper():
        return []
    return [" ".join(parts)]


# A Cyrillic "е" after a vowel that a spelling writes "e" ("Nikolaev", "Guriev", "Velikie"):
# news writes it "ye" ("Nikolayev", "Guryev"), before a "v" or at the end of a word.
_IOTATED_E = re.compile(r"(?<=[aio])e(?=v|\b)")


def iotated(spelling: str, country: str) -> list[str]:
    """The spelling news gives a town of a country of Cyrillic names when GeoNames' other
    spelling writes "е" after a vowel as "e": "Nikolaev" (Mykolaiv) is also "Nikolayev"."""
    if country.lower() not in words("soft_sign_country") or not _IOTATED_E.search(spelling):
        return []
    return [_IOTATED_E.sub("ye", spelling)]


# How close another spelling of a town under 100,000 inhabitants must be to its name to count
# as a spelling of it ("Wanganui" for Whanganui, "Khorog" for Khorugh), not a name in another language.
SPELLING_VARIANT_RATIO = 0.75


def spelling_variants(name: str, alternates: list[str]) -> set[str]:
    """The keys of GeoNames' other spellings of a town that differ from its name only in
    spelling ("Wanganui", "Whanganui"): small_towns reads them as it reads a small town, only
    in a country the text gives."""
    own = key(name)
    return {key(a) for a in alternates if english_spelling(a) and key(a) != own
            and SequenceMatcher(None, key(a), own).ratio() >= SPELLING_VARIANT_RATIO}


def short_form(name: str, town: str) -> bool:
    """The name is the town's own name as news shortens it, not another language's spelling:
    its opening words ("Santa Cruz" for Santa Cruz de la Sierra, "Leon" for León de los
    Aldama), but not when the rest is a town word ("Oklahoma" is no short form of Oklahoma
    City, nor "Mexico" of Mexico City); or its name without the town word GeoNames opens it
    with (data/words.tsv `town_prefix`: "Lazaro Cardenas" for Ciudad Lázaro Cárdenas)."""
    own, short = key(town), key(name)
    if own.startswith(short + " ") and feature_word(own[len(short) + 1:]) is None:
        return True
    first, _, rest = own.partition(" ")
    return first in words("town_prefix") and rest == short
