"""Throughput of eventdesk against spaCy's own pipeline, measured in the same run.

Codes the same articles with (a) eventdesk's full pipeline (spaCy + actors, events,
statements, dates) and (b) spaCy's default pipeline (`nlp.pipe` with every component),
alternating rounds so machine noise hits both alike, and prints articles/s of each and
their ratio. The ratio is the figure to quote: these machines are noisy, absolute speeds
are not.

    .venv/bin/python benchmarks/throughput.py [--articles 200] [--rounds 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def load_articles(count: int):
    from eventdesk.ingest import read_inputs
    from eventdesk.model import Article

    articles = [a for a in read_inputs([REPO / "examples"]) if isinstance(a, Article)]
    if not articles:
        sys.exit("no articles in examples/")
    return [articles[i % len(articles)] for i in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    import spacy

    from eventdesk.nlp import choose_model
    from eventdesk.pipeline import Pipeline
    from eventdesk.settings import Settings

    settings = Settings()
    articles = load_articles(args.articles)
    texts = [a.text for a in articles]
    characters = sum(len(t) for t in texts)
    eventdesk = Pipeline(settings)
    baseline = spacy.load(choose_model(settings))

    # Warm up both (lazy lexicon loads, dateparser, caches) outside the timing.
    list(eventdesk.code_many(articles[:5]))
    list(baseline.pipe(texts[:5]))

    ours, theirs = [], []
    for _ in range(args.rounds):
        start = time.perf_counter()
        list(baseline.pipe(texts, batch_size=settings.batch_size))
        theirs.append(len(texts) / (time.perf_counter() - start))
        start = time.perf_counter()
        list(eventdesk.code_many(articles))
        ours.append(len(texts) / (time.perf_counter() - start))

    result = {
        "articles": len(texts),
        "characters_per_article": round(characters / len(texts)),
        "rounds": args.rounds,
        "spacy_model": choose_model(settings),
        "eventdesk_articles_per_s": round(statistics.median(ours), 2),
        "spacy_articles_per_s": round(statistics.median(theirs), 2),
        "ratio": round(statistics.median(o / t for o, t in zip(ours, theirs)), 3),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{result['articles']} articles (~{result['characters_per_article']} characters each), median of {args.rounds} rounds, {result['spacy_model']}")
        print(f"  spaCy nlp.pipe, every component : {result['spacy_articles_per_s']:8.2f} articles/s")
        print(f"  eventdesk code (full pipeline)  : {result['eventdesk_articles_per_s']:8.2f} articles/s")
        print(f"  ratio eventdesk / spaCy         : {result['ratio']:8.3f}")


if __name__ == "__main__":
    main()
