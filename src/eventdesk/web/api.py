"""The JSON API under /api/: one GET route per view of the web pages, each a thin call of
web.queries with its parameters validated here (lengths, ranges, dates, sort names).
FastAPI documents them at /docs and /openapi.json.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from eventdesk.web import queries
from eventdesk.web.highlight import contested_pairs, highlights

router = APIRouter(prefix="/api", tags=["api"])

MAX_PAGE = 500
MAX_OFFSET = 1_000_000
TEXT = {"max_length": 200}

SortColumn = Enum("SortColumn", {name: name for name in queries.SORT_COLUMNS}, type=str)


def event_filters(
    actor: Optional[str] = Query(None, description="Source or target: a code's beginning (CHN, CHNGOV) or part of a name", **TEXT),
    source: Optional[str] = Query(None, description="Source actor (code's beginning or part of a name)", **TEXT),
    target: Optional[str] = Query(None, description="Target actor (code's beginning or part of a name)", **TEXT),
    country: Optional[str] = Query(None, description="ISO 3166 alpha-3 country of source or target", max_length=3),
    cameo: Optional[str] = Query(None, description="CAMEO root or code (its beginning: 11, 112)", pattern=r"^\d{1,4}$"),
    plover: Optional[str] = Query(None, description="PLOVER type", max_length=40),
    quad_class: Optional[int] = Query(None, ge=1, le=4, description="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"),
    date_from: Optional[dt.date] = Query(None, description="Events on or after this day"),
    date_to: Optional[dt.date] = Query(None, description="Events on or before this day"),
    place: Optional[str] = Query(None, description="Part of the place name, or its country", **TEXT),
    reported_by: Optional[str] = Query(None, description="The speaker of a statement reporting the event (code's beginning or part of a name)", **TEXT),
    q: Optional[str] = Query(None, description="Words in the sentence of the event's first mention", **TEXT),
) -> queries.EventFilters:
    return queries.EventFilters(actor=actor, source=source, target=target, country=country, cameo=cameo, plover=plover, quad_class=quad_class,
                                date_from=date_from, date_to=date_to, place=place, reported_by=reported_by, q=q)


def page(limit: int = Query(50, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> tuple[int, int]:
    return limit, offset


def store_of(request: Request):
    return request.app.state.store


@router.get("/summary")
def summary(store=Depends(store_of)) -> dict:
    """How many articles, events and statements the store holds, and how many events have a place."""
    return queries.summary(store)


@router.get("/events")
def events(filters: queries.EventFilters = Depends(event_filters), paging: tuple[int, int] = Depends(page),
           sort: SortColumn = Query(SortColumn.date), desc: bool = Query(True), store=Depends(store_of)) -> dict:
    """Merged events matching every filter given, one page, sorted."""
    limit, offset = paging
    return queries.search_events(store, filters, sort.value, desc, limit, offset)


def article_view(store, article_id: str) -> dict:
    record = queries.article(store, article_id)
    if record is None:
        raise HTTPException(404, f"no article with id {article_id!r} in the store")
    spans = highlights(record)
    record["highlights"] = [vars(s) for s in spans]
    record["contested"] = [[a["statement_id"], b["statement_id"]] for a, b in contested_pairs(record["statements"])]
    return record


@router.get("/articles/{article_id:path}")
def article(article_id: str, store=Depends(store_of)) -> dict:
    """An article: its text, events, statements, actor mentions, the highlighted spans (offsets
    into the text) and the contested statement pairs."""
    return article_view(store, article_id)


@router.get("/dyad")
def dyad(a: str = Query(..., min_length=1, **TEXT), b: str = Query(..., min_length=1, **TEXT), both: bool = Query(True, description="Both directions"),
         store=Depends(store_of)) -> dict:
    """Events between two actors per month: counts per quad class and the mean Goldstein value."""
    return queries.dyad(store, a, b, both)


@router.get("/dyads")
def dyads(limit: int = Query(20, ge=1, le=MAX_PAGE), store=Depends(store_of)) -> list[dict]:
    """The dyads (source, target) with the most events."""
    return queries.top_dyads(store, limit)


@router.get("/network")
def network(quad_class: Optional[int] = Query(None, ge=1, le=4), date_from: Optional[dt.date] = None, date_to: Optional[dt.date] = None,
            limit: int = Query(200, ge=1, le=MAX_PAGE, description="The heaviest edges kept"), store=Depends(store_of)) -> dict:
    """Actors (nodes) and the events between them (edges weighted by count)."""
    return queries.network(store, quad_class, date_from, date_to, limit)


@router.get("/places")
def places(filters: queries.EventFilters = Depends(event_filters), limit: int = Query(2000, ge=1, le=5000), store=Depends(store_of)) -> dict:
    """Events with a place that has coordinates, for the map."""
    return queries.places(store, filters, limit)


@router.get("/claims")
def claims(speaker: Optional[str] = Query(None, **TEXT), hedged: bool = Query(False, description="Only hedged statements"),
           paging: tuple[int, int] = Depends(page), store=Depends(store_of)) -> dict:
    """Statements by speaker with their hedges and the events each reports."""
    limit, offset = paging
    return queries.claims(store, speaker, hedged, limit, offset)
