"""What a cue of naming reports: "called the verdict a travesty", 'called her rival the
"ultimate opportunist"', 'called that "beyond absurd"' (frame `oprd` in cues.tsv): the
thing named and the name it is given, together the content."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.nlp import children_of
from eventdesk.statements.context import ArticleContext

# Relations the parser may give a quoted name after its object ('called that "beyond
# absurd"': a preposition of the verb; 'called it "very, very sad"': an adverb).
_QUOTED_NAME_DEPS = {"prep", "advmod", "acomp", "npadvmod", "attr", "xcomp", "ccomp", "oprd", "dobj"}
_NAMED_POS = {"NOUN", "PROPN", "PRON"}


def _span_of(ctx: ArticleContext, heads: list[Token], cue: Token) -> list[Token]:
    from eventdesk.statements.clauses import span_of  # clauses calls this module

    return span_of(ctx, heads, cue)


def naming_frame(ctx: ArticleContext, cue: Token, children: list[Token], dobj: Token) -> list[Token] | None:
    """ "called the verdict a travesty": the object and what it is called."""
    # "calling the senator an 'ignorant man'": the parser may make the name a second object.
    described = [c for c in children_of(dobj) if c.dep_ in ("appos", "oprd")] + [
        c for c in children if c.dep_ in ("oprd", "ccomp", "xcomp") or (c.dep_ == "dobj" and c.i > dobj.i)
    ]
    if described:
        return _span_of(ctx, [dobj] + described, cue)
    # 'called the report "fiction"': the parser may make the quoted name the object.
    if any(t.is_quote for t in dobj.subtree):
        return _span_of(ctx, [dobj], cue)
    # 'called that "beyond absurd"': the quoted name hung on the verb in another role.
    name = _quoted_name_after(dobj, children)
    if name is not None:
        return _span_of(ctx, [dobj, name], cue)
    return None


def _quoted_name_after(named: Token, children: list[Token]) -> Token | None:
    """The cue's dependent that opens with a quotation mark right after the thing named."""
    end = max(t.i for t in named.subtree)
    for child in children:
        words = list(child.subtree)
        if child.dep_ in _QUOTED_NAME_DEPS and words[0].i == end + 1 and words[0].is_quote and len(words) > 2:
            return child
    return None


def small_clause(ctx: ArticleContext, cue: Token, children: list[Token]) -> list[Token] | None:
    """ "calls Lee unqualified", "called what she saw 'terrible'": the parser may make the
    thing named and its name a clause of the cue, with no object."""
    after = [c for c in children if c.i > cue.i and not ctx.in_quote(c) or c.dep_ == "oprd"]
    glued = next((c for c in after if c.dep_ == "oprd" and _named_before_quote(ctx, c)), None)
    if glued is not None:
        return _span_of(ctx, [glued], cue)  # 'called her "third-rate"': one phrase to the parser
    pair = _two_names(ctx, cue, children)
    if pair is not None:
        return _before_participle(_span_of(ctx, pair, cue))  # 'called her rival the "ultimate opportunist"'
    clause = next((c for c in after if c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "dobj") for s in children_of(c))), None)
    if clause is None or any(c.dep_ in ("aux", "auxpass", "mark") for c in children_of(clause)):
        return None  # "called the foundation was holding ...": a clause of its own, no name
    named = [c for c in children if c.dep_ == "oprd" and c.i > clause.i]
    if not named and not any(s.dep_ == "nsubj" for s in children_of(clause)):
        return None
    return _span_of(ctx, [clause] + named, cue)


def _two_names(ctx: ArticleContext, cue: Token, children: list[Token]) -> list[Token] | None:
    """ 'called her rival the "ultimate opportunist"': the parser may read the thing named
    and its quoted name as two descriptions of the cue; the first, outside the quotation
    marks and next to the cue, is the thing named, the second holds the quotation."""
    names = [c for c in children if c.dep_ == "oprd" and c.i > cue.i]
    if len(names) != 2:
        return None
    first, second = names
    first_words = list(first.subtree)
    if first_words[0].i != cue.i + 1 or first.pos_ not in _NAMED_POS or any(t.is_quote for t in first_words):
        return None
    second_words = list(second.subtree)
    if second_words[0].i != first_words[-1].i + 1 or not any(t.is_quote for t in second_words):
        return None
    return [first, second]


def _before_participle(tokens: list[Token]) -> list[Token]:
    """The name without a participle after its closing mark ('the "ultimate opportunist,"
    linking to a story': the speaker going on, not the name)."""
    for k, token in enumerate(tokens[1:], 1):
        if token.tag_ == "VBG" and token.dep_ in ("acl", "advcl") and any(t.is_quote for t in tokens[:k]):
            return tokens[:k]
    return tokens


def _named_before_quote(ctx: ArticleContext, name: Token) -> bool:
    """Does the name a cue gives start with the thing named, outside quotation marks, before
    a quoted name ('her "third-rate"', 'the frontrunner "the best recruiter"')?"""
    words = list(name.subtree)
    mark = next((k for k, t in enumerate(words) if t.is_quote), None)
    return bool(mark) and any(t.pos_ in ("NOUN", "PROPN", "PRON") and not ctx.in_quote(t) for t in words[:mark])
