"""The store: coded articles written as Parquet batches and read through DuckDB views.
A rerun adds nothing, a recode supersedes, a killed run resumes with every article once,
a second writer is refused, and a query can only read."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventdesk.cli import app
from eventdesk.ingest import read_inputs
from eventdesk.run.local import run_batch
from eventdesk.store import StoreLocked, StoreWriter, open_store
from eventdesk.store.layout import batches_dir

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"


def _store_examples(pipeline, root: Path, inputs=(EXAMPLES,), recode=False, batch_articles=4) -> StoreWriter:
    with StoreWriter(root, recode=recode, batch_articles=batch_articles) as writer:
        run_batch(writer.skip_stored(read_inputs([str(i) for i in inputs])), pipeline, writer.add, pytest.fail)
    return writer


def _count(root: Path, view: str) -> int:
    with open_store(root) as store:
        return store.scalar(f"SELECT count(*) FROM {view}")


def _raw_article_rows(root: Path) -> list[str]:
    import pyarrow.parquet as pq

    return [i for path in sorted(batches_dir(root).glob("*/articles.parquet")) for i in pq.read_table(path).column("article_id").to_pylist()]


@pytest.fixture(scope="module")
def stored(pipeline, tmp_path_factory):
    root = tmp_path_factory.mktemp("store") / "store"
    writer = _store_examples(pipeline, root)
    return root, writer


def test_store_holds_every_example_article_and_event(stored):
    root, writer = stored
    assert writer.stored == _count(root, "articles") == 12
    with open_store(root) as store:
        n_events = store.scalar("SELECT sum(n_events) FROM articles")
        assert _count(root, "article_events") == n_events == _count(root, "event_mentions")
        assert _count(root, "statements") == store.scalar("SELECT sum(n_statements) FROM articles")
        assert _count(root, "actors") == store.scalar("SELECT sum(n_actors) FROM articles")


def test_store_rows_are_the_records_values(stored, pipeline):
    root, _ = stored
    (article,) = [a for a in read_inputs([str(EXAMPLES / "wire.jsonl")]) if a.id == "wire-2024-04-12-iaea-iran"]
    record = pipeline.code(article)
    with open_store(root) as store:
        rows = store.rows(
            "SELECT event_id, cameo, source_code, target_code, trigger_text, trigger_start, statement_id "
            "FROM article_events JOIN event_mentions_raw USING (article_id, batch, event_id) "
            "WHERE article_id = 'wire-2024-04-12-iaea-iran' ORDER BY trigger_start"
        )
        (title, outlet, url) = store.rows("SELECT title, outlet, url FROM articles WHERE article_id = 'wire-2024-04-12-iaea-iran'")[0]
    expected = sorted(
        ((e.id, e.cameo, (e.source.code or None) if e.source else None, (e.target.code or None) if e.target else None, e.trigger.text, e.trigger.start, e.statement) for e in record.events),
        key=lambda row: row[5],
    )
    assert rows == expected and rows
    assert (title, outlet, url) == (record.title, record.outlet, record.url)


def test_store_keeps_an_actor_without_code_as_null(stored):
    """A speaker the text gives no country or sector ("analysts say") has code "" in the record;
    the store holds null, so a GROUP BY or a search by code does not treat "" as a code."""
    root, _ = stored
    with open_store(root) as store:
        assert store.scalar("SELECT count(*) FROM statements WHERE speaker_code = ''") == 0
        assert store.scalar("SELECT count(*) FROM statements WHERE speaker_code IS NULL AND speaker_text IS NOT NULL") > 0


def test_store_rerun_adds_nothing(stored, pipeline):
    root, _ = stored
    before = sorted(p.name for p in batches_dir(root).iterdir())
    again = _store_examples(pipeline, root)
    assert again.skipped == 12 and again.stored == 0
    assert sorted(p.name for p in batches_dir(root).iterdir()) == before


def test_store_recode_supersedes_without_doubling(pipeline, tmp_path):
    root = tmp_path / "store"
    _store_examples(pipeline, root, inputs=[EXAMPLES / "wire.jsonl"])
    events = _count(root, "article_events")
    recoded = _store_examples(pipeline, root, inputs=[EXAMPLES / "wire.jsonl"], recode=True)
    assert recoded.stored == 3 and len(_raw_article_rows(root)) == 6
    assert _count(root, "articles") == 3 and _count(root, "article_events") == events
    with open_store(root) as store:
        latest = store.scalar("SELECT max(batch) FROM read_parquet('" + str(batches_dir(root)) + "/*/articles.parquet')")
        assert store.rows("SELECT DISTINCT batch FROM article_events") == [(latest,)]


def test_store_unfinished_batch_is_invisible_and_cleaned(pipeline, tmp_path):
    root = tmp_path / "store"
    _store_examples(pipeline, root, inputs=[EXAMPLES / "wire.jsonl"])
    half = root / ".tmp-99999999999999999999-1"
    half.mkdir()
    (half / "articles.parquet").write_bytes(b"PAR1 half a file")
    assert _count(root, "articles") == 3
    _store_examples(pipeline, root, inputs=[EXAMPLES / "wire.jsonl"])
    assert not half.exists()


def test_store_open_store_gives_relations_and_dataframes(stored):
    root, _ = stored
    with open_store(root) as store:
        frame = store.events.df()
        assert len(frame) == store.scalar("SELECT count(*) FROM events") > 0
        assert {"event_id", "source_code", "target_code", "num_mentions", "num_sources", "num_articles"} <= set(frame.columns)
        assert set(store.articles.df()["article_id"]) >= {"japan_korea_summit", "wire-2024-04-12-iaea-iran"}


def test_store_open_store_refuses_a_folder_that_is_no_store(tmp_path):
    from eventdesk.store import StoreError

    with pytest.raises(StoreError, match="not an eventdesk store"):
        open_store(tmp_path)
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="other files"):
        StoreWriter(tmp_path).open()
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"], "nothing written into a folder that is no store"


def test_store_open_store_from_the_package(stored):
    import eventdesk

    root, _ = stored
    with eventdesk.open_store(root) as store:
        assert len(store.articles.df()) == 12


# -- the command line ---------------------------------------------------------


@pytest.fixture(scope="module")
def runner(pipeline):
    return CliRunner()


def test_store_cli_code_writes_store_and_jsonl(runner, tmp_path):
    root, out = tmp_path / "store", tmp_path / "out.jsonl"
    result = runner.invoke(app, ["code", str(EXAMPLES / "wire.jsonl"), "--store", str(root), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3 == _count(root, "articles")
    again = runner.invoke(app, ["code", str(EXAMPLES / "wire.jsonl"), "--store", str(root)])
    assert again.exit_code == 0 and "skipped 3" in again.output
    assert len(_raw_article_rows(root)) == 3


def test_store_cli_query_refuses_writes(runner, stored, tmp_path):
    root, _ = stored
    target = tmp_path / "copied.csv"
    inside = batches_dir(root) / "copied.csv"
    for sql in (
        f"COPY articles TO '{target}'",
        f"COPY (SELECT * FROM events) TO '{inside}' (FORMAT csv)",
        "CREATE TABLE t AS SELECT 1",
        "INSERT INTO articles SELECT * FROM articles",
        f"ATTACH '{tmp_path / 'x.db'}'",
        "SELECT 1; COPY articles TO 'x.csv'",
        "SET enable_external_access = true",
    ):
        result = runner.invoke(app, ["query", "--store", str(root), sql])
        assert result.exit_code != 0, sql
    assert not target.exists() and not inside.exists() and not (tmp_path / "x.db").exists()
    outside = runner.invoke(app, ["query", "--store", str(root), "SELECT * FROM read_csv('/etc/hostname')"])
    assert outside.exit_code != 0


def test_store_cli_query_formats(runner, stored, tmp_path):
    root, _ = stored
    sql = "SELECT article_id, n_events FROM articles ORDER BY article_id"
    as_json = runner.invoke(app, ["query", "--store", str(root), "--format", "json", sql])
    rows = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert len(rows) == 12 and rows[0]["article_id"] == "brazil_argentina_tariffs"
    as_csv = runner.invoke(app, ["query", "--store", str(root), "--format", "csv", sql])
    assert as_csv.stdout.splitlines()[0] == "article_id,n_events" and len(as_csv.stdout.splitlines()) == 13
    parquet = tmp_path / "q.parquet"
    done = runner.invoke(app, ["query", "--store", str(root), "--format", "parquet", "-o", str(parquet), sql])
    assert done.exit_code == 0
    import pyarrow.parquet as pq

    assert pq.read_table(parquet).num_rows == 12


def test_store_cli_query_shows_text_without_markup(runner, stored):
    root, _ = stored
    result = runner.invoke(app, ["query", "--store", str(root), "SELECT '[bold]x[/bold] \x1b[31m' AS s"])
    assert result.exit_code == 0
    assert "[bold]x[/bold]" in result.stdout and "\x1b[31m" not in result.stdout


# -- processes: a kill mid-run, two writers -----------------------------------


def _feed(path: Path, copies: int) -> int:
    """A JSONL feed: the wire examples repeated with new ids."""
    lines = (EXAMPLES / "wire.jsonl").read_text(encoding="utf-8").splitlines()
    with path.open("w", encoding="utf-8") as handle:
        for n in range(copies):
            for line in lines:
                record = json.loads(line)
                record["id"] = f"{record['id']}-{n}"
                handle.write(json.dumps(record) + "\n")
    return copies * len(lines)


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "eventdesk.cli", *args]


def test_store_killed_run_resumes_with_every_article_once(tmp_path):
    feed, root = tmp_path / "feed.jsonl", tmp_path / "store"
    total = _feed(feed, 14)
    process = subprocess.Popen(_cli("code", str(feed), "--store", str(root), "--store-batch", "3", "-q"), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120  # model loading is slow on a loaded machine
    while time.monotonic() < deadline and process.poll() is None:
        if batches_dir(root).is_dir() and len(list(batches_dir(root).iterdir())) >= 3:  # the empty batch and two more
            break
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL, "the run ended before it could be killed mid-way"
    first = len(_raw_article_rows(root))
    assert 0 < first < total
    done = subprocess.run(_cli("code", str(feed), "--store", str(root), "--store-batch", "3"), capture_output=True, text=True, timeout=300)  # a hang guard; model loading alone can take a minute on a loaded machine
    assert done.returncode == 0, done.stderr
    assert f"skipped {first}" in done.stderr
    ids = _raw_article_rows(root)
    assert len(ids) == len(set(ids)) == total


_HOLD = """
import sys
from eventdesk.store import StoreWriter
with StoreWriter(sys.argv[1]):
    print("holding", flush=True)
    sys.stdin.read()
