"""Store size and query time: Parquet store vs the JSONL records, and a dyad-by-month query.

Codes the examples once, then replicates the coded records with new ids (and, per copy,
dates moved on by 3 days, so that copies are distinct events and do not merge) — the rows
are real coder output, repeated, not new coding. Prints:

  * bytes per 1,000 articles in the store (all Parquet files) and as JSONL records;
  * the time of a dyad-by-month query over the store's `events` view (events merged over
    articles, computed at query time) and over `article_events` (no merging), best of N.

Repeated texts compress far better than fresh ones would, so the size is also measured on
the distinct examples alone (one batch, scaled to 1,000), where the fixed cost of small files
weighs most: the store's real size per 1,000 articles lies between the two figures.

    .venv/bin/python benchmarks/store.py [--articles 1000] [--events 100000] [--rounds 3] [--json]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

DYAD_BY_MONTH = """
SELECT source_country, target_country, date_trunc('month', {date}) AS month, count(*) AS events
FROM {view} WHERE source_country IS NOT NULL AND target_country IS NOT NULL
GROUP BY ALL ORDER BY events DESC
"""


def coded_examples():
    from eventdesk.ingest import read_inputs
    from eventdesk.model import Article
    from eventdesk.pipeline import get_pipeline
    from eventdesk.settings import Settings

    articles = [a for a in read_inputs([REPO / "examples"]) if isinstance(a, Article)]
    if not articles:
        sys.exit("no articles in examples/")
    return list(get_pipeline(Settings()).code_many(articles))


def _shift(date: str | None, days: int) -> str | None:
    if not date or len(date) != 10:
        return date
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()


def replicate(records, count: int):
    """`count` records: copies of `records` with new ids and dates moved 3 days per copy."""
    for n in range(count):
        record = records[n % len(records)]
        copy = n // len(records)
        events = [dataclasses.replace(e, date=_shift(e.date, 3 * copy)) for e in record.events]
        yield dataclasses.replace(record, id=f"{record.id}-{copy}", published=_shift(record.published, 3 * copy), events=events)


def folder_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*.parquet"))


def measure_size(records, articles: int, workdir: Path) -> dict:
    from eventdesk.store import write_records

    copies = list(replicate(records, articles))
    jsonl = workdir / "records.jsonl"
    with jsonl.open("w", encoding="utf-8") as handle:
        for record in copies:
            handle.write(record.to_json() + "\n")
    root = workdir / "size-store"
    write_records(root, copies, batch_articles=256)
    # The distinct examples alone, one batch: no repeated text to compress, but the fixed
    # cost of five small files dominates; the fair figure lies between the two.
    distinct = workdir / "distinct-store"
    write_records(distinct, records, batch_articles=256)
    distinct_jsonl = sum(len(r.to_json().encode()) + 1 for r in records)
    scale = 1000 / articles
    return {
        "articles": articles,
        "store_bytes_per_1000": round(folder_bytes(root) * scale),
        "jsonl_bytes_per_1000": round(jsonl.stat().st_size * scale),
        "distinct_articles": len(records),
        "distinct_store_bytes_per_1000": round(folder_bytes(distinct) * 1000 / len(records)),
        "distinct_jsonl_bytes_per_1000": round(distinct_jsonl * 1000 / len(records)),
    }


def measure_query(records, events: int, rounds: int, workdir: Path) -> dict:
    from eventdesk.store import open_store, write_records

    # Copies never merge with each other (their dates are 3 days apart), so the merged events
    # per article of one copy say how many articles give `events` merged events.
    with tempfile.TemporaryDirectory() as one:
        write_records(Path(one) / "store", records)
        with open_store(Path(one) / "store") as store:
            per_article = store.scalar("SELECT count(*) FROM events") / len(records)
    articles = int(events / per_article) + 1
    root = workdir / "query-store"
    started = time.perf_counter()
    write_records(root, replicate(records, articles), batch_articles=2048)
    write_seconds = time.perf_counter() - started
    timings = {}
    with open_store(root) as store:
        counts = {view: store.scalar(f"SELECT count(*) FROM {view}") for view in ("article_events", "events")}
        for view, date in (("events", "date"), ("article_events", "try_cast(date AS DATE)")):
            sql = DYAD_BY_MONTH.format(view=view, date=date)
            best = min(_timed(store, sql) for _ in range(rounds))
            timings[f"dyad_by_month_seconds_{view}"] = round(best, 3)
    return {"articles": articles, "article_events": counts["article_events"], "merged_events": counts["events"],
            "write_seconds": round(write_seconds, 1), "store_bytes": folder_bytes(root), **timings}


def _timed(store, sql: str) -> float:
    started = time.perf_counter()
    store.rows(sql)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000, help="articles for the size measurement")
    parser.add_argument("--events", type=int, default=100_000, help="at least this many (merged) events for the query")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    records = coded_examples()
    with tempfile.TemporaryDirectory() as tmp:
        result = {"size": measure_size(records, args.articles, Path(tmp)), "query": measure_query(records, args.events, args.rounds, Path(tmp))}
    if args.json:
        print(json.dumps(result, indent=2))
        return
    size, query = result["size"], result["query"]
    print(f"size per 1,000 articles, {size['articles']:,} replicated: store {size['store_bytes_per_1000'] / 1e6:.2f} MB, JSONL {size['jsonl_bytes_per_1000'] / 1e6:.2f} MB")
    print(f"size per 1,000 articles, {size['distinct_articles']} distinct (scaled): store {size['distinct_store_bytes_per_1000'] / 1e6:.2f} MB, "
          f"JSONL {size['distinct_jsonl_bytes_per_1000'] / 1e6:.2f} MB")
    print(f"query store: {query['articles']:,} articles, {query['article_events']:,} article events, {query['merged_events']:,} merged events, "
          f"{query['store_bytes'] / 1e6:.1f} MB, written in {query['write_seconds']} s")
    print(f"dyad by month: over events (merged at query time) {query['dyad_by_month_seconds_events']} s, "
          f"over article_events {query['dyad_by_month_seconds_article_events']} s (best of {args.rounds})")


if __name__ == "__main__":
    main()
