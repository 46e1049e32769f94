"""Whom a go-between's act is for when it names no sides of its own: the clause it is the
setting of. "The junta freed 12 soldiers following months of mediation by Togo" is Togo's
mediation for the junta; "Azerbaijan released prisoners in a gesture mediated by the
United States" is the United States' for Azerbaijan; "talks between X and Y opened under
mediation by Z" are Z's between X and Y. The clause must be active and the mediation
hung on it by a preposition of its setting (function_words.MEDIATED_SCENE_PREPS), not by
what it asks or thanks for ("called for mediation by the AU")."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.events import clause_subjects as cs
from eventdesk.events import syntax as sx
from eventdesk.events.function_words import MEDIATED_SCENE_PREPS
from eventdesk.lang import RELATIVE_PRONOUNS

__all__ = ["mediated_sides"]


def mediated_sides(token: Token) -> list[Token]:
    """The subjects of the active clause the mediation `token` (a noun, or a participle
    describing the clause's noun: "a gesture mediated by X") is the setting of; the two
    sides of a "between" on such a subject ("talks between X and Y"); [] otherwise."""
    verb = _set_clause(token)
    if verb is None or sx.is_passive(verb):
        return []
    subjects, _ = cs.clause_subject(verb)
    found: list[Token] = []
    for subject in subjects:
        if subject.lower_ in RELATIVE_PRONOUNS:
            continue
        for side in sx.with_conjuncts(subject):
            between = [o for p in sx.preps(side) if sx.lemma(p) == "between"
                       for obj in sx.prep_objects(p) for o in sx.with_conjuncts(obj)]
            found.extend(between or [side])
    return found


def _set_clause(token: Token) -> Token | None:
    """The verb whose setting phrase holds `token`: "freed ... following months of
    mediation", "released ... in a gesture mediated by X", "opened under mediation"."""
    node = token.head if token.dep_ == "acl" and token.tag_ == "VBN" else token
    if not sx.is_noun(node):
        return None
    for _ in range(2):  # "months of mediation", "a round of mediation"
        head = node.head
        if node.dep_ == "pobj" and sx.lemma(head) == "of" and sx.is_noun(head.head):
            node = head.head
    prep = node.head
    if node.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in MEDIATED_SCENE_PREPS:
        return None
    return prep.head if sx.is_verb(prep.head) else None
