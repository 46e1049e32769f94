"""The confidence stage: every event gets its trained probability of being right
(events/confidence.py), and an event under the run's `min_confidence` is dropped, so that
what is written and what is scored are the same events.

It runs once every stage that adds events or links them to statements has run (events,
statements, judgments), before dates and places are worked out for the events kept.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from eventdesk.nlp import register_extensions
from eventdesk.settings import DEFAULT_MIN_CONFIDENCE


class ConfidenceStage:
    def __init__(self, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> None:
        from eventdesk.events.confidence import load_confidence_model

        self.model = load_confidence_model()
        self.min_confidence = min_confidence

    def __call__(self, doc: Doc) -> Doc:
        events = list(doc._.events or [])
        if not events:
            return doc
        sentences = doc._.content_sents if doc._.content_sents is not None else list(doc.sents)
        self.model.score(events, len(sentences))
        kept = [e for e in events if e.confidence >= self.min_confidence]
        if len(kept) < len(events):
            for number, event in enumerate(kept, start=1):
                event.id = f"e{number}"
            doc._.events = kept
        return doc


@Language.factory(
    "eventdesk_confidence",
    default_config={"min_confidence": DEFAULT_MIN_CONFIDENCE},
    assigns=["doc._.events"],
    requires=["doc._.events", "doc._.content_sents"],
)
def make_confidence(nlp: Language, name: str, min_confidence: float) -> ConfidenceStage:
    register_extensions("content_sents", "events")
    return ConfidenceStage(min_confidence)
