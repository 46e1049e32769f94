"""Bytes to text, tolerantly: one loader every reader goes through.

It refuses what is not text (binary files, with the reason), strips a byte-order mark, and
decodes UTF-8; text that is not UTF-8 is read as Windows-1252 where it can be, else bad
bytes become U+FFFD, and the article says where rather than failing.
"""

from __future__ import annotations

import logging

from eventdesk.errors import InputError

log = logging.getLogger(__name__)

# How much of a file is looked at to decide whether it is text.
BINARY_SAMPLE_BYTES = 8192
# Text has almost no control characters (tab, line breaks and form feed aside); binary
# data has about one byte in eight. Above this share of the sample a file is binary.
CONTROL_SHARE_MAX = 0.05
# No single article is this big; a file that is was not meant as one article.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024

UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v")
# File signatures, so the reason can say what the file is.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF media file (WebP, WAV, AVI)"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel/EPUB file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3", "an SQLite database"),
    (b"PAR1", "a Parquet file"),
)


def binary_reason(sample: bytes) -> str | None:
    """Why `sample` (the start of a file) is not text, or None when it looks like text."""
    for signature, what in _SIGNATURES:
        if sample.startswith(signature):
            return f"looks binary ({what}), not text"
    if b"\x00" in sample:
        return "looks binary (it contains NUL bytes), not text"
    if sample:
        controls = sum(1 for byte in sample if (byte < 32 and byte not in _TEXT_CONTROLS) or byte == 127)
        share = controls / len(sample)
        if share > CONTROL_SHARE_MAX:
            return f"looks binary ({share:.0%} of its first bytes are control characters), not text"
    return None


def decode_document(data: bytes, origin: str) -> tuple[str, list[str]]:
    """Text of a whole file and the warnings to keep with the article.

    Raises InputError when the data is binary. A UTF-8 byte-order mark is dropped (offsets
    index the text after it); UTF-16 with a byte-order mark is decoded as such.
    """
    if data.startswith(UTF16_BOMS):
        text = data.decode("utf-16", errors="replace")
        warnings = []
        if "\ufffd" in text:
            warnings.append("invalid UTF-16 in the file; replaced")
            log.warning("%s: invalid UTF-16; replaced", origin)
        return text, warnings
    reason = binary_reason(data[:BINARY_SAMPLE_BYTES])
    if reason:
        raise InputError(reason, origin)
    return decode_utf8(data, origin)


# The notes decode_utf8 and decode_document add to an article. The reader logs the first of a
# file once, so the command line need not print one per line of a JSONL file or CSV table.
DECODING_NOTES = ("not UTF-8 (first bad byte at ", "invalid UTF-8 at byte ", "invalid UTF-16 in the file")


def is_decoding_note(note: str) -> bool:
    return note.startswith(DECODING_NOTES)


def decode_utf8(data: bytes, origin: str, file_offset: int = 0, warned: set[str] | None = None) -> tuple[str, list[str]]:
    """UTF-8 text of `data` with a leading BOM dropped.

    Data that is not UTF-8 is read as Windows-1252 (the usual encoding of such files: it
    keeps accents and curly quotes) when every byte is one Windows-1252 defines; otherwise
    bad bytes become U+FFFD. Either way the article's warning gives the position of the
    first bad byte in the file (counting from 0). The log warning is given once per origin
    file: `warned` collects the origins warned about (a JSONL file's lines share one).
    `file_offset` is where `data` starts in its file, so a JSONL line reports the file's
    byte position, not the line's.
    """
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM) :]
        file_offset += len(UTF8_BOM)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        position = file_offset + exc.start
    try:
        text, note = data.decode("cp1252"), f"not UTF-8 (first bad byte at {position}); read as Windows-1252"
    except UnicodeDecodeError:
        text, note = data.decode("utf-8", errors="replace"), f"invalid UTF-8 at byte {position}; replaced"
    if warned is None or origin not in warned:
        log.warning("%s: %s", origin, note)
        if warned is not None:
            warned.add(origin)
    return text, [note]
