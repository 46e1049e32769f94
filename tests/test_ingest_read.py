"""Reading inputs: every file ends up an Article or a Reject with a reason, and nothing stops a run."""

from __future__ import annotations

import io
import json
import logging
import os
from pathlib import Path

import pytest

from eventdesk.errors import InputError
from eventdesk.ingest import Reject, read_inputs
from eventdesk.model import Article

DATA = Path(__file__).parent / "data" / "ingest"
STORY = "Armenia and Azerbaijan agreed on Thursday to reopen a border crossing, officials said.\n"


def read(*inputs, **options) -> list[Article | Reject]:
    return list(read_inputs(list(inputs), **options))


def only(items: list) -> Article | Reject:
    assert len(items) == 1, items
    return items[0]


# --- plain text ---------------------------------------------------------------------------


def test_read_text_file_keeps_the_text_exactly(tmp_path):
    text = "Kyiv hosts talks\n\n  Ukraine and Poland agreed on a grain transit plan.  \n\n\n"
    path = tmp_path / "kyiv-talks.txt"
    path.write_bytes(text.encode("utf-8"))
    article = only(read(path))
    assert isinstance(article, Article)
    assert article.text == text and article.id == "kyiv-talks" and article.origin == str(path)
    assert article.title == "Kyiv hosts talks"


def test_read_crlf_text_is_kept_and_offsets_index_it(tmp_path):
    text = "Kyiv hosts talks\r\n\r\n3 min read\r\nUkraine and Poland agreed on a grain transit plan.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    article = only(read(path))
    assert article.text == text
    assert [article.text[s:e] for s, e, _ in article.boilerplate] == ["Kyiv hosts talks", "3 min read"]


def test_read_utf8_bom_is_stripped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + STORY.encode("utf-8"))
    article = only(read(path))
    assert article.text == STORY and article.errors == []


def test_read_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "notepad.txt"
    path.write_bytes(STORY.encode("utf-16"))
    assert only(read(path)).text == STORY


def test_read_latin1_file_is_read_as_windows_1252_with_a_warning(caplog):
    path = DATA / "latin1_wire.txt"
    with caplog.at_level(logging.WARNING):
        article = only(read(path))
    assert isinstance(article, Article)
    assert article.errors == ["not UTF-8 (first bad byte at 1); read as Windows-1252"]
    assert "Zürich" in article.text and "Swiss foreign ministry" in article.text
    assert any(str(path) in record.getMessage() and "Windows-1252" in record.getMessage() for record in caplog.records)


def test_read_windows_1252_keeps_curly_quotes_and_dashes():
    text = "\u201cWe will not yield,\u201d the minister said \u2014 caf\u00e9 owners agreed."
    article = only(read("-", stdin=io.BytesIO(text.encode("cp1252"))))
    assert article.text.strip() == text


def test_read_bytes_neither_utf8_nor_windows_1252_are_replaced_and_said(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(b"Z\xfcrich \x81talks on Iran end without agreement.\n")
    article = only(read(path))
    assert article.errors == ["invalid UTF-8 at byte 1; replaced"]
    assert article.text.startswith("Z\ufffdrich")


def test_read_jsonl_file_warns_once_however_many_lines_are_not_utf8(tmp_path, caplog):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"".join(b'{"id": "%d", "text": "Z\xfcrich hosts talks on Iran."}\n' % i for i in range(5)))
    with caplog.at_level(logging.WARNING):
        articles = read(path)
    assert [a.text for a in articles] == ["Zürich hosts talks on Iran."] * 5
    assert len([r for r in caplog.records if "Windows-1252" in r.getMessage()]) == 1


@pytest.mark.parametrize(
    "name, what",
    [("photo_renamed.txt", "a PNG image"), ("report_renamed.txt", "a PDF document")],
)
def test_read_binary_file_renamed_txt_is_rejected(name, what):
    reject = only(read(DATA / name))
    assert isinstance(reject, Reject)
    assert reject.reason == f"looks binary ({what}), not text"
    assert reject.origin == str(DATA / name)


