"""Agreeing with the one who spoke before: "'Trump will win Iowa,' said X. Y agreed." —
a verb of agreement with no object, preposition or clause of its own (words:
agreement_verb) agrees with the speaker of the statement just before it, who is its
target. Run by the judgments stage, which has the statements."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.events import actor_phrases, sides
from eventdesk.events import syntax as sx
from eventdesk.events.coder import DocumentCoder
from eventdesk.events.words import words
from eventdesk.model import Event, Statement
from eventdesk.nlp import children_of

# How many sentences back the statement agreed with may be ("X said ... . Y agreed.").
AGREEMENT_LOOKBACK_SENTENCES = 2
# What makes the agreement one with something the sentence names itself.
OWN_COMPLEMENTS = ("dobj", "prep", "xcomp", "ccomp", "dative", "pobj", "attr")


def agreed_with_speakers(ctx: DocumentCoder, statements: list[Statement], events: list[Event]) -> None:
    """Give each bare agreement among `events` (no target) the speaker of the statement
    before it as target, when that speaker is not the one agreeing."""
    for event in events:
        if event.target is not None or event.source is None:
            continue
        token = _trigger(ctx.doc, event)
        if token is None or not _bare_agreement(token):
            continue
        speaker = _last_speaker(ctx, [s for s in statements if not _same_person(s.speaker, event.source)], token)
        if speaker is None:
            continue
        found = ctx.actors.nationals([speaker], token)
        if found and not _same_person(found[0], event.source) and (
                not sides.same_side(found[0], [event.source]) or found[0].kind == event.source.kind == "person"):
            # two persons of one code are two people here
            _, targets = actor_phrases.with_countries(ctx, token, [event.source], found[:1], event.cameo)
            event.target = targets[0] if targets else found[0]


def _trigger(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) == 1 else None


def _bare_agreement(token: Token) -> bool:
    return (sx.lemma(token) in words("agreement_verb") and not sx.is_passive(token)
            and not any(c.dep_ in OWN_COMPLEMENTS for c in children_of(token)))


def _last_speaker(ctx: DocumentCoder, statements: list[Statement], token: Token):
    here = ctx.sent_of.get(token.i, 0)
    before = [s for s in statements if _end(s) <= token.idx and s.speaker is not None and not s.negated]
    if not before:
        return None
    last = max(before, key=_end)
    said = ctx.doc.char_span(_end(last) - 1, _end(last), alignment_mode="expand")
    if said is None or here - ctx.sent_of.get(said.root.i, -99) > AGREEMENT_LOOKBACK_SENTENCES:
        return None
    return last.speaker


def _end(statement: Statement) -> int:
    """Where a statement's words end: its cue or its content, whichever is later."""
    return max(statement.cue.end, statement.content.end if statement.content else 0)


def _same_person(a, b) -> bool:
    if a is None or b is None:
        return False
    return a.text == b.text or a.text in b.text or b.text in a.text or bool(a.name and b.name and a.name.split()[-1] == b.name.split()[-1])
