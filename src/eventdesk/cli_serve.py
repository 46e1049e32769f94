"""`eventdesk serve`: the web UI and JSON API over a store (eventdesk.web), run by uvicorn."""

from __future__ import annotations

import logging
from pathlib import Path

import typer

log = logging.getLogger(__name__)


def serve(
    store: Path = typer.Option(..., "--store", exists=True, file_okay=False, metavar="DIR", help="A store folder written by `eventdesk code --store`."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, metavar="PORT", help="The port to listen on."),
    host: str = typer.Option("127.0.0.1", "--host", metavar="ADDRESS", help="The address to listen on (127.0.0.1: this machine only; 0.0.0.0 opens it to the network)."),
    query_seconds: float = typer.Option(5.0, "--query-seconds", min=0.1, metavar="SECONDS", help="Time limit of one query; a query running longer is stopped (HTTP 503)."),
    max_rows: int = typer.Option(5000, "--max-rows", min=1, metavar="N", help="Row limit of any query's answer."),
) -> None:
    """Serve a store read-only in a browser: search, articles with their evidence, dyads, network, map, claims; JSON under /api/ (docs/web.md)."""
    import uvicorn

    from eventdesk.web import Limits, create_app

    app = create_app(store, Limits(seconds=query_seconds, max_rows=max_rows))
    typer.echo(f"eventdesk: serving {store} at http://{host}:{port}/ (read-only; Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
