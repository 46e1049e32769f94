"""A Reject: an input (a file, a JSONL line, standard input) that gave no article, and why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(slots=True)
class Reject:
    """What could not be read: `origin` names the file (and line), `reason` says why in a
    sentence a user understands, `id` is the article id when one was known."""

    origin: str  # "path/to/file.jsonl:12", "path/to/file.pdf" or "<stdin>"
    reason: str
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"origin": self.origin, "reason": self.reason, "id": self.id}
