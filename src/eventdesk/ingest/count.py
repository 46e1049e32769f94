"""How many items a run's inputs hold, counted before coding so that the progress bar can
show a total and the time left. Counting reads files far faster than coding them; inputs
whose count would cost a decompression or a parse (standard input, .gz, WARC) make the
total unknown, and the bar then shows what has been done and the time taken."""

from __future__ import annotations

import csv
import glob
import os
from collections.abc import Sequence
from pathlib import Path

from eventdesk.ingest.corpora import TABLE_SUFFIXES
from eventdesk.ingest.decode import MAX_ARTICLE_BYTES
from eventdesk.ingest.readers import HTML_SUFFIXES, JSONL_SUFFIXES, READ_SUFFIXES, TEXT_SUFFIXES, _walk

# Counting stops (total unknown) past this many bytes of line-counted files: a corpus so
# large is better started at once than counted first.
COUNT_BYTES_MAX = 2 * 1024**3


def count_items(inputs: Sequence[str | Path]) -> int | None:
    """The number of articles and rejects reading `inputs` will give, or None when that
    cannot be known cheaply. A file that will be rejected whole counts as one item."""
    total = 0
    budget = [COUNT_BYTES_MAX]
    for item in inputs:
        text = str(item)
        if text == "-":
            return None
        path = Path(text)
        if not path.exists() and any(c in text for c in "*?["):
            matches = sorted(glob.glob(text, recursive=True))
            counts = [_count_path(Path(m), budget) for m in matches] or [1]
        else:
            counts = [_count_path(path, budget)]
        if any(c is None for c in counts):
            return None
        total += sum(counts)
    return total


def _count_path(path: Path, budget: list[int]) -> int | None:
    try:
        if not path.is_dir():
            return _count_file(path, budget, named=True)
    except OSError:
        return 1
    total, any_read = 0, False
    for entry in _walk(path):
        if isinstance(entry, Path) and entry.suffix.lower() not in READ_SUFFIXES and entry.suffix.lower() != ".gz":
            continue
        any_read = True
        count = 1 if not isinstance(entry, Path) else _count_file(entry, budget, named=False)
        if count is None:
            return None
        total += count
    return total if any_read else 1


def _count_file(path: Path, budget: list[int], named: bool) -> int | None:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES | HTML_SUFFIXES or (named and suffix not in READ_SUFFIXES and suffix != ".gz"):
        return 1
    if suffix not in JSONL_SUFFIXES and suffix not in TABLE_SUFFIXES:
        return None  # .gz, .warc: only decompressing or parsing would tell
    try:
        size = os.stat(path).st_size
        budget[0] -= size
        if budget[0] < 0:
            return None
        with path.open("rb") as handle:
            if suffix in JSONL_SUFFIXES:
                return max(1, sum(1 for line in handle if line.strip()))
            lines = (raw.decode("utf-8", errors="replace") for raw in handle)
            csv.field_size_limit(MAX_ARTICLE_BYTES)
            rows = sum(1 for _ in csv.reader(lines, delimiter=TABLE_SUFFIXES[suffix]))
            return max(1, rows - 1)
    except (OSError, csv.Error):
        return 1
