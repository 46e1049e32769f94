"""Turning tokens into actors: a noun phrase's actors (direct, through a pronoun, an
apposition, a possessor, an "of" phrase; a pronoun through pronoun_actors), and the
country rules (a possessor's country, where a group is based, the sentence's
country for an actor the text leaves without one). Every look-up goes through the
document's actor layer (ctx.actors).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventdesk.actors.index import GEO_TYPES
from eventdesk.actors.lexicon import people_states
from eventdesk.actors.sectors import sectors_in
from eventdesk.events import people, places, pronoun_actors
from eventdesk.events import syntax as sx
from eventdesk.events.behaviour import behaviour
from eventdesk.events.sides import displaced, domestic_group, foreign_person, same_mention
from eventdesk.events.words import words
from eventdesk.lang import PRONOUNS, RELATIVE_PRONOUNS
from eventdesk.model import Actor
from eventdesk.nlp import children_of, sentence_of, text_of

if TYPE_CHECKING:
    from eventdesk.events.coder import DocumentCoder

# How many noun phrases may be read at once, one inside the reading of another (an agent's
# agent, a pronoun's clause subject, a speaker's possessor ...). Real news needs at most
# three (PolNeAR dev); the bound keeps a long chain ("the boxes carried by the carts pulled
# by the crates ...") from recursing as deep as the text goes.
MAX_OPEN_PHRASES = 8


def actors_of(ctx: DocumentCoder, token: Token, depth: int = 0) -> tuple[list[Actor], str]:
    """The actors a noun phrase names; how: direct, pronoun, inner (through "of",
    an apposition or a possessor), or "" when none. A phrase whose reading leads back to
    itself (a pronoun whose clause's subject holds a possessive that points back to it)
    names nobody on the second visit; nor does one read inside MAX_OPEN_PHRASES others."""
    if depth > 2 or token.i in ctx.resolving or len(ctx.resolving) >= MAX_OPEN_PHRASES:
        return [], ""
    ctx.resolving.add(token.i)
    try:
        return _actors_of(ctx, token, depth)
    finally:
        ctx.resolving.discard(token.i)


def _actors_of(ctx: DocumentCoder, token: Token, depth: int) -> tuple[list[Actor], str]:
    low = token.text.lower()
    if token.pos_ == "PRON" and low in PRONOUNS:
        return pronoun_actors.antecedent(ctx, token), "pronoun"
    if low in RELATIVE_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass"):
        clause = token.head
        while clause.dep_ in ("conj", "ccomp") and clause.head.i != clause.i:
            clause = clause.head  # "a group that is tied to X and who claimed ...", "who officials say ..."
        if clause.dep_ == "relcl":
            return actors_of(ctx, clause.head, depth + 1)
    elif low in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return actors_of(ctx, token.head.head, depth + 1)
    if token.dep_ == "attr" and sx.lemma(token.head) == "be":
        # "Turkey is the only nation which ...": the nation is Turkey.
        for subject in sx.children(token.head, "nsubj"):
            inner, how = actors_of(ctx, subject, depth + 1)
            if inner:
                return inner, how
    if _inquiry_topic(token):
        return [], ""
    found = _people_of_place(ctx, token, _without_places(ctx, token, ctx.actors.resolve(token)))
    if found:
        if any(not a.country for a in found):
            found = possessor_country(ctx, token, found)
        if any(not a.country for a in found):
            country = based_country(ctx, token)
            if country is not None:
                prefix = country_prefix(country)
                found = [
                    a if a.country or a.code[:3].upper() in sectors_in("international")
                    else replace(a, country=country, code=prefix + a.code)
                    for a in found
                ]
        return found, "direct"
    if token.dep_ == "appos" and sx.is_noun(token.head) and token.head.i < token.i:
        # "Acme Watch, a group that sued X": an apposition naming no one of its own is
        # the name it describes
        named, _ = actors_of(ctx, token.head, depth + 1)
        if named:
            return named, "inner"
    # "the agency's director general": a possessor stands for an earlier name too.
    if (depth == 0 or token.dep_ == "poss" and depth == 1) and sx.is_noun(token):
        earlier = definite_antecedent(ctx, token)
        if earlier:
            return earlier, "pronoun"
    # "three women", "a man from Ohio", "the families of the victims": ordinary people, not
    # what their phrase names ("his wife" stays a relative of his)
    if not (sx.lemma(token) in words("kin_noun") and _owners(token)):
        ordinary = people.specific_people(ctx, token)
        if ordinary:
            return ordinary, "direct"
    inner = _people_of_place(ctx, token, _inner_actors(ctx, token, depth))
    if inner:
        return inner, "inner"
    return [], ""


def _inner_actors(ctx: DocumentCoder, token: Token, depth: int) -> list[Actor]:
    """The actors named inside a phrase whose head names none: a participle's subject, an
    apposition or possessor, a modifier, an "of" phrase, a participle's agent, or a group
    placed by where it is based."""
    if sx.is_verb(token):
        # "The aid agency working in Chad said": a participle parsed as the subject.
        for subject in sx.children(token, "nsubj"):
            inner, _ = actors_of(ctx, subject, depth + 1)
            if inner:
                return inner
    if sx.is_noun(token) and sx.lemma(token) in words("kin_noun"):
        return _relative_of(ctx, token, depth)
    # "leaders of Romania's government", "a group of Moroccan diplomats",
    # "a camp for Congolese refugees", "the Ambassador, Mr X"
    for child in children_of(token):
        if child.dep_ in ("appos", "poss"):
            inner, _ = actors_of(ctx, child, depth + 1)
            if inner:
                return inner
    located = sx.lemma(token) in words("located_noun")
    inner_preps = ("of", "for", "from", "in", "near", "outside", "around") if located else ("of", "for", "from")
    if sx.is_noun(token):
        # "rebel positions", "opposition supporters", "Kashmiri separatists": a head the
        # actor lexicon does not know, named by its modifier.
        # "the House Benghazi committee": nor does a place before a body named for its subject
        event = _event_noun(ctx, token) or ctx.actors.topic_body(token)
        for child in children_of(token):
            if child.dep_ in ("compound", "amod", "nmod") and not (event and place_modifier(ctx, child)):
                inner = ctx.actors.resolve(child)
                if inner:
                    return inner
    # "criticized a statement by X", "condemned the shelling of Y by X": the noun's author
    # (before its "of"), also when the parser hung the "by" on the verb (sx.stranded_preps)
    agents = [p for p in sx.stranded_preps(token) if sx.lemma(p) == "by"]
    by_first = sx.is_noun(token) and _event_noun(ctx, token)
    for prep in sorted([*sx.preps(token), *agents], key=lambda p: bool(by_first) and sx.lemma(p) != "by"):
        if sx.lemma(prep) in inner_preps or sx.lemma(prep) == "by" and sx.is_noun(token):
            for pobj in sx.children(prep, "pobj"):
                if pobj.ent_type_ in ("DATE", "TIME") or pobj.lower_.endswith(("self", "selves")):
                    continue  # "by Monday", "by herself": no author
                inner, _ = actors_of(ctx, pobj, depth + 1)
                if inner:
                    return inner
    # "abuses carried out by Chadian troops": the agent of a participle.
    for child in children_of(token):
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agents = sx.passive_agents(child)
            if agents:
                inner, _ = actors_of_all(ctx, agents)
                if inner:
                    return inner
    # "an armed cell based in Guyana": a group the lexicon does not know, placed by
    # where it is based.
    country = based_country(ctx, token)
    if country is not None:
        start = token.left_edge.idx
        end = token.idx + len(token)
        return [Actor(
            text=text_of(ctx.doc)[start:end], start=start, end=end,
            code=country_prefix(country), country=country, sectors=[], kind="group",
        )]
    return []


def _relative_of(ctx: DocumentCoder, token: Token, depth: int) -> list[Actor]:
    """ "his wife", "the senator's son": a relative is another person than the one the
    possessor (or "of" phrase) names, of that one's country; an apposition still names
    the relative ("his wife, Jane Sanders")."""
    for child in sx.children(token, "appos"):
        inner, _ = actors_of(ctx, child, depth + 1)
        if inner:
            return inner
    owners = _owners(token)
    found = [a for o in owners for a in actors_of(ctx, o, depth + 1)[0]]
    country = next((a.country for a in found if a.country), None)
    if found and country is None:
        country = ctx.actors.context_country(token)
    if country is None:
        return []
    start, end = token.left_edge.idx, token.idx + len(token)
    return [Actor(text=text_of(ctx.doc)[start:end], start=start, end=end, code=country_prefix(country),
                  country=country, sectors=[], kind="person")]


def _owners(token: Token) -> list[Token]:
    """The possessor and "of" objects of a noun ("his wife", "the son of the senator")."""
    return sx.children(token, "poss") + [o for p in sx.preps(token) if sx.lemma(p) == "of"
                                         for o in sx.children(p, "pobj")]


def _without_places(ctx: DocumentCoder, token: Token, found: list[Actor]) -> list[Actor]:
    """The actors of an event noun's phrase less the place names that only say where it
    happened ("the Benghazi attack", see place_modifier)."""
    if not found or not sx.is_noun(token) or not _event_noun(ctx, token):
        return found
    places = [c for c in children_of(token) if place_modifier(ctx, c)]
    return [a for a in found if not any(p.idx <= a.start < p.idx + len(p) for p in places)]


def _people_of_place(ctx: DocumentCoder, token: Token, found: list[Actor]) -> list[Actor]:
    """ "Iowa voters", "a Texas taxpayer": a place's name before a noun of citizens
    (`civilian_noun`) makes them civilians of its country, not the place's state; before a
    noun of those something befell (`affected_noun`: "Benghazi victims") it says where it
    happened and names no one. Other actors of the phrase stay."""
    if not found or not sx.is_noun(token):
        return found
    lemma = sx.lemma(token)
    civilians, affected = lemma in words("civilian_noun"), lemma in words("affected_noun")
    if not (civilians or affected):
        return found
    spans = [(c.left_edge.idx, c.idx + len(c)) for c in children_of(token)
             if c.dep_ in ("compound", "nmod") and places.place_name(c)]
    kept = []
    for actor in found:
        if not (actor.kind == "state" and actor.country and any(s <= actor.start < e for s, e in spans)):
            kept.append(actor)
        elif civilians:
            start = next(t.idx for t in token.subtree if t.dep_ != "det" or t.i == token.i)
            end = token.idx + len(token)
            kept.append(Actor(text=text_of(ctx.doc)[start:end], start=start, end=end,
                              code=country_prefix(actor.country) + "CVL", country=actor.country,
                              sectors=["CVL"], kind="group"))
    return kept


def _inquiry_topic(token: Token) -> bool:
    """ "vowed to investigate Benghazi", "a hearing on Benghazi": a town or region as the
    object of looking into a matter (`inquiry_word`) is the matter, no actor. A country
    ("investigate Iran") still names its state."""
    if token.dep_ == "dobj":
        asker = token.head
    elif token.dep_ == "pobj" and token.head.lower_ in ("on", "into", "about", "over"):
        asker = token.head.head
    else:
        return False
    return sx.lemma(asker) in words("inquiry_word") and places.town_or_region(token)


def inquired_happening(token: Token) -> bool:
    """ "investigated the killing of a mayor", "an inquiry into clashes between X and Y": a
    happening (`happening_noun`) as the matter of looking into it (`inquiry_word`), whose
    phrases name those it befell or involved, not the one looked into (see
    happening_agents)."""
    if not sx.is_noun(token) or sx.lemma(token) not in words("happening_noun"):
        return False
    head = token
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ == "dobj":
        asker = head.head
    elif head.dep_ == "pobj" and head.head.lower_ in ("into", "of", "on"):
        asker = head.head.head
    else:
        return False
    inquiry = words("inquiry_word")
    # "opened an investigation into X" parsed with "into" on the verb
    return sx.lemma(asker) in inquiry or head.dep_ == "pobj" and any(
        sx.lemma(o) in inquiry for o in sx.children(asker, "dobj"))


def happening_agents(token: Token) -> list[Token]:
    """Who did a happening looked into: its "by" phrase ("the shooting of protesters by
    police"), as the one an inquiry looks into."""
    return [o for p in sx.preps(token) if sx.lemma(p) == "by" for o in sx.children(p, "pobj")]


def _event_noun(ctx: DocumentCoder, token: Token) -> bool:
    """Whether a noun names an event ("attack", "war", "inquiry", "talks")."""
    from eventdesk.events import match

    return sx.lemma(token) in words("event_noun") or bool(match.candidates(ctx, token))


def place_modifier(ctx: DocumentCoder, child: Token) -> bool:
    """ "the Benghazi attack", "the Moscow talks", "the Vietnam War": a place name (a city,
    region or country the gazetteer knows) as a noun modifier says where the event was, not
    who did it; a capital is no government there. An abbreviation ("U.S. airstrikes", "UK
    troops"), an adjective ("Russian strikes") and a seat that is no town ("the Kremlin
    crackdown", "White House talks") still name the actor."""
    if child.dep_ != "compound":
        return False
    found = ctx.actors.resolve(child)
    return bool(found) and all(a.kind == "state" for a in found) and places.place_name(child)


def based_country(ctx: DocumentCoder, token: Token) -> str | None:
    """The country a noun is based or operating in ("an armed group based in Lebanon",
    "militants operating in Mali"), or None."""
    if not sx.is_noun(token):
        return None
    for child in children_of(token):
        if child.dep_ != "acl" or sx.lemma(child) not in words("based_verb"):
            continue
        for prep in sx.preps(child):
            if sx.lemma(prep) not in ("in", "inside", "out", "from"):
                continue
            for place in sx.prep_objects(prep):
                for actor in ctx.actors.resolve(place):
                    if actor.country and actor.kind == "state" and set(actor.sectors) <= {"GOV"}:
                        return actor.country
    return None


def possessor_country(ctx: DocumentCoder, token: Token, found: list[Actor]) -> list[Actor]:
    """ "its security police", "their foreign ministers": the possessor's country (one
    copy per country for "their" standing for several)."""
    possessors = [c for c in children_of(token) if c.dep_ == "poss"]
    if not possessors:
        return found
    owners, _ = actors_of(ctx, possessors[0], depth=1)
    countries = [a.country for a in owners if a.country]
    if not countries:
        return found
    enriched = []
    for actor in found:
        if actor.country or actor.code[:3].upper() in sectors_in("international"):
            enriched.append(actor)
            continue
        for country in dict.fromkeys(countries):
            enriched.append(replace(actor, country=country, code=country_prefix(country) + actor.code))
    return enriched


def definite_antecedent(ctx: DocumentCoder, token: Token) -> list[Actor]:
    """ "the council", "the group": the earlier mention a definite description stands for
    (eventdesk.actors.coref); for a generic head, one that acted in an event coded
    earlier first ("Militants seized six nurses ... The group released them")."""
    def acted(actor: Actor) -> bool:
        return any(same_mention(actor, s) for b in ctx.history for s in b.sources)

    return ctx.actors.definite_antecedent(token, prefer=acted)


def with_country(ctx: DocumentCoder, actor: Actor, token: Token, others: list[Actor], code: str,
                 source: bool = False) -> Actor:
    """The actor with its sentence's country when the text gives it none, unless that
    country belongs to the state on the other side of an international-looking event
    ("Biden spoke with the Israeli prime minister" does not make Biden Israeli). A
    source that is no state's official ("prisoners", "rebels", "gunmen") first takes the
    country of the place where it acts ("inmates rioted at a prison in Benin")."""
    if actor.country or not actor.code:
        return actor
    if actor.code[:3].upper() in sectors_in("international") and not domestic_group(actor):
        return actor
    if words("foreign") & set(actor.text.lower().split()):
        return actor
    if not actor.sectors and _religion_head(ctx, actor):
        # "The senator urged a ban on Buddhists crossing the border": believers named by their
        # faith alone are of no one country, neither the sentence's nor the story's.
        return actor
    if actor.sectors and set(actor.sectors) <= sectors_in("displaced"):
        # "Trump vowed to deport undocumented immigrants" in an American story: displaced
        # people are of the country they come from, which their sentence names when the
        # text knows it ("refugees fleeing the war in Liberia"), not of the story's. The
        # country of the state acting on them is where they are, not whence they came
        # ("German police detained migrants", "Merkel took in refugees"); a people named
        # with them ("Tamil refugees") and refugees who act themselves ("refugees protested
        # against the Russian government") keep it.
        country = ctx.actors.context_country(token, sentence_only=True)
        if not source and actor.code == "REF" and _arrivals(actor) and any(other.country == country for other in others):
            return actor
        return placed(actor, country) if country else actor
    placed_actor = _with_context_country(ctx, actor, token, others, code, source)
    if placed_actor.country is None:
        # a person named before where the story gave a country ("the finance minister,
        # Lou Jiwei" in a Chinese stretch, then "Mr. Lou" where the story names both)
        placed_actor = ctx.actors.read_before(placed_actor)
    ctx.actors.remember(placed_actor)
    return placed_actor


def _with_context_country(ctx: DocumentCoder, actor: Actor, token: Token, others: list[Actor], code: str,
                          source: bool) -> Actor:
    """`with_country` past its exemptions: the country of the place, the sentence or the story."""
    country = None
    if actor.kind != "person" and not set(actor.sectors) & sectors_in("state") and (source or actor.kind == "group"):
        # a group on either side is of the place where the action happens ("shelled
        # civilians in northern Syria", "a strike in Idlib that killed three villagers")
        country = places.place_country(ctx, token) if source else places.scene_country(ctx, token)
    country = country or ctx.actors.context_country(token)
    story = ctx.actors.story_before(sentence_of(token))
    state_level = sectors_in("state_core")
    guarded = bool(set(actor.sectors) & state_level or not actor.sectors)
    if country is None:
        # The sentence names several countries, none of them the actor's for sure ("the
        # Army rounded up Japanese Americans" after "the Census", in an American story).
        return _of_story(actor, story, others, guarded)
    # a domestic story (its country, before this sentence, is this one): the other side
    # being of that country says nothing against the actor's ("Mayor de Blasio rejected
    # criticism from Trump" in an American story)
    home_story = story == country
    # "rights groups urged Kenya to free the prisoners": a group named by its kind, or a person by a title alone
    # ("Senator X criticized Mexico", not "criticized Obama"), is no more of the state on the other side than a state's actor
    person = actor.kind == "person" and not guarded
    if (guarded or person or domestic_group(actor)) and not behaviour(code).domestic and not home_story:
        for other in others:
            if other.country == country and (other.kind == "state" or set(other.sectors) & state_level
                                             and not (person and other.kind == "person") or displaced(other)
                                             or person and foreign_person(ctx.doc, ctx.actors.layer.index, other)):
                # "slapped duties on Chinese tires" in an American story: the actor's country is the story's
                return _of_story(actor, story, others, guarded)
    return placed(actor, country)


def _arrivals(actor: Actor) -> bool:
    """Whether the actor is named as people come from abroad ("undocumented immigrants",
    not "displaced families"; words: arrival_noun)."""
    return any(w.removesuffix("s") in words("arrival_noun") for w in actor.text.lower().split())


def placed(actor: Actor, country: str) -> Actor:
    """The actor as one of `country`: a domestic group's NGO gives way to its cause
    ("USAHRI"; "USANGO" when it names none). A people named for states ("Korean": KOR,
    PRK; "Welsh": GBR; actors.lexicon.people_states) is of none other: of its one state
    ("Welsh farmers protested in Brussels"), else unplaced ("Korean forces ..., Japan said")."""
    code, sectors, states = actor.code, actor.sectors, people_states().get(actor.code[-3:], ())
    if states and code[-3:].islower() and country not in states:
        return placed(actor, states[0]) if len(states) == 1 else actor
    if domestic_group(actor) and len(code) > 3:
        code, sectors = code[3:], [s for s in sectors if s != "NGO"]
    return replace(actor, country=country, code=country_prefix(country) + code, sectors=sectors)


def _religion_head(ctx: DocumentCoder, actor: Actor) -> bool:
    """The actor's phrase is headed by a word naming a religious group ("Muslims",
    "Christians"), not by a group of its own that a faith describes ("Jewish groups",
    "Muslim leaders"), and names no place of theirs ("Muslims in America")."""
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    at = ctx.actors.layer.index.at
    match = None if span is None else at.get(span.root.i)
    if match is None or match.entries[0].type != "religion" or span.root.dep_ in ("amod", "compound", "nmod"):
        return False  # "Christian voters": the faith describes a head of its own
    # "Muslims in America", "American Muslims": the phrase places them itself (not a clause
    # on them: "Muslims entering the United States").
    root = span.root
    placing = [t for c in children_of(root) if c.dep_ in ("amod", "compound", "nmod", "poss")
               or c.dep_ == "prep" and sx.lemma(c) in ("in", "from", "of") for t in c.subtree]
    return not any(t.i in at and at[t.i].entries[0].type in GEO_TYPES for t in placing)


def _of_story(actor: Actor, story: str | None, others: list[Actor], guarded: bool) -> Actor:
    """The actor with the story's country, when its sentence gives none of its own;
    unchanged when the story has none, or when the actor is a state's (or unknown) and the
    other side is of the story's country (then it may be of any country the sentence
    names: "the army attacked US troops")."""
    if story is None or guarded and any(other.country == story for other in others):
        return actor
    return placed(actor, story)


def with_countries(ctx: DocumentCoder, token: Token, sources: list[Actor], targets: list[Actor],
                   code: str) -> tuple[list[Actor], list[Actor]]:
    """Sources and targets, each with its sentence's country where the text gives it none
    (`with_country`, the other side judged against the other list)."""
    return ([with_country(ctx, a, token, targets, code, source=True) for a in sources],
            [with_country(ctx, a, token, sources, code) for a in targets])


def actors_of_all(ctx: DocumentCoder, tokens: list[Token]) -> tuple[list[Actor], str]:
    found: list[Actor] = []
    how = ""
    for token in tokens:
        actors, token_how = actors_of(ctx, token)
        for actor in actors:
            # one body named twice in one phrase ("Immigration and Customs Enforcement
            # (ICE) agents") is one actor
            if not any(same_mention(actor, other) or _same_body(actor, other) for other in found):
                found.append(actor)
        how = how or token_how
    return found, how


def _same_body(a: Actor, b: Actor) -> bool:
    return a.kind == b.kind == "organization" and bool(a.name) and a.name == b.name and a.code == b.code


def country_prefix(country: str) -> str:
    """What starts the actor code of an actor of `country`: its ISO alpha-3 code, as every
    actor code eventdesk writes ("JPNGOV", never CAMEO's "JAPGOV"; exports to CAMEO-coded
    formats convert with eventdesk.actors.cameo_country)."""
    return country
