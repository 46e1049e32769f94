"""Arguments of event nouns: the source a noun names itself (own_source_tokens), and those
named outside the noun's own possessor and prepositions.

  giving_clause       "the endorsement he gave Clinton", "the support Moscow offered Assad",
                      "the praise Putin heaped on Trump": a relative clause of giving
                      (words: giving_verb) whose subject is the source and whose
                      objects, or "to"/"on" phrase, the receivers (given_to)
  held_favour         "X has the endorsement of Y", "X retains the backing of Y": a verb of
                      having (words: holding_verb) whose object is a favour (favour_noun)
                      puts its subject on the receiving side, like "won the endorsement"
  complement_agents   "faced criticism for the move from X and Y", "drew fire over the
                      decision from X": the "from"/"by" agent the parser hung on the
                      object of the noun's "for"/"over" (what the event is about)
  exposed_copula      "the firm was subject to criticism from X", "is vulnerable to attacks
                      by Y": the copula whose subject an adjective (words: exposed_adjective)
                      puts on the receiving side of the event noun after its "to"
  named_agent         "amid attacks from X", "despite appeals from Y", "at complaints by Z":
                      the "from"/"by" author an event noun names itself, an actor that is
                      no place nor pronoun (an act that happened, though it sets a scene)
  faced_in_scene      "Cruz sharpened his tone amid attacks from Rubio", "Thailand deported
                      them despite appeals from the UN": the subject of the clause the
                      authored event noun is the scene of faces it (its target)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventdesk.actors.sectors import sectors_in
from eventdesk.events import actor_phrases
from eventdesk.events import clause_subjects as cs
from eventdesk.events import syntax as sx
from eventdesk.events.words import words
from eventdesk.lang import RELATIVE_PRONOUNS
from eventdesk.nlp import children_of

if TYPE_CHECKING:
    from eventdesk.events.coder import DocumentCoder

# The prepositions of a giving verb that name the one given to ("offered to X", "heaped on
# X", "threw behind X").
GIVEN_PREPS = frozenset({"to", "on", "upon", "behind"})
# The prepositions of an event noun that say what the event is about ("criticism for the
# move", "anger over the decision"): their object's own "from"/"by" may be the noun's agent.
ABOUT_PREPS = frozenset({"for", "over"})
AGENT_PREPS = frozenset({"from", "by"})
# Entity types of a place: "the move from Syria" names where one moves from, not an agent.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# The scene prepositions of an act the clause's subject faces ("amid attacks from X",
# "despite appeals from Y", "after a backlash from Z"): not "during" (an act of the
# subject's own), nor "under" (under_verb).
FACED_SCENE_PREPS = frozenset({"amid", "amidst", "despite", "after", "following"})
SITE_ENTITIES = PLACE_ENTITIES - {"GPE"}
# The prepositions that name the one whose favour is held ("the backing of X", "support from X").
GIVER_PREPS = frozenset({"of", "from"})
# Verbs that link a subject to an adjective ("was subject to", "remains vulnerable to").
COPULAS = frozenset({"be", "become", "remain", "stay", "seem", "appear", "look", "prove", "leave"})


def giving_clause(noun: Token) -> Token | None:
    """The active verb of giving of a relative clause on the event noun `noun`, with a
    subject of its own that is no relative pronoun ("the support [that] Moscow offered
    Assad"); None otherwise."""
    if not sx.is_noun(noun):
        return None
    for child in children_of(noun):
        if child.dep_ != "relcl" or sx.lemma(child) not in words("giving_verb") or sx.is_passive(child):
            continue
        subjects = sx.children(child, "nsubj")
        if subjects and all(s.lower_ not in RELATIVE_PRONOUNS for s in subjects):
            return child
    return None


def given_to(noun: Token) -> list[Token]:
    """The receivers of the relative clause of giving on `noun` ("Clinton" in "the
    endorsement he gave Clinton", "Trump" in "the praise Putin heaped on Trump"), or []."""
    verb = giving_clause(noun)
    if verb is None:
        return []
    found = [o for o in sx.children(verb, "dobj", "dative", "iobj")
             if o.pos_ != "ADP" and o.lower_ not in RELATIVE_PRONOUNS]
    for prep in sx.preps(verb):
        if sx.lemma(prep) in GIVEN_PREPS:
            found.extend(o for o in sx.prep_objects(prep) if o.lower_ not in RELATIVE_PRONOUNS)
    return [c for o in found for c in sx.with_conjuncts(o)]


def complement_agents(ctx: DocumentCoder, noun: Token) -> list[Token]:
    """ "criticism for the move from X and Y": the agent of `noun` hung on the object of
    its "for"/"over", when it names an actor that is no place (a noun of leaving or
    travelling keeps its "from" for the place: "criticism over the withdrawal from X")."""
    # "drew criticism over the decision from X": the "over" the parser hung on the verb
    holders = [noun, noun.head] if noun.dep_ == "dobj" and sx.is_verb(noun.head) else [noun]
    for prep in [p for holder in holders for p in sx.preps(holder)]:
        if sx.lemma(prep) not in ABOUT_PREPS:
            continue
        for about in sx.children(prep, "pobj"):
            if sx.lemma(about) in words("departure_noun") | words("travel_noun"):
                continue
            for inner in sx.preps(about):
                if sx.lemma(inner) not in AGENT_PREPS:
                    continue
                agents = [c for o in sx.children(inner, "pobj") for c in sx.with_conjuncts(o)
                          if o.ent_type_ not in PLACE_ENTITIES and actor_phrases.actors_of(ctx, o)[0]]
                if agents:
                    return agents
    return []


def named_agent(ctx: DocumentCoder, noun: Token) -> list[Token]:
    """The actors of the "from"/"by" phrase on the event noun `noun` ("attacks from Rubio",
    "appeals by the UN and rights groups"), none a pronoun nor a site; [] otherwise, and
    for a noun of leaving or travelling, whose "from" is a place ("the withdrawal from X")."""
    if sx.lemma(noun) in words("departure_noun") | words("travel_noun"):
        return []
    for prep in sx.preps(noun):
        if sx.lemma(prep) not in AGENT_PREPS:
            continue
        agents = [c for o in sx.children(prep, "pobj") for c in sx.with_conjuncts(o)]
        # a country is an author ("criticism from France"); a site or a region is no actor
        if agents and all(a.pos_ != "PRON" and a.ent_type_ not in SITE_ENTITIES for a in agents) and any(
                actor_phrases.actors_of(ctx, a)[0] for a in agents):
            return agents
    return []


# The prepositions by which a passive clause says what text of an author's it happened in
# or under ("was barred in a ruling by X", "were freed under a decree from Y").
RULED_PREPS = ("in", "under", "by")


def ruling_agents(ctx: DocumentCoder, verb: Token) -> list[Token]:
    """The author of the ruling, decree or verdict (words: voice_noun) a passive clause with
    no agent of its own happened in: "was barred from running in a ruling by the election
    commission" -> the commission; [] otherwise."""
    for name in RULED_PREPS:
        for noun in sx.subtree_preps(verb, name, limit=3, through=frozenset({"pcomp"})):
            if sx.is_noun(noun) and sx.lemma(noun) in words("voice_noun"):
                found = named_agent(ctx, noun)
                if found:
                    return found
    return []


def faced_in_scene(ctx: DocumentCoder, noun: Token) -> list[Token]:
    """The subjects of the active clause whose scene (words: FACED_SCENE_PREPS) is the event
    noun `noun` with an author of its own (named_agent): "Cruz" in "Cruz sharpened his tone
    amid attacks from Rubio"; [] otherwise."""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or sx.lemma(head) not in FACED_SCENE_PREPS:
        return []
    verb = head.head
    if not sx.is_verb(verb) or sx.is_passive(verb) or not named_agent(ctx, noun):
        return []
    subjects, _ = cs.clause_subject(verb)
    return [c for s in subjects for c in sx.with_conjuncts(s) if s.lower_ not in RELATIVE_PRONOUNS]


def held_favour(noun: Token) -> Token | None:
    """The verb of having whose subject holds the favour `noun` names ("has" in "X has
    the endorsement of Y"), or None."""
    head = noun.head
    if not (noun.dep_ == "dobj" and sx.is_verb(head) and sx.lemma(head) in words("holding_verb")
            and sx.lemma(noun) in words("favour_noun")):
        return None
    # the giver named: "has strong support among black voters" is a share of voters
    givers = [p for holder in (noun, head) for p in sx.preps(holder) if sx.lemma(p) in GIVER_PREPS]
    return head if givers else None


def own_source_tokens(ctx: DocumentCoder, noun: Token, anchor: Token) -> tuple[list[Token], str] | None:
    """The source an event noun names itself, on the noun or on the phrase it stands in
    (`anchor`): a named possessor ("Russia's attack"), a "by"/"from" agent ("criticism from
    X"; not "from" on a noun of leaving), an agent inside what the event is about
    (complement_agents), a pronoun possessor, or a modifier naming a country or an
    international body ("the Chinese proposal"); None when it names none."""
    for holder in dict.fromkeys((noun, anchor)):
        possessors = [c for c in children_of(holder) if c.dep_ == "poss"]
        named = [c for c in possessors if c.pos_ != "PRON"]
        if named:
            return named, "possessor"
        departure = sx.lemma(noun) in words("departure_noun")
        # "knocked a statement by X": also a "by" the parser hung on the verb
        stranded = [p for p in sx.stranded_preps(holder) if sx.lemma(p) == "by"]
        for prep in [*sx.preps(holder), *stranded]:
            if sx.lemma(prep) == "by" or sx.lemma(prep) == "from" and not departure:
                found = sx.children(prep, "pobj")
                if found:
                    return found, "agent"
        inner = complement_agents(ctx, holder)  # "criticism for the move from X"
        if inner:
            return inner, "agent"
        if possessors:
            return possessors, "possessor"
        for child in children_of(holder):
            if actor_phrases.place_modifier(ctx, child):
                continue
            if child.dep_ in ("amod", "compound") and child is not noun and any(
                a.country or a.code[:3] in sectors_in("international") for a in actor_phrases.actors_of(ctx, child)[0]
            ):
                return [child], "modifier"
    return None


def exposed_copula(noun: Token) -> Token | None:
    """The copula of "X was subject to criticism from Y", "X remains vulnerable to attacks":
    an adjective of exposure (words: exposed_adjective) whose "to" has the event noun `noun`
    puts the copula's subject on the receiving side; None otherwise."""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ != "to":
        return None
    adjective = head.head
    if adjective.dep_ not in ("acomp", "oprd") or sx.lemma(adjective) not in words("exposed_adjective"):
        return None
    copula = adjective.head
    return copula if sx.lemma(copula) in COPULAS else None


def demanded_clause(noun: Token) -> tuple[Token, Token] | None:
    """(clause, who is asked) of a demand or appeal noun's own clause: "the demand that X
    withdraw" (a that-clause with a subject), "the call for X to withdraw" ("for" with a
    subject, or "for X" followed by the noun's bare to-infinitive); None otherwise."""
    if not sx.is_noun(noun):
        return None
    kids = list(children_of(noun))
    for clause in kids:
        if clause.dep_ not in ("acl", "ccomp") or clause.i < noun.i or not sx.is_verb(clause):
            continue
        subjects = sx.children(clause, "nsubj", "nsubjpass")
        if subjects and sx.has_mark(clause, ("that", "for")):
            return clause, subjects[0]
        if subjects or not sx.has_aux_to(clause):
            continue
        for prep in kids:
            if prep.dep_ == "prep" and prep.lower_ == "for" and prep.i < clause.i:
                asked = sx.children(prep, "pobj")
                if asked and asked[0].i < clause.i:
                    return clause, asked[0]
    return None


def authored_demand(ctx: DocumentCoder, noun: Token) -> bool:
    """ "Uganda's demand that Kenya withdraw", "Egypt's call for Israel to halt", "the
    ultimatum by X that Y leave": a demand or appeal noun with a named author of its own
    (a possessor or a "by"/"from" agent, no pronoun) and its own clause of what is asked
    is an event of its own, though such a noun otherwise only completes another."""
    if demanded_clause(noun) is None:
        return False
    own = own_source_tokens(ctx, noun, noun)
    return own is not None and own[1] in ("possessor", "agent")
