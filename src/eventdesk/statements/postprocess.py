"""Finishing touches on an article's statements that need the other stages' work on the Doc:
the cleaning stage's datelines (doc._.boilerplate) and the actor stage's mentions
(doc._.actors). StatementExtractor runs `finish` once its statements are made.

- content never starts inside a dateline the cleaning stage marked;
- "its spokeswoman" speaks for the body the sentence (or the one before) is about;
- a state institution named without its country ("the interior ministry") takes the
  country its sentence names outside what is reported, else the story's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventdesk.actors.sectors import sectors_in
from eventdesk.model import Span, Statement
from eventdesk.nlp import text_of
from eventdesk.statements.lookup import ActorLookup

# "its spokeswoman, ", "their lawyer " just before a speaker: a speaker who speaks for a body.
_POSSESSIVE = re.compile(r"\b(?:its|their)\s+[\w-]+(?:\s+[\w-]+)?,?\s*$", re.IGNORECASE)


def _extension(doc: Doc, name: str):
    return getattr(doc._, name) if Doc.has_extension(name) else None


def finish(statements: list[Statement], doc: Doc, lookup: ActorLookup) -> None:
    """Apply the finishing touches to each statement, in place."""
    for statement in statements:
        trim_dateline(statement, doc)
        possessive_speaker(statement, doc)
        speaker_country(statement, doc, lookup)


def trim_dateline(statement: Statement, doc: Doc) -> None:
    """Content never starts inside a dateline ("NAIROBI - Kenya said ..." → "Kenya said ...")."""
    content = statement.content
    text = text_of(doc)
    for start, end, reason in _extension(doc, "boilerplate") or ():
        if reason == "dateline" and start <= content.start < end < content.end:
            new_start = end
            while new_start < content.end and (text[new_start].isspace() or text[new_start] in "-—–"):
                new_start += 1
            statement.content = Span(text[new_start : content.end], new_start, content.end)
            return


def possessive_speaker(statement: Statement, doc: Doc) -> None:
    """ "Its spokeswoman, Ayesha Rana, said": the spokeswoman speaks for the body that the
    sentence before made its subject ("Pakistan's foreign office rejected the accusation.")."""
    speaker = statement.speaker
    if speaker is None or speaker.sectors:
        return
    text = text_of(doc)
    mention = statement.speaker_mention
    written = [speaker.text] + ([mention.text] if mention is not None else [])
    possessive = any(w.lower().startswith(("its ", "their ")) for w in written)
    # A bare code may come from a place in the phrase ("its director in Haiti"): the post,
    # not the body the director speaks for.
    if not possessive and (speaker.code or not _POSSESSIVE.search(text[max(0, speaker.start - 40) : speaker.start])):
        return
    start = mention.start if mention is not None and mention.start < speaker.start else speaker.start
    sentences = _extension(doc, "content_sents") or []
    here = next((i for i, sent in enumerate(sentences) if sent.start_char <= start < sent.end_char), None)
    if here is None:
        return
    actors = _extension(doc, "actors") or ()
    for sent in (sentences[here], sentences[here - 1] if here else None):
        if sent is None:
            continue
        bodies = [
            a for a in actors
            if sent.start_char <= a.start < min(sent.end_char, start) and a.code and a.kind in ("state", "organization")
        ]
        subjects = [a for a in bodies if _is_subject(doc, a)]
        if subjects or bodies:
            body = (subjects or bodies)[0]
            speaker.country = body.country
            speaker.code = body.code if not body.country else body.country + "".join(s for s in body.sectors)
            speaker.sectors = list(body.sectors)
            return


def _is_subject(doc: Doc, actor) -> bool:
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def speaker_country(statement: Statement, doc: Doc, lookup: ActorLookup) -> None:
    """A state institution named without its country ("the interior ministry said") takes
    the country the text implies for it (eventdesk.actors.context, the one place that
    decides), leaving out what it is reported to say: a country named inside the content
    is what the speaker talks about, not whose it is."""
    speaker = statement.speaker
    if speaker is None or speaker.country or not sectors_in("state").intersection(speaker.sectors):
        return
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None:
        return
    country = lookup.context_country(span.root, exclude=(statement.content.start, statement.content.end))
    if country:
        speaker.country = country
        speaker.code = country + speaker.code
