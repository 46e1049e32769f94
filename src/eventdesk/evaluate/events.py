"""Scoring event coding against texts with every event annotated (an event gold set).

A gold record is one text — an article or a sentence — with all its events:

    {"id": "...", "text": "...",            # or no text and "dataset": "polnear", "split":
                                            #   "train": the text is read from that file
     "events": [{"trigger": [start, end], "cameo": "112", "plover": "ACCUSE",
                 "source": {"span": [s, e], "country": "USA", "sector": "GOV", "org": null} | null,
                 "target": {...} | null, "modality": "asserted"}]}

Each text is coded as an article of its own. A coded event is **matched** to a gold event
when their triggers overlap; what is left is then matched within a sentence when the two
share the PLOVER type. One coded event matches at most one gold event and the other way
round. Over the gold events: **found** (matched at all), **type** (matched, same PLOVER
type), **source** and **target** (matched, and the actor's country — or IGO/NGO for an
actor of no state — is the gold one's; no actor on both sides counts as right), **all**
(type, source and target right). Over the coded events: **typed precision** (matched with
the gold type), **fully right** (matched and right on all three) and **spurious** (matched
to no gold event).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventdesk.errors import InputError
from eventdesk.evaluate import read_gold_lines
from eventdesk.evaluate.plover import actor_country
from eventdesk.model import CodedArticle, Event

__all__ = ["EventReport", "Tally", "evaluate_events", "event_outcomes", "load_gold", "score_record", "type_gold"]

NON_STATE_ORGS = ("IGO", "NGO", "IMG", "NGM", "INT", "MNC")


def load_gold(path: str | Path, shared: str | Path | None = None) -> list[dict]:
    """The records of an event gold file. A record without text names the dataset file it
    comes from ("dataset": "polnear", "split": "train"), read from `shared`/gold."""
    records, sources = [], {}
    for where, record in read_gold_lines(path):
        if not isinstance(record.get("events"), list):
            raise InputError("a gold record needs a list of events", where)
        if not record.get("text"):
            record["text"] = _dataset_text(record, shared, sources, where)
        for event in record["events"]:
            start, end = event.get("trigger") or (None, None)
            if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(record["text"]):
                raise InputError(f"event trigger {event.get('trigger')!r} is not a span of the text", where)
        record.setdefault("id", where)
        records.append(record)
    return records


def _dataset_text(record: dict, shared, cache: dict, where: str) -> str:
    dataset, split = record.get("dataset"), record.get("split")
    if not dataset or not split:
        raise InputError("a gold record needs text, or dataset and split to read it from", where)
    if shared is None:
        raise InputError(f"the text of {record.get('id')} is in the {dataset} {split} file: give its folder", where)
    key = (dataset, split)
    if key not in cache:
        file = Path(shared) / "gold" / f"{dataset}_{split}.jsonl"
        cache[key] = {r["id"]: r["text"] for _, r in read_gold_lines(file)}
    text = cache[key].get(record.get("id"))
    if text is None:
        raise InputError(f"{record.get('id')} is not in {dataset}_{split}.jsonl", where)
    return text


def gold_key(actor: dict | None) -> str | None:
    """ISO alpha-3 of a gold actor, or IGO/NGO/... for one of no state, or None."""
    if not actor:
        return None
    if actor.get("country"):
        return str(actor["country"]).upper()
    for value in (actor.get("org"), actor.get("sector")):
        prefix = (value or "")[:3].upper()
        if prefix in NON_STATE_ORGS:
            return prefix
    # the UN's and the EU's bodies of any sector (a parliament, peacekeepers), as coded_key
    return "IGO" if str(actor.get("org") or "").upper() in ("UNO", "EU", "EUR") else None


def coded_key(event_actor) -> str | None:
    key = actor_country(event_actor)
    return None if key is None else ("IGO" if key in ("UNO", "EUR") else key)


@dataclass
class Tally:
    gold: int = 0
    coded: int = 0
    found: int = 0
    type: int = 0
    source: int = 0
    target: int = 0
    all: int = 0
    spurious: int = 0

    def add(self, other: "Tally") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float]:
        def share(n: int, d: int) -> float:
            return round(n / d, 3) if d else 0.0

        return {
            "found": share(self.found, self.gold), "type": share(self.type, self.gold),
            "source": share(self.source, self.gold), "target": share(self.target, self.gold),
            "all": share(self.all, self.gold), "typed_precision": share(self.type, self.coded),
            "fully_right": share(self.all, self.coded), "spurious": share(self.spurious, self.coded),
        }


@dataclass
class EventReport:
    groups: dict[str, Tally] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)

    @property
    def overall(self) -> Tally:
        total = Tally()
        for tally in self.groups.values():
            total.add(tally)
        return total

    def to_dict(self) -> dict[str, Any]:
        rows = {name: {"gold": t.gold, "coded": t.coded, **t.figures()} for name, t in self.groups.items()}
        overall = self.overall
        rows["overall"] = {"gold": overall.gold, "coded": overall.coded, **overall.figures()}
        return rows

    def format_table(self) -> str:
        columns = ("found", "type", "source", "target", "all", "typed_precision", "fully_right", "spurious")
        widths = [max(7, len(c) + 2) for c in columns]
        head = f"{'set':<12}{'gold':>6}{'coded':>7}" + "".join(
            f"{c.replace('_', ' '):>{w}}" for c, w in zip(columns, widths))
        lines = [head, "-" * len(head)]
        for name, row in self.to_dict().items():
            lines.append(f"{name:<12}{row['gold']:>6}{row['coded']:>7}" + "".join(
                f"{row[c]:>{w}.2f}" for c, w in zip(columns, widths)))
        return "\n".join(lines)

    def format_misses(self, limit: int) -> str:
        return "\n".join(json.dumps(m, ensure_ascii=False) for m in self.misses[:limit])


def evaluate_events(records: Iterable[dict], code: Callable[[str], CodedArticle], ontology=None) -> EventReport:
    """Code every gold text with `code` and score its events; records are grouped by their
    "group" field (else "articles" for texts with a dataset, "sentences" for the rest).

    A gold event's PLOVER type is read from its CAMEO code through the same CAMEO->PLOVER
    table the coder uses (`ontology`, default eventdesk's), so that an annotator's label for
    a code and the coder's agree by construction; the annotator's own label counts only for
    a code the table does not know. Where the coder gives a code a type of its own (tariffs
    "imposed", CAMEO 163, are SANCTION for eventdesk, COERCE in the table), the same CAMEO
    code as the gold event's counts as the same type."""
    if ontology is None:
        from eventdesk.ontology import load_ontology

        ontology = load_ontology()
    report = EventReport()
    for record in records:
        type_gold(record, ontology)
        group = record.get("group") or ("articles" if record.get("dataset") else "sentences")
        coded = code(record["text"])
        tally = report.groups.setdefault(group, Tally())
        tally.add(_score(record, coded, report.misses))
    return report


def type_gold(record: dict, ontology) -> None:
    """Give each gold event of the record the PLOVER type the coder's table gives its CAMEO
    code (see evaluate_events)."""
    for event in record["events"]:
        event["plover"] = _plover_of(event, ontology)


def event_outcomes(record: dict, coded: CodedArticle) -> list[str]:
    """What became of each coded event of a gold text (its gold events typed by
    `type_gold`), in the record's order, matched as `evaluate_events` matches: "fully"
    (matched, type, source and target right), "typed" (matched, the type right, an actor
    wrong), "untyped" (matched, another type) or "spurious" (matched to no gold event)."""
    gold, events = record["events"], coded.events
    outcomes = ["spurious"] * len(events)
    for g_index, c_index in _match(gold, events, coded.sentences).items():
        g, c = gold[g_index], events[c_index]
        if not _same_type(c, g):
            outcomes[c_index] = "untyped"
        elif coded_key(c.source) == gold_key(g.get("source")) and coded_key(c.target) == gold_key(g.get("target")):
            outcomes[c_index] = "fully"
        else:
            outcomes[c_index] = "typed"
    return outcomes


def score_record(record: dict, coded: CodedArticle) -> Tally:
    """The tally of one gold text (its gold events typed by `type_gold`) against its coding."""
    return _score(record, coded, [])


def _plover_of(event: dict, ontology) -> str | None:
    code = str(event.get("cameo") or "")
    if code in ontology:
        found = ontology.plover(code)
        return found.type if found else None
    return event.get("plover")


def _score(record: dict, coded: CodedArticle, misses: list) -> Tally:
    gold = record["events"]
    events = coded.events
    pairs = _match(gold, events, coded.sentences)
    tally = Tally(gold=len(gold), coded=len(events), found=len(pairs))
    matched_coded = set()
    for g_index, c_index in pairs.items():
        g, c = gold[g_index], events[c_index]
        matched_coded.add(c_index)
        right_type = _same_type(c, g)
        right_source = coded_key(c.source) == gold_key(g.get("source"))
        right_target = coded_key(c.target) == gold_key(g.get("target"))
        tally.type += right_type
        tally.source += right_source
        tally.target += right_target
        tally.all += right_type and right_source and right_target
        if not (right_type and right_source and right_target):
            misses.append({"id": record["id"], "gold": _gold_view(record["text"], g), "coded": _coded_view(c)})
    tally.spurious = len(events) - len(matched_coded)
    for g_index, g in enumerate(gold):
        if g_index not in pairs:
            misses.append({"id": record["id"], "gold": _gold_view(record["text"], g), "coded": None})
    for c_index, c in enumerate(events):
        if c_index not in matched_coded:
            misses.append({"id": record["id"], "gold": None, "coded": _coded_view(c)})
    return tally


def _same_type(coded: Event, gold: dict) -> bool:
    """The same PLOVER type, or the same CAMEO code (see evaluate_events)."""
    return coded.plover == gold.get("plover") or bool(gold.get("cameo")) and coded.cameo == str(gold["cameo"])


def _match(gold: list[dict], events: list[Event], sentences: list) -> dict[int, int]:
    """gold index -> coded index: overlapping triggers first, then the same sentence and
    PLOVER type."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for g_index, g in enumerate(gold):
        start, end = g["trigger"]
        for c_index, c in enumerate(events):
            if c_index not in used and c.trigger.start < end and start < c.trigger.end:
                pairs[g_index] = c_index
                used.add(c_index)
                break

    def sentence_of(offset: int) -> int | None:
        return next((i for i, (s, e) in enumerate(sentences) if s <= offset < e), None)

    for g_index, g in enumerate(gold):
        if g_index in pairs:
            continue
        here = sentence_of(g["trigger"][0])
        for c_index, c in enumerate(events):
            if c_index not in used and here is not None and sentence_of(c.trigger.start) == here and _same_type(c, g):
                pairs[g_index] = c_index
                used.add(c_index)
                break
    return pairs


def _gold_view(text: str, g: dict) -> dict:
    start, end = g["trigger"]
    return {"trigger": text[start:end], "cameo": g.get("cameo"), "plover": g.get("plover"),
            "source": gold_key(g.get("source")), "target": gold_key(g.get("target"))}


def _coded_view(c: Event) -> dict:
    return {"trigger": c.trigger.text, "cameo": c.cameo, "plover": c.plover,
            "source": coded_key(c.source), "target": coded_key(c.target)}
