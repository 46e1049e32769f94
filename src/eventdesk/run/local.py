"""Local batch runner: articles in, records and rejects out, nothing lost.

Articles are coded in batches through the one Pipeline. When a batch fails, its articles
are coded one by one so that only the article that fails is rejected, with its reason; an
article that takes longer than Settings.timeout is rejected the same way (run/limits.py).
run/workers.py spreads the batches over several processes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from eventdesk.errors import LexiconError
from eventdesk.ingest import Reject
from eventdesk.model import Article, CodedArticle
from eventdesk.pipeline import Pipeline
from eventdesk.run.limits import ArticleTimeout, time_limit

log = logging.getLogger(__name__)


@dataclass(slots=True)
class RunSummary:
    coded: int = 0
    rejected: int = 0
    events: int = 0
    statements: int = 0

    @property
    def all_coded(self) -> bool:
        return self.rejected == 0


def batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def run_batch(
    items: Iterable[Article | Reject],
    pipeline: Pipeline,
    on_record: Callable[[CodedArticle], None],
    on_reject: Callable[[Reject], None],
    on_progress: Callable[[int], None] | None = None,
) -> RunSummary:
    """Code every Article of `items`; pass each record to on_record and each Reject to on_reject."""
    summary = RunSummary()

    def reject(item: Reject) -> None:
        summary.rejected += 1
        on_reject(item)

    def accept(record: CodedArticle) -> None:
        summary.coded += 1
        summary.events += len(record.events)
        summary.statements += len(record.statements)
        on_record(record)

    for batch in batches(items, pipeline.settings.batch_size):
        articles = []
        for item in batch:
            if isinstance(item, Reject):
                reject(item)
            else:
                articles.append(item)
        for record_or_reject in code_batch(articles, pipeline):
            if isinstance(record_or_reject, Reject):
                reject(record_or_reject)
            else:
                accept(record_or_reject)
        if on_progress:
            on_progress(len(batch))
    return summary


def too_long(article: Article, pipeline: Pipeline) -> Reject | None:
    """The reject of an article over the size limit one article may have."""
    if len(article.text) <= pipeline.nlp.max_length:
        return None
    return Reject(
        origin=article.origin or str(article.id),
        reason=f"text is {len(article.text):,} characters; the most one article may have is {pipeline.nlp.max_length:,}",
        id=article.id,
    )


def code_batch(articles: list[Article], pipeline: Pipeline) -> list[CodedArticle | Reject]:
    """A record or a reject for each article, in order: an article over the size limit is
    rejected; when the batch fails, its articles are coded one by one so that only the
    article that fails is rejected, with its reason. A malformed data file (LexiconError)
    is no article's fault and is raised."""
    rejects = {i: too_long(a, pipeline) for i, a in enumerate(articles)}
    if any(rejects.values()):
        fit = iter(code_batch([a for i, a in enumerate(articles) if not rejects[i]], pipeline))
        return [rejects[i] or next(fit) for i in range(len(articles))]
    limit = pipeline.settings.timeout
    try:
        # A batch may take as long as its articles together; past that, each gets its own limit.
        with time_limit(limit * len(articles) if limit else None):
            return list(pipeline.code_many(articles))
    except LexiconError:
        raise  # a malformed data file fails every article alike: the run stops and says which line
    except Exception:  # noqa: BLE001 - one bad article must not lose the batch; retried singly below
        log.debug("a batch of %d articles failed; coding them one by one", len(articles), exc_info=True)
    results: list[CodedArticle | Reject] = []
    for article in articles:
        try:
            with time_limit(limit):
                results.append(pipeline.code(article))
        except ArticleTimeout as exc:
            log.debug("%s: %s", article.origin or article.id, exc)
            results.append(Reject(origin=article.origin or str(article.id), reason=str(exc), id=article.id))
        except LexiconError:
            raise
        except Exception as exc:  # noqa: BLE001 - recorded as the article's reject reason
            log.debug("%s: coding failed", article.origin or article.id, exc_info=True)
            results.append(Reject(origin=article.origin or str(article.id), reason=f"coding failed: {type(exc).__name__}: {exc}", id=article.id))
    return results
