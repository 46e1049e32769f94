"""Gold-set loaders and scorers: PLOVER events (plover.py) and attributions (statements.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventdesk.errors import InputError


def read_gold_lines(path: str | Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, record) for every non-empty line of a gold JSONL file, where = "path:line".

    Raises InputError naming the file (and line) when it cannot be read or a line is not a
    JSON object; each scorer checks the fields it needs.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read gold file: {exc}", str(path)) from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"not JSON: {exc}", where) from exc
        if not isinstance(record, dict):
            raise InputError("a gold record must be a JSON object", where)
        yield where, record
