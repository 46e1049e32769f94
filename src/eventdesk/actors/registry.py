"""The person registry: the persons a document names with a title, a known country or in
full, so that a later bare surname ("Vesper", "Mr. Lou") is known again as the same actor.

Filling it composes each name's actors (`compose.actors_for_head` without the registry),
and composing a bare name reads it: the two call each other, so the import of compose is
made at call time.
"""

from __future__ import annotations

from spacy.tokens import Span

from eventdesk.actors.index import DocIndex
from eventdesk.actors.lexicon import norm
from eventdesk.actors.persons import first_word_key, full_name, person_shaped
from eventdesk.actors.phrases import climb
from eventdesk.model import Actor
from eventdesk.nlp import doc_published


def person_registry(index: DocIndex) -> list[tuple[int, str, Actor]]:
    """Persons the doc names with a title or a known country, or in full (a first name and
    a surname: "Dale Vesper", whom a reader knows again as "Vesper"), in text order (filled
    once)."""
    if index.registry is None:
        doc = index.doc
        registry = []
        seen: set[int] = set()
        for ent in doc.ents:
            if not (ent.label_ == "PERSON" or ent.label_ == "ORG" and person_shaped(ent)) or ent.start in seen:
                continue
            seen.add(ent.start)
            for actor in _registry_actors(ent, index):
                actor = _member_of(actor, ent)
                if actor.kind == "person" and actor.name and (actor.code or full_name(actor.name)):
                    registry.append((ent.start_char, norm(actor.name), actor))
                    first = first_word_key(index, ent, actor)
                    if first is not None:  # "Lou Jiwei" ... "Mr. Lou"
                        registry.append((ent.start_char, first, actor))
        index.registry = registry
    return index.registry


def _member_of(actor: Actor, ent: Span) -> Actor:
    """A person's name that the parse folds into an organisation's phrase ("Democratic
    Party donor Harold Brennan" read as the party): the person, of the organisation's
    country, for the registry, so that "Brennan" later is that country's and not the
    dateline's; any other actor unchanged."""
    if actor.kind != "organization" or not actor.country or ent.label_ != "PERSON" \
            or not (actor.start <= ent.start_char and ent.end_char <= actor.end):
        return actor
    return Actor(text=ent.text, start=ent.start_char, end=ent.end_char, code=actor.country,
                 country=actor.country, sectors=[], name=ent.text, kind="person")


def _registry_actors(ent: Span, index: DocIndex) -> list[Actor]:
    """The actors a person's name gives the registry: those of the title phrase the name
    stands in apposition to ("the finance minister, Lou Jiwei"), when it names the person,
    else the name's own."""
    from eventdesk.actors.compose import actors_for_head

    published = doc_published(index.doc)
    if ent.root.dep_ == "appos" and ent.root.head.i < ent.start:
        found = [a for a in actors_for_head(climb(ent.root, index), index, published, use_registry=False)
                 if a.kind == "person" and a.start <= ent.start_char and ent.end_char <= a.end]
        if found:
            return found
    return actors_for_head(ent.root, index, published, use_registry=False)
