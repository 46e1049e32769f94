"""The per-document index: the lexicon's phrases matched once over a spaCy Doc, with the
persons and organisations NER found and the tokens of boilerplate (datelines, captions).

Everything later (the noun phrase around a head, the composed actors, the context country)
reads this index instead of the raw tokens. Which reading of a matched phrase fits its
spelling, part of speech and neighbours ("Jordan" in "Jordan Henderson" is no country) is
decided here, in `_usable`.
"""

from __future__ import annotations

from bisect import bisect_right

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from eventdesk.actors.lexicon import Entry, Lexicon, norm
from eventdesk.actors.words import org_name_words, place_nouns
from eventdesk.model import Actor

# Entry types that name a country: a country word, a seat of government, a place in it.
GEO_TYPES = frozenset({"country", "seat", "place"})
# A role word whose last token has one of these parts of speech is no role ("led", "the").
ROLE_BAD_POS = frozenset({"VERB", "AUX", "ADP", "DET", "PRON", "ADV", "CCONJ", "SCONJ", "PART", "PUNCT"})


@dataclass(slots=True)
class Match:
    """One lexicon phrase found in the text."""

    start: int  # token index
    end: int  # token index, exclusive
    entries: tuple[Entry, ...]  # the readings that fit here, best first
    root: int  # token index of the match's syntactic head


@dataclass(slots=True)
class DocIndex:
    """What the lexicon and NER found in one Doc; built once by `build_index`.

    `registry` and `countries` are filled lazily by the modules that need them (persons
    named with a title: registry.person_registry; countries per sentence: context)."""

    doc: Doc
    lexicon: Lexicon
    matches: list[Match]
    at: dict[int, Match]  # token index -> the match covering it
    persons: dict[int, Span]  # token index -> the PERSON entity covering it
    orgs: dict[int, Span]  # token index -> the ORG entity covering it
    boilerplate: frozenset[int] = frozenset()  # tokens of a dateline, caption, ... (doc._.boilerplate)
    registry: list[tuple[int, str, Actor]] | None = None  # (char offset, folded name, person)
    countries: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)  # sentence start -> (start, end, country)
    dateline: list[str | None] = field(default_factory=list)  # [the dateline's country] once context worked it out
    # (head token, date, registry used, shared country) -> the actors the head's phrase names
    # (compose.actors_for_head, worked out once per Doc; callers get copies)
    heads: dict[tuple[int, str | None, bool, str | None], list[Actor]] = field(default_factory=dict)


def build_index(doc: Doc, lexicon: Lexicon) -> DocIndex:
    """Match the lexicon over `doc`: the longest phrase at each token whose readings fit."""
    persons, orgs = _entity_tokens(doc)
    matches, at = _match_phrases(doc, lexicon, persons)
    _drop_group_persons(persons, at)
    matches = _surnames_over_places(doc, matches, at, persons)
    return DocIndex(doc=doc, lexicon=lexicon, matches=matches, at=at, persons=persons, orgs=orgs,
                    boilerplate=_boilerplate_tokens(doc))


def _entity_tokens(doc: Doc) -> tuple[dict[int, Span], dict[int, Span]]:
    """token -> PERSON entity, token -> ORG entity."""
    persons: dict[int, Span] = {}
    orgs: dict[int, Span] = {}
    for ent in doc.ents:
        if ent.label_ == "ORG" and not ent[-1].text[:1].isupper() and not ent[-1].is_digit:
            continue  # an organisation's name ends in a capital, not "... 'crackdown"
        label = ent.label_
        if label == "PERSON" and ent[-1].text[:1].isupper() and \
                org_name_words().get(ent[-1].lower_.rstrip("."), "not_org") not in ("not_org", "REL"):
            label = "ORG"  # "the Marlow Gazette", "Brindle Widgets Inc.": no person's name
        target = persons if label == "PERSON" else orgs if label == "ORG" else None
        if target is not None:
            for i in range(ent.start, ent.end):
                target[i] = ent
    return persons, orgs


def _match_phrases(doc: Doc, lexicon: Lexicon, persons: dict[int, Span]
                   ) -> tuple[list[Match], dict[int, Match]]:
    normed = [norm(t.text) for t in doc]
    matches: list[Match] = []
    at: dict[int, Match] = {}
    i, n = 0, len(doc)
    while i < n:
        lengths = lexicon.first.get(normed[i])
        if not lengths and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and i not in persons:
            # A one-letter slip in a country's name ("Ethopia") still names it.
            fixed = lexicon.corrected(normed[i])
            if fixed is not None:
                normed[i] = fixed
                lengths = lexicon.first.get(fixed)
        if not lengths:
            i += 1
            continue
        for length in lengths:
            if i + length > n:
                continue
            entries = lexicon.index.get(tuple(normed[i:i + length]))
            if not entries:
                continue
            entries = _usable(doc, lexicon, i, i + length, entries, normed, persons, at)
            if entries:
                match = Match(i, i + length, entries, _match_root(doc[i:i + length]))
                matches.append(match)
                for j in range(i, i + length):
                    at[j] = match
                i += length
                break
        else:
            i += 1
    return matches, at


