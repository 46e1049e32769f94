"""Where the parser hangs what a cue reports: the "that" clause of a noun, the clause after
a noun of saying, a to-infinitive. Pure parse lookups, used by the clause frames
(`eventdesk.statements.clauses`) and the noun cues (`eventdesk.statements.nouns`)."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.nlp import children_of
from eventdesk.statements.discourse import RELATIVE_PRONOUNS
from eventdesk.statements.lexicon import words_with_role


def clause_after_noun(cue: Token) -> Token | None:
    """ "said in a statement that ...", "told a press conference that ...": the parser
    hangs the clause on the noun, sometimes as a relative clause with "that" for its object."""
    nouns = [n for prep in children_of(cue) if prep.dep_ == "prep" for n in children_of(prep) if n.dep_ == "pobj"]
    if cue.lemma_.lower() in words_with_role("addressee"):
        nouns += [c for c in children_of(cue) if c.dep_ in ("dobj", "dative")]
    for noun in nouns:
        clause = that_clause_of(noun)
        if clause is not None:
            return clause
    return None


def that_clause_of(noun: Token) -> Token | None:
    """The "that" clause a noun takes as its content ("a statement that ...", "the claim
    that ..."), not a relative clause ("the claim that he made")."""
    for clause in children_of(noun):
        if clause.dep_ not in ("acl", "relcl", "ccomp") or clause.i < noun.i:
            continue
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(clause)):
            return clause
        # A relative "that" would be the clause's subject or leave a gap; a clause
        # with a subject of its own after "that" is what was said.
        first = clause.doc[clause.left_edge.i]
        subjects = [c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if first.lower_ == "that" and subjects and all(c.lower_ not in RELATIVE_PRONOUNS for c in subjects):
            return clause
    return None


def introduced_by_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause)) or (
        clause.doc[clause.left_edge.i].lower_ == "that"
    )


# The words that open a reported clause; any other subordinator ("as", "before", "when")
# opens a clause of time or manner that the parser may label a complement.
COMPLEMENTIZERS = {"that", "whether", "if"}


def adverbial_mark(clause: Token) -> bool:
    """Is the clause opened by a subordinator other than a complementizer ("she said as
    the crowd jeered", "an hour before the meeting was set to begin")?"""
    return any(c.dep_ == "mark" and c.lower_ not in COMPLEMENTIZERS for c in children_of(clause))


def has_to(verb: Token) -> bool:
    """Is the verb a to-infinitive ("to leave")?"""
    return any(c.lower_ == "to" and c.dep_ != "prep" for c in children_of(verb))


def infinitive_after_relative(noun: Token) -> Token | None:
    """The to-infinitive a parser hung inside a relative clause on `noun`, at its end."""
    for relcl in (c for c in children_of(noun) if c.dep_ in ("relcl", "acl")):
        for verb in relcl.subtree:
            if verb.dep_ in ("advcl", "xcomp") and verb.i != relcl.i and has_to(verb) and verb.right_edge.i == noun.right_edge.i:
                return verb
    return None


def beyond_semicolon(clause: Token, cue: Token, in_quote) -> bool:
    """A clause before the cue with a semicolon or colon between them ("Most said they were
    tired; a third said ...") is a sentence of its own, no clause the cue reports."""
    if clause.i > cue.i:
        return False
    return any(t.text in (";", ":") and not in_quote(t) for t in cue.doc[clause.right_edge.i + 1 : cue.i])


def gerund_subject_clause(children: list[Token], cue: Token) -> Token | None:
    """ "said legalizing it could create jobs": a clause whose subject is a gerund, which
    the parser may make the cue's complement, the clause's verb hanging below it."""
    for child in children:
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i == cue.i + 1:
            if any(c.dep_ == "ccomp" and c.i > child.i and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for c in child.children):
                return child
    return None


def verbless_clause(clause: Token) -> bool:
    """ "told reporters that the judge was biased against him": a clause the parser heads by
    its adjective or noun, not by the copula, is still a clause when it has a subject and a
    "that" or the copula ("was", "had been") hung on that head; a bare small clause ("found
    the hikers alive") has neither."""
    if clause.pos_ not in ("ADJ", "NOUN", "PROPN"):
        return False
    kids = children_of(clause)
    if clause.pos_ != "ADJ" and _misparsed_that_clause(clause, kids):
        return True
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        return False
    return any((c.dep_ == "mark" and c.lower_ == "that") or c.dep_ in ("aux", "auxpass", "cop") for c in kids)


def _misparsed_that_clause(noun: Token, kids: list[Token]) -> bool:
    """ "stated that the board's review of the vote is free of influence": a "that" clause the
    parser heads by its subject noun, the verb hung inside the noun's phrase; "that" opens
    it and a verb stands in it."""
    first = noun.doc[noun.left_edge.i]
    if first.lower_ != "that" or not any(c.i == first.i and c.dep_ == "mark" for c in kids):
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in noun.subtree)
