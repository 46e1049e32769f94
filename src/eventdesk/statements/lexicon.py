"""The statement stage's word lists (reporting cues, hedges, role nouns, objects that give a
cue another sense, words that end organisations' names, words with a special part in an
attribution), read from the TSV files in data/ once per process. A malformed line raises
LexiconError naming file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from eventdesk.actors.gender import honorifics
from eventdesk.errors import LexiconError
from eventdesk.tables import tsv_rows

FRAMES = frozenset({"clause", "that", "ing", "quote", "np", "to", "of", "on", "about", "as", "for", "oprd"})


@dataclass(frozen=True, slots=True)
class CueEntry:
    """One reporting cue: its lemmas and what its content can look like."""

    lemmas: tuple[str, ...]  # ("say",) or ("cast", "doubt")
    frames: frozenset[str]
    distancing: bool
    denial: bool

    @property
    def lemma(self) -> str:
        return " ".join(self.lemmas)


@dataclass(frozen=True, slots=True)
class HedgeEntry:
    words: tuple[str, ...]
    kind: str  # distancing | approximation
    needs_number: bool


@dataclass(frozen=True, slots=True)
class RoleEntry:
    noun: str
    kind: str  # person | organization | document
    gender: str | None  # "m", "f" or None
    sectors: frozenset[str] = frozenset()  # the CAMEO sectors the noun gives ("army": MIL)


@dataclass(frozen=True, slots=True)
class StatementLexicon:
    cues: dict[str, CueEntry]  # keyed by the first lemma; phrases share it ("cast" -> cast doubt)
    phrase_cues: dict[str, tuple[CueEntry, ...]]
    hedges: tuple[HedgeEntry, ...]
    roles: dict[str, RoleEntry]
    honorifics: dict[str, str]
    related: dict[str, str]  # lemma -> group label
    generic: frozenset[str]  # nouns too general to be a contested subject
    # cue lemma -> object lemmas that make it something other than speech ("denied access")
    non_speech_objects: dict[str, frozenset[str]]
    # last word of a name -> role nouns that refer back to it ("Nordwind Logistics" -> company)
    organization_words: dict[str, frozenset[str]]


ROLE_COLUMNS = ("phrase", "plural", "sectors", "kind", "flags", "refers", "gender")


def _rows(name: str, width: int):
    """Yield ("file:line", columns) of a data file (no header line), comments skipped."""
    path = resources.files("eventdesk.statements") / "data" / name
    for number, columns in tsv_rows(path, width=width):
        yield f"{path}:{number}", columns


def _yes(value: str, where: str) -> bool:
    if value not in ("yes", "no"):
        raise LexiconError(f"{where}: expected yes or no, found {value!r}")
    return value == "yes"


@lru_cache(maxsize=1)
def load_lexicon() -> StatementLexicon:
    cues, phrases = _cues()
    roles = _roles()
    return StatementLexicon(
        cues=cues,
        phrase_cues=phrases,
        hedges=_hedges(),
        roles=roles,
        honorifics=_honorifics(),
        related=_related(),
        generic=frozenset(lemma.lower() for _, (lemma,) in _rows("generic_nouns.tsv", 1)),
        non_speech_objects=_non_speech_objects(cues),
        organization_words=_organization_words(roles),
    )


def _cues() -> tuple[dict[str, CueEntry], dict[str, tuple[CueEntry, ...]]]:
    """Single-word cues by lemma, and phrases by their first lemma."""
    cues: dict[str, CueEntry] = {}
    phrases: dict[str, list[CueEntry]] = {}
    seen: set[str] = set()
    for where, (cue, frames, distancing, denial, _events) in _rows("cues.tsv", 5):
        if frames == "-":  # a verb of saying for the event coder only
            continue
        frame_set = frozenset(f.strip() for f in frames.split(",") if f.strip())
        unknown = frame_set - FRAMES
        if unknown or not frame_set:
            raise LexiconError(f"{where}: unknown or missing frames {sorted(unknown)}")
        if cue in seen:
            raise LexiconError(f"{where}: cue {cue!r} listed twice")
        seen.add(cue)
        entry = CueEntry(
            lemmas=tuple(cue.lower().split()),
            frames=frame_set,
            distancing=_yes(distancing, where),
            denial=_yes(denial, where),
        )
        if len(entry.lemmas) == 1:
            cues[entry.lemmas[0]] = entry
        else:
            phrases.setdefault(entry.lemmas[0], []).append(entry)
    return cues, {k: tuple(v) for k, v in phrases.items()}


def _hedges() -> tuple[HedgeEntry, ...]:
    hedges = []
    for where, (phrase, kind, number) in _rows("hedges.tsv", 3):
        if kind not in ("distancing", "approximation"):
            raise LexiconError(f"{where}: kind must be distancing or approximation, found {kind!r}")
        hedges.append(HedgeEntry(tuple(phrase.lower().split()), kind, _yes(number, where)))
    # Longest phrases first, so "as many as" wins over a shorter entry at the same place.
    hedges.sort(key=lambda h: -len(h.words))
    return tuple(hedges)


def _roles() -> dict[str, RoleEntry]:
    """The role nouns a story uses to refer back to a speaker: the rows of the one role-noun
    table (actors/data/roles.tsv) with a `refers` value."""
    path = resources.files("eventdesk.actors") / "data" / "roles.tsv"
    roles = {}
    for number, row in tsv_rows(path, ROLE_COLUMNS):
        noun, sectors, kind, gender = row[0], row[2], row[5], row[6]
        if kind == "-":
            continue
        if kind not in ("person", "organization", "document") or gender not in ("m", "f", "-"):
            raise LexiconError(f"{path}:{number}: bad refers {kind!r} or gender {gender!r}")
        roles.setdefault(noun.lower(), RoleEntry(
            noun.lower(), kind, None if gender == "-" else gender, frozenset(sectors.split()) - {"-"}))
    return roles


def _honorifics() -> dict[str, str]:
    """The honorifics that tell a person's gender (the one table, actors/data/honorifics.tsv)."""
    return dict(honorifics())


