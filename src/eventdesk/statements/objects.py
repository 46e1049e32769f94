"""The object a cue reports ("denied the report", "announced a ceasefire"), and the
objects that give a cue another sense than speech ("denied them access"); split from
statements.clauses, which tries this frame among the others."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.statements.complements import has_to, noun_has_content, predicate_as, that_clause_of
from eventdesk.statements.context import ArticleContext
from eventdesk.statements.cues import cue_of
from eventdesk.statements.lexicon import CueEntry, noun_cues, words_with_role
from eventdesk.nlp import children_of

# Prepositions whose phrase, hung on the verb right after its object, belongs to the object.
_NOUN_PREPS = {"in", "of", "for", "about", "to", "with", "that"}
# Relative words that stand for what a cue in their clause reports as its object.
_RELATIVE_OBJECTS = {"which", "who", "whom"}


def relative_object(cue: Token, dobj: Token) -> bool:
    """ "a curfew, which the mayor strongly opposes", "a rival whom she admires": the object of
    a cue in a relative clause is its relative word, which stands for the noun the clause
    describes; news annotators (PolNeAR) draw that word as what is opposed, backed or said
    (train: 11 of 13 new statements matched). Not "that" ("the plan that she backs": 1 of 13)."""
    return cue.dep_ == "relcl" and dobj.i < cue.i and dobj.lower_ in _RELATIVE_OBJECTS


def _span_of(ctx: ArticleContext, heads: list[Token], cue: Token) -> list[Token]:
    from eventdesk.statements.clauses import span_of  # clauses calls this module

    return span_of(ctx, heads, cue)


def object_frame(ctx: ArticleContext, cue: Token, entry: CueEntry, children: list[Token], dobj: Token) -> list[Token]:
    """ "denied the report", "announced a ceasefire": the object, unless it gives the cue a
    sense other than speech ("denied them access")."""
    if non_speech_object(ctx, entry, dobj):
        return []
    noun = noun_cues().get(dobj.lemma_.lower())
    if noun is not None and "that" in noun.frames and that_clause_of(dobj) is not None:
        # "repeated his claim that ...", "mocked the union's belief that ...": the noun
        # carries the attribution, held by its possessor (statements.nouns).
        return []
    if noun is not None and cue.lemma_.lower() in words_with_role("light") and noun_has_content(cue, dobj, noun):
        # "voiced support for the bill", "outlined a plan to cut fees": the noun says what,
        # held by the verb's subject (statements.nouns), as news annotators draw the cue;
        # "expressed their support for Lee" stays the verb's, its object the content.
        if not any(c.dep_ == "poss" for c in children_of(dobj)):
            return []
    parts = [dobj]
    # "denied any role in the sinking": the parser may hang the noun's own phrase on the verb.
    for prep in (c for c in children if c.dep_ == "prep" and c.i == dobj.right_edge.i + 1):
        if prep.lower_ == "by" and [c.lemma_.lower() for c in children_of(prep)] == ["name"]:
            parts.append(prep)  # "did not mention the mayor by name": how she was named
        elif not any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree) and prep.lower_ in _NOUN_PREPS:
            if not any(c.lemma_.lower() in words_with_role("occasion") for c in children_of(prep)):
                parts.append(prep)  # "condemned the program in statements": where it was said
        elif prep.lower_ == "as" and predicate_as(prep):
            parts.append(prep)  # "praised the mayor as a steady hand": what the object is said to be
    # "supports his amendments to expand the program", "decried the calls to ban ...": the
    # noun's infinitive, whatever the parser hung it on.
    end = max(p.right_edge.i for p in parts)
    for verb in (c for c in children if c.dep_ in ("advcl", "xcomp") and c.left_edge.i == end + 1):
        if has_to(verb) and not ctx.in_quote(verb) and cue_of(ctx, verb) is None:
            parts.append(verb)
    return _span_of(ctx, parts, cue)


def non_speech_object(ctx: ArticleContext, entry: CueEntry, dobj: Token) -> bool:
    """ "denied them access", "claimed 40 lives", "dismissed the coach": an object that
    gives the cue a sense other than speech (statements/data/non_speech_objects.tsv)."""
    objects = ctx.lexicon.non_speech_objects.get(entry.lemma)
    if not objects:
        return False
    if dobj.lemma_.lower() in objects or dobj.lower_ in objects:
        return True
    if "PERSON" in objects:
        role = ctx.lexicon.roles.get(dobj.lemma_.lower())
        return dobj.ent_type_ == "PERSON" or (role is not None and role.kind == "person")
    return False
