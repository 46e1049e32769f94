"""The events stage: CAMEO/PLOVER events of the content sentences, as `doc._.events`.

It reads what the earlier stages put on the Doc: the content sentences and the actor layer
(`doc._.actor_layer`: mentions, antecedents, implied countries).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from eventdesk.nlp import register_extensions


class EventStage:
    def __init__(self, verb_files: tuple[str, ...] = ()) -> None:
        from eventdesk.events import EventCoder
        from eventdesk.events.words import check_word_lists

        check_word_lists()  # a broken word-list file stops the run here, not every article later
        self.coder = EventCoder.load(verb_files)

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = [e for e in self.coder(doc) if not _from_boilerplate(e, doc._.boilerplate)]
        return doc


def _from_boilerplate(event, ranges) -> bool:
    """An actor read from a dateline or caption is no actor ("BRASILIA - Brazil said ...")."""
    for actor in (event.source, event.target):
        if actor is not None and any(start <= actor.start < end for start, end, _ in ranges or ()):
            return True
    return False


@Language.factory(
    "eventdesk_events",
    default_config={"verb_files": []},
    assigns=["doc._.events"],
    requires=["doc._.content_sents", "doc._.actor_layer", "token.dep", "token.lemma"],
)
def make_events(nlp: Language, name: str, verb_files: list[str]) -> EventStage:
    register_extensions("published", "boilerplate", "content_sents", "actor_layer", "events")
    return EventStage(tuple(verb_files))
