"""The statements stage: statements, contested claims, and which statement reports each
event (`doc._.statements`, `doc._.contests`, `Event.statement`).

It reads what the earlier stages put on the Doc: the content sentences, the actor layer
(speakers' actors and countries) and the events.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from eventdesk.nlp import register_extensions


class StatementStage:
    def __init__(self) -> None:
        from eventdesk.statements import StatementExtractor

        self.extractor = StatementExtractor()

    def __call__(self, doc: Doc) -> Doc:
        doc._.statements, doc._.contests = self.extractor(doc)
        link_events_to_statements(doc)
        return doc


def link_events_to_statements(doc: Doc) -> None:
    """An event whose trigger lies inside a statement's content is reported by it (not
    by a negated statement: "did not say whether troops attacked" reports no attack)."""
    for event in doc._.events or []:
        for statement in doc._.statements or []:
            if statement.negated:
                continue
            content = statement.content
            if content.start <= event.trigger.start and event.trigger.end <= content.end:
                event.statement = statement.id
                break


@Language.factory(
    "eventdesk_statements",
    assigns=["doc._.statements", "doc._.contests", "doc._.events"],
    requires=["doc._.content_sents", "doc._.actor_layer", "doc._.events", "token.dep", "doc.ents"],
)
def make_statements(nlp: Language, name: str) -> StatementStage:
    register_extensions("published", "boilerplate", "content_sents", "actor_layer", "events",
                        "statements", "contests")
    return StatementStage()
