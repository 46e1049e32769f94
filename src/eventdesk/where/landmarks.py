"""A landmark that acts: a site that is itself the subject of the sentence's main clause
("Taal volcano spewed ash", "The Hunga Tonga-Hunga Ha'apai volcano erupted", "A chunk of
the Marmolada glacier collapsed") is where the action happens, before a region or country
of its own country that the sentence names further on ("... classes in nearby towns in
Puebla state") or a place named only to say where it lies ("near the lake south of
Manila")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.where.mentions import PlaceMention
from eventdesk.where.words import words

SUBJECT_DEPS = ("nsubj", "nsubjpass")


def _names_subject(root: Token, subject: Token) -> bool:
    """The site's name is the subject, names the site word that is ("the X volcano"), or is
    the "of" of the subject ("a chunk of the X glacier")."""
    node = root
    if node.dep_ in ("compound", "nmod", "amod") and node.head.i != node.i and (
            node.head.lower_ in words("site_word") or node.head.lower_ in words("landmark_word")):
        node = node.head
    if node.i == subject.i:
        return True
    return node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i == subject.i


def subject_site(doc: Doc, trigger: Token, sentence: int, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The site of `sentence` that is the subject of the main clause the trigger is in."""
    main = trigger.sent.root
    subjects = [c for c in main.children if c.dep_ in SUBJECT_DEPS]
    for mention in mentions:
        if (mention.sentence != sentence or mention.role != "place" or mention.chosen is None
                or mention.chosen.feature != "site" or mention.chosen.country is None
                or mention.placing == "origin"):
            continue
        root = doc[mention.start:mention.end].root
        if any(_names_subject(root, s) for s in subjects):
            return mention
    return None


def _reference_point(doc: Doc, mention: PlaceMention) -> bool:
    """"south of Manila": a place named only to say where another lies."""
    head = doc[mention.start:mention.end].root.head
    return head.lower_ == "of" and head.head.lower_ in words("direction")


def with_subject_site(doc: Doc, trigger: Token | None, sentence: int, mentions: list[PlaceMention],
                      found: PlaceMention | None) -> PlaceMention | None:
    """`found`, or the subject site of the sentence when it is finer: when nothing else places
    the action, or `found` is a region or country of the site's own country, or only a
    reference point."""
    if trigger is None:
        return found
    site = subject_site(doc, trigger, sentence, mentions)
    if site is None or site is found:
        return found
    if found is None or _reference_point(doc, found) or (
            found.chosen is not None and found.chosen.feature in ("region", "country")
            and found.chosen.country == site.chosen.country):
        return site
    return found
