"""A figure's comparison tagged on at the end of what is said: "said 40 percent backed the
levy, compared with 33 percent last month", "reported sales of $3 billion, up 31 percent from
a year earlier", "..., the highest for any candidate", "..., a bit more than the 28 percent who
...". The writer sets the figure against another one; news annotators (PolNeAR) leave the tag
out of the content (10 of 12 such tags on a 137-article train sample).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.statements.context import ArticleContext, Draft, trim
from eventdesk.statements.cues import cue_of
from eventdesk.statements.lexicon import words_with_role

# Words that may stand before the comparative of a tag ("a bit more than", "far less than").
_DEGREE = {"a", "bit", "slightly", "far", "much", "well", "just", "little", "somewhat"}


def without_comparison_tags(ctx: ArticleContext, drafts: list[Draft]) -> None:
    """Cut a comparison tag from the end of each reported (not quoted) content."""
    for draft in drafts:
        if draft.type == "direct" or not draft.content:
            continue
        start, end = draft.content[-1]
        cut = _tag_start(ctx, start, end)
        if cut is not None:
            draft.content[-1] = trim(ctx.text, start, cut)


def _tag_start(ctx: ArticleContext, start: int, end: int) -> int | None:
    """Where the comparison tag at the end of the range starts (its comma), else None."""
    tokens = [t for t in ctx.doc if start <= t.idx and t.idx + len(t) <= end and not t.is_space]
    for k in range(len(tokens) - 2, 1, -1):
        comma = tokens[k]
        if comma.text != "," or ctx.in_quote(comma):
            continue
        tag = tokens[k + 1 :]
        if not any(t.pos_ in ("VERB", "AUX") for t in tokens[:k]):
            return None
        if _comparison(tag) and not any(cue_of(ctx, t) is not None or ctx.in_quote(t) for t in tag):
            return comma.idx
        return None  # only the last comma of the content is weighed
    return None


def _comparison(tag: list[Token]) -> bool:
    """Does the phrase open as a comparison of figures: "compared with/to ...", "up/down 31
    percent", "an increase of ...", "the highest ...", "(a bit) more than ..."?"""
    words = [t.lower_ for t in tag]
    first = tag[0]
    changes = words_with_role("comparison")
    if first.lower_ in changes and first.tag_ in ("VBN", "VBG") and len(tag) > 1 and words[1] in ("with", "to"):
        return True
    if first.lower_ in changes and first.pos_ in ("ADV", "ADP") and any(t.like_num or t.lower_ == "from" for t in tag[1:4]):
        return True
    if first.lower_ in ("a", "an") and len(tag) > 2 and words[1] in changes and words[2] in ("of", "from", "over"):
        return True
    if first.lower_ == "the" and len(tag) > 1 and tag[1].tag_ in ("JJS", "RBS"):
        return True
    lead = 0
    while lead < len(tag) and words[lead] in _DEGREE:
        lead += 1
    return lead + 1 < len(tag) and tag[lead].tag_ in ("JJR", "RBR") and words[lead + 1] == "than"
