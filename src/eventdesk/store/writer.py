"""Writing coded articles into a store, a batch at a time, each batch whole or not at all.

An article already stored with the same id, text (sha256) and coder version is skipped, so
a run repeated, or resumed after a crash, adds nothing twice. `recode=True` codes every
article again; its new rows supersede the old ones in the views (docs/store.md).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventdesk.model import Article, CodedArticle
from eventdesk.store.layout import StoreLock, check_can_hold_store, commit_batch, create_store, new_batch_name, remove_unfinished, table_glob
from eventdesk.store.tables import build_tables, content_hash, merge_rows, record_rows

log = logging.getLogger(__name__)

DEFAULT_BATCH_ARTICLES = 64


def coder_version() -> str:
    """The version an article's rows were coded with: eventdesk's own version."""
    from eventdesk import __version__

    return __version__


def stored_keys(root: Path) -> set[tuple[str, str, str]]:
    """(article id, content hash, coder version) of every article in the store."""
    import glob

    import pyarrow.parquet as pq

    keys: set[tuple[str, str, str]] = set()
    for path in sorted(glob.glob(table_glob(root, "articles"))):
        table = pq.read_table(path, columns=["article_id", "content_hash", "coder_version"])
        keys.update(zip(*(table.column(c).to_pylist() for c in table.column_names)))
    return keys


class StoreWriter:
    """Open (lock) a store, pass it coded records, close it; used as a context manager.

    `skip_stored(items)` drops the articles already stored; `add(record)` buffers a record
    and commits a batch every `batch_articles` records; closing commits the rest and
    releases the lock. A writer that dies between commits loses only its open batch.
    """

    def __init__(self, root: Path, recode: bool = False, batch_articles: int = DEFAULT_BATCH_ARTICLES, version: str | None = None):
        self.root = Path(root)
        self.recode = recode
        self.batch_articles = batch_articles
        self.version = version or coder_version()
        self.skipped = 0
        self.stored = 0
        self.batches = 0
        self._lock = StoreLock(self.root)
        self._pending: list[CodedArticle] = []
        self._known: set[tuple[str, str, str]] = set()

    def open(self) -> StoreWriter:
        check_can_hold_store(self.root)  # before the lock file is made in someone's folder
        self.root.mkdir(parents=True, exist_ok=True)
        self._lock.acquire()
        try:
            create_store(self.root)
            removed = remove_unfinished(self.root)
            if removed:
                log.warning("%s: removed %d unfinished batch(es) left by an interrupted run", self.root, removed)
            self._known = stored_keys(self.root)
        except BaseException:
            self._lock.release()
            raise
        return self

    def skip_stored(self, items: Iterable) -> Iterator:
        """Pass on every item except the Articles stored already (unless recoding)."""
        for item in items:
            if isinstance(item, Article) and not self.is_new(item.id or "article", item.text):
                continue
            yield item

    def is_new(self, article_id: str, text: str) -> bool:
        """False, counting a skip, for an article stored already (with this text and
        version) or seen earlier in this run; always True when recoding."""
        key = (article_id, content_hash(text), self.version)
        if key in self._known and not self.recode:
            self.skipped += 1
            return False
        self._known.add(key)
        return True

    def add(self, record: CodedArticle) -> None:
        self._pending.append(record)
        if len(self._pending) >= self.batch_articles:
            self.commit()

    def commit(self) -> None:
        """Write the buffered records as one batch (nothing when none are buffered)."""
        if not self._pending:
            return
        batch = new_batch_name()
        coded_at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        rows = merge_rows(record_rows(r, batch, self.version, coded_at) for r in self._pending)
        commit_batch(self.root, batch, build_tables(rows))
        self.stored += len(self._pending)
        self.batches += 1
        self._pending.clear()

    def close(self, commit: bool = True) -> None:
        try:
            if commit:
                self.commit()
        finally:
            self._lock.release()

    def __enter__(self) -> StoreWriter:
        return self.open()

    def __exit__(self, exc_type, exc, tb) -> None:
        # An interrupted or failed run still keeps the articles it coded: each buffered
        # record is complete.
        self.close(commit=True)


def write_records(root: Path, records: Iterable[CodedArticle], recode: bool = False, batch_articles: int = DEFAULT_BATCH_ARTICLES) -> StoreWriter:
    """Store already coded records (e.g. read back from a JSONL file); returns the writer's counts."""
    with StoreWriter(root, recode=recode, batch_articles=batch_articles) as writer:
        for record in records:
            if writer.is_new(record.id, record.text):
                writer.add(record)
    return writer
