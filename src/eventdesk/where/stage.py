"""The places stage: the document's place mentions (`doc._.places`, resolved by context)
and every event's location, location_source and actors' places (see where/locate.py)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from eventdesk.nlp import register_extensions
from eventdesk.where.gazetteer import load_gazetteer
from eventdesk.where.locate import place_events
from eventdesk.where.mentions import find_mentions
from eventdesk.where.resolve import dateline_mention, resolve


class PlaceStage:
    """Loads the gazetteer once (`__init__`); annotates a Doc (`__call__`)."""

    def __init__(self) -> None:
        self.gazetteer = load_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        mentions = find_mentions(doc, self.gazetteer)
        dateline = dateline_mention(doc, self.gazetteer)
        resolve(doc, mentions, self.gazetteer, dateline)
        doc._.places = mentions
        doc._.dateline_place = dateline
        place_events(doc, doc._.events or [], mentions, dateline, self.gazetteer)
        return doc


@Language.factory(
    "eventdesk_where",
    assigns=["doc._.places", "doc._.dateline_place", "doc._.events"],
    requires=["doc._.events", "doc._.content_sents", "doc._.actors", "doc.ents", "token.dep"],
)
def make_where(nlp: Language, name: str) -> PlaceStage:
    register_extensions("boilerplate", "content_sents", "actors", "events", "places", "dateline_place")
    return PlaceStage()
