"""Targets and sources the entry's own slots do not give: an actor inside the object
phrase, the target of a reprisal, the author of an earlier event an event noun names, the
pair a "the two countries" phrase stands for, who must meet a threat's condition.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventdesk.actors.coref import LOOKBACK_SENTENCES, PAIR_EVENT_LOOKBACK_SENTENCES
from eventdesk.actors.sectors import sectors_in
from eventdesk.events import actor_phrases, arguments, match, people, sides
from eventdesk.events import syntax as sx
from eventdesk.events.behaviour import behaviour
from eventdesk.events.function_words import OBJECT_PHRASE_PREPS
from eventdesk.events.words import word_values, words
from eventdesk.model import Actor
from eventdesk.nlp import children_of

if TYPE_CHECKING:
    from eventdesk.events.coder import DocumentCoder


def object_phrase_targets(
    ctx: DocumentCoder, token: Token, complement: Token | None, sources: list[Actor],
) -> list[Actor]:
    """The actor named inside what the action is done to, when no slot of the entry
    names a target: "broke his pledge to the Malawian voters", "lifted the ban
    on X", "rejected an invitation to a meeting of X", "a mediation effort between X
    and Y". Nearest first; the source itself and scene-setting phrases do not count."""
    starts: list[Token] = []
    for holder in (token, complement):
        if holder is None:
            continue
        if sx.is_noun(holder):
            anchor = sx.position(holder)
            starts.extend(c for c in (holder, anchor) if c not in starts)
            for prep in sx.preps(anchor):
                if sx.lemma(prep) in OBJECT_PHRASE_PREPS:
                    starts.extend(sx.children(prep, "pobj"))
            continue
        for obj in arguments.objective(ctx, holder):
            starts.extend(sx.with_conjuncts(obj))
        for prep in sx.preps(holder):
            if sx.lemma(prep) in OBJECT_PHRASE_PREPS and not sx.fronted(prep):
                starts.extend(sx.children(prep, "pobj"))
    seen: set[int] = set()
    frontier = [(start, 0) for start in starts]
    while frontier:
        node, depth = frontier.pop(0)
        if node.i in seen or depth > 6:
            continue
        seen.add(node.i)
        if actor_phrases.inquired_happening(node):
            # "an inquiry into the death of X": those it befell are looked into by no one
            frontier.extend((a, depth + 1) for a in actor_phrases.happening_agents(node))
            continue
        own = False
        if node.i != token.i and (complement is None or node.i != complement.i):
            named = actor_phrases.actors_of(ctx, node, depth=1)[0]
            # "talks between Sudan's army and X": the source's own phrase; its possessor
            # is the source's country, no other side
            own = any(sides.same_mention(a, s) for a in named for s in sources)
            found = [
                a for a in named
                if not sides.same_side(a, sources, named_bodies=False)
                # "the Europe Bridge": a word inside a name the lexicon does not know
                and not (node.pos_ == "PROPN" and a.end <= node.idx)
                # "hostile military moves": a bare role word names nobody
                and not _generic(a)
            ]
            if found:
                return found
        for child in children_of(node):
            dep = child.dep_
            if dep in ("prep", "agent"):
                # Nouns only: "accused X of steering migrants" names a charge, not a party.
                if sx.lemma(child) in OBJECT_PHRASE_PREPS:
                    frontier.extend((p, depth + 1) for p in sx.children(child, "pobj"))
            elif dep in ("poss", "compound", "amod") and own:
                continue
            elif dep == "poss" and child.pos_ == "PRON":
                # "completed their withdrawal": a possessive pronoun points back to the
                # source, not to someone new.
                continue
            elif dep in ("poss", "conj", "appos", "dobj", "pobj"):
                frontier.append((child, depth + 1))
            elif dep in ("acl", "xcomp", "relcl") and not sx.children(child, "nsubj", "nsubjpass", "mark"):
                # "a call to join a summit of X": a clause without a subject
                # of its own says more about the same thing.
                if dep != "relcl" or sx.has_aux_to(child):
                    frontier.append((child, depth + 1))
    return []


