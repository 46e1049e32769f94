"""Subordinate clauses whose verb is no event of its own (issue 8).

Counted on the dev sets, the gold codes few lexicon verbs in a "that" clause hung on a noun
("the fact that she resigned", "claims that the ministry broke the rules",
"fears that the unions would turn on him"): the clause gives what the noun holds —
a fact, a claim, a fear — not news of its own. A result clause after "so"/"such" ("so
many complaints that the minister called ...") is a consequence that happened, and stays.

Nor a clause after a preposition of topic ("talked about her endorsing X", "balked at
hacking the phone", "held off on backing X", "given that X backs Y"; function_words.TOPIC_PREPS): what is talked, hesitated or dwelt on, or granted.

Nor a participle of saying, claiming or asking set off by a comma after a verb coded as an
act ("sued the firm, claiming it had lied", "pressed the minister, insisting that he resign",
"attacked the mayor, calling him a fraud"; words: wording_participle): it gives the wording of
that act, which the gold codes once, at the main verb. The callers check that the main verb
carries an event.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.events import syntax as sx
from eventdesk.events.function_words import TOPIC_PREPS
from eventdesk.events.words import words

__all__ = ["noun_content", "topic_clause", "wording_of"]

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
