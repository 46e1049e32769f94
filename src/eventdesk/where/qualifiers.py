"""How a place name written with another reads: a qualifier after a comma ("Portland,
Oregon", "Suzhou, Anhui province", "Manchester, N.H."), a place it lies in ("Lagos, in
Portugal's Algarve region", "Aurangabad in Bihar"), an owner ("Russia's Belgorod region"),
an apposition ("La Paz, the capital of Baja California Sur") and the place or adjective
before its town or division word ("the Algarve town of Lagos", "the Dutch province of
Limburg"): each keeps only the name's readings inside the place it names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from eventdesk.actors.lexicon import norm, region_adjectives
from eventdesk.where.gazetteer import Gazetteer, Reading, distance_km, key, us_small_town
from eventdesk.where.namesakes import small_inside
from eventdesk.where.placing import place_word
from eventdesk.where.words import words

if TYPE_CHECKING:
    from eventdesk.where.mentions import PlaceMention


def _qualifies(name: PlaceMention, qualifier: PlaceMention, gazetteer: Gazetteer,
               regions: bool = False) -> tuple[Reading, ...]:
    """The readings of `name` that lie in the country or US state `qualifier` names; with
    `regions`, also in the country of a province or region it names ("London, Ontario",
    "Perth, Scotland", "Hyderabad, Sindh"), when that rules out a namesake elsewhere, and of
    namesakes in that country the one nearest the division's centre ("Suzhou, Anhui
    province", "Aurangabad in Bihar": GeoNames gives a town its division's code, not its
    name)."""
    states = {gazetteer.us_states.get(key(r.name)) for r in qualifier.readings if r.country == "USA"}
    countries = {r.country for r in qualifier.readings if r.feature == "country"}
    divisions = [r for r in qualifier.readings if r.feature == "region" and r.country not in (None, "USA")] if (
        regions and not countries) else []
    if divisions:
        inside = {r.country for r in divisions}
        if any(r.country not in inside for r in name.readings) or sum(r.country in inside for r in name.readings) > 1:
            countries = inside
    inside = tuple(r for r in name.readings if r.feature != "country" and (
        (r.country == "USA" and r.admin1 is not None and r.admin1 in states) or r.country in countries
    ))
    if divisions and len(inside) > 1:
        # "Suzhou, Anhui province": of namesakes in the division's country, the one nearest its centre
        inside = (min(inside, key=lambda r: min(distance_km(r.lat, r.lon, d.lat, d.lon) for d in divisions)),)
    # "London, Kentucky": a town of that state too small for the city list
    small = [us_small_town(name.text, state) for state in states] if not inside else []
    small = tuple(r for r in small if r is not None)
    named = (countries - {"USA"}) | {d.country for d in divisions}
    if not inside and not small and named and not any(r.country in named for r in name.readings):
        # "Fort Smith, Northwest Territories": no Fort Smith of Arkansas, the small town there
        small = small_inside(name.text, countries - {"USA"}, divisions)
    return inside or small


def _abbreviated_state(doc: Doc, mention: PlaceMention, gazetteer: Gazetteer) -> None:
    """"Manchester, N.H., police": a state as wire copy abbreviates it (no place name the
    parser tags) keeps the readings in that state."""
    state = gazetteer.us_state(doc[mention.end + 1].text)
    inside = tuple(r for r in mention.readings if r.country == "USA" and r.admin1 == state) if state else ()
    small = us_small_town(mention.text, state) if not inside else None
    inside = inside or ((small,) if small else ())
    if inside:
        mention.readings = inside
        mention.countries = {"USA"}


def _listed(doc: Doc, mentions: list[PlaceMention], number: int) -> bool:
    """The place after mentions[number] runs on into a list ("Donetsk, Luhansk and
    Kherson"): another place follows it after a comma, "and" or "or"."""
    if number + 1 >= len(mentions):
        return False
    between = doc[mentions[number].end:mentions[number + 1].start]
    return 0 < len(between) <= 2 and all(t.text == "," or t.lower_ in ("and", "or") for t in between)


def described_within(doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """A town an apposition places inside another place ("La Paz, the capital of Baja
    California Sur", "Mekelle, the capital of Ethiopia's Tigray region") or describes with
    a country's or a region's adjective ("Perth, the Scottish town on the River Tay") keeps
    only its readings in that place's country, as "Portland, Oregon" keeps Oregon's; so does
    the place word the name describes in turn ("the Seychelles' capital, Victoria")."""
    for mention in mentions:
        described = [c for c in doc[mention.end - 1].children
                     if c.dep_ == "appos" and c.pos_ == "NOUN" and place_word(c.lower_)] or _loose_apposition(doc, mention.end)
        root = doc[mention.start:mention.end].root
        if not described and root.dep_ == "appos" and root.head.pos_ == "NOUN" and place_word(root.head.lower_) and (
                root.head.i < mention.start):
            described = [root.head]  # "the Seychelles' capital, Victoria": the place word comes first
        for appos in described:
            last = appos.right_edge.i if appos.i > mention.start else appos.i
            span = range(appos.left_edge.i, last + 1)
            # the countries of the places named inside the apposition that have but one
            countries = {next(iter(m.countries)) for m in mentions
                         if m is not mention and m.start in span and len(m.countries) == 1}
            countries |= _adjective_countries(doc[appos.left_edge.i:appos.i], gazetteer)
            inside = tuple(r for r in mention.readings if r.country in countries)
            if not inside and countries and mention.readings:
                # "Jasper, a town in Canada's Alberta": the small town there, not Jasper, Indiana
                inside = small_inside(mention.text, countries, [])
            if inside:
                mention.readings, mention.countries = inside, {r.country for r in inside}
    return mentions


def named_by_kind(doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer) -> None:
    """A town or division word whose "of" names a place, modified by another place or by a
    country's adjective ("the Algarve town of Lagos", "the Colombian city of Cucuta", "the
    Dutch province of Limburg"): the place keeps only its readings in that country, as
    "Lagos, Portugal" would."""
    for mention in mentions:
        root = doc[mention.start:mention.end].root
        noun = root.head.head
        if len(mention.countries) < 2 or root.dep_ != "pobj" or root.head.lower_ != "of" or not (
                noun.lower_ in words("city_word") or noun.lower_ in words("region_word")):
            continue
        countries = _adjective_countries(doc[noun.left_edge.i:noun.i], gazetteer)
        for word in doc[noun.left_edge.i:noun.i]:
            countries |= next((m.countries for m in mentions if m is not mention and m.start <= word.i < m.end
                               and len(m.countries) == 1), set())
        inside = tuple(r for r in mention.readings if r.country in countries)
        if inside:
            mention.readings, mention.countries = inside, {r.country for r in inside}


# The most words from the comma to the place word of an apposition the parser hangs
# elsewhere ("Stanley, the Falkland Islands' capital").
LOOSE_APPOSITION_WORDS = 7


def _loose_apposition(doc: Doc, end: int) -> list:
    """A place word the parser hangs elsewhere that opens right after the name's comma ("into
    Perth, the Scottish town on the River Tay": "town" read as an object of the verb)."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return []
    return [t for t in doc[end + 1:end + LOOSE_APPOSITION_WORDS + 1] if t.pos_ == "NOUN" and place_word(t.lower_)
            and t.left_edge.i == end + 1 and t.head.i != end - 1][:1]


def _adjective_countries(words_before, gazetteer: Gazetteer) -> set[str]:
    """The countries a country's or a region's adjective before a place word names ("the
    Colombian city", "the Scottish town", "the Bavarian town")."""
    found: set[str] = set()
    for word in words_before:
        country = gazetteer.adjectives.get(word.lower_) or _country_named(word, gazetteer)
        found |= {country} if country else region_adjectives().get(norm(word.text), set())
    return found - {"-"}


def _country_named(word, gazetteer: Gazetteer) -> str | None:
    """A country's name used as its adjective ("the Seychelles capital"), when the name is
    that country's only."""
    if not word.text[:1].isupper():
        return None
    readings = gazetteer.lookup(word.text)
    countries = {r.country for r in readings}
    return next(iter(countries)) if readings and len(countries) == 1 and all(
        r.feature == "country" for r in readings) else None


def possessed(doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """A place another place owns lies in the owner's country, a town of a US state in that
    state ("Russia's Belgorod region", "Honiara's Chinatown", "California's Butte County"): only its readings there count, and a town known only as a
    namesake elsewhere ("Chinatown" of San Francisco) is no place of its own; the owner
    then says where."""
    kept = []
    for number, mention in enumerate(mentions):
        owner = mentions[number - 1] if number else None
        root = doc[owner.start:owner.end].root if owner is not None else None
        if owner is None or root.dep_ != "poss" or not mention.start <= root.head.i < mention.end:
            kept.append(mention)
            continue
        states = {gazetteer.us_states.get(key(r.name)) for r in owner.readings if r.country == "USA"}
        states = set() if None in states else states  # "California's Butte County": not Montana's Butte
        inside = tuple(r for r in mention.readings if r.country in owner.countries and (
            not states or (r.feature != "city" and r.admin1 is None) or r.admin1 in states))
        if inside:
            mention.readings, mention.countries = inside, {r.country for r in inside}
        elif owner.countries and all(r.feature == "city" for r in mention.readings):
            continue
        kept.append(mention)
    return kept


def _placed_within(doc: Doc, mention: PlaceMention, following: PlaceMention) -> bool:
    """A town followed by "in" or ", in" and the place it lies in ("Lagos, in Portugal's
    Algarve region", "the town of Aurangabad in Bihar")."""
    if following.sentence != mention.sentence:
        return False
    if following.start == mention.end + 1:
        return doc[mention.end].lower_ == "in"
    if following.start == mention.end + 2 and doc[mention.end].text == "," and doc[mention.end + 1].lower_ == "in":
        return True
    return _in_division_of(doc[mention.end:following.start]) or _in_part_of(doc[mention.end:following.start])


def _in_part_of(between) -> bool:
    """", in southern Spain", "in central Mexico": "in" and direction words (words.tsv
    `direction`, or a lower-case adjective of `position_word`) between a town and the
    country or region it lies in."""
    words_between = [t for t in between if t.text != ","]
    return len(words_between) >= 2 and words_between[0].lower_ == "in" and all(
        t.lower_ in words("direction") or (t.is_lower and t.pos_ == "ADJ" and t.lower_ in words("position_word"))
        for t in words_between[1:])


def _in_division_of(between) -> bool:
    """"in the eastern state of", ", in the province of": "in", "the", describing words,
    a division word (words.tsv `region_word`) and "of" between a town and its division."""
    words_between = [t for t in between if t.text != ","]
    if len(words_between) < 4 or words_between[0].lower_ != "in" or words_between[1].lower_ != "the":
        return False
    if words_between[-1].lower_ != "of" or words_between[-2].lower_ not in words("region_word"):
        return False
    return all(t.pos_ == "ADJ" or t.lower_ in words("part_word") for t in words_between[2:-2])


def _foreign_qualifier(name: PlaceMention, qualifier: PlaceMention) -> tuple[Reading, ...]:
    """A name the gazetteer knows only in the United States, written with a country or a
    region of another ("Kent county, England", "Antrim county, Northern Ireland"): a place of
    that country the gazetteer lacks, placed by the qualifier, not by the US namesake."""
    if not name.readings or any(r.country != "USA" for r in name.readings):
        return ()
    return tuple(r for r in qualifier.readings if r.feature in ("country", "region") and r.country not in (None, "USA"))


# What may follow a town written after a part of it ("in Rampura, Dhaka, during protests"):
# the qualifier ends the phrase.
QUALIFIER_ENDS = (",", ".", ";", ")", ":")


def _town_qualifier(doc: Doc, name: PlaceMention, qualifier: PlaceMention) -> tuple[Reading, ...]:
    """A town name written with a town of a country where no namesake of it lies ("Rampura,
    Dhaka" with the gazetteer's Rampuras in India): a part of that town the
    gazetteer lacks, placed at the town. Not when the town goes on to act ("shelled Kharkiv,
    Moscow said")."""
    towns = [r for r in qualifier.readings if r.feature == "city" and r.country]
    town = max(towns, key=lambda r: r.population) if towns else None  # the most populous: Dhaka, not Dhaka, India
    if town is None or not name.readings or any(r.country == town.country for r in name.readings):
        return ()
    if any(r.feature != "city" for r in name.readings):
        return ()
    after = doc[qualifier.end] if qualifier.end < len(doc) else None
    ends = after is None or after.text in QUALIFIER_ENDS or after.pos_ == "ADP"
    acts = doc[qualifier.start:qualifier.end].root.dep_ in ("nsubj", "nsubjpass")
    return (town,) if ends and not acts else ()


def fold_qualifiers(doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    folded: list[PlaceMention] = []
    skip: set[int] = set()
    for number, mention in enumerate(mentions):
        if number in skip:
            continue
        following = mentions[number + 1] if number + 1 < len(mentions) else None
        if (
            following is not None and following.start == mention.end + 1 and doc[mention.end].text == ","
            and following.sentence == mention.sentence
        ):
            listed = _listed(doc, mentions, number + 1)
            inside = _qualifies(mention, following, gazetteer, regions=not listed)
            if not inside and not listed:
                inside = _foreign_qualifier(mention, following) or _town_qualifier(doc, mention, following)
            if inside:
                mention.qualifier = following.readings
                mention.readings = inside
                mention.countries = {r.country for r in inside if r.country}
                skip.add(number + 1)
        elif following is not None and _placed_within(doc, mention, following):
            # "near Lagos, in Portugal's Algarve region": the town's readings in that country;
            # "Taizhou, in China's Zhejiang province": the one in that province
            owned = mentions[number + 2] if number + 2 < len(mentions) else None
            if owned is not None and following.end < len(doc) and doc[following.end].dep_ == "case" and (
                    owned.start == following.end + 1):
                following = owned
            inside = _qualifies(mention, following, gazetteer, regions=True)
            if inside:
                mention.readings, mention.countries = inside, {r.country for r in inside if r.country}
        elif mention.end + 1 < len(doc) and doc[mention.end].text == ",":
            _abbreviated_state(doc, mention, gazetteer)
        folded.append(mention)
    return folded


