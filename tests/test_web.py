"""The web app over a store, through HTTP (no browser): every filter of the search narrows
to what it names, sorting and paging follow the whitelist and the limits, values never
become SQL, articles come with their highlighted evidence, each view's JSON agrees with the
store, stored text is escaped in every page, and the app only reads."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from web_fixtures import HOSTILE, PLACES, XSS_FLAG, build_store

# Starlette asks for httpx2 in its test client; httpx (pinned) serves the tests as well.
pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")]


@pytest.fixture(scope="module")
def store_root(pipeline, tmp_path_factory):
    return build_store(pipeline, tmp_path_factory.mktemp("web") / "store")


@pytest.fixture(scope="module")
def client(store_root):
    from fastapi.testclient import TestClient

    from eventdesk.web import create_app

    with TestClient(create_app(store_root)) as test_client:
        yield test_client


def _events(client, **params) -> list[dict]:
    response = client.get("/api/events", params={"limit": 500, **params})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == len(body["events"])
    return body["events"]


def test_web_search_lists_every_event_of_the_store(client, store_root):
    from eventdesk.store import open_store

    with open_store(store_root) as store:
        total = store.scalar("SELECT count(*) FROM events")
        articles = set(store.scalar("SELECT list(article_id) FROM articles"))
    events = _events(client)
    assert len(events) == total > 20
    assert {e["first_article_id"] for e in events} <= articles
    page = client.get("/").text
    assert page.count('class="article-link"') == min(total, 50)


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"actor": "PAK"}, lambda e: "PAK" in ((e["source_code"] or "")[:3], (e["target_code"] or "")[:3])),
        ({"source": "IND"}, lambda e: (e["source_code"] or "").startswith("IND")),
        ({"target": "argentin"}, lambda e: "argentin" in ((e["target_name"] or "") + (e["target_text"] or "")).lower() or (e["target_code"] or "").startswith("ARGENTIN")),
        ({"cameo": "11"}, lambda e: e["cameo"].startswith("11")),
        ({"quad_class": 4}, lambda e: e["quad_class"] == 4),
        ({"plover": "ACCUSE"}, lambda e: e["plover"] == "ACCUSE"),
        ({"date_from": "2024-04-01", "date_to": "2024-09-30"}, lambda e: e["date"] is not None and dt.date(2024, 4, 1) <= dt.date.fromisoformat(e["date"]) <= dt.date(2024, 9, 30)),
        ({"place": "Poonch"}, lambda e: e["location_name"] == "Poonch"),
        ({"q": "ceasefire"}, lambda e: "ceasefire" in (e["sentence_text"] or "").lower()),
    ],
)
def test_web_search_filter_keeps_only_what_it_names(client, params, check):
    everything = _events(client)
    kept = _events(client, **params)
    assert kept, f"{params} found nothing"
    assert all(check(e) for e in kept), [e for e in kept if not check(e)][:2]
    assert len(kept) == sum(1 for e in everything if check(e)), "the filter dropped a matching event"


def test_web_search_country_matches_either_side(client):
    kept = _events(client, country="pak")
    assert kept and all("PAK" in (e["source_code"][:3] if e["source_code"] else "", e["target_code"][:3] if e["target_code"] else "") for e in kept)


def test_web_search_reported_by_a_speaker(client, store_root):
    from eventdesk.store import open_store

    with open_store(store_root) as store:
        (code,) = store.rows(
            "SELECT s.speaker_code FROM event_mentions m JOIN statements s USING (article_id, batch) "
            "WHERE s.statement_id = m.statement_id AND s.speaker_code IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
        )[0]
        expected = store.scalar(
            "SELECT count(DISTINCT m.event_id) FROM event_mentions m JOIN statements s USING (article_id, batch) "
            f"WHERE s.statement_id = m.statement_id AND starts_with(s.speaker_code, '{code}')"
        )
    assert len(_events(client, reported_by=code)) == expected > 0


def test_web_search_values_are_never_sql(client):
    for hostile in ("' OR 1=1 --", "%", "_", "PAK') OR ('1'='1"):
        assert _events(client, actor=hostile) == []
    assert client.get("/api/events", params={"cameo": "1; DROP TABLE w_events"}).status_code == 422
    assert len(_events(client)) > 20, "the store is intact"


def test_web_search_sorts_by_whitelisted_columns_only(client):
    events = _events(client, sort="goldstein", desc="false")
    values = [e["goldstein"] for e in events]
    assert values == sorted(values)
    events = _events(client, sort="date")
    dates = [e["date"] for e in events if e["date"]]
    assert dates == sorted(dates, reverse=True)
    for bad in ("text", "goldstein DESC; SELECT 1", "event_id"):
        assert client.get("/api/events", params={"sort": bad}).status_code == 422


def test_web_search_pages_within_the_row_limit(client):
    everything = _events(client, sort="goldstein")
    first = client.get("/api/events", params={"limit": 5, "sort": "goldstein"}).json()
    second = client.get("/api/events", params={"limit": 5, "offset": 5, "sort": "goldstein"}).json()
    assert [e["event_id"] for e in first["events"] + second["events"]] == [e["event_id"] for e in everything[:10]]
    assert first["total"] == len(everything)
    assert client.get("/api/events", params={"limit": 501}).status_code == 422
    assert client.get("/api/events", params={"offset": -1}).status_code == 422
    page = client.get("/", params={"limit": 5}).text
    assert 'rel="next"' in page and page.count('class="article-link"') == 5


def test_web_article_highlights_each_coded_part_at_its_offsets(client):
    article = client.get("/api/articles/india_pakistan_loc_shelling").json()
    text = article["text"]
    by_kind: dict[str, list] = {}
    for span in article["highlights"]:
        by_kind.setdefault(span["kind"], []).append(span)
    assert {"trigger", "actor", "speaker", "cue", "content", "place"} <= set(by_kind)
    triggers = {(e["trigger_start"], e["trigger_end"]) for e in article["events"]}
    assert {(s["start"], s["end"]) for s in by_kind["trigger"]} == triggers
    for span in by_kind["place"]:
        # the where stage's own places, or the fixed ones the fixture gives the Kashmir article
        assert text[span["start"]:span["end"]] in {e["location_name"] for e in article["events"]} | set(PLACES)
    for statement in article["statements"]:
        assert text[statement["content_start"]:statement["content_end"]] == statement["content_text"]
    hedged = [h for s in article["statements"] for h in s["hedges"]]
    assert len(by_kind.get("hedge", [])) == len(hedged)


def test_web_article_shows_contested_statements_side_by_side(client):
    article = client.get("/api/articles/india_pakistan_loc_shelling").json()
    assert article["contested"], "the example has a claim and its denial"
    page = client.get("/articles/india_pakistan_loc_shelling").text
    assert page.count('class="pair"') == len(article["contested"])


def test_web_article_unknown_is_404(client):
    assert client.get("/api/articles/no-such-article").status_code == 404
    assert client.get("/articles/no-such-article").status_code == 404


def test_web_stored_text_is_escaped_in_every_page(client):
    pages = [client.get(f"/articles/{a.id}").text for a in HOSTILE]
    pages += [client.get(url).text for url in ("/", "/claims", "/?q=raid", "/map", "/network", "/dyad?a=KEN&b=UGA")]
    for page in pages:
        assert not re.search(r"<(script|img|svg|iframe)[^>]*(__eventdesk|onerror|onload|javascript)", page, re.I), "markup from an article reached a page"
        assert not re.search(r"href=\"\s*javascript:", page, re.I)
    article = pages[0]
    assert "&lt;script&gt;window." + XSS_FLAG in article, "the title is shown as text"
    assert 'class="source-url unlinked"' in article


def test_web_dyad_counts_agree_with_the_search(client):
    dyad = client.get("/api/dyad", params={"a": "IND", "b": "PAK"}).json()
    both = [e for e in _events(client, source="IND", target="PAK") + _events(client, source="PAK", target="IND") if e["date"]]
    assert sum(row["events"] for row in dyad["by_quad_class"]) == len(both) > 0
    assert dyad["months"] == sorted({e["date"][:7] for e in both})
    one_way = client.get("/api/dyad", params={"a": "IND", "b": "PAK", "both": "false"}).json()
    assert sum(row["events"] for row in one_way["by_month"]) == sum(1 for e in both if e["source_code"].startswith("IND"))


def test_web_network_edges_count_events_between_actors(client):
    network = client.get("/api/network", params={"limit": 500}).json()
    paired = [e for e in _events(client) if e["source_code"] and e["target_code"]]
    assert sum(edge["events"] for edge in network["edges"]) == len(paired)
    assert {n["id"] for n in network["nodes"]} == {e["source_code"] for e in paired} | {e["target_code"] for e in paired}
    conflict = client.get("/api/network", params={"quad_class": 4, "limit": 500}).json()
    assert sum(edge["events"] for edge in conflict["edges"]) == sum(1 for e in paired if e["quad_class"] == 4)


def test_web_map_draws_places_or_says_there_are_none(client):
    located = client.get("/api/places").json()
    assert located["total"] == len(located["events"]) > 0
    names = {e["location_name"] for e in located["events"]}
    assert set(PLACES) & names, "the fixture's places reach the map"
    assert all(-90 <= e["location_lat"] <= 90 and -180 <= e["location_lon"] <= 180 for e in located["events"])
    assert 'id="map-data"' in client.get("/map").text
    assert "No places yet" in client.get("/map", params={"place": "Atlantis"}).text


def test_web_claims_list_statements_with_hedges_and_events(client, store_root):
    from eventdesk.store import open_store

    body = client.get("/api/claims", params={"limit": 500}).json()
    with open_store(store_root) as store:
        assert body["total"] == store.scalar("SELECT count(*) FROM statements") == len(body["statements"])
        carried = store.scalar("SELECT count(*) FROM event_mentions WHERE statement_id IS NOT NULL")
    assert sum(len(s["events"]) for s in body["statements"]) == carried > 0
    hedged = client.get("/api/claims", params={"hedged": "true", "limit": 500}).json()
    assert hedged["statements"] and all(s["hedges"] for s in hedged["statements"])


def test_web_is_read_only(client):
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/api/events").status_code == 405


def test_web_api_is_documented(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/articles/{article_id}", "/api/dyad", "/api/network", "/api/places", "/api/claims"} <= set(paths)
    assert all(set(operations) == {"get"} for operations in paths.values())
    docs = client.get("/docs").text
    assert "cdn" not in docs.lower() and ("/static/vendor/swagger-ui-bundle.js" in docs or "make setup" in docs)


def test_web_pages_say_what_is_missing_without_the_vendor_files(client, monkeypatch, tmp_path):
    from eventdesk.web import app as web_app

    monkeypatch.setattr(web_app, "VENDOR", tmp_path / "no-vendor")
    for url, library in (("/dyad?a=IND&b=PAK", "chart.umd.min.js"), ("/network", "vis-network.min.js"), ("/map", "leaflet.js")):
        page = client.get(url).text
        assert "make setup" in page and library in page, url
        assert f'src="/static/vendor/{library}"' not in page


def test_web_query_time_and_row_limits(store_root):
    from eventdesk.web import Limits, WebStore
    from eventdesk.web.db import QueryTimeout

    store = WebStore(store_root, Limits(seconds=0.2, max_rows=3))
    assert len(store.rows("SELECT * FROM range(100)")) == 3
    with pytest.raises(QueryTimeout):
        store.rows("SELECT count(*) FROM range(100000000000) a")
    store.close()


def test_web_shows_batches_added_while_it_runs(pipeline, tmp_path):
    from fastapi.testclient import TestClient

    from eventdesk.model import Article
    from eventdesk.store import StoreWriter
    from eventdesk.web import WebStore, create_app

    root = tmp_path / "store"
    with StoreWriter(root) as writer:
        writer.add(pipeline.code(Article(id="first", text="Kenya condemned Uganda over the raid.", published="2024-03-05")))
    client = TestClient(create_app(WebStore(root, refresh_seconds=0)))
    assert {e["first_article_id"] for e in _events(client)} == {"first"}
    assert "1 articles" in client.get("/").text
    with StoreWriter(root) as writer:
        writer.add(pipeline.code(Article(id="second", text="Japan criticised China over the incursion.", published="2024-05-01")))
    assert {e["first_article_id"] for e in _events(client)} == {"first", "second"}
    assert "2 articles" in client.get("/").text, "the counts follow the store"


def test_web_serve_refuses_a_folder_that_is_no_store(tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "eventdesk.cli", "serve", "--store", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "not an eventdesk store" in " ".join(result.stderr.split())
