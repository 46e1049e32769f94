"""CAMEO and PLOVER as lookups: code -> name, Goldstein value, quad class, PLOVER type.

The facts live in the package's TSV files (cameo.tsv, plover.tsv, plover_types.tsv), read
and checked once per process by `load_ontology()`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from eventdesk.errors import EventdeskError, LexiconError
from eventdesk.tables import tsv_rows

__all__ = [
    "CameoCode",
    "Ontology",
    "PloverType",
    "UnknownCode",
    "load_ontology",
    "read_ontology",
]

log = logging.getLogger(__name__)

CODE_LEVELS = (2, 3, 4)  # digits of a root, a base and a sub code
# Roots whose codes PLOVER leaves without a type (make public statement).
ROOTS_WITHOUT_PLOVER = frozenset({"01"})


class UnknownCode(EventdeskError, KeyError):
    """A CAMEO code that the ontology does not define."""

    def __init__(self, code: str):
        self.code = code
        super().__init__(code)

    def __str__(self) -> str:  # KeyError would print the repr of the code
        return f"unknown CAMEO code {self.code!r}"


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    root: str

    @property
    def parent(self) -> str | None:
        """The code one level up ("0231" -> "023" -> "02"); None for a root."""
        if len(self.code) == 2:
            return None
        return self.code[:-1] if len(self.code) == 4 else self.code[:2]


@dataclass(frozen=True, slots=True)
class PloverType:
    type: str
    mode: str | None = None
    # PLOVER allows several contexts per event ("crime;corruption" in the table).
    context: tuple[str, ...] = ()


def quad_class_of_root(root: str) -> int:
    """CAMEO's quad class of a root: 01-05 verbal coop, 06-09 material coop, 10-14 verbal
    conflict, 15-20 material conflict."""
    number = int(root)
    if not 1 <= number <= 20:
        raise ValueError(f"not a CAMEO root: {root!r}")
    if number <= 5:
        return 1
    if number <= 9:
        return 2
    if number <= 14:
        return 3
    return 4


class Ontology:
    """Read-only CAMEO codes and the CAMEO -> PLOVER table. Build with `load_ontology()`."""

    def __init__(
        self,
        cameo: Mapping[str, CameoCode],
        plover: Mapping[str, PloverType | None],
        plover_types: Mapping[str, tuple[str, ...]],
    ):
        self._cameo = MappingProxyType(dict(cameo))
        self._plover = MappingProxyType(dict(plover))
        self._plover_types = MappingProxyType(dict(plover_types))

    def __contains__(self, code: object) -> bool:
        return code in self._cameo

    def cameo(self, code: str) -> CameoCode:
        """The CAMEO code `code` ("0231"); raises UnknownCode when CAMEO has no such code."""
        try:
            return self._cameo[code]
        except (KeyError, TypeError):
            raise UnknownCode(str(code)) from None

    def plover(self, code: str) -> PloverType | None:
        """The PLOVER type of a CAMEO code, or None where PLOVER has none (root 01).

        A code without a row of its own takes its nearest parent's (4-digit -> 3-digit ->
        root); a root takes the row of its "not specified below" code ("19" -> "190").
        """
        entry = self.cameo(code)
        candidates = [entry.code]
        parent = entry.parent
        while parent is not None:
            candidates.append(parent)
            parent = self._cameo[parent].parent
        candidates.append(entry.root + "0")
        for candidate in candidates:
            if candidate in self._plover:
                return self._plover[candidate]
        return None

    def codes(self, level: int | None = None) -> tuple[CameoCode, ...]:
        """All codes in code order; `level` = 2, 3 or 4 keeps codes of that many digits."""
        if level is None:
            return tuple(self._cameo.values())
        if level not in CODE_LEVELS:
            raise ValueError(f"level must be one of {CODE_LEVELS} (digits), not {level!r}")
        return tuple(entry for entry in self._cameo.values() if len(entry.code) == level)

    def plover_types(self) -> tuple[str, ...]:
        """The 16 PLOVER event types, in the manual's order."""
        return tuple(self._plover_types)

    def plover_modes(self, plover_type: str) -> tuple[str, ...]:
        """The modes the PLOVER manual lists for a type (empty for types without modes)."""
        try:
            return self._plover_types[plover_type]
        except KeyError:
            raise KeyError(f"unknown PLOVER type {plover_type!r}") from None


# ---------------------------------------------------------------- reading the files


