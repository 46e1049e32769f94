"""A country's capital named by the country: "in the Afghan capital", "in Kenya's
capital" (the actor lexicon's adjective or the country's name, then "capital"): the
capital's town, as if the text had named it. Not when the text names the town right after
("the Afghan capital Kabul", "Kenya's capital, Nairobi"): that name is the mention."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.where.gazetteer import Gazetteer

CAPITAL_WORDS = ("capital",)


def _names_town_after(doc: Doc, i: int) -> bool:
    """A capitalised name right after "capital", or after its comma."""
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha


def _country_before(doc: Doc, i: int, gazetteer: Gazetteer, candidates: list) -> tuple[int, str] | None:
    """(start, iso3) of the country named by the words before "capital" at `i`: an
    adjective ("Afghan") or a country with its possessive ("Kenya's")."""
    before = doc[i - 1]
    for words in (3, 2, 1):  # "the South Sudanese capital" is Juba, not Sudan's Khartoum
        start = i - words
        if start < 0 or not doc[start].text[:1].isupper():
            continue
        iso3 = gazetteer.adjectives.get(doc[start:i].text.lower())
        if iso3 is not None:
            # a capitalised word before an adjective the lexicon lacks whole ("the
            # Freedonian Guinean capital") leaves the country unknown
            opened = start == 0 or not doc[start - 1].text[:1].isupper() or doc[start - 1].is_sent_start
            return (start, iso3) if opened else None
    if before.text not in ("'s", "’s"):
        return None
    for start, end, readings, *_ in candidates:
        if end == i - 1 and readings and all(r.feature == "country" for r in readings):
            countries = {r.country for r in readings}
            return (start, countries.pop()) if len(countries) == 1 else None
    return None


def capital_candidates(doc: Doc, gazetteer: Gazetteer, candidates: list) -> list:
    """Candidates (see mentions.Candidate) for "the Afghan capital", "Kenya's capital"."""
    found = []
    for token in doc[1:]:
        if token.lower_ not in CAPITAL_WORDS or _names_town_after(doc, token.i + 1):
            continue
        named = _country_before(doc, token.i, gazetteer, candidates)
        reading = gazetteer.capitals.get(named[1]) if named is not None else None
        if reading is not None:
            found.append((named[0], token.i + 1, (reading,), "city", False))
    return found


def with_capitals(doc: Doc, gazetteer: Gazetteer, candidates: list) -> list:
    """The candidates plus the capitals named by their country, less the country names a
    capital's words hold ("Kenya" of "Kenya's capital")."""
    capitals = capital_candidates(doc, gazetteer, candidates)
    if not capitals:
        return candidates
    inside = lambda c: any(s <= c[0] and c[1] <= e for s, e, *_ in capitals)  # noqa: E731
    return [c for c in candidates if not inside(c)] + capitals
