"""The web app's read-only view of a store: a DuckDB connection holding, as in-memory tables,
what the pages ask about (the merged events with their first mention's sentence, place and
speaker; mentions; statements; articles), rebuilt when a batch is added to the store.

Every query runs with parameters (never values written into SQL), on its own cursor, under a
time limit (the cursor is interrupted) and a row limit (the rest is never fetched).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from eventdesk.store import open_store
from eventdesk.store.layout import batches_dir

log = logging.getLogger(__name__)

# Place columns an event row may carry; a store written before a column existed gives NULLs.
PLACE_COLUMNS = ("location_name", "location_country", "location_lat", "location_lon", "location_source")


class QueryTimeout(Exception):
    """A query ran past the time limit and was stopped."""


@dataclass(frozen=True)
class Limits:
    """How long one query may run and how many rows any answer holds."""

    seconds: float = 5.0
    max_rows: int = 5000
    threads: int = 1


def _place_select(columns: set[str]) -> str:
    return ", ".join(f"ae.{c}" if c in columns else f"NULL AS {c}" for c in PLACE_COLUMNS)


def _sentence_text(article: str, sentence: str) -> str:
    """SQL for the text of sentence number `sentence` (0-based) of an article row."""
    span = f"{article}.sentences[{sentence} + 1]"
    return f"CASE WHEN {sentence} < len({article}.sentences) THEN substring({article}.text, {span}[1] + 1, {span}[2] - {span}[1]) END"


def _materialise_statements(columns: set[str]) -> list[str]:
    place = _place_select(columns)
    return [
        "CREATE TABLE w_article_events AS SELECT ae.*, em.trigger_text, em.trigger_start, em.trigger_end, em.statement_id "
        "FROM article_events ae JOIN event_mentions_raw em USING (article_id, batch, mention_key)",
        "CREATE TABLE w_actors AS SELECT * FROM actors",
        "CREATE TABLE w_articles AS SELECT article_id, batch, title, published, url, outlet, text, sentences, n_events, n_statements FROM articles",
        "CREATE TABLE w_statements AS SELECT *, lower(speaker_name) AS speaker_name_l, lower(speaker_text) AS speaker_text_l FROM statements",
        f"""CREATE TABLE w_events AS
        SELECT e.*, {place}, em.trigger_text, em.statement_id AS first_statement_id,
               lower(e.source_name) AS source_name_l, lower(e.source_text) AS source_text_l,
               lower(e.target_name) AS target_name_l, lower(e.target_text) AS target_text_l,
               s.speaker_code AS reported_by_code, coalesce(s.speaker_name, s.speaker_text) AS reported_by,
               a.title AS first_title, {_sentence_text('a', 'e.first_sentence')} AS sentence_text,
               lower({_sentence_text('a', 'e.first_sentence')}) AS sentence_text_l
        FROM events e
        JOIN article_events ae ON ae.mention_key = e.event_id
        JOIN event_mentions_raw em ON em.article_id = ae.article_id AND em.batch = ae.batch AND em.mention_key = ae.mention_key
        JOIN articles a ON a.article_id = ae.article_id AND a.batch = ae.batch
        LEFT JOIN statements s ON s.article_id = ae.article_id AND s.batch = ae.batch AND s.statement_id = em.statement_id""",
        """CREATE TABLE w_mentions AS
        SELECT m.event_id, m.article_id, m.article_event_id, m.sentence, m.trigger_text, m.statement_id,
               ae.source_code, ae.target_code, ae.cameo, ae.plover, ae.quad_class, ae.goldstein, ae.negated, ae.modality,
               s.speaker_code, s.speaker_name, s.speaker_text
        FROM event_mentions m
        JOIN article_events ae ON ae.article_id = m.article_id AND ae.batch = m.batch AND ae.mention_key = m.mention_key
        LEFT JOIN statements s ON s.article_id = m.article_id AND s.batch = m.batch AND s.statement_id = m.statement_id""",
    ]


def build_connection(root: Path, threads: int):
    """A connection holding the web tables, filled from the store; then it is cut off from
    every file (the tables are all it reads) and its settings are locked."""
    con = open_store(root).con
    columns = {row[0] for row in con.execute("DESCRIBE article_events").fetchall()}
    for statement in _materialise_statements(columns):
        con.execute(statement)
    # Many requests at once: one thread per query spends the cores on requests, not on
    # coordinating each query's threads.
    con.execute(f"SET threads = {int(threads)}")
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


def _batches_signature(root: Path) -> tuple[str, ...]:
    return tuple(sorted(p.name for p in batches_dir(root).iterdir()))


class WebStore:
    """The store as the web app reads it. `rows(sql, params)` runs one read under the limits;
    the tables are rebuilt (at most once per `refresh_seconds`) when the store's batches change."""

    def __init__(self, root: str | Path, limits: Limits = Limits(), refresh_seconds: float = 2.0):
        self.root = Path(root)
        self.limits = limits
        self.refresh_seconds = refresh_seconds
        self._lock = threading.Lock()
        self._con = build_connection(self.root, limits.threads)  # first: it says why a folder is no store
        self._signature = _batches_signature(self.root)
        self._memo: dict[str, object] = {}
        self._checked = time.monotonic()

    def _current(self):
        now = time.monotonic()
        if now - self._checked < self.refresh_seconds:
            return self._con
        with self._lock:
            if now - self._checked >= self.refresh_seconds:
                self._checked = now
                signature = _batches_signature(self.root)
                if signature != self._signature:
                    log.info("%s: new batches, reloading the web tables", self.root)
                    self._con = build_connection(self.root, self.limits.threads)
                    self._memo = {}
                    self._signature = signature
        return self._con

    def rows(self, sql: str, params: list | tuple = (), max_rows: int | None = None) -> list[dict]:
        """The rows of one parameterised query as dicts: at most `max_rows` (the row limit by
        default), stopped with QueryTimeout past the time limit."""
        import duckdb

        limit = min(max_rows or self.limits.max_rows, self.limits.max_rows)
        cursor = self._current().cursor()
        timer = threading.Timer(self.limits.seconds, cursor.interrupt)
        timer.start()
        try:
            result = cursor.execute(sql, list(params))
            names = [d[0] for d in result.description]
            return [dict(zip(names, row)) for row in result.fetchmany(limit)]
        except duckdb.InterruptException:
            raise QueryTimeout(f"the query ran longer than {self.limits.seconds:g} s and was stopped") from None
        finally:
            timer.cancel()
            cursor.close()

    def once(self, key: str, compute):
        """`compute(self)`, computed once per version of the store (for answers that depend
        on no request: the store's counts, the values a form offers)."""
        self._current()
        memo = self._memo
        if key not in memo:
            memo[key] = compute(self)
        return memo[key]

    def scalar(self, sql: str, params: list | tuple = ()):
        (row,) = self.rows(sql, params, max_rows=1)
        return next(iter(row.values()))

    def close(self) -> None:
        self._con.close()
