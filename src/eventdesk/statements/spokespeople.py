"""A spokesperson named by role alone ("The State Department condemned the raid. The
spokesman said ..."): the speaker is the body it speaks for, the subject of that sentence
or the one before; the words "the spokesman" stay the speaker's mention."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.model import Span
from eventdesk.nlp import children_of
from eventdesk.statements.context import ArticleContext, Draft
from eventdesk.statements.discourse import np_span
from eventdesk.statements.lexicon import words_with_role


def spoken_for(ctx: ArticleContext, draft: Draft, head: Token) -> bool:
    """Give the draft the body a bare definite spokesperson noun speaks for; False when the
    noun has words of its own that say whose it is ("the ministry's spokesman", "a
    spokesman for the army") or no body was the subject just before."""
    if head.lemma_.lower() not in words_with_role("spokesperson") and head.lower_ not in words_with_role("spokesperson"):
        return False
    if any(c.dep_ not in ("det", "punct") for c in children_of(head)):
        return False
    start, end = np_span(head)
    found = ctx.discourse.body_before(head, ctx.doc[start].idx)
    if found is None:
        return False
    entity, naming = found
    draft.speaker = ctx.discourse.entity_actor(entity, naming)
    words = ctx.doc[start:end]
    draft.speaker_mention = Span(text=words.text, start=words.start_char, end=words.end_char)
    return True
