"""The FastAPI application: pages for people (web.pages), JSON for programs (web.api), and the
static files the pages draw with, all served by the app itself (no CDN). Read-only: only GET
is routed (any other method is 405 before it reaches a route), and every response forbids inline and foreign scripts (CSP).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

from eventdesk.web.db import Limits, QueryTimeout, WebStore

WEB = Path(__file__).resolve().parent
STATIC = WEB / "static"
VENDOR = STATIC / "vendor"
# What each page needs from the vendor folder (`make setup` puts the files there).
VENDOR_FILES = {
    "chart": ["chart.umd.min.js"],
    "network": ["vis-network.min.js"],
    "map": ["leaflet.js", "leaflet.css", "topojson-client.min.js", "countries-110m.json"],
    "docs": ["swagger-ui-bundle.js", "swagger-ui.css"],
}

CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
# Swagger UI starts from one inline script of FastAPI's; that page shows no stored text.
DOCS_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")


def safe_href(url: str | None) -> str | None:
    """The URL when it is an http(s) address, else None: a `javascript:` or `data:` URL from
    an article never becomes a link."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def missing_vendor(part: str) -> list[str]:
    return [name for name in VENDOR_FILES[part] if not (VENDOR / name).is_file()]


def _templates():
    import jinja2
    from fastapi.templating import Jinja2Templates

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(WEB / "templates"), autoescape=True)
    env.policies["json.dumps_kwargs"] = {"default": str}  # dates in the data the page scripts read
    env.filters["safe_href"] = safe_href
    env.globals["missing_vendor"] = missing_vendor
    return Jinja2Templates(env=env)


def _docs_routes(app) -> None:
    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.responses import HTMLResponse

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs_page():
        if missing_vendor("docs"):
            return HTMLResponse("<p>The API page needs swagger-ui (run <code>make setup</code>); the schema is at <a href='/openapi.json'>/openapi.json</a>.</p>")
        return get_swagger_ui_html(openapi_url="/openapi.json", title="eventdesk API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js", swagger_css_url="/static/vendor/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")


def create_app(store: str | Path | WebStore, limits: Limits = Limits()):
    """The web app over a store folder (or an opened WebStore)."""
    from fastapi import FastAPI, Request
    from fastapi.responses import JSONResponse
    from fastapi.staticfiles import StaticFiles

    from eventdesk.web import api, pages

    web_store = store if isinstance(store, WebStore) else WebStore(store, limits)
    app = FastAPI(title="eventdesk", description="Events, statements and their evidence in an eventdesk store (read-only).",
                  docs_url=None, redoc_url=None)
    app.state.store = web_store
    app.state.templates = _templates()

    @app.middleware("http")
    async def read_only_headers(request: Request, call_next):
        if request.method not in ("GET", "HEAD"):
            return JSONResponse({"detail": "read-only: only GET"}, status_code=405)
        # A form sends its empty fields too ("quad_class="); an empty field is no filter.
        pairs = [(k, v) for k, v in parse_qsl(request.scope["query_string"].decode("latin-1"), keep_blank_values=True) if v != ""]
        request.scope["query_string"] = urlencode(pairs).encode("latin-1")
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = DOCS_CSP if request.url.path == "/docs" else CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.exception_handler(QueryTimeout)
    async def on_timeout(request: Request, exc: QueryTimeout):
        return JSONResponse({"detail": str(exc)}, status_code=503)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _docs_routes(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    return app