# Dependency labels of a noun that takes part in its clause's action.
PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "poss", "dative", "agent"})


def _match_root(span: Span) -> int:
    outside = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    # A name the parser broke apart ("Côte" as an adverb): its last word heads it.
    return span.root.i if len(outside) <= 1 else span[-1].i


def _drop_group_persons(persons: dict[int, Span], at: dict[int, Match]) -> None:
    """NER sometimes calls a group a person ("Uighur Muslims"): a person's name has a
    capitalised word the lexicon does not know as a place, group or organisation."""
    for ent in {e.start: e for e in persons.values()}.values():
        if not any(t.text[:1].isupper() and (t.i not in at or at[t.i].entries[0].type in ("role", "person"))
                   for t in ent):
            for i in range(ent.start, ent.end):
                del persons[i]


def _surnames_over_places(doc: Doc, matches: list[Match], at: dict[int, Match],
                          persons: dict[int, Span]) -> list[Match]:
    """A person named in full earlier is named again by surname, and a surname may be a
    country word ("Cuban" after "Mark Cuban", "English" after "Bill English"): standing
    alone as a participant (subject, object), not before a noun it describes ("Cuban
    officials"), the word is that person, not the country. The match is dropped and the
    word becomes a PERSON mention."""
    surnames: dict[str, int] = {}  # surname -> end of its first full name
    for span in {id(s): s for s in persons.values()}.values():
        if len(span) >= 2 and span[-1].text[:1].isupper():
            surnames.setdefault(span[-1].lower_, span.end)
    if not surnames:
        return matches
    dropped = set()
    for match in matches:
        token = doc[match.start]
        if (match.end - match.start != 1 or match.start in persons or not token.text[:1].isupper()
                or surnames.get(token.lower_, len(doc)) > match.start
                or not all(e.type in GEO_TYPES for e in match.entries)
                or token.dep_ not in PARTICIPANT_DEPS or token.head.dep_ in ("amod", "compound")):
            continue
        dropped.add(match.start)
        del at[match.start]
        persons[match.start] = doc[match.start:match.end]
    return [m for m in matches if m.start not in dropped] if dropped else matches


def _boilerplate_tokens(doc: Doc) -> frozenset[int]:
    if not (Doc.has_extension("boilerplate") and doc._.boilerplate):
        return frozenset()
    # Each token is looked up among the ranges sorted by start (not checked against every
    # range: a long article has many).
    ranges = sorted((start, end) for start, end, _ in doc._.boilerplate)
    starts = [start for start, _ in ranges]
    reach, covered = 0, []  # the furthest end of the ranges starting at or before each one
    for _, end in ranges:
        reach = max(reach, end)
        covered.append(reach)
    found = []
    for token in doc:
        k = bisect_right(starts, token.idx) - 1
        if k >= 0 and token.idx < covered[k]:
            found.append(token.i)
    return frozenset(found)


def _usable(doc: Doc, lexicon: Lexicon, start: int, end: int, entries: tuple[Entry, ...],
            normed: list[str], persons: dict[int, Span], at: dict[int, Match]) -> tuple[Entry, ...]:
    """The entries whose spelling, part of speech and context fit the tokens."""
    tokens = doc[start:end]
    last = doc[end - 1]
    before = normed[start - 1] if start > 0 else ""
    after = normed[end] if end < len(doc) else ""
    person = persons.get(start)
    in_longer_person = person is not None and _name_length(person) > (end - start)
    usable = []
    for entry in entries:
        if not all(_case_fits(t.text, pattern) for t, pattern in zip(tokens, entry.case)):
            continue
        if entry.type == "role":
            if last.pos_ in ROLE_BAD_POS and not (last.pos_ == "ADV" and last.dep_ == "amod"):
                continue
            if entry.kind == "person" and entry.form == "singular" and last.pos_ not in ("NOUN", "PROPN"):
                continue
        elif entry.type in GEO_TYPES or entry.type == "region":
            if in_longer_person and not (entry.form == "adjective" and _names_group(lexicon, normed, end)):
                continue  # "Jordan Henderson", "Georgia Meloni"; not "Bosnian Serbs"
            if "weak" in entry.flags and last.ent_type_ not in ("GPE", "LOC") and after not in place_nouns():
                continue
        elif entry.type == "ethnic" and "context" in entry.flags:
            if not (before == "ethnic" or last.ent_type_ == "NORP" or after in lexicon.group_nouns):
                continue
        elif entry.type == "person" and "short" in entry.flags:
            if not _short_name_fits(doc, lexicon, start, end, entry, normed, at, persons):
                continue
        usable.append(entry)
    return tuple(usable)


