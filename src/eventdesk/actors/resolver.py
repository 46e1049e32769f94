"""Actor resolution over a spaCy parse: the lexicon's phrases are matched once per Doc, then
the noun phrase around a head token is composed into CAMEO-style actors (country + sectors +
organisation, ethnic and religious codes; person names from titles, NER and the dated list
of leaders). `context_country` gives the country a text implies for an actor it leaves bare.
"""

from __future__ import annotations

import logging
import weakref
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from spacy.tokens import Doc, Span, Token

from eventdesk.nlp import text_of
from eventdesk.actors.dictionaries import read_dictionary
from eventdesk.actors.lexicon import Entry, Lexicon, builtin_lexicon, norm, read_tsv
from eventdesk.model import Actor

log = logging.getLogger(__name__)

# A prepositional phrase inside a noun phrase: "of/from/for" name whose actor it is ("the
# foreign minister of Japan"); "in/at" only say where, and count when nothing closer does.
STRONG_PREPS = frozenset({"of", "from", "for"})
WEAK_PREPS = frozenset({"in", "at", "inside", "within"})
# Children that are never part of the noun phrase that names an actor.
SKIP_DEPS = frozenset({
    "conj", "cc", "preconj", "punct", "relcl", "acl", "advcl", "ccomp", "xcomp", "mark", "aux",
    "auxpass", "neg", "prep", "parataxis", "dep", "meta", "intj", "nsubj", "nsubjpass",
    "dobj", "agent", "advmod",
})
# Dependents that sit inside the noun phrase of their head: climb over them to find it.
CLIMB_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "flat", "nummod", "npadvmod"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
NAMING_VERBS = frozenset({"call", "name", "know", "dub", "label"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ", "X", "NUM"})
ROLE_BAD_POS = frozenset({"VERB", "AUX", "ADP", "DET", "PRON", "ADV", "CCONJ", "SCONJ", "PART", "PUNCT"})
PLACE_NOUNS = frozenset({"province", "state", "region", "governorate", "county", "district",
                         "prefecture", "oblast", "territory", "city", "provinces", "states"})
GEO_TYPES = frozenset({"country", "seat", "place"})
INTERNATIONAL = frozenset({"IGO", "NGO", "NGM", "IMG", "INT", "MNC", "UIS"})
NON_STATE_ARMED = frozenset({"REB", "INS", "SEP", "UAF"})
STATE_FORCES = frozenset({"MIL", "COP", "SPY", "JUD"})
PRIMARY_ORDER = ("GOV", "MIL", "COP", "SPY", "JUD", "OPP", "REB", "INS", "SEP", "UAF")
# Prepositions whose object says where something happens ("a curfew in Algiers"), and words
# of motion after which "from X"/"to X" is a place ("arrived from Kabul").
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "around", "across", "into",
                            "throughout", "within", "through", "beyond", "onto"})
MOTION_WORDS = frozenset(
    "arrive return fly travel flee come go head move march drive walk sail deploy redeploy "
    "evacuate withdraw retreat relocate transfer escape expel deport airlift ship smuggle "
    "trip visit journey flight road route way highway railway train bus convoy pilgrimage "
    "arrival departure return withdrawal evacuation".split())
# A story's country by dominance: named at least this often (and in 2/3 of country mentions).
STORY_COUNTRY_MIN = 2
# How many sentences back "both sides" may look for the two countries it means.
PAIR_LOOKBACK_SENTENCES = 3
# Docs whose matches are kept; a coder resolves many tokens of one Doc in a row.
DOC_CACHE_SIZE = 8


@lru_cache(maxsize=1)
def name_words() -> tuple[frozenset[str], frozenset[str]]:
    """(name heads, armed words) from data/name_words.tsv."""
    heads, armed = set(), set()
    for _, (word, word_class) in read_tsv("name_words.tsv"):
        (heads if word_class == "name_head" else armed).add(word)
    return frozenset(heads), frozenset(armed)


@dataclass(slots=True)
class _Match:
    start: int  # token index
    end: int  # token index, exclusive
    entries: tuple[Entry, ...]
    root: int  # token index of the match's syntactic head


@dataclass(slots=True)
class _DocIndex:
    matches: list[_Match]
    at: dict[int, _Match]
    persons: dict[int, Span]
    orgs: dict[int, Span]
    registry: list[tuple[int, str, Actor]] | None = None
    countries: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)  # sentence start -> (start, end, country)
    boilerplate: frozenset[int] = frozenset()  # tokens of a dateline, caption, ... (doc._.boilerplate)


@dataclass(slots=True)
class _Element:
    match: _Match
    entry: Entry
    level: int  # 0 in the noun phrase, 1 in an of/from/for phrase, 2 in an in/at phrase
    is_head: bool


@dataclass(slots=True)
class _Phrase:
    head: Token
    levels: dict[int, int]
    conj_of: dict[int, int] = field(default_factory=dict)  # token -> the modifier it is coordinated with
    named: list[int] = field(default_factory=list)  # tokens of "a group called <X>"


