"""A clause the writer sets against what is said, at its end: "said the harbor would reopen
in May, while the ferry line stays closed", "said the deal was fair — though none of the
papers reached the top level", "..., even as the council cut its budget". Set off by a
comma or a dash after the reported clause, outside quotation marks and with no speech of its
own, it is the writer's; news annotators (PolNeAR) leave it out (train split: "while" 51
times against 18, "though" 17 against 7, "even as" 9 against 3, "even though" 9 against 4;
"although", left out 18 times against 12, is not listed).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.statements.context import ArticleContext, Draft, trim
from eventdesk.statements.cues import cue_of
from eventdesk.statements.lexicon import words_with_role

# Marks that set a trailing clause off from the reported one.
_OPENERS = {",", "—", "–", "--", "-"}


def without_contrast_clauses(ctx: ArticleContext, drafts: list[Draft]) -> None:
    """Cut a contrasting clause of the writer's from the end of each reported content."""
    for draft in drafts:
        if draft.type == "direct" or not draft.content:
            continue
        start, end = draft.content[-1]
        cut = _contrast_start(ctx, start, end)
        if cut is not None:
            draft.content[-1] = trim(ctx.text, start, cut)


def _contrast_start(ctx: ArticleContext, start: int, end: int) -> int | None:
    tokens = [t for t in ctx.doc if start <= t.idx and t.idx + len(t) <= end and not t.is_space]
    marks = words_with_role("contrast")
    for k in range(len(tokens) - 3, 0, -1):
        mark = tokens[k]
        if mark.text not in _OPENERS or ctx.in_quote(mark):
            continue
        clause = tokens[k + 1 :]
        opening = next((" ".join(t.lower_ for t in clause[:n]) for n in (2, 1) if " ".join(t.lower_ for t in clause[:n]) in marks), None)
        if opening is None:
            return None  # only the last mark of the content is weighed
        if not _verb_before(tokens[:k]) or any(t.is_quote or ctx.in_quote(t) or cue_of(ctx, t) is not None for t in clause):
            return None
        return mark.idx
    return None


def _verb_before(tokens: list[Token]) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in tokens)
