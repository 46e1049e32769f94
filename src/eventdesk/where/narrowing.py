"""Places of a sentence that only narrow the choice: the place a report comes from, a
namesake abroad of a town's part ("the Old City of X"), a country confirming an untagged town,
a place after a comma that only says where another lies, the town a country is left from."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.where.mentions import PlaceMention
from eventdesk.where.placing import left_from, sends_people
from eventdesk.where.words import words


# The most steps from a place name up to the reporting verb whose source it names.
MAX_REPORT_CLIMB = 8


def report_origin(doc: Doc, mention: PlaceMention, trigger: Token) -> bool:
    """The place names where a report of the action comes from: it is in the subject of a
    reporting verb other than the trigger (words.tsv `report_verb`: "officials in Dhaka
    said", "satellite images reviewed by analysts in London showed"), after "according to"
    ("according to officials in Quetta"), or placing the reporting verb itself ("the
    company said in Paris")."""
    node = doc[mention.start:mention.end].root
    for _ in range(MAX_REPORT_CLIMB):
        head = node.head
        if node.i == trigger.i or head.i == node.i:
            return False
        if head.i != trigger.i and head.lemma_.lower() in words("report_verb") and (
                node.dep_ == "nsubj" or (node.dep_ == "prep" and node.lower_ in words("locative"))):
            return True
        if node.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return True
        node = head
    return False


def part_of_town(doc: Doc, mention: PlaceMention, here: list[PlaceMention]) -> bool:
    """A name right before "of", or before a part word and "of", and a town or region of
    another country ("the Old City of Hyderabad", "the Chinatown district of Honiara"): the
    name only says which part of that town, not the namesake abroad."""
    of = mention.end
    if of + 1 < len(doc) and doc[of].lower_ in words("through") and doc[of + 1].lower_ == "of":
        of += 1  # "the Chinatown district of Honiara": a part word between the name and "of"
    if of + 1 >= len(doc) or doc[of].lower_ != "of":
        return False
    return any(o.start == of + 1 and o.chosen.feature in ("city", "region")
               and o.chosen.country != mention.chosen.country for o in here)


def confirmed(mention: PlaceMention, here: list[PlaceMention]) -> bool:
    """Another place of the sentence is the country of the mention's reading."""
    return mention.chosen is not None and any(
        o is not mention and o.chosen.feature == "country" and o.chosen.country == mention.chosen.country for o in here)


def after_comma_in(doc: Doc, inner: PlaceMention, outer: PlaceMention) -> bool:
    """`outer` is in the phrase of the "in" or "on" right after `inner` and a comma ("near
    Lagos, in Portugal's Algarve region", "in Makassar, on Indonesia's Sulawesi island")."""
    i = inner.end
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("in", "on"):
        return False
    return i + 2 <= outer.start <= doc[i + 1].right_edge.i


def town_left_from(doc: Doc, country: PlaceMention, origins: list[PlaceMention]) -> PlaceMention | None:
    """A town of a country the sentence's actors leave, given as where they set out ("The
    last British troops left Iraq, flying from Basra to London", "pulled out of Chad, flying
    from Abeche"): the finer place of the leaving. None when the country is not left, or
    no origin lies in it."""
    root = doc[country.start:country.end].root
    left = left_from(root) or (root.dep_ == "dobj" and root.head.lemma_.lower() in words("leaving_verb"))
    if not left or country.chosen is None:
        return None
    return next((m for m in origins if m.chosen is not None and m.chosen.feature in ("city", "site")
                 and m.chosen.country == country.chosen.country), None)


def arrived_later(doc: Doc, mention: PlaceMention, trigger: Token) -> bool:
    """Where the actors travel or are sent in a clause joined after the trigger's ("arrested
    the pastor and then flew him to Mombasa"): the next step of the story, not where the
    trigger's action happened."""
    root = doc[mention.start:mention.end].root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "to" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = prep.head
    return (verb.dep_ == "conj" and verb.i > trigger.i and not verb.left_edge.i <= trigger.i <= verb.right_edge.i
            and (verb.lemma_.lower() in words("travel_verb") or sends_people(verb)))
