"""Reading the project's TSV data files: `#` comments, a header line, tab-separated rows.

Every lexicon and ontology table goes through here, so a malformed line always raises
LexiconError naming the file and line the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources.abc import Traversable
from pathlib import Path

from eventdesk.errors import LexiconError


def tsv_rows(
    path: Path | Traversable,
    header: tuple[str, ...] | None = None,
    *,
    width: int | None = None,
    pad: bool = False,
) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of each data row, fields stripped of surrounding spaces.

    header: the first non-comment line must be exactly these names; None takes whatever the
        first line names as the header. With `width`, the file has no header line and
        every row has `width` fields.
    pad: rows with fewer fields than the header get empty trailing fields (editors strip
        trailing tabs); otherwise every row must have exactly as many.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read: {exc}") from exc
    expected = width
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split("\t")]
        if expected is None:
            if header is not None and tuple(fields) != header:
                raise LexiconError(f"{path}:{number}: expected header {' '.join(header)!r}, got {line!r}")
            expected = len(fields)
            continue
        if len(fields) > expected or (len(fields) < expected and not pad):
            raise LexiconError(f"{path}:{number}: expected {expected} tab-separated fields, got {len(fields)}: {line!r}")
        yield number, fields + [""] * (expected - len(fields))
    if expected is None:
        raise LexiconError(f"{path}: no header line" + (f" {' '.join(header)!r}" if header else ""))
