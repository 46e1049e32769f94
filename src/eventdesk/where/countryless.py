"""A sea, strait or border zone the sentence ties to a town or region of a country, and a
river or lake it ties to a town.

A place of no country (an open sea, a contested strait, a ceasefire line) says less than the
town or district a preposition joins to it: "in the Red Sea off Hodeidah", "in Novorossiysk on
the Black Sea", "along the Line of Control in Poonch district". The event is placed at the
town or district, which carries the country; a sea named alone stays the sea. A river or lake
(a name with a water word: words.tsv `water_word`) followed by the town it is near says
less than the town: "capsized on the Mekong near Luang Prabang" (a district after it does not:
"on Lake Albert near Ntoroko district" stays the lake).

Water off a country's coast ("a trawler seized in the Gulf of Guinea off the coast of Nigeria") is that country's water, at the water's point.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from eventdesk.where.mentions import PlaceMention
from eventdesk.where.words import words

# the prepositions that join a town to the water or line it lies on or off
_JOINING = frozenset({"in", "off", "on", "near", "at", "along"})
# the prepositions after a river or lake that name the town by it
_BY_TOWN = frozenset({"near", "at", "off"})


def anchored_place(doc: Doc, best: PlaceMention, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The town, site or region of a country one preposition away from `best` when `best`
    has no country; None otherwise."""
    if best.chosen is None:
        return None
    if best.chosen.country is not None:
        return _town_by_water(doc, best, mentions)
    for other in mentions:
        if (other is best or other.sentence != best.sentence or other.role != "place"
                or other.chosen is None or other.chosen.country is None or other.chosen.feature == "country"):
            continue
        if _joined(doc, best, other) or _joined(doc, other, best):
            return other
    return _off_country(doc, best, mentions)


def _off_country(doc: Doc, best: PlaceMention, mentions: list[PlaceMention]) -> PlaceMention | None:
    """"a tanker boarded in the Gulf of Guinea off the coast of Nigeria", "a dhow sank in the
    Arabian Sea off Oman": the water off a country's coast, at the water's point and in that
    country."""
    i = best.end
    if i >= len(doc) or doc[i].lower_ != "off":
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ in words("landform_word") and doc[i + 1].lower_ == "of":
        i += 2  # "off the coast of"
    country = next((m for m in mentions if m.start == i and m.chosen is not None and m.chosen.feature == "country"), None)
    if country is None:
        return None
    return replace(best, chosen=replace(best.chosen, country=country.chosen.country))


def _joined(doc: Doc, first: PlaceMention, second: PlaceMention) -> bool:
    """`second` follows `first` after one joining preposition (and an article)."""
    i = first.end
    if i >= len(doc) or doc[i].lower_ not in _JOINING:
        return False
    i += 1
    while i < second.start and doc[i].lower_ == "the":
        i += 1
    return i == second.start


def _town_by_water(doc: Doc, best: PlaceMention, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The town right after a river or lake and "near", "at" or "off"."""
    if best.chosen.feature == "city" or not any(w in words("water_word") for w in best.chosen.name.lower().split()):
        return None
    end = best.end
    if end >= len(doc) or doc[end].lower_ not in _BY_TOWN:
        return None
    return next((m for m in mentions if m.start == end + 1 and m.sentence == best.sentence and m.role == "place"
                 and m.chosen is not None and m.chosen.feature == "city"), None)
