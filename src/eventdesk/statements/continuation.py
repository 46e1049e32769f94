"""Quotations that go on: a quotation opening the sentence after a direct or mixed
statement, with no attribution of its own, is the same speaker's words going on
('"We will rebuild," the mayor said. "It will take years."').
"""

from __future__ import annotations

from eventdesk.statements.context import ArticleContext, Draft, trim
from eventdesk.statements.lexicon import words_with_role
from eventdesk.statements.quotes import Quotation


def continue_quotes(ctx: ArticleContext, drafts: list[Draft]) -> None:
    """A quotation that opens the next sentence after a direct statement (after a
    conjunction at most: 'But "..."'), with no attribution of its own, goes on with the
    same speaker's words."""
    used = {id(q) for d in drafts for q in d.quotes}
    for quote in ctx.top:
        if id(quote) in used or reported(quote, drafts):
            continue
        first = ctx.token_at(quote.start)
        if first is None or first.i not in ctx.sent_of:
            continue
        sentence = ctx.sent_of[first.i]
        opening = ctx.sents[sentence]
        if not _opens_sentence(ctx, ctx.doc[opening.start : first.i]) and not ctx.after_full_stop(first):
            continue
        quoting = [d for d in drafts if d.end <= quote.start and d.type in ("direct", "mixed")]
        if not quoting:
            continue
        last = max(quoting, key=lambda d: d.end)
        # A quotation left off at the end of a direct or mixed statement goes on here.
        ends_quoted = last.quotes or any(q.inner_start < end <= q.end for _, end in last.content for q in ctx.top)
        if not ends_quoted:
            continue
        last_sentence = max(
            (ctx.sent_of.get(t.i, -1) for t in (ctx.token_before(last.end), ctx.token_at(last.cue_start)) if t is not None),
            default=-1,
        )
        # The next sentence; or the same one when the parser ran the two together
        # ('... told AFP in Kassala. «More words.»'), the quote starting after the cue.
        if sentence - last_sentence not in (0, 1) or (sentence == last_sentence and quote.start < last.cue_end):
            continue
        # Another speaker in between ends the run; an aside inside the attribution's own
        # sentence ('said X, who said he was hit') does not.
        between = [d for d in drafts if last.end < d.cue_start < quote.start]
        if any(d.sentence != last.sentence for d in between):
            continue
        if not _goes_on_with(ctx, last, quote, sentence):
            continue
        last.quotes.append(quote)
        last.content.append(trim(ctx.text, quote.inner_start, quote.inner_end))
        used.add(id(quote))


def _opens_sentence(ctx: ArticleContext, before: list) -> bool:
    """Do the words of the sentence before a quotation leave it opening the sentence: none,
    or a conjunction the writer opens it with ('But "the money is not there."'; "but" and
    the `opener` words of word_roles.tsv), a comma after it at most?"""
    words = [t for t in before if not (t.is_space or t.is_quote or t.text == ",")]
    if not words:
        return True
    return len(words) == 1 and words[0].i == before[0].i and words[0].lower_ in words_with_role("opener") | {"but"}


def _goes_on_with(ctx: ArticleContext, last: Draft, quote: Quotation, sentence: int) -> bool:
    """Can the quotation be the speaker's words going on: marked as the quotation before it
    (not a single-quoted section title after double-quoted speech, "'A tough decision.'"),
    and the whole of its sentence or words said ("''Opening Belle,'' which comes out on
    Tuesday, ..." is the writer's sentence naming a title)?"""
    if last.quotes and last.quotes[-1].family != quote.family:
        return False
    if ctx.text[quote.inner_start : quote.inner_end].rstrip().endswith((".", "!", "?")):
        return True
    end = ctx.sents[sentence].end_char
    paragraph = next((k for k in range(quote.end, end) if ctx.text[k] in "\n\r\u2028\u2029"), end)
    rest = ctx.text[quote.end : min(end, paragraph)].lstrip(" ,")
    if not any(ch.isalnum() for ch in rest):
        return True
    # The writer's sentence goes on: words said ('"He has been too aggressive," which
    # Lee thinks ...') still go on; a name ("''Opening Night,'' which ...") does not, nor
    # words with a speaker of their own after them ('"Yes, I back her," an angry Lee ...').
    after = ctx.token_at(end - len(rest))
    if after is None or after.pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM") and after.tag_ not in ("WDT", "WP", "WP$"):
        return False  # a noun phrase: the subject of an attribution of its own
    inside = [t for t in ctx.doc[ctx.sents[sentence].start : ctx.sents[sentence].end] if quote.inner_start <= t.idx < quote.inner_end]
    return any(t.pos_ in ("VERB", "AUX") for t in inside)


def reported(quote: Quotation, drafts: list[Draft]) -> bool:
    """Is the quotation already what a statement reports ('"We must act," she concluded':
    the quotation is the clause of "concluded"), so that it goes on no earlier one?"""
    return any(start < quote.inner_end and quote.inner_start < end for d in drafts for start, end in d.content)
