"""The batch runner: an article whose coding fails is a reject with the reason, and the
others of its batch are still coded (nothing is lost, nothing is swallowed)."""

from __future__ import annotations

import pytest

from eventdesk.actors.layer import DocActors
from eventdesk.ingest import Reject
from eventdesk.model import Article
from eventdesk.run.local import run_batch

pytestmark = pytest.mark.slow


def test_run_a_failing_article_is_rejected_with_its_reason(pipeline, monkeypatch):
    original = DocActors.resolve

    def resolve(self, token, published=None):
        if "Ruritania" in token.doc.text:
            raise RuntimeError("resolver bug on purpose")
        return original(self, token, published)

    monkeypatch.setattr(DocActors, "resolve", resolve)
    articles = [
        Article(text="Kenya condemned the attack on Monday.", id="good-1"),
        Article(text="Ruritania condemned the attack on Monday.", id="bad"),
        Article(text="France welcomed the agreement on Tuesday.", id="good-2"),
    ]
    records, rejects = [], []
    summary = run_batch(articles, pipeline, records.append, rejects.append)
    assert [r.id for r in records] == ["good-1", "good-2"]
    assert records[0].events, "the good articles are still coded"
    assert len(rejects) == 1 and isinstance(rejects[0], Reject)
    assert rejects[0].id == "bad"
    assert "RuntimeError: resolver bug on purpose" in rejects[0].reason
    assert summary.coded == 2 and summary.rejected == 1


LONG = "Kenya met Uganda in Nairobi on Monday and the two sides agreed to reopen the border. " * 400


def test_an_article_past_the_time_limit_is_rejected_and_the_run_goes_on():
    from eventdesk.pipeline import get_pipeline
    from eventdesk.settings import Settings

    pipeline = get_pipeline(Settings(timeout=0.2))
    articles = [
        Article(text="Kenya condemned Uganda over the raid.", id="short-1"),
        Article(text=LONG, id="long"),
        Article(text="France welcomed the agreement on Tuesday.", id="short-2"),
    ]
    records, rejects = [], []
    summary = run_batch(articles, pipeline, records.append, rejects.append)
    assert [r.id for r in records] == ["short-1", "short-2"] and records[0].events
    assert [(r.id, r.reason) for r in rejects] == [("long", "coding took longer than 0.2 s (the --timeout limit); left out")]
    assert summary.coded == 2 and summary.rejected == 1


def _corpus(count: int) -> list:
    countries = ["Kenya", "Uganda", "France", "Japan", "Chile", "Peru", "Egypt", "Iran"]
    items = []
    for i in range(count):
        a, b = countries[i % 8], countries[(i + 3) % 8]
        items.append(Article(text=f"{a} condemned {b} over the border raid on Monday. {b} rejected the charge.", id=f"a{i}"))
        if i % 7 == 3:
            items.append(Reject(origin=f"input.jsonl:{i}", reason="not JSON", id=f"r{i}"))
    return items


def test_several_workers_code_the_same_records_in_the_same_order(pipeline):
    from eventdesk.run.workers import run_parallel

    items = _corpus(70)
    one, two = ([], []), ([], [])
    run_batch(items, pipeline, one[0].append, one[1].append)
    summary = run_parallel(items, pipeline.settings, 2, two[0].append, two[1].append)
    assert [r.to_dict() for r in two[0]] == [r.to_dict() for r in one[0]]
    assert [r.id for r in two[1]] == [r.id for r in one[1]] and len(two[1]) == 10
    assert summary.coded == 70 and summary.rejected == 10 and summary.events == sum(len(r.events) for r in one[0]) > 0


def test_a_worker_that_dies_loses_no_article(pipeline, caplog):
    """A worker killed mid-run (out of memory, say): the batches it held are coded again
    and every article still ends up coded."""
    import multiprocessing
    import os
    import signal

    from eventdesk.run.workers import run_parallel

    records, rejects, killed = [], [], []

    def on_record(record):
        records.append(record)
        if not killed:
            victim = next(p for p in multiprocessing.active_children() if p.name.startswith(("ForkServerProcess", "SpawnProcess")))
            os.kill(victim.pid, signal.SIGKILL)
            killed.append(victim.pid)

    items = [item for item in _corpus(120) if isinstance(item, Article)]
    summary = run_parallel(items, pipeline.settings, 2, on_record, rejects.append)
    assert killed and rejects == []
    assert "a worker process died" in caplog.text
    assert [r.id for r in records] == [a.id for a in items] and summary.coded == 120


def test_a_malformed_lexicon_stops_the_run_naming_its_line(pipeline, monkeypatch):
    # A broken data file is no article's fault: rejecting every article with the same reason
    # would look like a run that worked and coded nothing. The run stops with file and line.
    from eventdesk.errors import LexiconError
    from eventdesk.statements import lexicon

    monkeypatch.setattr(lexicon, "NOUN_FRAMES", frozenset({"that"}))
    lexicon.noun_cues.cache_clear()
    try:
        records, rejects = [], []
        with pytest.raises(LexiconError, match=r"noun_cues\.tsv:\d+"):
            run_batch([Article(text="Kenya's claim that Uganda had shelled the border was denied.", id="a")],
                      pipeline, records.append, rejects.append)
        assert not rejects, "no article is blamed for the data file"
    finally:
        monkeypatch.undo()
        lexicon.noun_cues.cache_clear()
