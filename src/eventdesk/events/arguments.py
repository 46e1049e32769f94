"""The tokens an event is about: who does it (subjects, passive agents, possessors, the
speaker of a conjoined verb), whom it is done to (objects, the entry's target slots, the
addressee of an appeal or demand), and the complement an appeal, offer or threat names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventdesk.actors.sectors import sectors_in
from eventdesk.events import actor_phrases, constructions, match, nominal, sides
from eventdesk.events import clause_subjects as cs
from eventdesk.events import syntax as sx
from eventdesk.events.function_words import HYPHEN_PREFIXES
from eventdesk.events.lexicon import Entry
from eventdesk.events.noun_sources import (  # noqa: F401 (the event-noun half, kept importable from here)
    noun_source_tokens, rebuttal_verb, receivers, receiving_verb,
)
from eventdesk.events.records import Candidate
from eventdesk.events.words import word_values, words
from eventdesk.model import Actor
from eventdesk.nlp import children_of

if TYPE_CHECKING:
    from eventdesk.events.coder import DocumentCoder

# How far up the tree the search for who acts goes ("made a decision to ..." -> the light
# verb's subject; "a resolution calling for ..." -> who adopted it): real news needs two.
MAX_SOURCE_DEPTH = 4


def source_tokens(ctx: DocumentCoder, token: Token, depth: int = 0) -> tuple[list[Token], str]:
    """The words that do what a verb or event noun says, and how they were found. Each look
    further up the tree (a light verb's noun, a participle's noun) counts one `depth`, up to
    MAX_SOURCE_DEPTH."""
    if depth > MAX_SOURCE_DEPTH:
        return [], ""
    if cs.decided(token):
        # "Obama's decision to admit refugees": the one who decided does it
        return noun_source_tokens(ctx, token.head, depth + 1)
    if sx.is_verb(token) or token.pos_ == "ADJ":
        if sx.is_passive(token):
            # "was given a warm welcome by X": the parser may hang the "by" on the object kept
            agents = sx.passive_agents(token) or [
                a for obj in sx.children(token, "dobj") for p in sx.children(obj, "prep")
                if sx.lemma(p) == "by" for a in sx.children(p, "pobj")] or sx.shared_agents(token) or (
                nominal.ruling_agents(ctx, token))  # "was barred in a ruling by X"
            if agents:
                return agents, "agent"
            if token.dep_ == "conj":
                subjects, _ = cs.clause_subject(token)
                if subjects and not sx.children(token, "nsubjpass"):
                    return [], ""
            return [], "agentless"
        subjects, inherited = cs.clause_subject(token)
        if token.pos_ == "ADJ" and not subjects and token.head.i != token.i:
            subjects = sx.children(token.head, "nsubj")
            inherited = False
        if (
            token.dep_ == "acl" and subjects == [token.head] and token.head.dep_ == "dobj"
            and not actor_phrases.actors_of(ctx, token.head)[0]
            and sx.lemma(token.head.head) in ctx.lexicon.light | ctx.lexicon.speech
            and depth < MAX_SOURCE_DEPTH
        ):
            # "adopted a resolution calling for ...": the one who issued it.
            return source_tokens(ctx, token.head.head, depth + 1)
        speaker = speaker_of_conjunct(ctx, token, subjects, inherited)
        if speaker:
            return speaker, "inherited"
        authors = [a for s in subjects for a in written_by(ctx, s)]
        if authors:
            return authors, "agent"
        return subjects, "inherited" if inherited else "subject"
    return noun_source_tokens(ctx, token, depth)


def written_by(ctx: DocumentCoder, noun: Token) -> list[Token]:
    """The author of a text that names no actor itself: "an article written by X accuses
    Y", "a report published by X found", "an article by X", "X released a video that
    accuses Y" (words: voice_noun, publish_verb) — X speaks through it."""
    if sx.lemma(noun) not in words("voice_noun") or actor_phrases.actors_of(ctx, noun)[0]:
        return []
    for clause in sx.children(noun, "acl"):
        if clause.tag_ == "VBN":
            return sx.passive_agents(clause)
    for prep in sx.preps(noun):
        if sx.lemma(prep) in ("by", "from") and not sx.fronted(prep):
            found = sx.children(prep, "pobj")
            if found:
                return found
    head = noun.head
    if noun.dep_ == "dobj" and sx.lemma(head) in words("publish_verb") and not sx.is_passive(head):
        subjects, _ = cs.clause_subject(head)
        return [s for s in subjects if actor_phrases.actors_of(ctx, s)[0]]
    return []


