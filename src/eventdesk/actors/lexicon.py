"""The actor lexicon: every phrase that names a country, place, role, organisation, ethnic or
religious group or political leader, read once per process from the TSV files in data/ (and
pycountry's ISO tables), indexed by its lowercased, accent-folded tokens for matching over a
spaCy Doc.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Iterable, Iterator

import pycountry

from eventdesk.errors import LexiconError
from eventdesk.actors.spelling import case_pattern, demonym_plural, norm, plural_of  # noqa: F401 (read from here)
from eventdesk.actors.words import word_classes
from eventdesk.tables import tsv_rows

log = logging.getLogger(__name__)

# Which entry wins when one phrase has several readings ("Albanian": country or ethnic group).
TYPE_PRIORITY = MappingProxyType({
    "person": 0, "org": 1, "seat": 2, "country": 3, "place": 4, "region": 5,
    "role": 6, "religion": 7, "ethnic": 8,
})
KINDS = frozenset({"state", "person", "organization", "group"})

# Which ISO 3166-2 subdivisions are read as places, the suffixes their names lose and the
# words that keep a name out, and the extra group nouns: data/lexicon_words.tsv (words.py).
# Names of subdivisions are matched only where the parser tags a place or a place noun
# follows (see Entry.flags "weak").


@dataclass(frozen=True, slots=True)
class Entry:
    """One reading of one phrase."""

    type: str  # country | seat | place | region | role | org | ethnic | religion | person
    country: str | None = None
    sectors: tuple[str, ...] = ()
    kind: str = "state"
    name: str | None = None
    org: str | None = None  # code written after country and sectors (CAMEO org code)
    ethnic: str | None = None  # CAMEO ethnic code, lowercase
    religion: str | None = None  # CAMEO religion code
    code: str | None = None  # a full code given as is (world regions, user dictionaries)
    form: str = ""  # country: name | adjective | demonym | demonyms; role: singular | plural
    flags: frozenset[str] = frozenset()
    case: tuple[str, ...] = ()
    valid_from: str | None = None
    valid_to: str | None = None
    origin: str = ""  # file:line, for messages
    home: str | None = None  # a leader's own country (an IGO head's nationality); an ethnic group's state
    name_words: frozenset[str] = frozenset()  # a leader's name words, folded ("george", "bush")
    # An ethnic group named for the people of states whose adjectives end in its name
    # ("Korean": South Korean, North Korean): the states it may stand for.
    states: tuple[str, ...] = ()


@dataclass(slots=True)
class Lexicon:
    """Phrase index plus the tables the resolver needs; immutable once built."""

    index: dict[tuple[str, ...], tuple[Entry, ...]]
    first: dict[str, tuple[int, ...]]
    country_names: dict[str, str]
    sector_classes: dict[str, str]
    group_nouns: frozenset[str]
    counts: dict[str, int] = field(default_factory=dict)
    # One-letter-off spellings of one-word country names ("Ethopia", "Quatar") -> the name.
    misspellings: dict[str, str] = field(default_factory=dict)

    def lookup(self, key: tuple[str, ...]) -> tuple[Entry, ...]:
        return self.index.get(key, ())

    def corrected(self, word: str) -> str | None:
        """The one-word country name `word` misspells by one letter dropped ("ethopia") or
        one letter added ("quatar"), or None when it is no such slip, or the slip of two names."""
        if len(word) < MISSPELLING_MIN_LENGTH or (word,) in self.index:
            return None
        found = {self.misspellings.get(word)}
        for i in range(len(word)):
            shorter = word[:i] + word[i + 1:]
            if shorter in self.misspellings and self.misspellings[shorter] == shorter:
                found.add(shorter)
        found.discard(None)
        return found.pop() if len(found) == 1 and "" not in found else None

    def overridden(self, files: list[list[tuple[tuple[str, ...], Entry]]]) -> "Lexicon":
        """A copy where each file's entries replace the entries of the phrases they name,
        files applied in order (a later file wins)."""
        index = dict(self.index)
        first = {k: set(v) for k, v in self.first.items()}
        for entries in files:
            grouped: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
            for key, entry in entries:
                grouped[key].append(entry)
            for key, group in grouped.items():
                index[key] = tuple(group)
                first.setdefault(key[0], set()).add(len(key))
        return Lexicon(
            index=index,
            first={k: tuple(sorted(v, reverse=True)) for k, v in first.items()},
            country_names=self.country_names,
            sector_classes=self.sector_classes,
            group_nouns=self.group_nouns,
            counts=dict(self.counts),
            misspellings=self.misspellings,
        )


@lru_cache(maxsize=1)
def phrase_tokenizer():
    """spaCy's English tokenizer, the one the pipeline uses, to split lexicon phrases."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    keep_title_abbreviations(tokenizer)
    return tokenizer


