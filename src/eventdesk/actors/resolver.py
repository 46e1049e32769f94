"""ActorResolver: the public entry to actor resolution. It holds the lexicon (built-in plus
user dictionaries) and gives each Doc its actor layer (`document(doc)`, a DocActors stored as
doc._.actor_layer); `resolve`, `mentions`, `context_country` and `story_country` ask that layer.

Where the work is done:
  index.py    the lexicon matched once over a Doc (which reading fits where)
  phrases.py  the noun phrase around a head token
  compose.py  a phrase's readings -> Actor records (country, sectors, kind, name)
  persons.py  person names, dated leaders, a person named again by surname
  codes.py    how an actor code is written (sector order, country codes)
  context.py  the country a text implies for a bare actor
  layer.py    DocActors, the per-document answers
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from spacy.tokens import Doc, Span, Token

from eventdesk.actors.dictionaries import read_dictionary
from eventdesk.actors.layer import DocActors, register_extensions
from eventdesk.actors.lexicon import Lexicon, builtin_lexicon
from eventdesk.model import Actor


class ActorResolver:
    """Turns noun phrases of a parsed Doc into Actor records. Load once, use for every Doc."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self._nlp = None  # the spaCy pipeline resolve_text parses with, loaded on first use

    @classmethod
    def load(cls, extra_files: Sequence[Path] = ()) -> "ActorResolver":
        """The built-in lexicon plus user dictionaries (YAML or CSV), applied in order."""
        lexicon = builtin_lexicon()
        if extra_files:
            lexicon = lexicon.overridden([read_dictionary(Path(p), lexicon) for p in extra_files])
        return cls(lexicon)

    def document(self, doc: Doc) -> DocActors:
        """The actor layer of `doc`: doc._.actor_layer when this resolver's lexicon built
        it, else a new one, stored there."""
        register_extensions()
        layer = doc._.actor_layer
        if layer is None or layer.lexicon is not self.lexicon:
            layer = DocActors(doc, self.lexicon)
            doc._.actor_layer = layer
        return layer

    def resolve(self, token: Token, published: str | None = None) -> list[Actor]:
        """Actors named by the noun phrase headed by `token`; see DocActors.resolve."""
        return self.document(token.doc).resolve(token, published)

    def mentions(self, span: Doc | Span, published: str | None = None) -> list[Actor]:
        """Every actor mention in text order, non-overlapping, longest first."""
        doc = span if isinstance(span, Doc) else span.doc
        return self.document(doc).mentions(span, published)

    def context_country(self, token: Token, published: str | None = None) -> str | None:
        """The country the text implies for an actor it names without one; see
        eventdesk.actors.context.context_country."""
        return self.document(token.doc).context_country(token, published)

    def story_country(self, sentence: Span, published: str | None = None) -> str | None:
        """The country a story is about as far as `sentence`; see
        eventdesk.actors.context.story_country."""
        return self.document(sentence.doc).story_country(sentence, published)

    def resolve_text(self, text: str) -> list[Actor]:
        """Actors in a bare phrase or sentence, offsets relative to `text`."""
        if self._nlp is None:
            from eventdesk.nlp import load_nlp
            from eventdesk.settings import Settings

            self._nlp = load_nlp(Settings())
        return self.mentions(self._nlp(text))