def speaker_of_conjunct(
    ctx: DocumentCoder, token: Token, subjects: list[Token], inherited: bool,
) -> list[Token]:
    """ "X said that the plan was a good start but urged Y to ...": a verb conjoined
    to the reported clause whose inherited subject names no actor is the speaker's
    own act, when it is one only an actor does (an appeal, a demand, a verb of
    saying or of judging)."""
    if token.dep_ != "conj" or subjects and not inherited:
        return []
    if any(actor_phrases.actors_of(ctx, s)[0] for s in subjects):
        return []
    if not any(
        c.entry.family in constructions.ADDRESSEE_FAMILIES or "speech" in c.entry.flags
        for c in match.candidates(ctx, token)
    ) and sx.lemma(token) not in ctx.lexicon.speech | words("evaluative_verb"):
        return []
    clause = token.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or sx.lemma(clause.head) not in ctx.lexicon.speech:
        return []
    speakers, _ = cs.clause_subject(clause.head)
    return speakers if any(actor_phrases.actors_of(ctx, s)[0] for s in speakers) else []


def objective(ctx: DocumentCoder, token: Token) -> list[Token]:
    return sx.direct_objects(token) if (sx.is_verb(token) or token.tag_ == "VBN") else []


def object_agent(ctx: DocumentCoder, token: Token) -> list[Token]:
    """The one behind the object noun: "a US offer", "calls by X", "X's proposal"."""
    found = []
    for obj in objective(ctx, token):
        found.extend(noun_source_tokens(ctx, obj)[0] if obj.dep_ != "nsubjpass" else [])
        # "the military operation": a modifier of an action noun says what kind it is,
        # not who did it (noun_source_tokens above reads a national modifier).
        if not found and sx.lemma(obj) not in words("action_noun"):
            for child in children_of(obj):
                if child.dep_ in ("amod", "compound", "poss") and actor_phrases.actors_of(ctx, child)[0]:
                    found.append(child)
    return found


