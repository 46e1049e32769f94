"""Targets and sources from where an action happens: the country of a place in its phrase,
a domestic action's own country, a show of force across a border, an unnamed crowd or
attacker placed by where it acts; and the reporting frame that does not count.
These are actors read from place words; where an event happened on the map (coordinates,
`location`) is eventdesk.where, which runs after this stage.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan, Token

from eventdesk.actors.sectors import sectors_in
from eventdesk.events import actor_phrases, arguments, match
from eventdesk.events import syntax as sx
from eventdesk.events.figurative import unarmed_politics
from eventdesk.events.function_words import CIRCUMSTANTIAL_PREPS, PLACE_PREPS
from eventdesk.events.words import words
from eventdesk.lang import PRONOUNS
from eventdesk.model import Actor
from eventdesk.nlp import children_of, full_name_surnames, text_of
from eventdesk.where.gazetteer import load_gazetteer

# Entity labels of words that name no place (the small model tags many towns PERSON:
# "attacked Avdiivka"; the gazetteer decides those).
NOT_PLACE_LABELS = ("NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")

if TYPE_CHECKING:
    from eventdesk.events.coder import DocumentCoder


def domestic_targets(
    ctx: DocumentCoder, token: Token, complement: Token | None, sources: list[Actor],
) -> list[Actor]:
    """The target of an action a state's actors take at home (a curfew, a ban, an
    arrest, a reform, a resignation, a protest) when the text names none: the country
    of the place where it happens ("a curfew in Algiers"), else the source's own
    country ("declined to resign" -> the vice-president's country). Never when an
    actor of another country is in the sentence outside its reporting frame: then the
    target is unknown, not domestic."""
    countries = {a.country for a in sources if a.country}
    if len(countries) != 1:
        return []
    home = next(iter(countries))
    for place in event_places(ctx, token, complement):
        for actor in actor_phrases.actors_of(ctx, place, depth=1)[0]:
            if actor.country and actor.kind == "state":
                if actor.country != home and foreign_in_play(ctx, token, home, exclude=actor):
                    return []
                code = actor_phrases.country_prefix(actor.country)
                return [replace(actor, code=code, sectors=[], name=None)]
    if foreign_in_play(ctx, token, home):
        return []
    named = home_mention(ctx, token, home, sources)
    return [named] if named is not None else []


def without_home_places(targets: list[Actor], sources: list[Actor]) -> list[Actor]:
    """A show of force at home names no target by its place ("sent police to Ottawa", "troops
    deployed in Kashmir"): a target that is only the source's own country, a place or its
    seat of government, is where the act happens (code_behaviour.tsv, `abroad`)."""
    home = {a.country for a in sources if a.country}
    return [t for t in targets
            if not (t.country in home and t.kind == "state" and set(t.sectors) <= {"GOV"})]


def home_mention(ctx: DocumentCoder, token: Token, home: str, sources: list[Actor]) -> Actor | None:
    """The country `home` as the text names it, in the event's sentence or the nearest
    one before ("Protests spread across Chile. Students rallied on Friday": Chile), as a
    state target; None when the story names it nowhere on its own. Never the source's own
    mention: an actor is not the target of its own action."""
    index = ctx.sent_of.get(token.i)
    if index is None:
        return None
    taken = [(a.start, a.end) for a in sources]
    for sent_index in range(index, -1, -1):
        for actor in ctx.actors.mentions(ctx.sents[sent_index]):
            if (
                actor.country == home and actor.kind == "state" and set(actor.sectors) <= {"GOV"}
                and not any(start < actor.end and actor.start < end for start, end in taken)
            ):
                code = actor_phrases.country_prefix(home)
                return replace(actor, code=code, sectors=[], name=None)
    return None


def place_targets(ctx: DocumentCoder, token: Token, sources: list[Actor]) -> list[Actor]:
    """An attack or a show of force on a place from abroad ("shelled villages north of
    X", "moved troops toward the border"): the country of a place named in the object
    or the trigger's own phrase (the actor lexicon's places, then the gazetteer's towns,
    regions and sites), else, for a state's forces at a place the text does not name
    ("villages in the Y sector", "the border"), the one other country named in this
    sentence and the three before. Never the source's own country: that is a domestic
    attack, whose target the text must name."""
    home = {a.country for a in sources if a.country}
    if len(home) > 1:
        return []
    phrase: list[Token] = []
    for obj in arguments.objective(ctx, token):
        phrase.extend(obj.subtree)
    for child in children_of(token):
        scene = sx.lemma(child) in CIRCUMSTANTIAL_PREPS - {"in", "at", "on"}
        if child.dep_ in ("prep", "advmod", "npadvmod") and not scene:
            phrase.extend(child.subtree)
    located = False
    for word in phrase:
        if not sx.is_noun(word):
            continue
        located = located or sx.lemma(word) in words("located_noun") | words("frontier_noun")
        resolved = ctx.actors.resolve(word)
        for actor in resolved:
            if (
                actor.country and actor.kind == "state" and actor.country not in home
                and set(actor.sectors) <= {"GOV"}
            ):
                return [replace(actor, code=actor_phrases.country_prefix(actor.country), sectors=[], name=None)]
        town = None if resolved or unarmed_politics(sources) else gazetteer_place(ctx, word, home)
        if town is not None:
            return [town]
    # A place the text does not name is read from the countries around it only for a
    # state's forces: an armed group's "attack on villages" may be at home.
    if not located or not home or any(not set(a.sectors) <= sectors_in("acts_abroad") for a in sources):
        return []
    index = ctx.sent_of.get(token.i)
    if index is None:
        return []
    # The nearest sentence (of this one and the six before) that names another
    # country must name just one.
    for sent_index in range(index, max(-1, index - 7), -1):
        others = {
            a.country: a for a in ctx.actors.mentions(ctx.sents[sent_index])
            if a.country and a.country not in home and a.kind == "state"
        }
        if len(others) > 1:
            return []
        if others:
            actor = next(iter(others.values()))
            return [replace(actor, code=actor_phrases.country_prefix(actor.country), sectors=[], name=None)]
    return []


def gazetteer_place(ctx: DocumentCoder, word: Token, home: set[str]) -> Actor | None:
    """A town, region or site the actor lexicon does not know, read from the gazetteer
    ("shelled Kupiansk", "attacked Nir Oz"), as the state of its country; None when the
    word is no proper name of a place, names a known actor, or could be in several countries
    none of which the sentence or the three before name. Never in the source's country."""
    found = named_town(ctx, word)
    if found is None or found[1] in home:
        return None
    tokens, country = found
    return Actor(text=text_of(word.doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])],
                 start=tokens[0].idx, end=tokens[-1].idx + len(tokens[-1]),
                 code=actor_phrases.country_prefix(country), country=country)


