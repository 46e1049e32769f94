"""Coding on several processes (`eventdesk code --workers N`).

Each worker process loads the pipeline once and codes whole batches; the parent reads the
inputs, keeps at most a few batches in flight (so memory stays flat however large the
corpus), and hands records and rejects on in input order, as the one-process run does. A
worker that dies (killed, out of memory) loses nothing: its batches are coded again one
article at a time, and an article that kills a worker again is rejected with that reason.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from eventdesk.ingest import Reject
from eventdesk.model import Article, CodedArticle
from eventdesk.run.local import RunSummary, batches, code_batch
from eventdesk.settings import Settings

log = logging.getLogger(__name__)

# Batches waiting or running per worker: enough to keep every worker busy, few enough that
# the parent holds little.
IN_FLIGHT_PER_WORKER = 2


def available_cores() -> int:
    """The cores this process may run on (the default of --workers)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


_worker_pipeline = None


def _start_worker(settings: Settings) -> None:
    global _worker_pipeline
    from eventdesk.pipeline import get_pipeline

    _worker_pipeline = get_pipeline(settings)


def _code_in_worker(articles: list[Article]) -> list[CodedArticle | Reject]:
    return code_batch(articles, _worker_pipeline)


class _Pool:
    """A process pool that is replaced when one of its workers dies."""

    def __init__(self, settings: Settings, workers: int):
        self.settings, self.workers = settings, workers
        # fork shares the parent's loaded modules; elsewhere each worker starts afresh.
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=self.context, initializer=_start_worker, initargs=(self.settings,))

    def submit(self, articles: list[Article]) -> tuple[Future, ProcessPoolExecutor]:
        return self.executor.submit(_code_in_worker, articles), self.executor

    def renew(self, broken: ProcessPoolExecutor) -> None:
        """Replace the pool `broken` came from, unless that was done already."""
        if broken is self.executor:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def run_parallel(
    items: Iterable[Article | Reject],
    settings: Settings,
    workers: int,
    on_record: Callable[[CodedArticle], None],
    on_reject: Callable[[Reject], None],
    on_progress: Callable[[int], None] | None = None,
) -> RunSummary:
    """run_batch's contract on `workers` processes: every Article of `items` is passed to
    on_record as a record or to on_reject with its reason, in input order."""
    summary = RunSummary()
    pool = _Pool(settings, workers)
    pending: deque[tuple[list, list[Article], tuple[Future, ProcessPoolExecutor]]] = deque()

    def finish(batch: list, articles: list[Article], submitted: tuple[Future, ProcessPoolExecutor]) -> None:
        future, executor = submitted
        try:
            results = future.result()
        except BrokenProcessPool:
            log.warning("a worker process died; coding its %d article(s) again one at a time", len(articles))
            pool.renew(executor)
            results = [_alone(pool, article) for article in articles]
        for item in batch:
            if isinstance(item, Reject):
                summary.rejected += 1
                on_reject(item)
        for result in results:
            if isinstance(result, Reject):
                summary.rejected += 1
                on_reject(result)
            else:
                summary.coded += 1
                summary.events += len(result.events)
                summary.statements += len(result.statements)
                on_record(result)
        if on_progress:
            on_progress(len(batch))

    try:
        for batch in batches(items, settings.batch_size):
            articles = [item for item in batch if isinstance(item, Article)]
            pending.append((batch, articles, pool.submit(articles)))
            while len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                finish(*pending.popleft())
        while pending:
            finish(*pending.popleft())
    finally:
        pool.close()
    return summary


def _alone(pool: _Pool, article: Article) -> CodedArticle | Reject:
    """One article in a worker of its own batch; a reject if it kills the worker again."""
    future, executor = pool.submit([article])
    try:
        return future.result()[0]
    except BrokenProcessPool:
        pool.renew(executor)
        return Reject(origin=article.origin or str(article.id), reason="the worker process coding it died (out of memory or killed)", id=article.id)
