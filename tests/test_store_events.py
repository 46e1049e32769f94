"""One event, many articles: reports of the same action (same source, target, CAMEO root,
days at most one apart) are one row of `events`, counted as GDELT counts; and the exports
read back the way GDELT, ICEWS and POLECAT users read them."""

from __future__ import annotations

import pytest

from eventdesk.model import Article
from eventdesk.run.local import run_batch
from eventdesk.store import StoreWriter, open_store
from eventdesk.store.export import export_columns, export_store

pytestmark = pytest.mark.slow

ARTICLES = [
    Article(id="a", outlet="Nairobi Daily", published="2024-03-05", url="https://nairobi.example/a",
            text="Kenya condemned Uganda over the border raid. Kenya also denounced Uganda for the raid."),
    Article(id="b", outlet="Kampala Post", published="2024-03-06", text="Kenya criticised Uganda over the border raid."),
    Article(id="c", outlet="Nairobi Daily", published="2024-03-06", text="Kenya criticised Uganda over the raid."),
    Article(id="d", outlet="Kampala Post", published="2024-03-12", text="Kenya condemned Uganda over a new border raid."),
    Article(id="e", outlet="Kampala Post", published="2024-03-05", text="Uganda condemned Kenya over the border raid."),
    Article(id="f", outlet="Tokyo Wire", published="2024-03-05", text="Japan condemned China over the incursion."),
]


@pytest.fixture(scope="module")
def store(pipeline, tmp_path_factory):
    root = tmp_path_factory.mktemp("events") / "store"
    with StoreWriter(root, batch_articles=2) as writer:  # several batches: merging spans them
        run_batch(writer.skip_stored(ARTICLES), pipeline, writer.add, pytest.fail)
    return root


def _kenya_uganda(store) -> list[dict]:
    return store.events.filter("source_code = 'KEN' AND target_code = 'UGA'").order("date").to_arrow_table().to_pylist()


def test_store_one_event_reported_by_several_articles_is_one_row(store):
    with open_store(store) as opened:
        merged, later = _kenya_uganda(opened)
        assert str(merged["date"]) == "2024-03-05" and str(later["date"]) == "2024-03-12"
        assert (merged["num_mentions"], merged["num_articles"], merged["num_sources"]) == (4, 3, 2)
        assert (later["num_mentions"], later["num_articles"], later["num_sources"]) == (1, 1, 1)
        assert merged["root"] == "11" and merged["first_article_id"] == "a"
        reverse = opened.scalar("SELECT count(*) FROM events WHERE source_code = 'UGA' AND target_code = 'KEN'")
        assert reverse == 1, "the other direction is another event"
        mentions = opened.rows(
            f"SELECT article_id, sentence, trigger_text, statement_id FROM event_mentions WHERE event_id = {merged['event_id']} ORDER BY article_id, sentence"
        )
    assert [(m[0], m[1]) for m in mentions] == [("a", 0), ("a", 1), ("b", 0), ("c", 0)]
    assert [m[2].split()[0] for m in mentions] == ["condemned", "denounced", "criticised", "criticised"]


def test_store_every_mention_belongs_to_one_event(store):
    with open_store(store) as opened:
        assert opened.scalar("SELECT sum(num_mentions) FROM events") == opened.scalar("SELECT count(*) FROM event_mentions")
        assert opened.scalar("SELECT count(*) FROM event_mentions m ANTI JOIN events e USING (event_id)") == 0


def test_store_export_gdelt_reads_with_the_published_header(store, tmp_path):
    import duckdb

    out = tmp_path / "events.CSV"
    assert export_store(store, "gdelt", out) == 4
    names = export_columns()["gdelt"]
    assert len(names) == 61
    con = duckdb.connect()
    rows = con.sql(
        f"SELECT * FROM read_csv('{out}', delim = '\t', header = false, names = {names!r}, all_varchar = true)"
    ).to_arrow_table().to_pylist()
    (kenya,) = [r for r in rows if r["Actor1Code"] == "KEN" and r["Actor2Code"] == "UGA" and r["SQLDATE"] == "20240305"]
    assert (kenya["EventCode"], kenya["EventBaseCode"], kenya["EventRootCode"], kenya["QuadClass"]) == ("111", "111", "11", "3")
    assert (kenya["NumMentions"], kenya["NumSources"], kenya["NumArticles"]) == ("4", "2", "3")
    assert (kenya["MonthYear"], kenya["Year"], kenya["FractionDate"]) == ("202403", "2024", "2024.2603")
    assert float(kenya["GoldsteinScale"]) == -2.0 and kenya["IsRootEvent"] == "1"
    assert kenya["Actor1CountryCode"] == "KEN" and kenya["Actor1Name"] == "KENYA"
    assert kenya["SOURCEURL"] == "https://nairobi.example/a" and len(kenya["DATEADDED"]) == 14
    assert kenya["AvgTone"] is None
    # placed by its actors' country only: GDELT's country type (1), FIPS code, centroid
    assert (kenya["ActionGeo_Type"], kenya["ActionGeo_CountryCode"], kenya["ActionGeo_FullName"]) == ("1", "KE", "Kenya")
    assert (kenya["Actor1Geo_CountryCode"], kenya["Actor2Geo_CountryCode"]) == ("KE", "UG")
    (japan,) = [r for r in rows if r["Actor2Code"] == "CHN"]
    assert japan["Actor1Code"] == "JAP" and japan["Actor1CountryCode"] == "JAP", "GDELT writes CAMEO country codes"


