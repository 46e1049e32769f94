"""Where the parser hangs what a cue reports: the "that" clause of a noun, the clause after
a noun of saying, a to-infinitive, a subjectless -ing clause, a question put by a verb of
asking, an "as" phrase saying what the object is. Pure parse lookups, used by the clause frames
(`eventdesk.statements.clauses`) and the noun cues (`eventdesk.statements.nouns`)."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.nlp import children_of
from eventdesk.statements.discourse import RELATIVE_PRONOUNS
from eventdesk.statements.context import ArticleContext
from eventdesk.statements.lexicon import CueEntry, words_with_role

# Words that open a question clause besides the wh-words ("asked whether ...").
QUESTION_MARKS = {"whether", "if"}


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


def predicate_as(prep: Token) -> bool:
    """An "as" phrase that says what the object is ("cast the rival as a spoiler"): a noun
    or adjective, not a clause ("as she left") nor "as well"."""
    objects = [c for c in children_of(prep) if c.dep_ in ("pobj", "acomp", "amod")]
    return bool(objects) and all(o.pos_ in ("NOUN", "PROPN", "ADJ", "PRON", "NUM") for o in objects)


def noun_has_content(verb: Token, noun: Token, entry: CueEntry) -> bool:
    """Does a noun cue, the object of `verb`, have a complement its entry allows: an
    infinitive ("a plan to cut fees") or a preposition's object ("support for the bill"),
    also one the parser hung on the verb right after the noun?"""
    after_noun = [c for c in children_of(verb) if c.dep_ == "prep" and c.i == noun.right_edge.i + 1]
    for child in list(children_of(noun)) + after_noun:
        if child.i < noun.i:
            continue
        if "to" in entry.frames and child.dep_ in ("acl", "relcl") and any(a.lower_ == "to" and a.dep_ == "aux" for a in children_of(child)):
            return True
        frame = "to-np" if child.lower_ == "to" else child.lower_
        if child.dep_ == "prep" and frame in entry.frames and any(o.dep_ in ("pobj", "pcomp") for o in children_of(child)):
            return True
    return False


def question_after_asking(ctx: ArticleContext, cue: Token) -> Token | None:
    """ "The reporter asked if the plant would close": the parser may hang the question put
    by a verb of asking (word_roles.tsv, asking) on it as a condition."""
    if cue.lemma_.lower() not in words_with_role("asking"):
        return None
    for child in children_of(cue):
        if child.dep_ == "advcl" and child.i > cue.i and not ctx.in_quote(child):
            if any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for m in children_of(child)):
                return child
    return None


def gerund_clause(children: list[Token]) -> Token | None:
    """ "denied setting the fire", "admitted to taking bribes": a subjectless -ing clause."""
    for child in children:
        if child.dep_ in ("xcomp", "ccomp", "dobj") and child.tag_ == "VBG":
            if not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in children_of(child)):
                return child
        if child.dep_ == "prep" and child.lower_ == "to":
            for pcomp in children_of(child):
                if pcomp.dep_ == "pcomp" and pcomp.tag_ == "VBG":
                    return pcomp
    return None


def with_split_subject(content: list[Token], clause: Token, dobj: Token | None) -> list[Token]:
    """ "promised the city would rebuild": a clause without a subject, right after an
    object of the cue, has that object for its subject, whatever the parser says."""
    if dobj is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in children_of(clause)):
        return content
    if dobj.right_edge.i + 1 != clause.left_edge.i or dobj.i > clause.i:
        return content
    finite = clause.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ == "aux" and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in children_of(clause)
    )
    if not finite:
        return content
    return sorted({t.i: t for t in list(dobj.subtree) + content}.values(), key=lambda t: t.i)
