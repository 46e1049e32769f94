"""Composing actors: the lexicon readings found in a noun phrase (its elements) become
Actor records: the country (closest evidence first), the sectors (role words, seats,
leaders), the organisation, ethnic and religious codes, the kind and the name.

This is the place to look when an actor comes out with the wrong code. The code string
itself is spelled by eventdesk.actors.codes (`clean_sectors`, `actor_code`); the readings
of persons and leaders come from persons.py, unlisted group names from groups.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from eventdesk.actors.codes import actor_code, clean_sectors
from eventdesk.actors.coref import pair_actors
from eventdesk.actors.index import GEO_TYPES, DocIndex, Match
from eventdesk.actors.joint import titles_person
from eventdesk.actors.lexicon import Entry
from eventdesk.actors.groups import group_name, is_group_name
from eventdesk.actors.orgnames import name_sectors, name_span, not_an_org
from eventdesk.actors.persons import (bare_person, fitting_titles, person_name, person_shaped, person_span,
                                      pick_dated, pick_leader, registered_person, titled)
from eventdesk.actors.phrases import (MODIFIER_DEPS, Element, Phrase, extent, is_title, locative, nationals_of_origin,
                                      noun_phrase, party_country, title_country, topic_place, event_place, stance_object,
                                      chamber_body)
from eventdesk.actors.registry import person_registry
from eventdesk.actors.role_sectors import role_sectors, stands_alone
from eventdesk.actors.sectors import people_sectors, sectors_in
from eventdesk.model import Actor
from eventdesk.nlp import sentence_of, text_of

# Parts of speech a head may have and still name an actor.
NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ", "X", "NUM"})


# --- from a head to its elements --------------------------------------------------------

def actors_for_head(head: Token, index: DocIndex, published: str | None, use_registry: bool = True,
                    context_country: str | None = None) -> list[Actor]:
    """The actors the noun phrase headed by `head` names. `context_country` is a country
    the phrase shares with an earlier conjunct ("Syrian jets and artillery"). Worked out
    once per Doc (every stage asks about the same heads); each call gets its own copies."""
    key = (head.i, published, use_registry, context_country)
    found = index.heads.get(key)
    if found is None:
        found = index.heads[key] = _actors_for_head(head, index, published, use_registry, context_country)
    return [actor.copy() for actor in found]


def _actors_for_head(head: Token, index: DocIndex, published: str | None, use_registry: bool,
                     context_country: str | None) -> list[Actor]:
    if head.pos_ not in NOMINAL_POS and head.i not in index.at or titles_person(head, index) is not None:
        return []  # a bare title joined to one person's name is that person's (joint.py)
    if head.i in index.at and stance_object(index.at[head.i], index):
        return []  # "an anti-EU party": the EU is the party's cause, no actor
    phrase = noun_phrase(head, index)
    elements = phrase_elements(phrase, index, published)
    head_element = next((e for e in elements if e.is_head), None)
    if head_element is not None and head_element.entry.type == "role" and "modifier" in head_element.entry.flags:
        head_element = None
    if head_element is None and not _names_someone(phrase, elements, index):
        if use_registry and head.text[:1].isupper() and head.pos_ in ("PROPN", "NOUN"):
            # A surname the parser's NER missed, named with a title earlier in the doc.
            start, end = extent(phrase)
            known = registered_person(head.doc, start, end, head.text, person_registry(index))
            if known is not None:
                return [known]
        return _modifier_actors(head, elements, index, published)
    if head_element is not None and "pair" in head_element.entry.flags:
        return pair_actors(phrase, head_element.entry, index)
    return compose(phrase, elements, head_element, index, published, use_registry, context_country)


def _names_someone(phrase: Phrase, elements: list[Element], index: DocIndex) -> bool:
    """A head the lexicon does not know still names an actor: a person or organisation
    NER found, a titled name, a described person, or a group's own name."""
    head = phrase.head
    if head.i in index.persons or head.i in index.orgs or phrase.named:
        return True
    if head.pos_ == "PROPN" and any(is_title(i, index) for i in phrase.levels if phrase.levels[i] == 0):
        return True
    # "the Iranian lawyer Sara Karimi": a descriptive noun the lexicon does not know,
    # with the person's name beside it, is that person.
    if head.pos_ == "NOUN" and any(
            i in index.persons and level == 0 and head.doc[i].dep_ in ("appos", "compound", "flat")
            for i, level in phrase.levels.items()):
        return True
    return is_group_name(phrase, elements) or name_span(phrase, index) is not None


