"""Corpus formats: gzip-compressed files, CSV/TSV tables with a text column, web archives
(WARC, the format of web crawls) and wildcard patterns — each record an article or a reject
with its reason, nothing lost when a file breaks off."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from eventdesk.ingest import Reject, read_inputs
from eventdesk.model import Article

REPO = Path(__file__).resolve().parents[1]
STORY = "Armenia and Azerbaijan agreed on Thursday to reopen a border crossing, officials said.\n"
PAGE = (REPO / "tests" / "data" / "ingest" / "news_page.html").read_bytes()


def read(*inputs, **options) -> list[Article | Reject]:
    return list(read_inputs([str(i) for i in inputs], **options))


def _jsonl(records) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")


def test_a_gzipped_jsonl_file_is_read_line_by_line(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(_jsonl([{"id": "a", "text": STORY}, {"text": "  "}, {"id": "c", "text": STORY, "published": "2024-05-01"}])))
    items = read(path)
    assert [(type(i).__name__, i.id) for i in items] == [("Article", "a"), ("Reject", "feed-2"), ("Article", "c")]
    assert items[1].origin == f"{path}:2" and items[2].published == "2024-05-01"


def test_gzipped_text_and_html_are_read_by_their_inner_extension(tmp_path):
    (tmp_path / "wire.txt.gz").write_bytes(gzip.compress(STORY.encode()))
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(PAGE))
    items = {i.id: i for i in read(tmp_path)}
    assert items["wire"].text == STORY
    assert isinstance(items["page"], Article) and len(items["page"].text) > 200 and "<" not in items["page"].text[:50]


def test_a_truncated_gzip_keeps_the_records_before_the_break(tmp_path):
    whole = gzip.compress(_jsonl([{"id": f"r{i}", "text": STORY * 40} for i in range(200)]))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    items = read(path)
    articles = [i for i in items if isinstance(i, Article)]
    assert 10 < len(articles) < 200 and [a.id for a in articles] == [f"r{i}" for i in range(len(articles))]
    assert isinstance(items[-1], Reject) and "breaks off" in items[-1].reason


def test_a_file_named_gz_that_is_not_gzip_is_a_reject(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(_jsonl([{"text": STORY}]))
    (reject,) = read(path)
    assert isinstance(reject, Reject) and "not a readable gzip file" in reject.reason


def test_a_csv_row_is_an_article_and_its_columns_its_fields(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        'id,title,published,url,text,extra\n'
        'n1,Border deal,2024-05-02,https://example.org/n1,"Armenia and Azerbaijan agreed, after talks, to reopen a crossing."\n'
        'n2,,,,"A quoted ""word"" and a line\nbreak inside the text.",x\n'
        'n3,Empty,,,,\n', encoding="utf-8")
    items = read(path)
    first, second, third = items
    assert (first.id, first.title, first.published, first.url) == ("n1", "Border deal", "2024-05-02", "https://example.org/n1")
    assert first.text.startswith("Armenia and Azerbaijan agreed, after talks")
    assert second.text == 'A quoted "word" and a line\nbreak inside the text.' and second.title is None
    assert isinstance(third, Reject) and third.origin == f"{path}:5" and '"text" is empty' in third.reason


def test_a_tsv_with_its_text_in_another_column(tmp_path):
    path = tmp_path / "corpus.tsv"
    path.write_text("doc\tbody\nd1\t" + STORY.strip() + "\n", encoding="utf-8")
    (reject,) = read(path)
    assert reject.reason.startswith("no 'text' column (columns: 'doc', 'body')") and "--text-column" in reject.reason
    (article,) = read(path, text_column="body")
    assert article.text == STORY.strip() and article.id == "corpus-1"


def test_a_gzipped_csv_in_windows_1252(tmp_path):
    path = tmp_path / "legacy.csv.gz"
    path.write_bytes(gzip.compress("text\n\u201cZ\u00fcrich talks\u201d ended without agreement.\n".encode("cp1252")))
    (article,) = read(path)
    assert article.text == "\u201cZ\u00fcrich talks\u201d ended without agreement."
    assert article.errors and "Windows-1252" in article.errors[0]


def _warc(path: Path, compress: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=compress)

        def response(url: str, content_type: str, body: bytes, status: str = "200 OK"):
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

        response("https://news.example/story", "text/html; charset=utf-8", PAGE)
        response("https://news.example/logo.png", "image/png", b"\x89PNG\r\n")
        response("https://news.example/gone", "text/html", b"<html>not found</html>", status="404 Not Found")
        writer.write_record(writer.create_warc_record("https://news.example/wire", "conversion",
                                                      payload=io.BytesIO(STORY.encode()), warc_content_type="text/plain"))


@pytest.mark.parametrize("name, compress", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_a_warc_gives_its_pages_and_text_documents_with_their_addresses(tmp_path, name, compress, caplog):
    path = tmp_path / name
    _warc(path, compress)
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Article"]
    page, wire = items
    # A page's own canonical address wins, as for .html input; else the archive's.
    (html_read,) = read(REPO / "tests" / "data" / "ingest" / "news_page.html")
    assert page.url == (html_read.url or "https://news.example/story") and page.text == html_read.text
    assert wire.url == "https://news.example/wire" and wire.text == STORY
    assert page.id != wire.id and page.origin.startswith(f"{path}:record ")
    assert "2 record(s) that are not HTML pages or text documents were skipped" in caplog.text


def test_a_file_that_is_not_a_warc_is_a_reject(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_text(STORY, encoding="utf-8")
    (reject,) = read(path)
    assert isinstance(reject, Reject) and "not a readable WARC file" in reject.reason


def test_a_quoted_pattern_reads_its_matches_in_order_and_says_when_none(tmp_path):
    for name in ("b.txt", "a.txt", "c.md"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    items = read(tmp_path / "*.txt", tmp_path / "none-*.jsonl")
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "b"]
    assert [(r.origin, r.reason) for r in items if isinstance(r, Reject)] == [(str(tmp_path / "none-*.jsonl"), "no file matches this pattern")]


def test_the_progress_total_counts_what_reading_gives(tmp_path):
    from eventdesk.ingest.count import count_items

    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_bytes(_jsonl([{"text": STORY}, {"nope": 1}, {"text": STORY}]) + b"\n\n")
    (tmp_path / "t.csv").write_text('text,id\n"multi\nline",1\nsecond,2\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("skipped", encoding="utf-8")
    inputs = [tmp_path, tmp_path / "missing.txt", tmp_path / "*.jsonl"]
    assert count_items(inputs) == len(read(*inputs)) == 1 + 3 + 2 + 1 + 3
    assert count_items(["-"]) is None


def test_the_progress_total_counts_compressed_files_and_web_archives(tmp_path):
    from eventdesk.ingest.count import count_items

    (tmp_path / "more.jsonl.gz").write_bytes(gzip.compress(_jsonl([{"text": STORY}, {"text": STORY}]) + b"\n"))
    (tmp_path / "t.tsv.gz").write_bytes(gzip.compress(f"id\ttext\n1\t{STORY}2\t{STORY}3\t\n".encode()))
    (tmp_path / "one.txt.gz").write_bytes(gzip.compress(STORY.encode()))
    (tmp_path / "fake.jsonl.gz").write_bytes(_jsonl([{"text": STORY}]))  # not gzip: one reject
    (tmp_path / "notes.md.gz").write_bytes(gzip.compress(b"skipped in a folder"))
    _warc(tmp_path / "crawl.warc", False)
    _warc(tmp_path / "crawl2.warc.gz", True)
    assert count_items([tmp_path]) == len(read(tmp_path)) == 2 + 3 + 1 + 1 + 2 + 2
    # A compressed file that breaks off: only reading tells where, so the total is unknown.
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(_jsonl([{"text": STORY}] * 50))[:-30])
    assert count_items([tmp_path]) is None


def test_a_warc_page_without_a_date_of_its_own_is_dated_the_day_it_was_archived(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    undated = (b"<html><head><title>Border talks</title></head><body><article><p>" + STORY.encode()
               + b"</p><p>The crossing had been closed for three years, the ministers said.</p></article></body></html>")
    dated = b"Border crossing to reopen\nPublished 2 March 2024\n" + STORY.encode()
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.example/undated", "response", payload=io.BytesIO(undated), http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-03-05T14:02:11Z"}))
        writer.write_record(writer.create_warc_record(
            "https://news.example/dated", "resource", payload=io.BytesIO(dated), warc_content_type="text/plain",
            warc_headers_dict={"WARC-Date": "2024-03-05T14:02:11Z"}))
    page, text = read(path, published="2020-01-01")
    # The archive day stands in for a page that gives none (before --published), and says so.
    assert page.published == "2024-03-05"
    assert any("archived" in note for note in page.errors)
    # A date line of the text is the article's own date and wins over the archive day.
    assert text.published == "2024-03-02"


def test_a_json_file_is_an_array_of_articles_or_one_article(tmp_path):
    array = [{"id": "a1", "text": STORY, "title": "Border"}, "just a string", {"text": STORY}, {"title": "no text"}]
    (tmp_path / "batch.json").write_text(json.dumps(array), encoding="utf-8")
    (tmp_path / "single.json").write_text(json.dumps({"text": STORY, "published": "2024-03-05"}), encoding="utf-8")
    (tmp_path / "lines.json").write_bytes(_jsonl([{"text": STORY}, {"text": STORY}]))
    (tmp_path / "broken.json").write_text('[{"text": "unfinished', encoding="utf-8")
    (tmp_path / "gz.json.gz").write_bytes(gzip.compress(json.dumps([{"text": STORY}]).encode()))
    items = {i.origin: i for i in read(tmp_path)}
    assert isinstance(items[f"{tmp_path}/batch.json:item 1"], Article) and items[f"{tmp_path}/batch.json:item 1"].id == "a1"
    assert "item 2 is a JSON string" in items[f"{tmp_path}/batch.json:item 2"].reason
    assert items[f"{tmp_path}/batch.json:item 3"].id == "batch-3"
    assert 'item 4 has no "text" field' in items[f"{tmp_path}/batch.json:item 4"].reason
    single = items[f"{tmp_path}/single.json"]
    assert single.id == "single" and single.text == STORY and single.published == "2024-03-05"
    assert [items[f"{tmp_path}/lines.json:{n}"].text for n in (1, 2)] == [STORY, STORY]
    assert items[f"{tmp_path}/broken.json"].reason.startswith("not valid JSON")
    assert items[f"{tmp_path}/gz.json.gz:item 1"].text == STORY
