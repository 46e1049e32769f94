"""A stance taken with a phrase "in <noun> of" after a verb: "the senator came out in support
of the levy", "Lee spoke in defense of the judge", "the union wrote in opposition to the
plan". News annotators count it as the subject's stance toward the phrase's object. The
nouns are the `championing` words of data/word_roles.tsv; "in favor of" is not one of them
("voted in favor of", "dropped out in favor of" are acts), and "is in favor of" is read by
statements.adjectives.stance_drafts.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.nlp import children_of
from eventdesk.statements.clauses import subtree_without_nested
from eventdesk.statements.context import ArticleContext, Draft
from eventdesk.statements.discourse import RELATIVE_PRONOUNS
from eventdesk.statements.lexicon import CueEntry, words_with_role
from eventdesk.statements.nouns import can_speak, draft_of


def championing_drafts(ctx: ArticleContext, taken: list[Draft]) -> list[Draft]:
    """Drafts of "<verb> in support of X" whose content no other draft has."""
    words = words_with_role("championing")
    drafts: list[Draft] = []
    for sent in ctx.sents:
        for noun in sent:
            if noun.lower_ not in words or noun.dep_ != "pobj" or ctx.in_quote(noun):
                continue
            found = _phrase(ctx, noun)
            if found is None:
                continue
            verb, holder, obj = found
            entry = CueEntry((noun.lower_,), frozenset({"np"}), False, False)
            draft = draft_of(ctx, noun, entry, holder, subtree_without_nested(ctx, obj, noun))
            if draft is not None and not draft.overlaps(taken + drafts):
                draft.cue_start = verb.idx
                draft.cue_end = obj.head.idx + len(obj.head)
                drafts.append(draft)
    return drafts


def _phrase(ctx: ArticleContext, noun: Token) -> tuple[Token, Token, Token] | None:
    """(verb, subject, object) of "<verb> in <noun> of/to <object>", the subject someone who
    can take a stance; None otherwise."""
    prep = noun.head
    verb = prep.head
    if prep.lower_ != "in" or prep.dep_ != "prep" or verb.pos_ != "VERB" or verb.i > prep.i or verb.lemma_ == "be":
        return None
    if any(c.dep_ == "neg" for c in children_of(verb)):
        return None
    pivot = next((c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in ("of", "to")), None)
    obj = next((o for o in children_of(pivot) if o.dep_ in ("pobj", "pcomp")), None) if pivot is not None else None
    holder = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if obj is None or holder is None or holder.lower_ in RELATIVE_PRONOUNS or not can_speak(ctx, holder):
        return None
    return verb, holder, obj
