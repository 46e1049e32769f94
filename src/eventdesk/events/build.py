"""Assembling an Event (a Built) from a matched candidate: code, modality, sources,
targets and their fallbacks, in that order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventdesk.events import (
    actor_phrases, arguments, constructions, fallbacks, figurative, generic, match, modality, nominal, places, polls,
    pressure, scene, sides, subordinate, verbal,
)
from eventdesk.events import clause_subjects as cs
from eventdesk.events import syntax as sx
from eventdesk.events.behaviour import behaviour, rally_codes
from eventdesk.events.lexicon import Entry
from eventdesk.events.records import Built, Candidate
from eventdesk.events.words import words
from eventdesk.model import Actor
from eventdesk.nlp import children_of

if TYPE_CHECKING:
    from eventdesk.events.coder import DocumentCoder


# Families whose nouns need a counterpart or a coded action to be an event.
UNADDRESSED_TALK = frozenset({"intend", "threaten"})


@dataclass
class Draft:
    """An event while it is assembled: build() fills it step by step."""

    token: Token
    entry: Entry
    parts: list[Token]
    consumed: set[int]
    code: str
    modality: str
    negated: bool
    refined: bool = False
    complement: Token | None = None
    # Tokens the complement's own entry names as its target ("urged X to talk to Y": Y).
    complement_targets: list[Token] = field(default_factory=list)
    via_family: bool = False
    inner_mutual: bool = False
    sources: list[Actor] = field(default_factory=list)
    source_how: str = ""
    targets: list[Actor] = field(default_factory=list)
    target_how: str = ""
    each_other: bool = False


def build(ctx: DocumentCoder, token: Token, candidate: Candidate) -> Built | None:
    """The event a candidate makes at its token, or None when it makes none (scene-setting
    words, a reported clause, an appeal without a target, an action without an actor)."""
    entry = candidate.entry
    if (modality.background(ctx, token) or figurative.question(token) or figurative.requested_action(ctx, token)
            or figurative.asked_about(token) or polls.poll_finding(token)
            or polls.poll_margin(token) or modality.obliged(token)
            or modality.counterfactual(token) or modality.alleged(token) or figurative.in_a_name(token)
            or modality.desired(token)
            or modality.prediction(ctx, token) or modality.narrated_guess(ctx, token) or modality.war_named(token)
            or modality.required(token) or subordinate.noun_content(token)
            or subordinate.topic_clause(token) or subordinate.noun_topic(token)
            or subordinate.predicate_noun(token)):
        return None
    if entry.family == "appeal" and figurative.indirect_question(ctx, token):
        return None
    mode, negated = modality.modality(ctx, token)
    draft = Draft(
        token=token, entry=entry, parts=list(candidate.parts), consumed={t.i for t in candidate.parts},
        code=match.refine_topic(ctx, entry, entry.code, token), modality=mode, negated=negated,
    )
    if entry.family and not _apply_complement(ctx, draft):
        return None
    if entry.topic:
        draft.consumed |= topic_phrase(ctx, token, entry)
    draft.sources, draft.source_how, author = find_sources(ctx, token, entry, draft.code)
    if author is not None:
        draft.consumed.add(author.i)
    _find_targets(ctx, draft)
    if not draft.targets and not _stands_without_target(ctx, draft):
        return None
    if not _sources_when_unnamed(ctx, draft) or _restated(ctx, draft):
        return None
    if behaviour(draft.code).kind == "force" and (modality.war_summary(token) or _toll_of_coded_attack(ctx, draft)):
        return None
    _final_code(ctx, draft)
    if (figurative.on_itself(token, draft.code, draft.entry) or figurative.campaign_rally(token, draft)
            or figurative.state_strike(draft) or figurative.political_contest(token, draft)
            or figurative.contest_to_win(token, draft) or figurative.offered_thing(ctx, token, draft)
            or figurative.not_a_call(ctx, token, draft) or figurative.tallied_meetings(token, draft)
            or figurative.trip_at_home(token, draft) or figurative.contribution(draft)
            or figurative.contest_won(token, draft) or figurative.benefit(ctx, token, draft)
            or figurative.statement_given(ctx, token, draft) or figurative.stance_taken(token, draft)
            or figurative.political_shield(token, draft) or generic.free_choice_targets(ctx, draft)
            or verbal.fortune_struck(token, draft) or verbal.attack_by_words(ctx, token, draft)
            or generic.electoral_challenge(token, draft) or generic.opinion_shared(token, draft)
            or generic.electorate_choice(token, draft) or generic.speech_series(token, draft)
            or generic.press_session(token, draft) or generic.march_to_a_goal(ctx, token, draft)
            or generic.fight_against_resistance(ctx, token, draft)
            or generic.deal_clinched(token, draft) or generic.people_at_large(token)
            or generic.group_stance(token) or generic.sum_without_recipient(token, draft)
            or generic.described_by_ability(token)):
        return None
    draft.code = figurative.verbal_attack(ctx, token, draft) or draft.code
    _consume_objects(ctx, draft)
    return Built(
        code=draft.code, entry=entry, token=token, parts=draft.parts,
        sources=draft.sources, targets=draft.targets, source_how=draft.source_how,
        target_how=draft.target_how, negated=draft.negated, modality=draft.modality,
        consumed=draft.consumed, refined=draft.refined,
        mutual="mutual" in entry.flags or (draft.via_family and draft.inner_mutual) or draft.each_other,
    )


def _apply_complement(ctx: DocumentCoder, draft: Draft) -> bool:
    """A family entry (appeal, intend, demand, reject, threaten, ...) coded by the action
    its complement names. False when the entry makes no event."""
    token, entry = draft.token, draft.entry
    complement = draft.complement = arguments.complement(ctx, token, entry)
    suggestion = entry.family == "intend" and sx.lemma(token) in words("suggestion_verb")
    if (entry.family == "demand" or suggestion) and complement is not None and modality.reported_clause(complement):
        # "insisted the unrest reflected ...", "officials told a reporter the army lifted
        # ...", "suggested that the claims could be grounds": a clause stating a fact or a
        # possibility is reported speech, not a demand or a proposal.
        return False
    if complement is not None:
        action, inner, where = arguments.action_of(ctx, complement)
        if action is None and complement.i in ctx.figurative:
            # "vowed to fight corruption": the promised fight is figurative.
            return False
        if action is not None and figurative.force_on_a_thing(ctx, action, inner, where):
            # "plans to fight the opioid crisis": no one to strike, so no action that refines
            # the family ("urged the US to bomb the refineries that pay for X" stays an appeal)
            action, inner = None, None
        draft.consumed |= sx.phrase(complement)
        if inner is not None:
            draft.complement_targets = arguments.target_tokens(ctx, where, inner.entry)
            draft.parts.append(where)
            # "renewed its demand that Russia release X": the demanded release, a clause
            # of the noun's own, is part of the demand, not an event of its own.
            draft.consumed |= sx.phrase(where)
            draft.inner_mutual = "mutual" in inner.entry.flags
        result = constructions.apply_family(ctx, entry, action, complement, inner)
        if result is not None:
            code, extra_negated, family_modality, targets_override = result
            draft.code = code
            if targets_override is not None:
                draft.complement_targets = targets_override
            draft.negated = draft.negated or extra_negated
            if family_modality:
                draft.modality = family_modality
            draft.refined = action is not None
            draft.via_family = True
    if "action" in entry.flags and not draft.refined:
        return False  # "failed to win": no action refused
    return not (entry.family == "soft" and not draft.via_family)


def _find_targets(ctx: DocumentCoder, draft: Draft) -> None:
    """The target: the entry's slots, then what the complement names, then (threats) who
    must meet the condition, then (protests) whom the demand is made of; then the
    fallbacks when none of these names an actor. Gives sources and targets their
    countries."""
    token, entry, code, sources = draft.token, draft.entry, draft.code, draft.sources
    _slot_targets(ctx, draft)
    tried = behaviour(code).target_fallbacks
    if not draft.targets and "objagent" in entry.targets:
        draft.targets = [
            t for t in fallbacks.event_antecedent(ctx, token)
            if not sides.same_side(t, sources, named_bodies=False)
        ]
    if not draft.targets and "people" in tried:
        draft.targets = fallbacks.ordinary_people(ctx, token)
        draft.target_how = "object" if draft.targets else draft.target_how
    # An entry that needs its object to be an actor ("held X": an arrest only when X is
    # someone) is not rescued by what the object phrase or the place names.
    fallback = entry.target_optional or draft.via_family or "obj" not in entry.targets
    # "discussed the crisis in Syria": what is talked about is no counterpart.
    fallback = fallback and "counterpart" not in entry.flags
    if not draft.targets and sources and fallback:
        draft.targets = fallbacks.object_phrase_targets(ctx, token, draft.complement, sources)
        draft.target_how = "object" if draft.targets else draft.target_how
    # A dateline's place or agency is no actor ("SIDON, Lebanon (Reuters) - Gunmen ..."):
    # left out before it can pass for the other side of the event.
    sources, draft.targets = _story_actors(ctx, sources), _story_actors(ctx, draft.targets)
    draft.sources, draft.targets = actor_phrases.with_countries(ctx, token, sources, draft.targets, code)
    sources = draft.sources
    draft.targets = [t for t in draft.targets if not sides.same_side(t, sources)]
    if "abroad" in tried:
        draft.targets = places.without_home_places(draft.targets, sources)
    if not draft.targets and sources and fallback and behaviour(code).home_target:
        draft.targets = places.domestic_targets(ctx, token, draft.complement, sources)
        draft.target_how = "domestic" if draft.targets else draft.target_how
    if (
        len({a.country for a in sources if a.country}) > 1 and draft.targets
        and all(not t.country for t in draft.targets) and constructions.distributive_each(token)
    ):
        # "X and Y each released 40 prisoners": an exchange; the unplaced people
        # each releases are the other side's.
        draft.targets, draft.each_other = [], True
    if not draft.targets and sources and "retaliation" in tried and draft.complement is not None:
        draft.targets = fallbacks.retaliation_targets(ctx, token, draft.complement, sources)
        draft.target_how = "object" if draft.targets else draft.target_how
    # "under pressure from X" (a concession's), "during talks with X": the other side named in a phrase
    for fallback, phrase_targets in (("pressure", pressure.pressure_targets), ("scene", scene.scene_targets)):
        if not draft.targets and sources and fallback in tried:
            found, _ = actor_phrases.actors_of_all(ctx, phrase_targets(token))
            found = actor_phrases.with_countries(ctx, token, sources, found, code)[1]
            draft.targets = [t for t in found if not sides.same_side(t, sources)]
            draft.target_how = "object" if draft.targets else draft.target_how
    if not draft.targets and sources and "answer" in tried:
        draft.targets = fallbacks.answered_side(ctx, token, draft.complement, sources)
        draft.target_how = "answer" if draft.targets else draft.target_how
    if not draft.targets and sources and "amends" in tried:
        draft.targets = fallbacks.amends_side(ctx, token, sources)
        draft.target_how = "answer" if draft.targets else draft.target_how
    if not draft.targets and sources and "place" in tried:
        draft.targets = places.place_targets(ctx, token, sources)
        draft.target_how = "place" if draft.targets else draft.target_how


def _slot_targets(ctx: DocumentCoder, draft: Draft) -> None:
    """The first of the target providers that names an actor other than the source."""
    token, entry, code, sources = draft.token, draft.entry, draft.code, draft.sources
    tried = behaviour(code).target_fallbacks
    providers = [lambda: arguments.target_tokens(ctx, token, entry, sources), lambda: draft.complement_targets]
    if entry.family in constructions.ADDRESSEE_FAMILIES and draft.complement is not None and code in rally_codes():
        providers = [lambda: draft.complement_targets]
    # "Iran drew criticism from France": who receives the event is its target.
    providers.insert(0, lambda: arguments.receivers(token))
    # "the endorsement he gave Clinton": who is given it
    providers.insert(1, lambda: nominal.given_to(token))
    # "Cruz sharpened his tone amid attacks from Rubio": who faces the authored event
    providers.append(lambda: nominal.faced_in_scene(ctx, token))
    if "condition" in tried:
        providers.append(lambda: fallbacks.condition_subjects(ctx, token, draft.complement))
    if "purpose" in tried:
        providers.append(lambda: constructions.purpose_targets(ctx, token, sources))
    talk = entry.family in UNADDRESSED_TALK and not draft.refined
    if "clause" in tried and not talk and (entry.target_optional or draft.via_family and draft.complement is not None):
        # "warned that Clinton opposes ...": whom the clause is about, for an event that
        # stands without a target (no event of its own made from the clause)
        providers.append(lambda: arguments.clause_topic(token, ctx.lexicon.light))
    for provider in providers:
        found, draft.target_how = actor_phrases.actors_of_all(ctx, provider())
        # Drop the source from its own targets ("X and Y agreed": mutual below).
        draft.targets = [
            t for t in found
            if not sides.same_side(t, sources)
        ]
        if draft.targets:
            return


def _stands_without_target(ctx: DocumentCoder, draft: Draft) -> bool:
    """Whether an event with no target is still an event: an entry whose target is
    optional, a mutual action of several sources, an offer, refusal or threat (an appeal
    needs one), or a verb judging an earlier action."""
    entry = draft.entry
    mutual = ("mutual" in entry.flags or draft.each_other) and len(draft.sources) > 1
    if entry.family in UNADDRESSED_TALK and not draft.refined and "mutual" not in entry.flags:
        # "her proposals", "his commitment to improving schools", "vowed to cut taxes",
        # "warned that prices would rise": a promise or warning that names neither a
        # counterpart nor an action the lexicon codes is talk about policy, not an event
        # (CAMEO's intents and threats are addressed to someone); what it promises is
        # its content, not an event of its own.
        if not mutual and draft.complement is not None:
            ctx.promised |= sx.phrase(draft.complement)
        return mutual
    if "counterpart" in entry.flags and not mutual:
        # "The two presidents talked for two hours": a plural subject talks among itself;
        # so do the states of an international body ("the European Council will meet"),
        # not one body alone ("the union's board meets").
        return _plural_subject(draft) or _assembly_of_states(draft.sources)
    if entry.target_optional or mutual:
        return True
    stands_alone = (
        entry.family and draft.via_family and draft.complement is not None
        and entry.family not in constructions.ADDRESSEE_FAMILIES
    )
    return bool(stands_alone) or fallbacks.judges_event(ctx, draft.token) or _struck_thing(ctx, draft)


def _restated(ctx: DocumentCoder, draft: Draft) -> bool:
    """A possessed event noun ("Christie defended his endorsement") naming again, for the
    same author, an event of the same kind the article has already coded ("Christie endorsed
    Trump") is that event restated, not a new one (entries with the `poss` condition)."""
    if "poss" not in draft.entry.bare:
        return False
    authors = {_actor_key(a) for a in draft.sources}
    return any(h.code[:2] == draft.code[:2] and authors & {_actor_key(a) for a in h.sources}
               for h in ctx.history)


def _actor_key(actor: Actor) -> str:
    # a person by name: its code may gain a country between mentions
    return (actor.name or f"{actor.code} {actor.text}").lower()


def _struck_thing(ctx: DocumentCoder, draft: Draft) -> bool:
    """An attack on a thing whose owner the text does not name ("the convoy was attacked
    by troops from Chad", "shelled a market", "attacked Gwoza" in the attackers' own
    country): the event stands with no target. Only things an attack hits (words.tsv
    `struck_noun`) and towns the gazetteer knows, so "attacked the plan" still needs one."""
    if behaviour(draft.code).kind != "force" or not draft.sources:
        return False
    struck = words("struck_noun")
    return any(sx.lemma(obj) in struck or places.named_town(ctx, obj) is not None
               for obj in arguments.objective(ctx, draft.token))


def _plural_subject(draft: Draft) -> bool:
    """Whether the clause's subject is a plural noun of actors who are not a crowd ("the two
    presidents", "officials from both countries"; not "people")."""
    subjects, _ = cs.clause_subject(draft.token)
    plural = any(s.tag_ in ("NNS", "NNPS") for s in subjects)
    return plural and any(set(a.sectors) - {"CVL"} or a.kind == "state" for a in draft.sources)


def _toll_of_coded_attack(ctx: DocumentCoder, draft: Draft) -> bool:
    """ "carried out a mass shooting, killing 14 people", "opened fire on the crowd,
    killing one": a force participle hung on a force event already coded tells what that
    attack did; it is the same attack, no second one. Whom it struck is the attack's
    target when the attack has none."""
    token = draft.token
    if token.tag_ != "VBG" or token.dep_ not in ("advcl", "acl", "xcomp") or token.head.i == token.i:
        return False
    head = token.head
    for attack in ctx.history:
        if _attack_code(attack.code) and (attack.token.i == head.i or any(p.i == head.i for p in attack.parts)):
            if not attack.targets and draft.targets:
                attack.targets, attack.target_how = draft.targets, "object"
            return True
    return False


def _attack_code(code: str) -> bool:
    """Force (18-20), or violent repression (175: "opened fire on demonstrators")."""
    return behaviour(code).kind == "force" or code.startswith("175")


def _assembly_of_states(sources: list[Actor]) -> bool:
    """Whether every source is an international body of states (IGO), not one of its
    officials."""
    return bool(sources) and all(a.code.startswith("IGO") and a.kind != "person" for a in sources)


def _sources_when_unnamed(ctx: DocumentCoder, draft: Draft) -> bool:
    """Sources for an event the text gives no actor for: an unnamed crowd of protesters,
    the unidentified author of an attack. False when the event needs a source and has
    none."""
    token, code = draft.token, draft.code
    tried = behaviour(code).source_fallbacks
    if not draft.sources and "crowd" in tried:
        # "Hundreds protested in the capital": an unnamed crowd is civilians of the
        # country where it protests (CAMEO CVL), as event data sets code unnamed protesters.
        draft.sources = places.unnamed_crowd(ctx, token)
        draft.source_how = "agentless" if draft.sources else draft.source_how
        if draft.sources and not draft.targets and behaviour(code).home_target:
            # "protests broke out in Cairo": done at home, against the state of the place
            draft.targets = places.domestic_targets(ctx, token, draft.complement, draft.sources)
            draft.target_how = "domestic" if draft.targets else draft.target_how
    if draft.sources:
        return True
    allowed = "agentless" in tried and draft.targets and (
        draft.source_how == "agentless" or agentless_subject(ctx, token)
    )
    if not allowed:
        return False
    if "unattributed" in tried:
        draft.sources = places.unattributed_author(ctx, token)
        draft.source_how = "agentless"
    return True


def _final_code(ctx: DocumentCoder, draft: Draft) -> None:
    """Modality turns intended cooperation into an intent (03) and an own threat into 13,
    negation an asserted intent (03) into a refusal (12);
    an entry with a joint code takes it for sources of several countries."""
    if not draft.via_family and draft.modality == "intended":
        draft.code = constructions.intended_code(ctx, draft.code, draft.token, draft.sources, draft.negated)
        if behaviour(draft.code).kind == "reject" and draft.negated:
            draft.negated = False
    elif not draft.via_family and draft.negated and draft.modality == "asserted" and draft.code[:2] == "03":
        # "did not accept the invitation", "is not accepting the offer": an intent or
        # acceptance denied is the refusal of that cooperation (12)
        draft.code = ctx.lexicon.family_code("reject", draft.code)
        draft.negated = False
    entry = draft.entry
    if entry.joint and (
        len({a.country for a in draft.sources if a.country}) > 1
        or any("joint" in sx.modifier_forms(o) for o in arguments.objective(ctx, draft.token))
    ):
        draft.code = entry.joint


def _consume_objects(ctx: DocumentCoder, draft: Draft) -> None:
    """The words the event takes, so that no other entry codes them again: its objects'
    phrases, the light verb of an event noun ("held talks"), the trigger."""
    token = draft.token
    for obj in arguments.objective(ctx, token):
        for conj in sx.with_conjuncts(obj):
            draft.consumed |= sx.phrase(conj) if conj.dep_ != "nsubjpass" else {conj.i}
            if conj.i != token.i and not draft.entry.family and _agent_named(ctx, conj):
                # "condemned the kidnapping of X by Y": Y's kidnapping is an event of its
                # own, and its noun no word of the condemnation's trigger
                draft.consumed.discard(conj.i)
                draft.parts = [p for p in draft.parts if p.i != conj.i] or [token]
    light_head = token.head if sx.is_noun(token) and sx.lemma(token.head) in ctx.lexicon.light else None
    if light_head is not None and token.dep_ in ("dobj", "pobj", "nsubjpass"):
        draft.parts.append(light_head)
        draft.consumed.add(light_head.i)
    carrier = sx.relative_carrier(token, ctx.lexicon.light)
    if carrier is not None:
        draft.consumed.add(carrier.i)
    draft.consumed.add(token.i)


def _agent_named(ctx: DocumentCoder, noun: Token) -> bool:
    """A singular event noun whose doer is named after it with "by" ("the arrest of X by
    Y"): one act of another actor than the one who answers it. Plural ones ("attacks by
    Y") are mostly the background of the answer."""
    if not sx.is_noun(noun) or noun.tag_ != "NN" or not match.candidates(ctx, noun):
        return False
    agents = [o for p in sx.preps(noun) if sx.lemma(p) == "by" for o in sx.children(p, "pobj")]
    return any(actor_phrases.actors_of(ctx, t)[0] for t in agents)


def topic_phrase(ctx: DocumentCoder, token: Token, entry: Entry) -> set[int]:
    """What an accusation, investigation or protest is about belongs to its trigger
    ("accused X of shelling Y" is one accusation, not also a shelling)."""
    found: set[int] = set()
    for child in children_of(token):
        if child.dep_ == "dobj" and entry.topic == "charge":
            for grand in children_of(child):
                if grand.dep_ == "prep":
                    found |= {t.i for t in grand.subtree}
        elif child.dep_ in ("prep", "advcl", "xcomp") or (entry.topic == "charge" and child.dep_ == "ccomp"):
            if child.dep_ in ("advcl", "ccomp") and sx.children(child, "nsubj", "nsubjpass"):
                continue
            found |= {i for i in sx.phrase(child) if i != token.i}
    return found


def find_sources(
    ctx: DocumentCoder, token: Token, entry: Entry, code: str,
) -> tuple[list[Actor], str, Token | None]:
    """(source actors, how they were found, an event noun that named them)."""
    source_tokens, source_how = arguments.source_tokens(ctx, token)
    source_tokens = [t for t in source_tokens if not figurative.thing_subject(ctx, t)]
    if source_how == "agentless" and entry.family in ("intend", "soft", "prepare"):
        # "is committed to", "is prepared to": a state, not a passive.
        source_tokens, source_how = sx.children(token, "nsubjpass"), "subject"
    sources, how = actor_phrases.actors_of_all(ctx, source_tokens)
    if how == "pronoun":
        source_how = "pronoun"
    if sources:
        return fallbacks.pair_in_play(ctx, token, sources), source_how, None
    tried = behaviour(code).source_fallbacks
    if source_how == "agentless" and "place_state" in tried:
        # "X was arrested in Lebanon": the state where it happened did it.
        for place in arguments.slot_tokens(ctx, token, "~in"):
            states = [a for a in actor_phrases.actors_of(ctx, place)[0] if a.kind == "state" and a.country]
            if states:
                return states, "inner", None
    if "noun_author" in tried:
        # "US drone attacks have killed ...": the attack's own author.
        for subject in sx.children(token, "nsubj"):
            if match.candidates(ctx, subject):
                authors, _ = actor_phrases.actors_of_all(ctx, arguments.noun_source_tokens(ctx, subject)[0])
                if authors:
                    return authors, "inner", subject
    return [], source_how, None


def agentless_subject(ctx: DocumentCoder, token: Token) -> bool:
    """Whether the clause's subject is a thing that does harm by itself ("a bomb")."""
    for subject in cs.clause_subject(token)[0]:
        if sx.lemma(subject) in words("agentless_subject") or sx.forms(subject) & words("agentless_subject"):
            return True
    return False


def _story_actors(ctx: DocumentCoder, actors: list[Actor]) -> list[Actor]:
    """The actors outside the boilerplate ranges (datelines, captions) of the document,
    news agencies left out: they report the story ("told Reuters"), they are no side of it."""
    ranges = ctx.doc._.boilerplate or ()
    return [a for a in actors if not any(start <= a.start < end for start, end, _ in ranges)
            and not (a.kind == "organization" and (a.name or "").lower() in words("news_agency"))]
