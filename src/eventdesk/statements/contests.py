"""Contested claims: two statements by different speakers that say opposing things about
one subject ("secret prisons" against "rehabilitation centres"; "killed 40" against
"denied any deaths"). Kept strict on purpose: a contest list full of noise is worse than none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc, Token

from eventdesk.model import Actor, Contest, Span, Statement
from eventdesk.statements.lexicon import CueEntry, StatementLexicon, words_with_role
from eventdesk.nlp import children_of

_NEGATORS = {"not", "n't", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without"}
# Verbs too light to be what two statements contest ("X is not ..." / "X is ...": the
# attribute says what is contested, not the verb).
_LIGHT_VERBS = {"be", "have", "do", "get", "make", "say", "tell", "go", "come", "want", "mean", "know", "think", "see", ""}
_THING_PRONOUNS = {"it", "they", "this", "that"}
# Named entities that are actors, not things: what two speakers contest is a thing said
# of something ("the prisons", "deaths", "the vote"), not a person or body spoken of.
_ACTOR_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}


class _Draft(Protocol):
    content: list[tuple[int, int]]
    entry: CueEntry | None


def find_contests(
    doc: Doc, drafts: Sequence[_Draft], statements: Sequence[Statement], lexicon: StatementLexicon
) -> list[Contest]:
    """Pairs of statements (in text order) that contest one subject, at most one per pair."""
    views = [_View(doc, d, s, lexicon) for d, s in zip(drafts, statements)]
    contests = []
    for i, j in _candidate_pairs(views, lexicon):
        first, second = views[i], views[j]
        if first.question or second.question or first.statement.negated or second.statement.negated:
            continue  # a question, or what a speaker did not say, asserts nothing to contest
        if _same_side(first.statement.speaker, second.statement.speaker):
            continue
        subject = _opposed_subject(first, second, lexicon)
        if subject is None and j in first.denied_by:
            subject = _noun_phrase(_claim_noun(second, lexicon))
        if subject is not None:
            contests.append(
                Contest(
                    statements=[first.statement.id, second.statement.id],
                    subject=subject,
                    speakers=[_label(first.statement.speaker), _label(second.statement.speaker)],
                )
            )
    return contests


def _candidate_pairs(views: list["_View"], lexicon: StatementLexicon) -> list[tuple[int, int]]:
    """The pairs (i < j, in text order) of statements with speakers that may contest a
    subject: those that share a noun, a group of related words or a predicate (every rule
    of OPPOSITIONS needs one), and a denial of "the allegation" with the nearest earlier
    statement by someone else. Looking up shared words keeps a long document from costing
    every pair of its statements."""
    spoken = [k for k, v in enumerate(views) if v.statement.speaker is not None]
    pairs: set[tuple[int, int]] = set()
    holders: dict[tuple[str, str], list[int]] = {}
    for j in spoken:
        view = views[j]
        keys = [("n", w) for w in view.nouns] + [("g", w) for w in view.groups] + [("p", w) for w in view.predicates]
        for key in keys:
            pairs.update((i, j) for i in holders.get(key, ()))
            holders.setdefault(key, []).append(j)
        if view.denies and _claim_noun(view, lexicon) is not None:
            # "... reject the allegation": the nearest earlier statement by someone else.
            earlier = [i for i in spoken if i < j and not _same_side(views[i].statement.speaker, view.statement.speaker)]
            if earlier:
                pairs.add((earlier[-1], j))
                views[earlier[-1]].denied_by.add(j)
    return sorted(pairs)


class _View:
    """A statement's content as tokens, with the nouns it talks about."""

    def __init__(self, doc: Doc, draft: _Draft, statement: Statement, lexicon: StatementLexicon):
        self.statement = statement
        self.entry = draft.entry
        self.tokens = []
        for start, end in draft.content:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                self.tokens.extend(t for t in span if not t.is_space)
        self.nouns: dict[str, list[Token]] = {}
        self.groups: dict[str, list[Token]] = {}
        for token in self.tokens:
            lemma = token.lemma_.lower()
            if _thing(token) and lemma not in lexicon.generic and len(lemma) > 2:
                self.nouns.setdefault(lemma, []).append(token)
            group = lexicon.related.get(lemma)
            if group is not None:
                self.groups.setdefault(group, []).append(token)
        self.denies = bool(draft.entry and draft.entry.denial)
        self.denied_by: set[int] = set()  # later denials of "the allegation" that answer this statement
        self.question = statement.cue.lemma in ("ask", "wonder") or statement.content.text.rstrip(" \"'”’").endswith("?")
        firsts = [tokens[0] for tokens in self.nouns.values()] + [tokens[0] for tokens in self.groups.values()]
        self.negated = {t.i: _negated(t) for t in firsts}
        self.renamed = self.renamings()
        self.predicates = _predicates(self)

    def renamings(self) -> dict[str, str]:
        """noun lemma -> the different noun it is said to be ("the prisons are centres")."""
        found = {}
        for token in self.tokens:
            if token.pos_ not in ("NOUN", "PROPN"):
                continue
            subject_lemma = token.lemma_.lower()
            head = token.head
            if token.dep_ in ("nsubj", "nsubjpass") and head.lemma_ == "be":
                for attr in children_of(head):
                    if any(c.like_num for c in attr.subtree):
                        continue  # a figure ("is 51 percent"), not another name
                    if attr.dep_ in ("attr", "acomp") and attr.pos_ in ("NOUN", "PROPN"):
                        if attr.lemma_.lower() != subject_lemma:
                            found[subject_lemma] = attr.lemma_.lower()
            if token.dep_ == "dobj" and head.lemma_.lower() in words_with_role("renaming"):
                for other in list(children_of(token)) + list(children_of(head)):
                    if other.dep_ in ("appos", "oprd") and other.lemma_.lower() != subject_lemma:
                        found[subject_lemma] = other.lemma_.lower()
                    if other.dep_ == "prep" and other.lower_ == "as":
                        for obj in children_of(other):
                            if obj.dep_ == "pobj" and obj.lemma_.lower() != subject_lemma:
                                found[subject_lemma] = obj.lemma_.lower()
        # The statement's own cue may do the renaming ("the ministry calls the prisons ...").
        return found


