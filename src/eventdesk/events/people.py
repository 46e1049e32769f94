"""Ordinary people as actors: a specific group of people no lexicon entry names ("three women",
"several men", "a man from Ohio", "the women who accused him", "families of the victims") is a
civilian actor (CVL) when an event is done by or to it. Its country is the one its phrase names
("a man from Ohio"), else the sentence's or the story's (actor_phrases.with_country), as for
any actor the text names without one.

Only a specific reference makes such an actor: a number or quantifier ("three women", "several
men", "dozens of women"), "a"/"one" ("a woman", "one man"), a definite phrase that says which
ones ("the women who ...", "the families of the victims"), or a bare plural in a clause that
tells what happened ("women marched", "women have accused him"). "Women accuse men of ..." in
the simple present, "the woman" alone (a speaker named before; see the statement stage's
speaker-only role words) and "every woman", "any man" stay no actor. Word lists in
data/words.tsv: ordinary_person, specific_det, public_noun; quantity_noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.events import syntax as sx
from eventdesk.events.words import words
from eventdesk.model import Actor
from eventdesk.nlp import children_of

# Dependencies of a phrase that say which people it means ("the women who accused him",
# "the man arrested on Monday", "the families of the victims").
IDENTIFYING_DEPS = frozenset({"relcl", "acl"})
# Prepositions that say which people ("of the victims", "from Ohio", "in the crowd").
IDENTIFYING_PREPS = frozenset({"of", "from", "in", "at", "near"})
# Prepositions whose object is a place that gives the people their country ("a man from Ohio").
HOME_PREPS = frozenset({"from", "in", "of"})
# Determiners of a definite or a generic phrase: they need a phrase that says which people.
DEFINITE_DETS = frozenset({"the"})
NONE_DETS = frozenset({"no", "every", "each", "all", "any", "either", "neither"})
# "a woman" names a party of an event only as its doer ("a man stabbed a councillor"); as an
# object it is someone met along the way ("Clinton met a woman who had lost her job").
INDEFINITE_DETS = frozenset({"a", "an"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Positions in which a noun describes its head or its subject rather than naming someone.
DESCRIBING_DEPS = frozenset({"compound", "amod", "nmod", "attr", "appos", "npadvmod", "acomp"})


def ordinary_noun(token: Token) -> bool:
    """A common noun of ordinary people (`ordinary_person`, or a `civilian_noun` that names
    no electorate: "parents", "families", not "voters"), or "member(s) of the public"."""
    if token.pos_ != "NOUN":
        return False
    lemma = sx.lemma(token)
    if lemma in words("ordinary_person") or lemma in words("civilian_noun") and lemma not in words("voter_noun"):
        return True
    return lemma == "member" and any(sx.lemma(o) in words("public_noun")
                                     for p in sx.preps(token) if sx.lemma(p) == "of"
                                     for o in sx.children(p, "pobj"))


def specific_people(ctx, token: Token) -> list[Actor]:
    """The civilians a phrase headed by an ordinary-person noun names when it refers to
    particular people; [] otherwise (see the module's docstring)."""
    if not ordinary_noun(token) or token.dep_ in DESCRIBING_DEPS or not specific(token):
        return []
    first = min((t for t in token.subtree if t.i <= token.i), key=lambda t: t.i)
    while first.i < token.i and first.is_punct:
        first = first.doc[first.i + 1]
    start, end = first.idx, token.idx + len(token)
    country = home_country(ctx, token)
    code = ("" if country is None else country) + "CVL"
    return [Actor(text=token.doc.text[start:end], start=start, end=end, code=code, country=country,
                  sectors=["CVL"], kind="group" if token.tag_ == "NNS" else "person")]


def specific(token: Token) -> bool:
    """Whether the phrase means particular people: counted or quantified, with "a"/"one" (a
    singular "a" only as the subject),
    counted by a quantity phrase above it, in the plural made definite by what it says of
    them ("the women who ..."; "the man who ..." is as often a politician the story names),
    or a bare plural that a verb telling what happened has for subject or object (not what
    people do in the simple present, not what they may or should do)."""
    dets = [c for c in children_of(token) if c.dep_ in ("det", "predet", "poss")]
    low = {c.lower_ for c in dets}
    if low & NONE_DETS or low & words("free_choice_det"):
        return False
    if token.tag_ == "NN" and low & INDEFINITE_DETS and token.dep_ not in SUBJECT_DEPS:
        return False  # "met a woman who had lost her job": someone met on the way, no party
    if any(c.dep_ == "nummod" or c.dep_ in ("det", "amod", "quantmod") and c.lower_ in words("specific_det")
           for c in children_of(token)):
        return True  # "three women", "several men", "a woman", "one man"
    if _counted(token):
        return True  # "dozens of women", "a group of parents", "some of the families"
    if token.tag_ != "NNS" or sx.lemma(token) in words("anyone_noun"):
        return False  # "the woman": someone named before; "individuals who ...": anyone who is
    if low <= DEFINITE_DETS and _identified(token):
        return True  # "the women who ...", "families of the victims"
    if dets:
        return False  # "the women", "her children": named before, or relatives
    return _happened(token)


def generic(token: Token) -> bool:
    """Whether the phrase means people in general rather than any in particular: "every
    man", "any woman", "no children", or a bare plural that is no one counted, said which or
    caught in a verb telling what happened ("police arrest people", "to protect children").
    A definite phrase ("the victims", "the women") refers back to people the story has in
    mind, so it is not generic (though not `specific` enough to make an actor of its own)."""
    dets = [c for c in children_of(token) if c.dep_ in ("det", "predet", "poss")]
    low = {c.lower_ for c in dets}
    if low & NONE_DETS or low & words("free_choice_det"):
        return True
    if dets or token.tag_ != "NNS":
        return False
    return not specific(token)


def _counted(token: Token) -> bool:
    """The object of "of" after a number or a quantity noun ("dozens of women")."""
    if token.dep_ != "pobj" or sx.lemma(token.head) != "of":
        return False
    above = token.head.head
    return above.pos_ == "NUM" or sx.lemma(above) in words("quantity_noun") and sx.lemma(above) not in NONE_DETS


def _identified(token: Token) -> bool:
    """A clause or a prepositional phrase that says which people ("the women who accused
    him", "the man arrested on Monday", "the families of the victims")."""
    if any(c.dep_ in IDENTIFYING_DEPS for c in children_of(token)):
        return True
    return any(sx.lemma(p) in IDENTIFYING_PREPS and sx.children(p, "pobj") for p in sx.preps(token))


def _happened(token: Token) -> bool:
    """Whether the noun is the subject or object of a verb that tells what happened: the
    past, the perfect or the progressive ("women marched", "have accused him", "were
    attacked", "are protesting"), not the simple present ("women accuse men"), a modal or
    an infinitive ("should speak", "to support adults")."""
    node = token
    while node.dep_ == "conj":
        node = node.head
    if node.dep_ == "pobj":
        node = node.head
    if node.dep_ not in ("nsubj", "nsubjpass", "dobj", "prep", "dative") or not sx.is_verb(node.head):
        return False
    verb = node.head
    auxes = sx.children(verb, "aux", "auxpass")
    tags = {verb.tag_} | {a.tag_ for a in auxes}
    if "MD" in tags or any(a.lower_ == "to" for a in auxes):
        return False
    if "VBD" in tags or any(sx.lemma(a) == "have" for a in auxes):
        return True
    return verb.tag_ == "VBG" and any(sx.lemma(a) == "be" for a in auxes)


def home_country(ctx, token: Token) -> str | None:
    """The country a place in the phrase gives the people ("a man from Ohio", "women in
    Kenya"), or None."""
    for prep in sx.preps(token):
        if sx.lemma(prep) not in HOME_PREPS:
            continue
        for place in sx.prep_objects(prep):
            for actor in ctx.actors.resolve(place):
                if actor.country and actor.kind == "state":
                    return actor.country
    return None
