"""Whether two actors are one side of an event: the same mention or the same code, except
two persons of different names, a person and a group of people or a named body, and a body
named after another leader.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.actors.index import GEO_TYPES, DocIndex
from eventdesk.actors.sectors import sectors_in
from eventdesk.events.words import words
from eventdesk.model import Actor


def same_mention(a: Actor, b: Actor) -> bool:
    return a.code == b.code and a.start == b.start and a.end == b.end


def same_side(actor: Actor, sources: list[Actor], named_bodies: bool = True) -> bool:
    """Whether `actor` is one of the sources, so no target of theirs: the same mention,
    or the same code ("X and Y agreed", "the ministry ... the government") — except two
    persons of different names, who are two actors though one government holds both
    ("President Obama met Vice President Biden": USAGOV meets USAGOV), nor a named person
    and a group of people or a named body ("Republican leaders rebuked Trump", "Trump
    criticized the State Department"); nor is a body named
    after another leader a person's side ("Trump criticized the Obama administration";
    words: leader_body_noun), unless `named_bodies` is off (the fallbacks that look for a
    target in the object phrase or an earlier event, where a member of that body is
    likelier)."""
    for source in sources:
        if same_mention(actor, source):
            return True
        if actor.code == source.code and not _two_persons(actor, source) and not _person_and_group(actor, source) and not (
                named_bodies and _other_leaders_body(actor, source)):
            return True
    return False


def _person_and_group(a: Actor, b: Actor) -> bool:
    """A person by name and a group of people ("Republican leaders", "party elders") or a
    named body not named after that person ("Trump criticized the State Department"): the
    one is not of the many, though both have one code."""
    if a.kind != "person":
        a, b = b, a
    if a.kind != "person" or not a.name or b.kind == "person":
        return False
    if b.kind == "group":
        return True
    return bool(b.name) and len(b.code) > 3 and _leader_of_body(b) is None


def _two_persons(a: Actor, b: Actor) -> bool:
    if a.kind != "person" or b.kind != "person" or not a.name or not b.name:
        return False
    return a.name.lower().split()[-1] != b.name.lower().split()[-1]


def _other_leaders_body(a: Actor, b: Actor) -> bool:
    if a.kind != "person" and b.kind == "person":
        a, b = b, a
    if a.kind != "person" or b.kind == "person" or not a.name or len(b.code) <= 3:
        return False  # a bare country code stands for the country, not for the body
    leader = _leader_of_body(b)
    return leader is not None and leader != a.name.lower().split()[-1]


def _leader_of_body(actor: Actor) -> str | None:
    """The name before the body noun of "the Obama administration", "the Clinton
    campaign" (lower case), or None for a body not named after a person."""
    parts = actor.text.split()
    if len(parts) < 2 or parts[-1].lower() not in words("leader_body_noun"):
        return None
    name = parts[-2].removesuffix("'s").removesuffix("’s")
    return name.lower() if name[:1].isupper() and name.isalpha() else None


def displaced(actor: Actor) -> bool:
    """Displaced people ("refugees", "migrants"): of the country they come from, which says
    nothing of the country of those who act on them ("the president welcomed Syrian
    refugees" does not make the president Syrian)."""
    return bool(actor.sectors) and set(actor.sectors) <= sectors_in("displaced")


def foreign_person(doc: Doc, index: DocIndex, other: Actor) -> bool:
    """A state's official on the other side whom their own words mark as of a country
    ("Senator X criticized Russian Foreign Minister Sergei Lavrov"): a person named by a
    title alone is no more of that country than of any other state on the other side. An
    official named without one ("criticized Obama", "met Donald Trump") still tells the
    country of a domestic exchange."""
    if other.kind != "person" or not other.country or not set(other.sectors) & sectors_in("state"):
        return False
    span = doc.char_span(other.start, other.end, alignment_mode="expand")
    return span is not None and any(
        m.entries[0].type in GEO_TYPES and m.entries[0].country == other.country
        for m in (index.at.get(t.i) for t in span) if m is not None)


def domestic_group(actor: Actor) -> bool:
    """A group the text names by its kind, not its name ("gay rights groups", "a watchdog
    group", "labor groups"): one of the country where it acts, as CAMEO codes domestic
    groups (USAHRI), while a named transnational body (Amnesty International, the Red
    Cross) keeps no country. Words of abroad ("international rights groups") keep none
    either (with_country), nor do aid and relief groups, which work across borders ("aid
    workers kidnapped in Mali": words.tsv `crossborder_ngo`)."""
    return (actor.code[:3].upper() == "NGO" and not actor.name and actor.kind in ("organization", "group")
            and not words("crossborder_ngo") & set(actor.text.lower().split()))
