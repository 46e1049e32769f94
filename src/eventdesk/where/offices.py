"""The town or region whose office-holder a material action falls on.

"Police detained the mayor of Istanbul in a dawn raid", "gunmen killed the governor of
Badakhshan": when the sentence names no other place, an arrest or attack on the holder of a
town's or region's office (words.tsv `office_word`: mayor, governor, prefect) happened in
the place the office governs. Only the trigger's object: a subject office is
locate.subject_place's, and a verbal act ("praised the mayor of Istanbul") is said anywhere.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.where.mentions import PlaceMention
from eventdesk.where.words import words


def office_place(doc: Doc, trigger: Token, sentence: int, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The town or region named by "of" after an office word that is the trigger's object."""
    for obj in (c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lower_ not in words("office_word"):
            continue
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
            for mention in mentions:
                root = doc[mention.start:mention.end].root
                reading = mention.chosen
                if (mention.sentence == sentence and reading is not None and root.head.i == prep.i
                        and reading.feature in ("city", "region") and reading.country is not None):
                    return mention
    return None
