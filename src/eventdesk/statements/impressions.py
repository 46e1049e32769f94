"""Attributions with no source: the writer's impression, "the court seemed to signal ...",
"the plan appears to be stalled", "his voice seemed weaker", "it seems that ...", and what is
held by people left unnamed: "the mayor is expected to resign", "the contests known as Super
Tuesday". News annotators count these as
attributions whose source is left unsaid; the statement has no speaker. The verbs are the
`impression`, `hearsay` and `alias` words of data/word_roles.tsv.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.statements.clauses import subtree_without_nested
from eventdesk.statements.context import ArticleContext, Draft, trim
from eventdesk.statements.lexicon import words_with_role
from eventdesk.nlp import children_of


def impression_drafts(ctx: ArticleContext, taken: list[Draft]) -> list[Draft]:
    """Drafts of "X seems to Y" (content: X ... to Y), "it seems that Z" (content: Z) and "X is
    reportedly Y" (content: the clause)."""
    verbs = words_with_role("impression")
    hearsay = words_with_role("hearsay")
    adverbs = words_with_role("hearsay-adverb")
    aliases = words_with_role("alias")
    drafts = []
    for sent in ctx.sents:
        for verb in sent:
            if ctx.in_quote(verb):
                continue
            if verb.lower_ in adverbs and verb.dep_ == "advmod" and verb.head.pos_ in ("VERB", "AUX"):
                tokens = _reported(ctx, verb)
            elif verb.lemma_.lower() in aliases and verb.tag_ == "VBN" and verb.dep_ == "acl" and _alias(verb) is not None:
                tokens = _words(_noun_words(verb) + [verb] + subtree_without_nested(ctx, _alias(verb), verb))
            elif verb.lemma_.lower() in aliases and verb.tag_ == "VBN" and _alias(verb) is not None and _named(verb):
                tokens = _words(_named(verb) + [verb] + subtree_without_nested(ctx, _alias(verb), verb))
            elif verb.lemma_.lower() in hearsay and verb.tag_ == "VBN":
                tokens = _held(ctx, verb)
            elif verb.lemma_.lower() not in verbs or verb.pos_ != "VERB":
                continue
            elif any(c.dep_ == "neg" for c in children_of(verb)):
                continue
            else:
                tokens = _content(ctx, verb)
            if not tokens:
                continue
            start, end = trim(ctx.text, tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
            if start >= end or any(s < end and start < e for d in taken + drafts for s, e in d.content):
                continue
            drafts.append(
                Draft(
                    cue_start=verb.idx, cue_end=verb.idx + len(verb), lemma=verb.lemma_.lower(),
                    sentence=ctx.sent_of.get(verb.i, 0), content=[(start, end)], type="indirect",
                    speaker_head=None, cue_token=verb,
                )
            )
    return drafts


def _content(ctx: ArticleContext, verb: Token) -> list[Token]:
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "expl")), None)
    if subject is None or subject.tag_ in ("WDT", "WP"):
        return []  # "what seems most striking", "views that now seem moderate": no impression
    if subject.lower_ == "it":
        # "it seems that Z", "it seemed like Z", "it seems as if Z": the clause with its mark.
        clause = next((c for c in children_of(verb) if c.dep_ in ("ccomp", "advcl") and c.i > verb.i), None)
        marks = [m.lower_ for m in children_of(clause) if m.dep_ == "mark"] if clause is not None else []
        if clause is None or not (marks == ["that"] and clause.dep_ == "ccomp" or marks in (["like"], ["as", "if"])):
            return []
        return _words(subtree_without_nested(ctx, clause, verb))
    complement = next(
        (c for c in children_of(verb) if c.dep_ == "xcomp" and c.i > verb.i and any(a.lower_ == "to" for a in children_of(c))), None
    )
    if complement is None:
        complement = _described_as(verb)
    if complement is None:
        return []
    return _words(list(subject.subtree) + [verb] + subtree_without_nested(ctx, complement, verb))


def _held(ctx: ArticleContext, verb: Token) -> list[Token]:
    """ "The mayor is expected to resign", "the bill, which is believed to have the votes":
    a passive of belief or report with a subject and an infinitive and nobody named as the
    holder (no "by" phrase); the content is the subject with the infinitive."""
    kids = children_of(verb)
    subject = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subject is None or not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ == "agent" for c in kids):
        return []
    if subject.lower_ == "it":
        return []  # "it is expected that ...": the passive cue reads it
    complement = next(
        (c for c in kids if c.dep_ == "xcomp" and c.i > verb.i and any(a.lower_ == "to" and a.dep_ == "aux" for a in children_of(c))), None
    )
    if complement is None:
        return []
    return _words(list(subject.subtree) + subtree_without_nested(ctx, complement, verb))


def _alias(verb: Token) -> Token | None:
    """The name or repute a participle after a noun gives it: its "as" or "for" phrase
    ("known as the Spine", "known for its rye bread"); None for any other
    ("a man known to police")."""
    return next((c for c in children_of(verb) if c.i > verb.i and c.dep_ == "prep" and c.lower_ in ("as", "for")
                 and any(o.dep_ == "pobj" for o in children_of(c))), None)


def _named(verb: Token) -> list[Token]:
    """ "The judge is known for her caution", "a valley that was known as a backwater": the
    subject of a passive of repute with no "by" phrase (for a relative pronoun, the noun it
    stands for), as news annotators draw it (PolNeAR train: 15 of 18 with an object)."""
    kids = children_of(verb)
    subject = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subject is None or not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ == "agent" for c in kids):
        return []
    if subject.tag_ in ("WDT", "WP"):
        return _noun_words(verb) if verb.dep_ == "relcl" else []
    return list(subject.subtree)


def _noun_words(verb: Token) -> list[Token]:
    """The noun a participle describes, from its first word to the participle."""
    noun = verb.head
    return [t for t in verb.doc[noun.left_edge.i : verb.i]]


def _reported(ctx: ArticleContext, adverb: Token) -> list[Token]:
    """ "The club is reportedly spending $1 million on ads": the clause the adverb stands in,
    with its subject (not a clause with none of its own: "a man reportedly seen at the gate")."""
    verb = adverb.head
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(verb)):
        return []
    return _words(subtree_without_nested(ctx, verb, adverb))


def _described_as(verb: Token) -> Token | None:
    """What the subject seems to be: "his voice seemed weaker", "the race appears closer",
    "the event seemed an insult away from a brawl", "this seems like a turning point"."""
    for c in children_of(verb):
        if c.i < verb.i:
            continue
        if c.dep_ in ("acomp", "attr", "oprd") and c.pos_ in ("ADJ", "NOUN", "PROPN", "ADV", "VERB"):
            return c
        if c.dep_ == "prep" and c.lower_ == "like" and any(o.dep_ in ("pobj", "pcomp") for o in children_of(c)):
            return c
    return None


def _words(tokens: list[Token]) -> list[Token]:
    ordered = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
    while ordered and (ordered[-1].is_punct or ordered[-1].is_space):
        ordered.pop()
    return ordered
