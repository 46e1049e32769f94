"""Who does what an event noun names ("Russia's attack", "criticism from X", "talks
between X and Y", "the withdrawal of X's troops") and who receives it ("Iran drew criticism
from France", "rejected criticism from X"): the noun half of the argument search whose verb
half is events.arguments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventdesk.events import actor_phrases, modality, nominal
from eventdesk.events import clause_subjects as cs
from eventdesk.events import syntax as sx
from eventdesk.events.words import words
from eventdesk.nlp import children_of

if TYPE_CHECKING:
    from eventdesk.events.coder import DocumentCoder


def _source_tokens(ctx: DocumentCoder, token: Token, depth: int) -> tuple[list[Token], str]:
    from eventdesk.events.arguments import source_tokens  # the verb half, which calls back here

    return source_tokens(ctx, token, depth)


def noun_source_tokens(ctx: DocumentCoder, noun: Token, depth: int = 0) -> tuple[list[Token], str]:
    event_noun = noun
    anchor = sx.position(noun)
    own = nominal.own_source_tokens(ctx, noun, anchor)
    if own is not None:
        return own
    noun = anchor
    head = noun.head
    verb = receiving_verb(noun)
    if verb is not None:
        # "Iran drew criticism from France": the one who draws it is criticized, not the
        # critic; the critic is the verb's "from" or "by" when the noun has none.
        for prep in [*sx.preps(verb), *(p for p in sx.preps(noun) if sx.lemma(p) in ("of", "among"))]:
            # "won the endorsement of the union": the giver; "drew support among union
            # members": the many who give it
            if sx.lemma(prep) in ("from", "by", "of", "among"):
                found = sx.children(prep, "pobj")
                if found:
                    return found, "agent"
        return [], "received"
    departure = sx.lemma(noun) in words("departure_noun")
    if noun.dep_ in ("dobj", "nsubjpass") and sx.lemma(head) in ctx.lexicon.light:
        tokens, how = _source_tokens(ctx, head, depth + 1)
        if not tokens:
            # "talks were held between X and Y", "held a meeting between X and Y": the
            # light verb carries the noun's "between".
            tokens = _between(noun) or _between(head)
            how = "agent" if tokens else how
        if tokens or not departure:
            return tokens, how or "light"
    carrier = sx.relative_carrier(noun, ctx.lexicon.light) or nominal.giving_clause(noun)
    if carrier is not None:
        # "an attack he leveled at X", "the support he gave Y": the relative clause's subject
        tokens, how = _source_tokens(ctx, carrier, depth + 1)
        return tokens, how or "light"
    if noun.dep_ == "pobj" and head.dep_ == "prep" and sx.lemma(head.head) in ctx.lexicon.light:
        verb = head.head
        if sx.is_passive(verb):
            return [], ""
        tokens, how = _source_tokens(ctx, verb, depth + 1)
        return tokens, how or "light"
    if (noun.dep_ == "pobj" and head.dep_ == "prep" and modality.shared_scene(head, noun)
            and sx.is_verb(head.head) and not sx.is_passive(head.head)):
        # "praised Chile during talks with X", "in a phone call with X, Y said ...": the
        # clause's subject holds the talks or the call it speaks in
        tokens, how = _source_tokens(ctx, head.head, depth + 1)
        if tokens:
            return tokens, how or "light"
    if departure or sx.lemma(noun) in words("travel_noun"):
        # "the withdrawal of Russian troops from X began": the troops' side leaves; "the
        # visit of the Chinese president to Moscow": the president travels.
        found = [o for prep in sx.preps(noun) if sx.lemma(prep) == "of" for o in sx.children(prep, "pobj")]
        if any(actor_phrases.actors_of(ctx, o)[0] for o in found):
            return found, "agent"
    # "talks between Armenia and Azerbaijan resumed": with no other author, the two sides
    # of "between" are its actors, each the other's target when the entry is mutual (a
    # mediator named elsewhere keeps them as targets: "Qatar's mediation between X and Y").
    between = _between(noun) or _between(event_noun)
    if between:
        return between, "agent"
    return [], ""


def receiving_verb(noun: Token) -> Token | None:
    """The verb that puts its subject on the receiving side of the event noun `noun`:
    "drew criticism", "received aid", "faced sanctions" (words: receiving_verb), "came
    under fire", "is under pressure" (under_verb), "was on the receiving end of attacks" (a
    receiving verb's participle before the noun "of" hangs on); None otherwise."""
    head = noun.head
    if noun.dep_ == "dobj" and sx.is_verb(head) and sx.lemma(head) in words("receiving_verb"):
        return head
    if (noun.dep_ == "dobj" and sx.is_verb(head) and sx.lemma(head) in words("call_taking_verb")
            and sx.lemma(noun) in words("call_noun")):
        return head  # "took a call from X"
    if nominal.held_favour(noun) is not None:  # "has the endorsement of X"
        return head
    rebutted = rebuttal_verb(noun)
    if rebutted is not None:
        return rebutted
    if (noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "under"
            and sx.lemma(head.head) in words("under_verb")):
        return head.head
    if (noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of"
            and sx.lemma(head.head) in words("receiving_noun") and head.head.dep_ == "attr"
            and sx.lemma(head.head.head) in ("be", "become", "remain")):
        # "Rubio was the target of attacks from Bush": the copula's subject receives them
        return head.head.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of":
        end = head.head  # "has been on the receiving end of Trump's attacks"
        if (end.dep_ == "pobj" and end.head.lower_ == "on" and sx.is_verb(end.head.head)
                and any(sx.lemma(m) in words("receiving_verb") for m in sx.children(end, "amod"))):
            return end.head.head
    return nominal.exposed_copula(noun)  # "was subject to criticism from X"


def rebuttal_verb(noun: Token) -> Token | None:
    """The verb that answers the event noun `noun` (words: rebuttal_verb): "rejected
    criticism from X", "hit back at complaints from X": the one who answers received
    it. None otherwise."""
    head = noun.head
    if noun.dep_ == "dobj" and sx.is_verb(head) and sx.lemma(head) in words("rebuttal_verb"):
        return head
    if (noun.dep_ == "pobj" and head.dep_ == "prep" and sx.lemma(head) in ("to", "at", "against", "on")
            and sx.is_verb(head.head) and sx.lemma(head.head) in words("rebuttal_verb")):
        return head.head
    return None


def receivers(token: Token) -> list[Token]:
    """The subjects of the receiving verb of an event noun ("Iran" in "Iran drew
    criticism from France"): the event's targets."""
    verb = receiving_verb(sx.position(token)) if sx.is_noun(token) else None
    if verb is None or sx.is_passive(verb):
        return []
    subjects, _ = cs.clause_subject(verb)
    # "Rubio and Christie faced attacks": each of them
    return [c for s in subjects for c in sx.with_conjuncts(s)]


def _between(noun: Token) -> list[Token]:
    """The two sides of "between X and Y" on an event noun, or []. One noun whose
    modifiers are conjoined names both sides ("talks between Indian and Pakistani
    officials": one actor per country, resolved from the one phrase)."""
    for prep in sx.preps(noun):
        if sx.lemma(prep) == "between":
            for pobj in sx.children(prep, "pobj"):
                sides = [pobj, *pobj.conjuncts]
                if len(sides) >= 2:
                    return sides
                if any(c.dep_ in ("amod", "compound", "nmod") and sx.children(c, "conj") for c in children_of(pobj)):
                    return [pobj]
    return []
