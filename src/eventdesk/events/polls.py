"""Polls read as events: a share of a population backing someone ("38% of Iowa farmers back
Governor Dunn") or two shares set against each other ("favored Clinton, 64 percent to 11
percent") report a poll's finding or a vote count, not an event of the subject's."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.events import syntax as sx
from eventdesk.events.words import words
from eventdesk.nlp import children_of


# The links from a clause up to the clause that reports or judges it ("say they would
# support", "were certain they would", "47 percent saying they will").
REPORTING_LINKS = frozenset({"ccomp", "xcomp", "acomp", "acl", "advcl"})


def poll_finding(token: Token) -> bool:
    """ "38% of Iowa farmers back Governor Dunn", "one in four say they might
    vote for her", "61 percent of retirees saying they favor the mayor": an
    event whose clause, or the clause of saying or being sure it is under, has a share of
    a population (`share_noun`, or a number "in" a number) for subject is a poll's finding,
    no event; so is a clause conjoined inside that reported clause ("say they would stay
    home or even back Y"). Not through a clause conjoined to the share's own verb ("40
    percent said so, and Obama criticized Romney": Obama's own act)."""
    node = sx.position(token) if sx.is_noun(token) else token
    for _ in range(5):
        if sx.is_noun(node) and node is not token and _share(node):
            return True
        if any(_share(s) for s in sx.children(node, "nsubj")):
            return True
        # "say they would not vote or even consider backing X": a clause conjoined inside
        # the reported one is reported too.
        inner_conjunct = node.dep_ == "conj" and node.head.dep_ in REPORTING_LINKS
        if (node.dep_ not in REPORTING_LINKS and not inner_conjunct) or node.head.i == node.i:
            return False
        node = node.head
    return False


# Dependents that start a clause of their own: a margin there is not the verb's.
CLAUSE_LINKS = frozenset({"advcl", "conj", "ccomp", "xcomp", "relcl", "acl", "parataxis", "cc", "mark"})


def poll_margin(token: Token) -> bool:
    """ "Democrats favored Clinton, 64 percent to 11 percent", "troops backed the mayor 57% to
    22%": a verb whose own clause gives two shares set against each other (`share_noun`
    after a number, "to", a number) reports a poll or a vote count, no event of its
    subject's; so is the same verb in a clause set against it ("..., while Republicans
    favored Trump"). One share is no margin ("cut aid by 30 percent")."""
    if not sx.is_verb(token):
        return False
    if token.dep_ in ("advcl", "conj") and sx.lemma(token.head) == sx.lemma(token) and poll_margin(token.head):
        return True
    seen, stack = [], [c for c in children_of(token) if c.dep_ not in CLAUSE_LINKS]
    while stack:
        node = stack.pop()
        seen.append(node)
        stack.extend(c for c in children_of(node) if c.dep_ not in CLAUSE_LINKS)
    seen.sort(key=lambda t: t.i)
    shares = [t.i for t in seen if sx.lemma(t) in words("share_noun") or t.lower_ in words("share_noun")]
    joined = {t.i for t in seen if t.lower_ in ("to", "-", "\u2013")}
    return any(a < j < b for a in shares for b in shares for j in joined)


def _share(noun: Token) -> bool:
    if sx.lemma(noun) in words("share_noun"):
        return True
    # "one in five" (the number its own noun), "one in five voters", "two out of three voters"
    if noun.like_num and any(
            p.lower_ == "in" and any(o.like_num for o in sx.children(p, "pobj")) for p in sx.children(noun, "prep")):
        return True
    return any(q.lower_ in ("in", "out") for n in sx.children(noun, "nummod") for q in sx.children(n, "quantmod"))