def _opposed_subject(first: _View, second: _View, lexicon: StatementLexicon) -> Span | None:
    for rule in OPPOSITIONS:
        subject = rule(first, second)
        if subject is not None:
            return subject
    return None


def _denial(first: _View, second: _View) -> Span | None:
    """A denial of a claim made before it about the same thing: "killed 40" / "denied any deaths"."""
    if not second.denies or first.denies:
        return None
    shared = [lemma for lemma in first.nouns if lemma in second.nouns]
    if shared:
        return _noun_phrase(first.nouns[shared[0]][0])
    groups = [g for g in first.groups if g in second.groups]
    if groups:
        # Name the subject by a noun ("deaths") rather than a verb ("killed") when one side has it.
        tokens = first.groups[groups[0]] + second.groups[groups[0]]
        return _noun_phrase(next((t for t in tokens if t.pos_ == "NOUN"), tokens[0]))
    return None


def _negated_thing(first: _View, second: _View) -> Span | None:
    """The same thing with the same predicate, negated in one and asserted in the other."""
    for lemma in [lemma for lemma in first.nouns if lemma in second.nouns]:
        a, b = first.nouns[lemma][0], second.nouns[lemma][0]
        if first.negated[a.i] != second.negated[b.i] and _predicate(a) == _predicate(b) not in _LIGHT_VERBS:
            return _noun_phrase(a)
    for group in [g for g in first.groups if g in second.groups]:
        a, b = first.groups[group][0], second.groups[group][0]
        if first.negated[a.i] != second.negated[b.i]:
            return _noun_phrase(a)
    return None


def _negated_predicate(first: _View, second: _View) -> Span | None:
    """The same predicate, asserted by one and negated by the other, of the same thing
    ("the dam was safe" / "it was not safe")."""
    for lemma, (negated, a) in first.predicates.items():
        other = second.predicates.get(lemma)
        if other is None or other[0] == negated or lemma in _LIGHT_VERBS:
            continue
        b = other[1]
        # The thing itself on both sides, or "it"/"they" in the later statement for the
        # thing the earlier one names; "he" on both sides may be two people.
        same = _thing(a) and (b.lemma_.lower() == a.lemma_.lower() or b.lower_ in _THING_PRONOUNS)
        if same:
            return _noun_phrase(a)
    return None


