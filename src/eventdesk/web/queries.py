"""What each view of the web app asks the store: the SQL (fixed text, values passed as
parameters, sort columns taken from a whitelist) and the filters of the event search.
The pages and the JSON API both call these functions; neither writes SQL of its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from eventdesk.web.db import WebStore

# The columns a search may sort by: the name a user sends -> the SQL it stands for.
SORT_COLUMNS = {
    "date": "date",
    "source": "source_code",
    "target": "target_code",
    "cameo": "cameo",
    "plover": "plover",
    "quad_class": "quad_class",
    "goldstein": "goldstein",
    "mentions": "num_mentions",
    "articles": "num_articles",
    "confidence": "confidence",
}

EVENT_COLUMNS = (
    "event_id, date, source_code, source_name, source_text, target_code, target_name, target_text, cameo, root, quad_class, "
    "goldstein, plover, plover_mode, negated, modality, num_mentions, num_sources, num_articles, first_article_id, "
    "first_article_event_id, first_title, first_url, first_outlet, trigger_text, sentence_text, reported_by, reported_by_code, "
    "location_name, location_country, location_lat, location_lon, location_source, confidence"
)

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True)
class EventFilters:
    """The search's filters; every one optional. Actor values match a code's beginning
    ("CHN" finds CHNGOV) or a part of a name, case aside."""

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    country: str | None = None
    cameo: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    place: str | None = None
    reported_by: str | None = None
    q: str | None = None

    def active(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) not in (None, "")}


def _actor_match(side: str) -> str:
    # Codes are upper case; the lower-cased names are columns of w_events.
    return f"(starts_with({side}_code, upper(?)) OR contains({side}_name_l, lower(?)) OR contains({side}_text_l, lower(?)))"


def event_where(filters: EventFilters) -> tuple[str, list]:
    """The WHERE clause (with its parameters) of a search over `w_events`."""
    clauses: list[str] = []
    params: list = []

    def add(clause: str, *values) -> None:
        clauses.append(clause)
        params.extend(values)

    f = filters
    if f.actor:
        add(f"({_actor_match('source')} OR {_actor_match('target')})", *[f.actor] * 6)
    if f.source:
        add(_actor_match("source"), *[f.source] * 3)
    if f.target:
        add(_actor_match("target"), *[f.target] * 3)
    if f.country:
        add("(upper(source_country) = upper(?) OR upper(target_country) = upper(?))", f.country, f.country)
    if f.cameo:
        add("starts_with(cameo, ?)", f.cameo)
    if f.plover:
        add("upper(plover) = upper(?)", f.plover)
    if f.quad_class is not None:
        add("quad_class = ?", f.quad_class)
    if f.date_from:
        add("date >= ?", f.date_from)
    if f.date_to:
        add("date <= ?", f.date_to)
    if f.place:
        add("(contains(lower(location_name), lower(?)) OR upper(location_country) = upper(?))", f.place, f.place)
    if f.reported_by:
        add(
            "event_id IN (SELECT event_id FROM w_mentions WHERE starts_with(upper(speaker_code), upper(?)) "
            "OR contains(lower(speaker_name), lower(?)) OR contains(lower(speaker_text), lower(?)))",
            *[f.reported_by] * 3,
        )
    if f.q:
        add("contains(sentence_text_l, lower(?))", f.q)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def search_events(store: WebStore, filters: EventFilters, sort: str, descending: bool, limit: int, offset: int) -> dict:
    """One page of events matching the filters, and how many match in all."""
    if sort not in SORT_COLUMNS:
        raise ValueError(f"cannot sort by {sort!r}; sort by one of {', '.join(SORT_COLUMNS)}")
    where, params = event_where(filters)
    order = f"{SORT_COLUMNS[sort]} {'DESC' if descending else 'ASC'} NULLS LAST, event_id"
    rows = store.rows(f"SELECT {EVENT_COLUMNS} FROM w_events{where} ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset], max_rows=limit)
    total = store.scalar(f"SELECT count(*) FROM w_events{where}", params)
    return {"total": total, "limit": limit, "offset": offset, "sort": sort, "descending": descending, "events": rows}


def choices(store: WebStore) -> dict:
    """The values the search form offers: PLOVER types and quad classes present."""
    plover = [r["plover"] for r in store.rows("SELECT DISTINCT plover FROM w_events WHERE plover IS NOT NULL ORDER BY plover", max_rows=100)]
    return {"plover": plover, "quad_classes": QUAD_NAMES}


def article(store: WebStore, article_id: str) -> dict | None:
    """An article with every coded part that points into its text."""
    found = store.rows("SELECT article_id, title, published, url, outlet, text, sentences FROM w_articles WHERE article_id = ?", [article_id], max_rows=1)
    if not found:
        return None
    record = found[0]
    record["events"] = store.rows(
        "SELECT ae.* EXCLUDE (batch), m.event_id AS merged_event_id FROM w_article_events ae "
        "LEFT JOIN w_mentions m ON m.article_id = ae.article_id AND m.article_event_id = ae.event_id "
        "WHERE ae.article_id = ? ORDER BY ae.trigger_start",
        [article_id],
    )
    record["statements"] = store.rows("SELECT * EXCLUDE (batch) FROM w_statements WHERE article_id = ? ORDER BY cue_start", [article_id])
    record["actors"] = store.rows("SELECT mention, sentence, code, country, name, kind, text, start, \"end\" FROM w_actors WHERE article_id = ? ORDER BY start", [article_id])
    return record


def dyad(store: WebStore, first: str, second: str, both_directions: bool = True) -> dict:
    """Events between two actors per month and quad class, with the mean Goldstein value."""
    forward = "(starts_with(upper(source_code), upper(?)) AND starts_with(upper(target_code), upper(?)))"
    where, params = forward, [first, second]
    if both_directions:
        where, params = f"({forward} OR {forward})", [first, second, second, first]
    rows = store.rows(
        f"SELECT strftime(date_trunc('month', date), '%Y-%m') AS month, quad_class, count(*) AS events, avg(goldstein) AS goldstein "
        f"FROM w_events WHERE date IS NOT NULL AND {where} GROUP BY ALL ORDER BY month, quad_class",
        params,
    )
    months = sorted({r["month"] for r in rows})
    overall = store.rows(
        f"SELECT strftime(date_trunc('month', date), '%Y-%m') AS month, count(*) AS events, avg(goldstein) AS goldstein "
        f"FROM w_events WHERE date IS NOT NULL AND {where} GROUP BY ALL ORDER BY month",
        params,
    )
    return {"first": first, "second": second, "both_directions": both_directions, "months": months, "by_quad_class": rows, "by_month": overall}


def top_dyads(store: WebStore, limit: int = 20) -> list[dict]:
    return store.rows(
        "SELECT source_code, target_code, count(*) AS events FROM w_events WHERE source_code IS NOT NULL AND target_code IS NOT NULL "
        "GROUP BY ALL ORDER BY events DESC, source_code, target_code LIMIT ?",
        [limit],
        max_rows=limit,
    )


def network(store: WebStore, quad_class: int | None, date_from: dt.date | None, date_to: dt.date | None, limit: int) -> dict:
    """Actors as nodes, events between two actors as edges weighted by their count (the
    `limit` heaviest edges)."""
    where, params = event_where(EventFilters(quad_class=quad_class, date_from=date_from, date_to=date_to))
    where = (where + " AND" if where else " WHERE") + " source_code IS NOT NULL AND target_code IS NOT NULL"
    edges = store.rows(
        f"SELECT source_code AS source, target_code AS target, count(*) AS events, avg(goldstein) AS goldstein FROM w_events{where} "
        "GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?",
        [*params, limit],
        max_rows=limit,
    )
    weight: dict[str, int] = {}
    for edge in edges:
        for code in (edge["source"], edge["target"]):
            weight[code] = weight.get(code, 0) + edge["events"]
    nodes = [{"id": code, "events": n} for code, n in sorted(weight.items())]
    return {"nodes": nodes, "edges": edges}


def places(store: WebStore, filters: EventFilters, limit: int) -> dict:
    """Events that have a place with coordinates, and how many events have any place."""
    where, params = event_where(filters)
    located = (where + " AND" if where else " WHERE") + " location_lat IS NOT NULL AND location_lon IS NOT NULL"
    rows = store.rows(
        "SELECT event_id, date, source_code, target_code, cameo, plover, quad_class, trigger_text, first_article_id, "
        f"location_name, location_country, location_lat, location_lon, location_source FROM w_events{located} "
        "ORDER BY date NULLS LAST, event_id LIMIT ?",
        [*params, limit],
        max_rows=limit,
    )
    total = store.scalar(f"SELECT count(*) FROM w_events{located}", params)
    return {"total": total, "limit": limit, "events": rows}


def claims(store: WebStore, speaker: str | None, hedged: bool, limit: int, offset: int) -> dict:
    """Statements by speaker, with their hedges and the events each one reports."""
    clauses, params = ["TRUE"], []
    if speaker:
        clauses.append("(starts_with(speaker_code, upper(?)) OR contains(speaker_name_l, lower(?)) OR contains(speaker_text_l, lower(?)))")
        params += [speaker] * 3
    if hedged:
        clauses.append("len(hedges) > 0")
    where = " WHERE " + " AND ".join(clauses)
    statements = store.rows(
        "SELECT article_id, statement_id, speaker_code, speaker_name, speaker_text, cue_text, content_text, type, hedges "
        f"FROM w_statements{where} ORDER BY speaker_code NULLS LAST, article_id, cue_start LIMIT ? OFFSET ?",
        [*params, limit, offset],
        max_rows=limit,
    )
    carried: dict[tuple, list] = {}
    if statements:
        events = store.rows(
            "SELECT article_id, statement_id, article_event_id, event_id, source_code, target_code, cameo, plover, quad_class, trigger_text "
            "FROM w_mentions JOIN (SELECT unnest(?::VARCHAR[]) AS article_id, unnest(?::VARCHAR[]) AS statement_id) USING (article_id, statement_id) "
            "ORDER BY article_id, article_event_id",
            [[s["article_id"] for s in statements], [s["statement_id"] for s in statements]],
        )
        for event in events:
            carried.setdefault((event["article_id"], event["statement_id"]), []).append(event)
    for statement in statements:
        statement["events"] = carried.get((statement["article_id"], statement["statement_id"]), [])
    total = store.scalar(f"SELECT count(*) FROM w_statements{where}", params)
    speakers = store.rows(
        "SELECT coalesce(speaker_code, '') AS code, any_value(coalesce(speaker_name, speaker_text)) AS name, count(*) AS statements "
        "FROM w_statements GROUP BY ALL ORDER BY statements DESC, code LIMIT 30",
        max_rows=30,
    )
    return {"total": total, "limit": limit, "offset": offset, "statements": statements, "speakers": speakers}


def summary(store: WebStore) -> dict:
    """How much the store holds."""
    (row,) = store.rows(
        "SELECT (SELECT count(*) FROM w_articles) AS articles, (SELECT count(*) FROM w_events) AS events, "
        "(SELECT count(*) FROM w_statements) AS statements, "
        "(SELECT count(*) FROM w_events WHERE location_lat IS NOT NULL AND location_lon IS NOT NULL) AS located_events"
    )
    return row
