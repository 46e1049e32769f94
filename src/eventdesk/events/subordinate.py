"""Subordinate clauses whose verb is no event of its own (issue 8).

Counted on the dev sets, the gold codes few lexicon verbs in a "that" clause hung on a noun
("the fact that she resigned", "claims that the ministry broke the rules",
"fears that the unions would turn on him"): the clause gives what the noun holds —
a fact, a claim, a fear — not news of its own. A result clause after "so"/"such" ("so
many complaints that the minister called ...") is a consequence that happened, and stays.

Nor a clause after a preposition of topic ("talked about her endorsing X", "balked at
hacking the phone", "held off on backing X", "given that X backs Y"; function_words.TOPIC_PREPS): what is talked, hesitated or dwelt on, or granted.

Nor an event noun that is what another noun is about ("questions about the strikes", "a
story regarding her visit"; function_words.NOUN_TOPIC_PREPS): the topic of a question, a
point or a story, not news of its own (a verb's "asked about the strikes" is not judged here).

Nor an event noun that says what its subject is ("the sticking point was his proposal to
ban imports", "her answer was a pledge to stay"): it names a thing, no new act; "there were
talks between X and Y" (an expletive subject) stays.

Nor a participle of saying, claiming or asking set off by a comma after a verb coded as an
act ("sued the firm, claiming it had lied", "pressed the minister, insisting that he resign",
"attacked the mayor, calling him a fraud"; words: wording_participle): it gives the wording of
that act, which the gold codes once, at the main verb. The callers check that the main verb
carries an event.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.events import syntax as sx
from eventdesk.events.function_words import NOUN_TOPIC_PREPS, TOPIC_PREPS
from eventdesk.events.words import words

__all__ = ["noun_content", "noun_topic", "predicate_noun", "topic_clause", "wording_of"]

# Degree words that make a "that" clause after a noun a result, not the noun's content.
RESULT_DEGREE = frozenset({"so", "such"})


def noun_content(token: Token) -> bool:
    """Whether `token` heads (or is conjoined in) a "that" clause giving a noun's content."""
    clause = _first_conjunct(token)
    if clause.dep_ != "acl" or not sx.is_verb(clause) or not sx.has_mark(clause, ("that",)):
        return False
    noun = clause.head
    if not sx.is_noun(noun):
        return False
    return not any(t.lower_ in RESULT_DEGREE for t in noun.subtree if t.i < noun.i)


def topic_clause(token: Token) -> bool:
    """Whether `token` heads (or is conjoined in) a clause after a preposition of topic
    ("about", "at", "on", "given")."""
    clause = _first_conjunct(token)
    if clause.dep_ != "pcomp" or not sx.is_verb(clause):
        return False
    return clause.head.lower_ in TOPIC_PREPS


def noun_topic(token: Token) -> bool:
    """Whether an event noun `token` (or the first of its conjuncts) stands in an
    "about"/"regarding"/"concerning" phrase hung on another noun."""
    if not sx.is_noun(token):
        return False
    anchor = sx.position(_first_conjunct(token))
    prep = anchor.head
    # ("regarding", "concerning" may be parsed as participles: acl, their noun a dobj)
    return (anchor.dep_ in ("pobj", "dobj") and prep.lower_ in NOUN_TOPIC_PREPS and prep.dep_ in ("prep", "acl")
            and prep.head.i != prep.i and sx.is_noun(prep.head))


def predicate_noun(token: Token) -> bool:
    """Whether an event noun `token` is the predicate noun of "be" with a subject that is
    no expletive "there"."""
    if not sx.is_noun(token):
        return False
    anchor = sx.position(_first_conjunct(token))
    verb = anchor.head
    return (anchor.dep_ == "attr" and verb.i != anchor.i and sx.lemma(verb) == "be"
            and not sx.children(verb, "expl") and bool(sx.children(verb, "nsubj")))


def wording_of(token: Token) -> Token | None:
    """The verb whose act `token` words, when `token` is a wording participle set off by a
    comma after it ("sued X, claiming ..."); else None."""
    if token.dep_ != "advcl" or token.tag_ != "VBG" or sx.lemma(token) not in words("wording_participle"):
        return None
    head = token.head
    if head.i >= token.i or not sx.is_verb(head) or token.i == 0 or token.doc[token.i - 1].text != ",":
        return None
    return head


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token
