"""A bounded loopback load test of `eventdesk serve`: N concurrent clients for S seconds
against a store of at least 100,000 events, reporting p50/p99 latency and the error count.

The store is synthesised as benchmarks/store.py does it: the examples are coded once and the
coded records replicated with new ids (dates moved 3 days per copy, so copies stay distinct
events) through the store writer — real coder output, repeated, not new coding. The server
is the real command (`python -m eventdesk.cli serve`) in a subprocess on 127.0.0.1; each
client loops over a mix of pages and API calls (searches with filters and sorts, articles,
dyad, network, map, claims). An error is any answer that is not 200, or no answer. One
client runs alone for 10 s first, giving the time a request takes when none waits.

    .venv/bin/python benchmarks/web_load.py [--clients 50] [--seconds 30] [--events 100000] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _store_bench():
    spec = importlib.util.spec_from_file_location("store_bench", REPO / "benchmarks" / "store.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_store(root: Path, events: int) -> dict:
    from eventdesk.store import open_store, write_records

    bench = _store_bench()
    records = bench.coded_examples()
    with tempfile.TemporaryDirectory() as one:
        write_records(Path(one) / "store", records)
        with open_store(Path(one) / "store") as store:
            per_article = store.scalar("SELECT count(*) FROM events") / len(records)
    articles = int(events / per_article) + 1
    started = time.perf_counter()
    write_records(root, bench.replicate(records, articles), batch_articles=2048)
    with open_store(root) as store:
        merged = store.scalar("SELECT count(*) FROM events")
        ids = [row[0] for row in store.rows("SELECT article_id FROM articles USING SAMPLE 200 ROWS")]
        actors = [row[0] for row in store.rows("SELECT DISTINCT source_code FROM events WHERE source_code IS NOT NULL LIMIT 40")]
    return {"articles": articles, "events": merged, "write_seconds": round(time.perf_counter() - started, 1), "article_ids": ids, "actors": actors}


def request_mix(article_ids: list[str], actors: list[str], rng: random.Random) -> str:
    """One request of the mix, as a path."""
    actor, other = rng.choice(actors), rng.choice(actors)
    article = rng.choice(article_ids)
    sort = rng.choice(["date", "goldstein", "mentions", "source"])
    return rng.choice([
        f"/api/events?limit=50&sort={sort}",
        f"/api/events?actor={actor}&limit=50",
        f"/api/events?cameo=1&quad_class={rng.randint(1, 4)}&limit=50&offset={rng.randint(0, 500)}",
        f"/api/events?q=border&date_from=2025-01-01&limit=20",
        f"/?actor={actor}&sort={sort}",
        f"/api/articles/{article}",
        f"/articles/{article}",
        f"/api/dyad?a={actor}&b={other}",
        "/api/network?limit=100",
        f"/api/claims?speaker={actor[:3]}&limit=20",
        "/api/places?limit=500",
    ])


async def _client(base: str, deadline: float, mix, latencies: list, errors: list, seed: int) -> None:
    import httpx

    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        while time.monotonic() < deadline:
            path = mix(rng)
            started = time.perf_counter()
            try:
                response = await client.get(path)
                ok = response.status_code == 200
                reason = f"{response.status_code} {path}"
            except httpx.HTTPError as exc:
                ok, reason = False, f"{type(exc).__name__} {path}"
            latencies.append(time.perf_counter() - started)
            if not ok:
                errors.append(reason)


async def run_load(base: str, clients: int, seconds: float, mix) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.monotonic() + seconds
    await asyncio.gather(*(_client(base, deadline, mix, latencies, errors, n) for n in range(clients)))
    cuts = statistics.quantiles(latencies, n=100)
    return {"clients": clients, "seconds": seconds, "requests": len(latencies), "requests_per_second": round(len(latencies) / seconds, 1),
            "p50_ms": round(cuts[49] * 1000, 1), "p99_ms": round(cuts[98] * 1000, 1), "max_ms": round(max(latencies) * 1000, 1),
            "errors": len(errors), "error_examples": sorted(set(errors))[:5]}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(root: Path, port: int) -> tuple[subprocess.Popen, float]:
    """The real command in a subprocess; returns it and the seconds until it answered."""
    import httpx

    env = {**os.environ, "PYTHONPATH": str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "eventdesk.cli", "serve", "--store", str(root), "--port", str(port)], env=env)
    while True:
        if server.poll() is not None:
            sys.exit(f"the server stopped with status {server.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/summary", timeout=5).status_code == 200:
                return server, time.perf_counter() - started
        except httpx.HTTPError:
            pass
        if time.perf_counter() - started > 300:
            server.terminate()
            sys.exit("the server did not answer within 300 s")
        time.sleep(0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--events", type=int, default=100_000, help="at least this many merged events in the store")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "store"
        store = build_store(root, args.events)
        port = _free_port()
        server, startup = start_server(root, port)
        try:
            mix = lambda rng: request_mix(store["article_ids"], store["actors"], rng)  # noqa: E731
            # One client first: the time a request takes when nothing else waits.
            alone = asyncio.run(run_load(f"http://127.0.0.1:{port}", 1, min(10.0, args.seconds), mix))
            load = asyncio.run(run_load(f"http://127.0.0.1:{port}", args.clients, args.seconds, mix))
        finally:
            server.terminate()
            server.wait(30)
    result = {"store": {k: v for k, v in store.items() if k not in ("article_ids", "actors")}, "startup_seconds": round(startup, 1), "one_client": alone, "load": load}
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"store: {store['articles']:,} articles, {store['events']:,} merged events (written in {store['write_seconds']} s); server ready in {startup:.1f} s")
    print(f"1 client for {alone['seconds']:g} s: {alone['requests']:,} requests, p50 {alone['p50_ms']} ms, p99 {alone['p99_ms']} ms, errors {alone['errors']}")
    print(f"{load['clients']} clients for {load['seconds']:g} s: {load['requests']:,} requests ({load['requests_per_second']}/s), "
          f"p50 {load['p50_ms']} ms, p99 {load['p99_ms']} ms, max {load['max_ms']} ms, errors {load['errors']}")
    for example in load["error_examples"]:
        print(f"  error: {example}")


if __name__ == "__main__":
    main()
