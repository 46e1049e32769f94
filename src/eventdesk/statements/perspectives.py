"""A view given by a phrase that opens the sentence: "To Ortiz, the levy is a trap", "But to
the union, the offer falls short". News annotators count it as the named one's belief: the
holder is the phrase's object, a person or a body named, and the content the clause after
the comma. The prepositions are the `perspective` words of data/word_roles.tsv.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.nlp import children_of
from eventdesk.statements.context import ArticleContext, Draft
from eventdesk.statements.lexicon import CueEntry, words_with_role
from eventdesk.statements.nouns import draft_of

# Words that may stand before the phrase at the start of the sentence.
_OPENERS = {"but", "and", "yet", "so", '"', "“", "'", "‘"}
# Named holders only: "To date, ..." and "to many, ..." are no one's view.
_NAMED = {"PERSON", "ORG", "NORP"}


def perspective_drafts(ctx: ArticleContext, taken: list[Draft]) -> list[Draft]:
    """Drafts of the perspective phrases of the article whose clause no other draft reports."""
    words = words_with_role("perspective")
    drafts: list[Draft] = []
    for sent in ctx.sents:
        first = next((t for t in sent if t.lower_ not in _OPENERS and not t.is_space), None)
        if first is None or first.lower_ not in words or first.dep_ != "prep" or ctx.in_quote(first):
            continue
        holder = next((c for c in children_of(first) if c.dep_ == "pobj"), None)
        content = _clause_after(ctx, first, holder, sent.end) if holder is not None else None
        if not content:
            continue
        entry = CueEntry((first.lower_,), frozenset({"clause"}), False, False)
        draft = draft_of(ctx, first, entry, holder, content)
        if draft is not None and not draft.overlaps(taken + drafts):
            drafts.append(draft)
    return drafts


def _clause_after(ctx: ArticleContext, prep: Token, holder: Token, end: int) -> list[Token]:
    """The clause after the phrase's comma, when the phrase names someone and the verb it
    hangs from has a subject of its own after the comma."""
    named = holder.ent_type_ in _NAMED or (holder.pos_ == "PROPN" and not holder.ent_type_)
    if not named or holder.right_edge.i + 1 >= end:
        return []
    comma = ctx.doc[holder.right_edge.i + 1]
    verb = prep.head
    if comma.text != "," or verb.i <= comma.i or not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and c.i > comma.i for c in children_of(verb)
    ):
        return []
    tokens = [t for t in ctx.doc[comma.i + 1 : end] if not t.is_space]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in ('"', "”", "’", "'"):
        tokens.pop()
    return tokens
