"""The one object the event coder asks about actors. It has the four methods of the
document's actor layer (resolve, mentions, context_country, story_country); for now it is
a small adapter over the actor resolver, given the document's published date."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventdesk.model import Actor


class ResolverActors:
    """Actors of one document, read from an ActorResolver and cached per token and span.
    Actors without a code are dropped. A resolver error propagates: it is a bug."""

    def __init__(self, resolver, doc: Doc):
        self.resolver = resolver
        self.published = getattr(doc._, "published", None) if Doc.has_extension("published") else None
        self._resolved: dict[int, list[Actor]] = {}
        self._mentions: dict[tuple[int, int], list[Actor]] = {}

    def resolve(self, token: Token) -> list[Actor]:
        """Actors named by the noun phrase headed by `token`."""
        cached = self._resolved.get(token.i)
        if cached is None:
            cached = [a for a in self.resolver.resolve(token, self.published) or [] if a.code]
            self._resolved[token.i] = cached
        return cached

    def mentions(self, span: Span) -> list[Actor]:
        """Every actor mention in the span, in text order."""
        key = (span.start, span.end)
        cached = self._mentions.get(key)
        if cached is None:
            cached = [a for a in self.resolver.mentions(span, published=self.published) or [] if a.code]
            self._mentions[key] = cached
        return cached

    def context_country(self, token: Token) -> str | None:
        """The country the text implies for an actor it names without one."""
        return self.resolver.context_country(token, self.published)

    def story_country(self, sentence: Span) -> str | None:
        """The country the story is about, as far as `sentence`."""
        return self.resolver.story_country(sentence, self.published)