class ActorResolver:
    """Turns noun phrases of a parsed Doc into Actor records. Load once, use for every Doc."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self._docs: dict[int, tuple[weakref.ref, _DocIndex]] = {}
        self._nlp = None

    @classmethod
    def load(cls, extra_files: Sequence[Path] = ()) -> "ActorResolver":
        """The built-in lexicon plus user dictionaries (YAML or CSV), applied in order."""
        lexicon = builtin_lexicon()
        if extra_files:
            lexicon = lexicon.overridden([read_dictionary(Path(p), lexicon) for p in extra_files])
        return cls(lexicon)

    # --- public API -------------------------------------------------------------------

    def resolve(self, token: Token, published: str | None = None) -> list[Actor]:
        """Actors named by the noun phrase headed by `token` (its subtree: compounds, amod,
        poss, appos, nmod, conjuncts, 'of' phrases like 'the foreign minister of Japan').
        [] when none."""
        doc = token.doc
        index = self._index(doc)
        published = published or _doc_published(doc)
        heads = [token] if token.dep_ == "conj" else [token, *(c for c in token.conjuncts if c.i > token.i)]
        actors: list[Actor] = []
        shared: str | None = None
        for position, head in enumerate(heads):
            # "Syrian jets and artillery": the artillery is Syrian too.
            found = self._actors_for_head(head, index, published, context_country=shared)
            if position == 0 and found and found[0].country and self._has_country_modifier(head, index):
                shared = found[0].country
            actors.extend(found)
        return actors

    def _has_country_modifier(self, head: Token, index: _DocIndex) -> bool:
        """A common noun with a country word before it ("Israeli helicopters")."""
        return head.pos_ == "NOUN" and any(
            c.dep_ in MODIFIER_DEPS and c.i in index.at and index.at[c.i].entries[0].type in GEO_TYPES
            for c in head.children)

    def mentions(self, span: Doc | Span, published: str | None = None) -> list[Actor]:
        """Every actor mention in text order, non-overlapping, longest first."""
        doc = span if isinstance(span, Doc) else span.doc
        index = self._index(doc)
        published = published or _doc_published(doc)
        start, end = (0, len(doc)) if isinstance(span, Doc) else (span.start, span.end)
        if start >= end:
            return []
        heads: set[int] = set()
        for match in index.matches:
            if start <= match.start < end:
                heads.add(self._climb(doc[match.root], index).i)
        for ent in (span.ents if isinstance(span, Span) else doc.ents):
            if ent.label_ in ("PERSON", "ORG"):
                heads.add(self._climb(ent.root, index).i)
        surnames = {key.split()[-1] for _, key, _ in self._registry(doc, index)} if index.persons else set()
        if surnames:
            # A titled person named again by surname alone, which NER may miss ("Mendes said").
            for token in doc[start:end]:
                if token.text[:1].isupper() and token.lower_ in surnames and token.i not in index.persons:
                    heads.add(self._climb(token, index).i)
        groups = []
        for head in sorted(heads - index.boilerplate):  # a dateline or caption names no actor
            found = [a for a in self._actors_for_head(doc[head], index, published)
                     if doc[start].idx <= a.start < (doc[end - 1].idx + len(doc[end - 1]))]
            if found:
                groups.append(found)
        # Longest phrase first; a phrase that overlaps one already taken is dropped.
        groups.sort(key=lambda g: (-max(a.end - a.start for a in g), g[0].start))
        taken: list[tuple[int, int]] = []
        chosen: list[Actor] = []
        for group in groups:
            spans = {(a.start, a.end) for a in group}
            if any(s < e2 and s2 < e for s, e in spans for s2, e2 in taken):
                continue
            taken.extend(spans)
            chosen.extend(group)
        chosen.sort(key=lambda a: (a.start, a.end))
        return chosen

    def context_country(self, token: Token, published: str | None = None) -> str | None:
        """The country the text implies for an actor it names without one ("the foreign
        ministry said", "local health officials", "security forces"), the way CAMEO coders
        read a domestic story:

        1. the one country the token's sentence names outside the token's own phrase, or
           the one it names more often than all others together (at least twice);
        2. else, when the sentence names none, the story's country: its dateline's
           ("KHARTOUM (Reuters) -"), or the country of the sentences up to this one when
           they name only one, or one that dominates them (named at least twice, and in
           two thirds of the country mentions).

        None when the sentence names several countries none of which dominates, or the story
        none. It changes nothing `resolve` or `mentions` return; the caller decides where it
        is wrong: in an international event, the state on the other
        side is no country of the actor's ("Biden met the Israeli prime minister")."""
        doc = token.doc
        index = self._index(doc)
        published = published or _doc_published(doc)
        own = token.sent
        phrase = self._phrase(token, index)
        low, high = self._extent(phrase)
        here: dict[str, int] = {}
        for start, end, country in self._sentence_countries(own, index, published):
            if end <= low or start >= high:
                here[country] = here.get(country, 0) + 1
        if here:
            best, most = max(here.items(), key=lambda kv: kv[1])
            # One country, or one named more often than all the others together
            # ("villages near Moldova's border with Ukraine, Moldovan officials said").
            if len(here) == 1 or most >= 2 and most * 2 > sum(here.values()):
                return best
            return None
        return self.story_country(own, published)

    def story_country(self, sentence: Span, published: str | None = None) -> str | None:
        """The country a story is about, as far as `sentence`: its dateline's, else the one
        country its sentences name up to there, or one that dominates them (named at least
        STORY_COUNTRY_MIN times and in two thirds of the country mentions); else None."""
        doc = sentence.doc
        index = self._index(doc)
        published = published or _doc_published(doc)
        dateline = self._dateline_country(doc, index)
        if dateline:
            return dateline
        sentences = list(doc._.content_sents if Doc.has_extension("content_sents") and
                         doc._.content_sents is not None else doc.sents)
        counts: dict[str, int] = {}
        for other in sentences:
            if other.start > sentence.start:
                break
            sentence_countries = self._sentence_countries(other, index, published)
            for _, _, country in sentence_countries:
                counts[country] = counts.get(country, 0) + 1
        if not counts:
            return None
        best, most = max(counts.items(), key=lambda kv: kv[1])
        if len(counts) == 1 or most >= STORY_COUNTRY_MIN and most * 3 >= 2 * sum(counts.values()):
            return best
        return None

    def _sentence_countries(self, sentence: Span, index: _DocIndex, published: str | None
                            ) -> list[tuple[int, int, str]]:
        found = index.countries.get(sentence.start)
        if found is None:
            found = [(a.start, a.end, a.country) for a in self.mentions(sentence, published) if a.country]
            index.countries[sentence.start] = found
        return found

    def _dateline_country(self, doc: Doc, index: _DocIndex) -> str | None:
        """The country of a dateline the cleaning stage marked ("KYIV (Reuters) -")."""
        if not Doc.has_extension("boilerplate") or not doc._.boilerplate:
            return None
        for start, end, reason in doc._.boilerplate:
            if reason != "dateline":
                continue
            for match in index.matches:
                token = doc[match.start]
                if start <= token.idx < end:
                    geo = next((e for e in match.entries if e.type in GEO_TYPES and e.country), None)
                    if geo is not None:
                        return geo.country
        return None

    def resolve_text(self, text: str) -> list[Actor]:
        """Actors in a bare phrase or sentence, offsets relative to `text`."""
        if self._nlp is None:
            from eventdesk.nlp import load_nlp
            from eventdesk.settings import Settings

            self._nlp = load_nlp(Settings())
        return self.mentions(self._nlp(text))

    # --- matching ---------------------------------------------------------------------

    def _index(self, doc: Doc) -> _DocIndex:
        cached = self._docs.get(id(doc))
        if cached is not None and cached[0]() is doc:
            return cached[1]
        index = self._build_index(doc)
        if len(self._docs) >= DOC_CACHE_SIZE:
            for key in [k for k, (ref, _) in self._docs.items() if ref() is None] or [next(iter(self._docs))]:
                del self._docs[key]
        self._docs[id(doc)] = (weakref.ref(doc), index)
        return index

    def _build_index(self, doc: Doc) -> _DocIndex:
        persons: dict[int, Span] = {}
        orgs: dict[int, Span] = {}
        for ent in doc.ents:
            if ent.label_ == "ORG" and not ent[-1].text[:1].isupper() and not ent[-1].is_digit:
                continue  # an organisation's name ends in a capital, not "... 'crackdown"
            target = persons if ent.label_ == "PERSON" else orgs if ent.label_ == "ORG" else None
            if target is not None:
                for i in range(ent.start, ent.end):
                    target[i] = ent
        lexicon = self.lexicon
        normed = [norm(t.text) for t in doc]
        matches: list[_Match] = []
        at: dict[int, _Match] = {}
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
                entries = self._usable(doc, i, i + length, entries, normed, persons, at)
                if entries:
                    span = doc[i:i + length]
                    outside = [t for t in span if not (i <= t.head.i < i + length) or t.head.i == t.i]
                    # A name the parser broke apart ("Côte" as an adverb): its last word heads it.
                    root = span.root.i if len(outside) <= 1 else span[-1].i
                    match = _Match(i, i + length, entries, root)
                    matches.append(match)
                    for j in range(i, i + length):
                        at[j] = match
                    i += length
                    break
            else:
                i += 1
        # NER sometimes calls a group a person ("Uighur Muslims"): a person's name has a
        # capitalised word the lexicon does not know as a place, group or organisation.
        for ent in {id(e): e for e in persons.values()}.values():
            if not any(t.text[:1].isupper() and (t.i not in at or at[t.i].entries[0].type in ("role", "person"))
                       for t in ent):
                for i in range(ent.start, ent.end):
                    del persons[i]
        boilerplate: set[int] = set()
        if Doc.has_extension("boilerplate") and doc._.boilerplate:
            for token in doc:
                if any(start <= token.idx < end for start, end, _ in doc._.boilerplate):
                    boilerplate.add(token.i)
        return _DocIndex(matches=matches, at=at, persons=persons, orgs=orgs,
                         boilerplate=frozenset(boilerplate))

    def _usable(self, doc: Doc, start: int, end: int, entries: tuple[Entry, ...],
                normed: list[str], persons: dict[int, Span], at: dict[int, _Match]) -> tuple[Entry, ...]:
        """The entries whose spelling, part of speech and context fit the tokens."""
        tokens = doc[start:end]
        last = doc[end - 1]
        before = normed[start - 1] if start > 0 else ""
        after = normed[end] if end < len(doc) else ""
        person = persons.get(start)
        in_longer_person = person is not None and (person.end - person.start) > (end - start)
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
                if in_longer_person and not (entry.form == "adjective" and self._names_group(normed, end)):
                    continue  # "Jordan Henderson", "Georgia Meloni"; not "Bosnian Serbs"
                if "weak" in entry.flags and last.ent_type_ not in ("GPE", "LOC") and after not in PLACE_NOUNS:
                    continue
            elif entry.type == "ethnic" and "context" in entry.flags:
                if not (before == "ethnic" or last.ent_type_ == "NORP" or after in self.lexicon.group_nouns):
                    continue
            elif entry.type == "person" and "short" in entry.flags:
                if not self._short_name_fits(doc, start, end, entry, normed, at):
                    continue
            usable.append(entry)
        return tuple(usable)

    def _names_group(self, normed: list[str], i: int) -> bool:
        """The word at i names an ethnic, religious or national group or a role ("Serbs",
        "Muslims", "Kurds", "rebels"): NER that reads "Bosnian Serbs" as a person is wrong."""
        if i >= len(normed):
            return False
        return any(e.type in ("ethnic", "religion", "role") or e.form in ("demonym", "demonyms")
                   for e in self.lexicon.lookup((normed[i],)))

    def _short_name_fits(self, doc: Doc, start: int, end: int, entry: Entry, normed: list[str],
                         at: dict[int, _Match]) -> bool:
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
        if "title_only" in entry.flags:
            return False
        if end < len(doc) and any(e.type == "role" and e.kind in ("state", "organization") and
                                  "modifier" not in e.flags for e in self.lexicon.lookup((normed[end],))):
            return doc[end - 1].pos_ == "PROPN"
        # Alone, the surname must be read by NER as a name: the small model often calls a
        # lone surname an organisation ("Maduro said"), never a place ("the Mandela Bridge").
        return doc[start].ent_type_ in ("PERSON", "ORG")

    def _climb(self, token: Token, index: _DocIndex) -> Token:
        """The head of the noun phrase a matched word belongs to."""
        for _ in range(12):
            dep, head = token.dep_, token.head
            if head is token or head.i == token.i:
                break
            if dep in CLIMB_DEPS:
                if dep in ("compound", "nmod") and self._heads_coordination(token, index):
                    break
                if dep == "appos" and not _adjacent(token, head):
                    break
                token = head
                continue
            if dep == "conj" and head.dep_ in MODIFIER_DEPS:
                token = head  # "Greek and Bulgarian officials"
                continue
            if dep == "pobj" and head.dep_ == "prep":
                governor = head.head
                if (head.lower_ in STRONG_PREPS or head.lower_ in WEAK_PREPS and not self._is_envoy(governor, index)) \
                        and self._is_actor_word(governor, index):
                    token = governor
                    continue
                if head.lower_ == "as" and governor.dep_ == "acl" and governor.lemma_ in NAMING_VERBS:
                    token = governor.head
                    continue
            if dep in ("oprd", "attr", "dobj", "xcomp") and head.lemma_ in NAMING_VERBS:
                if head.dep_ == "acl":
                    token = head.head
                    continue
                # "a group called X" parsed as a clause: the group is the verb's subject.
                subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
                                and c.i == head.i - 1), None)
                if subject is not None:
                    token = subject
                    continue
            break
        return token

    def _is_envoy(self, token: Token, index: _DocIndex) -> bool:
        """An envoy, embassy or representative: a place after "in/at" is where it is posted,
        an actor of its own ("an embassy in Tehran": the embassy, and Tehran)."""
        match = index.at.get(token.i)
        return match is not None and match.end - 1 == token.i and any(
            e.type == "role" and "envoy" in e.flags for e in match.entries)

    def _heads_coordination(self, token: Token, index: _DocIndex) -> bool:
        """A noun "modifier" that heads its own coordination ("Sri Lankan army and Tamil
        civilian refugees" misparsed as one phrase) is an actor of its own."""
        return token.pos_ == "NOUN" and self._is_actor_word(token, index) and any(
            c.dep_ == "cc" for c in token.children)

    def _is_actor_word(self, token: Token, index: _DocIndex) -> bool:
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        if token.i in index.persons:
            return True
        match = index.at.get(token.i)
        if match is None:
            return False
        return any(e.type in ("org", "person") or (e.type == "role" and "modifier" not in e.flags)
                   for e in match.entries)

    # --- the noun phrase --------------------------------------------------------------

    def _phrase(self, head: Token, index: _DocIndex) -> _Phrase:
        phrase = _Phrase(head=head, levels={head.i: 0})
        levels = phrase.levels
        stack = [(head, 0)]
        while stack:
            token, level = stack.pop()
            for child in token.children:
                dep = child.dep_
                if dep == "prep":
                    prep = child.lower_
                    if prep in STRONG_PREPS:
                        child_level = max(level, 1)
                    elif prep in WEAK_PREPS and not self._is_envoy(token, index):
                        child_level = 2
                    else:
                        continue
                    objects = [g for g in child.children if g.dep_ == "pobj"]
                    if objects:
                        levels[child.i] = child_level
                        for obj in objects:
                            levels[obj.i] = child_level
                            stack.append((obj, child_level))
                    continue
                if dep == "acl" and child.lemma_ in NAMING_VERBS:
                    # "a group called X", "a faction known as X"
                    levels[child.i] = level
                    for grand in child.children:
                        if grand.dep_ in ("oprd", "attr", "dobj", "xcomp"):
                            named = list(grand.subtree)
                        elif grand.dep_ == "prep" and grand.lower_ == "as":
                            levels[grand.i] = level
                            named = [t for g in grand.children if g.dep_ == "pobj" for t in g.subtree]
                        else:
                            continue
                        for t in named:
                            levels[t.i] = level
                        phrase.named.extend(t.i for t in named if not t.is_punct)
                    continue
                if dep == "conj" and token.i != head.i and (
                        token.dep_ in MODIFIER_DEPS or token.dep_ == "pobj" and level == 1
                        or token.i in phrase.conj_of):
                    # "Greek and Bulgarian officials"; "the leaders of Japan and South Korea"
                    levels[child.i] = level
                    phrase.conj_of[child.i] = token.i
                    stack.append((child, level))
                    continue
                if dep in SKIP_DEPS:
                    continue
                if dep in ("compound", "nmod") and self._heads_coordination(child, index):
                    continue
                if dep == "amod" and child.i > token.i:
                    continue  # "rebels loyal to ...": a clause, not part of the name
                levels[child.i] = level
                stack.append((child, level))
        # A matched name is one unit even where the parser split it.
        for i, level in list(levels.items()):
            match = index.at.get(i)
            if match is not None:
                for j in range(match.start, match.end):
                    levels.setdefault(j, level)
        self._extend_linear(phrase, index)
        if index.boilerplate and head.i not in index.boilerplate:
            # "TALLINN - Estonia expelled ...": the dateline is no part of the phrase.
            phrase.levels = {i: level for i, level in levels.items() if i not in index.boilerplate}
        self._keep_contiguous(phrase)
        return phrase

    def _keep_contiguous(self, phrase: _Phrase) -> None:
        """Keep the tokens that run on from the head, across commas and "and" only: a
        misparse can hang a noun from the far side of a verb ("...cast doubt; Western
        diplomats" as an apposition of the subject)."""
        doc = phrase.head.doc
        levels = phrase.levels
        keep = {phrase.head.i}
        for step in (-1, 1):
            i = phrase.head.i + step
            while 0 <= i < len(doc):
                if i in levels:
                    keep.add(i)
                elif not (doc[i].is_punct and doc[i].text not in (";", ":", ".", "!", "?")
                          or doc[i].pos_ == "CCONJ"):
                    break
                i += step
        if len(keep) != len(levels):
            phrase.levels = {i: level for i, level in levels.items() if i in keep}
            phrase.named = [i for i in phrase.named if i in keep]

    def _extend_linear(self, phrase: _Phrase, index: _DocIndex) -> None:
        """Join a title and the name the parser split off it: "India's top diplomat Foreign
        Secretary Anil Mehra" is one actor even when "Anil Mehra" hangs from the verb."""
        doc = phrase.head.doc
        levels = phrase.levels
        sent = phrase.head.sent
        person = index.persons.get(phrase.head.i)
        if person is not None:
            for i in range(person.start, person.end):
                levels.setdefault(i, 0)
        # "a group called X" where the parser made "called" a clause of its own.
        after = phrase.head.i + 1
        if after < sent.end and doc[after].lemma_ in NAMING_VERBS and doc[after].dep_ != "acl" \
                and phrase.head.dep_ in ("nsubj", "nsubjpass") and phrase.head.head.i == after:
            verb = doc[after]
            for child in verb.children:
                if child.dep_ in ("oprd", "attr", "dobj", "xcomp"):
                    named = list(child.subtree)
                elif child.dep_ == "prep" and child.lower_ == "as":
                    named = [t for g in child.children if g.dep_ == "pobj" for t in g.subtree]
                    levels.setdefault(child.i, 0)
                else:
                    continue
                levels.setdefault(verb.i, 0)
                for t in named:
                    levels.setdefault(t.i, 0)
                phrase.named.extend(t.i for t in named if not t.is_punct)
        # Left: a title right before the name.
        if person is not None or phrase.head.pos_ == "PROPN":
            left = min(levels)
            if left - 1 >= sent.start and self._is_title(left - 1, index):
                j = left - 1
                while j >= sent.start:
                    token = doc[j]
                    if token.is_punct and token.text not in ("-", "'s", "’s") or token.is_space:
                        break
                    if j not in index.at and token.pos_ not in ("PROPN", "NOUN", "ADJ", "DET", "PART"):
                        break
                    j -= 1
                for i in range(j + 1, left):
                    levels.setdefault(i, 0)
        # Right: a name right after a title.
        right = max(levels)
        if self._is_title(right, index) and right + 1 < sent.end:
            following = index.persons.get(right + 1)
            if following is not None and following.start == right + 1:
                for i in range(following.start, following.end):
                    levels.setdefault(i, 0)
            else:
                i = right + 1
                while i < sent.end and doc[i].pos_ == "PROPN" and i not in index.at:
                    levels.setdefault(i, 0)
                    i += 1

    def _is_title(self, i: int, index: _DocIndex) -> bool:
        match = index.at.get(i)
        return match is not None and match.end - 1 == i and any(
            e.type == "role" and e.kind == "person" and e.form == "singular" for e in match.entries
        )

    def _elements(self, phrase: _Phrase, index: _DocIndex, published: str | None) -> list[_Element]:
        levels = phrase.levels
        doc = phrase.head.doc
        seen: set[int] = set()
        elements: list[_Element] = []
        geo_seen: set[str] = set()
        for i in sorted(levels):
            match = index.at.get(i)
            if match is None or id(match) in seen:
                continue
            seen.add(id(match))
            if not all(j in levels or doc[j].is_punct for j in range(match.start, match.end)):
                continue
            level = levels[match.root] if match.root in levels else max(levels[j] for j in range(match.start, match.end))
            entry = self._choose(match, phrase, index, published, geo_seen, level)
            if entry is None:
                continue
            if entry.type in GEO_TYPES and entry.country and level == 0:
                geo_seen.add(entry.country)
            is_head = match.start <= phrase.head.i < match.end
            elements.append(_Element(match, entry, level, is_head))
        return elements

    def _choose(self, match: _Match, phrase: _Phrase, index: _DocIndex, published: str | None,
                geo_seen: set[str], level: int) -> Entry | None:
        entries = match.entries
        users = [e for e in entries if e.type == "person"]
        if users and "leader" in users[0].flags:
            picked = _pick_leader(users, published, titled=self._titled(match, phrase, index))
            if picked is not None:
                return picked
            others = [e for e in entries if e.type != "person"]
            return others[0] if others else None
        if users:
            return _pick_dated(users, published)
        places = [e for e in entries if e.type in GEO_TYPES and e.country]
        if len({e.country for e in places}) > 1:
            # A name two countries share ("Tripoli"): the country the sentence names.
            sentence = phrase.head.sent
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
            # "ethnic Albanians", "Bosnian Serb forces": the group, not the country.
            if before == "ethnic" or (geo is not None and level == 0 and not coordinated
                                      and geo_seen - {geo.country}):
                return ethnic
        return entries[0]

    def _titled(self, match: _Match, phrase: _Phrase, index: _DocIndex) -> bool:
        """A person title or honorific right before the name (over the name's own words)."""
        doc = phrase.head.doc
        j = match.start - 1
        while j >= 0 and j in phrase.levels and doc[j].text[:1].isupper() and j not in index.at:
            j -= 1
        return j >= 0 and self._is_title(j, index)

    # --- composing actors -------------------------------------------------------------

    def _actors_for_head(self, head: Token, index: _DocIndex, published: str | None,
                         use_registry: bool = True, context_country: str | None = None) -> list[Actor]:
        if head.pos_ not in NOMINAL_POS and head.i not in index.at:
            return []
        phrase = self._phrase(head, index)
        elements = self._elements(phrase, index, published)
        head_element = next((e for e in elements if e.is_head), None)
        if head_element is not None and head_element.entry.type == "role" and "modifier" in head_element.entry.flags:
            head_element = None
        titled = head.pos_ == "PROPN" and head_element is None and any(
            self._is_title(i, index) for i in phrase.levels if phrase.levels[i] == 0)
        # "the Iranian lawyer Sara Karimi": a descriptive noun the lexicon does not know,
        # with the person's name beside it, is that person.
        described = head.pos_ == "NOUN" and any(
            i in index.persons and level == 0 and head.doc[i].dep_ in ("appos", "compound", "flat")
            for i, level in phrase.levels.items())
        if (head_element is None and head.i not in index.persons and head.i not in index.orgs
                and not titled and not described and not phrase.named
                and not self._is_group_name(phrase, elements)):
            if use_registry and head.text[:1].isupper() and head.pos_ in ("PROPN", "NOUN"):
                # A surname the parser's NER missed, named with a title earlier in the doc.
                start, end = self._extent(phrase)
                known = self._bare_person(head.doc, start, end, head.text, index, True)
                if known.code:
                    return [known]
            return self._modifier_actors(head, elements, index, published)
        pair = head_element if head_element and "pair" in head_element.entry.flags else None
        if pair is not None:
            return self._pair_actors(phrase, pair.entry, index)
        return self._compose(phrase, elements, head_element, index, published, use_registry, context_country)

    def _modifier_actors(self, head: Token, elements: list[_Element], index: _DocIndex,
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
            phrase = _Phrase(head=root, levels={j: 0 for j in range(match.start, match.end)})
            own = [_Element(match, element.entry, 0, True)]
            actors.extend(self._compose(phrase, own, own[0], index, published, True))
        return actors

    def _is_group_name(self, phrase: _Phrase, elements: list[_Element]) -> bool:
        """"the Free Valley Liberation Front": a capitalised group noun heading a proper name."""
        head = phrase.head
        heads, _ = name_words()
        if not head.text[:1].isupper() or head.lower_ not in heads:
            return False
        in_matches = {j for e in elements for j in range(e.match.start, e.match.end) if e.entry.type != "role"}
        return any(head.doc[i].pos_ == "PROPN" and i != head.i and i not in in_matches
                   and phrase.levels[i] == 0 for i in phrase.levels)

    def _compose(self, phrase: _Phrase, elements: list[_Element], head_element: _Element | None,
                 index: _DocIndex, published: str | None, use_registry: bool,
                 context_country: str | None = None) -> list[Actor]:
        doc = phrase.head.doc
        head = phrase.head
        roles = [e for e in elements if e.entry.type == "role" and "pair" not in e.entry.flags]
        head_role = head_element.entry if head_element and head_element.entry.type == "role" else None
        mod_roles = [e.entry for e in roles if not e.is_head and e.level == 0]
        pp_roles = [e.entry for e in roles if not e.is_head and e.level == 1]
        geo = [e for e in elements if e.entry.type in GEO_TYPES]
        orgs = [e for e in elements if e.entry.type == "org" and e.level < 2]
        users = [e for e in elements if e.entry.type == "person" and e.level == 0]
        regions = [e for e in elements if e.entry.type == "region" and e.level == 0]
        ethnic = [e.entry.ethnic for e in elements if e.entry.type == "ethnic" and e.level == 0]
        religion = [e.entry.religion for e in elements if e.entry.type == "religion" and e.level == 0]
        person_span = self._person_span(phrase, index)
        if person_span is not None and not any(e.entry.kind == "person" for e in roles) and any(
                e.entry.kind in ("group", "organization") and e.level == 0 for e in roles):
            person_span = None  # "the militant group Jund al-Aqsa": NER took the group for a person
        user = next((e for e in users if e.is_head), users[0] if users else None)

        # Country: the closest evidence wins; of/from/for before in/at.
        geo0 = [e for e in geo if e.level == 0]
        chosen_geo = geo0 or [e for e in geo if e.level == 1]
        if not chosen_geo and head_role is not None and person_span is None:
            chosen_geo = [e for e in geo if e.level == 2][:1]  # "security forces in Guinea"
        countries = self._countries(chosen_geo, phrase)
        if not countries and user is not None and user.entry.country:
            countries = [(user.entry.country, None)]
        if not countries and context_country and head_role is not None and not orgs:
            countries = [(context_country, None)]
        has_country = bool(countries) or bool(regions)

        # Organisation: a named one in the phrase, unless it is where an envoy is posted.
        org = next((e for e in orgs if e.is_head), None) or next((e for e in orgs if e.level == 0), None) \
            or next((e for e in orgs if e.level == 1), None)
        if org is not None and not org.is_head and geo0 and (
                org.level == 1 or (head_role is not None and "envoy" in head_role.flags)):
            org = None

        if head_role is not None and "generic" in head_role.flags:
            # "Pentagon sources", "Kremlin spokesman": the seat is the employer.
            mod_roles = mod_roles + [e.entry for e in geo0 if e.entry.type == "seat" and not e.is_head]
        sectors, foreign = self._role_sectors(head_role, mod_roles, pp_roles, has_country, org is not None)
        head_entry = head_element.entry if head_element else None
        if not sectors and head_entry is not None and head_entry.type in ("seat", "country") and not (
                head_entry.type == "seat" and _locative(head)):
            sectors = list(head_entry.sectors)  # "Ankara said", not "a curfew in Algiers"
        if user is not None and not sectors:
            sectors = list(user.entry.sectors)
        elif user is not None and "ELI" in user.entry.sectors and set(sectors) <= {"GOV"}:
            sectors = ["ELI"]  # "President Bush" in a story written after his term
        user_org = user.entry.org if user is not None and "IGO" in sectors else None

        name = self._person_name(doc, person_span, user)
        kind = self._kind(head_element, head_role, name is not None and person_span is not None or
                          (user is not None and user.entry.kind == "person"), head, index, org)
        if user is not None and name is None:
            name = user.entry.name
        if user is not None and not user.is_head and head_role is not None and \
                doc[user.match.root].dep_ in MODIFIER_DEPS:
            # "the Bush administration", "Putin's spokesman": the leader is whose, not who.
            name, kind = None, head_role.kind
        start, end = self._extent(phrase)

        if org is not None:
            return [self._org_actor(doc, start, end, org.entry, countries, sectors, head_role, name, kind)]
        if user is not None and user.entry.code and not mod_roles and head_role is None:
            entry = user.entry
            return [Actor(text=_text(doc, start, end), start=start, end=end, code=entry.code,
                          country=entry.country, sectors=list(entry.sectors), name=entry.name or name,
                          kind=entry.kind)]
        if not countries and regions:
            region = regions[0].entry
            code = (region.code or "") + "".join(_clean_sectors(sectors, False))
            if not code:
                return []
            return [Actor(text=_text(doc, start, end), start=start, end=end, code=code, country=None,
                          sectors=_clean_sectors(sectors, False), name=region.name,
                          kind=kind if head_role is not None else "state")]

        named_group = self._group_name(phrase, elements) if person_span is None or phrase.named else None
        if named_group is not None:
            group_name, armed = named_group
            if armed and not countries:
                # A named armed group of no state: its "Army" is not a state's military.
                sectors = [s for s in sectors if s not in STATE_FORCES | {"GOV"}] or ["REB"]
            group_sectors = _clean_sectors(sectors, bool(countries))
            country = countries[0][0] if countries else None
            return [Actor(text=_text(doc, start, end), start=start, end=end,
                          code=_code(country, group_sectors, None, religion, ethnic[:1]),
                          country=country, sectors=group_sectors, name=group_name, kind="group")]

        if not countries:
            if person_span is not None and not sectors and not ethnic and not religion and user is None:
                return [self._bare_person(doc, start, end, name, index, use_registry)]
            if foreign:
                sectors = ["UIS", *[s for s in sectors if s != "GOV"]]
            cleaned = _clean_sectors(sectors, False)
            if not (cleaned or ethnic or religion or person_span is not None or
                    (head_role is not None and self._stands_alone(head_role))):
                if head.i in index.orgs:
                    ent = index.orgs[head.i]
                    return [Actor(text=ent.text, start=ent.start_char, end=ent.end_char, code="",
                                  country=None, sectors=[], name=_strip_det(ent.text), kind="organization")]
                return []
            if head.i in index.orgs and head_role is None:
                kind = "organization"
                name = name or _strip_det(index.orgs[head.i].text)
            return [Actor(text=_text(doc, start, end), start=start, end=end,
                          code=_code(None, cleaned, user_org, religion, ethnic[:1]), country=None,
                          sectors=cleaned, name=name, kind=kind)]

        if head.i in index.orgs and head_role is None and head_element is None and person_span is None:
            kind = "organization"
            name = _strip_det(index.orgs[head.i].text)
        cleaned = _clean_sectors(sectors, True)
        actors = []
        for position, (country, element) in enumerate(countries):
            if len(countries) > 1 and element is not None:
                # "Greek and Bulgarian officials": the first conjunct is its own words,
                # the last one carries the shared head.
                if position == 0:
                    a_start, a_end = start, doc[element.match.end - 1].idx + len(doc[element.match.end - 1])
                elif position == len(countries) - 1:
                    a_start, a_end = doc[element.match.start].idx, end
                else:
                    a_start = doc[element.match.start].idx
                    a_end = doc[element.match.end - 1].idx + len(doc[element.match.end - 1])
            else:
                a_start, a_end = start, end
            actor_name = name if name is not None else (
                self.lexicon.country_names.get(country) if kind == "state" else None)
            actors.append(Actor(text=text_of(doc)[a_start:a_end], start=a_start, end=a_end,
                                code=_code(country, cleaned, None, religion, ethnic[:1]),
                                country=country, sectors=list(cleaned), name=actor_name, kind=kind))
        return actors

    def _countries(self, chosen: list[_Element], phrase: _Phrase) -> list[tuple[str, _Element | None]]:
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

    def _role_sectors(self, head_role: Entry | None, mod_roles: list[Entry], pp_roles: list[Entry],
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
        if foreign and not set(sectors) & (STATE_FORCES | {"GOV", "LEG"}):
            foreign = False  # "foreign experts" are not a state's agents
        return sectors, foreign

    def _stands_alone(self, role: Entry) -> bool:
        """A role noun that names an actor with nothing else: "rights groups", "officials",
        "experts" (a source in statements); not "the group" or "the tanks"."""
        if "generic" in role.flags:
            return role.kind == "person" or "people" in role.flags
        return "needs_country" not in role.flags and "side" not in role.flags

    def _kind(self, head_element: _Element | None, head_role: Entry | None, is_person: bool,
              head: Token, index: _DocIndex, org: _Element | None) -> str:
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

    def _person_span(self, phrase: _Phrase, index: _DocIndex) -> Span | None:
        head = phrase.head
        doc = head.doc
        spans = {id(index.persons[i]): index.persons[i] for i in phrase.levels
                 if i in index.persons and phrase.levels[i] == 0}
        if head.pos_ == "PROPN" and head.i not in index.at:
            # The proper nouns around the head, which NER may have cut short ("Lu" of "Lu Kang").
            first = last = head.i
            while first - 1 in phrase.levels and doc[first - 1].pos_ == "PROPN" and first - 1 not in index.at:
                first -= 1
            while last + 1 in phrase.levels and doc[last + 1].pos_ == "PROPN" and last + 1 not in index.at:
                last += 1
            overlapping = [s for s in spans.values() if s.start <= last and first < s.end]
            titled = any(self._is_title(i, index) for i in phrase.levels if phrase.levels[i] == 0)
            if overlapping or titled:
                first = min([first, *(s.start for s in overlapping)])
                last = max([last, *(s.end - 1 for s in overlapping)])
                return doc[first:last + 1]
        if not spans:
            return None
        for span in spans.values():
            if span.start <= phrase.head.i < span.end:
                return span
        return max(spans.values(), key=lambda s: s.start)

    def _person_name(self, doc: Doc, span: Span | None, user: _Element | None) -> str | None:
        if user is not None and user.entry.kind == "person" and user.entry.name:
            return user.entry.name
        if span is None:
            return None
        tokens = [t for t in span if not (t.tag_ == "POS" or t.is_punct and t.text != "-")]
        if tokens and tokens[0].lower_ in ("the",):
            tokens = tokens[1:]
        return doc[tokens[0].i:tokens[-1].i + 1].text if tokens else None

    def _group_name(self, phrase: _Phrase, elements: list[_Element]) -> tuple[str, bool] | None:
        """(name, armed) of a group the lexicon does not know: "a group called X",
        "militant group X", "the X Liberation Front"."""
        doc = phrase.head.doc
        heads, armed_words = name_words()
        named = sorted(phrase.named)
        if not named and not self._is_group_name(phrase, elements):
            head = phrase.head
            # "the militant group Jund al-Aqsa": a group noun, then the name.
            group_nouns = [e for e in elements if e.entry.type == "role" and e.level == 0
                           and e.entry.kind in ("group", "organization")
                           and ("generic" in e.entry.flags or doc[e.match.end - 1].lower_ in heads)]
            if not group_nouns:
                return None
            after = group_nouns[0].match.end
            matched = {j for e in elements for j in range(e.match.start, e.match.end)}
            proper = [i for i in sorted(phrase.levels) if phrase.levels[i] == 0 and i not in matched
                      and i >= after and doc[i].pos_ == "PROPN" and i not in (head.i,)]
            if not proper or head.i in matched and not any(e.is_head and e.entry.type == "role" for e in elements):
                return None
            named = proper
        elif not named:
            named = [i for i in sorted(phrase.levels) if phrase.levels[i] == 0
                     and not doc[i].is_punct and doc[i].lower_ not in ("the", "a", "an")]
        if not named:
            return None
        start, end = named[0], named[-1] + 1
        while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
            start += 1
        while end > start and doc[end - 1].is_punct:
            end -= 1
        if start >= end:
            return None
        words = {t.lower_ for t in doc[start:end]}
        phrase_words = {doc[i].lower_ for i in phrase.levels if phrase.levels[i] == 0}
        armed = bool((words | phrase_words) & armed_words)
        return doc[start:end].text.strip("'\"‘’“” "), armed

    def _org_actor(self, doc: Doc, start: int, end: int, entry: Entry,
                   countries: list[tuple[str, _Element | None]], role_sectors: list[str],
                   head_role: Entry | None, name: str | None, kind: str) -> Actor:
        sectors = list(entry.sectors)
        international = bool(sectors) and sectors[0] in INTERNATIONAL
        country = entry.country
        if country is None and not international and countries:
            country = countries[0][0]  # "the Egyptian Muslim Brotherhood"
        if kind != "person" and (head_role is None or kind != "group"):
            kind = entry.kind
        actor_name = name if kind == "person" and name else entry.name
        code = entry.code or _code(country, sectors, entry.org, (), ())
        return Actor(text=_text(doc, start, end), start=start, end=end, code=code, country=country,
                     sectors=sectors, name=actor_name, kind=kind)

    def _bare_person(self, doc: Doc, start: int, end: int, name: str | None, index: _DocIndex,
                     use_registry: bool) -> Actor:
        """A name with no title: what the same doc said about it earlier, else just a person."""
        if use_registry and name:
            key = norm(name)
            surname = key.split()[-1]
            for seen_at, seen_key, actor in reversed(self._registry(doc, index)):
                if seen_at >= start:
                    continue
                if seen_key == key or seen_key.split()[-1] == surname:
                    return replace(actor, text=_text(doc, start, end), start=start, end=end)
        return Actor(text=_text(doc, start, end), start=start, end=end, code="", country=None,
                     sectors=[], name=name, kind="person")

    def _registry(self, doc: Doc, index: _DocIndex) -> list[tuple[int, str, Actor]]:
        """Persons the doc names with a title or a known country, in text order."""
        if index.registry is None:
            registry = []
            seen: set[int] = set()
            for ent in doc.ents:
                if ent.label_ != "PERSON" or ent.start in seen:
                    continue
                seen.add(ent.start)
                for actor in self._actors_for_head(ent.root, index, _doc_published(doc), use_registry=False):
                    if actor.kind == "person" and actor.code and actor.name:
                        registry.append((ent.start_char, norm(actor.name), actor))
            index.registry = registry
        return index.registry

    def _pair_actors(self, phrase: _Phrase, entry: Entry, index: _DocIndex) -> list[Actor]:
        """"the two countries", "both sides": the two countries named nearby."""
        head = phrase.head
        doc = head.doc
        start, end = self._extent(phrase)
        countries: list[str] = []
        sentence = head.sent
        for _ in range(PAIR_LOOKBACK_SENTENCES + 1):
            for match in index.matches:
                if not (sentence.start <= match.start < sentence.end) or match.start in phrase.levels:
                    continue
                geo = next((e for e in match.entries if e.type in GEO_TYPES and e.country), None)
                if geo is not None and geo.country not in countries:
                    countries.append(geo.country)
            if len(countries) >= 2 or sentence.start == 0:
                break
            sentence = doc[sentence.start - 1].sent
        if len(countries) < 2:
            return []
        sectors = list(entry.sectors)
        return [Actor(text=_text(doc, start, end), start=start, end=end, code=_code(c, sectors, None, (), ()),
                      country=c, sectors=list(sectors), kind=entry.kind,
                      name=self.lexicon.country_names.get(c) if entry.kind == "state" else None)
                for c in countries[:2]]

    def _extent(self, phrase: _Phrase) -> tuple[int, int]:
        """Character offsets of the phrase, without punctuation or a possessive 's at its edges."""
        doc = phrase.head.doc
        tokens = sorted(phrase.levels)
        first, last = tokens[0], tokens[-1]
        while first < last and (doc[first].is_punct or doc[first].is_space or doc[first].pos_ == "CCONJ"):
            first += 1
        while last > first and (doc[last].is_punct and doc[last].text not in (".",) or doc[last].is_space
                                or doc[last].tag_ == "POS"):
            last -= 1
        if doc[last].text == "." and last > first:
            last -= 1
        # An opening bracket whose closing one is outside the phrase: "the World Food Program (WFP".
        depth_open = [k for k in range(first, last + 1) if doc[k].text in ("(", "[")]
        if depth_open and not any(doc[k].text in (")", "]") for k in range(depth_open[-1], last + 1)):
            last = max(first, depth_open[-1] - 1)
            while last > first and (doc[last].is_punct or doc[last].is_space):
                last -= 1
        return doc[first].idx, doc[last].idx + len(doc[last].text)


def _locative(token: Token) -> bool:
    """The noun phrase of token says where, not who: the object of "in/at/near/into/..."
    ("a curfew in Algiers", "clashes in Tripoli"), or of "from/to" after a word of motion
    ("arrived from Kabul", "a flight to Moscow"). A capital there is a place, not its
    government; as subject or object of a verb ("Ankara criticised Beijing") it governs."""
    for _ in range(4):  # over "the capital Kabul", "East Timor's capital Dili"
        if token.dep_ in ("appos", "compound", "flat") and token.head.i != token.i:
            token = token.head
        else:
            break
    if token.dep_ != "pobj" or token.head.i == token.i:
        return False
    prep = token.head.lower_
    if prep in LOCATIVE_PREPS:
        return True
    if prep in ("from", "to", "toward", "towards"):
        governor = token.head.head
        return governor.lemma_.lower() in MOTION_WORDS
    return False


def _adjacent(token: Token, head: Token) -> bool:
    """Every word between a dependent and its head hangs from that head: the two are one
    stretch of text, not a misparse across a clause."""
    doc = token.doc
    low, high = sorted((token.i, head.i))
    for k in range(low + 1, high):
        word = doc[k]
        if word.is_punct:
            continue
        if word.i != head.i and head not in word.ancestors:
            return False
    return True


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


def _pick_dated(entries: list[Entry], published: str | None) -> Entry:
    """The user-dictionary entry whose date range holds the article's date; outside every
    range the role does not apply and only the person's country and name remain."""
    for entry in entries:
        if published is None:
            return entry
        if (entry.valid_from is None or published >= entry.valid_from) and (
                entry.valid_to is None or published <= entry.valid_to):
            return entry
    return replace(entries[0], sectors=(), code=None)


def _holds(entry: Entry, date: str) -> bool:
    return (entry.valid_from is None or date >= entry.valid_from) and (
        entry.valid_to is None or date <= entry.valid_to)


def _pick_leader(entries: list[Entry], published: str | None, titled: bool) -> Entry | None:
    """The reading of a leader's name on the article's date: the role that holds then (the
    date tells Bush father from son); else the person's country with ELI once the role has
    ended, or the country alone before it began. Without a date, the country with GOV when
    every holder of the name shares it (an IGO head alone: the IGO). None when the name
    stays ambiguous between countries; then the holders for whom the surname is not
    title-only win if they agree (Maduro of Venezuela over Maduro of Honduras)."""
    if not titled:
        entries = [e for e in entries if "title_only" not in e.flags] or entries

    def agreeing(candidates: list[Entry], key) -> list[Entry] | None:
        if len({key(e) for e in candidates}) == 1:
            return candidates
        prominent = [e for e in candidates if "title_only" not in e.flags]
        if prominent and len(prominent) < len(candidates) and len({key(e) for e in prominent}) == 1:
            return prominent
        return None

    def reading(candidates: list[Entry] | None, **change) -> Entry | None:
        if not candidates:
            return None
        first = candidates[0]
        if "sectors" in change:  # a reading by country: the person's own, no IGO
            change.update(country=first.home, org=None, code=None)
        name = first.name if len({e.name for e in candidates}) == 1 else None
        return replace(first, name=name, **change)

    if published:
        holding = [e for e in entries if _holds(e, published)]
        if holding:
            return reading(agreeing(holding, lambda e: (e.country, e.org)))
        ended = [e for e in entries if e.valid_to is not None and e.valid_to < published]
        if ended:
            return reading(agreeing(ended, lambda e: e.home), sectors=("ELI",))
        return reading(agreeing(entries, lambda e: e.home), sectors=())
    if all("igo" in e.flags for e in entries) and len({e.org for e in entries}) == 1:
        return reading(entries)
    return reading(agreeing(entries, lambda e: e.home), sectors=("GOV",))


def _holds(entry: Entry, date: str) -> bool:
    return (entry.valid_from is None or date >= entry.valid_from) and (
        entry.valid_to is None or date <= entry.valid_to)


def _clean_sectors(sectors: list[str], has_country: bool) -> list[str]:
    """CAMEO order and precedence: an armed non-state role outranks state roles, a specific
    state role outranks GOV, "civilian" gives way to any other role."""
    found = list(dict.fromkeys(sectors))
    present = set(found)
    if present & NON_STATE_ARMED:
        found = [s for s in found if s not in STATE_FORCES | {"GOV"}]
    if "OPP" in present:
        found = [s for s in found if s != "GOV"]
    if present & STATE_FORCES:
        found = [s for s in found if s != "GOV"]
    if len(found) > 1:
        found = [s for s in found if s != "CVL"]
    if "PKO" in found:
        if has_country:
            found = ["MIL" if s == "PKO" else s for s in found]
        elif "IGO" not in found:
            found = ["IGO", *found]
    found = list(dict.fromkeys(found))
    international = [s for s in found if s in INTERNATIONAL]
    primary = [s for s in PRIMARY_ORDER if s in found]
    party = [s for s in found if s == "PTY"]
    rest = [s for s in found if s not in INTERNATIONAL and s not in PRIMARY_ORDER and s != "PTY"
            and s not in ("MOD", "RAD", "PKO")]
    tertiary = [s for s in found if s in ("MOD", "RAD")]
    pko = ["PKO"] if "PKO" in found else []
    return (international + pko + primary + party + rest + tertiary)[:3]


def _code(country: str | None, sectors: list[str], org: str | None, religion, ethnic) -> str:
    if sectors and sectors[0] == "IGO" and org:
        return "IGO" + org  # CAMEO writes IGOs as IGO + organisation (IGOUNO, IGONAT)
    return (country or "") + "".join(sectors) + "".join(r for r in religion if r) + (org or "") + \
        "".join(e for e in ethnic if e)


def _text(doc: Doc, start: int, end: int) -> str:
    return text_of(doc)[start:end]


def _strip_det(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _doc_published(doc: Doc) -> str | None:
    if Doc.has_extension("published"):
        value = doc._.published
        return str(value) if value else None
    return None
