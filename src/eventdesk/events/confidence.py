"""An event's confidence: the trained probability that the coded event is right (it matches
an event a person coded in the text, with the same PLOVER type).

`features(event, ...)` names what is known of an event when it is coded (its CAMEO root,
how specific its pattern was, how its source and target were found, their kinds, modality,
negation, the clause it stands in, a quotation, the headline, the statement that reports it,
how many events share its sentence); `ConfidenceModel` is a logistic regression over those
names, its weights read from data/confidence_model.tsv, which scripts/train_event_confidence.py
writes from the development gold sets (docs/record.md, "Confidence").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from eventdesk.errors import LexiconError
from eventdesk.events.evidence import Evidence
from eventdesk.model import Actor, Event
from eventdesk.tables import tsv_rows

__all__ = ["BIAS", "ConfidenceModel", "features", "load_confidence_model"]

BIAS = "(bias)"
MODEL_FILE = "confidence_model.tsv"
HEADER = ("feature", "weight")
# A sentence this long is parsed less reliably by the small spaCy model.
LONG_SENTENCE = 40
# An actor this many characters from its trigger is read across much of the sentence.
FAR = 80


def features(event: Event, evidence: Evidence | None, in_sentence: int, sentences: int) -> dict[str, float]:
    """The named features of an event (each of value 1.0); `in_sentence`: how many events its
    sentence has; `sentences`: how many content sentences its text has. A name the model
    was not trained on weighs nothing."""
    evidence = evidence or Evidence()
    named = [
        f"root={event.root}", f"origin={evidence.origin}", f"pos={evidence.pos}", f"clause={evidence.clause}",
        f"modality={event.modality}", f"specificity={min(int(evidence.specificity * 2) / 2, 3.0):g}",
        f"in_sentence={min(in_sentence, 4)}", f"tag={evidence.tag or 'none'}", f"lemma={evidence.lemma}",
    ]
    named += _actor("source", event.source, evidence.source_how, event, evidence)
    named += _actor("target", event.target, evidence.target_how, event, evidence)
    if event.target is None and evidence.target_optional:
        named.append("target_optional")
    flags = {
        "negated": event.negated, "refined": evidence.refined, "quoted": evidence.quoted,
        "headline": evidence.headline, "statement": event.statement is not None, "pairs>1": evidence.pairs > 1,
        "long_sentence": evidence.sentence_tokens > LONG_SENTENCE, "domestic": _domestic(event),
        "question": evidence.question, "lone_sentence": sentences <= 2,
    }
    named += [name for name, on in flags.items() if on]
    return dict.fromkeys(named, 1.0)


def _actor(role: str, actor: Actor | None, how: str, event: Event, evidence: Evidence) -> list[str]:
    if actor is None:
        return [f"{role}=none"]
    named = [f"{role}_how={how or 'none'}", f"{role}_kind={actor.kind or 'none'}"]
    if not actor.country:
        named.append(f"{role}_no_country")
    if not actor.sectors:
        named.append(f"{role}_no_sector")
    if not evidence.sentence_start <= actor.start < max(evidence.sentence_end, evidence.sentence_start + 1):
        named.append(f"{role}_elsewhere")  # read from another sentence (a pronoun, the story's actor)
    elif abs(actor.start - event.trigger.start) > FAR:
        named.append(f"{role}_far")
    return named


def _domestic(event: Event) -> bool:
    """Source and target of one country: a domestic act."""
    return bool(event.source and event.target and event.source.country
                and event.source.country == event.target.country)


def events_per_sentence(events: list[Event]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for event in events:
        counts[event.sentence] = counts.get(event.sentence, 0) + 1
    return counts


@dataclass(frozen=True)
class ConfidenceModel:
    """Logistic regression over named features: P(right) = 1 / (1 + exp(-(bias + sum of the
    weights of the event's features)))."""

    weights: dict[str, float]
    bias: float = 0.0

    def probability(self, named: dict[str, float]) -> float:
        score = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in named.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def score(self, events: list[Event], sentences: int) -> None:
        """Set every event's confidence from its features (`sentences`: how many content
        sentences the text has)."""
        counts = events_per_sentence(events)
        for event in events:
            event.confidence = self.probability(features(event, event.evidence, counts[event.sentence], sentences))

    @classmethod
    def read(cls, path: Path) -> "ConfidenceModel":
        weights: dict[str, float] = {}
        for number, (name, weight) in tsv_rows(path, HEADER):
            try:
                weights[name] = float(weight)
            except ValueError:
                raise LexiconError(f"{path}:{number}: weight {weight!r} is not a number") from None
        return cls(weights, weights.pop(BIAS, 0.0))

    def write(self, path: Path, header: list[str]) -> None:
        lines = [f"# {line}".rstrip() for line in header]
        lines.append("\t".join(HEADER))
        lines.append(f"{BIAS}\t{self.bias:.4f}")
        for name in sorted(self.weights, key=lambda n: (-abs(self.weights[n]), n)):
            lines.append(f"{name}\t{self.weights[name]:.4f}")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def load_confidence_model() -> ConfidenceModel:
    """The model eventdesk ships (data/confidence_model.tsv), read once per process."""
    return ConfidenceModel.read(files("eventdesk.events") / "data" / MODEL_FILE)
