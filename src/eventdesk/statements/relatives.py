"""Speakers and relative clauses, as news annotators (PolNeAR) draw them: a speaker who
speaks inside a relative clause is written as its relative pronoun ("Ana Ruiz, who rose at the
hearing to criticize the budget": "who" criticizes), and a speaker's written
phrase stops before a clause set off after it that holds speech of its own ("The mayor, who
said the port would close, resigned": the mayor's phrase is "The mayor"). On PolNeAR's
train split the source is the relative pronoun 458 times against about a dozen for its
antecedent, and no source takes in another attribution's cue."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.lang import RELATIVE_PRONOUNS
from eventdesk.nlp import children_of

# The links by which a cue with no subject of its own goes on from the verb of its clause:
# joined to it ("who backed Ruiz and endorsed Hale"), its infinitive or participle ("who
# rose at the hearing to criticize the budget", "who spent the day talking about").
_GOES_ON_FROM = ("conj", "xcomp", "advcl")
# How far such links are followed up.
_MAX_LINKS = 4
_OPEN, _CLOSE = "([", ")]"
_SETOFF = {",", "(", "—", "–", "--"}


def relative_subject(cue: Token | None) -> Token | None:
    """The relative pronoun that is the subject of the relative clause a cue speaks in: the
    cue's own subject ("who said"), or the subject of the verb it goes on from with no
    subject of its own (_GOES_ON_FROM); None when a subject of another kind comes first."""
    verb = cue
    for _ in range(_MAX_LINKS + 1):
        if verb is None:
            return None
        subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            first = subjects[0]
            return first if verb.dep_ == "relcl" and first.lower_ in RELATIVE_PRONOUNS else None
        if verb.dep_ not in _GOES_ON_FROM or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def before_speech(doc: Doc, end: int, last: int, speaks) -> int:
    """The end (exclusive) of a speaker phrase `doc[.. end]` followed by set-off words up to
    `last`, without the first set-off part that holds speech of its own (a token for which
    `speaks` is true) and all after it: "Rich Lee, a pollster, who said ..." ends after
    "a pollster"; `last` when no part does."""
    depth, part_start = 0, end
    for k in range(end, last):
        token = doc[k]
        if depth == 0 and token.text in _SETOFF:
            part_start = k
        if token.text in _OPEN:
            depth += 1
        elif token.text in _CLOSE:
            depth = max(0, depth - 1)
        if speaks(token):
            return _without_marks(doc, max(part_start, _clause_start(token, end)), end)
    return last


def _clause_start(token: Token, floor: int) -> int:
    """Where the clause that holds `token` begins, when it is a relative clause or a
    participle hung inside the phrase after `floor` ("a pollster who said ...")."""
    node = token
    while node.head.i != node.i and node.head.i >= floor:
        if node.dep_ in ("relcl", "acl"):
            return node.left_edge.i
        node = node.head
    return node.left_edge.i if node.dep_ in ("relcl", "acl") else floor


def _without_marks(doc: Doc, stop: int, floor: int) -> int:
    while stop > floor and (doc[stop - 1].is_punct or doc[stop - 1].is_space):
        stop -= 1
    return stop
