"""How the event coder treats each CAMEO code beyond its lexicon rows (which fallbacks find
its target or source, whether it is done at home, what a promise, threat or intention of
it codes as), read from data/code_behaviour.tsv.

>>> behaviour("1723").home_target, sorted(behaviour("1723").source_fallbacks)
(True, ['agentless', 'place_state'])
>>> behaviour("0874").promise, behaviour("0874").concession
('intend', True)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from eventdesk.errors import LexiconError
from eventdesk.tables import tsv_rows

HEADER = (
    "code", "kind", "pair", "domestic", "home_target", "target_fallbacks", "source_fallbacks",
    "promise", "concession", "threat", "intended", "rally", "prepared", "joint",
)
FLAGS = ("pair", "domestic", "home_target", "concession", "joint")
LISTS = {
    "target_fallbacks": frozenset({"condition", "purpose", "retaliation", "place", "people", "clause", "answer", "amends", "pressure", "scene",
                                    "abroad"}),
    "source_fallbacks": frozenset({"crowd", "place_state", "noun_author", "agentless", "unattributed"}),
}
CHOICES = {
    "kind": frozenset({"cooperative", "force", "reject"}),
    "promise": frozenset({"intend", "entry", "intended", "threat"}),
    "intended": frozenset({"intend", "threat", "same", "scheduled"}),
}
# Value columns that hold a CAMEO code ("family" for threat: the 13 code of the action).
CODE_VALUES = ("threat", "rally", "prepared")
# What a code no row gives a value for takes.
DEFAULTS = {"kind": None, "promise": "threat", "threat": "family", "intended": "same", "rally": None, "prepared": None}


@dataclass(frozen=True)
class CodeBehaviour:
    kind: str | None
    pair: bool
    domestic: bool
    home_target: bool
    target_fallbacks: frozenset[str]
    source_fallbacks: frozenset[str]
    promise: str
    concession: bool
    threat: str
    intended: str
    rally: str | None
    prepared: str | None
    joint: bool


def read_behaviour(path: Path | Traversable) -> dict[str, dict[str, str]]:
    """code prefix -> {column: value} ("-" and empty cells left out); LexiconError naming
    the file and line for a bad code, flag, list item or choice."""
    rows: dict[str, dict[str, str]] = {}
    for number, fields in tsv_rows(path, HEADER, pad=True):
        row = dict(zip(HEADER, fields))
        code = row.pop("code")
        if not code.isdigit() or not 2 <= len(code) <= 4 or code in rows:
            raise LexiconError(f"{path}:{number}: a code is 2-4 digits, once: {code!r}")
        values = {k: v for k, v in row.items() if v not in ("", "-")}
        for column, value in values.items():
            bad = (
                (column in FLAGS and value != "yes")
                or (column in LISTS and not set(value.split()) <= LISTS[column])
                or (column in CHOICES and value not in CHOICES[column])
                or (column in CODE_VALUES and not (value.isdigit() or column == "threat" and value == "family"))
            )
            if bad:
                raise LexiconError(f"{path}:{number}: column {column}: unknown value {value!r}")
        rows[code] = values
    return rows


@lru_cache(maxsize=1)
def _rows() -> dict[str, dict[str, str]]:
    return read_behaviour(resources.files("eventdesk.events").joinpath("data", "code_behaviour.tsv"))


@lru_cache(maxsize=None)
def behaviour(code: str) -> CodeBehaviour:
    """The behaviour of a CAMEO code: its rows' flags and lists added up, each value from
    the longest row that gives one."""
    rows = [_rows()[code[:n]] for n in range(2, len(code) + 1) if code[:n] in _rows()]
    values = dict(DEFAULTS)
    for row in rows:
        values.update({k: v for k, v in row.items() if k in DEFAULTS})
    return CodeBehaviour(
        **values,
        **{flag: any(flag in row for row in rows) for flag in FLAGS},
        **{name: frozenset(w for row in rows for w in row.get(name, "").split()) for name in LISTS},
    )


@lru_cache(maxsize=1)
def rally_codes() -> frozenset[str]:
    """The codes of appeals to a third party ("urged X to support Y")."""
    return frozenset(row["rally"] for row in _rows().values() if "rally" in row)
