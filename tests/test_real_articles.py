"""Every real article codes: the PolNeAR dev split and the train articles that once failed
(an AttributeError and a RecursionError) go through the batch runner without a reject, and
the rules that walk text or trees stay within a fixed depth however long the input.
benchmarks/code_gold.py does the same over both whole splits."""

from __future__ import annotations

import json

import pytest

from eventdesk.ingest import clean
from eventdesk.model import Article
from eventdesk.run.local import run_batch

pytestmark = pytest.mark.slow

ONCE_FAILED = {
    "polnear:nyt_2016-06-17_as-its-rivals-pair-up-will-twitt_4e07",
    "polnear:nyt_2016-03-03_a-carbon-tax-that-really-works-e_6b86",
}


def _articles(path, keep=lambda record: True):
    with path.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return [clean(Article(id=r["id"], text=r["text"])) for r in records if keep(r)]


def test_every_dev_article_and_the_once_failing_train_articles_code(pipeline, shared_dir):
    gold = shared_dir / "gold"
    articles = _articles(gold / "polnear_dev.jsonl") + _articles(gold / "polnear_train.jsonl", lambda r: r["id"] in ONCE_FAILED)
    assert len(articles) == 94 + len(ONCE_FAILED)
    records, rejects = [], []
    summary = run_batch(articles, pipeline, records.append, rejects.append)
    assert [(r.id, r.reason) for r in rejects] == []
    assert summary.coded == len(articles) and [r.id for r in records] == [a.id for a in articles]
    assert summary.events > 0 and summary.statements > 1000


def test_a_long_run_of_closing_marks_and_a_long_list_cost_no_recursion(code):
    closers = "The ministers met in Geneva." + ")" * 5000 + " Russia condemned Ukraine."
    record = code(closers)
    assert any(e.cameo.startswith("11") and e.source.code == "RUS" for e in record.events)
    names = ", ".join(["Kenya", "Uganda", "Rwanda", "Burundi"] * 400)
    record = code(f"Leaders of {names} and Tanzania met in Arusha on Monday.")
    assert record.events, "a list of 1,601 countries still codes"


def test_a_long_chain_of_agents_is_read_to_a_fixed_depth(code):
    """ "The boxes carried by the carts pulled by the crates ...": each agent is read inside
    the reading of the one before; the reading stops at a fixed number of open phrases
    instead of at Python's recursion limit (300 links once raised RecursionError)."""
    nouns = ["boxes", "carts", "crates", "wagons", "barrels", "sacks"]
    verbs = ["carried", "pulled", "moved", "pushed", "lifted", "dragged"]
    links = " ".join(f"{verbs[k % 6]} by the {nouns[(k + 1) % 6]}" for k in range(300))
    record = code(f"The boxes {links} attacked Russia on Monday. Russia condemned Ukraine over the strike.")
    assert record.errors == []
    assert any(e.cameo.startswith("11") and e.source.code == "RUS" for e in record.events)

