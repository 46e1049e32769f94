"""The event coder's view of the document's actor layer (`doc._.actor_layer`, a DocActors
the actors stage put on the Doc): the same questions (resolve, mentions, context_country,
story_country, and the coreference searches: pronoun_antecedent, definite_antecedent),
with the actors that carry no code left out — an event
needs a code on each side — and the answers kept per token and span, since the coder asks
about the same words many times.

A person the dictionaries do not know, named with no title or country ("Bernie Sanders
criticized Hillary Clinton"), is read as a national of the country the story is about,
as a reader of a domestic story reads them (`national`); not when the sentence ties them
to another country ("Smith, an envoy from Peru,"). So is an organisation no dictionary lists
("Acme Widgets Inc. criticized the plan": the story's country, BUS)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventdesk.actors.context import dateline_country
from eventdesk.actors.coref import anaphor_kinds
from eventdesk.actors.sectors import sectors_in
from eventdesk.actors.words import name_heads
from eventdesk.errors import EventdeskError
from eventdesk.model import Actor
from eventdesk.nlp import in_headline, sentence_of


def _coded(actor: Actor) -> bool:
    return bool(actor.code)


def _unknown_person(actor: Actor) -> bool:
    """An uncoded person named by a proper name ("Ted Cruz"), not a role ("the agency's
    director"): one `national` may give the story's country."""
    return not actor.code and actor.kind == "person" and bool(actor.name) and actor.name[:1].isupper()


def _name_words(actor: Actor) -> list[str]:
    """The words of a person's name, lower case, without an honorific's full stop."""
    return [w.lower().strip(".,'’") for w in (actor.name or "").split() if w.strip(".,'’")]


def _unknown_org(actor: Actor) -> bool:
    """An organisation or group no dictionary lists, named by a proper name ("Acme Widgets
    Inc.", "the Riverside Gazette"; eventdesk.actors.orgnames; "the Green Valley Movement",
    "the 5-Star Movement": a group's name ending in a word of data/name_words.tsv;
    eventdesk.actors.groups): no country, and a code of its sectors
    alone (BUS, NGO, PTY, or none), which `national` may give the story's country."""
    named_group = actor.kind == "group" and bool(actor.name) and actor.name.split()[-1].lower() in name_heads()
    return ((actor.kind == "organization" or named_group) and actor.country is None and bool(actor.name)
            and (actor.name[:1].isupper() or actor.name[:1].isdigit()) and actor.code == "".join(actor.sectors))


def _coded_or_named(actor: Actor) -> bool:
    """A coded actor or an uncoded person named by name: "the host" may stand for a
    person the dictionaries do not know ("Sean Hannity ... the host said"), whom
    `national` then places."""
    return bool(actor.code) or _unknown_person(actor)


def _coded_or_person(actor: Actor) -> bool:
    return bool(actor.code) or _unknown_person(actor) or _unknown_org(actor)


class CodedActors:
    """Coded actors of one document, read from its actor layer. An error in the layer
    propagates: it is a bug, not a missing actor."""

    def __init__(self, layer):
        self.layer = layer
        self._resolved: dict[int, list[Actor]] = {}
        self._mentions: dict[tuple[int, int], list[Actor]] = {}
        self._stories: dict[int, str | None] = {}  # sentence start -> story country before it
        self._people: dict[str, list[tuple[int, str]]] = {}  # surname -> (start, country) read

    @classmethod
    def of(cls, doc: Doc) -> "CodedActors":
        """The view over doc._.actor_layer; a clear error when no actors stage ran."""
        layer = doc._.actor_layer if Doc.has_extension("actor_layer") else None
        if layer is None:
            raise EventdeskError(
                "doc._.actor_layer is not set: add the 'eventdesk_actors' stage before "
                "'eventdesk_events' (eventdesk.pipeline.STAGES gives the order)")
        return cls(layer)

    def resolve(self, token: Token) -> list[Actor]:
        """Actors named by the noun phrase headed by `token`."""
        cached = self._resolved.get(token.i)
        if cached is None:
            cached = self.nationals(self.layer.resolve(token), token)
            self._resolved[token.i] = cached
        return cached

    def topic_body(self, token: Token) -> bool:
        """Whether the word names a body by what it looks into ("committee")."""
        return self.layer.topic_body(token)

    def mentions(self, span: Span) -> list[Actor]:
        """Every actor mention in the span, in text order."""
        key = (span.start, span.end)
        cached = self._mentions.get(key)
        if cached is None:
            cached = self.nationals(self.layer.mentions(span), span.root)
            self._mentions[key] = cached
        return cached

    def context_country(self, token: Token, sentence_only: bool = False) -> str | None:
        """The country the text implies for an actor it names without one (with
        `sentence_only`, only one its sentence names, not the story's)."""
        return self.layer.context_country(token, sentence_only=sentence_only)

    def story_country(self, sentence: Span) -> str | None:
        """The country the story is about, as far as `sentence`."""
        return self.layer.story_country(sentence)

    def pronoun_antecedent(self, pronoun: Token, exclude: Callable[[Actor], bool] | None = None) -> list[Actor]:
        """The coded mention a pronoun stands for (eventdesk.actors.coref), passing over
        the mentions `exclude` rules out."""
        def keep(actor: Actor) -> bool:
            return _coded_or_person(actor) and not (exclude is not None and exclude(actor))

        return self.nationals(self.layer.coref.pronoun_antecedent(pronoun, keep=keep), pronoun)

    def definite_antecedent(self, token: Token, prefer: Callable[[Actor], bool] | None = None) -> list[Actor]:
        """The coded mention a definite description stands for ("the council", "the
        group"; eventdesk.actors.coref), those `prefer` accepts first. A description of a
        person ("the host") may stand for a person the dictionaries do not know."""
        keep = _coded_or_named if anaphor_kinds().get(token.lemma_.lower()) == {"person"} else _coded
        return self.nationals(self.layer.coref.definite_antecedent(token, keep=keep, prefer=prefer), token)

    def nationals(self, actors: list[Actor], token: Token) -> list[Actor]:
        """The coded actors, and the uncoded persons read as nationals of the story's
        country (`national`) when it has one."""
        found = []
        for actor in actors:
            if _unknown_person(actor) or _unknown_org(actor):
                actor = self.national(actor, token)
                if actor.country is None and actor.code[:3] in sectors_in("international"):
                    continue  # an association the story cannot place is no transnational NGO
            if actor.code:
                found.append(actor)
        return found

    def national(self, actor: Actor, token: Token) -> Actor:
        """An uncoded person or unlisted organisation with the country of the story before
        `token`'s sentence (its dateline's, or the one its earlier sentences name), unless the
        sentence ties it to another country (an apposition, "of/from X", "is X's ...";
        eventdesk.actors.context.tied_country): another country merely named in the sentence
        ("Smith criticized Mexico") is no country of the person's. Before the story has named
        a country, the rest of the story gives one only when the sentence names no other.
        Unchanged when there is none. The sentence itself does not make
        the story's country: "The Chinese government criticized Bernie Sanders" alone says
        nothing of his."""
        sentence_span = sentence_of(token)
        story = self.story_before(sentence_span)
        if story is None:
            # nothing before names a country ("Ben Carson criticized Hillary Clinton" as the
            # story's first line): the country the rest of the story is about, which any
            # other country the sentence names outweighs
            story = self.layer.story_country_elsewhere(sentence_span)
            other = self.layer.context_country(token) if story is not None else None
        else:
            # the actor's own words, not the token asked about (a mention's sentence root)
            own = token.doc.char_span(actor.start, actor.end, alignment_mode="expand")
            other = self.layer.tied_country(own.root if own is not None else token)
        if story is None or other is not None and other != story:
            return self.read_before(actor)
        placed = replace(actor, country=story, code=story + actor.code)
        self.remember(placed)
        return placed

    def remember(self, actor: Actor) -> None:
        """Keep the country a named person was read with, for `read_before`: every word of
        the name ("Mr. Lou" is "Lou Jiwei", family name first)."""
        if actor.kind == "person" and actor.country:
            for word in _name_words(actor):
                self._people.setdefault(word, []).append((actor.start, actor.country))

    def read_before(self, actor: Actor) -> Actor:
        """An uncoded person `national` could not place, with the country an earlier mention
        whose name has this one's last word was read with ("Lou Jiwei" in a Chinese stretch of the story,
        then "Mr. Lou" where the story names both countries); unchanged when none was."""
        words = _name_words(actor)
        earlier = [country for start, country in self._people.get(words[-1], [])
                   if start < actor.start] if actor.kind == "person" and words else []
        if not earlier or len(set(earlier)) > 1:
            return actor
        return replace(actor, country=earlier[0], code=earlier[0] + actor.code)

    def story_before(self, sentence: Span) -> str | None:
        """The story's country before `sentence`, worked out once per sentence. Before the
        headline stands the whole story it heads."""
        if sentence.start not in self._stories:
            doc = sentence.doc
            sents = doc._.content_sents if doc._.content_sents is not None else list(doc.sents)
            index = bisect_right([other.end for other in sents], sentence.start)
            if in_headline(doc, sentence.start_char):
                index = len(sents)
            self._stories[sentence.start] = (
                self.layer.story_country(sents[index - 1]) if index else dateline_country(self.layer.index))
        return self._stories[sentence.start]
