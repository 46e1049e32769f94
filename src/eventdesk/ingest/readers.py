"""Readers per input format: plain text, HTML, JSONL, and standard input.

Each reader yields an Article or a Reject per article it finds and never raises for a bad
input, so one broken file or line never stops a batch. `read_inputs` in __init__ walks the
paths, calls these, cleans each Article and fills in the fallback date.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from eventdesk.errors import InputError
from eventdesk.ingest.dates import normalize_date
from eventdesk.ingest.decode import (
    BINARY_SAMPLE_BYTES,
    MAX_ARTICLE_BYTES,
    UTF8_BOM,
    binary_reason,
    decode_document,
    decode_utf8,
)
from eventdesk.ingest.corpora import (
    JSON_SUFFIXES, TABLE_SUFFIXES, WARC_SUFFIXES, inner_suffix, read_gzip, read_json, read_table, read_warc,
)
from eventdesk.ingest.reject import Reject
from eventdesk.model import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
READ_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | frozenset(TABLE_SUFFIXES) | WARC_SUFFIXES
STDIN = "-"
STDIN_ORIGIN = "<stdin>"
# Optional JSONL fields that are copied onto the Article when they are strings.
JSONL_STRING_FIELDS = ("title", "url", "outlet")

# trafilatura options: no reader comments (they are not the article); tables kept, since
# some stories carry their facts in one. favor_precision and favor_recall changed nothing
# on the sample pages (tests/data/ingest), so the library's balanced default stays.
HTML_EXTRACTION = {"with_metadata": True, "include_comments": False, "include_tables": True}

Item = Article | Reject


class Ids:
    """The ids given out in one read, so that two files called `report.txt` in different
    folders do not get the same id."""

    def __init__(self, text_column: str = "text") -> None:
        self._taken: set[str] = set()
        # The option of this read that tables need: the column holding the text.
        self.text_column = text_column

    def derive(self, preferred: str, alternative: str) -> str:
        """`preferred` (a file stem) if free, else `alternative` (its relative path), else
        `alternative-2`, `-3`, ..."""
        candidate = preferred
        if candidate in self._taken:
            candidate = alternative
            number = 2
            while candidate in self._taken:
                candidate = f"{alternative}-{number}"
                number += 1
            log.info("id %r is taken; using %r", preferred, candidate)
        self._taken.add(candidate)
        return candidate

    def given(self, article_id: str) -> str | None:
        """Record an id the source gave; a warning for the article if it repeats one."""
        if article_id in self._taken:
            return f"id {article_id!r} was already used by an earlier article"
        self._taken.add(article_id)
        return None


def read_path(item: str | Path, stdin: TextIO | BinaryIO | None, ids: Ids) -> Iterator[Item]:
    """Everything one input names: standard input, a file, or a directory tree."""
    if isinstance(item, str) and item == STDIN:
        yield from read_stdin(stdin if stdin is not None else sys.stdin, ids)
        return
    path = Path(item)
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        yield Reject(str(path), _os_reason(exc))
        return
    if not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
        yield Reject(str(path), _special_reason(mode))
        return
    if stat.S_ISDIR(mode):
        yield from read_directory(path, ids)
    else:
        yield from read_file(path, path.parent, ids)


def read_directory(directory: Path, ids: Ids) -> Iterator[Item]:
    """Every file under `directory` the readers know, in sorted order; hidden files and
    folders are skipped, other extensions are counted and reported in one warning."""
    skipped: Counter[str] = Counter()
    read_any = False
    for entry in _walk(directory):
        if isinstance(entry, Reject):
            read_any = True
            yield entry
            continue
        suffix = entry.suffix.lower()
        if suffix == ".gz" and inner_suffix(entry) not in READ_SUFFIXES:
            suffix = f"{inner_suffix(entry) or ''}.gz"
        if suffix in READ_SUFFIXES or suffix == ".gz":
            read_any = True
            yield from read_file(entry, directory, ids)
        else:
            skipped[suffix or "(none)"] += 1
            log.debug("%s: skipped, eventdesk does not read %s files", entry, suffix or "extensionless")
    kinds = ", ".join(f"{suffix} ×{count}" for suffix, count in sorted(skipped.items()))
    if not read_any:
        # A folder named as input that gives nothing is worth a line in the rejects file.
        yield Reject(str(directory), "no file eventdesk reads in this folder" + (f" (skipped: {kinds})" if kinds else " (it is empty)"))
    elif skipped:
        log.warning(
            "%s: skipped %d file(s) with extensions eventdesk does not read (%s); name a file "
            "explicitly to read it as plain text",
            directory,
            sum(skipped.values()),
            kinds,
        )


def _walk(directory: Path) -> Iterator[Path | Reject]:
    errors: list[OSError] = []
    files: list[Path] = []
    for root, dirs, names in os.walk(directory, onerror=errors.append):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files.extend(Path(root, name) for name in names if not name.startswith("."))
    for error in errors:
        yield Reject(str(error.filename or directory), _os_reason(error))
    for path in sorted(files, key=lambda p: p.relative_to(directory).parts):
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            target = os.readlink(path) if path.is_symlink() else "?"
            yield Reject(str(path), f"a link to something that does not exist ({target})")
            continue
        except OSError as exc:
            yield Reject(str(path), _os_reason(exc))
            continue
        if stat.S_ISREG(mode):
            yield path
        elif not stat.S_ISDIR(mode):
            yield Reject(str(path), _special_reason(mode))


def _special_reason(mode: int) -> str:
    """Why a path that is neither a file nor a folder is not read (reading a FIFO would wait
    for a writer forever)."""
    kind = (
        "a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
        else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file"
    )
    return f"{kind}, not a file: eventdesk reads files and folders ('-' reads standard input)"


def read_file(path: Path, root: Path, ids: Ids) -> Iterator[Item]:
    """One file, by its extension; a file named on the command line with an unknown
    extension is tried as plain text."""
    suffix = path.suffix.lower()
    relative = _relative_id(path, root)
    if suffix in WARC_SUFFIXES or (suffix == ".gz" and inner_suffix(path) in WARC_SUFFIXES):
        yield from read_warc(path, ids, relative)
    elif suffix == ".gz":
        yield from read_gzip(path, ids, relative)
    elif suffix in TABLE_SUFFIXES:
        yield from read_table(path, ids, relative)
    elif suffix in JSONL_SUFFIXES:
        yield from read_jsonl_file(path, ids, relative)
    elif suffix in JSON_SUFFIXES:
        yield from read_json(path, ids, relative)
    elif suffix in HTML_SUFFIXES:
        yield read_html_file(path, ids, relative)
    else:
        yield read_text_file(path, ids, relative)


def read_text_file(path: Path, ids: Ids, relative: str) -> Item:
    origin = str(path)
    data = _read_bytes(path)
    if isinstance(data, Reject):
        return data
    try:
        text, warnings = decode_document(data, origin)
    except InputError as exc:
        return Reject(origin, exc.reason, id=path.stem)
    problem = _empty_reason(data, text)
    if problem:
        return Reject(origin, problem, id=path.stem)
    return Article(text=text, id=ids.derive(path.stem, relative), origin=origin, errors=warnings)


def read_html_file(path: Path, ids: Ids, relative: str) -> Item:
    """The page's main text and metadata, as trafilatura extracts them."""
    origin = str(path)
    data = _read_bytes(path)
    if isinstance(data, Reject):
        return data
    if not data.strip():
        return Reject(origin, "the file is empty", id=path.stem)
    reason = binary_reason(data[:BINARY_SAMPLE_BYTES])
    if reason:
        return Reject(origin, reason, id=path.stem)
    item = extract_html(data, origin)
    if isinstance(item, Reject):
        item.id = path.stem
    else:
        item.id = ids.derive(path.stem, relative)
    return item


