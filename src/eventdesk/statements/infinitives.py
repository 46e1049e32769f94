"""The cue of a refusal or an attempt to speak, drawn as news annotators draw it: with the
verb of saying or taking a stand that it governs ("declined to say who", "refused to
discuss the matter", "sought to clarify the remark", "declined to comment on the case"),
whose object is then the content. Verbs of doing stay in the content ("refused to help
him", "sought to reassure investors"). Both word lists are in data/word_roles.tsv
(roles "infinitive-host" and "infinitive-cue")."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.nlp import children_of

from eventdesk.statements.context import ArticleContext, Draft
from eventdesk.statements.lexicon import words_with_role

_OBJECTS = {"dobj", "ccomp", "xcomp", "attr"}
_PREPOSITIONS = {"on", "to", "about"}


def joined_infinitive(ctx: ArticleContext, draft: Draft, content_start: int) -> tuple[int, int] | None:
    """(cue end, content start) when the content is "to" + a verb of saying with its object
    under a refusal or attempt ("declined | to say | who ..."); else None."""
    cue = draft.cue_token
    if cue is None or cue.lemma_.lower() not in words_with_role("infinitive-host"):
        return None
    to = next((t for t in ctx.doc if t.idx == content_start), None)
    if to is None or to.lower_ != "to" or to.i + 1 >= len(ctx.doc):
        return None
    verb = ctx.doc[to.i + 1]
    if verb.head.i != cue.i or verb.dep_ != "xcomp" or verb.lemma_.lower() not in words_with_role("infinitive-cue"):
        return None
    return _object_start(verb)


def _object_start(verb: Token) -> tuple[int, int] | None:
    after = [c for c in children_of(verb) if c.i > verb.i]
    if not after:
        return None
    first = min(after, key=lambda c: c.left_edge.i)
    if first.dep_ in _OBJECTS and first.left_edge.i == verb.i + 1:
        return verb.idx + len(verb), first.left_edge.idx
    if first.dep_ == "prep" and first.i == verb.i + 1 and first.lower_ in _PREPOSITIONS:
        objects = [c for c in children_of(first) if c.dep_ in ("pobj", "pcomp")]
        if objects:
            return first.idx + len(first), objects[0].left_edge.idx
    return None