def phrase_elements(phrase: Phrase, index: DocIndex, published: str | None) -> list[Element]:
    """The matches inside the phrase, each with its level and chosen reading, in text order."""
    levels = phrase.levels
    doc = phrase.head.doc
    seen: set[int] = set()  # match starts
    elements: list[Element] = []
    geo_seen: set[str] = set()
    for i in sorted(levels):
        match = index.at.get(i)
        if match is None or match.start in seen:
            continue
        seen.add(match.start)
        if not all(j in levels or doc[j].is_punct for j in range(match.start, match.end)):
            continue
        level = levels[match.root] if match.root in levels else max(levels[j] for j in range(match.start, match.end))
        entry = _choose(match, phrase, index, published, geo_seen, level)
        if entry is None:
            continue
        if entry.type in GEO_TYPES and entry.country and level == 0:
            geo_seen.add(entry.country)
        is_head = match.start <= phrase.head.i < match.end
        if entry.type in GEO_TYPES and not is_head and event_place(match, entry, doc):
            continue  # "the Benghazi widow": where a death happened, not her country
        if not is_head and stance_object(match, index):
            continue  # "anti-EU parties": the cause, not the party's body or country
        elements.append(Element(match, entry, level, is_head))
    return elements


def _us_state_after(match: Match, index: DocIndex) -> bool:
    """A US state, written out or abbreviated, follows the name after a comma ("Manchester,
    New Hampshire", "Manchester, N.H."), and is no country's name too ("Tbilisi, Georgia")."""
    from eventdesk.where.gazetteer import us_state_code

    doc = index.doc
    if match.end + 1 >= len(doc) or doc[match.end].text != ",":
        return False
    after = index.at.get(match.end + 1)
    if after is not None and any(e.type == "country" for e in after.entries):
        return False
    return any(us_state_code(doc[match.end + 1:match.end + 1 + width].text) is not None
               for width in (1, 2, 3) if match.end + 1 + width <= len(doc))


# A hyphen between two states' adjectives joins two sides ("Armenian-Azerbaijani").
HYPHENS = frozenset({"-", "–", "—"})


def _choose(match: Match, phrase: Phrase, index: DocIndex, published: str | None,
            geo_seen: set[str], level: int) -> Entry | None:
    """The reading of a match in this phrase: a leader's on the date, the country the
    sentence names for a shared place name, the ethnic group over the country."""
    entries = match.entries
    users = [e for e in entries if e.type == "person"]
    if users and "leader" in users[0].flags:
        users = fitting_titles(users, match, phrase, index)
        picked = pick_leader(users, published, titled=titled(match, phrase, index)) if users else None
        if picked is not None:
            return picked
        others = [e for e in entries if e.type != "person"]
        return others[0] if others else None
    if users:
        return pick_dated(users, published)
    places = [e for e in entries if e.type in GEO_TYPES and e.country]
    if places and _us_state_after(match, index):
        # "Manchester, N.H.", "Birmingham, Alabama": the US town, whatever else the name is
        return next((e for e in places if e.country == "USA"), None) or replace(places[0], country="USA")
    if len({e.country for e in places}) > 1:
        # A name two countries share ("Tripoli"): the country the sentence names.
        sentence = sentence_of(phrase.head)
        named = {e.country for m in index.matches if sentence.start <= m.start < sentence.end
                 and m is not match for e in m.entries[:1] if e.type in GEO_TYPES}
        chosen = next((e for e in places if e.country in named), None)
        if chosen is not None:
            return chosen
    ethnic = next((e for e in entries if e.type == "ethnic"), None)
    if ethnic is not None:
        doc = phrase.head.doc
        before = doc[match.start - 1].lower_ if match.start > 0 else ""
        geo = next((e for e in entries if e.type in GEO_TYPES), None)
        coordinated = match.root in phrase.conj_of or match.root in phrase.conj_of.values()
        # "ethnic Albanians", "Bosnian Serb forces": the group, not the country; but
        # "Armenian-Azerbaijani clashes" joins two states' adjectives, each its state.
        if before == "ethnic" or (geo is not None and level == 0 and not coordinated
                                  and before not in HYPHENS and geo_seen - {geo.country}):
            return ethnic
    return entries[0]


