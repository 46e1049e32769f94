"""Coordinated verbs that share an object across a stranded preposition: "met with and
praised X", "spoke to and thanked X" — the first verb's preposition has no object of its
own, and the object of the verb conjoined right after it is that preposition's object too.
Kept apart from syntax (which calls it) and free of its imports.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.nlp import children_of

# What may stand between the stranded preposition and the conjoined verb ("with and later").
BETWEEN_DEPS = frozenset({"cc", "punct", "advmod"})
OBJECT_DEPS = frozenset({"dobj", "obj"})


def _verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def stranded_objects(prep: Token) -> list[Token]:
    """The object of the verb conjoined after `prep`'s verb when `prep` is stranded right
    before the conjunction ("met with and praised the minister": the minister); [] when
    the preposition has an object or the construction is another."""
    verb = prep.head
    if prep.dep_ != "prep" or not _verb(verb) or prep.i < verb.i or any(
            c.dep_ in ("pobj", "pcomp", "prep") for c in children_of(prep)):
        return []
    doc = prep.doc
    for conj in children_of(verb):
        if conj.dep_ != "conj" or conj.i < prep.i or not _verb(conj):
            continue
        between = doc[prep.i + 1:conj.i]
        if (0 < len(between) <= 3 and any(t.dep_ == "cc" for t in between)
                and all(t.dep_ in BETWEEN_DEPS for t in between)
                and not any(c.dep_ == "auxpass" for c in children_of(conj))):
            return [o for o in children_of(conj) if o.dep_ in OBJECT_DEPS]
    return []