def slot_tokens(ctx: DocumentCoder, token: Token, slot: str) -> list[Token]:
    if slot == "obj":
        found = []
        for obj in objective(ctx, token):
            found.extend(sx.with_conjuncts(obj))
        return found
    if slot == "iobj":
        found = [c for c in children_of(token) if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"]
        for child in children_of(token):
            if child.dep_ == "dative" and child.pos_ == "ADP":
                found.extend(sx.children(child, "pobj"))
        if not found and sx.is_passive(token) and sx.children(token, "dobj"):
            # "X was given a warm welcome", "was handed a letter": the passive subject
            # is the one given it (its object stayed with the verb)
            found = sx.children(token, "nsubjpass")
        return found
    if slot == "objagent":
        return object_agent(ctx, token)
    if slot == "mod":
        # "Palin's Trump endorsement": a name before the event noun is what it is about
        return [c for c in children_of(token) if c.dep_ == "compound" and actor_phrases.actors_of(ctx, c)[0]]
    if slot == "comp":
        return addressee(ctx, token)
    if slot == "about":
        return topic_of_object(ctx, token)
    if slot == "that":
        return clause_topic(token, ctx.lexicon.light)
    if slot == "xobj":
        found = []
        for clause in children_of(token):
            if clause.dep_ in ("xcomp", "ccomp") or cs.is_infinitive_clause(clause):
                for obj in sx.direct_objects(clause):
                    found.extend(sx.with_conjuncts(obj))
        return found
    if slot.startswith("@"):
        name = slot[1:]
        found = []
        holders = [token] + [q for o in objective(ctx, token) for q in sx.through_quantity(o)]
        if sx.is_noun(token) and sx.position(token) is not token:
            holders.append(sx.position(token))
        carrier = sx.relative_carrier(token, ctx.lexicon.light) or nominal.giving_clause(token)
        if carrier is not None:
            holders.append(carrier)  # "the attack he leveled at X"
        for holder in holders:
            for prep in _with_conjoined_preps([*sx.preps(holder), *sx.stranded_preps(holder),
                                               *_agent_preps(holder, name)]):
                if sx.fronted(prep):
                    continue
                if sx.lemma(prep) == name or (name == "by" and prep.dep_ == "agent"):
                    for pobj in sx.prep_objects(prep):
                        found.extend(sx.with_conjuncts(pobj))
        return found or _named_in_event_object(ctx, token, name)
    if slot.startswith("~"):
        return list(sx.subtree_preps(token, slot[1:]))
    return []


def _with_conjoined_preps(preps: list[Token]) -> list[Token]:
    """The prepositions and those conjoined to them ("apologized to the families and to
    the mayor": the second "to" hangs on the first, its own phrase a counterpart too)."""
    return [q for p in preps for q in sx.with_conjuncts(p) if q is p or q.pos_ == "ADP"]


def _agent_preps(noun: Token, name: str) -> list[Token]:
    """ "lawsuits by X against Y" parsed with "against" on X: an event noun's counterpart
    hung on its "by" agent (a counterpart's preposition, never another "by" or an "of")."""
    if not sx.is_noun(noun) or name not in sx.NOUN_PREPS or name == "by":
        return []
    return [p for by in sx.preps(noun) if sx.lemma(by) == "by"
            for agent in sx.prep_objects(by) for p in sx.preps(agent) if sx.lemma(p) == name]


# The prepositions by which a verb enters or leaves an event ("pulled out of talks with X",
# "withdrew from", "took part in", "entered into").
PARTAKING_PREPS = frozenset({"out", "of", "from", "in", "into"})


def _named_in_event_object(ctx: DocumentCoder, token: Token, name: str) -> list[Token]:
    """ "pulled out of peace talks with X", "walked away from negotiations with X": the
    preposition on an event noun (one the lexicon codes) that the trigger's own
    preposition governs, when the trigger and its object have none."""
    found: list[Token] = []
    if not sx.is_verb(token):
        return found
    for prep in sx.preps(token):
        # taking part or leaving ("out of", "from", "in"), not a topic ("asked about talks with X")
        if sx.fronted(prep) or sx.lemma(prep) not in PARTAKING_PREPS:
            continue
        for noun in sx.prep_objects(prep):
            if not (sx.is_noun(noun) and match.candidates(ctx, noun)):
                continue
            for inner in sx.preps(noun):
                if sx.lemma(inner) == name:
                    for pobj in sx.prep_objects(inner):
                        found.extend(sx.with_conjuncts(pobj))
    return found


# The prepositions by which a remark, a policy or a record names whom it concerns ("against"
# and "toward" name a victim: "opposed discrimination against X" is not aimed at X).
ABOUT_PREPS = ("of", "about", "on", "regarding", "concerning")


def topic_of_object(ctx: DocumentCoder, token: Token) -> list[Token]:
    """Whom the thing judged concerns, when it is no actor itself: "assailed the policies of
    X", "regrets her remarks about X", "apologized for comments about X". Not an event
    noun's "of" ("condemned the killing of protesters": the victims are not the ones blamed)."""
    things = list(objective(ctx, token))
    for prep in sx.preps(token):
        if sx.lemma(prep) in ("for", "over") and not sx.fronted(prep):
            things.extend(sx.children(prep, "pobj"))
    found: list[Token] = []
    for thing in things:
        if thing.pos_ in ("PRON", "PROPN") or match.candidates(ctx, thing) or (
                sx.lemma(thing) in words("action_noun") or sx.lemma(thing) in word_values("event_noun")):
            continue
        for prep in sx.preps(thing):
            if sx.lemma(prep) in ABOUT_PREPS:
                for pobj in sx.prep_objects(prep):
                    found.extend(sx.with_conjuncts(pobj))
    return found


def action_without_author(ctx: DocumentCoder, token: Token) -> bool:
    """An action noun (words.tsv `action_noun`) in a target slot whose phrase names only a
    kind of actor ("threatened military action against Iran": "military", no country): the
    action is not what is acted on, so the next slot ("against Iran") names the target. An
    author with a country still counts ("asked the Clinton campaign to ...")."""
    if not sx.is_noun(token) or token.pos_ == "PROPN" or sx.lemma(token) not in words("action_noun"):
        return False
    return not any(
        a.country or a.code[:3] in sectors_in("international") for a in actor_phrases.actors_of(ctx, token)[0]
    )


def addressee(ctx: DocumentCoder, token: Token) -> list[Token]:
    """Who is asked or told: "urged X to", "called on X to", "demanded that X ..."."""
    complements = [c for c in children_of(token) if c.dep_ in ("xcomp", "ccomp")]
    asked = cs.for_clause(token) or nominal.demanded_clause(token)
    if asked is not None:
        # "called for Israel to halt its strikes": the clause's subject is asked.
        return sx.with_conjuncts(asked[1])
    objects = sx.children(token, "dobj")
    if complements and objects and sx.is_verb(complements[0]) and (
        ctx.actors.resolve(objects[0]) or objects[0].pos_ == "PRON"
    ):
        return sx.with_conjuncts(objects[0])
    if sx.lemma(token) in words("call_on_verb"):
        for prep in sx.preps(token):
            if sx.lemma(prep) in ("on", "upon") and not sx.fronted(prep):
                found = [p for p in sx.children(prep, "pobj") if p.ent_type_ not in ("DATE", "TIME")]
                if found:
                    return sx.with_conjuncts(found[0])
    for comp in complements:
        subjects = sx.children(comp, "nsubj", "nsubjpass")
        if subjects:
            return sx.with_conjuncts(subjects[0])
    if objects and sx.is_verb(token):
        # "demanded Moscow's admission", "demanded an admission by Moscow"
        agents = [
            a for a in noun_source_tokens(ctx, objects[0])[0]
            if a.pos_ != "PRON" and a.dep_ != "amod"
        ]
        if agents:
            return agents
    for obj in objects:
        # "its demand that Israel ease ...": the subject of the noun's clause.
        for clause in children_of(obj):
            if clause.dep_ in ("acl", "ccomp", "relcl") and sx.has_mark(clause, ("that",)):
                subjects = sx.children(clause, "nsubj", "nsubjpass")
                if subjects:
                    return sx.with_conjuncts(subjects[0])
    return []


def clause_topic(token: Token, light: frozenset[str] | set[str] = frozenset()) -> list[Token]:
    """Whom a complaint or a concern is about: the active subject of the trigger's that-clause
    or of its object noun's ("complained that officials were protecting X", "expressed
    concern that X may win"). A passive subject is the one feared for, not blamed ("worried
    that X could be derailed"). The noun's clause may be parsed as a relative one ("made the
    charge that X had lied"); one whose verb is light or has an object is relative ("the
    charge that X had made": `light`, the lexicon's light verbs)."""
    holders = [token] + sx.children(token, "dobj")
    for holder in holders:
        for clause in children_of(holder):
            # "the accusation that X had lied" parsed as a relative clause (not "... X had made")
            misparsed = (holder is not token and clause.dep_ == "relcl" and sx.has_mark(clause, ("that",))
                         and sx.lemma(clause) not in light and not sx.children(clause, "dobj"))
            noun_clause = holder is token or _that_clause(clause)
            if not misparsed and (clause.dep_ not in ("ccomp", "acl") or not noun_clause):
                continue
            subjects = sx.children(clause, "nsubj")
            if subjects:
                return sx.with_conjuncts(subjects[0])
    return []


def _that_clause(clause: Token) -> bool:
    """A noun's clause opened by "that": its mark, or a "that" the parser made the clause's
    object though a subject of its own follows ("the charge that X had lied")."""
    if sx.has_mark(clause, ("that",)):
        return True
    subjects = sx.children(clause, "nsubj")
    return bool(subjects) and any(
        c.lower_ == "that" and c.dep_ in ("dobj", "nsubj") and c.i < subjects[0].i for c in children_of(clause))


def complement(ctx: DocumentCoder, token: Token, entry: Entry) -> Token | None:
    """What is appealed for, offered, demanded, refused or threatened."""
    asked = cs.for_clause(token)
    clauses = [
        c for c in children_of(token)
        if (c.dep_ in ("xcomp", "ccomp") or cs.is_infinitive_clause(c) or asked is not None and c.i == asked[0].i)
        and (sx.is_verb(c) or match.candidates(ctx, c)) and not _prefix_piece(c)
    ]
    if clauses:
        return clauses[0]
    nouns: list[Token] = []
    if sx.is_verb(token):
        for obj in sx.children(token, "dobj"):
            nouns.extend(sx.with_conjuncts(obj))
    for prep in sx.preps(token):
        if sx.lemma(prep) in ("for", "to", "with", "on", "into", "of", "against"):
            for pobj in sx.prep_objects(prep):
                nouns.extend(sx.with_conjuncts(pobj))
    for child in children_of(token):
        if child.dep_ in ("acl", "relcl") and sx.is_verb(child) and sx.is_noun(token):
            nouns.append(child)
    nouns = [q for noun in nouns for q in sx.through_quantity(noun)]
    for noun in nouns:
        if match.candidates(ctx, noun):
            return noun
    # "an offer to host a summit", "a proposal for signing an agreement"
    for noun in nouns:
        for child in children_of(noun):
            if child.dep_ in ("acl", "xcomp", "relcl", "ccomp") and match.candidates(ctx, child):
                return child
            if child.dep_ == "prep" and sx.lemma(child) in ("for", "to", "of", "on", "with", "in"):
                for pobj in sx.prep_objects(child):
                    if match.candidates(ctx, pobj):
                        return pobj
                    for inner in children_of(pobj):
                        if inner.dep_ in ("dobj", "compound", "amod") and match.candidates(ctx, inner):
                            return inner
    if clauses:
        return clauses[0]
    for noun in nouns:
        if sx.is_verb(noun):
            return noun
    return None


def action_of(
    ctx: DocumentCoder, token: Token, depth: int = 0,
) -> tuple[str | None, Candidate | None, Token]:
    """The underlying CAMEO action of a complement: "a call for the release of X" is
    release (084); nested appeals and offers are looked through."""
    options = [c for c in match.candidates(ctx, token)]
    if not options:
        if sx.lemma(token) in ctx.lexicon.light and depth < 4:
            # "pledged to keep up food deliveries": look through the light verb.
            for inner in sx.children(token, "dobj", "xcomp"):
                code, candidate, where = action_of(ctx, inner, depth + 1)
                if code is not None:
                    return code, candidate, where
        return None, None, token
    best = options[0]
    if best.entry.family and depth < 4:
        inner = complement(ctx, token, best.entry)
        if inner is not None and inner is not token:
            code, candidate, where = action_of(ctx, inner, depth + 1)
            if code is not None and not _empty_intent(ctx, candidate, where):
                return code, candidate, where
    return match.refine_topic(ctx, best.entry, best.entry.code, token), best, token


def _empty_intent(ctx: DocumentCoder, candidate: Candidate | None, where: Token) -> bool:
    """A plan or proposal that names no action of its own, inside another family's
    complement ("vowed to reject the EU plan"): the outer action (the rejection) is what
    is promised, not the plan."""
    return (candidate is not None and candidate.entry.family in ("soft", "intend") and sx.is_noun(where)
            and complement(ctx, where, candidate.entry) is None)


def target_tokens(
    ctx: DocumentCoder, token: Token, entry: Entry, sources: list[Actor] = (),
) -> list[Token]:
    """The tokens of the first slot that names an actor other than the source ("launched
    an investigation into X": the investigation's author is the source, so the next
    slot, "into", names the target)."""
    for slot in entry.targets:
        if slot == "-":
            continue
        found = [t for t in slot_tokens(ctx, token, slot) if not action_without_author(ctx, t)]
        # "an inquiry into the death of X": not X, only the happening's doer is looked into
        found = [a for t in found for a in (
            actor_phrases.happening_agents(t) if actor_phrases.inquired_happening(t) else [t])]
        found = [
            t for t in found
            if any(not sides.same_side(a, sources) for a in actor_phrases.actors_of(ctx, t)[0])
        ]
        if found:
            return found
    return []


def _prefix_piece(token: Token) -> bool:
    """A piece of a hyphenated verb the tokenizer split ("re" and "-" of "re-open"), which
    the parser may hang from the clause as verbs of their own."""
    if not any(ch.isalpha() for ch in token.text):
        return True
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and token.lower_ in HYPHEN_PREFIXES