def _modifier_actors(head: Token, elements: list[Element], index: DocIndex,
                     published: str | None) -> list[Actor]:
    """The head names no actor ("Beijing's abuses"): the actors among its modifiers."""
    actors = []
    for element in elements:
        match = element.match
        if element.level != 0 or element.entry.type == "role":
            continue
        root = head.doc[match.root]
        if root.head.i != head.i or not (root.dep_ in MODIFIER_DEPS or
                                         root.dep_ == "appos" and element.entry.type in GEO_TYPES):
            continue  # "Beijing's abuses", "the capital Kabul"
        phrase = Phrase(head=root, levels={j: 0 for j in range(match.start, match.end)})
        own = [Element(match, element.entry, 0, True)]
        actors.extend(compose(phrase, own, own[0], index, published, True))
    return actors


# --- from elements to actors ------------------------------------------------------------

@dataclass(slots=True)
class _Parts:
    """What a phrase's elements say, gathered once for `compose`."""

    phrase: Phrase
    head_element: Element | None
    head_role: Entry | None
    roles: list[Element]
    mod_roles: list[Entry]  # role words in the phrase itself
    pp_roles: list[Entry]  # role words in an of/from/for phrase
    geo0: list[Element]  # country words in the phrase itself
    regions: list[Element]
    ethnic: list[str | None]
    religion: list[str | None]
    person_span: Span | None
    user: Element | None  # a listed person (leader or user dictionary)
    countries: list[tuple[str, Element | None]]
    org: Element | None = None
    sectors: list[str] = field(default_factory=list)
    foreign: bool = False  # a "foreign" state agent of no named country (UIS)
    homeland: bool = False  # the country is an ethnic group's home state ("Tigrayan forces")
    user_org: str | None = None  # an IGO head's organisation
    org_name: Span | None = None  # the name of an organisation no dictionary lists (orgnames)
    name: str | None = None
    kind: str = "state"
    start: int = 0  # character offsets of the phrase
    end: int = 0


def compose(phrase: Phrase, elements: list[Element], head_element: Element | None,
            index: DocIndex, published: str | None, use_registry: bool,
            context_country: str | None = None) -> list[Actor]:
    """The actors a phrase names, from its elements."""
    parts = _gather(phrase, elements, head_element, index, context_country)
    parts.org = _organisation(parts, elements)
    _settle_sectors(parts, index)
    if parts.org_name is not None and not_an_org(parts.org_name):
        return []  # "the Clean Water Act", "the Spring Summit"
    _settle_name_and_kind(parts, index)
    doc, user = phrase.head.doc, parts.user
    if parts.org is not None:
        return [_org_actor(parts)]
    if user is not None and user.entry.code and not parts.mod_roles and parts.head_role is None:
        entry = user.entry
        return [Actor(text=_text(doc, parts.start, parts.end), start=parts.start, end=parts.end,
                      code=entry.code, country=entry.country, sectors=list(entry.sectors),
                      name=entry.name or parts.name, kind=entry.kind)]
    if not parts.countries and parts.regions:
        return _region_actors(parts)
    if parts.person_span is None or phrase.named:
        named_group = group_name(phrase, elements)
        if named_group is not None:
            return [_group_actor(parts, *named_group)]
    if not parts.countries:
        return _stateless_actors(parts, index, use_registry)
    return _country_actors(parts, index)


