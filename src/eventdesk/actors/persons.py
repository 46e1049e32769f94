"""Persons: the name a phrase gives a person, the reading of a dated leader's name on the
article's date, and a person named again later by name alone.

The lexicon's leaders (data/leaders.tsv) and user dictionaries carry date ranges; which of
the readings holds on the publication date is decided here (`pick_leader`, `pick_dated`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from eventdesk.actors.gender import honorifics
from eventdesk.actors.index import GEO_TYPES, DocIndex, Match
from eventdesk.actors.lexicon import Entry, norm
from eventdesk.actors.phrases import Phrase, is_title
from eventdesk.actors.sectors import sectors_in
from eventdesk.actors.words import first_word_countries, organization_last_words
from eventdesk.model import Actor
from eventdesk.nlp import in_headline, sentence_of, text_of


def titled(match: Match, phrase: Phrase, index: DocIndex) -> bool:
    """A person title or honorific right before the name (over the name's own words)."""
    doc = phrase.head.doc
    j = match.start - 1
    while j >= 0 and j in phrase.levels and doc[j].text[:1].isupper() and j not in index.at:
        j -= 1
    return j >= 0 and is_title(j, index)


def fitting_titles(entries: list[Entry], match: Match, phrase: Phrase, index: DocIndex) -> list[Entry]:
    """A leader's roles that the words around the name allow: the text's own title beats
    the dictionary's dates. An international organisation in the phrase ("UN chief") keeps
    the roles at that organisation; a country ("Portuguese Prime Minister") the roles of
    that country; a state title ("Prime Minister", "President") the roles of a state. All
    the entries when the phrase says nothing of the role or nothing fits. None of them when
    the only title is one no leader's role gives ("Sen. Graham" is no foreign minister
    Graham, "Governor Christie" no prime minister Christie): the name is another person's."""
    orgs: set[str] = set()
    countries: set[str] = set()
    state_title = other_title = False
    for i, level in phrase.levels.items():
        other = index.at.get(i)
        if level != 0 or other is None or other.start != i or match.start <= i < match.end:
            continue
        entry = other.entries[0]
        if entry.type == "org" and "IGO" in entry.sectors and entry.org:
            orgs.add(entry.org)
        elif entry.type in ("country", "seat") and entry.country:
            countries.add(entry.country)
        elif entry.type == "role" and entry.kind == "person" and (
                set(entry.sectors) & sectors_in("no_leader") or "local" in entry.flags):
            other_title = True
        elif entry.type == "role" and "GOV" in entry.sectors and entry.kind == "person":
            state_title = True
    if other_title and not (orgs or countries or state_title):
        return []
    if orgs:
        kept = [e for e in entries if e.org in orgs]
    elif countries:
        kept = [e for e in entries if e.org is None and (e.home or e.country) in countries]
    elif state_title:
        kept = [e for e in entries if e.org is None]
    else:
        kept = []
    return kept or entries


def person_span(phrase: Phrase, index: DocIndex) -> Span | None:
    """The person's name in the phrase: a PERSON entity, or the proper nouns around a
    proper-noun head when NER cut the name short or a title stands before it."""
    head = phrase.head
    doc = head.doc
    spans = {index.persons[i].start: index.persons[i] for i in phrase.levels
             if i in index.persons and phrase.levels[i] == 0}
    if head.pos_ == "PROPN" and head.i not in index.at:
        # The proper nouns around the head, which NER may have cut short ("Lu" of "Lu Kang").
        first = last = head.i
        while first - 1 in phrase.levels and doc[first - 1].pos_ == "PROPN" and first - 1 not in index.at:
            first -= 1
        while last + 1 in phrase.levels and doc[last + 1].pos_ == "PROPN" and last + 1 not in index.at:
            last += 1
        overlapping = [s for s in spans.values() if s.start <= last and first < s.end]
        has_title = any(is_title(i, index) for i in phrase.levels if phrase.levels[i] == 0)
        if overlapping or has_title:
            first = min([first, *(s.start for s in overlapping)])
            last = max([last, *(s.end - 1 for s in overlapping)])
            return doc[first:last + 1]
    if not spans:
        return None
    for span in spans.values():
        if span.start <= phrase.head.i < span.end:
            return span
    return max(spans.values(), key=lambda s: s.start)


def person_name(doc: Doc, span: Span | None, user: Entry | None) -> str | None:
    """A listed person's own name, else the words of the name span (no "the", no 's)."""
    if user is not None and user.kind == "person" and user.name:
        return user.name
    if span is None:
        return None
    tokens = [t for t in span if not (t.tag_ == "POS" or t.is_punct and t.text != "-")]
    if tokens and tokens[0].lower_ in ("the",):
        tokens = tokens[1:]
    return doc[tokens[0].i:tokens[-1].i + 1].text if tokens else None


def bare_person(doc: Doc, start: int, end: int, name: str | None,
                registry: list[tuple[int, str, Actor]] | None) -> Actor:
    """A name with no title (at characters start..end): what the same doc said about it
    earlier (`registry`), else just a person."""
    known = registered_person(doc, start, end, name, registry)
    if known is not None:
        return known
    return Actor(text=text_of(doc)[start:end], start=start, end=end, code="", country=None, sectors=[],
                 name=name, kind="person")


def registered_person(doc: Doc, start: int, end: int, name: str | None,
                      registry: list[tuple[int, str, Actor]] | None) -> Actor | None:
    """The person of the registry (persons the doc named before, in text order) that a name
    at characters start..end names again: the same name or its surname ("Vesper" after
    "Dale Vesper"); one named with a title or a country first, else one named in full. None
    when the doc named no such person before. A name in the headline is the person the story
    names first after it: a headline shortens the names its story gives in full ("Cruz" for
    "Sen. Ted Cruz"). So is a name that its own sentence gives in full with a title or a
    country further on ("'Kerry sold us out,' the senator said, referring to Secretary of
    State John Kerry"), when the doc named no such person before."""
    if registry is None or not name:
        return None
    key = norm(name)
    surname = key.split()[-1]
    seen = [entry for entry in reversed(registry) if entry[0] < start]
    if in_headline(doc, start):
        seen += [entry for entry in registry if entry[0] >= end]
    else:
        span = doc.char_span(start, end, alignment_mode="expand")
        stop = sentence_of(span.root).end_char if span is not None else end
        seen += [entry for entry in registry if end <= entry[0] < stop and entry[2].code]
    earlier = [(k, a) for _, k, a in seen if k == key or k.split()[-1] == surname]
    found = next((a for _, a in earlier if a.code), None) or next((a for _, a in earlier), None)
    return None if found is None else replace(found, text=text_of(doc)[start:end], start=start, end=end)


def first_word_key(index: DocIndex, name: Span, actor: Actor) -> str | None:
    """The first word of a person's full name (folded), by which the story may name the
    person again ("Lou Jiwei" ... "Mr. Lou", "Moon Jae-in" ... "Moon"), when the person's
    country names people so (data/name_order.tsv): the country the actor carries, else the
    one the story names most up to the end of the name's sentence. None otherwise: a "Lou
    Dobbs" or "Kim Davis" of an American story is not "Lou" or "Kim" later."""
    words = actor.name.split() if actor.name else []
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower().rstrip(".") in honorifics():
        return None  # "Mr. Lou" is no full name
    country = actor.country or _story_country_by_words(index, sentence_of(name.root).end)
    return norm(words[0]) if country in first_word_countries() else None


def _story_country_by_words(index: DocIndex, end: int) -> str | None:
    """The country the country words before token `end` name more often than all others
    together, at least twice (the lexicon's matches alone: no actor is resolved)."""
    counts: dict[str, int] = {}
    for match in index.matches:
        entry = match.entries[0]
        if match.start < end and entry.type in GEO_TYPES and entry.country:
            counts[entry.country] = counts.get(entry.country, 0) + 1
    if not counts:
        return None
    best, most = max(counts.items(), key=lambda kv: kv[1])
    return best if most >= 2 and most * 2 > sum(counts.values()) else None


def pick_dated(entries: list[Entry], published: str | None) -> Entry:
    """The user-dictionary entry whose date range holds the article's date; outside every
    range the role does not apply and only the person's country and name remain. Without
    a date, the latest role (the one that starts last; the first listed of those that
    start together)."""
    if published is None:
        latest = max(e.valid_from or "" for e in entries)
        return next(e for e in entries if (e.valid_from or "") == latest)
    for entry in entries:
        if holds(entry, published):
            return entry
    return replace(entries[0], sectors=(), code=None)


def holds(entry: Entry, date: str) -> bool:
    """The entry's date range holds `date` (YYYY-MM-DD)."""
    return (entry.valid_from is None or date >= entry.valid_from) and (
        entry.valid_to is None or date <= entry.valid_to)


def pick_leader(entries: list[Entry], published: str | None, titled: bool) -> Entry | None:
    """The reading of a leader's name on the article's date: the role that holds then (the
    date tells Bush father from son); else the person's country with ELI once the role has
    ended, or the country alone before it began. Without a date, the country with GOV when
    every holder of the name shares it (an IGO head alone: the IGO). None when the name
    stays ambiguous between countries; then the holders for whom the surname is not
    title-only win if they agree (Maduro of Venezuela over Maduro of Honduras). Without a
    date, one person who held posts of different states or bodies reads as the latest."""
    if not titled:
        entries = [e for e in entries if "title_only" not in e.flags] or entries
    if published:
        holding = [e for e in entries if holds(e, published)]
        if holding:
            return _reading(_agreeing(holding, lambda e: (e.country, e.org)))
        ended = [e for e in entries if e.valid_to is not None and e.valid_to < published]
        if ended:
            return _reading(_agreeing(ended, lambda e: e.home), sectors=("ELI",))
        return _reading(_agreeing(entries, lambda e: e.home), sectors=())
    if all("igo" in e.flags for e in entries) and len({e.org for e in entries}) == 1:
        return _reading(entries)
    if len({e.name for e in entries}) == 1 and len({(e.org, e.home) for e in entries}) > 1:
        # One person who held several posts, and no date: the latest post ("Antonio
        # Guterres": the UN Secretary-General since 2017, Portugal's prime minister before).
        latest = max(e.valid_from or "" for e in entries)
        return _reading([e for e in entries if (e.valid_from or "") == latest])
    return _reading(_agreeing(entries, lambda e: e.home), sectors=("GOV",))


def _agreeing(candidates: list[Entry], key) -> list[Entry] | None:
    """The candidates when they agree on `key`, else the prominent ones (not title-only)
    when those agree, else None."""
    if len({key(e) for e in candidates}) == 1:
        return candidates
    prominent = [e for e in candidates if "title_only" not in e.flags]
    if prominent and len(prominent) < len(candidates) and len({key(e) for e in prominent}) == 1:
        return prominent
    return None


def _reading(candidates: list[Entry] | None, **change) -> Entry | None:
    """One entry for the agreeing candidates; the name only when they share it."""
    if not candidates:
        return None
    first = candidates[0]
    if "sectors" in change:  # a reading by country: the person's own, no IGO
        change.update(country=first.home, org=None, code=None)
    name = first.name if len({e.name for e in candidates}) == 1 else None
    return replace(first, name=name, **change)


def person_shaped(ent: Span) -> bool:
    """Whether a name NER read as an organisation's has the shape of a person's: two or
    three capitalised words ("Brent Calloway", "Dale Vesper"), none an organisation's last
    word ("... Logistics", "... Party"), and no place the gazetteer knows ("El Fasher"):
    the small model often tags a person so."""
    from eventdesk.where.gazetteer import load_gazetteer

    words = [t for t in ent if not t.is_punct]
    return (2 <= len(words) <= 3 and ent[-1].lower_.rstrip(".") not in organization_last_words()
            and all(t.pos_ == "PROPN" and t.text.isalpha() and t.text[:1].isupper() and t.text[1:].islower()
                    for t in words)
            and not load_gazetteer().lookup(ent.text))


def full_name(name: str) -> bool:
    """A first name and a surname, each capitalised ("Dale Vesper", "Reince Halvor")."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)