def ordinary_people(ctx: DocumentCoder, token: Token) -> list[Actor]:
    """ "killed two men", "arrested a teenager", "two children were abducted", "offered
    condolences to the victims": ordinary people no actor names (`ordinary_person` in
    words.tsv), struck, seized or spoken to, are civilians; their country is then the
    sentence's (actor_phrases.with_countries). Only people the phrase refers to in particular
    (not people.generic): "police arrest men every day" names no one arrested."""
    found = []
    # "offered condolences to the victims", "pleaded with residents"
    told = [o for p in sx.preps(token) if sx.lemma(p) in ("to", "with") and not sx.fronted(p)
            for o in sx.children(p, "pobj")]
    for obj in [*arguments.objective(ctx, token), *told]:
        for person in sx.with_conjuncts(obj):
            if (sx.lemma(person) in words("ordinary_person") and not people.generic(person)
                    and not actor_phrases.actors_of(ctx, person)[0]):
                first = min(person.subtree, key=lambda t: t.i)
                found.append(Actor(text=person.doc[first.i:person.i + 1].text, start=first.idx,
                                   end=person.idx + len(person), code="CVL", sectors=["CVL"], kind="group"))
    return found


def retaliation_targets(
    ctx: DocumentCoder, token: Token, complement: Token, sources: list[Actor],
) -> list[Actor]:
    """ "condemned the expulsion and threatened to retaliate": a threat of reprisal
    without a target is aimed at the target of the same source's latest earlier event
    in the sentence."""
    if sx.lemma(complement) not in words("reprisal_verb"):
        return []
    index = ctx.sent_of.get(token.i)
    codes = {a.code for a in sources}
    for earlier in reversed(ctx.history):
        if earlier.token.i >= token.i:
            continue
        if ctx.sent_of.get(earlier.token.i) != index:
            break
        if {a.code for a in earlier.sources} & codes and earlier.targets:
            return [t for t in earlier.targets if t.code not in codes]
    return []


def _events_before(ctx: DocumentCoder, token: Token, lookback: int) -> Iterator:
    """The events coded before the token, latest first, back to `lookback` sentences before
    its own."""
    index = ctx.sent_of.get(token.i, 0)
    for earlier in reversed(ctx.history):
        if earlier.token.i >= token.i:
            continue
        if ctx.sent_of.get(earlier.token.i, -1) < index - lookback:
            return
        yield earlier


def pair_in_play(ctx: DocumentCoder, token: Token, sources: list[Actor]) -> list[Actor]:
    """ "the two countries", "both governments": the resolver gives the two countries
    named nearest; when an earlier event (PAIR_EVENT_LOOKBACK_SENTENCES back at most,
    see eventdesk.actors.coref) had two countries meet, cooperate or act together, the
    pair phrase means those two ("Tokyo protested to Pyongyang" between a Japan-Korea summit and "the two
    countries plan to sign")."""
    if len(sources) != 2 or len({(a.start, a.end) for a in sources}) != 1:
        return sources
    countries = {a.country for a in sources}
    if len(countries) != 2 or None in countries:
        return sources
    for earlier in _events_before(ctx, token, PAIR_EVENT_LOOKBACK_SENTENCES):
        if not behaviour(earlier.code).pair:
            continue
        pair = {a.country for a in earlier.sources + earlier.targets if a.country}
        if len(pair) != 2:
            continue
        if pair == countries:
            return sources
        kept = {a.country: a for a in sources}
        return [
            kept.get(c) or replace(sources[0], country=c, code=actor_phrases.country_prefix(c) + sources[0].code[3:], name=None)
            for c in sorted(pair, key=lambda c: (c not in kept, c))
        ]
    return sources


def event_antecedent(ctx: DocumentCoder, token: Token) -> list[Actor]:
    """ "Russia condemned the expulsion": the author of the expulsion coded earlier (within
    the look-back, eventdesk.actors.coref.LOOKBACK_SENTENCES), when the object names an
    event without its author."""
    index = ctx.sent_of.get(token.i, 0)
    for obj in arguments.objective(ctx, token):
        if arguments.noun_source_tokens(ctx, obj)[0]:
            continue
        options = match.candidates(ctx, obj)
        triggers = word_values("event_noun").get(sx.lemma(obj), set())
        if not options and not triggers:
            continue
        root = (options[0].entry.code or "")[:2] if options else None
        for earlier in reversed(ctx.history):
            if earlier.token.i >= token.i or not earlier.sources:
                continue
            # A noun that names its action's own verb ("the expulsion" after "expelled")
            # reaches back through the article (it names the event again, as a name does); a
            # mere kinship of codes, the look-back.
            if sx.lemma(earlier.token) in triggers:
                return list(earlier.sources)
            if ctx.sent_of.get(earlier.token.i, -1) < index - LOOKBACK_SENTENCES:
                continue
            same_word = sx.lemma(earlier.token)[:4] == sx.lemma(obj)[:4]
            if same_word or earlier.code[:2] == root or (
                root is not None and behaviour(root).kind == behaviour(earlier.code).kind == "force"
            ):
                return list(earlier.sources)
    return []


