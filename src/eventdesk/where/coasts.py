"""A contested shoal or reef named with a country's coast takes that country (docs/places.md,
"Occupied and disputed ground"): "Chinese ships blocked Sabina Shoal, off the Philippine
coast" is the Philippines'; named alone ("near Second Thomas Shoal") it keeps no country,
as the table has it."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventdesk.where.gazetteer import Gazetteer, key
from eventdesk.where.mentions import PlaceMention
from eventdesk.where.words import words


def _shoal(mention: PlaceMention) -> bool:
    """A site of no country whose name is a shoal or reef (words.tsv `shoal_word`)."""
    chosen = mention.chosen
    return (chosen is not None and chosen.country is None and chosen.feature == "site"
            and any(w in words("shoal_word") for w in key(chosen.name).split()))


def _owner(token: Token, mentions: list[PlaceMention], gazetteer: Gazetteer) -> str | None:
    """The country a word names: a place mention's, or a country's adjective ("Philippine")."""
    for mention in mentions:
        if mention.start <= token.i < mention.end and mention.chosen is not None:
            return mention.chosen.country
    return gazetteer.adjectives.get(token.lower_)


def _coast_countries(doc: Doc, sentence_start: int, sentence_end: int, mentions: list[PlaceMention],
                     gazetteer: Gazetteer) -> set[str]:
    """The countries whose coast the sentence names: "Vietnam's coast", "the Philippine
    coast", "the coast of Zambales" (words.tsv `coast_word`)."""
    found: set[str] = set()
    for token in doc[sentence_start:sentence_end]:
        if token.lower_ not in words("coast_word"):
            continue
        owners = [c for c in token.children if c.dep_ in ("poss", "amod", "compound")]
        owners += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
        found |= {country for country in (_owner(o, mentions, gazetteer) for o in owners) if country}
    return found


def coast_shoals(doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer) -> None:
    """Give each contested shoal or reef the one country whose coast its sentence names."""
    for mention in mentions:
        if not _shoal(mention):
            continue
        sentence = doc[mention.start].sent
        countries = _coast_countries(doc, sentence.start, sentence.end, mentions, gazetteer)
        if len(countries) == 1:
            mention.chosen = replace(mention.chosen, country=next(iter(countries)))