def named_town(ctx: DocumentCoder, word: Token) -> tuple[list[Token], str] | None:
    """(the name's tokens, its country) when `word` is a proper name the gazetteer knows as
    a town, region or site of one country (or of one the sentence or the three before
    name), and no actor names it."""
    if word.pos_ != "PROPN" or word.ent_type_ in NOT_PLACE_LABELS or _surname(word) or ctx.actors.resolve(word):
        return None
    ent = next((e for e in word.doc.ents if e.start <= word.i < e.end), None)
    tokens = list(ent) if ent is not None else sorted(
        [c for c in children_of(word) if c.dep_ == "compound" and c.pos_ == "PROPN"] + [word], key=lambda t: t.i)
    name = text_of(word.doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]
    countries = {r.country for r in load_gazetteer().lookup(name) if r.feature != "country" and r.country}
    if len(countries) > 1:
        countries &= _named_countries(ctx, word)
    return (tokens, next(iter(countries))) if len(countries) == 1 else None


def place_name(word: Token) -> bool:
    """Whether the proper name headed by `word` (with its compounds) is a city, region or
    country the gazetteer knows, written out (no abbreviation such as "U.S.", no site such
    as "the Kremlin"), whatever the tagger's entity label ("Wilmington" read as a person)."""
    if word.pos_ != "PROPN":
        return False
    names = sorted([t for t in children_of(word) if t.dep_ == "compound"] + [word], key=lambda t: t.i)
    if any(t.is_upper or "." in t.text for t in names):
        return False
    name = text_of(word.doc)[names[0].idx:names[-1].idx + len(names[-1])]
    return any(r.feature != "site" for r in load_gazetteer().lookup(name))