def _related() -> dict[str, str]:
    related: dict[str, str] = {}
    for _, (group, lemmas) in _rows("related.tsv", 2):
        for lemma in lemmas.split(","):
            if lemma.strip():
                related.setdefault(lemma.strip().lower(), group)
    return related


def _non_speech_objects(cues: dict[str, CueEntry]) -> dict[str, frozenset[str]]:
    non_speech: dict[str, frozenset[str]] = {}
    for where, (cue, objects) in _rows("non_speech_objects.tsv", 2):
        if cue.lower() not in cues:
            raise LexiconError(f"{where}: {cue!r} is not a cue of cues.tsv")
        words = frozenset(o.strip() if o.strip() == "PERSON" else o.strip().lower() for o in objects.split(","))
        non_speech[cue.lower()] = non_speech.get(cue.lower(), frozenset()) | (words - {""})
    return non_speech


def _organization_words(roles: dict[str, RoleEntry]) -> dict[str, frozenset[str]]:
    organization_words: dict[str, frozenset[str]] = {}
    for where, (word, role_list) in _rows("organization_words.tsv", 2):
        names = frozenset(r.strip().lower() for r in role_list.split(",") if r.strip())
        unknown = [r for r in names if r not in roles or roles[r].kind != "organization"]
        if unknown or not names:
            raise LexiconError(f"{where}: roles {unknown} are not organisation nouns of actors/data/roles.tsv")
        organization_words[word.lower()] = names
    return organization_words


NOUN_FRAMES = frozenset({"that", "is", "view", "in", "in-after", "to", "to-np", "of", "on", "for", "about", "against", "over", "at", "with"})


@lru_cache(maxsize=1)
def noun_cues() -> dict[str, CueEntry]:
    """The nouns that carry an attribution ("his claim that ...", "in her view"), by lemma
    (data/noun_cues.tsv)."""
    found: dict[str, CueEntry] = {}
    for where, (noun, frames, distancing, denial) in _rows("noun_cues.tsv", 4):
        frame_set = frozenset(f.strip() for f in frames.split(",") if f.strip())
        if not frame_set or frame_set - NOUN_FRAMES:
            raise LexiconError(f"{where}: frames must be among {sorted(NOUN_FRAMES)}, found {frames!r}")
        if noun.lower() in found:
            raise LexiconError(f"{where}: noun {noun!r} listed twice")
        found[noun.lower()] = CueEntry((noun.lower(),), frame_set, _yes(distancing, where), _yes(denial, where))
    return found


ADJECTIVE_FRAMES = frozenset({"that", "to", "to-np", "about", "of", "in", "at", "with", "by", "over", "on", "toward", "for", "behind", "against"})


@lru_cache(maxsize=1)
def adjective_cues() -> dict[str, CueEntry]:
    """The adjectives that carry a state of mind toward their content ("convinced that ...",
    "eager to ...", "worried about ..."), by the word as written (data/adjective_cues.tsv)."""
    found: dict[str, CueEntry] = {}
    for where, (word, frames) in _rows("adjective_cues.tsv", 2):
        frame_set = frozenset(f.strip() for f in frames.split(",") if f.strip())
        if not frame_set or frame_set - ADJECTIVE_FRAMES:
            raise LexiconError(f"{where}: frames must be among {sorted(ADJECTIVE_FRAMES)}, found {frames!r}")
        if word.lower() in found:
            raise LexiconError(f"{where}: adjective {word!r} listed twice")
        found[word.lower()] = CueEntry((word.lower(),), frame_set, False, False)
    return found


WORD_ROLES = frozenset({"addressee", "blocking", "renaming", "naming", "alias", "quoting", "impression", "issuing", "display", "occasion", "aspect", "focus", "label", "hearsay", "hearsay-adverb", "trailing-adverb", "light", "refusal", "asking", "circumstance", "proclause", "connective", "opener", "receiving", "received", "inscription", "partisan", "stance", "causing", "setting", "finding", "perspective", "championing", "backing", "channel", "medium", "platform", "spokesperson"})


@lru_cache(maxsize=1)
def _word_roles() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {role: set() for role in WORD_ROLES}
    for where, (role, words) in _rows("word_roles.tsv", 2):
        if role not in WORD_ROLES:
            raise LexiconError(f"{where}: unknown role {role!r}; known: {sorted(WORD_ROLES)}")
        found[role].update(w.strip().lower() for w in words.split(",") if w.strip())
    return {role: frozenset(words) for role, words in found.items()}


def words_with_role(role: str) -> frozenset[str]:
    """The words of data/word_roles.tsv with that role ("addressee", "blocking", ...)."""
    return _word_roles()[role]


def speech_verbs() -> frozenset[str]:
    """The verbs the event coder reads as verbs of saying (cues.tsv, events = speech): an
    event in the clause under one is reported, and "it" there means the speaker."""
    verbs = set()
    for where, (cue, _frames, _distancing, _denial, events) in _rows("cues.tsv", 5):
        if events not in ("speech", "-"):
            raise LexiconError(f"{where}: events must be speech or -, found {events!r}")
        if events == "speech":
            verbs.add(cue.lower())
    return frozenset(verbs)
