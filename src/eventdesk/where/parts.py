"""A part of a country named by a direction ("northern Iraq", "the east of Congo"): a region
at a point in that part, not the country's centroid.

The point is the median of the country's towns (the city list's, 15,000 inhabitants or
more) that lie in the outer third of the country in that direction: each town's latitude and
longitude are scaled to the country's extent (the 5th to 95th percentile of its towns, so an
outlying island or Alaska does not stretch it), projected on the direction ("northeastern":
north and east together), and the towns past two thirds of the projections' spread are the
part. A country of fewer than MIN_TOWNS towns keeps its centroid.
"""

from __future__ import annotations

from dataclasses import replace
from statistics import median

from spacy.tokens import Doc

from eventdesk.where.gazetteer import Gazetteer, Reading
from eventdesk.where.words import words

MIN_TOWNS = 6
OUTER = 2 / 3  # the part: past this share of the spread along the direction
EDGE = 0.02  # the extent: from the 2nd to the 98th percentile of the towns
_COMPASS = {"north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1)}
_TOWNS: dict[int, dict[str, list[tuple[float, float]]]] = {}


def part_word(doc: Doc, start: int) -> str | None:
    """The direction word that names a part of the place at doc[start:]: "northern Iraq",
    "north-eastern Nigeria", "the north of Mali" (words.tsv `part_word`; "north of X" without
    "the" is a point of reference outside X, "30 km north of Aleppo")."""
    before = doc[start - 1] if start > 0 else None
    if before is None:
        return None
    if before.lower_ in words("part_word") and before.lower_.endswith("ern"):
        if start >= 3 and doc[start - 2].text == "-" and doc[start - 3].lower_ in _COMPASS:
            return doc[start - 3].lower_ + before.lower_  # "north-eastern" split in three
        return before.lower_.replace("-", "")
    if before.lower_ == "the":
        start -= 1  # "the east of the Democratic Republic of Congo"
        before = doc[start - 1] if start > 0 else None
    if (before is not None and before.lower_ == "of" and start >= 3 and doc[start - 2].lower_ in words("part_word")
            and not doc[start - 2].lower_.endswith("ern") and doc[start - 3].lower_ == "the"):
        return doc[start - 2].lower_.replace("-", "") + "ern"  # "the north of Mali"
    return None


def part_reading(gazetteer: Gazetteer, country: Reading, word: str) -> Reading | None:
    """The region `word` ("northern") names in `country`, or None when the country has too
    few towns to tell its parts."""
    vector = _vector(word)
    towns = _country_towns(gazetteer).get(country.country or "", [])
    if vector is None or len(towns) < MIN_TOWNS:
        return None
    lats, lons = sorted(t[0] for t in towns), sorted(t[1] for t in towns)
    low_lat, high_lat = _percentile(lats, EDGE), _percentile(lats, 1 - EDGE)
    low_lon, high_lon = _percentile(lons, EDGE), _percentile(lons, 1 - EDGE)
    span_lat, span_lon = max(high_lat - low_lat, 0.1), max(high_lon - low_lon, 0.1)
    projected = [(vector[0] * (lat - low_lat) / span_lat + vector[1] * (lon - low_lon) / span_lon, lat, lon)
                 for lat, lon in towns]
    values = sorted(p for p, _, _ in projected)
    low, high = _percentile(values, EDGE), _percentile(values, 1 - EDGE)
    cut = low + OUTER * (high - low)
    part = [(lat, lon) for p, lat, lon in projected if p >= cut]
    if not part:
        return None
    lat, lon = round(median(t[0] for t in part), 1), round(median(t[1] for t in part), 1)
    return replace(country, name=f"{word} {country.name}", feature="region", lat=lat, lon=lon,
                   alias=False, geonames_id=None)


def _vector(word: str) -> tuple[int, int] | None:
    stem = word.removesuffix("ern")
    lat = sum(v[0] for name, v in _COMPASS.items() if name in stem)
    lon = sum(v[1] for name, v in _COMPASS.items() if name in stem)
    return (lat, lon) if (lat or lon) else None


def _percentile(values: list[float], share: float) -> float:
    return values[min(len(values) - 1, int(share * (len(values) - 1) + 0.5))]


def _country_towns(gazetteer: Gazetteer) -> dict[str, list[tuple[float, float]]]:
    """Country -> the points of its towns of the city list, built once per gazetteer."""
    found = _TOWNS.get(id(gazetteer))
    if found is None:
        seen: set[int] = set()
        found = {}
        for readings in gazetteer.readings.values():
            for r in readings:
                if r.feature == "city" and r.geonames_id is not None and r.country and r.geonames_id not in seen:
                    seen.add(r.geonames_id)
                    found.setdefault(r.country, []).append((r.lat, r.lon))
        _TOWNS.clear()
        _TOWNS[id(gazetteer)] = found
    return found
