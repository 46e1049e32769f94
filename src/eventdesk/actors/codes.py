"""Country codes: ISO 3166 alpha-3 (what eventdesk writes) and CAMEO's codes (what CAMEO-coded
data writes), so an evaluator can compare the two. Read from data/cameo_countries.tsv.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from eventdesk.tables import tsv_rows

# Codes that stand in the country position of a CAMEO code but name no country.
NON_STATE_PREFIXES = frozenset({"IGO", "NGO", "NGM", "IMG", "INT", "MNC", "UIS"})


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
    if prefix in NON_STATE_PREFIXES:
        return None
    return _cameo_table()[0].get(prefix, prefix)
