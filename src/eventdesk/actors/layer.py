"""The actor layer of one document: `DocActors`, stored on the Doc as `doc._.actor_layer`.

It holds the document's index (the lexicon matched once, see eventdesk.actors.index) and
answers the actor questions about that document: who a noun phrase names (`resolve`), every
actor mention in a stretch of text (`mentions`), and the country the text implies for a
bare actor (`context_country`, `story_country`), and who a pronoun or a definite
description means (`coref`, an eventdesk.actors.coref.Coreference built once). The publication date comes from
doc._.published unless a call gives one.

>>> layer = resolver.document(doc)          # doctest: +SKIP
>>> layer.resolve(doc[3])                   # doctest: +SKIP
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from eventdesk.actors import context
from eventdesk.actors.coref import Coreference
from eventdesk.actors.compose import actors_for_head
from eventdesk.actors.registry import person_registry
from eventdesk.actors.index import GEO_TYPES, DocIndex, build_index
from eventdesk.actors.lexicon import Lexicon
from eventdesk.actors.phrases import MODIFIER_DEPS, climb
from eventdesk.model import Actor
from eventdesk.nlp import children_of, doc_published


def register_extensions() -> None:
    """Register `doc._.actor_layer` (default None); safe to call any number of times."""
    from eventdesk.nlp import register_extensions as register

    register("actor_layer")


class DocActors:
    """The actors of one Doc, matched with one lexicon. Build it through
    ActorResolver.document(doc), which stores it on the Doc."""

    def __init__(self, doc: Doc, lexicon: Lexicon):
        self.doc = doc
        self.lexicon = lexicon
        self.index: DocIndex = build_index(doc, lexicon)
        self._coref: Coreference | None = None
        self._candidates: list[tuple[int, int, int]] | None = None
        self._surnames: list[tuple[int, int]] | None = None
        self._mentions: dict[tuple[int, int, str | None], list[Actor]] = {}  # (start, end, date) -> mentions

    @property
    def coref(self) -> Coreference:
        """The document's coreference searches (pronouns, definite descriptions), built on
        first use."""
        if self._coref is None:
            self._coref = Coreference(self)
        return self._coref

    def published(self, published: str | None = None) -> str | None:
        """The date to read the document at: `published` when given, else doc._.published."""
        return published or doc_published(self.doc)

    def resolve(self, token: Token, published: str | None = None) -> list[Actor]:
        """Actors named by the noun phrase headed by `token` (its subtree: compounds, amod,
        poss, appos, nmod, conjuncts, 'of' phrases like 'the foreign minister of Japan').
        [] when none."""
        self._check(token.doc)
        published = self.published(published)
        heads = [token] if token.dep_ == "conj" else [token, *(c for c in token.conjuncts if c.i > token.i)]
        actors: list[Actor] = []
        shared: str | None = None
        for position, head in enumerate(heads):
            # "Syrian jets and artillery": the artillery is Syrian too.
            found = actors_for_head(head, self.index, published, context_country=shared)
            if position == 0 and found and found[0].country and self._has_country_modifier(head):
                shared = found[0].country
            actors.extend(found)
        return actors

    def mentions(self, span: Doc | Span | None = None, published: str | None = None) -> list[Actor]:
        """Every actor mention in `span` (None: the whole document) in text order,
        non-overlapping, longest first. Worked out once per stretch (the stages ask about
        each sentence several times); each call gets its own copies."""
        doc = self.doc
        span = doc if span is None else span
        self._check(span if isinstance(span, Doc) else span.doc)
        published = self.published(published)
        start, end = (0, len(doc)) if isinstance(span, Doc) else (span.start, span.end)
        if start >= end:
            return []
        key = (start, end, published)
        found = self._mentions.get(key)
        if found is None:
            found = self._mentions[key] = self._find_mentions(span, start, end, published)
        return [actor.copy() for actor in found]

    def _find_mentions(self, span: Doc | Span, start: int, end: int, published: str | None) -> list[Actor]:
        doc = self.doc
        first_char, end_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        groups = []
        for head in sorted(self._mention_heads(span, start, end) - self.index.boilerplate):
            # a dateline or caption names no actor
            found = [a for a in actors_for_head(doc[head], self.index, published)
                     if first_char <= a.start < end_char]
            if found:
                groups.append(found)
        return _longest_first(groups)

    def context_country(self, token: Token, published: str | None = None,
                        exclude: tuple[int, int] | None = None, sentence_only: bool = False) -> str | None:
        """The country the text implies for an actor it names without one; see
        eventdesk.actors.context.context_country. It changes nothing `resolve` or
        `mentions` return."""
        self._check(token.doc)
        return context.context_country(self, token, self.published(published), exclude, sentence_only)

    def tied_country(self, token: Token, published: str | None = None) -> str | None:
        """The country the sentence ties the actor `token` heads to outside its phrase; see
        eventdesk.actors.context.tied_country."""
        self._check(token.doc)
        return context.tied_country(self, token, self.published(published))

    def story_country(self, sentence: Span, published: str | None = None) -> str | None:
        """The country the story is about as far as `sentence`; see
        eventdesk.actors.context.story_country."""
        self._check(sentence.doc)
        return context.story_country(self, sentence, self.published(published))

    def story_country_elsewhere(self, sentence: Span, published: str | None = None) -> str | None:
        """The country the whole story is about, from every sentence but `sentence`; see
        eventdesk.actors.context.story_country_elsewhere."""
        self._check(sentence.doc)
        return context.story_country_elsewhere(self, sentence, self.published(published))

    def _check(self, doc: Doc) -> None:
        if doc is not self.doc:
            raise ValueError("a DocActors answers only for the Doc it was built on")

    def _mention_heads(self, span: Doc | Span, start: int, end: int) -> set[int]:
        """Heads of the noun phrases that may name an actor: those of lexicon matches,
        of PERSON and ORG entities, and of surnames of persons named before."""
        candidates = self._candidate_heads()
        window = candidates[bisect_left(candidates, (start, -1, -1)):bisect_left(candidates, (end, -1, -1))]
        heads = {head for _, head, last in window if last < end}  # an entity lies wholly inside
        # A titled person named again by surname alone, which NER may miss ("Mendes said").
        surnames = self._surname_heads()
        heads.update(head for _, head in surnames[bisect_left(surnames, (start, -1)):bisect_left(surnames, (end, -1))])
        return heads

    def _surname_heads(self) -> list[tuple[int, int]]:
        """(token, head of its noun phrase) of every capitalised word outside a PERSON entity
        that is the surname of a person the document names with a title (its registry),
        in text order: found once, so that asking about each sentence costs only that
        sentence."""
        if self._surnames is None:
            index = self.index
            names = {key.split()[-1] for _, key, _ in person_registry(index)} if index.persons else set()
            self._surnames = [(token.i, climb(token, index).i) for token in (self.doc if names else ())
                              if token.text[:1].isupper() and token.lower_ in names and token.i not in index.persons]
        return self._surnames

    def _candidate_heads(self) -> list[tuple[int, int, int]]:
        """(start, head, last token) of every lexicon match and PERSON or ORG entity of the
        document, sorted: found once, so that asking about each sentence costs only that
        sentence. (A match counts by its start; an entity only when wholly inside.)"""
        if self._candidates is None:
            doc, index = self.doc, self.index
            found = [(match.start, climb(doc[match.root], index).i, match.start) for match in index.matches]
            found += [(ent.start, climb(ent.root, index).i, ent.end - 1) for ent in doc.ents if ent.label_ in ("PERSON", "ORG")]
            # a surname the index read as a person although NER did not ("Cuban" after "Mark Cuban")
            starts = {ent.start for ent in doc.ents}
            found += [(i, climb(doc[i], index).i, i) for i, span in index.persons.items()
                      if len(span) == 1 and span.start == i and i not in starts]
            self._candidates = sorted(found)
        return self._candidates

    def topic_body(self, token: Token) -> bool:
        """Whether the word names a body by what it looks into (a role flagged `topic` in
        roles.tsv: "committee"), so a place's name before it is no owner of it."""
        match = self.index.at.get(token.i)
        return match is not None and any(e.type == "role" and "topic" in e.flags for e in match.entries)

    def _has_country_modifier(self, head: Token) -> bool:
        """A common noun with a country word before it ("Israeli helicopters")."""
        at = self.index.at
        return head.pos_ == "NOUN" and any(
            c.dep_ in MODIFIER_DEPS and c.i in at and at[c.i].entries[0].type in GEO_TYPES
            for c in children_of(head))


def _longest_first(groups: list[list[Actor]]) -> list[Actor]:
    """The actors of the longest phrases first; a phrase that overlaps one already taken is
    dropped. In text order."""
    groups.sort(key=lambda g: (-max(a.end - a.start for a in g), g[0].start))
    taken: list[tuple[int, int]] = []
    chosen: list[Actor] = []
    for group in groups:
        spans = {(a.start, a.end) for a in group}
        if any(s < e2 and s2 < e for s, e in spans for s2, e2 in taken):
            continue
        taken.extend(spans)
        chosen.extend(group)
    chosen.sort(key=lambda a: (a.start, a.end))
    return chosen
