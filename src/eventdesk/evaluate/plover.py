"""Scoring event coding against PLOVER-coded gold sentences (the PLOVER GSR record format:
one JSON object per line with text, plover type, sources and targets).

Each gold sentence is coded as an article of its own. A record is right on **type** when some
event of the sentence has the gold PLOVER type; on **source** when such an event's source
country (or IGO/NGO/IMG for non-state actors) is one of the gold sources' countries; on
**target** likewise (over records that have a target); **all** when one event is right on
all three. **Typed precision** is the share of produced events (those with a PLOVER type)
whose type is the sentence's gold type, so spurious events cost.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from eventdesk.errors import InputError
from eventdesk.evaluate import read_gold_lines
from eventdesk.model import Actor, CodedArticle, Event

__all__ = ["PloverReport", "evaluate_plover", "load_gold", "actor_country", "gold_country"]

METRICS = ("type", "source", "target", "all", "typed_precision")
# CAMEO codes the PLOVER gold set labels COERCE (destroying property, kidnapping, human
# shields) where the official CAMEO->PLOVER table and the 2021 manual say ASSAULT; only for
# reporting the figure under the gold's convention (docs/accuracy.md), never for coding.
GSR_COERCE_CODES = frozenset({"1712", "181", "184"})
NON_STATE = {"IGO", "NGO", "IMG", "NGM", "INT", "MNC", "UIS", "UNO", "EUR", "ISM"}
NO_EVENTS = "(none)"


def load_gold(path: str | Path) -> list[dict]:
    """The records of a PLOVER gold JSONL file; raises InputError naming the bad line."""
    records = []
    for where, record in read_gold_lines(path):
        if not record.get("text") or not record.get("plover"):
            raise InputError("a gold record needs text and plover", where)
        record.setdefault("sources", [])
        record.setdefault("targets", [])
        record.setdefault("id", where)
        records.append(record)
    return records


def gold_country(entry: dict) -> str | None:
    """ISO alpha-3 (or IGO/NGO/...) of a gold actor whose country is a CAMEO code."""
    from eventdesk.actors.codes import iso_from_cameo

    code = (entry.get("country") or "").upper()
    if not code:
        return None
    if code in NON_STATE:
        return "IGO" if code in ("UNO", "EUR") else code
    return iso_from_cameo(code)


def actor_country(actor: Actor | None) -> str | None:
    """ISO alpha-3 of an actor's country, or its non-state prefix (IGO, NGO, IMG, ...)."""
    if actor is None:
        return None
    if actor.country:
        return actor.country.upper()
    prefix = (actor.code or "")[:3].upper()
    if prefix in NON_STATE:
        return "IGO" if prefix in ("UNO", "EUR") else prefix
    if "IGO" in (actor.sectors or []):
        return "IGO"
    return None


@dataclass
class _Tally:
    records: int = 0
    type: int = 0
    source: int = 0
    source_n: int = 0
    target: int = 0
    target_n: int = 0
    all: int = 0
    events: int = 0
    typed_right: int = 0

    def add(self, other: "_Tally") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def shares(self) -> dict[str, Any]:
        def share(hit: int, total: int) -> float | None:
            return round(hit / total, 4) if total else None

        return {
            "records": self.records,
            "type": share(self.type, self.records),
            "source": share(self.source, self.source_n),
            "target": share(self.target, self.target_n),
            "all": share(self.all, self.records),
            "typed_precision": share(self.typed_right, self.events),
            "events": self.events,
        }


