"""Who does what a verb says, from the spaCy parse: a clause's own subject, or the one it
inherits (through passives, control verbs, conjunctions, relative clauses, participles and
gerunds of time), the subject a fronted phrase strands, and the clauses whose doer is named
elsewhere ("for X to ...", a decision noun's to-infinitive).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.events.syntax import (
    OBJECT_DEPS, children, has_aux_to, is_noun, is_passive, is_verb, lemma, passive_agents, preps)
from eventdesk.events.words import words
from eventdesk.lang import RELATIVE_PRONOUNS
from eventdesk.nlp import children_of


def subjects(token: Token) -> list[Token]:
    return children(token, "nsubj", "nsubjpass", "csubj")


def stranded_subject(token: Token) -> list[Token]:
    """The subject the small parser strands in a fronted phrase: in "With the signing of a
    memorandum, the government and the rebels have agreed", it makes "the government" a
    conjunct of "memorandum". A noun phrase after the fronted phrase's comma that runs right
    up to the main verb (or its auxiliaries) is that verb's subject."""
    if token.dep_ != "ROOT" or not is_verb(token):
        return []
    doc = token.doc
    left = min([token.i] + [c.i for c in children_of(token) if c.dep_ in ("aux", "auxpass", "neg") and c.i < token.i])
    for prep in children_of(token):
        if prep.dep_ != "prep" or prep.i > token.i:
            continue
        for node in prep.subtree:
            if (node.dep_ in ("conj", "appos") and node.pos_ in ("NOUN", "PROPN")
                    and node.right_edge.i == left - 1 and node.left_edge.i > 0
                    and doc[node.left_edge.i - 1].text == ","):
                return [node]
    return []


# Prepositions of time whose gerund is done by the clause's subject ("after slamming X").
TIME_PREPS = frozenset({"after", "while", "since", "upon", "on", "when", "during"})


def decided(clause: Token) -> bool:
    """Whether `clause` is the to-infinitive of a decision noun with its own author ("Obama's
    decision to admit refugees", "the move by Russia to expel ..."; words.tsv
    `decision_noun`): what was decided, by the noun's author."""
    noun = clause.head
    if clause.dep_ != "acl" or not has_aux_to(clause) or lemma(noun) not in words("decision_noun"):
        return False
    return bool(children(noun, "poss")) or any(lemma(p) == "by" for p in preps(noun))


def predicated_subjects(noun: Token, depth: int = 0) -> list[Token]:
    """The subject a predicate noun is said of: "Trump is a xenophobe who has pledged to
    ban Muslims" -- the one who pledged is Trump (through conjoined predicates: "a liar,
    racist and bully who ..."). [] when the noun is no predicate of "be"."""
    node = noun
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "attr" or lemma(node.head) not in ("be", "become", "remain") or children(node.head, "expl"):
        return []  # ("there are people who ...": no one it is said of)
    # the copula's own subject, or the one it shares ("Trump incites violence and is a liar
    # who ..."): a name or a pronoun, not a thing ("the footage has become a rallying point for
    # demonstrators, who ...")
    return [s for s in clause_subject(node.head, depth + 1)[0] if s.pos_ in ("PROPN", "PRON")]


