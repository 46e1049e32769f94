"""Scoring event locations against sentences annotated with the place of their action.

A gold record is `{id, text, place, country, lat, lon, feature, note}`: `place` is the
words of the text that name where the sentence's action happens (null when the sentence
names no place for it), `country` ISO 3166-1 alpha-3 (null for a sea or a border zone,
or when nothing says), `lat`/`lon` the point, `feature` city | region | country | site.

Each sentence is coded as an article of its own, cleaned as `eventdesk code` cleans one (so
"KABUL (Reuters) -" is read as a dateline). The answer for a sentence is the location of
its first event (any location_source); a sentence with no event takes the place the where
stage gives its main verb. Measures:
  country    the answer's country is the gold country (items with a gold country or a
             gold place);
  within 50 km   the answer's point lies within 50 km of the gold point (haversine;
             items with gold coordinates);
  no location    of the sentences we give no precise place (none, or only the actors'
             country), the share the gold also leaves without a place (precision), and
             of the gold's placeless sentences, the share we leave without one (recall).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventdesk.errors import InputError
from eventdesk.evaluate import read_gold_lines
from eventdesk.model import Place

WITHIN_KM = 50.0
EARTH_RADIUS_KM = 6371.0
PRECISE_SOURCES = ("sentence", "story", "dateline", "origin")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a places gold file; raise InputError naming the line of a malformed record."""
    records = []
    for where, record in read_gold_lines(path):
        if not isinstance(record.get("text"), str) or "id" not in record:
            raise InputError("a places record needs an id and a text", where)
        place = record.get("place")
        if place is not None and place not in record["text"]:
            raise InputError(f"place {place!r} is not in the text", where)
        lat, lon = record.get("lat"), record.get("lon")
        if (lat is None) != (lon is None) or (lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180)):
            raise InputError("lat and lon must both be given, in degrees, or both be null", where)
        records.append(record)
    return records


@dataclass
class Answer:
    place: Place | None
    source: str | None


@dataclass
class Tally:
    country_right: int = 0
    country_total: int = 0
    near_right: int = 0
    near_total: int = 0

    def add(self, country: bool | None, near: bool | None) -> None:
        if country is not None:
            self.country_total += 1
            self.country_right += country
        if near is not None:
            self.near_total += 1
            self.near_right += near

    @staticmethod
    def share(right: int, total: int) -> float | None:
        return round(right / total, 3) if total else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "country": self.share(self.country_right, self.country_total), "country_n": self.country_total,
            "within_50km": self.share(self.near_right, self.near_total), "within_50km_n": self.near_total,
        }


@dataclass
class PlacesReport:
    overall: Tally = field(default_factory=Tally)
    by_feature: dict[str, Tally] = field(default_factory=dict)
    unplaced_right: int = 0  # we give no precise place and the gold has none
    unplaced_ours: int = 0  # we give no precise place
    unplaced_gold: int = 0  # the gold has no place
    misses: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.overall.to_dict(),
            "no_location_precision": Tally.share(self.unplaced_right, self.unplaced_ours),
            "no_location_recall": Tally.share(self.unplaced_right, self.unplaced_gold),
            "no_location_n": self.unplaced_gold,
            "by_feature": {name: t.to_dict() for name, t in sorted(self.by_feature.items())},
        }

    def format_table(self) -> str:
        d = self.to_dict()

        def cell(value):
            return "-" if value is None else f"{value:.3f}"

        lines = [
            f"{'':<14}{'country':>9}{'n':>6}{'≤50 km':>9}{'n':>6}",
            f"{'all':<14}{cell(d['country']):>9}{d['country_n']:>6}{cell(d['within_50km']):>9}{d['within_50km_n']:>6}",
        ]
        for name, t in d["by_feature"].items():
            lines.append(f"{name:<14}{cell(t['country']):>9}{t['country_n']:>6}{cell(t['within_50km']):>9}{t['within_50km_n']:>6}")
        lines.append(
            f"no location: precision {cell(d['no_location_precision'])}, recall {cell(d['no_location_recall'])} "
            f"({d['no_location_n']} sentences name no place)"
        )
        return "\n".join(lines)

    def format_misses(self, limit: int) -> str:
        return "\n".join(
            f"{m['id']}: gold {m['gold']} | ours {m['ours']} ({m['source']})" for m in self.misses[:limit]
        )


def score(record: dict[str, Any], answer: Answer, report: PlacesReport) -> None:
    place = answer.place
    precise = place is not None and answer.source in PRECISE_SOURCES
    gold_placed = record.get("place") is not None
    if not precise:
        report.unplaced_ours += 1
        report.unplaced_right += not gold_placed
    report.unplaced_gold += not gold_placed
    country = near = None
    if record.get("country") is not None or gold_placed:
        country = place is not None and place.country == record.get("country")
    if record.get("lat") is not None:
        near = (
            place is not None and place.lat is not None
            and haversine_km(place.lat, place.lon, record["lat"], record["lon"]) <= WITHIN_KM
        )
    report.overall.add(country, near)
    if gold_placed:
        report.by_feature.setdefault(record.get("feature") or "unknown", Tally()).add(country, near)
    if country is False or near is False or (precise and not gold_placed):
        ours = None if place is None else f"{place.name} {place.country} {place.lat},{place.lon}"
        gold = f"{record.get('place')} {record.get('country')} {record.get('lat')},{record.get('lon')}"
        report.misses.append({"id": record["id"], "gold": gold, "ours": ours, "source": answer.source})


def evaluate_places(records: Iterable[dict[str, Any]], answer: Callable[[str], Answer]) -> PlacesReport:
    report = PlacesReport()
    for record in records:
        score(record, answer(record["text"]), report)
    return report


def sentence_answer(pipeline) -> Callable[[str], Answer]:
    """The answer of a Pipeline for one sentence coded as an article of its own."""
    from eventdesk.ingest import clean
    from eventdesk.model import Article
    from eventdesk.where.main_verb import main_verb_place

    def answer(text: str) -> Answer:
        doc = pipeline.nlp(pipeline.make_doc(clean(Article(text=text, id="gold"))))
        events = sorted(doc._.events or [], key=lambda e: e.trigger.start)
        for event in events:
            if event.location is not None:
                return Answer(event.location, event.location_source)
        return Answer(*main_verb_place(doc))

    return answer