def judges_event(ctx: DocumentCoder, token: Token) -> bool:
    """ "condemned the attack": a verb of judging whose object is an action, not an
    actor (an event noun with no actor named in its phrase)."""
    if sx.lemma(token) not in words("evaluative_verb"):
        return False
    for obj in arguments.objective(ctx, token):
        if obj.dep_ == "nsubjpass" or (
            actor_phrases.actors_of(ctx, obj)[0] and not arguments.action_without_author(ctx, obj)
        ):
            continue
        if match.candidates(ctx, obj) or sx.lemma(obj) in word_values("event_noun"):
            return True
    return False


def condition_subjects(ctx: DocumentCoder, token: Token, complement: Token | None) -> list[Token]:
    """A threat's target when no slot names one: who must meet its condition ("...
    unless Minsk met its terms"); a bare role word ("if military drills go ahead") names
    no one."""
    for holder in (complement, token):
        if holder is None:
            continue
        for clause in children_of(holder):
            if clause.dep_ == "advcl" and sx.has_mark(clause, ("if", "unless")):
                # "if joint military drills go ahead": a bare role word is no one to meet
                # terms ("if the government raises prices" is: a determiner picks one out)
                subjects = [s for s in sx.children(clause, "nsubj") if any(
                    not _generic(a) or sx.children(s, "det", "poss") for a in actor_phrases.actors_of(ctx, s)[0])]
                if subjects:
                    return subjects
    return []


def _generic(actor: Actor) -> bool:
    """A role word with no country and no organisation ("troops", "civilians")."""
    return not actor.country and actor.code[:3].upper() not in sectors_in("international") and (
        actor.code == "".join(actor.sectors)
    )


# CAMEO roots of an act that asks something of another side: an appeal (02), an offer or
# proposal (03), a demand (10). A refusal or a climb-down answers the latest such act.
ASKING_ROOTS = ("02", "03", "10")


def answered_side(ctx: DocumentCoder, token: Token, complement: Token | None, sources: list[Actor]) -> list[Actor]:
    """ "Obama proposed a tax cut, but Congress refused", "X demanded a recount; the party
    backed down": a refusal or concession that names no one answers the side that asked it
    of the source just before (within eventdesk.actors.coref.LOOKBACK_SENTENCES): the
    latest earlier event aimed at the source, else the latest appeal, offer or demand of
    another side addressed to no one named ("Russia asked China for help. Iran refused":
    not Russia). Only when the trigger names no action of its own ("refused to sign the
    deal" is about the deal, not whoever asked)."""
    if complement is not None and sx.is_verb(complement):
        return []
    asking: list[Actor] = []
    for earlier in _events_before(ctx, token, LOOKBACK_SENTENCES):
        if not earlier.sources or any(sides.same_side(s, sources, named_bodies=False) for s in earlier.sources):
            continue
        if any(_aimed_at(t, sources) for t in earlier.targets):
            return list(earlier.sources)
        if not asking and not earlier.targets and earlier.code[:2] in ASKING_ROOTS:
            asking = list(earlier.sources)
    return asking


def amends_side(ctx: DocumentCoder, token: Token, sources: list[Actor]) -> list[Actor]:
    """ "He insulted the governor, then apologized the next day": an apology that names no
    one is owed to the target of the source's own latest earlier event (within the
    look-back)."""
    for earlier in _events_before(ctx, token, LOOKBACK_SENTENCES):
        if earlier.targets and any(sides.same_side(s, sources, named_bodies=False) for s in earlier.sources):
            return [t for t in earlier.targets if not sides.same_side(t, sources)]
    return []


def _aimed_at(actor: Actor, sources: list[Actor]) -> bool:
    """Whether an earlier event's target is one of the sources, a country standing for its
    government too ("the Ukrainian leaders" ... "Ukraine refused")."""
    return sides.same_side(actor, sources, named_bodies=False) or bool(actor.country) and any(
        s.country == actor.country and min(len(s.code), len(actor.code)) == 3 for s in sources
    )