def clause_subject(token: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """The words doing what the verb says, and whether they were inherited from another
    clause (control, conjunction, participle). A passive's agent is not handled here."""
    if depth > 6:
        return [], False
    own = children(token, "nsubj", "csubj")
    if not own and not is_passive(token):
        own = children(token, "nsubjpass")
    if own:
        resolved = []
        for subject in own:
            if token.dep_ == "relcl" and (lemma(subject) in RELATIVE_PRONOUNS or any(
                    lemma(o) in RELATIVE_PRONOUNS for p in children(subject, "prep") if lemma(p) == "of"
                    for o in children(p, "pobj"))):
                # "X, who ...", "envoys, two of whom ...": the noun the clause is said of
                resolved.extend(predicated_subjects(token.head, depth) or [token.head])
            else:
                resolved.append(subject)
        return resolved, False
    if is_passive(token) and children(token, "nsubjpass"):
        return [], False
    stranded = stranded_subject(token)
    if stranded:
        return stranded, False
    dep = token.dep_
    head = token.head
    if head.i == token.i:
        return [], False
    if dep == "xcomp" or (dep == "ccomp" and token.tag_ == "VB" and not children(token, "mark")):
        if lemma(head) in words("object_control") or head.pos_ == "ADJ":
            objects = children(head, *OBJECT_DEPS)
            if objects and lemma(head) in words("object_control"):
                return objects, True
            # "called on X to ...": the object of "on".
            for prep in children(head, "prep"):
                if lemma(prep) in ("on", "upon"):
                    found = children(prep, "pobj")
                    if found:
                        return found, True
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "xcomp", "oprd"):
            found, _ = clause_subject(head.head, depth + 1)
            return found, True
        if is_passive(head) and children(head, "nsubjpass"):
            return children(head, "nsubjpass"), True
        found, _ = clause_subject(head, depth + 1)
        return found, True
    if dep in ("conj", "advcl", "pcomp"):
        target = head
        if dep == "pcomp":
            target = head.head
        if is_passive(target) and dep == "conj":
            agents = passive_agents(target)
            if agents:
                return agents, True
            return children(target, "nsubjpass"), True
        if dep == "pcomp" and lemma(head) == "for" and lemma(target) in words("reason_verb"):
            # "praised X for meeting Y", "X was mocked for criticizing Y": the deed judged
            # is the object's (the passive's subject's), not the judge's
            judged = children(target, "nsubjpass") if is_passive(target) else children(target, "dobj")
            if judged:
                return judged, True
        if dep == "pcomp" and lemma(head) in TIME_PREPS and is_passive(target) and children(target, "nsubjpass"):
            # "She was suspended after slamming X": the doer of a gerund of time is the
            # passive's surface subject. (Not "arrested for collaborating": what one is
            # punished for is alleged; nor a bare participle, "was attacked by X,
            # killing 156", whose doer is the agent.)
            return children(target, "nsubjpass"), True
        found, _ = clause_subject(target, depth + 1)
        return found, True
    if dep in ("acl", "relcl") and is_noun(head):
        undertaking = head.head
        if (has_aux_to(token) and lemma(head) in words("preparation_noun")
                and head.dep_ == "dobj" and lemma(undertaking) in words("undertaking_verb")):
            # "X made arrangements to interview Y": X interviews
            found, _ = clause_subject(undertaking, depth + 1)
            return found, True
        return [head], True
    return [], False


def is_infinitive_clause(token: Token) -> bool:
    """An adverbial clause that is a bare to-infinitive ("swore to fight", which the parser
    sometimes attaches as advcl instead of xcomp)."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token))
        and not any(c.dep_ in ("mark", "nsubj") for c in children_of(token))
    )


def for_clause(token: Token) -> tuple[Token, Token] | None:
    """(clause, who is asked) of a verb's "for X to ..." ("called for Israel to halt its
    strikes", "pressed for the government to release them"); None when there is none. The
    parser reads it two ways: a clause marked "for" with its own subject, or "for X" as a
    prepositional phrase followed by a bare to-infinitive of the same verb."""
    kids = list(children_of(token))
    for child in kids:
        if child.dep_ in ("advcl", "ccomp", "xcomp") and has_aux_to(child):
            subjects = children(child, "nsubj", "nsubjpass")
            if subjects and any(c.dep_ == "mark" and c.lower_ == "for" for c in children_of(child)):
                return child, subjects[0]
    for prep in kids:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for asked in children(prep, "pobj"):
            for child in kids:
                if (child.dep_ in ("advcl", "xcomp") and child.i > asked.i and has_aux_to(child)
                        and not children(child, "nsubj", "nsubjpass", "mark")):
                    return child, asked
    return None
