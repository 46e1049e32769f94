"""Scoring reported-speech extraction against hand-annotated attributions.

A gold record is `{id, text, attributions: [{source, cue, content, type}]}`; each of source,
cue and content is `{text, spans: [[start, end], ...]}` with offsets into `text` (several
spans for a quotation split by its attribution; their texts joined by " … " make `text`),
and source may be null (agentless passive: "it was announced that"). See docs/statements.md
for the annotation conventions and the measures.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventdesk.errors import InputError
from eventdesk.evaluate import read_gold_lines
from eventdesk.model import Statement

# A produced content matches a gold one when they share at least this share of the longer.
OVERLAP_THRESHOLD = 0.30
PART_SEPARATOR = " … "
_QUOTE_MARKS = "\"'“”„‟‘’‚‛«»‹›`"


# -- gold files --------------------------------------------------------------------------------


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold JSONL file and check that every span's text is what its offsets cover.

    An attribution with no spans for its cue or content (some annotations of real corpora
    leave one out) cannot be scored: it is left out of its record, and the record's
    `skipped_attributions` says how many were; any other fault raises InputError.
    """
    records = []
    for where, record in read_gold_lines(path):
        kept, skipped = [], 0
        for attribution in record.get("attributions", []) if isinstance(record, dict) else []:
            if isinstance(attribution, dict) and _lacks_spans(attribution):
                skipped += 1
            else:
                kept.append(attribution)
        if skipped:
            record = {**record, "attributions": kept, "skipped_attributions": skipped}
        check_record(record, where)
        records.append(record)
    return records


def _lacks_spans(attribution: dict[str, Any]) -> bool:
    """True when the cue or the content has no span to score against."""
    return any(not (isinstance(attribution.get(part), dict) and attribution[part].get("spans")) for part in ("cue", "content"))


def check_record(record: dict[str, Any], where: str = "record") -> None:
    """Raise InputError unless the record is well formed and its span texts match its offsets."""
    if not isinstance(record.get("text"), str) or "id" not in record:
        raise InputError("a gold record needs an id and a text", where)
    text = record["text"]
    for k, attribution in enumerate(record.get("attributions", [])):
        if attribution.get("type") not in ("direct", "indirect", "mixed"):
            raise InputError(f"attribution {k}: type must be direct, indirect or mixed", where)
        for part in ("source", "cue", "content"):
            span = attribution.get(part)
            if span is None and part == "source":
                continue
            if not isinstance(span, dict) or not span.get("spans"):
                raise InputError(f"attribution {k}: {part} needs text and spans", where)
            pieces = []
            for start, end in span["spans"]:
                if not (0 <= start < end <= len(text)):
                    raise InputError(f"attribution {k}: {part} offsets {start}-{end} outside the text", where)
                pieces.append(text[start:end])
            if PART_SEPARATOR.join(pieces) != span["text"]:
                raise InputError(
                    f"attribution {k}: {part} text {span['text']!r} is not what its offsets cover {pieces!r}", where
                )


def gold_span(text: str, phrase: str) -> dict[str, Any]:
    """Locate a phrase in text for a gold record. Square brackets pick the part to keep out of
    a longer, unique context ("he [said]" when "said" occurs twice). Raises when absent or
    ambiguous, so an annotation never lands on the wrong words."""
    if "[" in phrase:
        before, rest = phrase.split("[", 1)
        inside, after = rest.split("]", 1)
        context = before + inside + after
        where = _unique(text, context)
        start = where + len(before)
        end = start + len(inside)
    else:
        start = _unique(text, phrase)
        end = start + len(phrase)
    return {"text": text[start:end], "spans": [[start, end]]}


def gold_parts(text: str, phrases: Iterable[str]) -> dict[str, Any]:
    """A span of several parts (a quotation split by its attribution)."""
    parts = [gold_span(text, p) for p in phrases]
    spans = [p["spans"][0] for p in parts]
    return {"text": PART_SEPARATOR.join(text[s:e] for s, e in spans), "spans": spans}


def _unique(text: str, phrase: str) -> int:
    first = text.find(phrase)
    if first < 0:
        raise ValueError(f"{phrase!r} is not in the text")
    if text.find(phrase, first + 1) >= 0:
        raise ValueError(f"{phrase!r} occurs more than once: add [context]")
    return first


# -- measures ----------------------------------------------------------------------------------


