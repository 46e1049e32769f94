"""Coding on a Ray cluster (`eventdesk code ... --engine ray`).

The same pipeline as the local run, on Ray Data: the input is read here by eventdesk's own
readers (so the same files give the same articles and the same rejects), sent to the
cluster in chunks, and coded by `map_batches` with `ArticleCoder`, a class each Ray worker
builds once and which loads the pipeline once. Records come back in input order and are
written here — to the output file and the store — exactly as the local run writes them, so
a run interrupted on a cluster resumes the same way (`--store`: what is stored is skipped).

Ray is an optional extra: `pip install 'eventdesk[ray]'`. `ray.init` joins the cluster that
RAY_ADDRESS (or --ray-address) names, else starts a local Ray instance. docs/scale.md says
how to point it at a cluster.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from itertools import islice

from eventdesk.errors import EventdeskError
from eventdesk.ingest import Reject
from eventdesk.model import Article, CodedArticle
from eventdesk.run.local import RunSummary
from eventdesk.settings import Settings

log = logging.getLogger(__name__)

# Articles per Ray dataset: the input streams through in chunks of this many batches per
# worker, so the driver never holds a whole corpus. Each chunk starts the coders afresh
# (a pipeline load per worker), which costs a few seconds against minutes of coding.
CHUNK_BATCHES_PER_WORKER = 64


class RayMissing(EventdeskError):
    """--engine ray without Ray installed."""


class ArticleCoder:
    """The Ray Data map_batches class: built once per Ray worker, it loads the pipeline
    once and codes a batch of articles (JSON strings) into records or rejects (JSON)."""

    def __init__(self, settings: Settings):
        from eventdesk.pipeline import get_pipeline

        self.pipeline = get_pipeline(settings)

    def __call__(self, batch: dict) -> dict:
        from eventdesk.run.local import code_batch

        articles = [_article(json.loads(text)) for text in batch["article"]]
        results = code_batch(articles, self.pipeline)
        return {"result": [json.dumps({"reject": r.to_dict()} if isinstance(r, Reject) else {"record": r.to_dict()})
                           for r in results]}


def _article(data: dict) -> Article:
    data["boilerplate"] = [tuple(item) for item in data.get("boilerplate") or []]
    return Article(**data)


def start_ray(address: str | None = None, workers: int | None = None):
    """Join the cluster at `address` (or RAY_ADDRESS), else start a local Ray instance."""
    try:
        import ray
    except ImportError:
        raise RayMissing("--engine ray needs Ray, an optional extra: pip install 'eventdesk[ray]'") from None
    # eventdesk reports progress and problems itself; Ray's notes on its own workings (the
    # C++ core's too) stay out of the terminal unless RAY_BACKEND_LOG_LEVEL asks for them.
    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")
    if not ray.is_initialized():
        options = {"address": address} if address else {"num_cpus": workers}
        ray.init(include_dashboard=False, log_to_driver=False, configure_logging=False, **options)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    _quiet_ray_logs()
    return ray


def _quiet_ray_logs() -> None:
    import ray.data  # noqa: F401  (configures Ray Data's loggers, which are then turned down)

    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR)


def run_ray(
    items: Iterable[Article | Reject],
    settings: Settings,
    workers: int,
    on_record: Callable[[CodedArticle], None],
    on_reject: Callable[[Reject], None],
    on_progress: Callable[[int], None] | None = None,
    address: str | None = None,
) -> RunSummary:
    """run_batch's contract on Ray: every Article of `items` reaches on_record as a record
    or on_reject with its reason, in input order; `workers` coders run at once."""
    ray = start_ray(address, workers)
    summary = RunSummary()
    iterator = iter(items)
    chunk_size = max(1, workers) * settings.batch_size * CHUNK_BATCHES_PER_WORKER
    while chunk := list(islice(iterator, chunk_size)):
        results = _code_chunk(ray, [i for i in chunk if isinstance(i, Article)], settings, workers)
        for item in chunk:
            result = item if isinstance(item, Reject) else next(results)
            if isinstance(result, Reject):
                summary.rejected += 1
                on_reject(result)
            else:
                summary.coded += 1
                summary.events += len(result.events)
                summary.statements += len(result.statements)
                on_record(result)
            if on_progress:
                on_progress(1)
    return summary


def _code_chunk(ray, articles: list[Article], settings: Settings, workers: int) -> Iterator[CodedArticle | Reject]:
    if not articles:
        return iter(())
    dataset = ray.data.from_items([{"article": json.dumps(asdict(a))} for a in articles])
    coded = dataset.map_batches(
        _coder_for(settings),
        batch_size=settings.batch_size,
        concurrency=max(1, workers),
        num_cpus=1,
    )
    return (_result(row["result"]) for row in coded.iter_rows())


def _coder_for(settings: Settings) -> type:
    """ArticleCoder with `settings` built in (sent with the class, not as constructor
    arguments held in Ray's object store)."""

    class SettingsCoder(ArticleCoder):
        def __init__(self):
            super().__init__(settings)

    return SettingsCoder


def _result(text: str) -> CodedArticle | Reject:
    data = json.loads(text)
    if "reject" in data:
        return Reject(**data["reject"])
    return CodedArticle.from_dict(data["record"])
