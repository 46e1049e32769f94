"""Corpus formats: compressed files, CSV/TSV tables and web archives (WARC).

Each reader streams its file — a corpus may be larger than memory — and yields an Article
or a Reject per record, as the other readers do; a bad record is a reject naming it (file
and line, row or record number) and the rest of the file goes on. A file that breaks off
(a truncated gzip, say) keeps every record read before the break and ends with a reject
saying where it broke.
"""

from __future__ import annotations

import csv
import gzip
import logging
import zlib
from collections.abc import Iterator
from pathlib import Path

from eventdesk.ingest.dates import normalize_date
from eventdesk.ingest.decode import BINARY_SAMPLE_BYTES, MAX_ARTICLE_BYTES, binary_reason, decode_utf8
from eventdesk.ingest.reject import Reject
from eventdesk.model import Article

log = logging.getLogger(__name__)

TABLE_SUFFIXES = {".csv": ",", ".tsv": "\t"}
JSON_SUFFIXES = frozenset({".json"})
WARC_SUFFIXES = frozenset({".warc"})
# The WARC record types that carry a document: a fetched page ("response"), a stored
# document ("resource"), and the extracted text of a page (Common Crawl's WET files:
# "conversion").
WARC_DOCUMENT_TYPES = frozenset({"response", "resource", "conversion"})
DEFAULT_TEXT_COLUMN = "text"

# A broken stream: gzip's own errors, zlib's, and the end of a truncated file.
_BROKEN = (OSError, EOFError, zlib.error)


def inner_suffix(path: Path) -> str:
    """The format under a compression suffix: "feed.jsonl.gz" -> ".jsonl"."""
    return Path(path.stem).suffix.lower()


def read_gzip(path: Path, ids, relative: str) -> Iterator:
    """A gzip-compressed file, read by the format its inner extension names (.jsonl,
    .ndjson, .csv, .tsv, .txt, .html; .warc.gz goes to the WARC reader)."""
    from eventdesk.ingest.readers import JSONL_SUFFIXES, _jsonl_lines, _os_reason, read_text_bytes

    origin = str(path)
    suffix = inner_suffix(path)
    stem = Path(path.stem).stem
    try:
        with gzip.open(path, "rb") as handle:
            sample = handle.peek(BINARY_SAMPLE_BYTES)[:BINARY_SAMPLE_BYTES] if hasattr(handle, "peek") else b""
            reason = binary_reason(sample)
            if reason:
                yield Reject(origin, f"its content {reason}")
                return
            if suffix in JSONL_SUFFIXES:
                yield from _jsonl_lines(handle, origin, ids, f"{stem}-", f"{relative}-")
            elif suffix in TABLE_SUFFIXES:
                yield from _table_rows(handle, origin, ids, stem, relative, TABLE_SUFFIXES[suffix], ids.text_column)
            elif suffix in JSON_SUFFIXES:
                yield from json_document(handle.read(), origin, ids, stem, relative)
            else:
                data = handle.read(MAX_ARTICLE_BYTES + 1)
                yield read_text_bytes(data, origin, stem, f"{relative}", ids, html=suffix in (".html", ".htm"))
    except gzip.BadGzipFile as exc:
        yield Reject(origin, f"not a readable gzip file ({exc})")
    except _BROKEN as exc:
        yield Reject(origin, f"the compressed file breaks off ({type(exc).__name__}: {_os_reason(exc) if isinstance(exc, OSError) and exc.errno else exc}); the records before the break were read")


def read_json(path: Path, ids, relative: str) -> Iterator:
    """A JSON file: an array of article objects, or one article object (a file of one object
    a line is read as JSONL)."""
    from eventdesk.ingest.readers import _os_reason

    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Reject(str(path), _os_reason(exc))
        return
    yield from json_document(data, str(path), ids, path.stem, relative)