def read_text_bytes(data: bytes, origin: str, default_id: str, alternative_id: str, ids: Ids, html: bool = False) -> Item:
    """One article from bytes read out of a container (a compressed file, an archive
    record): the checks and decoding a file of its own gets."""
    if len(data) > MAX_ARTICLE_BYTES:
        return Reject(origin, f"over {MAX_ARTICLE_BYTES // 1_048_576} MB; one article is never that long", id=default_id)
    if not data.strip():
        return Reject(origin, "the document is empty", id=default_id)
    reason = binary_reason(data[:BINARY_SAMPLE_BYTES])
    if reason:
        return Reject(origin, reason, id=default_id)
    if html:
        item = extract_html(data, origin)
        if isinstance(item, Reject):
            item.id = default_id
            return item
    else:
        try:
            text, warnings = decode_document(data, origin)
        except InputError as exc:
            return Reject(origin, exc.reason, id=default_id)
        item = Article(text=text, origin=origin, errors=warnings)
    item.id = ids.derive(default_id, alternative_id)
    return item


def extract_html(data: bytes, origin: str) -> Item:
    """An Article (without id) of the page's main text and metadata, or a Reject."""
    import trafilatura  # slow to import; only HTML input needs it

    try:
        page: str | bytes = data.removeprefix(UTF8_BOM).decode("utf-8")
    except UnicodeDecodeError:
        page = data  # not UTF-8: trafilatura reads the charset the page declares
    try:
        document = trafilatura.bare_extraction(page, **HTML_EXTRACTION)
    except Exception as exc:  # noqa: BLE001 — any failure inside the extractor is this page's problem
        log.warning("%s: trafilatura failed", origin, exc_info=True)
        return Reject(origin, f"could not extract text from the HTML page ({type(exc).__name__}: {exc})")
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        return Reject(origin, "no article text found in the HTML page")
    if not any(len(line.split()) >= HTML_MIN_STORY_WORDS for line in text.splitlines()):
        return Reject(origin, f"no story text in the HTML page: no line of {HTML_MIN_STORY_WORDS} words or more (navigation only?)")
    errors: list[str] = []
    published = None
    raw_date = getattr(document, "date", None)
    if raw_date:
        published = normalize_date(str(raw_date))
        if published is None:
            errors.append(f"page date {raw_date!r} is not a full date; ignored")
        elif published.endswith("-01-01") and _copyright_year(page, published[:4]):
            # trafilatura falls back on the footer's "© 2019": a year, not a publication day.
            published = None
    return Article(
        text=text,
        title=_nonempty(getattr(document, "title", None)),
        published=published,
        url=_nonempty(getattr(document, "url", None)),
        outlet=_nonempty(getattr(document, "sitename", None)),
        origin=origin,
        errors=errors,
    )