def _gather(phrase: Phrase, elements: list[Element], head_element: Element | None,
            index: DocIndex, context_country: str | None) -> _Parts:
    roles = [e for e in elements if e.entry.type == "role" and "pair" not in e.entry.flags]
    head_role = head_element.entry if head_element and head_element.entry.type == "role" else None
    geo = [e for e in elements if e.entry.type in GEO_TYPES and not topic_place(e, head_role, phrase)]
    users = [e for e in elements if e.entry.type == "person" and e.level == 0]
    span = person_span(phrase, index)
    if span is not None and not any(e.entry.kind == "person" for e in roles) and any(
            e.entry.kind in ("group", "organization") and e.level == 0 for e in roles):
        span = None  # "the militant group Jund al-Aqsa": NER took the group for a person
    user = next((e for e in users if e.is_head), users[0] if users else None)
    # Country: the closest evidence wins; of/from/for before in/at.
    geo0 = nationals_of_origin([e for e in geo if e.level == 0], head_role, phrase.head.doc, span is not None)
    chosen_geo = geo0 or [e for e in geo if e.level == 1]
    if not chosen_geo and head_role is not None and span is None:
        chosen_geo = [e for e in geo if e.level == 2][:1]  # "security forces in Guinea"
    countries = _coordinated_countries(chosen_geo, phrase)
    if not countries and user is not None and user.entry.country:
        countries = [(user.entry.country, None)]
    orgs = _employers(elements, head_role, phrase)
    if not countries and not orgs:
        party = party_country(phrase, index) if head_role is not None else None
        party = party or title_country(roles, phrase.head.doc)
        if party is not None:
            countries = [(party, None)]
    if not countries and context_country and head_role is not None and not orgs:
        countries = [(context_country, None)]
    ethnic = [e for e in elements if e.entry.type == "ethnic" and e.level == 0]
    home = next((e.entry.home for e in ethnic if e.entry.home and not e.entry.states), None)
    if not countries and home is not None and not orgs:
        countries = [(home, None)]  # "Uyghur men": the state the people live in
    if not countries and not orgs and _state_role(head_role):
        state = next((s for s in (_people_state(e, index) for e in ethnic) if s), None)
        if state is not None:
            # "the Korean leader": the state's people, so the state's leader.
            countries = [(state, None)]
            ethnic = [e for e in ethnic if not e.entry.states]
    return _Parts(
        phrase=phrase, head_element=head_element, head_role=head_role, roles=roles,
        mod_roles=[e.entry for e in roles if not e.is_head and e.level == 0],
        pp_roles=[e.entry for e in roles if not e.is_head and e.level == 1],
        geo0=geo0, regions=[e for e in elements if e.entry.type == "region" and e.level == 0],
        ethnic=[e.entry.ethnic for e in ethnic],
        religion=[e.entry.religion for e in elements if e.entry.type == "religion" and e.level == 0],
        person_span=span, user=user, countries=countries, homeland=bool(home) and countries == [(home, None)])


def _state_role(role: Entry | None) -> bool:
    """A role of a state's own institutions (leader, government, army, police)."""
    return role is not None and bool(set(role.sectors) & sectors_in("state"))


def _people_state(element: Element, index: DocIndex) -> str | None:
    """The state an ethnic adjective stands for before a state's role: its one state, or
    of the states it may name ("Korean": KOR, PRK) the one the document names last before
    it (a dateline counts), else the first it names after; None when the text names none."""
    states = element.entry.states
    if len(states) == 1:
        return states[0]
    named = [(m.start, e.country) for m in index.matches for e in m.entries[:1]
             if e.type in GEO_TYPES and e.country in states]
    before = [country for start, country in named if start < element.match.start]
    after = [country for start, country in named if start >= element.match.end]
    return before[-1] if before else after[0] if after else None


def _employers(elements: list[Element], head_role: Entry | None, phrase: Phrase) -> list[Element]:
    """The phrase's named organisations, outside in/at phrases (which say where), except
    one a role works at ("prosecutors at the International Criminal Court")."""
    doc = phrase.head.doc
    return [e for e in elements if e.entry.type == "org" and (e.level < 2 or head_role is not None and (
        doc[e.match.root].dep_ == "pobj" and doc[e.match.root].head.lower_ == "at"))]


def _organisation(parts: _Parts, elements: list[Element]) -> Element | None:
    """A named organisation in the phrase, unless it is where an envoy is posted."""
    orgs = _employers(elements, parts.head_role, parts.phrase)
    org = next((e for e in orgs if e.is_head), None) or next((e for e in orgs if e.level == 0), None) \
        or next((e for e in orgs if e.level >= 1), None)
    head_role = parts.head_role
    if org is not None and not org.is_head and parts.geo0 and (
            org.level == 1 or (head_role is not None and "envoy" in head_role.flags)):
        return None
    return org