def test_store_export_gdelt_mentions_join_their_events(store, tmp_path):
    import duckdb

    events, mentions = tmp_path / "events.CSV", tmp_path / "mentions.CSV"
    export_store(store, "gdelt", events)
    assert export_store(store, "gdelt-mentions", mentions) == 7
    columns = export_columns()
    con = duckdb.connect()
    for name, path in (("events", events), ("mentions", mentions)):
        key = "gdelt" if name == "events" else "gdelt-mentions"
        con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_csv('{path}', delim = '\t', header = false, names = {columns[key]!r}, all_varchar = true)")
    joined = con.sql(
        "SELECT m.MentionIdentifier, m.SentenceID, m.MentionSourceName FROM mentions m JOIN events e USING (GLOBALEVENTID) "
        "WHERE e.Actor1Code = 'KEN' AND e.SQLDATE = '20240305' ORDER BY 1, 2"
    ).fetchall()
    assert joined == [("b", "1", "Kampala Post"), ("c", "1", "Nairobi Daily"), ("https://nairobi.example/a", "1", "Nairobi Daily"), ("https://nairobi.example/a", "2", "Nairobi Daily")]


def test_store_export_icews_and_polecat_read_with_pandas(store, tmp_path):
    import pandas as pd

    icews, polecat = tmp_path / "events.tab", tmp_path / "polecat.txt"
    export_store(store, "icews", icews)
    export_store(store, "polecat", polecat)
    frame = pd.read_csv(icews, sep="\t", dtype=str, keep_default_na=False)
    assert list(frame.columns) == export_columns()["icews"]
    row = frame[(frame["Source Country"] == "Kenya") & (frame["Event Date"] == "2024-03-05")].iloc[0]
    assert (row["Target Country"], row["CAMEO Code"], float(row["Intensity"]), row["Story ID"]) == ("Uganda", "111", -2.0, "a")
    assert row["Source Name"] == "Kenya" and row["Publisher"] == "Nairobi Daily" and row["Event Text"]
    frame = pd.read_csv(polecat, sep="\t", dtype=str, keep_default_na=False)
    assert list(frame.columns) == export_columns()["polecat"]
    row = frame[(frame["Actor Country"] == "KEN") & (frame["Event Date"] == "2024-03-05")].iloc[0]
    assert (row["Event Type"], row["Quad Code"], row["Recipient Country"], row["Publication Date"]) == ("ACCUSE", "Verbal Conflict", "UGA", "2024-03-05")


def test_store_export_columns_match_the_reference_lists(shared_dir):
    import csv

    for fmt, name in (("gdelt", "gdelt_events_columns"), ("gdelt-mentions", "gdelt_mentions_columns"), ("icews", "icews_columns"), ("polecat", "polecat_columns")):
        with (shared_dir / "reference" / f"{name}.tsv").open(encoding="utf-8") as handle:
            reference = [row["column"] for row in csv.DictReader(handle, delimiter="\t")]
        assert export_columns()[fmt] == reference, fmt


def test_store_says_where_each_event_date_came_from(store):
    """An event date is traceable: these articles name no day, so each event is dated by
    its article's publication date, and the store says so."""
    with open_store(store) as opened:
        rows = opened.rows("SELECT article_id, date, date_source FROM article_events ORDER BY article_id, event_id")
    assert rows, "the articles code events"
    published = {a.id: a.published for a in ARTICLES}
    assert all(source == "published" and date == published[article] for article, date, source in rows)


def test_store_keeps_a_date_read_from_the_text(pipeline, tmp_path):
    article = Article(id="w", published="2024-03-08", text="Kenya condemned Uganda on Tuesday over the border raid.")
    with StoreWriter(tmp_path / "store") as writer:
        run_batch([article], pipeline, writer.add, pytest.fail)
    with open_store(tmp_path / "store") as opened:
        assert opened.rows("SELECT date, date_text, date_source FROM article_events") == [("2024-03-05", "Tuesday", "expression")]


def test_store_export_leaves_negated_events_out_of_the_field_formats(pipeline, tmp_path):
    """GDELT, ICEWS and POLECAT have no column for negation: a row there says the event
    happened, so "did not condemn" stays out of them; csv keeps it, flagged."""
    import csv

    from typer.testing import CliRunner

    from eventdesk.cli import app

    root = tmp_path / "store"
    articles = [
        Article(id="n", outlet="Lima Wire", published="2024-05-02",
                text="Peru did not condemn Bolivia over the border closure. Chile condemned Bolivia over the closure."),
    ]
    with StoreWriter(root) as writer:
        run_batch(articles, pipeline, writer.add, pytest.fail)
    with open_store(root) as opened:
        flags = sorted((r[0], r[1]) for r in opened.rows("SELECT source_code, negated FROM events"))
    assert flags == [("CHL", False), ("PER", True)]
    gdelt = tmp_path / "events.CSV"
    assert export_store(root, "gdelt", gdelt) == 1
    assert [line.split("\t")[5] for line in gdelt.read_text().splitlines()] == ["CHL"]
    assert export_store(root, "gdelt-mentions", tmp_path / "mentions.CSV") == 1
    assert export_store(root, "icews", tmp_path / "events.tab") == 1
    plain = tmp_path / "events.csv"
    assert export_store(root, "csv", plain) == 2
    with open(plain, newline="") as handle:
        assert sorted((r["source_code"], r["negated"]) for r in csv.DictReader(handle)) == [("CHL", "false"), ("PER", "true")]
    result = CliRunner().invoke(app, ["export", "--store", str(root), "--format", "polecat", "-o", str(tmp_path / "p.txt")])
    assert result.exit_code == 0
    assert "left out 1 negated event(s)" in result.stderr