# An extracted page with no line this long has no story: menus and link lists only.
HTML_MIN_STORY_WORDS = 6


def _copyright_year(page: str | bytes, year: str) -> bool:
    if isinstance(page, bytes):
        page = page.decode("latin-1")
    pattern = r"(?:©|&copy;|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?" + year
    return re.search(pattern, page, re.IGNORECASE) is not None


def read_jsonl_file(path: Path, ids: Ids, relative: str) -> Iterator[Item]:
    """One article per line; a bad line is a Reject naming the line, the rest go on."""
    origin = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Reject(origin, _os_reason(exc))
        return
    with handle:
        try:
            reason = binary_reason(handle.read(BINARY_SAMPLE_BYTES))
            handle.seek(0)
        except OSError as exc:
            yield Reject(origin, _os_reason(exc))
            return
        if reason:
            yield Reject(origin, reason)
            return
        try:
            yield from _jsonl_lines(handle, origin, ids, f"{path.stem}-", f"{relative}-")
        except OSError as exc:
            yield Reject(origin, _os_reason(exc))


def _jsonl_lines(lines: Iterable[bytes], origin: str, ids: Ids, id_prefix: str, alt_prefix: str) -> Iterator[Item]:
    """Records of a JSONL stream; a line without an id gets `<id_prefix><line number>`
    (`<alt_prefix><line number>` if another file already gave that id)."""
    offset = 0
    records = 0
    warned: set[str] = set()
    for number, raw in enumerate(lines, start=1):
        text, warnings = decode_utf8(raw, origin, offset, warned)
        offset += len(raw)
        if not text.strip():
            continue
        records += 1
        yield jsonl_record(text, number, origin, ids, warnings, id_prefix, alt_prefix)
    if records == 0:
        yield Reject(origin, "the file has no records (it is empty or blank)")


