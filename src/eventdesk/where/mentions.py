"""Place mentions of a document: spaCy's GPE, LOC and FAC entities (and ORG ones the
gazetteer knows as a site or region), plus a capitalised name the gazetteer knows after a
locative preposition ("clashes in Jenin") that the parser did not tag; each with every
reading the gazetteer has for it, the state or country written after it ("Portland,
Oregon"), the feature a following word gives it ("Idlib province"), and how the sentence
uses it: as where something happens (after "in", "near", "outside"...), or as an actor
("Ankara said", "Turkey's troops").
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventdesk.where.gazetteer import Gazetteer, Reading
from eventdesk.where.adjectival import adjectival_candidates
from eventdesk.where.capitals import with_capitals
from eventdesk.where.namesakes import site_held_elsewhere
from eventdesk.where.small_towns import small_town_candidates
from eventdesk.where.spellings import short_form
from eventdesk.where.qualifiers import described_within, fold_qualifiers, named_by_kind, possessed
from eventdesk.where.words import feature_word, words
from eventdesk.nlp import full_name_surnames
from eventdesk.where.placing import (MAX_EXTENSION, journey_from, left_from, mention_placing, place_word, placing, sends_people,
                                     site_head)

PLACE_LABELS = ("GPE", "LOC", "FAC")
# Labels the small English model gives unfamiliar places ("a rally in Lyon" as ORG, "near
# Szeged" as PRODUCT): read as a place when the sentence uses the name as one.
MISTAKEN_LABELS = ("ORG", "PRODUCT", "WORK_OF_ART", "EVENT")
# Labels under which the parser hides a place it does not know ("Kidal" as NORP, "Odesa" as
# LANGUAGE): the name is looked for again as an untagged one.
RETRIED_LABELS = ("PERSON", "NORP", "LANGUAGE", *PLACE_LABELS)
# Labels of dates, times and numbers, under which the parser may fold a name it does not know.
NUMBER_LABELS = ("DATE", "TIME", "CARDINAL", "QUANTITY", "ORDINAL")
# Dependencies by which a country or a capital names the government acting, not a place.
ACTOR_DEPS = ("nsubj", "nsubjpass", "poss", "agent", "compound", "amod", "nmod")


# (start, end, readings, hint, struck_only): struck_only when only being acted on made an
# untagged name a place
Candidate = tuple[int, int, tuple[Reading, ...], str | None, bool]


@dataclass
class PlaceMention:
    """One place name in the text, before and after resolving it."""

    start: int  # token offsets
    end: int
    text: str
    start_char: int
    end_char: int
    sentence: int  # index of its content sentence; -1 for the dateline
    readings: tuple[Reading, ...]
    hint: str | None = None  # feature a word after it gives ("province" -> region)
    qualifier: tuple[Reading, ...] = ()  # readings of the country or state written after it
    placing: str | None = None  # how the sentence uses it as a place (see placing())
    locative: bool = False  # names where something happens, once resolved
    struck_seat: bool = False  # a capital acted on: a place of material conflict only
    # a name the parser did not tag as a place, acted on ("shelled Donetsk"): a place of
    # material conflict only, like a capital acted on
    struck_untagged: bool = False
    chosen: Reading | None = None
    across_border: bool = False  # "the crossing with Libya": the neighbour across a border
    entered: int | None = None  # "to enter Gaza" with a crossing: the crossing's clause's verb
    role: str = "place"  # "place", or "actor" for a country or capital that acts
    part: Reading | None = None  # "northern Iraq": the part of the chosen country (where/parts.py)
    countries: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.countries = {r.country for r in self.readings if r.country}


def _sentence_index(doc: Doc) -> dict[int, int]:
    """Token index -> index of its content sentence (the `sentence` of the record)."""
    index = {}
    for number, sent in enumerate(doc._.content_sents or doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = number
    return index


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Without a leading "the" and a trailing possessive "'s"."""
    while start < end and doc[start].lower_ == "the":
        start += 1
    while end > start and doc[end - 1].dep_ == "case":
        end -= 1
    return start, end


