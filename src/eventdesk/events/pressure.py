"""Who a climb-down yields to: "under pressure from X, Y withdrew the bill" is Y's
concession to X. The phrase may hang on the yielding verb or on its clause's subject
("Y, under pressure from X, withdrew ..."); its noun is one of `pressure_noun`
("pressure", "criticism") with a "from" phrase, or with a name before it ("under US
pressure")."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.events import syntax as sx
from eventdesk.events.words import words

__all__ = ["pressure_targets"]


def pressure_targets(token: Token) -> list[Token]:
    """The tokens naming whoever pressed the source into the concession `token` codes."""
    holders = [token, *sx.children(token, "nsubj", "nsubjpass")]
    for holder in holders:
        for prep in sx.preps(holder):
            if sx.lemma(prep) != "under":
                continue
            for noun in sx.prep_objects(prep):
                if sx.lemma(noun) not in words("pressure_noun"):
                    continue
                found = [o for p in sx.preps(noun) if sx.lemma(p) == "from"
                         for obj in sx.prep_objects(p) for o in sx.with_conjuncts(obj)]
                found += [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss")
                          and c.pos_ in ("PROPN", "NOUN", "ADJ")]
                if found:
                    return found
    return []
