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