@dataclass
class PloverReport:
    overall: dict[str, Any]
    by_type: dict[str, dict[str, Any]]
    confusion: dict[str, dict[str, int]]
    misses: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": dict(self.overall),
            "by_type": {name: dict(row) for name, row in self.by_type.items()},
            "confusion": {name: dict(row) for name, row in self.confusion.items()},
            "misses": list(self.misses),
        }

    def format_table(self) -> str:
        """Plain-text table: one row per gold PLOVER type, then the overall row."""
        header = f"{'type':<11} {'n':>4} {'type':>6} {'source':>7} {'target':>7} {'all':>6} {'typed P':>8} {'events':>7}"
        lines = [header, "-" * len(header)]

        def cell(value: float | None) -> str:
            return "   -" if value is None else f"{value:.2f}"

        for name, row in list(sorted(self.by_type.items())) + [("overall", self.overall)]:
            if name == "overall":
                lines.append("-" * len(header))
            lines.append(
                f"{name:<11} {row['records']:>4} {cell(row['type']):>6} {cell(row['source']):>7} "
                f"{cell(row['target']):>7} {cell(row['all']):>6} {cell(row['typed_precision']):>8} "
                f"{row['events']:>7}"
            )
        lines.append("")
        lines.append("confusion (gold type -> produced event types):")
        for gold in sorted(self.confusion):
            produced = ", ".join(
                f"{name} {count}" for name, count in sorted(self.confusion[gold].items(), key=lambda kv: -kv[1])
            )
            lines.append(f"  {gold:<10} {produced}")
        return "\n".join(lines)

    def format_misses(self, n: int = 20) -> str:
        """The first `n` sentences not right on all three, with gold and produced events."""
        out = []
        for miss in self.misses[:n]:
            out.append(f"{miss['id']}  [{', '.join(miss['wrong'])}]")
            out.append(f"  {miss['text']}")
            gold = miss["gold"]
            out.append(
                f"  gold: {gold['plover']}  {'/'.join(gold['sources']) or '-'} -> {'/'.join(gold['targets']) or '-'}"
            )
            if not miss["events"]:
                out.append("  produced: nothing")
            for event in miss["events"]:
                out.append(
                    f"  produced: {event['plover'] or '-'} ({event['cameo']})  {event['source'] or '-'} -> "
                    f"{event['target'] or '-'}  \"{event['trigger']}\""
                    + ("  negated" if event["negated"] else "")
                    + (f"  {event['modality']}" if event["modality"] != "asserted" else "")
                )
            out.append("")
        return "\n".join(out)


def _score_record(record: dict, events: list[Event]) -> tuple[_Tally, list[str]]:
    gold_type = record["plover"]
    sources = {gold_country(s) for s in record.get("sources", [])} - {None}
    targets = {gold_country(t) for t in record.get("targets", [])} - {None}
    typed = [e for e in events if e.plover]
    of_type = [e for e in typed if e.plover == gold_type]
    tally = _Tally(records=1, events=len(typed), typed_right=len(of_type))
    wrong = []
    tally.type = int(bool(of_type))
    source_ok = [e for e in of_type if actor_country(e.source) in sources]
    target_ok = [e for e in of_type if actor_country(e.target) in targets]
    if sources:
        tally.source_n = 1
        tally.source = int(bool(source_ok))
    if targets:
        tally.target_n = 1
        tally.target = int(bool(target_ok))
    both = [
        e for e in of_type
        if (not sources or actor_country(e.source) in sources)
        and (not targets or actor_country(e.target) in targets)
    ]
    tally.all = int(bool(both))
    if not tally.type:
        wrong.append("type")
    if sources and not tally.source:
        wrong.append("source")
    if targets and not tally.target:
        wrong.append("target")
    if tally.type and not tally.all and not wrong:
        wrong.append("pair")
    return tally, wrong


def evaluate_plover(
    gold_records: Iterable[dict], code: Callable[[str], CodedArticle], gsr_coerce: bool = False,
) -> PloverReport:
    """Code every gold sentence with `code(text)` and score the events against the gold.
    With `gsr_coerce`, events of GSR_COERCE_CODES count as COERCE, the gold's convention."""
    totals = _Tally()
    per_type: dict[str, _Tally] = {}
    confusion: dict[str, Counter] = {}
    misses = []
    for record in gold_records:
        article = code(record["text"])
        events = list(article.events)
        if gsr_coerce:
            events = [replace(e, plover="COERCE") if e.cameo in GSR_COERCE_CODES else e for e in events]
        tally, wrong = _score_record(record, events)
        totals.add(tally)
        per_type.setdefault(record["plover"], _Tally()).add(tally)
        produced = Counter(e.plover for e in events if e.plover) or Counter({NO_EVENTS: 1})
        confusion.setdefault(record["plover"], Counter()).update(produced)
        if wrong:
            misses.append(
                {
                    "id": record.get("id"),
                    "text": record["text"],
                    "wrong": wrong,
                    "gold": {
                        "plover": record["plover"],
                        "sources": sorted({gold_country(s) or "?" for s in record.get("sources", [])}),
                        "targets": sorted({gold_country(t) or "?" for t in record.get("targets", [])}),
                    },
                    "events": [
                        {
                            "cameo": e.cameo,
                            "plover": e.plover,
                            "source": e.source.code if e.source else None,
                            "target": e.target.code if e.target else None,
                            "trigger": e.trigger.text,
                            "negated": e.negated,
                            "modality": e.modality,
                        }
                        for e in events
                    ],
                }
            )
    return PloverReport(
        overall=totals.shares(),
        by_type={name: tally.shares() for name, tally in per_type.items()},
        confusion={name: dict(counter) for name, counter in confusion.items()},
        misses=misses,
    )