def jsonl_record(
    line: str, number: int, origin: str, ids: Ids, warnings: list[str], id_prefix: str, alt_prefix: str
) -> Item:
    """The Article of one JSONL line: `text` plus optional id, title, published, url, outlet."""
    where = f"{origin}:{number}"
    default_id = f"{id_prefix}{number}"
    try:
        # The line break would shift the error's column. A number too long for Python's int
        # (over 4,300 digits) is kept as its digits rather than losing the line.
        record = json.loads(line.rstrip(), parse_int=_json_int)
    except json.JSONDecodeError as exc:
        return Reject(where, f"line {number} is not valid JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return Reject(where, f"line {number} is JSON nested too deeply to read")
    if not isinstance(record, dict):
        return Reject(where, f'line {number} is a JSON {_json_kind(record)}, not an object with a "text" field')
    return record_article(record, f"line {number}", where, ids, warnings, default_id, f"{alt_prefix}{number}")


def record_article(
    record: dict, what: str, where: str, ids: Ids, warnings: list[str], default_id: str, alternative_id: str,
    text_field: str = "text",
) -> Item:
    """The Article of one record (a JSONL object, a CSV row): `text` plus optional id,
    title, published, url, outlet; `what` names it in reasons ("line 12", "row 3")."""
    errors = list(warnings)
    record = _without_lone_surrogates(record, errors)
    article_id = _record_id(record.get("id"), default_id, errors)
    text = record.get(text_field)
    if text_field not in record:
        return Reject(where, f'{what} has no "{text_field}" field', id=article_id)
    if not isinstance(text, str):
        return Reject(where, f'{what}: "{text_field}" is a JSON {_json_kind(text)}, not a string', id=article_id)
    if not text.strip():
        return Reject(where, f'{what}: "{text_field}" is empty', id=article_id)
    if article_id == default_id:
        article_id = ids.derive(default_id, alternative_id)
    else:
        repeated = ids.given(article_id)
        if repeated:
            errors.append(repeated)
    fields: dict[str, str | None] = {}
    for name in JSONL_STRING_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            errors.append(f'"{name}" is a JSON {_json_kind(value)}, not a string; ignored')
            value = None
        fields[name] = _nonempty(value)
    published = record.get("published")
    if isinstance(published, str) and published.strip():
        fields["published"] = normalize_date(published)
        if fields["published"] is None:
            errors.append(f'"published" {published!r} is not a full date; ignored')
    elif published is not None and published != "":
        errors.append(f'"published" is a JSON {_json_kind(published)}, not a date string; ignored')
    return Article(text=text, id=article_id, origin=where, errors=errors, **fields)


# JSON may escape half of a UTF-16 pair ("\ud800") alone: a string no file can hold.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_lone_surrogates(record: dict, errors: list[str]) -> dict:
    """The record's string fields with lone surrogates replaced by U+FFFD (same length, so
    offsets hold), and a note naming the fields."""
    changed = [key for key, value in record.items() if isinstance(value, str) and _LONE_SURROGATE.search(value)]
    if not changed:
        return record
    errors.append(f"lone UTF-16 surrogate escapes in {', '.join(map(repr, changed))}; replaced with U+FFFD")
    return {key: _LONE_SURROGATE.sub("\ufffd", value) if key in changed else value for key, value in record.items()}


def _json_int(digits: str) -> int | str:
    try:
        return int(digits)
    except ValueError:
        return digits


def _record_id(value, default_id: str, errors: list[str]) -> str:
    if isinstance(value, str) and value.strip():
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if value is not None:
        errors.append(f'"id" {value!r} is not a string or a number; used {default_id!r}')
    return default_id


def read_stdin(stream: TextIO | BinaryIO, ids: Ids) -> Iterator[Item]:
    """Standard input: JSONL when every non-blank line starts with "{", else one article."""
    try:
        data = _stdin_bytes(stream)
    except (OSError, ValueError) as exc:  # ValueError: reading a closed stream
        yield Reject(STDIN_ORIGIN, f"cannot read standard input: {exc}")
        return
    if not data.strip():
        yield Reject(STDIN_ORIGIN, "standard input is empty")
        return
    reason = binary_reason(data.removeprefix(UTF8_BOM)[:BINARY_SAMPLE_BYTES])
    if reason and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        yield Reject(STDIN_ORIGIN, reason)
        return
    lines = data.splitlines(keepends=True)
    content = [line.strip() for line in lines if line.strip()]
    if content and all(line.removeprefix(UTF8_BOM).startswith(b"{") for line in content):
        yield from _jsonl_lines(lines, STDIN_ORIGIN, ids, "stdin-", "stdin-")
        return
    try:
        text, warnings = decode_document(data, STDIN_ORIGIN)
    except InputError as exc:
        yield Reject(STDIN_ORIGIN, exc.reason)
        return
    if not text.strip():
        yield Reject(STDIN_ORIGIN, "standard input holds only whitespace")
        return
    yield Article(text=text, id=ids.derive("stdin", "stdin"), origin=STDIN_ORIGIN, errors=warnings)


def _stdin_bytes(stream: TextIO | BinaryIO) -> bytes:
    buffer = getattr(stream, "buffer", None)
    data = buffer.read() if buffer is not None else stream.read()
    if isinstance(data, str):
        return data.encode("utf-8", errors="surrogateescape")
    return bytes(data)


# --- helpers ------------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes | Reject:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            return Reject(
                origin,
                f"the file is {size / 1_048_576:.0f} MB; one article is never over "
                f"{MAX_ARTICLE_BYTES // 1_048_576} MB (split it, or give JSONL with one article a line)",
                id=path.stem,
            )
        return path.read_bytes()
    except OSError as exc:
        return Reject(origin, _os_reason(exc), id=path.stem)


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied: cannot read it"
    if isinstance(exc, IsADirectoryError):
        return "is a directory, not a file"
    return f"cannot read it: {exc.strerror or exc}"


def _empty_reason(data: bytes, text: str) -> str | None:
    if not data:
        return "the file is empty"
    if not text.strip():
        return "the file holds only whitespace"
    return None


def _relative_id(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _nonempty(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def _json_kind(value) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, list):
        return "array"
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "object"
    return "string"
