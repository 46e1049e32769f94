"""Code every article of the shared PolNeAR gold splits and list any that fails.

A real article must code: this runs the CLI's batch runner (batches, one-by-one retry,
rejects with reasons) over ../shared/gold/polnear_train.jsonl and polnear_dev.jsonl and
prints how many articles coded, how many were rejected and why, and the time taken.

    .venv/bin/python benchmarks/code_gold.py [--splits train dev] [--limit N]

Exit status 1 when any article is rejected.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO.parent / "shared" / "gold"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--splits", nargs="+", default=["train", "dev"])
    parser.add_argument("--limit", type=int, default=None, help="at most this many articles per split")
    args = parser.parse_args()

    from eventdesk.ingest import clean
    from eventdesk.model import Article
    from eventdesk.pipeline import Pipeline
    from eventdesk.run.local import run_batch
    from eventdesk.settings import Settings

    pipeline = Pipeline(Settings())
    failures = 0
    for split in args.splits:
        path = GOLD / f"polnear_{split}.jsonl"
        if not path.is_file():
            sys.exit(f"{path} is absent: this script needs the shared gold data")
        with path.open(encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines if line.strip()][: args.limit]
        articles = [clean(Article(id=r["id"], text=r["text"], origin=f"{path.name}:{r['id']}")) for r in records]
        rejects = []
        start = time.perf_counter()
        summary = run_batch(articles, pipeline, lambda record: None, rejects.append)
        seconds = time.perf_counter() - start
        characters = sum(len(a.text) for a in articles)
        print(f"{split}: {summary.coded} of {len(articles)} articles coded, {summary.rejected} rejected "
              f"({characters:,} characters, {seconds:.0f} s, {summary.events:,} events, {summary.statements:,} statements)")
        for reject in rejects:
            print(f"  rejected {reject.id}: {reject.reason}")
        failures += summary.rejected
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