def json_document(data: bytes, origin: str, ids, stem: str, relative: str) -> Iterator:
    """The articles of one JSON document: each object of a top-level array (`stem-N` when it
    has no id), or the one object (`stem`); anything else is a reject with its reason."""
    import json

    from eventdesk.ingest.readers import _json_int, _json_kind, _jsonl_lines, record_article

    reason = binary_reason(data[:BINARY_SAMPLE_BYTES])
    if reason:
        yield Reject(origin, reason)
        return
    text, warnings = decode_utf8(data, origin)
    try:
        document = json.loads(text, parse_int=_json_int)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            yield from _jsonl_lines(data.splitlines(keepends=True), origin, ids, f"{stem}-", f"{relative}-")
            return
        yield Reject(origin, f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    except RecursionError:
        yield Reject(origin, "JSON nested too deeply to read")
        return
    if isinstance(document, dict):
        yield record_article(document, "the object", origin, ids, warnings, stem, relative)
        return
    if not isinstance(document, list):
        yield Reject(origin, f"a JSON {_json_kind(document)}, not an array of articles or an article object")
        return
    if not document:
        yield Reject(origin, "an empty JSON array: no articles")
        return
    for number, record in enumerate(document, start=1):
        where = f"{origin}:item {number}"
        if not isinstance(record, dict):
            yield Reject(where, f'item {number} is a JSON {_json_kind(record)}, not an object with a "text" field')
            continue
        yield record_article(record, f"item {number}", where, ids, warnings, f"{stem}-{number}", f"{relative}-{number}")


def read_table(path: Path, ids, relative: str) -> Iterator:
    """A CSV or TSV file with a header row: one article per row, its text in the column
    `ids.text_column` (default "text"); id, title, published, url, outlet when present."""
    from eventdesk.ingest.readers import _os_reason

    origin = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Reject(origin, _os_reason(exc))
        return
    with handle:
        reason = binary_reason(handle.read(BINARY_SAMPLE_BYTES))
        handle.seek(0)
        if reason:
            yield Reject(origin, reason)
            return
        yield from _table_rows(handle, origin, ids, path.stem, relative, TABLE_SUFFIXES[path.suffix.lower()], ids.text_column)


def _table_rows(handle, origin: str, ids, stem: str, relative: str, delimiter: str, text_column: str) -> Iterator:
    from eventdesk.ingest.readers import record_article

    warned: set[str] = set()
    notes: list[str] = []

    def lines():
        offset = 0
        for raw in handle:
            text, warnings = decode_utf8(raw, origin, offset, warned)
            offset += len(raw)
            notes.extend(w for w in warnings if w not in notes)
            yield text

    csv.field_size_limit(MAX_ARTICLE_BYTES)
    reader = csv.DictReader(lines(), delimiter=delimiter)
    try:
        columns = reader.fieldnames
    except csv.Error as exc:
        yield Reject(origin, f"not a readable table: {exc}")
        return
    if not columns:
        yield Reject(origin, "the file has no header row (it is empty)")
        return
    if text_column not in columns:
        shown = ", ".join(repr(c) for c in columns[:12])
        yield Reject(origin, f"no {text_column!r} column (columns: {shown}); name the text column with --text-column")
        return
    rows = 0
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Reject(f"{origin}:{start}", f"line {start}: not a readable row ({exc}); the rest of the file is not read")
            return
        rows += 1
        record = {key: value for key, value in row.items() if key is not None}
        record = {key: (value if value != "" or key == text_column else None) for key, value in record.items()}
        if record.get("id") is not None and not str(record["id"]).strip():
            record["id"] = None
        yield record_article(record, f"row {rows} (line {start})", f"{origin}:{start}", ids, notes[:1],
                             f"{stem}-{rows}", f"{relative}-{rows}", text_field=text_column)
    if rows == 0:
        yield Reject(origin, "the table has a header but no rows")


def read_warc(path: Path, ids, relative: str) -> Iterator:
    """A web archive (.warc or .warc.gz): every HTML page it holds goes through the HTML
    extractor, every plain-text document (WET) is read as text; the page's address is the
    article's url. Other records (requests, metadata, images, scripts) are counted and
    reported in one warning."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from eventdesk.ingest.readers import _os_reason

    origin = str(path)
    stem = path.name.split(".")[0]
    skipped = documents = 0
    try:
        if not _starts_like_warc(path):
            yield Reject(origin, "not a readable WARC file: it does not start with a WARC record header")
            return
        with path.open("rb") as handle:
            for number, record in enumerate(ArchiveIterator(handle), start=1):
                kind = _warc_kind(record)
                if kind is None:
                    skipped += 1
                    continue
                documents += 1
                data = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
                yield _warc_document(data, kind, record, f"{origin}:record {number}", f"{stem}-{number}", f"{relative}-{number}", ids)
    except ArchiveLoadFailed as exc:
        yield Reject(origin, f"not a readable WARC file ({' '.join(str(exc).split())[:200]})")
        return
    except _BROKEN as exc:
        yield Reject(origin, f"the archive breaks off ({_os_reason(exc) if isinstance(exc, OSError) and exc.errno else exc}); the records before the break were read")
        return
    if skipped:
        log.warning("%s: %d record(s) that are not HTML pages or text documents were skipped", origin, skipped)
    if documents == 0:
        yield Reject(origin, f"no HTML page or text document in the archive ({skipped} other record(s))")


def _starts_like_warc(path: Path) -> bool:
    with path.open("rb") as handle:
        start = handle.read(2)
    opener = gzip.open if start == b"\x1f\x8b" else open
    with opener(path, "rb") as handle:
        return handle.read(5) == b"WARC/"


def _warc_kind(record) -> str | None:
    """"html", "text" or None (not a document) for one WARC record."""
    if record.rec_type not in WARC_DOCUMENT_TYPES:
        return None
    if record.rec_type == "response":
        if record.http_headers is None or record.http_headers.get_statuscode() != "200":
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    content_type = content_type.lower()
    if "html" in content_type:
        return "html"
    if content_type.startswith("text/plain"):
        return "text"
    return None


def _warc_document(data: bytes, kind: str, record, where: str, default_id: str, alternative_id: str, ids):
    from eventdesk.ingest.readers import read_text_bytes

    url = record.rec_headers.get_header("WARC-Target-URI")
    item = read_text_bytes(data, where, default_id, alternative_id, ids, html=kind == "html")
    if isinstance(item, Article):
        if url and not item.url:
            item.url = url
        item.archived = _warc_day(record.rec_headers.get_header("WARC-Date"))
    return item


def _warc_day(value: str | None) -> str | None:
    """The day of a WARC-Date header ("2024-03-05T14:02:11Z" -> "2024-03-05"), or None."""
    if not value:
        return None
    return normalize_date(value.strip()[:10])