def town_or_region(word: Token) -> bool:
    """Whether the proper name headed by `word` is a place_name the gazetteer knows only as
    a city or region, no country ("Benghazi", "Iowa"; not "Iran")."""
    if not place_name(word):
        return False
    names = sorted([t for t in children_of(word) if t.dep_ == "compound"] + [word], key=lambda t: t.i)
    name = text_of(word.doc)[names[0].idx:names[-1].idx + len(names[-1])]
    return all(r.feature in ("city", "region") for r in load_gazetteer().lookup(name))


def _surname(word: Token) -> bool:
    """Whether the word alone is the last name of a person the document names in full
    ("Alicia Machado ... attacked Machado")."""
    own = next((e for e in word.doc.ents if e.start <= word.i < e.end), None)
    return (own is None or len(own) == 1) and word.lower_ in full_name_surnames(word.doc)


def _named_countries(ctx: DocumentCoder, token: Token) -> set[str]:
    """The countries of the states named in `token`'s sentence and the three before."""
    index = ctx.sent_of.get(token.i)
    if index is None:
        return set()
    return {
        a.country for i in range(max(0, index - 3), index + 1)
        for a in ctx.actors.mentions(ctx.sents[i]) if a.country and a.kind == "state"
    }


def place_country(ctx: DocumentCoder, token: Token) -> str | None:
    """The country of the first place where the action happens that names one."""
    for place in event_places(ctx, token, None):
        for actor in actor_phrases.actors_of(ctx, place, depth=1)[0]:
            if actor.country and actor.kind == "state" and set(actor.sectors) <= {"GOV"}:
                return actor.country
    return None


def scene_country(ctx: DocumentCoder, token: Token) -> str | None:
    """The country of the place where the action happens (`place_country`); for a clause
    on an event noun, the noun's own ("a drone strike in northern Syria that killed three
    civilians")."""
    country = place_country(ctx, token)
    if country is None and token.dep_ == "relcl" and sx.is_noun(token.head):
        country = place_country(ctx, token.head)
    return country


def unnamed_crowd(ctx: DocumentCoder, token: Token) -> list[Actor]:
    """Civilians of the protest's country for a subject no actor resolves ("hundreds",
    "thousands of people", "crowds"), or for a protest noun that happened with no author
    named ("protests broke out in Cairo", "Ferguson erupted in protests"); none when no
    place or sentence gives a country."""
    if sx.is_noun(token):
        return _crowd_of_occurrence(ctx, token)
    subjects = [s for s in sx.children(token, "nsubj") if s.text.lower() not in PRONOUNS]
    if not subjects or any(actor_phrases.actors_of(ctx, s)[0] for s in subjects):
        return []
    country = place_country(ctx, token) or ctx.actors.context_country(token)
    if country is None:
        return []
    subject = subjects[0]
    start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    return [Actor(
        text=text_of(ctx.doc)[start:end], start=start, end=end,
        code=actor_phrases.country_prefix(country) + "CVL", country=country, sectors=["CVL"], kind="group",
    )]


def _crowd_of_occurrence(ctx: DocumentCoder, noun: Token) -> list[Actor]:
    verb = sx.occurring(noun)
    if verb is None:
        return []
    country = place_country(ctx, verb)
    for subject in sx.children(verb, "nsubj") if noun.dep_ == "pobj" else ():
        # "Ferguson erupted in protests": the place that erupted
        states = [a for a in actor_phrases.actors_of(ctx, subject, depth=1)[0] if a.country and a.kind == "state"]
        country = country or (states[0].country if states else None)
    country = country or ctx.actors.context_country(noun)
    if country is None:
        return []
    start, end = noun.idx, noun.idx + len(noun)
    return [Actor(
        text=text_of(ctx.doc)[start:end], start=start, end=end,
        code=actor_phrases.country_prefix(country) + "CVL", country=country, sectors=["CVL"], kind="group",
    )]


