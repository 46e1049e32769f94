"""Attributions in the passive: "the plan was announced in March", "the mayor is seen as
weak", "he has been called a traitor by his rivals". What
was announced, seen or called is the content; the speaker is the "by" phrase, or nobody
when there is none (the source left unsaid, as news annotators draw it). A verb that
speaks to someone (`addressee` words: "the farmers had been warned") gives nothing: its
subject is the one spoken to, unless it puts a question (`asking` words: "the mayor was
asked whether she would run" reports the question).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.nlp import children_of
from eventdesk.statements.assembly import inside_question
from eventdesk.statements.boundaries import with_condition_on_head
from eventdesk.statements.clauses import subtree_without_nested
from eventdesk.statements.complements import question_after_asking
from eventdesk.statements.objects import non_speech_object
from eventdesk.statements.context import ArticleContext, Draft
from eventdesk.statements.cues import blocked, cue_of
from eventdesk.statements.lexicon import CueEntry, words_with_role
from eventdesk.statements.nouns import draft_of

# The frames of a cue that takes an object: its passive subject is that object.
_OBJECT_FRAMES = frozenset({"np", "as", "oprd", "of", "for", "on", "about"})
# What stays with the subject as content: "seen as weak", "called a traitor", "asked about X".
_COMPLEMENT_DEPS = {"oprd", "attr", "acomp", "ccomp", "xcomp", "dobj"}


def passive_drafts(ctx: ArticleContext, taken: list[Draft]) -> list[Draft]:
    """Drafts of the passive cues of the article whose content no other draft has."""
    drafts: list[Draft] = []
    used = {d.cue_token.i for d in taken if d.cue_token is not None}
    # A cue inside a question reports nothing (assembly drops it): it does not hold the
    # question's words ("Asked why she had not voted, ...").
    rivals = [d for d in taken if not inside_question(ctx, d)]
    for sent in ctx.sents:
        for verb in sent:
            if not _participle(verb) or verb.i in used or ctx.in_quote(verb):
                continue
            match = cue_of(ctx, verb)
            if match is None or len(match[0]) > 1 or not (match[1].frames & _OBJECT_FRAMES) or blocked(verb, match[1]):
                continue
            draft = _draft(ctx, verb, match[1])
            if draft is None:
                continue
            start, end = draft.content[0]
            if not any(s < end and start < e for d in rivals + drafts for s, e in d.content):
                drafts.append(draft)
    return drafts


def _participle(verb: Token) -> bool:
    """A passive participle; also "Asked" opening the sentence that the tagger takes for a past
    tense ("Asked what the deal might look like, ...")."""
    return verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.i == verb.sent.start and _question_put(verb, list(children_of(verb)))


def _draft(ctx: ArticleContext, verb: Token, entry: CueEntry) -> Draft | None:
    kids = list(children_of(verb))
    agent = next((c for c in kids if c.dep_ == "agent"), None)
    speaker = next((o for o in children_of(agent) if o.dep_ == "pobj"), None) if agent is not None else None
    if agent is not None and speaker is None:
        return None
    subject = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subject is not None and any(c.dep_ == "auxpass" for c in kids):
        subject_tokens = list(subject.subtree)
    elif _question_put(verb, kids):
        subject_tokens = []  # "Asked whether the plan would work, the mayor said no"
    elif speaker is not None and verb.dep_ == "acl" and verb.head.i < verb.i and verb.lemma_.lower() in words_with_role("backing"):
        # "the plan proposed by the mayor", "the bill, opposed by most Republicans,": a
        # participle of stance with its "by" phrase describing a noun reports the noun
        # phrase (PolNeAR train: 12 new statements matched, 7 not; other verbs 6 and 10).
        subject, subject_tokens = verb.head, _described(verb)
    else:
        # A participle with no "by" phrase describing a noun ("a plan announced last year")
        # is left out: PolNeAR draws it about half the time.
        return None
    if non_speech_object(ctx, entry, subject):
        return None  # "the nominee was confirmed", "patients were admitted": no speech
    if subject is not None and subject.lower_ == "it" and any(c.dep_ == "ccomp" for c in kids):
        return None  # "it was announced that ...": the cue's own passive reading
    rest = [c for c in kids if c.i > verb.i and _complement(c)]
    if verb.lemma_.lower() in words_with_role("asking"):
        # "the mayor was asked whether ...", "was asked about the deal": the question is
        # the content, the subject only the one asked.
        subject_tokens = []
        rest = [c for c in kids if c.i > verb.i and (c.dep_ in ("ccomp", "xcomp") or c.lower_ in ("about", "on") and _complement(c))]
        rest = rest or [q for q in [question_after_asking(ctx, verb)] if q is not None]
    elif verb.lemma_.lower() in words_with_role("addressee"):
        return None  # "the farmers had been warned": the subject is the one spoken to
    if subject_tokens and "np" not in entry.frames and not any(c.lower_ in entry.frames or c.dep_ == "oprd" and "oprd" in entry.frames for c in rest):
        return None  # "officers are seen gathered around him": "see" is a cue with "as" only
    tokens = subject_tokens + [t for c in rest for t in subtree_without_nested(ctx, _asked_about(verb, c), verb)]
    if not tokens:
        return None
    # "Asked whether she would run if Lee quit, Ruiz smiled": the condition is the question's.
    tokens = with_condition_on_head(ctx, verb, sorted(tokens, key=lambda t: t.i))
    return draft_of(ctx, verb, entry, speaker, tokens)


def _described(verb: Token) -> list[Token]:
    """The noun phrase a participle describes, up to the participle ("the plan" of "the plan
    proposed by the mayor"), without the set-off mark before it."""
    tokens = [t for t in verb.head.subtree if t.i < verb.left_edge.i]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    return tokens


def _complement(child: Token) -> bool:
    if child.dep_ in _COMPLEMENT_DEPS:
        return True
    return child.dep_ == "prep" and child.lower_ in ("as", "about", "of", "for", "on") and not any(
        t.ent_type_ in ("DATE", "TIME") for t in child.subtree
    )


def _question_put(verb: Token, kids: list[Token]) -> bool:
    """A participle of asking opening an adverbial clause with no subject of its own ("Asked
    whether the plan would work, ...", "When asked about the levy, ..."): the question is
    reported, by someone the text leaves unsaid."""
    return (
        verb.dep_ == "advcl"
        and verb.lemma_.lower() in words_with_role("asking")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids)
    )


def _asked_about(verb: Token, child: Token) -> Token:
    """ "Asked about the levy, ...", "was asked last week about the levy": what the question is about
    is the preposition's object; the preposition goes with the cue, as news annotators draw
    it ("asked about", like "warned of")."""
    if child.dep_ != "prep" or verb.lemma_.lower() not in words_with_role("asking"):
        return child
    if not all(t.ent_type_ in ("DATE", "TIME") or t.pos_ == "ADV" for t in verb.doc[verb.i + 1 : child.i]):
        return child  # "asked by reporters about ...": not right after the cue
    objects = [c for c in children_of(child) if c.dep_ in ("pobj", "pcomp")]
    return objects[0] if len(objects) == 1 else child
