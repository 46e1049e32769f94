"""Where an event happened, by a documented sequence of fallbacks; `location_source` says
which rule gave the place, so a user can keep only the precise ones:

  sentence       a place the event's sentence gives as where something happens ("in",
                 "near", "outside", "on the outskirts of", "at"): the one hanging under
                 the trigger if there is one, else the one nearest the trigger; else, for
                 a material action, the town or region whose official reports it ("the
                 governor of Russia's Belgorod region said drones struck ...");
  story          else the nearest such place of an earlier sentence of the story whose
                 country is the country of one of the event's actors (any country when
                 no actor has one);
  dateline       else the dateline's place;
  origin         else a town, region or site the sentence gives as where the actors came
                 from ("fled from Khartoum");
  actor_country  else the centroid of the country of the source (else the target), with
                 feature "country".

A country or capital that acts ("Ankara said") is never a location. The actors' own
places (source_place, target_place) are a place named inside the actor's words ("the
mayor of Kharkiv", "Sichuan authorities"), else the actor's country.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.actors.sectors import sectors_in
from eventdesk.model import Actor, Event, Place
from eventdesk.where.countryless import anchored_place
from eventdesk.where.gazetteer import (
    Gazetteer, Reading, administering, distance_km, load_gazetteer, us_state_code,
)
from eventdesk.where.landmarks import with_subject_site
from eventdesk.where.mentions import PlaceMention
from eventdesk.where.narrowing import (
    after_comma_in, arrived_later, confirmed, part_of_town, report_origin, town_left_from,
)
from eventdesk.where.offices import office_place
from eventdesk.where.words import words
from eventdesk.nlp import children_of

SOURCES = ("sentence", "story", "dateline", "origin", "actor_country")


def to_place(mention: PlaceMention) -> Place:
    reading = mention.chosen
    assert reading is not None, "a mention is resolved before it becomes a Place"
    if mention.part is not None and reading.feature == "country":
        reading = mention.part  # "in northern Iraq": a point in the north, not the centroid
    return Place(
        text=mention.text, start=mention.start_char, end=mention.end_char, name=reading.name,
        country=administering(reading.country), lat=reading.lat, lon=reading.lon, feature=reading.feature,
        geonames_id=reading.geonames_id,
    )


# How far from a region's point a town of the same sentence may lie for the region to be
# read as only saying where the town is.
REGION_REACH_KM = 300.0


def country_place(reading: Reading, actor: Actor) -> Place:
    return Place(text=actor.text, start=actor.start, end=actor.end, name=reading.name,
                 country=administering(reading.country), lat=reading.lat, lon=reading.lon, feature="country",
                 geonames_id=reading.geonames_id)


def _hops_up(token: Token, target: Token, limit: int = 8) -> int | None:
    """Steps from `token` up the parse to `target`; None when it is not above, or only
    through another clause joined to it ("rallied in Georgia, and the EU urged the
    government in Tbilisi": Tbilisi is not where the rally was)."""
    hops = 0
    while hops < limit:
        if token.i == target.i:
            return hops
        if token.head.i == token.i or (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")):
            return None
        token, hops = token.head, hops + 1
    return None


def _clause(token: Token) -> Token:
    """The verb whose clause holds `token` (the sentence's root when none)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def sentence_place(doc: Doc, trigger: Token, sentence: int, mentions: list[PlaceMention],
                   material: bool = False) -> PlaceMention | None:
    """The place the sentence gives an action at `trigger`: one under the trigger first,
    a city, region or site before a country ("near Kobani in northern Syria"), else the
    one nearest it; a name that only modifies a noun ("Sichuan authorities") last. A
    capital acted on counts for material conflict only."""
    # a capital acted on stands for its government (role "actor") except in material
    # conflict, where it is also where the blow fell ("Russian missiles struck Kyiv")
    here = [m for m in mentions if m.sentence == sentence and not arrived_later(doc, m, trigger)
            and ((m.role == "place" and m.locative)
                 or (material and m.struck_seat and (m.placing == "struck" or (m.struck_untagged and m.placing == "toward"))
                     and not _later_clause(doc, m, trigger)))]
    if not here:
        return None
    # "..., officials in Dhaka said", "according to officials in Quetta": where the report
    # comes from, not where the action was, when the sentence names somewhere else
    told = [m for m in here if report_origin(doc, m, trigger)]
    if told and len(told) == len(here):
        # "fired missiles from its South Pyongan province, the military said in Seoul": where
        # the action came from says more than where the report was made
        origin = origin_place(sentence, mentions)
        if origin is not None:
            return origin
    here = [m for m in here if m not in told] or here
    # "the Old City of Hyderabad": a part of the town after "of", not another country's place
    here = [m for m in here if not part_of_town(doc, m, here)] or here
    # "the mayor of the Amazon city of Altamira in Para state": the town the locative place
    # only says where it lies
    towns = [m for m in mentions if m.sentence == sentence and m.role == "place" and m not in here
             and m.chosen is not None and m.chosen.feature in ("city", "site")]
    here = [_qualified_town(doc, m, towns) or m for m in here]
    origins = [m for m in mentions if m.sentence == sentence and m.placing == "origin" and m.role == "place"]
    if all(_qualifies_other(doc, m, origins) for m in here):
        # "took off from Incirlik Air Base in southern Turkey": the places only say where
        # the origin lies, and the origin is the finer answer
        return origins[0]
    if any(m.entered is None and m.chosen.feature == "site" for m in here):
        # "trucks entered Gaza through the Kerem Shalom crossing": the crossing, not the
        # territory across it
        here = [m for m in here if m.entered is None]
    inner = [m for m in here if not _qualifies_other(doc, m, here) and not _holds_other(doc, m, here)
             and not _names_where_town_lies(doc, m, here) and not _holds_finer(doc, m, here)]
    whole, here = here, inner or here

    def order(mention: PlaceMention):
        root = doc[mention.start:mention.end].root
        hops = _hops_up(root, trigger)
        # a place under the trigger only through a clause of its own ("to protest rules for
        # crossing into Afghanistan") says no more than one outside the trigger's phrase
        below = hops is not None and _below_clause(root, trigger)
        # "sentenced an activist arrested in Yekaterinburg": a clause describing a participant
        # tells where something earlier happened, after even a modifier ("a Moscow court")
        # a name the parser did not tag counts after the tagged ones, unless a country of the
        # sentence confirms its reading ("overran Palma ... in northern Mozambique")
        doubtful = mention.struck_untagged and not confirmed(mention, here)
        return (below and _describes_noun(root, trigger), mention.placing == "modifier", doubtful,
                _heading(root), hops is None or below, mention.chosen.feature == "country", below, hops or 0,
                abs(mention.start - trigger.i))

    best = min(here, key=order)
    # "in the Red Sea off Hodeidah": the town a sea or border zone is tied to
    best = anchored_place(doc, best, mentions) or best
    if best.chosen.feature == "country" and town_left_from(doc, best, origins) is not None:
        return town_left_from(doc, best, origins)  # "left Iraq, flying from Basra": the town
    if best.chosen.feature == "country":
        # "struck the Noto peninsula on Japan's west coast, destroying homes in Wajima": a
        # finer place of the same country on the trigger itself beats the bare country, even
        # when it holds a town of a later clause
        finer = [m for m in whole if m.chosen.feature != "country" and m.chosen.country == best.chosen.country
                 and _on_trigger(doc, m, trigger) and m.placing != "modifier"]
        if finer:
            return min(finer, key=order)
    return best


def _on_trigger(doc: Doc, mention: PlaceMention, trigger: Token) -> bool:
    root = doc[mention.start:mention.end].root
    return _hops_up(root, trigger) is not None and not _below_clause(root, trigger)


# Quad classes of material actions (cooperation, conflict): what a regional official reports
# happened in the region.
MATERIAL_QUADS = (2, 4)


def reporter_place(doc: Doc, trigger: Token, sentence: int, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The town or region an official who reports the action governs ("The governor of
    Russia's Belgorod region said Ukrainian drones had struck a substation", "Kharkiv's mayor
    said missiles hit ..."), when the reported clause names no place: what the official of a
    place reports happened there. Only an actor of a state (the `state` sector group) named by
    the office of a town or region (words.tsv `office_word`: mayor, governor, prefect)."""
    node = trigger
    while node.dep_ not in ("ccomp", "parataxis") and node.head.i != node.i:
        node = node.head
    if node.dep_ not in ("ccomp", "parataxis"):
        return None
    state = sectors_in("state")
    for subject in (c for c in node.head.children if c.dep_ == "nsubj"):
        first, last = subject.left_edge.i, subject.right_edge.i
        if not any(t.lower_ in words("office_word") for t in doc[first:last + 1]) or not any(
                state.intersection(a.sectors) and a.start <= doc[subject.i].idx < a.end for a in doc._.actors or ()):
            continue  # "Alabama Sen. Jeff Sessions said": a senator speaks for no town's events
        governed = [m for m in mentions if m.sentence == sentence and first <= m.start <= last and m.role == "place"
                    and m.chosen is not None and m.chosen.feature in ("city", "region")]
        if governed:
            return governed[-1]
    return None


def subject_place(doc: Doc, trigger: Token, sentence: int, mentions: list[PlaceMention],
                  gazetteer: Gazetteer) -> PlaceMention | None:
    """A town or region that acts, or whose office acts, as the subject of the action's
    clause ("Iraq's Kurdistan region held an election", "The governor of Louisiana ordered
    evacuations"), when the sentence places the action nowhere: a region's or town's own
    government acts at home. Not a capital, which stands for its country's government
    ("Paris said"), nor a place the subject came from ("Families from Kherson")."""
    clause = _clause(trigger)
    for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
        first, last = subject.left_edge.i, subject.right_edge.i
        if subject.pos_ == "PROPN" and not any(m.start <= subject.i < m.end for m in mentions):
            continue  # "Alabama Sen. Jeff Sessions voted": a person, who acts where he is
        for mention in mentions:
            reading = mention.chosen
            root = doc[mention.start:mention.end].root
            if (mention.sentence != sentence or not first <= mention.start <= last or reading is None
                    # "Guatemala's Volcan de Fuego erupted", "the Sardoba dam burst": a site is
                    # where it acts when it is the subject itself
                    or reading.feature not in ("city", "region", "site")
                    or (reading.feature == "site" and root.i != subject.i) or reading.country is None
                    or mention.placing == "origin" or gazetteer.is_seat(mention.text, reading)
                    or not _names_subject(root, subject)):
                continue
            return mention
    return None


def _names_subject(root: Token, subject: Token) -> bool:
    """The place is the subject, modifies it, or is its "of" ("Iraq's Kurdistan region",
    "Sichuan authorities", "The governor of Louisiana"); not a place deeper in its phrase
    ("states led by West Virginia", "the sides of the island of Cyprus")."""
    if root.i == subject.i:
        return True
    if root.dep_ in ("compound", "poss", "amod", "nmod"):
        return root.head.i == subject.i
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i == subject.i


def _describes_noun(token: Token, trigger: Token) -> bool:
    """`token` hangs from the trigger through a clause that describes a noun ("sentenced an
    activist arrested in Yekaterinburg last year", "the man who fled from X")."""
    node = token.head
    while node.i != trigger.i and node.head.i != node.i:
        if node.dep_ in ("acl", "relcl"):
            return True
        node = node.head
    return False


def _heading(token: Token) -> bool:
    """The place is only where the action heads ("withdrew south toward Uvira"; words.tsv
    `heading`), or where a noun of the sentence goes ("trips to Machu Picchu"): the action
    happened elsewhere, when the sentence names somewhere else."""
    node = token
    while node.dep_ in ("compound", "amod", "nmod", "appos", "conj") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.lower_ in words("journey_word"):
        return True  # "halted trips to Machu Picchu", "flights to Aktau": where the trips go
    return node.dep_ == "pobj" and node.head.lower_ in words("heading")


def _holds_finer(doc: Doc, mention: PlaceMention, here: list[PlaceMention]) -> bool:
    """A country another place of the sentence lies in, where the same actors also act at
    that place ("crossed into Chad and arrived in the border town of Adre"): the country
    only says where the finer place is. Not a place of another actor's clause ("rallied
    in Georgia, and the EU urged the government in Tbilisi")."""
    return mention.chosen.feature == "country" and any(
        o is not mention and o.placing == "at" and o.chosen.feature != "country"
        and o.chosen.country == mention.chosen.country and _verb_placed(doc[o.start:o.end].root)
        and not _own_subject(_clause(doc[o.start:o.end].root))
        for o in here)


def _verb_placed(token: Token) -> bool:
    """The place is where a verb's action happened ("arrived in the border town of Adre"),
    not a place inside a noun's phrase ("her role in rioting during a summit in Genoa")."""
    node = token
    for _ in range(6):
        if node.dep_ in ("compound", "amod", "nmod", "appos", "conj") and node.head.i != node.i:
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in words("through"):
            node = node.head.head  # "the border town of Adre"
        else:
            return node.dep_ == "pobj" and node.head.head.pos_ in ("VERB", "AUX")
    return False


def _own_subject(clause: Token) -> bool:
    """A clause joined by "and" that names its own subject: another actor's action."""
    return clause.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _later_clause(doc: Doc, mention: PlaceMention, trigger: Token) -> bool:
    """A capital acted on in a clause joined after the trigger's ("North Korea fired a
    missile ... and urged Pyongyang to halt"): not acted on by this action, so it stands
    for its government, not for where the blow fell."""
    clause = _clause(doc[mention.start:mention.end].root)
    return clause.dep_ == "conj" and clause.i > trigger.i and not (
        clause.left_edge.i <= trigger.i <= clause.right_edge.i)


def _below_clause(token: Token, trigger: Token) -> bool:
    """`token` hangs from the trigger through the verb of a clause of its own ("were stranded
    on the Jordanian side of the Allenby Bridge after Israel closed the West Bank
    terminal": the West Bank is where the closing was, not the stranding)."""
    node = token.head
    while node.i != trigger.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX"):
            return True
        node = node.head
    return False


def _names_where_town_lies(doc: Doc, mention: PlaceMention, others: list[PlaceMention]) -> bool:
    """A place that modifies a town or side word whose "of" names another place (no country) of
    the sentence ("in the Black Sea city of Batumi", "the Amazon town of Altamira", "the
    Detroit end of the Ambassador Bridge"): it only says where that place lies, and the
    other one is the finer answer."""
    root = doc[mention.start:mention.end].root
    head = root.head
    if root.dep_ not in ("compound", "amod", "nmod") or head.i == root.i or not any(
            head.lower_ in words(c) for c in ("city_word", "side_word")):
        return False  # "the Darfur region of Sudan" names the region, and "of" its country
    named = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(o is not mention and o.start <= g.i < o.end and o.chosen.feature != "country"
               for g in named for o in others)


def _qualified_town(doc: Doc, mention: PlaceMention, towns: list[PlaceMention]) -> PlaceMention | None:
    """The town or site of `towns`, in the same country, whose words the locative region's
    or country's preposition hangs from or follows ("the mayor of the city of Altamira in
    Para state"): the region names where the town is, and the town is the finer answer."""
    node = doc[mention.start:mention.end].root
    while node.dep_ in ("compound", "amod", "nmod") and node.head.i != node.i:
        node = node.head  # "in Michoacan state"
    prep = node.head
    if node.dep_ != "pobj" or prep.dep_ != "prep" or mention.chosen is None or (
            mention.chosen.feature not in ("region", "country")):
        return None
    # the preposition hangs from the town, or follows it (the parse may hang it elsewhere)
    return next((o for o in towns if (o.start <= prep.head.i < o.end or prep.i == o.end)
                 and o.chosen.country == mention.chosen.country), None)


def _qualifies_other(doc: Doc, mention: PlaceMention, others: list[PlaceMention]) -> bool:
    """A place that only says where another place of the sentence lies ("in Rivers State
    in the Niger Delta", "at the Zaatari camp in Jordan"): its preposition hangs from the
    other place's words, and the other one is the finer answer."""
    if any(o is not mention and after_comma_in(doc, o, mention) and o.chosen is not None
           and o.chosen.feature != "country" and o.chosen.country == mention.chosen.country for o in others):
        # "near Lagos, in Portugal's Algarve region", "in Makassar, on Indonesia's Sulawesi
        # island": the comma parts them in the parse
        return True
    if any(o is not mention and o.chosen is not None and o.chosen.country == mention.chosen.country
           and o.chosen.feature in ("city", "site") and _in_after_apposition(doc, o, mention) for o in others):
        return True  # "at Escondida, the world's largest copper mine, in Chile's Atacama desert"
    if mention.chosen is not None and mention.chosen.feature == "region" and any(
            _right_before(doc, o, mention) for o in others if o is not mention):
        return True  # "Lanao del Sur province on Mindanao": the island says where the province is
    root = doc[mention.start:mention.end].root
    if _reference_point(doc, mention) and _locates(doc, root.head.head, mention, others):
        return True  # "the Chancay port north of Lima": Lima only says where the port is
    if root.dep_ == "poss" and any(o is not mention and o.start <= root.head.i < o.end for o in others):
        return True  # "capital of Venezuela's Carabobo state": the country says where the state is
    prep = root.head
    if prep.dep_ != "prep":
        return False
    held = prep.head
    if held.dep_ == "appos":
        held = held.head  # "La Paz, the capital of Baja California Sur"
    return any(o is not mention and o.start <= held.i < o.end for o in others)


def _in_after_apposition(doc: Doc, inner: PlaceMention, outer: PlaceMention) -> bool:
    """`outer` follows the comma that closes an apposition describing `inner` and then "in"
    ("Escondida, the world's largest copper mine, in Chile's Atacama desert")."""
    appos = [c for c in doc[inner.end - 1].children if c.dep_ == "appos" and c.left_edge.i == inner.end + 1]
    if inner.end >= len(doc) or doc[inner.end].text != "," or not appos:
        return False
    i = appos[0].right_edge.i + 1
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "in":
        return False
    return i + 2 <= outer.start <= doc[i + 1].right_edge.i


def _right_before(doc: Doc, inner: PlaceMention, outer: PlaceMention) -> bool:
    """`inner`, a town, site or region of `outer`'s country, comes right before "on" or "in"
    and `outer` (its division or site word between: "Lanao del Sur province on Mindanao",
    "the town of Valverde on El Hierro")."""
    if inner.chosen is None or inner.chosen.feature == "country" or inner.chosen.country != outer.chosen.country:
        return False
    i = inner.end
    if i < len(doc) and any(doc[i].lower_ in words(c) for c in ("region_word", "site_word", "landform_word", "landmark_word")):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in ("on", "in"):
        return False
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    # "near Bijapur in central India's Chhattisgarh state": the words before the outer name
    # that belong to its own noun phrase (its country's possessive) keep it right after
    return i == outer.start or (i < outer.start and i == doc[outer.start:outer.end].root.left_edge.i)


def _locates(doc: Doc, direction: Token, mention: PlaceMention, others: list[PlaceMention]) -> bool:
    """The direction phrase ("north of Lima", "30 km west of Kyiv") follows another place of
    the sentence, or the site word of its name ("the Chancay port"), also as an apposition
    ("at Chancay port, the terminal north of Lima"): it says where that place lies."""
    before = _apposition_start(doc, direction.i) or direction.left_edge.i - 1
    return before >= 0 and any(
        o is not mention and o.chosen is not None and o.chosen.feature != "country"
        and (o.start <= before < o.end or (before == o.end and (
            doc[before].lower_ in words("site_word") or doc[before].text == ",")))  # "the port of Chancay, north of Lima"
        for o in others)


def _apposition_start(doc: Doc, i: int) -> int | None:
    """The token before the comma that opens the noun phrase holding the direction word at
    `i` ("Chancay port, the Chinese-built terminal north of Lima": "port"), or None when a
    clause's verb comes between."""
    j = i - 1
    while j > 0 and doc[j].text != "," and (doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT")
                                            or doc[j].dep_ in ("amod", "compound", "npadvmod")):
        j -= 1
    return j - 1 if j > 0 and j < i - 1 and doc[j].text == "," else None


def _holds_other(doc: Doc, mention: PlaceMention, others: list[PlaceMention]) -> bool:
    """A region whose point lies near a town or site of the same clause and country ("the
    town of Cizre, in Sirnak province") holds it: the town is the finer answer. A town that
    is only a point of reference ("north of Baghdad") or in a clause above the region's
    ("deployed the army in Punjab ..., the provincial government in Lahore said") is not."""
    region = mention.chosen
    if region is None or region.feature != "region":
        return False
    root = doc[mention.start:mention.end].root
    clause = _clause(root)
    # "rallied across Bavaria ..., blocking motorways near Munich": the action spreads over the
    # region, and a town of a clause below it is only where part of it happened
    across = root.dep_ == "pobj" and root.head.lower_ in ("across", "throughout")
    state = us_state_code(region.name) if region.country == "USA" else None
    return any(
        o.chosen is not None and o.chosen.country == region.country and (
            (o.chosen.feature in ("city", "site")
             and distance_km(region.lat, region.lon, o.chosen.lat, o.chosen.lon) <= REGION_REACH_KM)
            or (state is not None and o.chosen.feature == "region" and o.chosen.admin1 == state))  # its county
        and not _reference_point(doc, o) and not _governs(_clause(doc[o.start:o.end].root), clause)
        and not (across and _clause(doc[o.start:o.end].root).i != clause.i)
        for o in others if o is not mention)


def _governs(upper: Token, clause: Token) -> bool:
    """`upper` is the verb of a clause above `clause` ("..., the provincial government in
    Lahore said" above "deployed the army in Punjab")."""
    return any(t.i == upper.i for t in clause.ancestors)


def _reference_point(doc: Doc, mention: PlaceMention) -> bool:
    """A place named only to say where another lies: "30 km north of X"."""
    head = doc[mention.start:mention.end].root.head
    return head.lower_ == "of" and head.head.lower_ in words("direction")


def _fits(mention: PlaceMention, countries: set[str]) -> bool:
    return not countries or (mention.chosen is not None and mention.chosen.country in countries)


def origin_place(sentence: int, mentions: list[PlaceMention]) -> PlaceMention | None:
    """A town, region or site the sentence gives as where its actors came from ("families
    who fled from Khartoum"): the event's place only when nothing else places it. A country
    of origin ("troops from Chad") says no more than the actors' country, and a seat of
    government standing for its government ("recalled its ambassador from Tel Aviv") no
    more than a country."""
    return next((m for m in mentions if m.sentence == sentence and m.placing == "origin" and m.chosen is not None
                 and m.chosen.feature != "country" and m.role == "place"), None)


def story_place(sentence: int, mentions: list[PlaceMention], countries: set[str]) -> PlaceMention | None:
    """The nearest locative place of an earlier sentence that fits the actors' countries."""
    earlier = [m for m in mentions if m.sentence < sentence and m.locative and m.role == "place" and m.sentence >= 0]
    for mention in sorted(earlier, key=lambda m: -m.start):
        if _fits(mention, countries):
            return mention
    return None


def _finer(country: PlaceMention, sentence: int, mentions: list[PlaceMention],
           dateline: PlaceMention | None) -> tuple[PlaceMention, str] | None:
    inside = {country.chosen.country}
    found = story_place(sentence, mentions, inside)
    if found is not None and found.chosen.feature != "country":
        return found, "story"
    if dateline is not None and dateline.chosen.feature != "country" and _fits(dateline, inside):
        return dateline, "dateline"
    return None


def actor_place(actor: Actor | None, mentions: list[PlaceMention], gazetteer: Gazetteer) -> Place | None:
    """The place of an actor: one named inside its words, else its country's centroid."""
    if actor is None:
        return None
    inside = [m for m in mentions if actor.start <= m.start_char and m.end_char <= actor.end and m.chosen]
    if inside:
        return to_place(inside[-1])
    reading = gazetteer.country(actor.country)
    return country_place(reading, actor) if reading is not None else None


def locate(
    doc: Doc, event: Event, trigger: Token | None, mentions: list[PlaceMention],
    dateline: PlaceMention | None, gazetteer: Gazetteer,
) -> tuple[Place | None, str | None]:
    """(location, location_source) of one event."""
    actors = [a for a in (event.source, event.target) if a is not None]
    countries = {a.country for a in actors if a.country}
    material = event.quad_class == 4
    found = sentence_place(doc, trigger, event.sentence, mentions, material) if trigger is not None else None
    found = with_subject_site(doc, trigger, event.sentence, mentions, found)
    if found is None and trigger is not None and event.quad_class in MATERIAL_QUADS:
        found = reporter_place(doc, trigger, event.sentence, mentions)
    source = "sentence"
    if found is None:
        found, source = story_place(event.sentence, mentions, countries), "story"
    if found is not None and found.chosen.feature == "country":
        # "in Georgia's capital": a finer place of the same country, from the story or the
        # dateline, says more than the country
        finer = _finer(found, event.sentence, mentions, dateline)
        if finer is not None:
            found, source = finer
    if found is not None:
        return to_place(found), source
    if dateline is not None and (_fits(dateline, countries) or _names_the_town(doc, event, dateline)
                                 or _struck_unnamed(event, dateline, mentions)):
        return to_place(dateline), "dateline"
    origin = origin_place(event.sentence, mentions)
    if origin is not None:
        return to_place(origin), "origin"
    own = subject_place(doc, trigger, event.sentence, mentions, gazetteer) if trigger is not None else None
    if own is None and trigger is not None and event.quad_class in MATERIAL_QUADS:
        own = office_place(doc, trigger, event.sentence, mentions)
    if own is not None:
        return to_place(own), "sentence"
    for actor in actors:
        reading = gazetteer.country(actor.country)
        if reading is not None:
            return country_place(reading, actor), "actor_country"
    return None, None


def _struck_unnamed(event: Event, dateline: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """A blow (an assault, a fight: words.tsv `blow_root`, CAMEO roots) by an actor of a
    country, in a story datelined in a town that names no place up to the blow's sentence:
    it fell where the story is written from ("KHARKIV (Reuters) - Russian drones struck a
    residential block overnight"), not in the attacker's country."""
    return (event.cameo[:2] in words("blow_root") and event.source is not None and event.source.country is not None
            and dateline.chosen is not None
            and dateline.chosen.feature == "city"
            and not any(m.locative and m.role == "place" and 0 <= m.sentence <= event.sentence for m in mentions))


def _names_the_town(doc: Doc, event: Event, dateline: PlaceMention) -> bool:
    """The event's sentence speaks of "the city" or "the town" and names no other place:
    the dateline's town, whatever the actors' countries ("KHARKIV (Reuters) - Russian
    missiles struck the city")."""
    if dateline.chosen is None or dateline.chosen.feature != "city":
        return False
    sents = list(doc._.content_sents or doc.sents)
    if not 0 <= event.sentence < len(sents):
        return False
    return any(t.lower_ in words("city_word") and t.pos_ == "NOUN" and any(c.lower_ == "the" for c in children_of(t))
               and t.dep_ in ("dobj", "pobj", "nsubjpass", "nsubj") for t in sents[event.sentence])


def place_events(doc: Doc, events: list[Event], mentions: list[PlaceMention],
                 dateline: PlaceMention | None, gazetteer: Gazetteer) -> None:
    """Fill location, location_source, source_place and target_place of every event."""
    for event in events:
        span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        trigger = span.root if span is not None else None
        event.location, event.location_source = locate(doc, event, trigger, mentions, dateline, gazetteer)
        event.source_place = actor_place(event.source, mentions, gazetteer)
        event.target_place = actor_place(event.target, mentions, gazetteer)
