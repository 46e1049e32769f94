"""A person's gender as the text tells it, for the personal pronouns ("he", "she") to agree
with (eventdesk.actors.coref). The text tells it by an honorific written with the name
("Mrs. Ana Soto", "Mr. Soto"; data/honorifics.tsv) or by a gendered noun that describes the
person ("congresswoman Ana Soto", "his wife, Ana Soto", "Ana Soto, a businesswoman";
the `gender` column of data/roles.tsv). A title that both men and women hold ("Sen.",
"President") tells nothing; nor does a first name (no list of names is kept).

Every mention of one person counts: a person is known by the last word of her name
("Mrs. Soto" and "Ana Soto" are one person), and two mentions that disagree tell nothing.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from eventdesk.errors import LexiconError
from eventdesk.model import Actor
from eventdesk.nlp import children_of
from eventdesk.tables import tsv_rows

_GENDERS = ("m", "f")
# Relations of a word to a name it describes: "congresswoman Ana Soto" (compound), "Ana
# Soto, a businesswoman" (appos).
_DESCRIBING = ("compound", "amod", "nmod")


def _data(name: str):
    return resources.files("eventdesk.actors").joinpath("data", name)


@lru_cache(maxsize=1)
def honorifics() -> dict[str, str]:
    """Honorifics written before a name (lower case, no full stop) -> "m" or "f"
    (data/honorifics.tsv)."""
    found: dict[str, str] = {}
    path = _data("honorifics.tsv")
    for number, (word, gender) in tsv_rows(path, width=2):
        if gender not in _GENDERS:
            raise LexiconError(f"{path}:{number}: gender must be m or f, found {gender!r}")
        found[word.lower()] = gender
    return found


@lru_cache(maxsize=1)
def gender_nouns() -> dict[str, str]:
    """One-word role and kin nouns that tell a gender ("congresswoman", "wife") -> "m" or
    "f" (the `gender` column of data/roles.tsv)."""
    found: dict[str, str] = {}
    for _, fields in tsv_rows(_data("roles.tsv")):
        phrase, gender = fields[0].lower(), fields[-1]
        if gender in _GENDERS and " " not in phrase:
            found[phrase] = gender
    return found


def person_key(actor: Actor) -> str | None:
    """What names one person in a text: the last word of the mention ("Soto" for "Mrs.
    Soto", "Ana Soto", "Soto's"), lower case; None for a mention with no capitalised word
    ("the senator")."""
    words = [w for w in actor.text.replace("'s", " ").replace("\u2019s", " ").split() if w[:1].isupper()]
    return words[-1].strip(".,").lower() if words else None


def marked_gender(doc: Doc, actor: Actor) -> str | None:
    """The gender this one mention of a person tells by an honorific or a gendered noun
    that describes it, else None (also when two words disagree)."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return None
    found: set[str] = set()
    before = doc[span.start - 1] if span.start > 0 else None
    for token in (before, *span):
        if token is not None and token.lower_.rstrip(".") in honorifics():
            found.add(honorifics()[token.lower_.rstrip(".")])
    root = span.root
    describing = [*span, *(c for c in children_of(root) if c.dep_ == "appos"),
                  *(t for t in root.lefts if t.dep_ in _DESCRIBING)]
    if root.dep_ == "appos":
        describing.append(root.head)  # "his wife, Ana Soto"
    for token in describing:
        gender = gender_nouns().get(token.lemma_.lower()) or gender_nouns().get(token.lower_)
        if gender:
            found.add(gender)
    return found.pop() if len(found) == 1 else None


__all__ = ["gender_nouns", "honorifics", "marked_gender", "person_key"]