def unattributed_author(ctx: DocumentCoder, token: Token) -> list[Actor]:
    """An attack whose author the text does not name ("a roadside bomb near Samarra
    killed ..."): unaligned armed forces (CAMEO UAF) of the country where it happened,
    as event data sets code unidentified attackers; none when no place says where."""
    holders = [token] + [s for s in sx.children(token, "nsubj", "nsubjpass") if match.candidates(ctx, s)]
    for holder in holders:
        for place in event_places(ctx, holder, None):
            for actor in actor_phrases.actors_of(ctx, place, depth=1)[0]:
                if actor.country and actor.kind == "state" and set(actor.sectors) <= {"GOV"}:
                    prefix = actor_phrases.country_prefix(actor.country)
                    return [replace(actor, code=prefix + "UAF", sectors=["UAF"], name=None, kind="group")]
    return []


def event_places(ctx: DocumentCoder, token: Token, complement: Token | None) -> list[Token]:
    """Places named in the action's own phrase, its objects' and its complement's, with
    "in", "at", "into", "within", "across", "throughout", "near", "from", "to"
    ("blocked roads leading into X", "a jail in X", "a bridge from X to Y")."""
    found: list[Token] = []
    seen: set[int] = set()
    frontier = [(t, 0) for t in (token, complement, sx.position(token) if sx.is_noun(token) else None) if t is not None]
    while frontier:
        node, depth = frontier.pop(0)
        if node.i in seen or depth > 6:
            continue
        seen.add(node.i)
        for child in children_of(node):
            dep = child.dep_
            if dep == "prep" and sx.lemma(child) in PLACE_PREPS:
                for pobj in sx.prep_objects(child):
                    found.append(pobj)
                    frontier.append((pobj, depth + 1))
            elif dep in ("dobj", "pobj", "prep", "conj", "compound", "poss", "appos"):
                frontier.append((child, depth + 1))
            elif dep in ("acl", "xcomp", "advcl", "pcomp") and not sx.children(child, "nsubj", "nsubjpass", "mark"):
                frontier.append((child, depth + 1))
    return found


def foreign_in_play(
    ctx: DocumentCoder, token: Token, home: str, exclude: Actor | None = None,
) -> bool:
    """Whether the sentence names an actor of another country, or of no state (an
    international organisation), outside its reporting frame ("..., the Canadian Press
    said" or "according to X" only tells who says so)."""
    index = ctx.sent_of.get(token.i)
    if index is None:
        return True
    sent = ctx.sents[index]
    frame = frame_offsets(ctx, sent, token)
    for actor in ctx.actors.mentions(ctx.sents[index]):
        if exclude is not None and (actor.start, actor.end) == (exclude.start, exclude.end):
            continue
        if any(start <= actor.start < end for start, end in frame):
            continue
        if actor.country and actor.country != home:
            return True
        if not actor.country and actor.code[:3].upper() in sectors_in("international"):
            return True
    return False


def frame_offsets(ctx: DocumentCoder, sent: SpacySpan, token: Token) -> list[tuple[int, int]]:
    """Character ranges of the sentence that only report: the subject of a verb of
    saying whose clause holds the trigger, and "according to" phrases."""
    ranges = []
    node = token
    for _ in range(10):
        if node.head.i == node.i:
            break
        head = node.head
        if sx.lemma(head) in ctx.lexicon.speech and sx.is_verb(head) and node.dep_ in ("ccomp", "parataxis", "advcl"):
            for subject in sx.children(head, "nsubj"):
                ranges.append((subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)))
        node = head
    for word in sent:
        if word.lower_ == "according" and sx.children(word, "prep"):
            ranges.append((word.idx, word.right_edge.idx + len(word.right_edge)))
        if sx.lemma(word) in ctx.lexicon.speech and sx.is_verb(word) and word.dep_ in ("parataxis", "ccomp") and word.head.i != word.i:
            # "..., Benin police said": the speech verb hangs from the event's clause.
            for subject in sx.children(word, "nsubj"):
                ranges.append((subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)))
    return ranges