def test_read_file_with_nul_bytes_is_rejected(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_bytes(b"Ankara\x00\x00\x01talks" * 10)
    assert "looks binary" in only(read(path)).reason


def test_read_file_full_of_control_characters_is_rejected(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(1, 32)) * 20 + STORY.encode())
    reject = only(read(path))
    assert isinstance(reject, Reject) and "control characters" in reject.reason


@pytest.mark.parametrize("content, reason", [(b"", "the file is empty"), (b" \n\t\r\n  ", "the file holds only whitespace")])
def test_read_empty_file_is_rejected(tmp_path, content, reason):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert only(read(path)) == Reject(str(path), reason, id="empty")


def test_read_missing_file_is_rejected_and_the_run_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    items = read(missing, good)
    assert items[0] == Reject(str(missing), "no such file or directory")
    assert isinstance(items[1], Article) and items[1].id == "good"


def test_read_unreadable_file_is_rejected(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(STORY, encoding="utf-8")
    original = Path.read_bytes

    def denied(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    reject = only(read(path))
    assert isinstance(reject, Reject) and reject.reason == "permission denied: cannot read it"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_read_file_without_read_permission_is_rejected(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(STORY, encoding="utf-8")
    path.chmod(0)
    try:
        assert only(read(path)).reason == "permission denied: cannot read it"
    finally:
        path.chmod(0o644)


def test_read_file_too_big_for_one_article_is_rejected(tmp_path, monkeypatch):
    monkeypatch.setattr("eventdesk.ingest.readers.MAX_ARTICLE_BYTES", 100)
    path = tmp_path / "dump.txt"
    path.write_text(STORY * 5, encoding="utf-8")
    assert "one article is never over" in only(read(path)).reason


def test_read_unknown_extension_named_explicitly_is_read_as_text(tmp_path):
    path = tmp_path / "wire.md"
    path.write_text(STORY, encoding="utf-8")
    article = only(read(path))
    assert isinstance(article, Article) and article.text == STORY and article.id == "wire"


# --- directories --------------------------------------------------------------------------


def test_read_directory_reads_known_files_in_sorted_order_and_skips_the_rest(tmp_path, caplog):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "c.TEXT").write_text(STORY, encoding="utf-8")
    (tmp_path / "notes.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "picture.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / ".hidden.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "inside.txt").write_text(STORY, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        items = read(tmp_path)
    assert [item.id for item in items] == ["a", "two", "c"]
    warning = " ".join(record.getMessage() for record in caplog.records)
    assert "skipped 2 file(s)" in warning and ".md" in warning and ".jpg" in warning


def test_read_same_stem_in_two_folders_gets_distinct_ids(tmp_path):
    for folder in ("north", "south"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(STORY, encoding="utf-8")
    assert [item.id for item in read(tmp_path)] == ["report", "south/report.txt"]


def test_read_sample_directory_yields_every_article_and_every_reject():
    items = read(DATA)
    articles = [i for i in items if isinstance(i, Article)]
    rejects = [i for i in items if isinstance(i, Reject)]
    assert {a.id for a in articles} == {
        "broken_page", "latin1_wire", "messy_page", "news_page", "scrape_every_boilerplate",
        "armenia-ceasefire", "mixed-2", "1047",
    }  # fmt: skip
    assert {r.origin.rsplit("/", 1)[-1] for r in rejects} == {
        "mixed.jsonl:4", "mixed.jsonl:5", "mixed.jsonl:6", "mixed.jsonl:7", "mixed.jsonl:8", "mixed.jsonl:10",
        "photo_renamed.txt", "report_renamed.txt",
    }  # fmt: skip
    for reject in rejects:
        assert reject.reason and reject.reason[0].islower()


# --- JSONL --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mixed() -> list[Article | Reject]:
    return read(DATA / "mixed.jsonl")


def test_read_jsonl_good_lines_come_through_around_bad_ones(mixed):
    articles = [i for i in mixed if isinstance(i, Article)]
    assert [a.id for a in articles] == ["armenia-ceasefire", "mixed-2", "1047"]
    first = articles[0]
    assert first.title == "Armenia and Azerbaijan agree to restore border ceasefire"
    assert first.published == "2023-09-21"
    assert first.url == "https://example.org/news/ceasefire" and first.outlet == "Caucasus Monitor"
    assert first.origin == f"{DATA / 'mixed.jsonl'}:1"
    # The text is the JSON string unchanged; the repeated headline and footer are marked.
    assert first.text.startswith("Armenia and Azerbaijan agree to restore border ceasefire\n2 min read\n")
    assert [r for _, _, r in first.boilerplate] == ["title", "reading time", "social footer"]


def test_read_jsonl_crlf_text_is_kept(mixed):
    article = next(i for i in mixed if i.id == "mixed-2")
    assert "\r\n" in article.text and article.published == "2024-05-02"


def test_read_jsonl_bad_fields_are_ignored_with_a_warning(mixed):
    article = next(i for i in mixed if i.id == "1047")
    assert article.outlet is None and article.published is None
    assert article.errors == [
        '"outlet" is a JSON array, not a string; ignored',
        "\"published\" 'sometime last spring' is not a full date; ignored",
    ]


@pytest.mark.parametrize(
    "line, reason, reject_id",
    [
        (4, "line 4 is not valid JSON: Expecting ',' delimiter (column 76)", None),
        (5, 'line 5 is a JSON array, not an object with a "text" field', None),
        (6, 'line 6 has no "text" field', "no-text"),
        (7, 'line 7: "text" is a JSON number, not a string', "number-text"),
        (8, 'line 8: "text" is empty', "blank-text"),
        (10, "line 10 is not valid JSON: Expecting value (column 1)", None),
    ],
)
def test_read_jsonl_bad_line_is_rejected_naming_file_and_line(mixed, line, reason, reject_id):
    origin = f"{DATA / 'mixed.jsonl'}:{line}"
    assert Reject(origin, reason, id=reject_id) in mixed


def test_read_jsonl_invalid_utf8_line_is_kept_with_the_file_byte(tmp_path):
    first = json.dumps({"id": "one", "text": STORY}).encode() + b"\n"
    second = b'{"id": "two", "text": "Z\xfcrich hosts talks on Iran."}\n'
    path = tmp_path / "feed.jsonl"
    path.write_bytes(first + second)
    articles = read(path)
    assert [a.id for a in articles] == ["one", "two"]
    bad_byte = len(first) + second.index(b"\xfc")
    assert articles[1].errors == [f"not UTF-8 (first bad byte at {bad_byte}); read as Windows-1252"]
    assert articles[1].text == "Zürich hosts talks on Iran."


def test_read_jsonl_repeated_id_is_kept_with_a_warning(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps({"id": "same", "text": STORY}) for _ in range(2)), encoding="utf-8")
    first, second = read(path)
    assert first.id == second.id == "same"
    assert first.errors == [] and second.errors == ["id 'same' was already used by an earlier article"]


def test_read_empty_jsonl_file_is_rejected(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert "has no records" in only(read(path)).reason


def test_read_binary_jsonl_file_is_rejected(tmp_path):
    path = tmp_path / "feed.ndjson"
    path.write_bytes((DATA / "photo_renamed.txt").read_bytes())
    assert only(read(path)).reason == "looks binary (a PNG image), not text"


# --- HTML ---------------------------------------------------------------------------------


def test_read_html_page_gives_the_story_without_navigation_ads_or_footer():
    article = only(read(DATA / "news_page.html"))
    assert isinstance(article, Article)
    assert article.id == "news_page"
    assert article.title == "Turkmenistan and Iran reopen Sarakhs border crossing"
    assert article.published == "2023-11-07"
    assert article.outlet == "Caspian Ledger"
    assert article.url == "https://caspianledger.example/news/2023/11/07/sarakhs-crossing"
    assert "Turkmenistan and Iran reopened the Sarakhs border crossing to cargo traffic on Tuesday" in article.text
    assert "Analysts said the reopening" in article.text
    for furniture in ("cookies", "Advertisement", "Most read", "Sign up", "All rights reserved", "Privacy policy", "Politics"):
        assert furniture not in article.text


def test_read_html_page_in_a_declared_legacy_charset():
    article = only(read(DATA / "messy_page.html"))
    assert isinstance(article, Article)
    assert "café" in article.text and article.errors == []
    assert article.title == "Mongolia recalls ambassador from Seoul"
    assert article.published == "2023-06-09"
    assert {r for _, _, r in article.boilerplate} >= {"photo caption", "related links"}
    assert "Good decision by the ministry" not in article.text  # reader comments are not the story


def test_read_broken_html_does_not_crash():
    article = only(read(DATA / "broken_page.html"))
    assert isinstance(article, Article)
    assert "Lebanon's parliament approved a new cabinet" in article.text


def test_read_html_without_article_text_is_rejected(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>Nothing here</title></head><body></body></html>", encoding="utf-8")
    assert only(read(path)) == Reject(str(path), "no article text found in the HTML page", id="blank")


def test_read_text_that_is_all_page_furniture_is_rejected(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    reject = only(read(path))
    assert isinstance(reject, Reject) and reject.origin == str(path) and reject.reason.startswith("no story text")
    path = tmp_path / "footer.txt"
    path.write_text("Share this article\nFollow us on Twitter: @x\n", encoding="utf-8")
    assert only(read(path)).reason == "no story text: every line is page furniture (share bar, social footer)"


def test_read_html_extractor_failure_is_a_reject(monkeypatch):
    import trafilatura

    def explode(*args, **kwargs):
        raise ValueError("parser exploded")

    monkeypatch.setattr(trafilatura, "bare_extraction", explode)
    reject = only(read(DATA / "news_page.html"))
    assert isinstance(reject, Reject)
    assert reject.reason == "could not extract text from the HTML page (ValueError: parser exploded)"


def test_read_binary_file_named_html_is_rejected(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes((DATA / "report_renamed.txt").read_bytes())
    assert only(read(path)).reason == "looks binary (a PDF document), not text"


# --- standard input -----------------------------------------------------------------------


def test_read_stdin_plain_text_is_one_article():
    article = only(read("-", stdin=io.StringIO("Kyiv hosts talks\n\n" + STORY)))
    assert article.id == "stdin" and article.origin == "<stdin>" and article.title == "Kyiv hosts talks"


def test_read_stdin_jsonl_gives_one_article_per_line():
    lines = [json.dumps({"text": STORY}), "", json.dumps({"id": "x", "text": STORY}), "{not json"]
    items = read("-", stdin=io.BytesIO("\n".join(lines).encode()))
    assert [(type(i).__name__, i.id, i.origin) for i in items] == [
        ("Article", "stdin-1", "<stdin>:1"),
        ("Article", "x", "<stdin>:3"),
        ("Reject", None, "<stdin>:4"),
    ]


def test_read_stdin_binary_and_empty_are_rejected():
    assert only(read("-", stdin=io.BytesIO(b""))) == Reject("<stdin>", "standard input is empty")
    png = (DATA / "photo_renamed.txt").read_bytes()
    assert only(read("-", stdin=io.BytesIO(png))).reason == "looks binary (a PNG image), not text"


def test_read_stdin_text_wrapper_is_read_as_bytes():
    stream = io.TextIOWrapper(io.BytesIO(b"Z\xfcrich talks end\n\n" + STORY.encode()), encoding="utf-8")
    article = only(read("-", stdin=stream))
    assert article.errors == ["not UTF-8 (first bad byte at 1); read as Windows-1252"]


# --- dates, ids, failures -----------------------------------------------------------------


def test_read_published_fallback_only_fills_articles_without_a_date(tmp_path):
    (tmp_path / "dated.txt").write_text(f"Kyiv hosts talks\n17 May, 2019\n{STORY}", encoding="utf-8")
    (tmp_path / "undated.txt").write_text(STORY, encoding="utf-8")
    dated, undated = read(tmp_path, published="2020-01-02")
    assert dated.published == "2019-05-17" and undated.published == "2020-01-02"


def test_read_bad_published_fallback_is_a_usage_error():
    with pytest.raises(InputError, match="not a date"):
        read(DATA / "latin1_wire.txt", published="someday")


def test_read_cleaning_failure_keeps_the_article(tmp_path, monkeypatch):
    def broken_clean(article):
        raise RuntimeError("rule bug")

    monkeypatch.setattr("eventdesk.ingest.clean", broken_clean)
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    article = only(read(path))
    assert isinstance(article, Article) and article.text == STORY
    assert article.errors == ["boilerplate cleaning failed (RuntimeError: rule bug); all text kept as story"]


def test_reject_to_dict_is_what_the_rejects_file_holds():
    reject = Reject("feed.jsonl:12", "line 12 is not valid JSON: Expecting value (column 1)", id=None)
    assert json.loads(json.dumps(reject.to_dict())) == {
        "origin": "feed.jsonl:12",
        "reason": "line 12 is not valid JSON: Expecting value (column 1)",
        "id": None,
    }


def test_read_html_copyright_year_is_no_publication_date(tmp_path):
    from eventdesk.ingest import read_inputs

    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Port strike spreads</title></head><body><article>"
        "<p>Dock workers in three ports walked out on Monday after talks with the shipping companies broke down.</p>"
        "<p>The union said the strike would last until the companies return to the table.</p>"
        "</article><footer>© 2019 The Harbour Times. All rights reserved.</footer></body></html>",
        encoding="utf-8",
    )
    (article,) = list(read_inputs([page], published="2024-05-05"))
    assert article.published == "2024-05-05"


def test_read_html_page_of_navigation_only_is_rejected(tmp_path):
    from eventdesk.ingest import Reject, read_inputs

    page = tmp_path / "menu.html"
    page.write_text(
        "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li>"
        "<li><a href='/p'>Politics</a></li><li><a href='/s'>Sport</a></li></ul></nav>"
        "<div><a href='/a'>Latest news</a> | <a href='/b'>Most read</a></div></body></html>",
        encoding="utf-8",
    )
    (item,) = list(read_inputs([page]))
    assert isinstance(item, Reject) and "no story text" in item.reason


def test_read_folder_with_nothing_readable_is_a_reject(tmp_path):
    from eventdesk.ingest import Reject, read_inputs

    empty = tmp_path / "empty"
    empty.mkdir()
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.md").write_text("# notes\n", encoding="utf-8")
    first, second = list(read_inputs([empty, other]))
    assert isinstance(first, Reject) and "empty" in first.reason
    assert isinstance(second, Reject) and ".md" in second.reason


def test_read_a_number_too_long_for_python_loses_nothing(tmp_path):
    path = tmp_path / "feed.jsonl"
    huge = "9" * 5000
    path.write_text(
        '{"id": "a", "text": "Russia condemned Ukraine.", "n": ' + huge + "}\n"
        + json.dumps({"id": "b", "text": "Kenya condemned Uganda."}) + "\n", encoding="utf-8")
    assert [a.id for a in read(path)] == ["a", "b"]
    (article,) = read(tmp_path / "feed.jsonl")[:1]
    assert article.text == "Russia condemned Ukraine."


def test_read_a_fifo_is_rejected_without_waiting(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (reject,) = read(fifo)
    assert isinstance(reject, Reject) and reject.reason.startswith("a named pipe (FIFO), not a file")
    folder = tmp_path / "folder"
    folder.mkdir()
    os.mkfifo(folder / "inside.txt")
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    items = read(folder)
    assert [type(i).__name__ for i in items] == ["Reject", "Article"]


def test_read_a_dangling_link_in_a_folder_is_a_reject_with_its_target(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    items = read(tmp_path)
    rejects = [i for i in items if isinstance(i, Reject)]
    assert [(Path(r.origin).name, r.reason) for r in rejects] == [("gone.txt", f"a link to something that does not exist ({tmp_path / 'deleted.txt'})")]
    assert [a.id for a in items if isinstance(a, Article)] == ["story"]


def test_read_a_lone_surrogate_escape_in_json_is_replaced_not_carried_into_the_output(tmp_path):
    path = tmp_path / "feed.jsonl"
    # "\ud800" is valid JSON but no UTF-8 file can hold the string it gives.
    path.write_text('{"id": "a", "text": "Russia condemned Ukraine. \\ud800", "title": "T\\udc80"}\n'
                    + json.dumps({"id": "b", "text": STORY}) + "\n", encoding="utf-8")
    first, second = read(path)
    assert first.text == "Russia condemned Ukraine. \ufffd" and first.title == "T\ufffd"
    assert "surrogate" in first.errors[0]
    json.dumps(first.text, ensure_ascii=False).encode("utf-8")  # writable
    assert second.id == "b"