def _settle_sectors(parts: _Parts, index: DocIndex) -> None:
    """The phrase's sectors: its role words', else a seat's or country's own ("Ankara
    said"), else a listed person's, else the words of an unlisted organisation's name
    ("Acme Widgets Inc.": BUS)."""
    head_role, user = parts.head_role, parts.user
    if head_role is not None and "generic" in head_role.flags:
        # "Pentagon sources", "Kremlin spokesman": the seat is the employer.
        parts.mod_roles = parts.mod_roles + [e.entry for e in parts.geo0 if e.entry.type == "seat" and not e.is_head]
    has_country = bool(parts.countries) or bool(parts.regions)
    sectors, parts.foreign = role_sectors(head_role, parts.mod_roles, parts.pp_roles, has_country,
                                          parts.org is not None)
    if chamber_body(head_role, parts.phrase):
        sectors = ["LEG"]  # "the House Judiciary Committee": the legislature's, not the judiciary's
    head_entry = parts.head_element.entry if parts.head_element else None
    if not sectors and head_entry is not None and head_entry.type in ("seat", "country") and not (
            head_entry.type == "seat" and locative(parts.phrase.head)):
        sectors = list(head_entry.sectors)  # "Ankara said", not "a curfew in Algiers"
    if user is not None and not sectors:
        sectors = list(user.entry.sectors)
    elif user is not None and "ELI" in user.entry.sectors and set(sectors) <= {"GOV"}:
        sectors = ["ELI"]  # "President Bush" in a story written after his term
    if user is None and head_role is None and parts.head_element is None and parts.org is None \
            and parts.person_span is None:
        parts.org_name = name_span(parts.phrase, index)
        if parts.org_name is not None and not sectors:
            sectors = name_sectors(parts.org_name)
    if parts.homeland:
        sectors = people_sectors(sectors)
    parts.sectors = sectors
    parts.user_org = user.entry.org if user is not None and "IGO" in sectors else None


def _settle_name_and_kind(parts: _Parts, index: DocIndex) -> None:
    phrase, user, head_role = parts.phrase, parts.user, parts.head_role
    doc = phrase.head.doc
    name = person_name(doc, parts.person_span, user.entry if user is not None else None)
    is_person = name is not None and parts.person_span is not None or (
        user is not None and user.entry.kind == "person")
    kind = _kind(parts.head_element, head_role, is_person, phrase.head, index, parts.org)
    if user is not None and name is None:
        name = user.entry.name
    if user is not None and not user.is_head and head_role is not None and \
            doc[user.match.root].dep_ in MODIFIER_DEPS:
        # "the Bush administration", "Putin's spokesman": the leader is whose, not who.
        name, kind = None, head_role.kind
    if parts.org_name is not None and kind == "state":
        name, kind = _strip_det(parts.org_name.text), "organization"
    parts.name, parts.kind = name, kind
    parts.start, parts.end = extent(phrase)


def _kind(head_element: Element | None, head_role: Entry | None, is_person: bool,
          head: Token, index: DocIndex, org: Element | None) -> str:
    if is_person:
        return "person"
    if head_role is not None:
        return head_role.kind
    if org is not None:
        return org.entry.kind
    if head_element is not None:
        entry = head_element.entry
        if entry.type == "country":
            return entry.kind
        if entry.type in ("ethnic", "religion"):
            return "group"
        return "state"
    if head.i in index.persons:
        return "person"
    return "state"


def _coordinated_countries(chosen: list[Element], phrase: Phrase) -> list[tuple[str, Element | None]]:
    """The country of the phrase, or several when their words are coordinated."""
    if not chosen:
        return []
    first = chosen[0]
    countries = [(first.entry.country, first)]
    group = {first.match.root}
    for element in chosen[1:]:
        root = element.match.root
        coordinated = phrase.conj_of.get(root) in group or any(phrase.conj_of.get(g) == root for g in group)
        if coordinated and element.entry.country not in {c for c, _ in countries}:
            countries.append((element.entry.country, element))
            group.add(root)
    return countries


# --- the actor records ------------------------------------------------------------------

def _org_actor(parts: _Parts) -> Actor:
    """A listed organisation: its own country and sectors; a national branch takes the
    phrase's country ("the Egyptian Muslim Brotherhood")."""
    entry = parts.org.entry
    doc = parts.phrase.head.doc
    sectors = list(entry.sectors)
    international = bool(sectors) and sectors[0] in sectors_in("international")
    country = entry.country
    if country is None and not international and parts.countries:
        country = parts.countries[0][0]
    kind = parts.kind
    if kind != "person" and (parts.head_role is None or kind != "group"):
        kind = entry.kind
    actor_name = parts.name if kind == "person" and parts.name else entry.name
    code = entry.code or actor_code(country, sectors, entry.org, (), ())
    return Actor(text=_text(doc, parts.start, parts.end), start=parts.start, end=parts.end, code=code,
                 country=country, sectors=sectors, name=actor_name, kind=kind)


def _region_actors(parts: _Parts) -> list[Actor]:
    """A world region with no country ("European leaders")."""
    region = parts.regions[0].entry
    sectors = clean_sectors(parts.sectors, False)
    code = (region.code or "") + "".join(sectors)
    if not code:
        return []
    return [Actor(text=_text(parts.phrase.head.doc, parts.start, parts.end), start=parts.start,
                  end=parts.end, code=code, country=None, sectors=sectors, name=region.name,
                  kind=parts.kind if parts.head_role is not None else "state")]