def _lookup(doc: Doc, gazetteer: Gazetteer, start: int, end: int) -> tuple[int, int, tuple[Reading, ...], str | None]:
    """The readings of the name doc[start:end]: the longest name the gazetteer knows
    that runs on over a few words after it ("Idlib province", "the Zaporizhzhia nuclear
    plant", "the Rafah crossing"), else the name alone, else the name less a feature word
    it ends with. (start, end, readings, hint): hint is the feature a word after the name
    gives it."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and (before.lower_ in words("direction") or before.text.isupper() and before.is_alpha):
        readings = gazetteer.lookup(doc[start - 1:end].text)
        if readings:
            # "south Lebanon": a region of its own name; "DR Congo" (the parser tagging
            # "Congo" alone): the longer name, not the Republic of the Congo
            return start - 1, end, readings, None
    after = doc[end] if end < len(doc) else None
    hint = feature_word(after.text) if after is not None else None
    if hint is None and site_head(doc[end - 1]) is not None:
        hint = "site"  # "the Kajaki dam", "the Nevatim air base"
    limit, extra = end, 0
    while limit < len(doc) and extra < MAX_EXTENSION and (
            doc[limit].is_alpha and doc[limit].lower_ not in words("locative") or doc[limit].text == "-"):
        extra += doc[limit].text != "-"  # a hyphen inside a name ("Ain al-Asad") is no word
        limit += 1
    for stop in range(limit, end, -1):
        readings = gazetteer.lookup(doc[start:stop].text)
        if readings:
            following = feature_word(doc[stop].text) if stop > end and stop < len(doc) else None
            return start, stop, readings, feature_word(doc[stop - 1].text) or following or hint
    readings = gazetteer.lookup(doc[start:end].text)
    division = _division_before(doc, start)
    if division is not None:
        # "the Mexican state of Zacatecas": the state, listed as "Zacatecas state"; "the
        # state of Georgia": the reading that is a region, not the country
        named = tuple(r for r in gazetteer.lookup(f"{doc[start:end].text} {division}") if r.feature == "region")
        readings, hint = (named, "region") if named else (readings, hint or "region")
    elif division is None and (_possesses_area(doc, end) or _holds_settlements(doc, end)) and not any(
            r.feature == "region" for r in readings):
        # "Katsina's Faskari area", "Kaduna's Kajuru district": the possessor of a part of
        # a country is its state or province ("Katsina State"), when the table lists one; the
        # town stays a reading when it has namesakes in other countries ("Tripoli's Bab
        # al-Tabbaneh district" with the Lebanese army is the Lebanese port, not Libya's
        # Tripoli district)
        named = tuple(r for word in sorted(words("region_word"))
                      for r in gazetteer.lookup(f"{doc[start:end].text} {word}") if r.feature == "region")
        elsewhere = any(r.country not in {n.country for n in named} for r in readings)
        if named:
            readings, hint = (named + readings, None) if elsewhere else (named, "region")
    if readings:
        return start, end, readings, hint
    last = feature_word(doc[end - 1].text) if end - start > 1 else None
    if last == "site" and site_held_elsewhere(doc, start, end):
        return start, end, (), None  # "Union Station in Kansas City": no town called Union
    if last is not None:
        readings = gazetteer.lookup(doc[start:end - 1].text)
        if readings:
            return start, end, readings, last
    if (last == "site" and end - start > 2) or (hint == "site" and last is None and end - start > 2):
        # "the Accra Sports Stadium", "the Nairobi National Stadium" tagged as one name: the
        # town or region that opens the name of a site the table does not list
        for stop in range(end - (2 if last else 1), start, -1):
            readings = tuple(r for r in gazetteer.lookup(doc[start:stop].text) if r.feature in ("city", "region"))
            if readings:
                return start, stop, readings, None
    if end - start > 1 and doc[start].lower_ in words("direction") and doc[start].lower_.endswith("ern"):
        # "western Niger" tagged as one name: Niger; but "North America" is no America
        return _lookup(doc, gazetteer, start + 1, end)
    if end - start > 1 and _describing_adjective(doc[start], gazetteer):
        # "the Amazonian Loreto region", "the Iraqi Kurdistan region" tagged as one name: a
        # region or site only
        found = _lookup(doc, gazetteer, start + 1, end)
        if found[2] and all(r.feature in ("region", "site") for r in found[2]):
            return found  # not "the European Union" as a town called Union
    return start, end, (), None


# How an adjective of a land, a people or a range ends: "Amazonian", "Andean", "Himalayan",
# "Iraqi", "Arctic", "Congolese".
_ADJECTIVE_ENDINGS = ("an", "ese", "ic", "ish", "i")


def _describing_adjective(token: Token, gazetteer: Gazetteer) -> bool:
    """A word before a name that only describes where it lies ("the Amazonian Loreto region"):
    an adjective, or a capitalised word no place is called that ends as the adjective of a
    land or a people does."""
    if token.lower_ in gazetteer.adjectives or token.tag_ == "JJ" or token.lower_ in words("community_word"):
        return True
    return (token.is_alpha and token.text[:1].isupper() and token.lower_.endswith(_ADJECTIVE_ENDINGS)
            and not gazetteer.lookup(token.text))


def _possesses_area(doc: Doc, end: int) -> bool:
    """The name owns a part of a territory: "Katsina's Faskari area", "Balochistan's Kech
    district" (data/words.tsv: subarea_word)."""
    root = doc[end - 1]
    return root.dep_ == "poss" and root.head.lower_ in words("subarea_word")


