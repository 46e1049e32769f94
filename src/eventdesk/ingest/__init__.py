"""Ingest: turn input files into cleaned Articles (or Rejects that say why not).

`read_inputs` reads plain text, HTML, JSONL and standard input; `clean` marks the
boilerplate of a scrape without rewriting its text. docs/input.md describes both for users.
"""

from __future__ import annotations

import glob
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from eventdesk.errors import InputError
from eventdesk.ingest.clean import clean
from eventdesk.ingest.corpora import DEFAULT_TEXT_COLUMN
from eventdesk.ingest.dates import normalize_date
from eventdesk.ingest.readers import Ids, read_path
from eventdesk.ingest.reject import Reject
from eventdesk.model import Article

__all__ = ["Reject", "clean", "read_inputs"]

log = logging.getLogger(__name__)


def read_inputs(
    inputs: Sequence[str | Path],
    published: str | None = None,
    stdin: TextIO | BinaryIO | None = None,
    text_column: str = DEFAULT_TEXT_COLUMN,
) -> Iterator[Article | Reject]:
    """Yield one cleaned Article, or one Reject with its reason, per article in `inputs`.

    Directories are read recursively in sorted order, skipping hidden files and folders:
    .txt/.text files are one article each, .html/.htm pages are extracted with trafilatura,
    .jsonl/.ndjson files hold one record a line (`text`, and optionally `id`, `title`,
    `published`, `url`, `outlet`). Other extensions inside directories are skipped with a
    logged warning; a file named explicitly with another extension is read as plain text.
    "-" is standard input (`stdin`, default sys.stdin): JSONL when every non-blank line
    starts with "{", else one plain-text article. Corpus formats (ingest/corpora.py):
    .gz files by their inner extension, .csv/.tsv with a header row and the text in the
    column `text_column`, WARC archives (.warc, .warc.gz). An input that does not exist but
    holds a wildcard (`data/*.jsonl.gz`, `**/*.txt`) is a pattern: its matches, sorted.

    Ids: the JSONL `id`, else the file stem, `<stem>-<line>` for a JSONL line without one,
    "stdin" / "stdin-<line>" for standard input. `published` (YYYY-MM-DD, or any full date)
    is the date for articles that have none of their own, neither in their record nor on a
    date line of their text.

    Nothing here raises for a bad input: a missing, unreadable, binary or empty file, and a
    bad JSONL line, each become a Reject and the rest goes on. Only a `published` that is
    not a date raises InputError, before anything is read.
    """
    fallback = None
    if published is not None:
        fallback = normalize_date(published)
        if fallback is None:
            raise InputError(f"--published {published!r} is not a date (give YYYY-MM-DD)")
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]  # one path, not a sequence of its characters
    ids = Ids(text_column)
    for item in _expand(inputs):
        if isinstance(item, Reject):
            yield item
            continue
        for result in read_path(item, stdin, ids):
            if isinstance(result, Article):
                result = _finish(result, fallback)
            yield result


def _expand(inputs: Sequence[str | Path]) -> Iterator[str | Path | Reject]:
    """Inputs with wildcard patterns replaced by the paths they match, in sorted order (a
    shell that did not expand them, or a pattern quoted on purpose for a large corpus)."""
    for item in inputs:
        text = str(item)
        if text != "-" and any(c in text for c in "*?[") and not Path(text).exists():
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                yield Reject(text, "no file matches this pattern")
            yield from matches
        else:
            yield item


def _finish(article: Article, fallback: str | None) -> Article | Reject:
    try:
        clean(article)
    except Exception as exc:  # noqa: BLE001 — a cleaning bug must not drop the article
        log.warning("%s: boilerplate cleaning failed", article.origin, exc_info=True)
        article.errors.append(f"boilerplate cleaning failed ({type(exc).__name__}: {exc}); all text kept as story")
    else:
        furniture = _all_boilerplate(article)
        if furniture:
            return Reject(
                article.origin or str(article.id),
                f"no story text: every line is page furniture ({furniture})",
                id=article.id,
            )
    if article.published is None and article.archived:
        article.published = article.archived
        article.errors.append(f"published: no date on the page; the day it was archived ({article.archived}) stands in")
    if article.published is None:
        article.published = fallback
    return article


def _all_boilerplate(article: Article) -> str | None:
    """The reasons, when the boilerplate ranges cover every line of the text."""
    position = 0
    for start, end, _ in sorted(article.boilerplate):
        if article.text[position:start].strip():
            return None
        position = max(position, end)
    if article.text[position:].strip():
        return None
    reasons = dict.fromkeys(reason for _, _, reason in article.boilerplate)
    return ", ".join(reasons) or None
