"""One person's titles joined by "and": "Former prosecutor and City Mayor Jan Kowal",
"Party Chairman and Defence Minister Ali Reza". A bare singular title (no article, no
possessive, no name of its own) cannot name someone by itself in running English; joined
to one person's name it is another title of that person, not a second actor. A title
with an article ("the president and Prime Minister Modi") or with its own name
("Senator Pratt and Governor Dunn") stays a person of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.actors.index import DocIndex
from eventdesk.actors.phrases import is_title
from eventdesk.nlp import children_of

# Children that make a title a phrase of its own: an article, a possessive, a number.
_DETERMINING = frozenset({"det", "poss", "nummod", "predet"})


def titles_person(head: Token, index: DocIndex) -> Token | None:
    """The one named person a bare title `head` is another title of, else None."""
    if not _bare_title(head, index):
        return None
    conjuncts = [c for c in children_of(head) if c.dep_ == "conj"]
    joiners = [c for c in children_of(head) if c.dep_ == "cc"]
    if len(conjuncts) != 1 or [c.lower_ for c in joiners] != ["and"]:
        return None
    person = conjuncts[0]
    if any(c.dep_ in ("conj", "cc") or c.dep_ in _DETERMINING for c in children_of(person)):
        return None
    if person.i not in index.persons or not _titled_name(person, index):
        return None
    return person


def _bare_title(head: Token, index: DocIndex) -> bool:
    if head.pos_ not in ("NOUN", "PROPN") or head.tag_ in ("NNS", "NNPS") or head.i in index.persons:
        return False
    if not is_title(head.i, index):
        return False
    return not any(c.dep_ in _DETERMINING or c.dep_ != "conj" and c.i in index.persons for c in children_of(head))


def _titled_name(person: Token, index: DocIndex) -> bool:
    """The name carries a title of its own before it ("City Mayor Jan Kowal"), so the
    joined words read as one run of titles."""
    return any(is_title(t.i, index) for t in person.subtree if t.i < person.i)