def _holds_settlements(doc: Doc, end: int) -> bool:
    """Settlements lie in the name: "villages across Kherson", "towns in Donetsk" (words.tsv
    `settlement_word`): the region, not the town of that name."""
    root = doc[end - 1]
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ in ("in", "across", "throughout", "of")
            and prep.head.lower_ in words("settlement_word"))


def _division_before(doc: Doc, start: int) -> str | None:
    """The division word of "the state of X", "the province of X" before a name, or the
    island word of "the island of X" (the table's "X island": "the island of Rhodes")."""
    if start >= 2 and doc[start - 1].lower_ == "of" and (
            feature_word(doc[start - 2].text) == "region" or doc[start - 2].lower_ in words("island_word")):
        return doc[start - 2].lower_
    return None


def _acronym_mismatch(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """An acronym ("UN", "NATO") is a place only when the gazetteer spells it so ("UAE")."""
    text = doc[start:end].text
    letters = text.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5 and not gazetteer.is_acronym(text)


def _entity_candidates(doc: Doc, gazetteer: Gazetteer) -> list[Candidate]:
    found = []
    for ent in doc.ents:
        people = ent.label_ == "NORP"
        if ent.label_ not in PLACE_LABELS and ent.label_ not in MISTAKEN_LABELS and not people:
            continue
        for start, end in _entity_parts(doc, ent, gazetteer):
            candidate = _entity_candidate(doc, gazetteer, ent, start, end)
            if candidate is not None:
                found.append(candidate)
    return found


def _entity_parts(doc: Doc, ent: Span, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """The names an entity holds: itself, or when the gazetteer does not know it whole
    and it runs over a comma, "and", "or", "in" (and then a possessive too) or the "of" of a
    part of a place, each of its parts ("Bakhmut and Avdiivka", "Poso, Central Sulawesi",
    "Macomia in Mozambique's Cabo Delgado" tagged as one name; "the University of Khartoum":
    Khartoum)."""
    start, end = _trimmed(doc, ent.start, ent.end)
    cuts = [i for i in range(start, end) if doc[i].text == "," or doc[i].lower_ in ("and", "or", "in")
            or (doc[i].lower_ == "of" and i > start and _part_word(doc[i - 1].lower_)) or _bare_on(doc, i)]
    if cuts:  # a possessive cuts only a name that holds several ("Clinton's State Department" is one)
        cuts = sorted(cuts + [i for i in range(start, end) if doc[i].dep_ == "case"])
    if start >= end or not cuts or gazetteer.lookup(doc[start:end].text):
        return [(start, end)] if start < end else []
    bounds = [start - 1, *cuts, end]
    parts = [_trimmed(doc, a + 1, b) for a, b in zip(bounds, bounds[1:]) if b > a + 1]
    # the part itself ("University" of "the University of Khartoum") is no place
    return [(a, b) for a, b in parts if a < b and not all(t.lower_ in words("through") for t in doc[a:b])]


def _bare_on(doc: Doc, i: int) -> bool:
    """"on" or "at" inside an entity, not inside a hyphenated name ("Shrine in Colombo on
    Easter Sunday" tagged as one name; not "Rostov-on-Don")."""
    return doc[i].lower_ in ("on", "at") and not (
        (i > 0 and doc[i - 1].text == "-") or (i + 1 < len(doc) and doc[i + 1].text == "-"))


def _part_word(word: str) -> bool:
    """A part of a place that an entity names with "of" ("the University of Khartoum", "the
    outskirts of Homs"); not a division or town word, which names a whole ("State of the
    Union")."""
    return word in words("through") and not (word in words("region_word") or word in words("city_word"))


def _entity_candidate(doc: Doc, gazetteer: Gazetteer, ent: Span, start: int, end: int) -> Candidate | None:
    """The candidate one entity (or part of one) gives, if it names a place."""
    people = ent.label_ == "NORP"
    if _acronym_mismatch(doc, start, end, gazetteer):
        return None
    start, end, readings, hint = _lookup(doc, gazetteer, start, end)
    if _described_division(doc[start:end]):
        return None  # "the country's eastern province": a description, not "Eastern Province"
    if people and not (end > ent.end and any(r.feature in ("site", "region") for r in readings)):
        readings = _plain(readings)
        if not (readings and placing(doc[end - 1]) in ("at", "origin")):
            return None  # a people ("Syrian") is no place; "the Zaatari refugee camp" and "from Punjab" are
    struck_only = False
    if ent.label_ in MISTAKEN_LABELS:
        called = _called_a_place(doc, start) or _described_place(doc[end - 1])
        # "raided offices in Kwangju" (tagged an organisation): a name that is only another
        # spelling of a large town ("Gwangju"), after a locative preposition, is that town
        plain = _plain(readings, doc[start:end].text)
        spelled = not plain and _placed(doc[end - 1]) and not _named_person(doc, start, end)
        readings = readings if called or spelled else plain
        # "set fire to the Ryazan refinery" (tagged an organisation): the town of a site word
        # whose site the sentence places or strikes
        site_placed = hint == "site" and end < len(doc) and placing(doc[end]) in ("at", "toward", "struck")
        if not (called or any(r.feature in ("site", "region") for r in readings) or _placed(doc[end - 1])
                or _sent_to(doc, start, end) or journey_from(doc[end - 1]) or site_placed
                or _country_written_after(doc, gazetteer, end, readings)
                or _opens_site(doc, ent, end)):
            struck_only = _struck(doc, start, end, readings)
            if not struck_only:
                return None  # an organisation named after a city is no place
    return (start, end, readings, hint, struck_only) if readings else None


def _described_division(span: Span) -> bool:
    """Direction and division words in lower case ("the country's eastern province", "its
    northern region"): no name, though a division is called "Eastern Province"."""
    return all(t.is_lower and (t.lower_ in words("direction") or t.lower_ in words("position_word")
                               or t.lower_ in words("region_word")) for t in span)


def _plain(readings: tuple[Reading, ...], name: str | None = None) -> tuple[Reading, ...]:
    """A name the parser did not tag as a place is read by the gazetteer's own names only:
    GeoNames' alternate spellings in many languages collide with other names ("Hamas"). A
    town's own name as news shortens it counts as its own ("Leon" for León de los Aldama,
    "Lazaro Cardenas" for Ciudad Lázaro Cárdenas: spellings.short_form)."""
    return tuple(r for r in readings if not r.alias or (name is not None and short_form(name, r.name)))


def _placed(token: Token) -> bool:
    """A name the parser did not tag as a place is one only after a preposition of place
    ("a rally in Lyon") or the "from" of a verb of leaving ("withdrew from Bakhmut"), not as
    an object ("hosted Hamas"), after "on" or "to" ("pressure on Clinton") or after another
    "from" ("a delegation from Real Madrid")."""
    return placing(token) == "at"


def _struck(doc: Doc, start: int, end: int, readings: tuple[Reading, ...]) -> bool:
    """A name the parser did not tag as a place that is acted on ("shelled Donetsk",
    "attacked Palmyra", "recaptured Omdurman's old city") and that the gazetteer knows
    as a town, region or site: a place of material conflict only (resolve marks it
    struck_untagged), and after a place named in words the parser tags ("shot Tyler outside his
    home in Chicago" is Chicago). Not a person the text names: one the actor layer gives a
    country ("attacked Clinton", "Obama") or the surname of a person named in full ("Chris
    Kyle ... Kyle"); placing() already leaves out one an apposition describes ("Moore, a
    British engineer")."""
    if not (placing(doc[end - 1]) == "struck" or _blow_on(doc[end - 1])) or not any(
            r.feature != "country" for r in readings):
        return False
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    if any(a.kind == "person" and a.country and a.start < last and first < a.end for a in doc._.actors or ()):
        return False
    return not (end - start == 1 and doc[start].lower_ in full_name_surnames(doc))


def _opens_site(doc: Doc, ent: Span, end: int) -> bool:
    """"an attack on the Gwadar Port Authority complex" (the organisation tagged without
    its site word): the town that opens the name of a site placed or struck."""
    after = doc[ent.end] if ent.end < len(doc) else None
    return end < ent.end and after is not None and feature_word(after.text) == "site" and (
        placing(after) in ("at", "toward", "struck") or _blow_on(after))


def _placed_possessor(doc: Doc, stop: int) -> bool:
    """"shops in Honiara's Chinatown", "a clinic in Kismayo's port" (the parser tagged the
    town a person): the possessor of a place a preposition of place names, that place a
    name or a part of a town."""
    name, owned = doc[stop - 1], doc[stop - 1].head
    return (name.dep_ == "poss" and stop < len(doc) and doc[stop].text in ("'s", "’s") and _placed(owned)
            and (owned.text[:1].isupper() or owned.lower_ in words("subarea_word") or owned.lower_ in words("site_word")))


def _blow_on(token: Token) -> bool:
    """The name is what an attack or raid fell on: "an attack on Beni", "the raid on Jenin"
    (words.tsv `event_word`), as "attacked Beni" would say."""
    return token.dep_ == "pobj" and token.head.lower_ in ("on", "against") and (
        token.head.head.lower_ in words("event_word"))


def _named_person(doc: Doc, start: int, end: int) -> bool:
    """The actor layer reads the name as a person of a country."""
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    return any(a.kind == "person" and a.country and a.start < last and first < a.end for a in doc._.actors or ())


def _capitalised(token: Token) -> bool:
    """A word of a name; the parser may take a town before a site word for an adjective ("the
    Kyiv refinery": the gazetteer then says whether it is a place; "the Russian refinery" is none)."""
    if not token.text[:1].isupper():
        return False
    return token.pos_ == "PROPN" or (
        token.pos_ == "ADJ" and token.dep_ in ("amod", "compound") and token.head.lower_ in words("site_word"))


def _untagged_candidates(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[Candidate]:
    """Capitalised names no place entity covers (the parser may tag an unfamiliar one as
    a person, or nothing) that the gazetteer knows, where the sentence uses them as a
    place: after a locative preposition ("clashes in Jabalia refugee camp"), or running
    on to a feature word ("the Zaporizhzhia nuclear plant", "Idlib province")."""
    found = []
    for token in doc:
        if token.i in taken or not _capitalised(token):
            continue
        if token.i > 0 and _capitalised(doc[token.i - 1]) and token.i - 1 not in taken:
            continue  # not the first word of the name
        end = token.i + 1
        while end < len(doc) and _capitalised(doc[end]) and end not in taken:
            end += 1
        end = _possessive_name(doc, gazetteer, token.i, end, taken)
        if _acronym_mismatch(doc, token.i, end, gazetteer):
            continue
        first = _article_start(doc, token.i, taken)
        start, stop, readings, hint = _lookup(doc, gazetteer, first, end)
        if not readings and first < token.i:
            start, stop, readings, hint = _lookup(doc, gazetteer, token.i, end)
        # "the town of Nabatieh", "Mekelle, the capital of Tigray": the words around it say
        # it is a place, so GeoNames' other spellings count too
        called = _called_a_place(doc, start) or _described_place(doc[stop - 1])
        # "arrived in Wad Madani": a name that is only another spelling of a large town
        # ("Wad Medani"), after a locative preposition, is that town
        plain = _plain(readings, doc[start:stop].text)
        spelled = not plain and _placed(doc[stop - 1]) and not _named_person(doc, start, stop)
        readings = readings if called or spelled else plain
        if not readings:
            continue
        # the name runs on into one the table lists ("the Grasberg mine"), or into a feature word
        # or a landform word ("the High Atlas mountains", "the Hamrin mountains")
        ends_in_feature = stop > end and (feature_word(doc[stop - 1].text) is not None
                                          or doc[stop - 1].lower_ in words("landform_word")
                                          or all(r.feature == "site" for r in readings))
        if (ends_in_feature or hint is not None or _placed(doc[stop - 1]) or _placed(doc[end - 1])
                or called or _named_site(doc, start, stop, readings) or _sent_to(doc, start, stop)
                or _reached(doc, stop, readings) or _country_written_after(doc, gazetteer, stop, readings)
                or _placed_possessor(doc, stop)
                or _owned_site(doc, gazetteer, start, readings)):
            found.append((start, stop, readings, hint, False))
        elif _struck(doc, start, stop, readings):
            found.append((start, stop, readings, hint, True))
    return found


def _owned_site(doc: Doc, gazetteer: Gazetteer, start: int, readings: tuple[Reading, ...]) -> bool:
    """A site of the table its town owns ("filled Mexico City's Zocalo", "Kyiv's Maidan"): a
    place whatever the action, as "in Mexico City's Zocalo" is (no person is so owned)."""
    if start < 2 or doc[start - 1].dep_ != "case" or not readings or any(r.feature != "site" for r in readings):
        return False
    owner = doc[start - 1].head
    words_ = doc[owner.left_edge.i:owner.i + 1].text
    return any(r.feature in ("city", "region") and r.country in {s.country for s in readings}
               for r in gazetteer.lookup(words_))


def _country_written_after(doc: Doc, gazetteer: Gazetteer, stop: int, readings: tuple[Reading, ...]) -> bool:
    """The name is followed by the country one of its towns lies in, as a dateline writes
    it ("fled across the border to Adre, Chad"; the parser tagged "Adre" as a person) or
    after "in" ("Djibo in northern Burkina Faso"): the town."""
    if stop + 1 >= len(doc) or doc[stop].lower_ not in (",", "in"):
        return False
    if doc[stop].lower_ == "in" and doc[stop + 1].lower_ in words("direction") and stop + 2 < len(doc):
        stop += 1  # "besieging Djibo in northern Burkina Faso" (tagged an organisation)
    end = stop + 1
    while end < len(doc) and _capitalised(doc[end]):
        end += 1
    named = {r.country for r in gazetteer.lookup(doc[stop + 1:end].text) if r.feature == "country"} if end > stop + 1 else set()
    return any(r.country in named and r.feature in ("city", "site") for r in readings)


def _possessive_name(doc: Doc, gazetteer: Gazetteer, start: int, end: int, taken: set[int]) -> int:
    """The end of a name with a possessive inside it that the gazetteer knows whole ("Hawke's
    Bay", "Martha's Vineyard"; the parser tags "Hawke" as a person and "Bay" apart), else
    `end`."""
    if end + 1 >= len(doc) or doc[end].text not in ("'s", "’s") or not _capitalised(doc[end + 1]) or (
            end + 1 in taken):
        return end
    stop = end + 1
    while stop < len(doc) and _capitalised(doc[stop]) and stop not in taken:
        stop += 1
    return next((s for s in range(stop, end + 1, -1) if gazetteer.lookup(doc[start:s].text)), end)


def _article_start(doc: Doc, i: int, taken: set[int]) -> int:
    """Where a name that opens with the Arabic article in lower case starts ("al-Hol camp",
    "the al-Askari shrine": "al", "-", then the capitalised word at `i`)."""
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in words("name_article") and not (
            {i - 1, i - 2} & taken):
        return i - 2
    before = doc[i - 1] if i >= 1 else None
    if before is not None and before.text[:1].isupper() and before.lower_ in words("capital_article") and not (
            before.is_sent_start or i - 1 in taken):
        return i - 1  # "the border town of In Guezzam": the Saharan "In" (the parser's preposition) opens it
    return i


_CALENDAR = frozenset(name.lower() for name in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name,
                                                 *calendar.day_abbr) if name)


def _mistaken_date(ent: Span) -> bool:
    """A capitalised name the parser tagged as a date that is no month or day ("in western
    Niger" as DATE): looked for again as a place."""
    return ent.label_ == "DATE" and all(
        t.is_alpha and (t.text[:1].isupper() or t.lower_ in words("direction")) and t.lower_ not in _CALENDAR
        for t in ent)


def _name_in_number(ent: Span, token: Token) -> bool:
    """A capitalised word the parser folded into a time or a number ("outside Odesa
    overnight" as TIME, "in Zhanaozen for a third day" as DATE): looked for again as a place."""
    return ent.label_ in NUMBER_LABELS and token.is_alpha and token.text[:1].isupper() and not token.like_num \
        and token.lower_ not in _CALENDAR and token.i > ent.sent.start


def _called_a_place(doc: Doc, start: int) -> bool:
    """The words before a name say it is a place: "the state of Haryana", "the town of
    Kidal", "the mayor of Kharkiv" (words.tsv `through`, `office_word`), or a town word right
    before it that a locative preposition places ("in Jamaica's capital Kingston", "in the port
    city Sittwe"; `city_word`, "capital"; not "towards the state capital X", a direction)."""
    if start >= 1 and doc[start - 1].pos_ == "NOUN" and (
            doc[start - 1].lower_ == "capital" or doc[start - 1].lower_ in words("city_word")) and (
            placing(doc[start - 1]) == "at"):
        return True
    return start >= 2 and doc[start - 1].lower_ == "of" and (
        doc[start - 2].lower_ in words("through") or doc[start - 2].lower_ in words("office_word"))


def _described_place(token: Token) -> bool:
    """An apposition says the name is a place: "La Paz, the capital of Baja California
    Sur", "Santiago, the country's second-largest city"."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and place_word(c.lower_) for c in token.children)


def _sent_to(doc: Doc, start: int, end: int) -> bool:
    """A name after the "to" of a verb of sending whose object is an actor ("sent 400
    federal police to Rosario", "troops were deployed to La Paz"; words.tsv
    `sending_verb`): where the actors go, not an addressee ("sent a letter to Jackson")."""
    token = doc[end - 1]
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "to" and sends_people(prep.head)


def _named_site(doc: Doc, start: int, stop: int, readings: tuple[Reading, ...]) -> bool:
    """A name of several capitalised words the gazetteer knows only as a site or region
    ("Tahrir Square", "Red Square") is one wherever the sentence puts it."""
    named = [doc[i] for i in range(start, stop) if doc[i].text != "-"]  # "Emilia-Romagna"
    return len(named) >= 2 and all(t.text[:1].isupper() for t in named) and all(
        r.feature in ("site", "region") for r in readings)


def _reached(doc: Doc, stop: int, readings: tuple[Reading, ...]) -> bool:
    """A name the gazetteer knows only as a region or site (its own names, no other
    spelling) after "to" or "on" ("sent rescue workers to Emilia-Romagna", "the reception
    centre on Lampedusa"): the place reached, as a tagged one would be; a town's or a
    country's name there may be a person or an actor addressed ("wrote to Jackson")."""
    return placing(doc[stop - 1]) == "toward" and doc[stop - 1].head.lower_ in ("to", "on") and bool(readings) and all(
        r.feature in ("site", "region") and not r.alias for r in readings)


def find_mentions(doc: Doc, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Every place name of the content sentences, in text order, a qualifier ("Oregon" in
    "Portland, Oregon") folded into the name it qualifies."""
    sent_of = _sentence_index(doc)
    candidates = _entity_candidates(doc, gazetteer)
    taken = {i for start, end, *_ in candidates for i in range(start, end)}
    # a place the parser tagged as a person or a people ("Kidal" as NORP) is looked for again
    taken |= {i for ent in doc.ents if ent.label_ not in RETRIED_LABELS and not _mistaken_date(ent)
              for i in range(ent.start, ent.end) if not _name_in_number(ent, doc[i])}
    candidates += _untagged_candidates(doc, gazetteer, taken)
    candidates += small_town_candidates(doc, gazetteer, candidates)
    candidates = with_capitals(doc, gazetteer, candidates)
    candidates += adjectival_candidates(doc, gazetteer, candidates)
    mentions: list[PlaceMention] = []
    boilerplate = doc._.boilerplate or ()
    for start, end, readings, hint, struck_only in sorted(candidates):
        if start not in sent_of or (mentions and start < mentions[-1].end):
            continue
        if any(b_start <= doc[start].idx < b_end for b_start, b_end, _ in boilerplate):
            continue  # the dateline is read on its own (resolve.dateline_mention)
        span = doc[start:end]
        mentions.append(PlaceMention(
            start, end, span.text, span.start_char, span.end_char, sent_of[start], readings, hint,
            struck_untagged=struck_only,
        ))
    mentions = described_within(doc, possessed(doc, fold_qualifiers(doc, mentions, gazetteer), gazetteer), gazetteer)
    named_by_kind(doc, mentions, gazetteer)
    for mention in mentions:
        mention.placing = mention_placing(doc[mention.start:mention.end])
    return mentions
