"""Attributions carried by an adjective: a state of mind held toward a clause, a plan or a
thing ("Mr. Ackman is convinced that the firm will recover", "the campaign is eager to
move on", "Democrats are worried about the turnout", "voters angry at Washington"). News
annotators count these as reported beliefs and intentions. The holder is the subject of the
verb the adjective completes, the subject of a passive ("was convinced that ..."), or the
noun the adjective describes; "it is clear that ..." names nobody. The adjectives and what
each takes are in data/adjective_cues.tsv.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.statements.clauses import subtree_without_nested
from eventdesk.statements.context import ArticleContext, Draft
from eventdesk.statements.lexicon import CueEntry, adjective_cues, words_with_role
from eventdesk.statements.nouns import can_speak, draft_of
from eventdesk.nlp import children_of
from eventdesk.statements.discourse import RELATIVE_PRONOUNS

# Holders that stand for nothing: "it is clear that ...", "there is ...".
_EMPTY_HOLDERS = {"it", "there", "this", "that"}


def adjective_drafts(ctx: ArticleContext, taken: list[Draft]) -> list[Draft]:
    """Drafts of the adjective cues of the article whose content no other draft has."""
    cues = adjective_cues()
    drafts: list[Draft] = []
    for sent in ctx.sents:
        for token in sent:
            entry = cues.get(token.lower_)
            if entry is None or token.pos_ not in ("ADJ", "VERB") or ctx.in_quote(token):
                continue
            if token.i > 0 and ctx.doc[token.i - 1].lower_ == "as":
                continue  # "as opposed to", "as compared with": a comparison, no stance
            if any(c.dep_ == "neg" for c in children_of(token)) or any(c.dep_ == "neg" for c in children_of(token.head)):
                continue
            holder = _holder(token)
            content = _content(ctx, token, entry) if holder is not None else None
            if not content:
                continue
            draft = draft_of(ctx, token, entry, holder, content)
            if draft is not None and not draft.overlaps(taken + drafts, holds_ok=True):
                drafts.append(draft)
    return drafts


def _holder(adjective: Token) -> Token | None:
    """Who is in that state of mind: "she is convinced", "she was convinced", "voters angry at"."""
    if adjective.dep_ == "acomp" or adjective.dep_ == "attr" and adjective.pos_ == "ADJ":
        # "they were cagey about ...": the parser may take the adjective for the noun of "be".
        holder = next((c for c in children_of(adjective.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    elif adjective.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children_of(adjective)):
        # "Republicans were concerned about ...": the parser may give the passive a plain subject.
        holder = next((c for c in children_of(adjective) if c.dep_ in ("nsubjpass", "nsubj")), None)
    elif adjective.dep_ in ("amod", "acl") and adjective.i > adjective.head.i and adjective.head.pos_ in ("NOUN", "PROPN", "PRON"):
        holder = adjective.head
    else:
        holder = None
    if holder is None or holder.lower_ in _EMPTY_HOLDERS:
        return None
    return holder


def _content(ctx: ArticleContext, adjective: Token, entry: CueEntry) -> list[Token]:
    """The adjective's clause, infinitive or prepositional object, as its entry allows."""
    for child in children_of(adjective):
        if child.i < adjective.i:
            continue
        if child.dep_ == "ccomp" and "that" in entry.frames:
            return subtree_without_nested(ctx, child, adjective)
        if child.dep_ == "xcomp" and "to" in entry.frames and any(a.lower_ == "to" for a in children_of(child)):
            return subtree_without_nested(ctx, child, adjective)
        preposition = "to-np" if child.lower_ == "to" else child.lower_
        if child.dep_ in ("prep", "agent") and preposition in entry.frames:
            objects = [o for o in children_of(child) if o.dep_ in ("pobj", "pcomp")]
            if objects:
                return subtree_without_nested(ctx, objects[0], adjective)
    return []


def stance_drafts(ctx: ArticleContext, taken: list[Draft]) -> list[Draft]:
    """ "Most farmers are against the levy", "two members are in favor of the stadium": a
    stance held as the predicate of "be" (word_roles.tsv, stance: "against", "favor"); the
    subject holds it, the preposition's object is what it is held toward."""
    words = words_with_role("stance")
    drafts: list[Draft] = []
    for sent in ctx.sents:
        for token in sent:
            if token.lower_ not in words or ctx.in_quote(token):
                continue
            prep = token.head if token.dep_ == "pobj" and token.head.lower_ == "in" else token
            verb = prep.head
            if prep.dep_ != "prep" or verb.lemma_ != "be" or verb.i > prep.i:
                continue
            if any(c.dep_ in ("neg", "attr", "acomp") for c in children_of(verb)):
                continue
            holder = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
            pivot = token if prep is token else next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
            objects = [o for o in children_of(pivot) if o.dep_ in ("pobj", "pcomp")] if pivot is not None else []
            if holder is None or holder.lower_ in RELATIVE_PRONOUNS or not can_speak(ctx, holder) or not objects:
                continue
            entry = CueEntry((token.lower_,), frozenset({"np"}), False, False)
            draft = draft_of(ctx, token, entry, holder, subtree_without_nested(ctx, objects[0], token))
            if draft is not None and not draft.overlaps(taken + drafts, holds_ok=True):
                draft.cue_start = verb.idx
                draft.cue_end = pivot.idx + len(pivot)
                drafts.append(draft)
    return drafts
