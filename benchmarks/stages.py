"""Where one process's time goes: every pipeline component, spaCy's and eventdesk's, timed
in one run over the same articles, and optionally a cProfile of eventdesk's own functions.

Each component runs over the whole batch before the next (spaCy's components through their
own `pipe`, in batches as `nlp.pipe` runs them), so the seconds of spaCy's components and of
eventdesk's stages are measured side by side under the same machine load: quote the ratio
of the stages to spaCy's components, not the seconds.

    .venv/bin/python benchmarks/stages.py [--articles 94] [--examples] [--rounds 1] [--profile [N]]

With several rounds the cached attribute ruler counts at its warm speed (it learns in the
first round), so the figure to read is the stages' ratio to spaCy's components.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO.parent / "shared" / "gold"
# eventdesk's components that stand in spaCy's own run (not stages of their own).
ADDED = ("eventdesk_line_breaks", "eventdesk_attribute_cache")


def articles(count: int, examples: bool) -> list:
    from eventdesk.model import Article

    found = []
    if examples:
        found += [Article(id=p.stem, text=p.read_text(encoding="utf-8"))
                  for p in sorted((REPO / "examples").glob("*.txt"))]
    dev = GOLD / "polnear_dev.jsonl"
    if dev.is_file() and count:
        rows = [json.loads(line) for line in dev.open(encoding="utf-8")][:count]
        found += [Article(id=r["id"], text=r["text"]) for r in rows]
    return found


def run_components(pipeline, docs: list, profile: cProfile.Profile | None) -> dict[str, float]:
    """Each component over every Doc, in pipeline order; CPU seconds per component."""
    seconds = {}
    batch = pipeline.settings.batch_size
    for name, proc in pipeline.nlp.pipeline:
        ours = name.startswith("eventdesk_") and name not in ADDED
        start = time.process_time()
        if ours and profile is not None:
            profile.enable()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch))
        else:
            docs = [proc(doc) for doc in docs]
        if ours and profile is not None:
            profile.disable()
        seconds[name] = time.process_time() - start
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=94, help="PolNeAR dev articles (default 94)")
    parser.add_argument("--examples", action="store_true", help="also the bundled examples")
    parser.add_argument("--rounds", type=int, default=1,
                        help="run everything this many times over fresh Docs; each component's "
                             "fastest round counts (the least disturbed by other jobs)")
    parser.add_argument("--profile", type=int, nargs="?", const=40, default=0,
                        help="profile eventdesk's stages; print the N costliest functions")
    args = parser.parse_args()

    from eventdesk.ingest import clean
    from eventdesk.pipeline import Pipeline

    pipeline = Pipeline()
    chosen = [clean(a) for a in articles(args.articles, args.examples)]
    profile = cProfile.Profile() if args.profile else None
    rounds = [run_components(pipeline, [pipeline.make_doc(a) for a in chosen], profile)
              for _ in range(max(1, args.rounds))]
    seconds = {name: min(r[name] for r in rounds) for name in rounds[0]}
    docs = chosen
    spacy_total = sum(s for n, s in seconds.items() if not n.startswith("eventdesk_"))
    added = sum(seconds.get(n, 0.0) for n in ADDED)
    ours_total = sum(s for n, s in seconds.items() if n.startswith("eventdesk_") and n not in ADDED)
    print(f"{len(docs)} articles, {sum(len(a.text) for a in chosen):,} characters; CPU seconds")
    for name, value in seconds.items():
        print(f"  {name:32} {value:7.2f}")
    print(f"  {'spaCy components':32} {spacy_total:7.2f}")
    print(f"  {'eventdesk in the spaCy run':32} {added:7.2f}   (sentence starts, cached attribute ruler)")
    print(f"  {'eventdesk stages':32} {ours_total:7.2f}   (content, actors, events, statements, when, where)")
    print(f"  {'stages / spaCy components':32} {ours_total / spacy_total:7.3f}")
    if profile is not None:
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(args.profile)
        print(out.getvalue())


if __name__ == "__main__":
    main()