def _group_actor(parts: _Parts, name: str, armed: bool) -> Actor:
    """A group the lexicon does not list, by the name the text gives it."""
    sectors = parts.sectors
    if armed and not parts.countries:
        # A named armed group of no state: its "Army" is not a state's military.
        sectors = [s for s in sectors if s not in sectors_in("state_force") | {"GOV"}] or ["REB"]
    group_sectors = clean_sectors(sectors, bool(parts.countries))
    country = parts.countries[0][0] if parts.countries else None
    return Actor(text=_text(parts.phrase.head.doc, parts.start, parts.end), start=parts.start,
                 end=parts.end, code=actor_code(country, group_sectors, None, parts.religion, parts.ethnic[:1]),
                 country=country, sectors=group_sectors, name=name, kind="group")


def _stateless_actors(parts: _Parts, index: DocIndex, use_registry: bool) -> list[Actor]:
    """A phrase that names no country: a bare person, a role of no state ("rights groups",
    "foreign ministers": UIS), an organisation NER found."""
    head, doc = parts.phrase.head, parts.phrase.head.doc
    start, end, name, kind = parts.start, parts.end, parts.name, parts.kind
    sectors, head_role = parts.sectors, parts.head_role
    if parts.person_span is not None and not sectors and not parts.ethnic and not parts.religion \
            and parts.user is None:
        return [bare_person(doc, start, end, name, person_registry(index) if use_registry else None)]
    if parts.foreign:
        sectors = ["UIS", *[s for s in sectors if s != "GOV"]]
    cleaned = clean_sectors(sectors, False)
    if not (cleaned or parts.ethnic or parts.religion or parts.person_span is not None or
            (head_role is not None and stands_alone(head_role))):
        if head.i in index.orgs:
            ent = index.orgs[head.i]
            if use_registry:
                # "Sanders said": a surname NER read as an organisation, of a person named
                # with a title earlier ("Senator Bernie Sanders").
                known = registered_person(doc, ent.start_char, ent.end_char, ent.text, person_registry(index))
                if known is not None:
                    return [known]
            kind = "person" if person_shaped(ent) else "organization"
            return [Actor(text=ent.text, start=ent.start_char, end=ent.end_char, code="",
                          country=None, sectors=[], name=_strip_det(ent.text), kind=kind)]
        return []
    if head.i in index.orgs and head_role is None:
        kind = "organization"
        name = name or _strip_det(index.orgs[head.i].text)
    return [Actor(text=_text(doc, start, end), start=start, end=end,
                  code=actor_code(None, cleaned, parts.user_org, parts.religion, parts.ethnic[:1]),
                  country=None, sectors=cleaned, name=name, kind=kind)]


def _country_actors(parts: _Parts, index: DocIndex) -> list[Actor]:
    """One actor per country the phrase names ("Greek and Bulgarian officials": two)."""
    head, doc = parts.phrase.head, parts.phrase.head.doc
    start, end, name, kind = parts.start, parts.end, parts.name, parts.kind
    countries = parts.countries
    if head.i in index.orgs and parts.head_role is None and parts.head_element is None \
            and parts.person_span is None:
        kind = "organization"
        name = _strip_det(index.orgs[head.i].text)
    cleaned = clean_sectors(parts.sectors, True)
    actors = []
    for position, (country, element) in enumerate(countries):
        a_start, a_end = start, end
        if len(countries) > 1 and element is not None:
            # "Greek and Bulgarian officials": the first conjunct is its own words,
            # the last one carries the shared head.
            word_start = doc[element.match.start].idx
            word_end = doc[element.match.end - 1].idx + len(doc[element.match.end - 1])
            if position == 0:
                a_end = word_end
            elif position == len(countries) - 1:
                a_start = word_start
            else:
                a_start, a_end = word_start, word_end
        actor_name = name if name is not None else (
            index.lexicon.country_names.get(country) if kind == "state" else None)
        actors.append(Actor(text=text_of(doc)[a_start:a_end], start=a_start, end=a_end,
                            code=actor_code(country, cleaned, None, parts.religion, parts.ethnic[:1]),
                            country=country, sectors=list(cleaned), name=actor_name, kind=kind))
    return actors


def _text(doc: Doc, start: int, end: int) -> str:
    return text_of(doc)[start:end]


def _strip_det(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text
