"""The records that flow through eventdesk: Article in, CodedArticle out.

Field names follow the coded-article record of docs/record.md, a contract other tools
read. `to_dict()` is the one way a record becomes JSON; `from_dict()` reads it back.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

Modality = Literal["asserted", "intended", "hypothetical"]
QuoteType = Literal["direct", "indirect", "mixed"]
ActorKind = Literal["state", "person", "organization", "group"]


@dataclass(slots=True)
class Article:
    """One input article before coding. `text` is what all offsets index."""

    text: str
    id: str | None = None
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    outlet: str | None = None
    origin: str | None = None  # file (and line) it was read from, for messages
    errors: list[str] = field(default_factory=list)
    # Character ranges of the text that are not content (headline repeats, captions, ...).
    boilerplate: list[tuple[int, int, str]] = field(default_factory=list)
    # The day the page was archived (a WARC record's WARC-Date), YYYY-MM-DD: `published`
    # when neither the page nor a date line of its text gives a date.
    archived: str | None = None


@dataclass(slots=True)
class Span:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Actor:
    """An actor mention resolved to a CAMEO-style code (country + sectors)."""

    text: str
    start: int
    end: int
    code: str
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    name: str | None = None
    kind: ActorKind = "state"

    def copy(self) -> Actor:
        """The same actor as a record of its own (its own sectors list), for a caller that
        may change it."""
        return Actor(self.text, self.start, self.end, self.code, self.country, list(self.sectors),
                     self.name, self.kind)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "code": self.code,
            "country": self.country,
            "sectors": list(self.sectors),
            "name": self.name,
            "kind": self.kind,
        }


@dataclass(slots=True)
class Place:
    text: str
    start: int
    end: int
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None  # city | region | country | site
    geonames_id: int | None = None  # GeoNames feature id, for a city or country from GeoNames

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Event:
    id: str
    sentence: int
    source: Actor | None
    target: Actor | None
    trigger: Span
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None = None
    negated: bool = False
    modality: Modality = "asserted"
    date: str | None = None
    location: Place | None = None
    statement: str | None = None
    confidence: float = 0.5
    # How the date was found: "day"/"week"/"month"/"year" of an expression in the
    # sentence (date_text), or "published" when the article's date stands in.
    date_precision: str | None = None
    date_text: Span | None = None
    # Where `date` comes from: "expression" (date_text), "published", or None.
    date_source: str | None = None
    # Which rule placed the event (where/locate.py): "sentence", "story", "dateline", "origin",
    # "actor_country"; None when nothing places it.
    location_source: str | None = None
    source_place: Place | None = None  # where the source is from or based, when known
    target_place: Place | None = None
    # How the coder found the event (events/evidence.py: Evidence), read by the confidence
    # stage; not part of the record, not written.
    evidence: Any = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sentence": self.sentence,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "trigger": self.trigger.to_dict(),
            "cameo": self.cameo,
            "root": self.root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "negated": self.negated,
            "modality": self.modality,
            "date": self.date,
            "location": self.location.to_dict() if self.location else None,
            "statement": self.statement,
            "confidence": round(self.confidence, 3),
            "date_precision": self.date_precision,
            "date_text": self.date_text.to_dict() if self.date_text else None,
            "date_source": self.date_source,
            "location_source": self.location_source,
            "source_place": self.source_place.to_dict() if self.source_place else None,
            "target_place": self.target_place.to_dict() if self.target_place else None,
        }


@dataclass(slots=True)
class Cue:
    text: str
    start: int
    end: int
    lemma: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "lemma": self.lemma}


@dataclass(slots=True)
class Statement:
    id: str
    sentence: int
    speaker: Actor | None
    cue: Cue
    content: Span
    type: QuoteType
    hedges: list[Span] = field(default_factory=list)
    # The speaker as written ("he", "the spokeswoman") when it differs from the resolved actor.
    speaker_mention: Span | None = None
    # The cue says the speaker did not say it ("did not say whether", "declined to comment").
    negated: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sentence": self.sentence,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "cue": self.cue.to_dict(),
            "content": self.content.to_dict(),
            "type": self.type,
            "hedges": [h.to_dict() for h in self.hedges],
            "negated": self.negated,
        }


@dataclass(slots=True)
class Contest:
    """Two statements by different speakers that say opposing things about one subject."""

    statements: list[str]
    subject: Span
    speakers: list[str | None]

    def to_dict(self) -> dict[str, Any]:
        return {
            "statements": list(self.statements),
            "subject": self.subject.to_dict(),
            "speakers": list(self.speakers),
        }


@dataclass(slots=True)
class CodedArticle:
    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    contests: list[Contest] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)  # every place name of the text, resolved

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "outlet": self.outlet,
            "text": self.text,
            "sentences": [[start, end] for start, end in self.sentences],
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "statements": [s.to_dict() for s in self.statements],
            "contests": [c.to_dict() for c in self.contests],
            "places": [p.to_dict() for p in self.places],
            "errors": list(self.errors),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> CodedArticle:
        """Read a record written by `to_dict` (e.g. one line of `eventdesk code` output)."""

        def actor(d: dict | None) -> Actor | None:
            return Actor(**d) if d else None

        def span(d: dict | None) -> Span | None:
            return Span(**d) if d else None

        events = []
        for e in record.get("events", []):
            e = dict(e)
            e["source"] = actor(e.get("source"))
            e["target"] = actor(e.get("target"))
            e["trigger"] = Span(**e["trigger"])
            for name in ("location", "source_place", "target_place"):
                e[name] = Place(**e[name]) if e.get(name) else None
            e["date_text"] = Span(**e["date_text"]) if e.get("date_text") else None
            events.append(Event(**{k: v for k, v in e.items() if k in _EVENT_FIELDS}))
        statements = []
        for s in record.get("statements", []):
            statements.append(
                Statement(
                    id=s["id"],
                    sentence=s["sentence"],
                    speaker=actor(s.get("speaker")),
                    cue=Cue(**s["cue"]),
                    content=Span(**s["content"]),
                    type=s["type"],
                    hedges=[Span(**h) for h in s.get("hedges", [])],
                    speaker_mention=span(s.get("speaker_mention")),
                    negated=bool(s.get("negated", False)),
                )
            )
        contests = [
            Contest(statements=c["statements"], subject=Span(**c["subject"]), speakers=c.get("speakers", []))
            for c in record.get("contests", [])
        ]
        return cls(
            id=record["id"],
            text=record["text"],
            title=record.get("title"),
            published=record.get("published"),
            url=record.get("url"),
            outlet=record.get("outlet"),
            sentences=[tuple(s) for s in record.get("sentences", [])],
            actors=[Actor(**a) for a in record.get("actors", [])],
            events=events,
            statements=statements,
            contests=contests,
            errors=list(record.get("errors", [])),
            places=[Place(**p) for p in record.get("places", [])],
        )


_EVENT_FIELDS = {f.name for f in fields(Event)}
