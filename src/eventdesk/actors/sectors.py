"""The CAMEO sector (role) codes and the sets the coder asks about, read from data/sectors.tsv.

Every stage asks here whether a sector is international, a state's own institution, an armed
group outside the state, ...: the answer lives in one data file, not in sets spread over
the code.

>>> "IGO" in sectors_in("international")
True
>>> primary_order()[:3]
('GOV', 'MIL', 'COP')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from eventdesk.errors import LexiconError
from eventdesk.tables import tsv_rows

CLASSES = frozenset({"primary", "secondary", "tertiary", "international", "party"})
GROUPS = frozenset({"state", "state_core", "state_force", "acts_abroad", "armed_nonstate", "armed", "political",
                    "at_home", "displaced", "no_leader"})


@dataclass(frozen=True, slots=True)
class Sector:
    code: str
    cls: str  # primary | secondary | tertiary | international | party
    groups: frozenset[str]
    name: str


@lru_cache(maxsize=1)
def sector_table() -> dict[str, Sector]:
    """code -> Sector, in the file's order (primary rows in the order a code writes them)."""
    path = resources.files("eventdesk.actors").joinpath("data", "sectors.tsv")
    table: dict[str, Sector] = {}
    for number, (code, cls, groups, name) in tsv_rows(path, ("code", "class", "groups", "name")):
        tags = frozenset(() if groups in ("", "-") else groups.split())
        if cls not in CLASSES or not tags <= GROUPS:
            raise LexiconError(f"{path}:{number}: unknown class or group in {cls!r} / {groups!r}")
        table[code] = Sector(code, cls, tags, name)
    return table


@lru_cache(maxsize=None)
def sectors_in(group: str) -> frozenset[str]:
    """The codes of a class ("international", "primary", ...) or a group ("state", ...)."""
    if group not in CLASSES and group not in GROUPS:
        raise KeyError(f"no sector class or group {group!r}; known: {sorted(CLASSES | GROUPS)}")
    return frozenset(s.code for s in sector_table().values() if s.cls == group or group in s.groups)


@lru_cache(maxsize=1)
def primary_order() -> tuple[str, ...]:
    """Primary roles in the order a CAMEO code writes them."""
    return tuple(s.code for s in sector_table().values() if s.cls == "primary")


def people_sectors(sectors: list[str]) -> list[str]:
    """The sectors of a people named with its home state's code: civilians when no role says
    otherwise ("Uyghur men": CVL), its own fighters for a state's force ("Tigrayan forces": REB)."""
    if not sectors:
        return ["CVL"]
    forces = sectors_in("state_force")
    if not set(sectors) & forces:
        return list(sectors)
    rest = [s for s in sectors if s not in forces]
    return rest if "REB" in rest else ["REB", *rest]
