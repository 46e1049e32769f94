"""Organisations no dictionary lists, named by the text: "Acme Widgets Inc.", "the Riverside
Gazette", "the Lakeland Teachers Union". An ORG entity, or a capitalised name headed by an
organisation word, names an organisation; its sector comes from the words of its name
(data/org_names.tsv), its country from a country word in it ("the Kenya Traders Association")
or, later, from the story (eventdesk.events.actor_layer). A name headed by a word of a law,
an event, a prize or a building ("the Clean Water Act", "the Grand Tower") names no actor.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventdesk.actors.index import DocIndex
from eventdesk.actors.phrases import Phrase
from eventdesk.actors.words import org_name_words, place_nouns

NOT_ORG = "not_org"


def _word(token: Token) -> str:
    return token.lower_.rstrip(".")


def name_span(phrase: Phrase, index: DocIndex) -> Span | None:
    """The organisation's name in the phrase: the ORG entity at its head, else a
    capitalised organisation word heading proper nouns ("the Lakeland Teachers Union",
    "Bank of Nowhere"), else None."""
    head = phrase.head
    if head.i in index.persons:
        return None
    if head.i in index.orgs:
        return index.orgs[head.i]
    if not head.text[:1].isupper() or org_name_words().get(_word(head), NOT_ORG) == NOT_ORG:
        return None
    doc = head.doc
    named = [i for i in phrase.levels if phrase.levels[i] <= 1 and i != head.i
             and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and i not in index.at]
    if not named:
        return None
    start = min([head.i, *named])
    end = max([head.i, *named]) + 1
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    return doc[start:end]


def not_an_org(span: Span) -> bool:
    """The name is a law's, a plan's, an event's, a prize's or a building's ("the Clean
    Water Act", "the Spring Summit"): its head word or its last word says so, or the
    acronym stands for such a name ("the Clean Water Act (CWA)"). Or the name only
    names a place or a plan by the common noun after it ("the Nakyal sector", "the EB-5
    program")."""
    classes = org_name_words()
    words = [t for t in span if not t.is_punct]
    if not words:
        return False
    if NOT_ORG in (classes.get(_word(span.root)), classes.get(_word(words[-1]))):
        return True
    root = span.root
    if root.dep_ == "compound" and root.head.text.islower() and not span.start <= root.head.i < span.end \
            and (classes.get(_word(root.head)) == NOT_ORG or root.head.lower_ in place_nouns()):
        return True
    return len(words) == 1 and words[0].text.isupper() and _spelt_out_as_no_org(words[0])


def _spelt_out_as_no_org(acronym: Token) -> bool:
    """The text spells the acronym out, in brackets after a name, and that name is a
    law's, an event's, a building's ("the Clean Water Act (CWA)")."""
    doc = acronym.doc
    spelt = doc.user_data.get("eventdesk_no_org_acronyms")
    if spelt is None:  # one pass over the document, not one per acronym
        classes = org_name_words()
        spelt = doc.user_data["eventdesk_no_org_acronyms"] = frozenset(
            token.text for token in doc[2:]
            if doc[token.i - 1].text == "(" and classes.get(_word(doc[token.i - 2])) == NOT_ORG)
    return acronym.text in spelt


def name_sectors(span: Span) -> list[str]:
    """The sector the words of an organisation's name give it: its head word's, else that
    of its last word that has one ("Bank of Nowhere": BUS; "Acme Widgets Inc.": BUS)."""
    classes = org_name_words()
    for token in [span.root, *reversed(span)]:
        found = classes.get(_word(token))
        if found == NOT_ORG:
            return []
        if found is not None and token.text[:1].isupper():
            return [found]
    return []
