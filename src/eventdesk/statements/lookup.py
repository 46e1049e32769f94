"""The one place the statement stage asks about actors.

Every look-up of an actor (who a noun phrase names, which country a story is about) goes
through `ActorLookup`, which asks the document's actor layer (`doc._.actor_layer`, put there
by the actors stage). Nothing else in eventdesk.statements asks about actors.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Span as SpacySpan, Token

from eventdesk.model import Actor


class ActorLayer(Protocol):
    """What the statement stage needs from eventdesk.actors.DocActors."""

    def resolve(self, token: Token) -> list[Actor]: ...

    def story_country(self, sentence: SpacySpan) -> str | None: ...

    def context_country(self, token: Token, exclude: tuple[int, int] | None = None) -> str | None: ...


class ActorLookup:
    """The actor questions of one article. Without an actor layer every answer is empty
    (speakers are still found, with no code). A layer that fails raises: that is a bug to
    fix, not a statement to lose."""

    def __init__(self, layer: ActorLayer | None):
        self.layer = layer

    def resolve(self, head: Token) -> list[Actor]:
        """The actors named by the noun phrase headed by `head`."""
        if self.layer is None:
            return []
        return list(self.layer.resolve(head))

    def story_country(self, sentence: SpacySpan) -> str | None:
        """The country the story is about, as far as `sentence`."""
        if self.layer is None:
            return None
        return self.layer.story_country(sentence)

    def context_country(self, token: Token, exclude: tuple[int, int] | None = None) -> str | None:
        """The country the text implies for the bare actor `token` heads, leaving the
        `exclude` stretch (what is reported) out."""
        if self.layer is None:
            return None
        return self.layer.context_country(token, exclude=exclude)