def _rows(path: Path, header: tuple[str, ...], *, pad: bool = False):
    return tsv_rows(path, header, pad=pad)


def _read_cameo(path: Path) -> dict[str, CameoCode]:
    codes: dict[str, CameoCode] = {}
    for number, (code, name, goldstein, quad) in _rows(
        path, ("code", "name", "goldstein", "quad_class")
    ):
        where = f"{path}:{number}"
        if not (code.isdigit() and len(code) in CODE_LEVELS):
            raise LexiconError(f"{where}: code must be 2, 3 or 4 digits, got {code!r}")
        if code in codes:
            raise LexiconError(f"{where}: code {code} listed twice")
        root = code[:2]
        try:
            expected_quad = quad_class_of_root(root)
        except ValueError:
            raise LexiconError(f"{where}: {code} has no CAMEO root (01-20)") from None
        if not name:
            raise LexiconError(f"{where}: code {code} has no name")
        try:
            value = float(goldstein)
        except ValueError:
            raise LexiconError(f"{where}: goldstein {goldstein!r} is not a number") from None
        if not -10.0 <= value <= 10.0:
            raise LexiconError(f"{where}: goldstein {value} outside -10..10")
        if quad != str(expected_quad):
            raise LexiconError(
                f"{where}: quad_class {quad!r} for {code}; root {root} is quad class "
                f"{expected_quad}"
            )
        entry = CameoCode(code, name, value, expected_quad, root)
        # The file lists codes in order, so a parent comes before its children.
        if entry.parent is not None and entry.parent not in codes:
            raise LexiconError(f"{where}: parent {entry.parent} of {code} is not listed above it")
        codes[code] = entry
    return codes


def _read_plover_types(path: Path) -> dict[str, tuple[str, ...]]:
    types: dict[str, tuple[str, ...]] = {}
    for number, (name, quad, modes, _description) in _rows(
        path, ("plover", "quad_class", "modes", "description")
    ):
        where = f"{path}:{number}"
        if not name.isupper():
            raise LexiconError(f"{where}: PLOVER type must be upper case, got {name!r}")
        if name in types:
            raise LexiconError(f"{where}: PLOVER type {name} listed twice")
        if quad not in {"1", "2", "3", "4"}:
            raise LexiconError(f"{where}: quad_class must be 1-4, got {quad!r}")
        types[name] = tuple(mode for mode in modes.split(";") if mode)
    return types


def _read_plover(
    path: Path, cameo: Mapping[str, CameoCode], types: Mapping[str, tuple[str, ...]]
) -> dict[str, PloverType | None]:
    table: dict[str, PloverType | None] = {}
    for number, (code, plover, mode, context) in _rows(
        path, ("cameo", "plover", "mode", "context"), pad=True
    ):
        where = f"{path}:{number}"
        if code not in cameo:
            raise LexiconError(f"{where}: {code!r} is not a code of the CAMEO table")
        if code in table:
            raise LexiconError(f"{where}: code {code} listed twice")
        if not plover:
            if mode or context:
                raise LexiconError(f"{where}: mode or context given without a PLOVER type")
            table[code] = None
            continue
        if plover not in types:
            raise LexiconError(f"{where}: {plover!r} is not a PLOVER type")
        contexts = tuple(part.strip() for part in context.split(";") if part.strip())
        table[code] = PloverType(plover, mode or None, contexts)
    return table


def _check_plover_coverage(ontology: Ontology, where: Path) -> None:
    for entry in ontology.codes(level=3):
        if entry.root in ROOTS_WITHOUT_PLOVER:
            continue
        if ontology.plover(entry.code) is None:
            raise LexiconError(f"{where}: CAMEO {entry.code} ({entry.name}) has no PLOVER type")


def read_ontology(cameo: Path, plover: Path, plover_types: Path) -> Ontology:
    """Read and check the three ontology files; raise LexiconError naming file and line."""
    codes = _read_cameo(Path(cameo))
    types = _read_plover_types(Path(plover_types))
    table = _read_plover(Path(plover), codes, types)
    ontology = Ontology(codes, table, types)
    _check_plover_coverage(ontology, Path(plover))
    log.debug("ontology: %d CAMEO codes, %d PLOVER rows", len(codes), len(table))
    return ontology


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """The package's CAMEO/PLOVER ontology, read once per process."""
    data = files(__name__)
    return read_ontology(
        Path(str(data / "cameo.tsv")),
        Path(str(data / "plover.tsv")),
        Path(str(data / "plover_types.tsv")),
    )
