"""The answer for a sentence with no event (what `evaluate places` reads): the place the
first content sentence gives its main verb, by the same sequence of fallbacks as an event's
(where/locate.py). The main verb is the action the sentence reports, not its reporting verb;
a place that only says where the report was made ("Polish officials said in Warsaw") counts
only when the sentence names no other place."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.model import Place
from eventdesk.where.gazetteer import load_gazetteer
from eventdesk.where.landmarks import with_subject_site
from eventdesk.where.locate import country_place, origin_place, sentence_place, subject_place, to_place
from eventdesk.where.mentions import PlaceMention
from eventdesk.where.words import words


def reported_action(root: Token) -> Token:
    """The verb of what a sentence reports before its reporting verb ("Soldiers were
    deployed in Sindh, the provincial government in Karachi said": "deployed"), or after a
    reporting verb (words.tsv `report_verb`: "Police said miners had clashed ...")."""
    before = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    if before is None and root.lemma_.lower() in words("report_verb"):
        # "Police in Papua New Guinea said miners had clashed with guards at the Porgera mine";
        # a finite clause before a participle misparsed as a clause of its own ("said
        # returnees fleeing Sudan were stranded at Renk": "stranded")
        reported = sorted((c for c in root.children if c.dep_ == "ccomp"), key=lambda c: not _finite(c))
        before = reported[0] if reported else None
    return before if before is not None else root


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own or an auxiliary ("were stranded", "clashed"); not a
    bare participle ("fleeing")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _beside_the_report(doc: Doc, action: Token, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """When the main verb is the reporting verb itself (the parser gave the reported clause
    no verb of its own: "Migrants camped at the X crossing, Polish officials said in
    Warsaw"), a place after its locative ("said in Warsaw") is only where the report was
    made: the other places of the sentence, when it names one as a place."""
    if action.lemma_.lower() not in words("report_verb") or not any(c.dep_ == "nsubj" for c in action.children):
        return mentions  # "fighting was reported around Bakhmut": the place of what is reported
    made = [m for m in mentions if m.sentence == 0 and _places_verb(doc[m.start:m.end].root, action)]
    rest = [m for m in mentions if m not in made]
    if made and any(m.sentence == 0 and m.role == "place" and m.locative for m in rest):
        return rest
    return mentions


def _places_verb(root: Token, verb: Token) -> bool:
    """"said in Warsaw": the name is the object of a locative preposition on the verb."""
    return (root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == verb.i
            and root.head.lower_ in words("locative"))


def _taken_at_home(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Towns the parser did not tag, acted on by actors of their own country ("Malian soldiers
    recaptured Timbuktu" with no event coded): the place of the action, as for material conflict. Not
    a seat of government, which stands for its government ("Kinshasa" accused)."""
    gazetteer = load_gazetteer()
    homes = {a.country for a in doc._.actors or () if a.country}
    return [m for m in mentions if m.sentence == 0 and m.struck_untagged and m.placing == "struck"
            and m.chosen is not None and m.chosen.feature != "country" and m.chosen.country in homes
            and not gazetteer.is_seat(m.text, m.chosen)]


def main_verb_place(doc: Doc) -> tuple[Place | None, str | None]:
    """The place the first content sentence gives its main verb, else the dateline's, else
    its first actor's country: what the stage answers for a sentence with no event (the
    same sequence as for an event; evaluate places reads it)."""
    sents = list(doc._.content_sents or doc.sents)
    mentions = doc._.places or []
    dateline = doc._.dateline_place
    if sents:
        action = reported_action(sents[0].root)
        here = _beside_the_report(doc, action, mentions)
        # "rockets hit Kiryat Shmona" (the parser tagged the town a person, so no event was
        # coded): a verb of a blow makes the town it struck the place, as material conflict does
        material = action.lemma_.lower() in words("blow_verb")
        found = with_subject_site(doc, action, 0, here, sentence_place(doc, action, 0, here, material))
        if found is None:
            found = sentence_place(doc, action, 0, _taken_at_home(doc, here), material=True)
        if found is not None:
            return to_place(found), "sentence"
    if dateline is not None:
        return to_place(dateline), "dateline"
    origin = origin_place(0, mentions)
    if origin is not None:
        return to_place(origin), "origin"
    gazetteer = load_gazetteer()
    own = subject_place(doc, reported_action(sents[0].root), 0, mentions, gazetteer) if sents else None
    if own is not None:
        return to_place(own), "sentence"
    for actor in doc._.actors or ():
        reading = gazetteer.country(actor.country)
        if reading is not None:
            return country_place(reading, actor), "actor_country"
    return None, None
