"""The event coder's view of the document's actor layer (`doc._.actor_layer`, a DocActors
the actors stage put on the Doc): the same questions (resolve, mentions, context_country,
story_country, and the coreference searches: pronoun_antecedent, definite_antecedent),
with the actors that carry no code left out — an event
needs a code on each side — and the answers kept per token and span, since the coder asks
about the same words many times."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from eventdesk.errors import EventdeskError
from eventdesk.model import Actor


def _coded(actor: Actor) -> bool:
    return bool(actor.code)


class CodedActors:
    """Coded actors of one document, read from its actor layer. An error in the layer
    propagates: it is a bug, not a missing actor."""

    def __init__(self, layer):
        self.layer = layer
        self._resolved: dict[int, list[Actor]] = {}
        self._mentions: dict[tuple[int, int], list[Actor]] = {}

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
            cached = [a for a in self.layer.resolve(token) if a.code]
            self._resolved[token.i] = cached
        return cached

    def mentions(self, span: Span) -> list[Actor]:
        """Every actor mention in the span, in text order."""
        key = (span.start, span.end)
        cached = self._mentions.get(key)
        if cached is None:
            cached = [a for a in self.layer.mentions(span) if a.code]
            self._mentions[key] = cached
        return cached

    def context_country(self, token: Token) -> str | None:
        """The country the text implies for an actor it names without one."""
        return self.layer.context_country(token)

    def story_country(self, sentence: Span) -> str | None:
        """The country the story is about, as far as `sentence`."""
        return self.layer.story_country(sentence)

    def pronoun_antecedent(self, pronoun: Token) -> list[Actor]:
        """The coded mention a pronoun stands for (eventdesk.actors.coref)."""
        return self.layer.coref.pronoun_antecedent(pronoun, keep=_coded)

    def definite_antecedent(self, token: Token, prefer: Callable[[Actor], bool] | None = None) -> list[Actor]:
        """The coded mention a definite description stands for ("the council", "the
        group"; eventdesk.actors.coref), those `prefer` accepts first."""
        return self.layer.coref.definite_antecedent(token, keep=_coded, prefer=prefer)