"""


def test_store_second_writer_is_refused_and_stale_lock_taken_over(tmp_path):
    root = tmp_path / "store"
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(root)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        refused = subprocess.run(_cli("code", str(EXAMPLES / "wire.jsonl"), "--store", str(root)), capture_output=True, text=True, timeout=300)
        assert refused.returncode == 1
        assert f"pid {holder.pid}" in refused.stderr and "another eventdesk process" in refused.stderr
        with pytest.raises(StoreLocked):
            StoreWriter(root).open()
    finally:
        holder.communicate("", timeout=10)
    assert _raw_article_rows(root) == []
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True).stdout.strip()
    (root / "lock").write_text(dead + "\n")
    with StoreWriter(root) as writer:
        assert (root / "lock").read_text().strip() == str(os.getpid())
    assert writer.stored == 0


def test_store_every_view_column_is_documented(stored):
    from eventdesk.store.views import VIEW_NAMES

    text = (REPO / "docs" / "store.md").read_text(encoding="utf-8")
    root, _ = stored
    missing = []
    with open_store(root) as store:
        for view in VIEW_NAMES:
            section = text.split(f"### `{view}`", 1)[1].split("\n### ", 1)[0] if f"### `{view}`" in text else ""
            for column in store.sql(f"SELECT * FROM {view} LIMIT 0").columns:
                prefix = column.split("_")[0] + "_…"
                if f"`{column}`" not in section and f"`{prefix}`" not in section and f"`{column.rsplit('_', 1)[0]}_…`" not in section:
                    missing.append(f"{view}.{column}")
    assert not missing, f"undocumented in docs/store.md: {missing}"


def test_store_two_runs_at_once_one_is_refused_nothing_doubled(tmp_path):
    feed, root = tmp_path / "feed.jsonl", tmp_path / "store"
    total = _feed(feed, 4)
    runs = [subprocess.Popen(_cli("code", str(feed), "--store", str(root), "-q"), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(run.wait(timeout=300), run.stderr.read()) for run in runs]
    for run in runs:
        run.stderr.close()
    # Both start together; the lock is taken before the model loads and held to the end.
    assert sorted(code for code, _ in results) == [0, 1], results
    (message,) = [err for code, err in results if code == 1]
    assert "another eventdesk process" in message
    ids = _raw_article_rows(root)
    assert len(ids) == len(set(ids)) == total


def test_store_cli_export_writes_each_format(runner, stored, tmp_path):
    root, _ = stored
    for fmt, header in (("gdelt", None), ("icews", "Event ID"), ("polecat", "Event ID"), ("csv", "event_id")):
        out = tmp_path / f"export.{fmt}"
        result = runner.invoke(app, ["export", "--store", str(root), "--format", fmt, "-o", str(out)])
        assert result.exit_code == 0, result.output
        lines = out.read_text(encoding="utf-8").splitlines()
        # the field formats leave negated events out (no column for negation); csv keeps them
        where = "" if fmt == "csv" else " WHERE NOT negated"
        with open_store(root) as store:
            assert len(lines) == store.scalar(f"SELECT count(*) FROM events{where}") + (1 if header else 0)
        if header:
            assert header in lines[0]
        else:
            assert len(lines[0].split("\t")) == 61
    not_a_store = runner.invoke(app, ["export", "--store", str(tmp_path), "--format", "gdelt", "-o", str(tmp_path / "x")])
    assert not_a_store.exit_code != 0