@dataclass(slots=True)
class PRF:
    """Counts for precision, recall and F1."""

    correct: int = 0
    gold: int = 0
    produced: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.produced if self.produced else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "correct": self.correct,
            "gold": self.gold,
            "produced": self.produced,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class StatementsReport:
    records: int = 0
    # Gold attributions left out because their cue or content had no span (load_gold).
    skipped: int = 0
    overlap: PRF = field(default_factory=PRF)
    speaker_correct: int = 0
    type_correct: int = 0
    source: PRF = field(default_factory=PRF)
    cue: PRF = field(default_factory=PRF)
    content: PRF = field(default_factory=PRF)
    # Recall of the gold attributions of each type (direct, indirect, mixed): how much of the
    # quoted speech is found, apart from the reported speech, beliefs and intentions.
    by_type: dict[str, PRF] = field(default_factory=dict)
    # Examples of errors, for reading: (record id, what).
    missed: list[tuple[str, str]] = field(default_factory=list)
    spurious: list[tuple[str, str]] = field(default_factory=list)
    wrong_speaker: list[tuple[str, str, str]] = field(default_factory=list)
    # The same figures for each split named by the records (train, dev, ...), when they name one.
    splits: dict[str, StatementsReport] = field(default_factory=dict)

    @property
    def matched(self) -> int:
        return self.overlap.correct

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.matched if self.matched else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.matched if self.matched else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "skipped_attributions": self.skipped,
            "gold": self.overlap.gold,
            "produced": self.overlap.produced,
            "matched": self.matched,
            "overlap": self.overlap.to_dict(),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "type_accuracy": round(self.type_accuracy, 4),
            "exact": {"source": self.source.to_dict(), "cue": self.cue.to_dict(), "content": self.content.to_dict()},
            "recall_by_type": {kind: {"gold": prf.gold, "found": prf.correct, "recall": round(prf.recall, 4)} for kind, prf in sorted(self.by_type.items())},
            "missed": [list(m) for m in self.missed],
            "spurious": [list(s) for s in self.spurious],
            "wrong_speaker": [list(w) for w in self.wrong_speaker],
            "splits": {name: split.to_dict() for name, split in self.splits.items()},
        }

    def format_table(self) -> str:
        lines = self._table("all records")
        if self.skipped:
            lines.append(f"({self.skipped} gold attribution(s) without a cue or content span left out)")
        for name, split in sorted(self.splits.items()):
            lines.append("")
            lines.extend(split._table(f"split {name}"))
        return "\n".join(lines)

    def _table(self, title: str) -> list[str]:
        rows = [
            ("content, overlap ≥30%", self.overlap),
            ("source, exact", self.source),
            ("cue, exact", self.cue),
            ("content, exact", self.content),
        ]
        lines = [
            f"statements, {title}: {self.records} records, {self.overlap.gold} gold, {self.overlap.produced} produced, "
            f"{self.matched} matched",
            f"{'measure':<24}{'precision':>10}{'recall':>10}{'F1':>8}",
        ]
        for name, prf in rows:
            lines.append(f"{name:<24}{prf.precision:>10.3f}{prf.recall:>10.3f}{prf.f1:>8.3f}")
        lines.append(f"{'speaker accuracy':<24}{self.speaker_accuracy:>10.3f}  ({self.speaker_correct}/{self.matched} matched)")
        lines.append(f"{'type accuracy':<24}{self.type_accuracy:>10.3f}  ({self.type_correct}/{self.matched} matched)")
        for kind, prf in sorted(self.by_type.items()):
            lines.append(f"{'recall, ' + kind:<24}{prf.recall:>10.3f}  ({prf.correct}/{prf.gold} gold)")
        return lines


def evaluate_statements(
    gold_records: Iterable[dict[str, Any]], extract: Callable[[str], list[Statement]]
) -> StatementsReport:
    """Run `extract` on every gold text and score its statements against the annotations,
    overall and for each split the records name (their `split` field)."""
    report = StatementsReport()
    for record in gold_records:
        text = record["text"]
        gold = record.get("attributions", [])
        produced = list(extract(text))
        targets = [report]
        if record.get("split"):
            targets.append(report.splits.setdefault(str(record["split"]), StatementsReport()))
        for target in targets:
            target.records += 1
            target.skipped += int(record.get("skipped_attributions", 0))
            _score_record(target, str(record.get("id")), text, gold, produced)
    return report