def _renamed(first: _View, second: _View) -> Span | None:
    """Different speakers calling the same thing by different names."""
    first_names, second_names = first.renamed, second.renamed
    for lemma in [lemma for lemma in first.nouns if lemma in second.nouns]:
        a, b = first.nouns[lemma][0], second.nouns[lemma][0]
        for names, renamer, other_view, other_names in (
            (second_names, second, first, first_names),
            (first_names, first, second, second_names),
        ):
            renamed = names.get(lemma)
            if renamed is None or renamed in other_view.nouns:
                continue
            # The other side must describe the thing too: by a name of its own
            # ("secret prisons") or by saying it is something else.
            described = other_names.get(lemma, renamed) != renamed or _described(
                other_view.nouns[lemma], renamer.nouns[lemma]
            )
            if described:
                return _noun_phrase(a)
    return None


OPPOSITIONS = (_denial, _negated_thing, _negated_predicate, _renamed)


def _thing(token: Token) -> bool:
    """A noun naming a thing two statements may contest: a common noun, not a name of a
    person, body or country (everybody in a political story speaks of the candidates)."""
    return token.pos_ == "NOUN" and token.ent_type_ not in _ACTOR_ENTITIES


def _described(tokens: list[Token], renamer_tokens: list[Token]) -> bool:
    """Does one side describe the thing with a word of its own ("secret prisons",
    "internment camps" against "the camps are ...")? A modifier both sides use is part of
    the thing's name ("climate change", "the tax plan"), no description."""
    def modifiers(found: list[Token]) -> set[str]:
        return {c.lemma_.lower() for t in found for c in t.lefts if c.dep_ in ("compound", "amod")}

    return bool(modifiers(tokens) - modifiers(renamer_tokens))


def _claim_noun(view: "_View", lexicon: StatementLexicon) -> Token | None:
    """The noun naming someone else's statement that a denial takes as its content."""
    for token in view.tokens:
        if token.pos_ != "NOUN" or lexicon.related.get(token.lemma_.lower()) != "claim":
            continue
        # "the allegation", "these claims" point back; "reports of a coup" bring their own content.
        definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "no") for c in children_of(token))
        own_content = any(c.dep_ in ("prep", "acl", "relcl", "ccomp") for c in children_of(token))
        if definite and not own_content:
            return token
    return None


def _predicates(view: "_View") -> dict[str, tuple[bool, Token]]:
    """Predicate lemma -> (negated, its subject) for the clauses of a statement:
    "the dam was safe" gives safe -> (False, dam); "it was not safe" gives safe -> (True, it)."""
    found = {}
    for token in view.tokens:
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = token.head
        predicate = verb
        if verb.lemma_ == "be":
            attrs = [c for c in children_of(verb) if c.dep_ in ("acomp", "attr")]
            if not attrs:
                continue
            predicate = attrs[0]
        negated = any(c.dep_ == "neg" for c in children_of(verb)) or any(
            c.lower_ in _NEGATORS for c in children_of(predicate) if c.dep_ in ("neg", "det", "advmod")
        )
        found.setdefault(predicate.lemma_.lower(), (negated, token))
    return found


def _negated(token: Token) -> bool:
    """Is the clause that holds token negated ("no deaths", "did not attack")?"""
    if any(c.lower_ in _NEGATORS for c in children_of(token) if c.dep_ in ("det", "neg", "advmod")):
        return True
    for ancestor in token.ancestors:
        if any(c.dep_ == "neg" or (c.lower_ in _NEGATORS and c.dep_ in ("det", "advmod")) for c in children_of(ancestor)):
            return True
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ in ("ROOT", "ccomp", "xcomp", "relcl", "conj"):
            return False
    return False


def _predicate(token: Token) -> str:
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor.lemma_.lower()
    return ""


def _noun_phrase(token: Token) -> Span:
    tokens = [token] + [c for c in token.lefts if c.dep_ in ("compound", "amod")]
    start = min(t.i for t in tokens)
    span = token.doc[start : token.i + 1]
    return Span(text=span.text, start=span.start_char, end=span.end_char)


def _same_side(a: Actor, b: Actor) -> bool:
    if a.code and a.code == b.code:
        return True
    if a.country and a.country == b.country:
        return not (a.sectors and b.sectors and not set(a.sectors) & set(b.sectors))
    first, second = _label(a).lower(), _label(b).lower()
    if first == second:
        return True
    # One person named in full and by surname or title ("Barack Obama", "Mr. Obama",
    # "Obama"): the same speaker.
    if a.kind == b.kind == "person":
        return first.split()[-1:] == second.split()[-1:]
    return False


def _label(actor: Actor) -> str:
    return actor.name or actor.text
