"""`--engine ray`: the same pipeline on a (local) Ray instance gives the same records,
rejects and store as the local run. Skips when Ray (the optional extra) is not installed."""

from __future__ import annotations

import json
import sys

import pytest

from eventdesk.ingest import Reject
from eventdesk.model import Article
from eventdesk.run.local import run_batch

pytestmark = pytest.mark.slow

COUNTRIES = ["Kenya", "Uganda", "France", "Japan", "Chile", "Peru", "Egypt", "Iran"]


def _items(count: int) -> list:
    items = []
    for i in range(count):
        a, b = COUNTRIES[i % 8], COUNTRIES[(i + 3) % 8]
        items.append(Article(id=f"a{i}", published="2024-05-06",
                             text=f"{a} condemned {b} over the border raid on Monday, the foreign ministry said."))
        if i % 9 == 4:
            items.append(Reject(origin=f"feed.jsonl:{i}", reason="line is not valid JSON", id=None))
    return items


@pytest.fixture(scope="module")
def ray_instance():
    ray = pytest.importorskip("ray", reason="Ray is the optional extra eventdesk[ray]")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


def test_ray_codes_the_same_records_and_rejects_in_order(pipeline, ray_instance):
    from eventdesk.run import ray_engine

    items = _items(40)
    local, remote = ([], []), ([], [])
    run_batch(items, pipeline, local[0].append, local[1].append)
    progress = []
    summary = ray_engine.run_ray(items, pipeline.settings, 2, remote[0].append, remote[1].append, progress.append)
    assert [r.to_dict() for r in remote[0]] == [r.to_dict() for r in local[0]]
    assert remote[1] == local[1] and len(remote[1]) == 4
    assert summary.coded == 40 and summary.rejected == 4 and sum(progress) == 44
    assert summary.events == sum(len(r.events) for r in local[0]) > 0


def test_ray_engine_from_the_command_line_writes_the_same_store(ray_instance, tmp_path):
    from typer.testing import CliRunner

    from eventdesk.cli import app
    from eventdesk.store import open_store

    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": a.id, "text": a.text, "published": a.published}) + "\n"
                              for a in _items(20) if isinstance(a, Article)), encoding="utf-8")
    runner = CliRunner()
    for engine in ("local", "ray"):
        result = runner.invoke(app, ["code", str(source), "-q", "--store", str(tmp_path / engine), "--engine", engine, "--workers", "2"])
        assert result.exit_code == 0, result.output
    query = "SELECT article_id, event_id, cameo, source_code, target_code FROM article_events ORDER BY ALL"
    with open_store(tmp_path / "local") as local, open_store(tmp_path / "ray") as remote:
        assert remote.rows(query) == local.rows(query) and len(local.rows(query)) >= 20
    again = runner.invoke(app, ["code", str(source), "--store", str(tmp_path / "ray"), "--engine", "ray"])
    assert again.exit_code == 0 and "coded 0 article(s)" in " ".join(again.output.split()), "a stored article is skipped, as locally"


def test_ray_engine_without_ray_says_how_to_install_it(monkeypatch):
    from eventdesk.run import ray_engine

    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(ray_engine.RayMissing, match=r"pip install 'eventdesk\[ray\]'"):
        ray_engine.start_ray()