def _score_record(report: StatementsReport, rid: str, text: str, gold: list[dict], produced: list[Statement]) -> None:
    report.overlap.gold += len(gold)
    report.overlap.produced += len(produced)
    gold_chars = [_chars(a["content"]["spans"]) for a in gold]
    candidates = []
    for g, chars in enumerate(gold_chars):
        for p, statement in enumerate(produced):
            mine = set(range(statement.content.start, statement.content.end))
            shared = len(chars & mine)
            longer = max(len(chars), len(mine))
            if longer and shared >= OVERLAP_THRESHOLD * longer:
                candidates.append((shared / longer, g, p))
    used_gold: set[int] = set()
    used_produced: set[int] = set()
    for _, g, p in sorted(candidates, reverse=True):
        if g in used_gold or p in used_produced:
            continue
        used_gold.add(g)
        used_produced.add(p)
        report.overlap.correct += 1
        attribution, statement = gold[g], produced[p]
        if _speaker_right(text, attribution.get("source"), statement):
            report.speaker_correct += 1
        else:
            said = statement.speaker.name or statement.speaker.text if statement.speaker else "None"
            wanted = attribution["source"]["text"] if attribution.get("source") else "None"
            report.wrong_speaker.append((rid, wanted, said))
        if attribution["type"] == statement.type:
            report.type_correct += 1
    for g, attribution in enumerate(gold):
        kind = report.by_type.setdefault(str(attribution.get("type")), PRF())
        kind.gold += 1
        kind.correct += g in used_gold
        if g not in used_gold:
            report.missed.append((rid, attribution["content"]["text"]))
    for p, statement in enumerate(produced):
        if p not in used_produced:
            report.spurious.append((rid, statement.content.text))
    _score_exact(report, text, gold, produced)


def _speaker_right(text: str, source: dict | None, statement: Statement) -> bool:
    if source is None:
        return statement.speaker is None
    if statement.speaker is None:
        return False
    gold_chars = _chars(source["spans"])
    spans = [(statement.speaker.start, statement.speaker.end)]
    if statement.speaker_mention is not None:
        spans.append((statement.speaker_mention.start, statement.speaker_mention.end))
    if any(gold_chars & set(range(start, end)) for start, end in spans):
        return True
    name = statement.speaker.name or ""
    return bool(name) and source["text"].strip().lower() in name.lower()


def _score_exact(report: StatementsReport, text: str, gold: list[dict], produced: list[Statement]) -> None:
    def hull(spans: list[list[int]]) -> tuple[int, int]:
        return _trimmed(text, min(s for s, _ in spans), max(e for _, e in spans))

    for part, prf in (("cue", report.cue), ("content", report.content)):
        wanted = [hull(a[part]["spans"]) for a in gold]
        got = [_trimmed(text, getattr(s, part).start, getattr(s, part).end) for s in produced]
        _count(prf, wanted, [[g] for g in got])
    wanted = [hull(a["source"]["spans"]) for a in gold if a.get("source")]
    got = []
    for statement in produced:
        options = []
        if statement.speaker is not None:
            options.append(_trimmed(text, statement.speaker.start, statement.speaker.end))
        if statement.speaker_mention is not None:
            options.append(_trimmed(text, statement.speaker_mention.start, statement.speaker_mention.end))
        if options:
            got.append(options)
    _count(report.source, wanted, got)


def _count(prf: PRF, wanted: list[tuple[int, int]], got: list[list[tuple[int, int]]]) -> None:
    prf.gold += len(wanted)
    prf.produced += len(got)
    remaining = list(wanted)
    for options in got:
        for option in options:
            if option in remaining:
                remaining.remove(option)
                prf.correct += 1
                break


def _chars(spans: list[list[int]]) -> set[int]:
    chars: set[int] = set()
    for start, end in spans:
        chars.update(range(start, end))
    return chars


def _edge(char: str) -> bool:
    return char.isspace() or char in _QUOTE_MARKS or unicodedata.category(char).startswith("P")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without spaces, punctuation and quote marks at the edges (kept if that is all)."""
    s, e = start, end
    while s < e and _edge(text[s]):
        s += 1
    while e > s and _edge(text[e - 1]):
        e -= 1
    return (s, e) if s < e else (start, end)
