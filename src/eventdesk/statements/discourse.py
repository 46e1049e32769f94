"""The statement stage's side of the discourse model: the model itself (who a pronoun, a role
noun or an age refers back to) is eventdesk.actors.discourse, part of the actors package's
coreference layer; this module builds it with the statement lexicon's words (role nouns,
honorifics, body-name endings, naming verbs) and re-exports the names speaker code uses.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Span as SpacySpan, Token

from eventdesk.actors import discourse as _model
from eventdesk.actors.discourse import (  # noqa: F401  (re-exported for the speaker code)
    GROUP_PRONOUNS,
    MAX_SENTENCES_BACK,
    OTHER,
    PERSON_PRONOUNS,
    SELF_PRONOUNS,
    SPEAKER,
    SUBJECT,
    Entity,
    np_span,
)
from eventdesk.lang import RELATIVE_PRONOUNS, THING_PRONOUNS  # noqa: F401  (re-exported)
from eventdesk.statements.lexicon import StatementLexicon, words_with_role
from eventdesk.statements.lookup import ActorLookup


def naming_head(head: Token, person_nouns: Container[str] = ()) -> Token:
    """The token to name a speaker by (eventdesk.actors.discourse.naming_head, with the
    statement lexicon's naming verbs)."""
    return _model.naming_head(head, words_with_role("naming"), person_nouns)


class Discourse(_model.Discourse):
    """The article's discourse model, built with the statement lexicon and the article's
    actor look-up."""

    def __init__(
        self,
        doc: Doc,
        sents: list[SpacySpan],
        lookup: ActorLookup,
        lexicon: StatementLexicon,
        quoted: list[tuple[int, int]],
    ):
        self.lookup = lookup
        super().__init__(doc, sents, lookup.resolve, lexicon, quoted, naming_verbs=words_with_role("naming"))
