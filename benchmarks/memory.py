"""Peak memory of `eventdesk code` as a corpus grows: it streams, so the peak should not.

Codes N articles (the bundled examples, repeated to N: short articles, so that 10,000
code in minutes) in a child process writing JSONL and a store, and prints the child's peak
resident memory for each N, and the ratio of the largest to the smallest.

    .venv/bin/python benchmarks/memory.py [--sizes 1000 10000] [--workers 1]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def peak_rss_mb(command: list[str]) -> float:
    """Peak resident memory (MB) of the child `command` (run alone, so the children's
    maximum is its own)."""
    code = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, "
            "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, *command], check=True, capture_output=True, text=True).stdout
    return int(out.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "examples").glob("*.txt"))]
    source = "the bundled examples"
    rows = []
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "in.jsonl"
            with path.open("w", encoding="utf-8") as out:
                for i in range(size):
                    out.write(json.dumps({"id": f"a{i}", "text": texts[i % len(texts)]}) + "\n")
            command = [sys.executable, "-m", "eventdesk.cli", "code", str(path), "-o", str(Path(tmp) / "out.jsonl"),
                       "--store", str(Path(tmp) / "store"), "-q", "--workers", str(args.workers)]
            rows.append((size, peak_rss_mb(command)))
            print(f"{size:>7,} articles ({source}): peak RSS {rows[-1][1]:,.0f} MB", flush=True)
    print(f"largest / smallest corpus peak: {rows[-1][1] / rows[0][1]:.2f}")


if __name__ == "__main__":
    main()
