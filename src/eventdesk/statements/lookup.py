"""The one place the statement stage asks about actors.

Every look-up of an actor (who a noun phrase names, which country a story is about) goes
through `ActorLookup`, which today forwards to the actor resolver's public methods with the
article's publication date. Nothing else in eventdesk.statements calls the resolver.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Span as SpacySpan, Token

from eventdesk.model import Actor


class Resolver(Protocol):
    """What the statement stage needs from eventdesk.actors.ActorResolver."""

    def resolve(self, token: Token, published: str | None = None) -> list[Actor]: ...

    def story_country(self, sentence: SpacySpan, published: str | None = None) -> str | None: ...


class ActorLookup:
    """The actor questions of one article. Without a resolver every answer is empty.
    A resolver that fails raises: that is a bug to fix, not a statement to lose."""

    def __init__(self, resolver: Resolver | None, published: str | None):
        self.resolver = resolver
        self.published = published

    def resolve(self, head: Token) -> list[Actor]:
        """The actors named by the noun phrase headed by `head`."""
        if self.resolver is None:
            return []
        return [a for a in self.resolver.resolve(head, self.published) or [] if a is not None]

    def story_country(self, sentence: SpacySpan) -> str | None:
        """The country the story is about, as far as `sentence`."""
        if self.resolver is None:
            return None
        return self.resolver.story_country(sentence, self.published)
