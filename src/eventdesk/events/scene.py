"""Whom an act with no target of its own is done to when its clause is set in a meeting:
"X vowed to help rebuild schools during a meeting with Y" is X's promise to Y, "X
promised aid during talks with Y" too. The scene is a noun under a shared-scene
preposition (modality.shared_scene: "during", "in" a call) with a "with" phrase, hung on
the act's verb or on a verb above it in the same sentence."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.events import modality
from eventdesk.events import syntax as sx

__all__ = ["scene_targets"]


def scene_targets(token: Token) -> list[Token]:
    """The tokens naming the other party of the meeting `token`'s clause is set in."""
    for node in _clause_verbs(token):
        for prep in sx.preps(node):
            for noun in sx.prep_objects(prep):
                if not modality.shared_scene(prep, noun):
                    continue
                found = [o for p in sx.preps(noun) if sx.lemma(p) == "with"
                         for obj in sx.prep_objects(p) for o in sx.with_conjuncts(obj)]
                if found:
                    return found
    return []


def _clause_verbs(token: Token) -> list[Token]:
    """`token`, the verbs it completes ("vowed" of "help") and the verbs that complete it
    ("help", "rebuild" of "vowed to help rebuild")."""
    found = [token]
    node = token
    while node.dep_ in ("xcomp", "ccomp") and node.head.i != node.i and len(found) < 4:
        node = node.head
        found.append(node)
    pending = [token]
    while pending and len(found) < 8:
        node = pending.pop()
        for child in sx.children(node, "xcomp"):
            found.append(child)
            pending.append(child)
    return found
