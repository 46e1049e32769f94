"""Who does what a cue says where the parse names no subject for it: the noun a participle
runs on ("a group backing the mayor"), a verb hung loosely on another ("waved, then leaned in
and boomed: ..."), a name the parser put in apposition before the verb's comma. Used by
statements.speakers.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.lang import PEOPLE_PRONOUNS
from eventdesk.nlp import children_of
from eventdesk.statements.lexicon import load_lexicon, words_with_role


def loose_verb(verb: Token) -> bool:
    """A verb the parser hangs on another with no relation named ("The governor waved,
    then leaned in and boomed: ..."): it shares that verb's subject."""
    return verb.dep_ == "dep" and verb.pos_ == "VERB" and verb.head.pos_ == "VERB" and verb.head.i < verb.i


def name_before_comma(verb: Token) -> Token | None:
    """The subject of a verb the parser left without one, set off from it by a comma
    ("In a statement to the Herald, her chief of staff, Tom Reyes, said: ..." parsed with
    the name in apposition to "the Herald"): the name right before that comma."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    name = doc[verb.i - 2]
    if name.pos_ != "PROPN" or name.dep_ not in ("appos", "conj", "npadvmod") or name.head.i > verb.i:
        return None
    return name


def doer_noun(participle: Token, cue_lemmas: set[str]) -> bool:
    """Is the noun a participle runs on, with no comma between, the one who does it? A
    person or a body ("gave $2 million to a group backing the mayor", "voters opposing the
    levy"); not a thing or an occasion of speaking ("issued a statement saying", "filed
    papers opposing"), which speaks for whoever gives it, nor the one spoken to ("emailed
    supporters saying ...")."""
    noun = participle.head
    occasions = words_with_role("occasion")
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in cue_lemmas:
        return False
    if noun.dep_ == "pobj":
        prep = noun.head
        if prep.lower_ in words_with_role("setting"):
            return False  # "spoke during the convention showing ...": the parser's attachment
        if any(c.dep_ == "dobj" and c.lemma_.lower() in occasions for c in children_of(prep.head)):
            return False  # "sent a letter to the leaders opposing ...": the letter's
    return (
        noun.i < participle.i
        and participle.doc[participle.i - 1].text not in (",", "—", "–", "-", ";", ":")
        and (noun.ent_type_ in ("PERSON", "ORG", "NORP") or _role_kind(noun) in ("person", "organization") or noun.lower_ in PEOPLE_PRONOUNS)
    )


def _role_kind(noun: Token) -> str | None:
    """The kind (person, organization, document, ...) of a role noun ("pastors", "a group")."""
    roles = load_lexicon().roles
    entry = roles.get(noun.lemma_.lower()) or roles.get(noun.lower_)
    return entry.kind if entry is not None else None


_CONTRACTED = ("'s", "’s")
_NO_DOER = {"it", "that", "what", "this", "which"}


def contracted_doer(verb: Token) -> Token | None:
    """ "He's said the fund is safe", "she's long argued that ...": the parser reads the
    "'s" of "has" as the "is" of a passive. A passive verb of saying takes no clause with a
    subject or a "that" of its own ("is said to be ..."), so with one it is "has", and the
    passive subject is the doer. Not "it's said that ...", a passive with nobody named."""
    aux = [c for c in children_of(verb) if c.dep_ == "auxpass"]
    if len(aux) != 1 or aux[0].lower_ not in _CONTRACTED or aux[0].i > verb.i:
        return None
    if any(w.dep_ not in ("advmod", "neg") for w in verb.doc[aux[0].i + 1 : verb.i]):
        return None
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubjpass" and c.i < aux[0].i), None)
    if subject is None or subject.lower_ in _NO_DOER:
        return None
    for clause in children_of(verb):
        if clause.dep_ == "ccomp" and clause.i > verb.i and any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") or (c.dep_ == "mark" and c.lower_ == "that") for c in children_of(clause)
        ):
            return subject
    return None
