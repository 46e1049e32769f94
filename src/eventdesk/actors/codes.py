"""Writing and reading actor codes. Country codes: ISO 3166 alpha-3 (what eventdesk writes)
and CAMEO's codes (what CAMEO-coded data writes), so an evaluator can compare the two, read
from data/cameo_countries.tsv. Actor codes: the order and precedence of sectors in a code
(`clean_sectors`) and the code string itself (`actor_code`: country + sectors + religion +
organisation + ethnic group, or IGO + organisation).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from eventdesk.actors.sectors import primary_order, sectors_in
from eventdesk.tables import tsv_rows


@lru_cache(maxsize=1)
def _cameo_table() -> tuple[dict[str, str], dict[str, str]]:
    """(cameo -> iso3, iso3 -> preferred cameo) from the data file."""
    to_iso: dict[str, str] = {}
    preferred: dict[str, str] = {}
    path = resources.files("eventdesk.actors").joinpath("data", "cameo_countries.tsv")
    for _, (cameo, iso3, is_preferred, _note) in tsv_rows(path, ("cameo", "iso3", "preferred", "note")):
        to_iso[cameo] = iso3
        if is_preferred == "yes":
            preferred[iso3] = cameo
    return to_iso, preferred


def cameo_country(iso3: str | None) -> str | None:
    """The CAMEO country code for an ISO 3166 alpha-3 code (JPN -> JAP; most are unchanged)."""
    if not iso3:
        return None
    return _cameo_table()[1].get(iso3.upper(), iso3.upper())


def iso_from_cameo(code: str | None) -> str | None:
    """The ISO 3166 alpha-3 country of a CAMEO country code or actor code (JAP -> JPN,
    "VTNMIL" -> VNM). None for codes that name no state (IGO, NGO, IMG, ...) or are empty."""
    if not code or len(code) < 3:
        return None
    prefix = code[:3].upper()
    # International sectors stand in the country position of a CAMEO code but name no country.
    if prefix in sectors_in("international"):
        return None
    return _cameo_table()[0].get(prefix, prefix)


def iso_actor_code(code: str) -> str:
    """An actor code with a legacy CAMEO country written the ISO way ("JAPGOV" -> "JPNGOV",
    "VTNMIL" -> "VNMMIL", "GZSREB" -> "PSEREB"); every other code unchanged, so one actor has
    one code whichever scheme a dictionary was written in."""
    prefix = code[:3].upper()
    iso = _cameo_table()[0].get(prefix)
    return iso + code[3:] if iso and len(code) >= 3 else code


def clean_sectors(sectors: list[str], has_country: bool) -> list[str]:
    """At most three sectors in CAMEO order and precedence: an armed non-state role
    outranks state roles, a specific state role outranks GOV, "civilian" gives way to any
    other role; peacekeepers are a state's military (MIL) or, with no state, IGO + PKO."""
    state_forces = sectors_in("state_force")
    found = list(dict.fromkeys(sectors))
    present = set(found)
    if present & sectors_in("armed_nonstate"):
        found = [s for s in found if s not in state_forces | {"GOV"}]
    if "OPP" in present:
        found = [s for s in found if s != "GOV"]
    if present & state_forces:
        found = [s for s in found if s != "GOV"]
    if len(found) > 1:
        found = [s for s in found if s != "CVL"]
    if "PKO" in found:
        if has_country:
            found = ["MIL" if s == "PKO" else s for s in found]
        elif "IGO" not in found:
            found = ["IGO", *found]
    found = list(dict.fromkeys(found))
    # PKO is of the international class but is written after the IGO, never first.
    international_set = sectors_in("international") - {"PKO"}
    primary_set = set(primary_order())
    international = [s for s in found if s in international_set]
    primary = [s for s in primary_order() if s in found]
    party = [s for s in found if s == "PTY"]
    tertiary = [s for s in found if s in sectors_in("tertiary")]
    rest = [s for s in found if s not in international_set and s not in primary_set and s != "PTY"
            and s not in tertiary and s != "PKO"]
    pko = ["PKO"] if "PKO" in found else []
    return (international + pko + primary + party + rest + tertiary)[:3]


def actor_code(country: str | None, sectors: list[str], org: str | None, religion, ethnic) -> str:
    """The CAMEO actor code: country + sectors + religion + organisation + ethnic group;
    CAMEO writes an IGO as IGO + organisation (IGOUNO, IGONAT)."""
    if sectors and sectors[0] == "IGO" and org:
        return "IGO" + org
    return (country or "") + "".join(sectors) + "".join(r for r in religion if r) + (org or "") + \
        "".join(e for e in ethnic if e)
