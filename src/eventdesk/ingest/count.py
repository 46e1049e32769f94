"""How many items a run's inputs hold, counted before coding so that the progress bar can
show a total and the time left. Counting reads files far faster than coding them, compressed
files and web archives too (.gz files are decompressed, archives parsed without their pages
being extracted). Standard input, and a compressed file or archive that breaks off, make the total
unknown; the bar then shows what has been done and the time taken."""

from __future__ import annotations

import csv
import glob
import gzip
import os
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from eventdesk.ingest.corpora import JSON_SUFFIXES, TABLE_SUFFIXES, WARC_SUFFIXES, _starts_like_warc, _warc_kind, inner_suffix
from eventdesk.ingest.decode import BINARY_SAMPLE_BYTES, MAX_ARTICLE_BYTES, binary_reason
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
        if isinstance(entry, Path) and not _read_in_folder(entry):
            continue
        any_read = True
        count = 1 if not isinstance(entry, Path) else _count_file(entry, budget, named=False)
        if count is None:
            return None
        total += count
    return total if any_read else 1


def _read_in_folder(path: Path) -> bool:
    """Whether reading a folder reads this file (as read_directory decides)."""
    suffix = path.suffix.lower()
    if suffix == ".gz":
        inner = inner_suffix(path)
        return inner in READ_SUFFIXES or inner == ""
    return suffix in READ_SUFFIXES


def _count_file(path: Path, budget: list[int], named: bool) -> int | None:
    suffix = path.suffix.lower()
    compressed = suffix == ".gz"
    if compressed:
        suffix = inner_suffix(path)
    if suffix in WARC_SUFFIXES:
        return _counted(path, budget, _count_warc)
    if compressed and suffix in JSONL_SUFFIXES | frozenset(TABLE_SUFFIXES):
        return _counted(path, budget, lambda p: _count_lines(gzip.open(p, "rb"), suffix))
    if suffix in JSON_SUFFIXES:
        return None  # only parsing the whole document would tell
    if compressed or suffix in TEXT_SUFFIXES | HTML_SUFFIXES or (named and suffix not in READ_SUFFIXES):
        return 1
    return _counted(path, budget, lambda p: _count_lines(p.open("rb"), suffix))


def _counted(path: Path, budget: list[int], count) -> int | None:
    """`count(path)`, charged to the byte budget (None when it is spent); a file that cannot
    be read or decompressed whole is left uncounted (None): reading it gives its records up
    to the break and one reject, which only reading tells."""
    try:
        budget[0] -= os.stat(path).st_size
    except OSError:
        return 1
    if budget[0] < 0:
        return None
    try:
        return count(path)
    except gzip.BadGzipFile:
        return 1  # not gzip at all: one reject
    except (OSError, EOFError, zlib.error, csv.Error):
        return None


def _count_lines(handle: BinaryIO, suffix: str) -> int:
    """The records of a JSONL stream or the rows of a table, at least 1 (an empty file is one
    reject); content that is not text is one reject."""
    with handle:
        if binary_reason(_peek(handle)):
            return 1
        if suffix in JSONL_SUFFIXES:
            return max(1, sum(1 for line in handle if line.strip()))
        lines = (raw.decode("utf-8", errors="replace") for raw in handle)
        csv.field_size_limit(MAX_ARTICLE_BYTES)
        rows = sum(1 for _ in csv.reader(lines, delimiter=TABLE_SUFFIXES[suffix]))
        return max(1, rows - 1)


def _peek(handle) -> bytes:
    """The sample the reader judges: what gzip's peek gives, else the file's first bytes."""
    if isinstance(handle, gzip.GzipFile):
        return handle.peek(BINARY_SAMPLE_BYTES)[:BINARY_SAMPLE_BYTES]
    sample = handle.read(BINARY_SAMPLE_BYTES)
    handle.seek(0)
    return sample


def _count_warc(path: Path) -> int:
    """The documents of a web archive (at least 1: an archive without one is a reject)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        if not _starts_like_warc(path):
            return 1
        with path.open("rb") as handle:
            return max(1, sum(1 for record in ArchiveIterator(handle) if _warc_kind(record) is not None))
    except ArchiveLoadFailed:
        return 1
