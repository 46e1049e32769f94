"""Reported speech in a parsed article: who says what, in which words.

Quotations are found on the raw text (statements.quotes), cues on the dependency parse
(statements.cues), and the two are joined: a quotation next to an attribution clause is
direct speech (statements.direct); a reported clause is indirect speech, or mixed when it
holds a quoted part (statements.clauses). Speakers are resolved through the article's
discourse (statements.speakers, statements.discourse); statements.assembly turns the drafts
into statements, and statements.postprocess finishes them with what the cleaning and actor
stages put on the Doc.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan

from eventdesk.model import Contest, Statement
from eventdesk.statements.assembly import assemble, inside_split
from eventdesk.statements.clauses import reported_clause
from eventdesk.statements.context import ArticleContext, Draft
from eventdesk.statements.contests import find_contests
from eventdesk.statements.cues import cue_of, find_cues
from eventdesk.statements.continuation import continue_quotes
from eventdesk.statements.direct import bare_attributions, direct_speech
from eventdesk.statements.headlines import headline_attributions
from eventdesk.statements.lexicon import StatementLexicon, load_lexicon
from eventdesk.statements.impressions import impression_drafts
from eventdesk.statements.interposed import interposed_drafts
from eventdesk.statements.nouns import noun_drafts
from eventdesk.statements.passives import passive_drafts
from eventdesk.statements.perspectives import perspective_drafts
from eventdesk.statements.stances import championing_drafts
from eventdesk.statements.adjectives import adjective_drafts, stance_drafts
from eventdesk.statements.postprocess import finish


class StatementExtractor:
    """Statements of an article's content sentences, and the contested claims among them.

    Speakers are resolved through the document's actor layer (`doc._.actor_layer`, which
    the actors stage sets). Given an ActorResolver, the extractor builds that layer itself
    when the Doc has none, so it also works on a Doc that only spaCy has parsed."""

    def __init__(self, resolver=None, lexicon: StatementLexicon | None = None):
        self.resolver = resolver
        self.lexicon = lexicon or load_lexicon()

    def __call__(self, doc: Doc) -> tuple[list[Statement], list[Contest]]:
        sents = _content_sents(doc)
        if not sents:
            return [], []
        layer = doc._.actor_layer if Doc.has_extension("actor_layer") else None
        if layer is None and self.resolver is not None:
            layer = self.resolver.document(doc)
        return read(ArticleContext(doc, sents, layer, self.lexicon))


def read(ctx: ArticleContext) -> tuple[list[Statement], list[Contest]]:
    """The statements and contests of one article: direct speech, reported clauses, bare
    colon and dash attributions, headline colons ("Mayor Lee: ..."), the writer's impressions ("X seems to ..."), passives ("the plan was announced"), noun cues ("her claim that ...") and continued quotations,
    assembled and finished."""
    cues = find_cues(ctx)
    drafts = direct_speech(ctx, cues)
    direct = {d.cue_start: d for d in drafts}
    for tokens, entry in cues:
        # A cue with a quotation may report a clause of its own besides: one statement,
        # mixed ('"...," she told lawmakers that ...'); but a parse that hangs "...,
        # warning that ..." on the cue is the speaker going on, a statement of its own.
        quoted = direct.get(tokens[0].idx)
        draft = reported_clause(ctx, tokens, entry, outside_only=quoted is not None)
        if draft is None:
            continue
        if quoted is not None and inside_split(quoted, draft):
            continue  # a phrase of the attribution that splits a quotation: still direct
        going_on = participle_before(ctx, draft) if quoted is not None else None
        if going_on is not None:
            drafts.append(going_on)
        elif quoted is not None:
            quoted.content.extend(draft.content)
            quoted.type = "mixed"
        else:
            drafts.append(draft)
    drafts.extend(interposed_drafts(ctx, cues, drafts))
    drafts.extend(bare_attributions(ctx, {id(q) for d in drafts for q in d.quotes}))
    drafts.extend(noun_drafts(ctx, drafts))
    drafts.extend(adjective_drafts(ctx, drafts))
    drafts.extend(stance_drafts(ctx, drafts))
    drafts.extend(perspective_drafts(ctx, drafts))
    drafts.extend(championing_drafts(ctx, drafts))
    drafts.extend(headline_attributions(ctx, drafts))
    drafts.extend(impression_drafts(ctx, drafts))
    drafts.extend(passive_drafts(ctx, drafts))
    continue_quotes(ctx, drafts)
    drafts, statements = assemble(ctx, drafts)
    contests = find_contests(ctx.doc, drafts, statements, ctx.lexicon)
    finish(statements, ctx.doc, ctx.lookup)
    return statements, contests


def participle_before(ctx: ArticleContext, draft: Draft) -> Draft | None:
    """The clause a quotation's cue reports, as the statement of a participle cue right
    before it, set off by a comma ('"...," he told lawmakers, warning that ...', which
    the parser may hang on "told"); None when no such participle stands there."""
    first = ctx.token_at(draft.content[0][0])
    word = ctx.doc[first.i - 1] if first is not None and first.i > 1 else None
    if word is None or word.tag_ != "VBG" or ctx.doc[word.i - 1].text != ",":
        return None
    match = cue_of(ctx, word)
    if match is None:
        return None
    return Draft(
        cue_start=word.idx, cue_end=word.idx + len(word), lemma=match[1].lemma, sentence=draft.sentence,
        content=draft.content, type=draft.type, speaker_head=draft.speaker_head, entry=match[1], cue_token=word,
    )


def _content_sents(doc: Doc) -> list[SpacySpan]:
    content = doc._.content_sents if Doc.has_extension("content_sents") else None
    return list(content) if content is not None else list(doc.sents)
