"""Headline attributions: a line that opens with a speaker and a colon and goes on with
words of its own, unquoted ("Mayor Lee: the budget is a mess"), and the turns of a
transcript ("TAPPER: ..."). Who may speak before such a colon: a name, a poll or report,
people named by a plural noun ("Economists: ..."); never a label ("Update:", "Q:").
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from eventdesk.statements.context import ArticleContext, Draft, trim
from eventdesk.statements.direct import bare_np_head, opens_line
from eventdesk.statements.lexicon import noun_cues, words_with_role
from eventdesk.statements.quotes import is_quote_mark


def headline_attributions(ctx: ArticleContext, taken: list[Draft]) -> list[Draft]:
    """ "Mayor Lee: the budget is a mess": a line that opens with a name and a colon and
    goes on with words of its own, unquoted (a headline's way of attributing). The speaker
    must be named (a person, organisation or place), so "Update:" or "Note:" is none. A line
    that holds an attribution of its own ("Mayor Lee: I believe the budget is a mess") is
    still the named speaker's: what it reports is part of what the line says (drop_nested)."""
    drafts = []
    turns = _transcript_turns(ctx)
    for sentence, sent in enumerate(ctx.sents):
        colon = next((t for t in sent if t.text == ":"), None)
        if colon is None or not opens_line(ctx, sent[0]) or ctx.in_quote(colon):
            continue
        head = bare_np_head(ctx.doc[sent.start : colon.i])
        turn = colon.i in turns
        if head is None or not (turn or _headline_speaker(ctx, ctx.doc[sent.start : colon.i], head)):
            continue
        line_end = ctx.text.find("\n", colon.idx)
        start, end = trim(ctx.text, colon.idx + 1, len(ctx.text) if line_end < 0 else line_end)
        if start >= end or is_quote_mark(ctx.text[start]) or not any(c.isalpha() for c in ctx.text[start:end]):
            continue
        if not turn and any(s < end and start < e and not (start <= d.cue_start < end and _one_statement(ctx, sent, end)) for d in taken for s, e in d.content):
            continue  # the line is reported by an attribution outside it, or is more than one sentence
        drafts.append(
            Draft(
                cue_start=colon.idx, cue_end=colon.idx + 1, lemma=":", sentence=sentence,
                content=[(start, end)], type="indirect", speaker_head=head, cue_token=colon,
            )
        )
    return drafts


def _transcript_turns(ctx: ArticleContext) -> set[int]:
    """The colons of a transcript's turns: lines opening with a speaker's name in capitals
    and a colon ("TAPPER: ...", "JAKE TAPPER: ..."), in an article with two such lines or
    more. A turn is its speaker's whole, however many sentences it runs to (what it reports
    inside is part of it); a label ("UPDATE:"; word_roles.tsv, label) is no speaker."""
    colons = []
    for sent in ctx.sents:
        colon = next((t for t in sent if t.text == ":"), None)
        if colon is None or colon.i == sent.start or not opens_line(ctx, sent[0]) or ctx.in_quote(colon):
            continue
        words = [t for t in ctx.doc[sent.start : colon.i] if not t.is_punct]
        if words and len(words) <= 3 and all(len(t.text) > 1 and t.text.isalpha() and t.text.isupper() for t in words) and not any(
            t.lower_ in words_with_role("label") for t in words
        ):
            colons.append(colon.i)
    return set(colons) if len(colons) >= 2 else set()


def _one_statement(ctx: ArticleContext, sent: SpacySpan, end: int) -> bool:
    """Whether a headline's line is one sentence, not a question: a line that says so
    much is the named speaker's with the attribution it holds ("Rubio: I Still Believe
    ..."); a question ("Q: Do you think ...?") asks, and a longer passage reports its own."""
    return end <= sent.end_char and not ctx.text[:end].rstrip().endswith("?")


def _headline_speaker(ctx: ArticleContext, words: SpacySpan, head: Token) -> bool:
    """Whether the words before a headline's colon name a speaker: a name the tagger knows
    (a person, organisation or place) at or before the head ("Warren's camp:"; not a name
    the line is about, "Another setback for Lee:"), a capitalised proper noun the tagger
    missed in a headline ("Lynch: ..."), a capitalised word the story's entities name
    someone with, a poll or report speaking for itself ("Poll: ..."), or people named by a
    plural noun in the article's headline ("Economists: ..."); a label ("Update:", "Watch:",
    "Q:"; word_roles.tsv, label) is none."""
    if head.lower_ in words_with_role("label") or head.lemma_.lower() in words_with_role("label"):
        return False
    if any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in words if t.i <= head.i):
        return True
    if head.tag_ == "NNS" and head.lemma_.lower() in ctx.person_nouns and not ctx.text[: words.start_char].strip():
        return True
    if head.pos_ == "PROPN" and head.text[:1].isupper():
        return True
    if head.text[:1].isupper() and _named_elsewhere(head):
        return True  # a surname the tagger missed here and found in the story ("Kirchner: ...")
    entry = noun_cues().get(head.lemma_.lower())
    return entry is not None and "in" in entry.frames


def _named_elsewhere(word: Token) -> bool:
    """Whether the document's entities name a person, organisation or place with this word."""
    return any(t.lower_ == word.lower_ for ent in word.doc.ents if ent.label_ in ("PERSON", "ORG", "GPE", "NORP")
               for t in ent if t.i != word.i)
