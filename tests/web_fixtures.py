"""A small store for the web tests: a few examples/ articles coded by the real pipeline, places
added to the events of one of them (the coder leaves places empty), and hostile articles whose
title, outlet, URL and text carry markup and script that must only ever be shown as text."""

from __future__ import annotations

import dataclasses
import socket
import threading
import time
from pathlib import Path

from eventdesk.ingest import read_inputs
from eventdesk.model import Article, Place
from eventdesk.store import StoreWriter

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
INPUTS = [EXAMPLES / "india_pakistan_loc_shelling.txt", EXAMPLES / "brazil_argentina_tariffs.txt", EXAMPLES / "wire.jsonl"]

# Coordinates of places the India–Pakistan example names (public gazetteer facts).
PLACES = {"Poonch": ("IND", 33.77, 74.09), "Nakyal": ("PAK", 33.55, 73.95), "New Delhi": ("IND", 28.61, 77.21)}

XSS_FLAG = "__eventdesk_xss"
HOSTILE = [
    Article(
        id="hostile-1",
        title=f"<script>window.{XSS_FLAG}=1</script>Kenya condemns Uganda",
        outlet=f'<img src=x onerror="window.{XSS_FLAG}=2">',
        url=f"javascript:window.{XSS_FLAG}=3",
        published="2024-03-05",
        text=(
            f"Kenya condemned Uganda over the border raid <script>window.{XSS_FLAG}=4</script> on Monday.\n"
            f'"The raid <img src=x onerror="window.{XSS_FLAG}=5"> never happened," the Ugandan foreign ministry said.\n'
            f'Kenya accused Uganda of shelling <a href="javascript:window.{XSS_FLAG}=6">a market</a>.'
        ),
    ),
    Article(
        id="hostile-2",
        title='"><svg onload="window.__eventdesk_xss=7">',
        url="JaVaScRiPt:window.__eventdesk_xss=8",
        published="2024-03-06",
        text="Uganda criticised Kenya over the raid. <iframe src=\"javascript:window.__eventdesk_xss=9\"></iframe>",
    ),
]


def _with_places(record):
    events = []
    for event in record.events:
        lo, hi = record.sentences[event.sentence] if event.sentence is not None else (0, len(record.text))
        for name, (country, lat, lon) in PLACES.items():
            at = record.text.find(name, lo, hi)
            if at >= 0:
                event = dataclasses.replace(event, location=Place(text=name, start=at, end=at + len(name), name=name, country=country, lat=lat, lon=lon))
                break
        events.append(event)
    return dataclasses.replace(record, events=events)


def build_store(pipeline, root: Path) -> Path:
    """Code the inputs and the hostile articles into a store at `root`."""
    articles = [a for a in read_inputs([str(p) for p in INPUTS]) if isinstance(a, Article)] + HOSTILE
    with StoreWriter(root, batch_articles=3) as writer:
        for article in articles:
            record = pipeline.code(article)
            writer.add(_with_places(record) if record.id.startswith("india_pakistan") else record)
    return root


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """The app served by uvicorn on a loopback port in a thread, for a real browser."""

    def __init__(self, app):
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)
