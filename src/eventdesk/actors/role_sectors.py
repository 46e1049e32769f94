"""The sectors a phrase's role words give it: a head's own, a generic head's modifiers'
("police spokesman" -> COP), an of-phrase's; former officials are elites (ELI)."""

from __future__ import annotations

from eventdesk.actors.lexicon import Entry
from eventdesk.actors.sectors import sectors_in


def role_sectors(head_role: Entry | None, mod_roles: list[Entry], pp_roles: list[Entry],
                 has_country: bool, has_org: bool) -> tuple[list[str], bool]:
    """(sectors, foreign) from the role words of a phrase. A generic head ("spokesman",
    "sources") takes its modifiers' sectors, else an of-phrase's, else its own default."""

    def sectors_of(entries: list[Entry]) -> list[str]:
        found: list[str] = []
        for entry in entries:
            if ("needs_country" in entry.flags or "side" in entry.flags) and not has_country:
                continue
            found.extend(entry.sectors)
        return found

    foreign = any("foreign" in r.flags for r in mod_roles)
    modifier_sectors = sectors_of(mod_roles)
    if head_role is None:
        sectors = modifier_sectors
    elif "generic" not in head_role.flags:
        sectors = modifier_sectors + sectors_of([head_role])
    elif modifier_sectors or has_org:
        sectors = modifier_sectors
    else:
        sectors = sectors_of(pp_roles) or (
            [] if "needs_country" in head_role.flags and not has_country and not foreign
            else list(head_role.sectors))
    if any("former" in r.flags for r in mod_roles):
        sectors = ["ELI" if s == "GOV" else s for s in sectors]  # CAMEO: former officials are elites
    if foreign and not set(sectors) & (sectors_in("state_force") | {"GOV", "LEG"}):
        foreign = False  # "foreign experts" are not a state's agents
    return sectors, foreign


def stands_alone(role: Entry) -> bool:
    """A role noun that names an actor with nothing else: "rights groups", "officials",
    "experts" (a source in statements); not "the group" or "the tanks"."""
    if "generic" in role.flags:
        return role.kind == "person" or "people" in role.flags
    return "needs_country" not in role.flags and "side" not in role.flags
