"""Event coding: CAMEO events (with their PLOVER type) from the dependency parse, driven by
the verb and phrase lexicon in data/verbs.tsv. `EventCoder(doc)` returns the events of the
document's content sentences; the pipeline adds dates and statement links afterwards.
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc

from eventdesk.nlp import text_of
from eventdesk.events import sides
from eventdesk.events.actor_layer import CodedActors
from eventdesk.events.behaviour import behaviour
from eventdesk.events.coder import Built, DocumentCoder
from eventdesk.events.evidence import Evidence, placement
from eventdesk.events.lexicon import Lexicon, load_lexicon
from eventdesk.model import Actor, Event, Span

__all__ = ["EventCoder", "load_lexicon"]

log = logging.getLogger(__name__)

class EventCoder:
    """Codes a parsed Doc into Events. Holds the ontology and the lexicon, both loaded once;
    `__call__` codes one document, reading the actor layer the actors stage put on it."""

    def __init__(self, ontology, lexicon: Lexicon | None = None):
        self.ontology = ontology
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self._constructions = frozenset(id(e) for e in self.lexicon.constructions.values())

    @classmethod
    def load(cls, verb_files=()) -> "EventCoder":
        """The built-in lexicon plus user verb dictionaries (eventdesk TSV or the CAMEO text
        format, see eventdesk.events.user_verbs), applied in order."""
        from eventdesk.events.user_verbs import load_user_verbs
        from eventdesk.ontology import load_ontology

        return cls(load_ontology(), load_user_verbs(load_lexicon(), verb_files))

    def __call__(self, doc: Doc) -> list[Event]:
        """Events of the content sentences (doc._.content_sents, or doc.sents when None).
        Event.sentence indexes that list; ids e1, e2, ... in text order."""
        # The one object the coder asks about actors: the actors stage's layer.
        actors = CodedActors.of(doc)
        sents = None
        if Doc.has_extension("content_sents"):
            sents = doc._.content_sents
        if sents is None:
            sents = list(doc.sents)
        coder = DocumentCoder(self.lexicon, self.ontology, actors, doc, list(sents))
        pending: list[tuple[int, int, Event]] = []
        for index, sent in enumerate(sents):
            for built in coder.code_sentence(index, sent):
                for event in self._events(built, index, doc):
                    pending.append((event.trigger.start, event.trigger.end, event))
        pending.sort(key=lambda item: (item[0], item[1]))
        events = []
        seen = set()
        for _, _, event in pending:
            # One act on a pair of the same kind ("criticized Ford and Nabisco", two American
            # businesses) is one event: its source's act on that code, kept once. A person
            # named ("attacked Clinton and Rubio") is a target of his own, and a pair of
            # sources ("Ford and Nabisco criticized X") stays two acts.
            key = (
                event.sentence, event.cameo, event.trigger.start,
                event.source.code if event.source else None, event.source.start if event.source else None,
                event.target.code if event.target else None, _own_target(event.target),
            )
            if key in seen:
                continue
            seen.add(key)
            event.id = f"e{len(events) + 1}"
            events.append(event)
        return events

    def _events(self, built: Built, sentence: int, doc: Doc) -> list[Event]:
        code = self._known(built.code)
        if code is None:
            return []
        cameo = self.ontology.cameo(code)
        plover = self.ontology.plover(code)
        plover_type = plover.type if plover else None
        plover_mode = plover.mode if plover else None
        if built.entry.plover and code == built.entry.code:
            plover_type = built.entry.plover
            plover_mode = built.entry.plover_mode
        trigger = _trigger_span(built, doc)
        pairs = _pairs(built, code)
        evidence = self._evidence(built, len(pairs))
        events = []
        for source, target in pairs:
            events.append(
                Event(
                    id="",
                    sentence=sentence,
                    source=source,
                    target=target,
                    trigger=trigger,
                    cameo=code,
                    root=cameo.root,
                    quad_class=cameo.quad_class,
                    goldstein=cameo.goldstein,
                    plover=plover_type,
                    plover_mode=plover_mode,
                    negated=built.negated,
                    modality=built.modality,
                    evidence=evidence,
                )
            )
        return events

    def _evidence(self, built: Built, pairs: int) -> Evidence:
        entry = built.entry
        origin = "user" if entry.origin else "construction" if id(entry) in self._constructions else "lexicon"
        return Evidence(
            origin=origin, source_how=built.source_how if built.sources else "",
            target_how=built.target_how if built.targets else "", specificity=entry.specificity,
            refined=built.refined, target_optional=entry.target_optional, pairs=pairs,
            **placement(built.token, self.lexicon.speech),
        )

    def _known(self, code: str | None) -> str | None:
        while code:
            if code in self.ontology:
                return code
            code = code[:-1] if len(code) > 2 else None
        return None

def _own_target(target: Actor | None) -> int | None:
    """Where a target stands when it is an event's target of its own (a person named), so
    that two of them on one act stay two events; None for others of one code."""
    return target.start if target is not None and target.kind == "person" and target.name else None


def _pairs(built: Built, code: str = "") -> list[tuple[Actor | None, Actor | None]]:
    sources = built.sources or [None]
    targets = built.targets
    pairs: list[tuple[Actor | None, Actor | None]] = []
    mutual = built.mutual or "mutual" in built.entry.flags or built.code == built.entry.joint
    if not targets and mutual and len(built.sources) > 1:
        # "X and Y met" is one act of the two together (data/code_behaviour.tsv: joint);
        # "X and Y traded barbs" is each side's act on the other, one event each way
        joint = behaviour(code).joint if code else False
        for n, source in enumerate(built.sources):
            for other in built.sources[n + 1:] if joint else built.sources:
                if other is not source and not sides.same_side(other, [source]):
                    pairs.append((source, other))
        if pairs:
            return pairs
    for source in sources:
        for target in targets or [None]:
            if source is not None and target is not None and sides.same_side(target, [source]):
                continue
            pairs.append((source, target))
    return pairs


def _trigger_span(built: Built, doc: Doc) -> Span:
    main = built.token
    parts = [t for t in built.parts if abs(t.i - main.i) <= 6] or [main]
    start = min(t.idx for t in parts)
    end = max(t.idx + len(t.text) for t in parts)
    return Span(text=text_of(doc)[start:end], start=start, end=end)