def _name_length(ent: Span) -> int:
    """An entity's length less a possessive ending NER took in ("Papua New Guinea's")."""
    end = ent.end
    while end > ent.start and ent.doc[end - 1].lower_ in ("'s", "’s", "'", "’"):
        end -= 1
    return end - ent.start


def _names_group(lexicon: Lexicon, normed: list[str], i: int) -> bool:
    """The word at i names an ethnic, religious or national group or a role ("Serbs",
    "Muslims", "Kurds", "rebels"): NER that reads "Bosnian Serbs" as a person is wrong."""
    if i >= len(normed):
        return False
    return any(e.type in ("ethnic", "religion", "role") or e.form in ("demonym", "demonyms")
               for e in lexicon.lookup((normed[i],)))


def _short_name_fits(doc: Doc, lexicon: Lexicon, start: int, end: int, entry: Entry,
                     normed: list[str], at: dict[int, Match], persons: dict[int, Span]) -> bool:
    """A leader's surname names the leader after a title or honorific ("President Bush",
    "Mr Mugabe", "President George Bush"), before a government noun ("the Putin
    government"), or alone where NER reads it as a name, unless the surname is a common
    one (title_only). The name around it must be the leader's own: "Laura Bush" is not
    George Bush, "Foreign Minister Lee Seo-yeon" is not Lee Myung-bak."""
    first, last = _entity_bounds(doc, start, end)
    for k in range(first, last):
        if start <= k < end or normed[k] in entry.name_words or doc[k].is_punct or \
                doc[k].tag_ == "POS" or normed[k] in ("the", "'s") or k in at:
            continue
        return False
    j = start - 1
    while j >= 0 and normed[j] in entry.name_words and doc[j].text[:1].isupper():
        j -= 1
    if j >= 0 and j in at and at[j].end - 1 == j and any(
            e.type == "role" and e.kind == "person" and e.form == "singular" for e in at[j].entries):
        return True
    if "title_only" in entry.flags or _other_namesake_before(doc, start, entry, normed, persons):
        return False
    if end < len(doc) and any(e.type == "role" and e.kind in ("state", "organization") and
                              "modifier" not in e.flags for e in lexicon.lookup((normed[end],))):
        return doc[end - 1].pos_ == "PROPN"
    # Alone, the surname must be read by NER as a name: the small model often calls a
    # lone surname an organisation ("Maduro said"), never a place ("the Mandela Bridge").
    # In a short sentence it may miss the name altogether ("Merkel met Hollande"): a proper
    # noun NER leaves untagged that acts as a participant (subject, object) still names him.
    token = doc[start]
    if token.ent_type_ == "" and end - start == 1 and token.pos_ == "PROPN":
        return token.dep_ in PARTICIPANT_DEPS
    return token.ent_type_ in ("PERSON", "ORG")


def _other_namesake_before(doc: Doc, start: int, entry: Entry, normed: list[str],
                           persons: dict[int, Span]) -> bool:
    """The person the text last named in full with this surname before `start` is another
    than the leader: "Bush" alone after "Jeb Bush" is Jeb Bush, not George W. Bush (a title
    still names the leader: "President Bush")."""
    surname = normed[start]
    latest = None
    for span in {id(s): s for s in persons.values()}.values():
        if len(span) >= 2 and span.end <= start and normed[span.end - 1] == surname and (
                latest is None or span.start > latest.start):
            latest = span
    return latest is not None and any(
        normed[k] not in entry.name_words and not doc[k].is_punct for k in range(latest.start, latest.end))


def _entity_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token bounds of the named entity around start..end (start, end when there is none)."""
    first, last = start, end
    if doc[start].ent_iob_ in ("B", "I"):
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        while last < len(doc) and doc[last].ent_iob_ == "I":
            last += 1
    return first, max(last, end)


def _case_fits(text: str, pattern: str) -> bool:
    if not pattern:
        return True
    if pattern == "cap":
        return text[:1].isupper()
    return text == pattern
