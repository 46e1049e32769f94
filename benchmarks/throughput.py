"""Throughput of eventdesk against spaCy's own pipeline, measured in one run.

Whole processes over the same real articles, as a user runs them, alternating rounds so
that machine noise hits every contender alike:

  (a) spaCy: `spacy.load(...)` + `nlp.pipe` with every component (the baseline)
  (b) `eventdesk code FILE --workers 1`
  (c) `eventdesk code FILE` on every core (`--workers N`)
  (d) `eventdesk code FILE --engine ray` on a local Ray instance (when Ray is installed)

Each is reported as seconds and as speed relative to (a) (above 1.0: faster than spaCy).
Then the length curve: one long article (real articles joined) against the same text
coded as separate articles, and spaCy's parse of it, at 10K to 200K characters.

The articles are the PolNeAR dev split in ../shared/gold (94 real news articles) when it
is there, else the bundled examples repeated. Ratios are the figures to quote: these
machines are noisy, absolute seconds are not.

    .venv/bin/python benchmarks/throughput.py [--articles 94] [--rounds 3] [--no-length] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO.parent / "shared" / "gold"
PYTHON = sys.executable
EVENTDESK = [PYTHON, "-m", "eventdesk.cli"]
LENGTHS = (10_000, 50_000, 100_000, 200_000)

SPACY_RUN = """
import json, sys, spacy
from eventdesk.nlp import choose_model
from eventdesk.settings import Settings
nlp = spacy.load(choose_model(Settings()))
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for doc in nlp.pipe(texts, batch_size=16):
    pass
"""


def real_texts(count: int) -> tuple[list[str], str]:
    dev = GOLD / "polnear_dev.jsonl"
    if dev.is_file():
        texts = [json.loads(line)["text"] for line in dev.open(encoding="utf-8")]
        train = GOLD / "polnear_train.jsonl"
        if count > len(texts) and train.is_file():
            texts += [json.loads(line)["text"] for line in train.open(encoding="utf-8")]
        return texts[:count], "PolNeAR (real US political news)"
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "examples").glob("*.txt"))]
    return [texts[i % len(texts)] for i in range(count)], "the bundled examples, repeated"


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def ray_available() -> bool:
    try:
        import ray  # noqa: F401
    except ImportError:
        return False
    return True


def throughput(texts: list[str], rounds: int, workers: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "articles.jsonl"
        source.write_text("".join(json.dumps({"id": f"a{i}", "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
        out = str(Path(tmp) / "out.jsonl")
        contenders = {
            "spacy": [PYTHON, "-c", SPACY_RUN, str(source)],
            "workers_1": [*EVENTDESK, "code", str(source), "-o", out, "-q", "--workers", "1"],
            f"workers_{workers}": [*EVENTDESK, "code", str(source), "-o", out, "-q", "--workers", str(workers)],
        }
        if ray_available():
            contenders["ray"] = [*EVENTDESK, "code", str(source), "-o", out, "-q", "--engine", "ray", "--workers", str(workers)]
        seconds: dict[str, list[float]] = {name: [] for name in contenders}
        timed(contenders["spacy"])  # warm the disk cache
        for _ in range(rounds):
            for name, command in contenders.items():
                seconds[name].append(timed(command))
    result = {name: round(statistics.median(values), 2) for name, values in seconds.items()}
    speed = {name: round(statistics.median(s / o for s, o in zip(seconds["spacy"], values)), 3)
             for name, values in seconds.items()}
    return {"seconds": result, "speed_vs_spacy": speed}


def length_curve(texts: list[str]) -> list[dict]:
    import spacy

    from eventdesk.ingest import clean
    from eventdesk.model import Article
    from eventdesk.nlp import choose_model
    from eventdesk.pipeline import Pipeline
    from eventdesk.settings import Settings

    settings = Settings(timeout=None)
    pipeline = Pipeline(settings)
    nlp = spacy.load(choose_model(settings))
    pipeline.code(clean(Article(id="warm", text=texts[0])))
    rows = []
    for target in LENGTHS:
        parts, size = [], 0
        while size < target:
            parts.append(texts[len(parts) % len(texts)])
            size += len(parts[-1]) + 2
        joined = "\n\n".join(parts)
        start = time.perf_counter()
        list(pipeline.code_many(clean(Article(id=f"p{i}", text=t)) for i, t in enumerate(parts)))
        separate = time.perf_counter() - start
        start = time.perf_counter()
        pipeline.code(clean(Article(id="long", text=joined)))
        one = time.perf_counter() - start
        start = time.perf_counter()
        nlp(joined)
        parse = time.perf_counter() - start
        rows.append({"characters": len(joined), "articles": len(parts), "one_article_s": round(one, 2),
                     "separate_s": round(separate, 2), "ratio": round(one / separate, 2), "spacy_parse_s": round(parse, 2)})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=94)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-length", action="store_true", help="skip the length curve")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from eventdesk.run.workers import available_cores

    workers = available_cores()
    texts, source = real_texts(args.articles)
    result = {"articles": len(texts), "source": source, "characters": sum(map(len, texts)), "cores": workers,
              "rounds": args.rounds, **throughput(texts, args.rounds, workers)}
    if not args.no_length:
        result["length"] = length_curve(texts)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{result['articles']} articles of {source}, {result['characters']:,} characters; {workers} cores; median of {args.rounds} rounds, whole processes")
    names = {"spacy": "(a) spaCy nlp.pipe, every component", "workers_1": "(b) eventdesk code --workers 1",
             f"workers_{workers}": f"(c) eventdesk code --workers {workers}", "ray": f"(d) eventdesk code --engine ray --workers {workers}"}
    for key, label in names.items():
        if key in result["seconds"]:
            print(f"  {label:48s} {result['seconds'][key]:7.2f} s   speed vs (a): {result['speed_vs_spacy'][key]:.2f}")
    for row in result.get("length", []):
        print(f"  length {row['characters']:>9,} characters ({row['articles']} articles): one article {row['one_article_s']:6.2f} s, "
              f"separate {row['separate_s']:6.2f} s, ratio {row['ratio']:.2f}; spaCy parse {row['spacy_parse_s']:.2f} s")


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