@lru_cache(maxsize=1)
def title_abbreviations() -> tuple[str, ...]:
    """The abbreviated titles of data/roles.tsv as wire copy writes them ("Sgt.", "Lt.")."""
    found = set()
    for _, fields in read_tsv("roles.tsv"):
        for word in fields[0].split():
            if len(word) > 2 and word.endswith(".") and word[:-1].isalpha():
                found.add(word[:1].upper() + word[1:])
    return tuple(sorted(found))


def keep_title_abbreviations(tokenizer) -> None:
    """Keep each abbreviated title one token, as spaCy's own exceptions keep "Gen." and
    "Sen.": split, "Sgt ." ends a sentence before the name it belongs to."""
    from spacy.symbols import ORTH

    for title in title_abbreviations():
        if len(tokenizer(title)) > 1:
            tokenizer.add_special_case(title, [{ORTH: title}])


def phrase_key(phrase: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(normalised tokens, case pattern per token) of a lexicon phrase."""
    tokens = [t.text for t in phrase_tokenizer()(phrase.strip()) if not t.is_space]
    return tuple(norm(t) for t in tokens), tuple(case_pattern(t) for t in tokens)


def written_forms(phrase: str) -> list[str]:
    """A lowercase phrase and, when it holds an abbreviated title ("sen.", "lt. gov."), the
    capitalised form it is written in: spaCy's tokenizer keeps "Sen." and "Gov." whole but
    splits "sen." and "gov.", so the two forms give different tokens to match."""
    if not any(len(w) > 1 and w.endswith(".") and w[:-1].isalpha() for w in phrase.split()):
        return [phrase]
    return [phrase, " ".join(w[:1].upper() + w[1:] for w in phrase.split())]


def read_tsv(name: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of a packaged TSV file, comments and header skipped."""
    return tsv_rows(resources.files("eventdesk.actors").joinpath("data", name))


def split_values(value: str) -> list[str]:
    return [] if value in ("", "-") else [v.strip() for v in value.split("|") if v.strip()]


def split_sectors(value: str) -> tuple[str, ...]:
    return () if value in ("", "-") else tuple(value.split())


class _Builder:
    def __init__(self) -> None:
        self.entries: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self.keys: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}  # a leader's names recur per role

    def key(self, phrase: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        found = self.keys.get(phrase)
        if found is None:
            found = self.keys[phrase] = phrase_key(phrase)
        return found

    def add(self, phrase: str, entry: Entry) -> None:
        key, case = self.key(phrase)
        if not key:
            return
        entry = replace(entry, case=case)
        bucket = self.entries[key]
        for other in bucket:
            # The same reading twice ("US" as alias and adjective) is kept once; a person's
            # roles differ by name and dates.
            if (other.type, other.country, other.org, other.ethnic, other.religion,
                    other.sectors, other.form, other.name, other.valid_from, other.valid_to) == (
                    entry.type, entry.country, entry.org, entry.ethnic, entry.religion,
                    entry.sectors, entry.form, entry.name, entry.valid_from, entry.valid_to):
                return
        bucket.append(entry)

    def has(self, phrase: str) -> bool:
        return self.key(phrase)[0] in self.entries


def _check_sectors(sectors: Iterable[str], known: dict[str, str], origin: str) -> None:
    for code in sectors:
        if code not in known:
            raise LexiconError(f"{origin}: unknown CAMEO sector code {code!r}")


def _load_sectors() -> dict[str, str]:
    return {fields[0]: fields[1] for _, fields in read_tsv("sectors.tsv")}


def _load_countries(builder: _Builder, sectors: dict[str, str]) -> dict[str, str]:
    names: dict[str, str] = {}
    for lineno, (iso3, name, aliases, adjectives, demonyms, seats) in read_tsv("countries.tsv"):
        origin = f"countries.tsv:{lineno}"
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            raise LexiconError(f"{origin}: {iso3!r} is not an alpha-3 code")
        names[iso3] = name
        country = pycountry.countries.get(alpha_3=iso3)
        official = set()
        if country is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(country, attr, None)
                if value and "," not in value and "(" not in value:
                    official.add(value)
        for phrase in [name, *sorted(official), *split_values(aliases)]:
            builder.add(phrase, Entry("country", country=iso3, name=name, form="name", origin=origin))
        for phrase in split_values(adjectives):
            builder.add(phrase, Entry("country", country=iso3, name=name, form="adjective", origin=origin))
        for phrase in split_values(demonyms):
            builder.add(phrase, Entry("country", country=iso3, name=name, form="demonym",
                                      kind="person", sectors=("CVL",), origin=origin))
            plural = demonym_plural(phrase, split_values(adjectives))
            if plural:
                builder.add(plural, Entry("country", country=iso3, name=name, form="demonyms",
                                          kind="group", sectors=("CVL",), origin=origin))
        for seat in split_values(seats):
            phrase, _, sector = seat.partition(":")
            seat_sectors = (sector,) if sector else ("GOV",)
            _check_sectors(seat_sectors, sectors, origin)
            builder.add(phrase, Entry("seat", country=iso3, name=name, sectors=seat_sectors,
                                      form="seat", origin=origin))
    return names


def _load_places(builder: _Builder, names: dict[str, str]) -> None:
    ethnic_forms = _ethnic_forms()
    for lineno, (name, country, aliases, place_type, cameo, adjectives) in read_tsv("places.tsv"):
        origin = f"places.tsv:{lineno}"
        if place_type == "world_region":
            entry = Entry("region", name=name, code=None if cameo == "-" else cameo,
                          kind="state", origin=origin)
        else:
            if country not in names:
                raise LexiconError(f"{origin}: country {country!r} is not in countries.tsv")
            entry = Entry("place", country=country, name=names[country], form=place_type,
                          origin=origin)
        # "Bavarian police" as "Bavaria's police"; an ethnic group's own form ("Welsh") stays
        # the group's, and gives the region's country through the group (_region_states).
        adjective_forms = [a for a in split_values(adjectives) if norm(a) not in ethnic_forms]
        for phrase in [name, *split_values(aliases), *adjective_forms]:
            builder.add(phrase, entry)


@lru_cache(maxsize=1)
def region_adjectives() -> dict[str, set[str]]:
    """Adjectives of regions (folded) -> the countries of those regions, from places.tsv
    (also what the place resolver reads from "Perth, the Scottish town")."""
    found: dict[str, set[str]] = defaultdict(set)
    for _, (_name, country, _aliases, _type, _cameo, adjectives) in read_tsv("places.tsv"):
        for adjective in split_values(adjectives):
            found[norm(adjective)].add(country)
    return found


def _ethnic_forms() -> set[str]:
    """Every form (folded) that names an ethnic group in ethnic_groups.tsv."""
    return {norm(form) for _, (_code, _name, forms, _flags, _home) in read_tsv("ethnic_groups.tsv")
            for form in split_values(forms)}


@lru_cache(maxsize=1)
def people_states() -> dict[str, tuple[str, ...]]:
    """Ethnic code -> the states a people is named for ("kor": KOR, PRK), for the groups
    whose name ends the adjectives of states (`_ethnic_states`); others are left out."""
    adjectives, regions = _state_adjectives(), region_adjectives()
    found = {code: _ethnic_states(split_values(forms), adjectives, regions)
             for _, (code, _name, forms, _flags, _home) in read_tsv("ethnic_groups.tsv")}
    return {code: states for code, states in found.items() if states}


@lru_cache(maxsize=1)
def _subdivision_suffix() -> re.Pattern[str]:
    """The end of an ISO 3166-2 name that English news leaves off ("Sichuan Sheng")."""
    words = sorted(word_classes("lexicon_words.tsv")["subdivision_suffix"], key=len, reverse=True)
    return re.compile(r"\s+(" + "|".join(re.escape(w) for w in words) + r")$", re.IGNORECASE)


def _load_subdivisions(builder: _Builder, names: dict[str, str]) -> int:
    """First-level ISO 3166-2 subdivisions from pycountry that no other list names already.
    A name two countries share is left out: it would name neither reliably."""
    words = word_classes("lexicon_words.tsv")
    suffix = _subdivision_suffix()
    seen: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in words["subdivision_type"]:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None or country.alpha_3 not in names:
            continue
        name = suffix.sub("", sub.name.split("[")[0].strip())
        if not name or any(c in name for c in ",()0123456789") or len(name) < 4:
            continue
        folded = norm(name)
        if not folded.isascii() or any(w in words["subdivision_stop"] for w in folded.split()):
            continue
        if len(folded.split()) > 3:
            continue
        seen[name].add(country.alpha_3)
    added = 0
    for name, countries in seen.items():
        if len(countries) != 1 or builder.has(name):
            continue
        (iso3,) = countries
        builder.add(name, Entry("place", country=iso3, name=names[iso3], form="subdivision",
                                flags=frozenset({"weak"}), origin="pycountry ISO 3166-2"))
        added += 1
    return added


def _load_roles(builder: _Builder, sectors: dict[str, str]) -> int:
    count = 0
    for lineno, (phrase, plural, sector_field, kind, flag_field, _refers, _gender) in read_tsv("roles.tsv"):
        origin = f"roles.tsv:{lineno}"
        if flag_field == "speaker_only":  # read by the statement stage only
            continue
        role_sectors = split_sectors(sector_field)
        _check_sectors(role_sectors, sectors, origin)
        if kind not in KINDS:
            raise LexiconError(f"{origin}: kind {kind!r} is not one of {sorted(KINDS)}")
        flags = frozenset() if flag_field == "-" else frozenset(flag_field.split(","))
        entry = Entry("role", sectors=role_sectors, kind=kind, form="singular", flags=flags,
                      origin=origin)
        # an honorific ("Mr.", "Dr.") gives no sector; written capitalised it would let any
        # surname-only leader entry match ("Mr. Smith"), so only its lowercase form is kept
        for written in written_forms(phrase) if role_sectors else [phrase]:
            builder.add(written, entry)
        count += 1
        if plural != "-":
            plural_phrase = plural_of(phrase) if plural == "=" else plural
            plural_kind = "group" if kind == "person" else kind
            plural_flags = flags | {"people"} if kind == "person" else flags
            builder.add(plural_phrase, replace(entry, kind=plural_kind, form="plural", flags=plural_flags))
            count += 1
    return count


def _load_organizations(builder: _Builder, sectors: dict[str, str], names: dict[str, str]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for lineno, (org, source, country, sector_field, kind, name, aliases) in read_tsv("organizations.tsv"):
        origin = f"organizations.tsv:{lineno}"
        org_sectors = split_sectors(sector_field)
        _check_sectors(org_sectors, sectors, origin)
        if kind not in KINDS:
            raise LexiconError(f"{origin}: kind {kind!r} is not one of {sorted(KINDS)}")
        if country != "-" and country not in names:
            raise LexiconError(f"{origin}: country {country!r} is not in countries.tsv")
        entry = Entry(
            "org",
            country=None if country == "-" else country,
            sectors=org_sectors,
            kind=kind,
            name=name,
            org=None if org == "-" else org,
            flags=frozenset({source}) if source != "-" else frozenset(),
            origin=origin,
        )
        for phrase in [name, *split_values(aliases)]:
            for spelling in acronym_spellings(phrase):
                builder.add(spelling, entry)
        counts[org_sectors[0] if org_sectors else "other"] += 1
    return counts


_LETTERS_NUMBER = re.compile(r"\b([A-Z]{1,4})-?(\d{1,3})\b")


def acronym_spellings(phrase: str) -> list[str]:
    """The phrase, and its other spelling when it holds an acronym of capitals and a number,
    written with a hyphen or without ("M23" / "M-23", "G-20" / "G20")."""
    other = _LETTERS_NUMBER.sub(lambda m: m.group(1) + m.group(2) if "-" in m.group(0)
                                else m.group(1) + "-" + m.group(2), phrase)
    return [phrase] if other == phrase else [phrase, other]


def _state_adjectives() -> dict[str, set[str]]:
    """Country adjectives (folded) -> the states they name, from countries.tsv."""
    adjectives: dict[str, set[str]] = defaultdict(set)
    for _, (iso3, _name, _aliases, adjective_field, _demonyms, _seats) in read_tsv("countries.tsv"):
        for adjective in split_values(adjective_field):
            adjectives[norm(adjective)].add(iso3)
    return adjectives


def _ethnic_states(forms: list[str], adjectives: dict[str, set[str]],
                   regions: dict[str, set[str]]) -> tuple[str, ...]:
    """The states an ethnic group's name stands for when no country adjective is spelled
    the same: those whose adjective ends in it ("Korean" -> KOR, PRK), and the countries of
    the regions it is the adjective of ("Welsh" -> GBR, "Basque" -> ESP)."""
    words = [norm(f) for f in forms]
    if any(w in adjectives for w in words):
        return ()  # "Albanian" is read as the country already
    return tuple(sorted({iso for adjective, states in adjectives.items() for iso in states
                         if any(adjective.endswith(" " + w) for w in words)}
                        | {iso for w in words for iso in regions.get(w, ())}))


def _load_ethnic(builder: _Builder) -> int:
    codes = set()
    adjectives = _state_adjectives()
    regions = region_adjectives()
    for lineno, (code, cameo_name, forms, flag_field, home) in read_tsv("ethnic_groups.tsv"):
        flags = frozenset() if flag_field == "-" else frozenset(flag_field.split(","))
        entry = Entry("ethnic", ethnic=code, kind="group", name=cameo_name, flags=flags,
                      origin=f"ethnic_groups.tsv:{lineno}", home=None if home == "-" else home,
                      states=_ethnic_states(split_values(forms), adjectives, regions))
        for phrase in split_values(forms):
            builder.add(phrase, entry)
        codes.add(code)
    return len(codes)


def _load_religions(builder: _Builder) -> int:
    count = 0
    for lineno, (code, name, forms) in read_tsv("religions.tsv"):
        entry = Entry("religion", religion=code, kind="group", name=name,
                      origin=f"religions.tsv:{lineno}")
        for phrase in split_values(forms):
            builder.add(phrase, entry)
        count += 1
    return count


LEADER_ROLES = MappingProxyType({"hos": "GOV", "hog": "GOV", "fm": "GOV", "leader": "GOV", "igo": "IGO"})
_LEADER_DATE = re.compile(r"\d{4}(-\d{2}-\d{2})?")


def _leader_date(value: str, end: bool, origin: str) -> str | None:
    """A from/to date as YYYY-MM-DD; a bare year covers the whole year."""
    if value == "-":
        return None
    if not _LEADER_DATE.fullmatch(value):
        raise LexiconError(f"{origin}: date {value!r} is not YYYY or YYYY-MM-DD")
    if len(value) == 4:
        return f"{value}-12-31" if end else f"{value}-01-01"
    return value


def _load_leaders(builder: _Builder, names: dict[str, str], sectors: dict[str, str]) -> dict[str, int]:
    """data/leaders.tsv: one person entry per phrase and role, flagged "leader" (full names)
    or "leader,short" (surnames), "title_only" where a short form needs a title before it."""
    rows: list[tuple[str, str, str, str, str, str | None, str | None]] = []
    phrases: dict[str, dict[str, None]] = defaultdict(dict)  # person -> full names, in order
    shorts: dict[str, dict[str, None]] = defaultdict(dict)  # person -> short forms
    for lineno, (name, aliases, short, country, org, role, start, end) in read_tsv("leaders.tsv"):
        origin = f"leaders.tsv:{lineno}"
        if country not in names:
            raise LexiconError(f"{origin}: country {country!r} is not in countries.tsv")
        if role not in LEADER_ROLES:
            raise LexiconError(f"{origin}: role {role!r} is not one of {', '.join(LEADER_ROLES)}")
        if (role == "igo") != (org != "-"):
            raise LexiconError(f"{origin}: an igo role names its organisation code, other roles none")
        valid_from, valid_to = _leader_date(start, False, origin), _leader_date(end, True, origin)
        if valid_from and valid_to and valid_to < valid_from:
            raise LexiconError(f"{origin}: 'to' {end} is before 'from' {start}")
        for phrase in [name, *split_values(aliases)]:
            phrases[name][phrase] = None
        for phrase in split_values(short):
            shorts[name][phrase] = None
        rows.append((name, origin, country, org, role, valid_from, valid_to))
    words_of: dict[str, frozenset[str]] = {}
    for name, origin, country, org, role, valid_from, valid_to in rows:
        sector = LEADER_ROLES[role]
        _check_sectors([sector], sectors, origin)
        if name not in words_of:
            words_of[name] = frozenset(
                w for phrase in [*phrases[name], *(s.rstrip("*") for s in shorts[name])]
                for w in builder.key(phrase)[0] if w.isalpha())
        words = words_of[name]
        base = Entry("person", country=None if sector == "IGO" else country, sectors=(sector,),
                     kind="person", name=name, org=None if org == "-" else org,
                     code=f"IGO{org}" if sector == "IGO" else None, valid_from=valid_from,
                     valid_to=valid_to, origin=origin, home=country, name_words=words,
                     flags=frozenset({"leader", role}))
        for phrase in phrases[name]:
            builder.add(phrase, base)
        for phrase in shorts[name]:
            flags = {"leader", "short", role} | ({"title_only"} if phrase.endswith("*") else set())
            builder.add(phrase.rstrip("*"), replace(base, flags=frozenset(flags)))
    countries = {country for _, _, country, *_ in rows}
    return {"leader_entries": len(rows), "leaders": len(phrases), "leader_countries": len(countries)}


# Names shorter than this are too close to other words for a one-letter slip to be read.
MISSPELLING_MIN_LENGTH = 6


def _misspellings(index: dict[tuple[str, ...], tuple[Entry, ...]]) -> dict[str, str]:
    """One-word country names (-> themselves) and, for names long enough, the name with a
    letter dropped -> the name ("" where two names share it, so neither is guessed)."""
    table: dict[str, str] = {}
    for key, entries in index.items():
        if len(key) != 1 or len(key[0]) < MISSPELLING_MIN_LENGTH - 1 or entries[0].type != "country":
            continue
        word = key[0]
        table[word] = word
        if len(word) > MISSPELLING_MIN_LENGTH:
            for variant in {word[:i] + word[i + 1:] for i in range(len(word))}:
                table[variant] = word if table.get(variant, word) == word else ""
    return table


def _finish(builder: _Builder, **tables) -> Lexicon:
    index: dict[tuple[str, ...], tuple[Entry, ...]] = {}
    first: dict[str, set[int]] = defaultdict(set)
    for key, bucket in builder.entries.items():
        index[key] = tuple(sorted(bucket, key=lambda e: TYPE_PRIORITY[e.type]))
        first[key[0]].add(len(key))
    return Lexicon(index=index, first={k: tuple(sorted(v, reverse=True)) for k, v in first.items()},
                   misspellings=_misspellings(index), **tables)


@lru_cache(maxsize=1)
def builtin_lexicon() -> Lexicon:
    """The packaged lexicon, built once per process (or read from the build cache:
    eventdesk.build_cache)."""
    from eventdesk.build_cache import built

    return built("actor-lexicon", ["eventdesk.actors"], ["spacy", "pycountry"], _build_builtin_lexicon)


def _build_builtin_lexicon() -> Lexicon:
    builder = _Builder()
    sectors = _load_sectors()
    names = _load_countries(builder, sectors)
    role_count = _load_roles(builder, sectors)
    org_counts = _load_organizations(builder, sectors, names)
    _load_places(builder, names)
    ethnic_count = _load_ethnic(builder)
    religion_count = _load_religions(builder)
    subdivisions = _load_subdivisions(builder, names)
    leader_counts = _load_leaders(builder, names, sectors)
    group_nouns = set(word_classes("lexicon_words.tsv")["group_noun"])
    for key, bucket in builder.entries.items():
        if any(e.type == "role" and "modifier" not in e.flags for e in bucket):
            group_nouns.add(key[-1])
    iso = {c.alpha_3 for c in pycountry.countries}
    counts = {
        "countries": len(iso & set(names)),
        "iso_countries": len(iso),
        "country_like": len(names),
        "igos": org_counts.get("IGO", 0),
        "ngos": org_counts.get("NGO", 0) + org_counts.get("NGM", 0),
        "organizations": sum(org_counts.values()),
        "role_phrases": role_count,
        "ethnic_groups": ethnic_count,
        "religions": religion_count,
        "subdivisions": subdivisions,
        **leader_counts,
    }
    lexicon = _finish(builder, country_names=names, sector_classes=sectors,
                      group_nouns=frozenset(group_nouns), counts=counts)
    lexicon.counts["phrases"] = len(lexicon.index)
    log.info("actor lexicon: %s", lexicon.counts)
    return lexicon
