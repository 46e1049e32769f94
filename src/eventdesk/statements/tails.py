"""The writer finishing the speaker's sentence after a quotation that goes on from an
attribution: '"We will not give up," the mayor said. "We will carry this fight" into
every town in the county.' A quotation that opens its sentence and closes with no stop or
comma of its own, the sentence going on in the writer's words with no speech of their own,
is what was said up to the end of that sentence (or its first comma), as news annotators
(PolNeAR) draw it; the statement is then mixed. Not after a cue in the same sentence
('chanting "no peace" after the vote': the occasion of the saying). Indirect content gets
the like from boundaries.with_rest_after_quote.
"""

from __future__ import annotations

import re

from eventdesk.statements.boundaries import writers_rest
from eventdesk.statements.context import ArticleContext, Draft

# Marks that end a quotation's words or set the attribution off: after them the sentence
# is not the speaker's going on.
_CLOSING = ",.!?;:-—–…"
# Marks that end the writer's tail.
_TAIL_STOPS = {",", ";", ":", "—", "–", "--", "(", "."}


def with_writers_tails(ctx: ArticleContext, drafts: list[Draft]) -> None:
    """Run each direct or mixed statement whose last part is an open-ended quotation on to
    the end of the writer's words after it."""
    for draft in drafts:
        if draft.type not in ("direct", "mixed") or not draft.content:
            continue
        start, end = draft.content[-1]
        quote = next((q for q in ctx.top if q.closed and q.inner_start <= start < q.inner_end and 0 <= q.inner_end - end <= 1), None)
        if quote is None:
            continue
        said = ctx.text[quote.inner_start : quote.inner_end].rstrip()
        if not said or said[-1] in _CLOSING or said[-1] in "\"'”’":
            continue
        if not _opens_sentence(ctx, quote.start):
            continue  # 'chanting "no peace" after the vote': the occasion of the saying
        tail_end = _tail_end(ctx, quote.end)
        if tail_end is not None:
            draft.content[-1] = (start, tail_end)
            draft.type = "mixed"


# Between two quoted phrases of one statement: "and" or "or", with a comma or not.
_QUOTE_JOINT = re.compile(r"\s*,?\s+(and|or)\s+$")


def with_joined_quotes(ctx: ArticleContext, drafts: list[Draft]) -> None:
    """A statement that ends on a quoted phrase takes the quoted phrases joined to it by
    "and" or "or" ('chanted "no justice" and "stop the evictions"', 'known as "weed lots"
    or "dust bowls"'), as PolNeAR draws them (train split: 61 of 61); a direct statement
    becomes mixed."""
    for draft in drafts:
        if not draft.content:
            continue
        start, end = draft.content[-1]
        while True:
            quote = next((q for q in ctx.top if q.closed and q.inner_start < end and q.inner_end - 1 <= end <= q.end), None)
            joined = _joined_quote(ctx, quote) if quote is not None else None
            if joined is None:
                break
            end = joined.inner_end
            while end > joined.inner_start and ctx.text[end - 1] in ",. ":
                end -= 1
            draft.content[-1] = (start, end)
            draft.quotes.append(joined)
            if draft.type == "direct":
                draft.type = "mixed"


def _joined_quote(ctx: ArticleContext, quote):
    """The quotation joined to `quote` by "and"/"or" right after it, in its sentence."""
    for nxt in ctx.top:
        if nxt.start > quote.end and nxt.closed and _QUOTE_JOINT.match(ctx.text[quote.end : nxt.start]):
            first, last = ctx.token_at(quote.start), ctx.token_at(nxt.start)
            if first is not None and last is not None and ctx.sent_of.get(first.i) == ctx.sent_of.get(last.i):
                return nxt
            return None
    return None


def _opens_sentence(ctx: ArticleContext, start: int) -> bool:
    """Does the quotation opening at `start` open its sentence (nothing but marks before it)?"""
    mark = ctx.token_at(start)
    if mark is None or mark.i not in ctx.sent_of:
        return False
    sentence = ctx.sents[ctx.sent_of[mark.i]]
    return all(t.is_space or t.is_quote or t.is_punct for t in ctx.doc[sentence.start : mark.i]) or ctx.after_full_stop(mark)


def _tail_end(ctx: ArticleContext, after: int) -> int | None:
    """The end of the writer's words that finish the sentence after a closing mark at
    `after`, up to its end or first comma; None when there are none, or when they are a
    clause of their own ('"Stop the war" was the chant'), speech or an attribution."""
    first = ctx.token_at(after)
    closing = ctx.token_before(after)
    if first is None or closing is None or ctx.text[after : first.idx] not in (" ",):
        return None
    if first.i not in ctx.sent_of or ctx.sent_of[first.i] != ctx.sent_of.get(closing.i):
        return None
    if first.pos_ in ("VERB", "AUX") or first.is_punct or first.is_quote or ctx.in_quote(first):
        return None
    sentence = ctx.sents[ctx.sent_of[first.i]]
    rest = []
    for token in ctx.doc[first.i : sentence.end]:
        if token.text in _TAIL_STOPS or token.is_quote or token.is_space and "\n" in token.text:
            break
        rest.append(token)
    if not rest or not writers_rest(ctx, set(), rest):
        return None
    if any(t.text in _TAIL_STOPS or t.is_quote for t in ctx.doc[rest[-1].i + 1 : sentence.end] if t.text not in (".", "!", "?")):
        return None  # the sentence goes on past a comma or another quotation: not a plain tail
    return rest[-1].idx + len(rest[-1])
