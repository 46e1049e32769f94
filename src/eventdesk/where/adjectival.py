"""A town named only by its country's adjective: "a Syrian border town", "a Lebanese
village", "an Iraqi Kurdish town" (the actor lexicon's adjective, then words describing the
place, then a word of `adjective_settlement` in words.tsv): that country, as if the text had
named it, where the sentence places its action there ("struck a Lebanese border village").
Not when the text names the town after ("the Syrian town of Kobani", "the Lebanese village
Kfar Kila"): that name is the mention."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.where.gazetteer import Gazetteer
from eventdesk.where.words import words

MAX_WORDS_BETWEEN = 3
# the hint of such a mention: a town of the country (resolve.py reads it as finer than the country)
SETTLEMENT_HINT = "settlement"  # "a Syrian [Kurdish-held] [border] town"


def _names_town_after(doc: Doc, i: int) -> bool:
    """A capitalised name right after the settlement word, after its comma or after "of"."""
    if i < len(doc) and doc[i].text in (",", "of", "called", "named"):
        i += 1
    return i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha


def _describing(token: Token, noun: Token) -> bool:
    """A word of the noun phrase between the adjective and the settlement word."""
    return token.head.i == noun.i or token.dep_ in ("amod", "compound", "punct", "npadvmod", "advmod")


def _country_of(doc: Doc, noun: Token, gazetteer: Gazetteer) -> tuple[int, str] | None:
    """(start, iso3) of the one country adjective that opens the settlement word's phrase."""
    found = None
    i = noun.i - 1
    while i >= 0 and noun.i - i <= MAX_WORDS_BETWEEN + 1 and _describing(doc[i], noun):
        for width in (3, 2, 1):  # "South Sudanese", "Central African"
            start = i - width + 1
            if start < 0:
                continue
            iso3 = gazetteer.adjectives.get(doc[start:i + 1].text.lower())
            if iso3 is not None and doc[start].text[:1].isupper():
                if found is not None and found[1] != iso3:
                    return None  # "a Syrian-Turkish border town": no one country
                found = (start, iso3)
                i = start
                break
        i -= 1
    if found is None or (found[0] > 0 and doc[found[0] - 1].lower_ not in ("a", "an", "the", "one", "another")):
        return None
    return found


def adjectival_candidates(doc: Doc, gazetteer: Gazetteer, candidates: list) -> list:
    """Candidates (see mentions.Candidate) for "a Syrian border town", read as the country."""
    taken = {i for start, end, *_ in candidates for i in range(start, end)}
    found = []
    for token in doc[1:]:
        if token.lower_ not in words("adjective_settlement") or not token.tag_.startswith("NN"):
            continue
        if token.i in taken or _names_town_after(doc, token.i + 1):
            continue
        named = _country_of(doc, token, gazetteer)
        reading = gazetteer.country(named[1]) if named is not None else None
        if reading is not None and not any(i in taken for i in range(named[0], token.i)):
            found.append((named[0], token.i + 1, (reading,), SETTLEMENT_HINT, False))
    return found
