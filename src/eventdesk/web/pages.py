"""The HTML pages: search, article, dyad, network, map, claims. Each calls the same query
functions as the JSON API and renders a Jinja2 template (autoescaped: stored text is only
ever shown as text). Data the page scripts draw with is embedded as JSON, never as code.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from eventdesk.web import queries
from eventdesk.web.api import SortColumn, TEXT, article_view, event_filters, page, store_of
from eventdesk.web.highlight import contested_pairs, segments, Highlight

router = APIRouter(include_in_schema=False)


def _render(request: Request, name: str, **context) -> HTMLResponse:
    context.setdefault("title", None)
    return request.app.state.templates.TemplateResponse(request, name, context)


def _link(request: Request, **changes) -> str:
    """The current page's URL with some parameters changed (None drops one)."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = str(value)
    return f"{request.url.path}?{urlencode(params)}"


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, filters: queries.EventFilters = Depends(event_filters), paging: tuple[int, int] = Depends(page),
                sort: SortColumn = Query(SortColumn.date), desc: bool = Query(True), store=Depends(store_of)):
    limit, offset = paging
    result = queries.search_events(store, filters, sort.value, desc, limit, offset)
    sort_links = {name: _link(request, sort=name, desc=str(not desc if name == sort.value else True).lower(), offset=None) for name in queries.SORT_COLUMNS}
    pages = {
        "previous": _link(request, offset=max(0, offset - limit)) if offset > 0 else None,
        "next": _link(request, offset=offset + limit) if offset + limit < result["total"] else None,
    }
    return _render(request, "search.html", result=result, filters=filters.active(), choices=store.once("choices", queries.choices),
                   summary=store.once("summary", queries.summary), sort_links=sort_links, pages=pages, quad_names=queries.QUAD_NAMES)


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, store=Depends(store_of)):
    record = article_view(store, article_id)
    spans = [Highlight(**h) for h in record["highlights"]]
    details = {s.id: {"kind": s.kind, "label": s.label, "fields": s.fields} for s in spans}
    return _render(request, "article.html", title=record.get("title") or article_id, record=record, segments=segments(record["text"], spans),
                   details=details, pairs=contested_pairs(record["statements"]), quad_names=queries.QUAD_NAMES)


@router.get("/dyad", response_class=HTMLResponse)
def dyad_page(request: Request, a: Optional[str] = Query(None, **TEXT), b: Optional[str] = Query(None, **TEXT), both: bool = True, store=Depends(store_of)):
    top = queries.top_dyads(store, 15)
    if not a and not b and top:
        a, b = top[0]["source_code"], top[0]["target_code"]
    data = queries.dyad(store, a, b, both) if a and b else None
    return _render(request, "dyad.html", title="Dyad", a=a or "", b=b or "", both=both, data=data, top=top, quad_names=queries.QUAD_NAMES)


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, quad_class: Optional[int] = Query(None, ge=1, le=4), date_from: Optional[dt.date] = None,
                 date_to: Optional[dt.date] = None, limit: int = Query(150, ge=1, le=500), store=Depends(store_of)):
    data = queries.network(store, quad_class, date_from, date_to, limit)
    return _render(request, "network.html", title="Actor network", data=data, quad_class=quad_class, date_from=date_from or "",
                   date_to=date_to or "", limit=limit, quad_names=queries.QUAD_NAMES)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, filters: queries.EventFilters = Depends(event_filters), store=Depends(store_of)):
    data = queries.places(store, filters, 5000)
    return _render(request, "map.html", title="Map", data=data, filters=filters.active(), quad_names=queries.QUAD_NAMES)


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, speaker: Optional[str] = Query(None, **TEXT), hedged: bool = False,
                paging: tuple[int, int] = Depends(page), store=Depends(store_of)):
    limit, offset = paging
    data = queries.claims(store, speaker, hedged, limit, offset)
    pages = {
        "previous": _link(request, offset=max(0, offset - limit)) if offset > 0 else None,
        "next": _link(request, offset=offset + limit) if offset + limit < data["total"] else None,
    }
    return _render(request, "claims.html", title="Claims", data=data, speaker=speaker or "", hedged=hedged, pages=pages, quad_names=queries.QUAD_NAMES)
