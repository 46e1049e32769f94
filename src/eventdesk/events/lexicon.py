"""The event lexicon: verbs, nouns and phrase patterns (data/verbs.tsv), the CAMEO families
of appeals, intents, demands, refusals and threats (data/families.tsv) and the topic words
that pick a 4-digit code (data/topics.tsv). Read and checked once per process.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from eventdesk.errors import LexiconError
from eventdesk.tables import tsv_rows

log = logging.getLogger(__name__)

POS = {"v": "verb", "n": "noun", "a": "adjective"}
CONDITION_KEYS = {"prt", "obj", "objdet", "objmod", "mod", "adv", "prep", "pobj", "xcomp", "xobj", "clause", "subj", "voice", "notobj", "notpobj"}
# Conditions that rule a reading out ("released a statement" is no release of persons):
# they say nothing of how specific the entry is.
NEGATIVE_CONDITIONS = frozenset({"notobj", "notpobj"})
BARE_CONDITIONS = {"noobj", "noclause", "poss", "alone"}
FAMILIES = {"appeal", "demand", "intend", "soft", "reject", "threaten", "prepare", "yield"}
TOPIC_SCHEMES = {"charge", "reform"}
PLAIN_FLAGS = {"mutual", "comp", "light", "counterpart", "action"}
TARGET_SLOTS = {"obj", "iobj", "comp", "that", "objagent", "xobj", "mod", "about", "-"}
# The families that have a column of families.tsv; its "*" row gives each one's own code.
FAMILY_COLUMNS = ("appeal", "intend", "demand", "reject", "threaten")
# The constructions of constructions.tsv, each read by a rule of events/constructions.py.
CONSTRUCTIONS = frozenset({"blame", "dismissal", "obligation", "reproach", "disparage", "praise"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of verbs.tsv: a trigger, the parse conditions, where the target is."""

    code: str | None  # None for function words (light verbs, verbs of saying)
    pos: str  # "v", "n" or "a"
    lemmas: frozenset[str]
    conditions: tuple[tuple[str, frozenset[str]], ...]
    bare: frozenset[str]  # conditions without a value ("noobj")
    targets: tuple[str, ...]  # slots in order; "-" means the target is optional
    family: str | None = None
    topic: str | None = None
    flags: frozenset[str] = frozenset()
    plover: str | None = None
    plover_mode: str | None = None
    joint: str | None = None  # code when actors of several countries act together
    line: int = 0
    origin: str = ""  # a user dictionary's file; "" for the built-in lexicon

    @property
    def specificity(self) -> float:
        # A wildcard ("obj=*": any object) says less than a list of words.
        return 1 + sum(
            0 if key in NEGATIVE_CONDITIONS else 0.5 if values == {"*"} else 1
            for key, values in self.conditions
        ) + len(self.bare)

    @property
    def target_optional(self) -> bool:
        return "-" in self.targets

    def condition(self, key: str) -> frozenset[str] | None:
        for name, values in self.conditions:
            if name == key:
                return values
        return None


@dataclass(frozen=True, slots=True)
class Lexicon:
    entries: dict[tuple[str, str], tuple[Entry, ...]]  # (pos, lemma) -> entries in file order
    light: frozenset[str]
    speech: frozenset[str]
    families: dict[str, dict[str, str]]  # action prefix -> {column: code or "-"}; "*": own codes
    topics: dict[tuple[str, str], str]  # (scheme, lemma) -> digit
    constructions: dict[str, Entry] = field(default_factory=dict)  # name -> its entry
    source: str = ""
    counts: dict[str, int] = field(default_factory=dict)

    def lookup(self, pos: str, lemma: str) -> tuple[Entry, ...]:
        return self.entries.get((pos, lemma), ())

    def with_entries(self, added: list[Entry]) -> "Lexicon":
        """A copy with user entries before the built-in ones of the same trigger (they win
        a tie of specificity)."""
        index: dict[tuple[str, str], list[Entry]] = {}
        for entry in added:
            for lemma in entry.lemmas:
                index.setdefault((entry.pos, lemma), []).append(entry)
        merged = {key: tuple(index.pop(key, [])) + value for key, value in self.entries.items()}
        merged.update({key: tuple(value) for key, value in index.items()})
        counts = {**self.counts, "user_entries": len(added)}
        return replace(self, entries=merged, counts=counts)

    def family_code(self, family: str, action: str) -> str:
        """The code of an appeal/intent/demand/refusal/threat about `action` (a CAMEO code)."""
        column = family
        default = self.families["*"][column]
        for size in range(len(action), 1, -1):
            row = self.families.get(action[:size])
            if row is not None:
                code = row[column]
                if code == "=":
                    return action
                return default if code == "-" else code
        return default

    def topic_digit(self, scheme: str, keys) -> str | None:
        for key in keys:
            digit = self.topics.get((scheme, key))
            if digit is not None:
                return digit
        return None


def _split(value: str) -> frozenset[str]:
    return frozenset(part.strip().replace("_", " ") for part in value.split("|") if part.strip())


def _parse_entry(path: Path, number: int, fields: list[str], known_codes) -> Entry:
    code, trigger, when, target, flag_text = fields
    where = f"{path}:{number}"
    if code == "-":
        code_value = None
    elif code.isdigit() and len(code) in (2, 3, 4):
        if known_codes is not None and code not in known_codes:
            raise LexiconError(f"{where}: {code} is not a CAMEO code")
        code_value = code
    else:
        raise LexiconError(f"{where}: code must be a CAMEO code or '-', got {code!r}")
    pos, _, lemma_text = trigger.partition(":")
    if pos not in POS or not lemma_text:
        raise LexiconError(f"{where}: trigger must look like v:lemma|lemma, got {trigger!r}")
    lemmas = _split(lemma_text)
    conditions: list[tuple[str, frozenset[str]]] = []
    bare: set[str] = set()
    if when != "-":
        for part in when.split():
            if "=" not in part:
                if part not in BARE_CONDITIONS:
                    raise LexiconError(f"{where}: unknown condition {part!r}")
                bare.add(part)
                continue
            key, _, value = part.partition("=")
            if key not in CONDITION_KEYS or not value:
                raise LexiconError(f"{where}: unknown condition {part!r}")
            conditions.append((key, _split(value)))
    targets = tuple(part.strip() for part in target.split("|") if part.strip())
    if not targets:
        raise LexiconError(f"{where}: empty target column (use '-')")
    for slot in targets:
        if slot in TARGET_SLOTS or (slot[:1] in "@~" and len(slot) > 1):
            continue
        raise LexiconError(f"{where}: unknown target slot {slot!r}")
    family = topic = plover = plover_mode = joint = None
    flags: set[str] = set()
    if flag_text != "-":
        for part in flag_text.split():
            key, eq, value = part.partition("=")
            if not eq:
                if part not in PLAIN_FLAGS:
                    raise LexiconError(f"{where}: unknown flag {part!r}")
                flags.add(part)
            elif key == "family" and value in FAMILIES:
                family = value
            elif key == "topic" and value in TOPIC_SCHEMES:
                topic = value
            elif key == "plover" and value:
                plover, _, mode = value.partition("/")
                plover_mode = mode or None
            elif key == "joint" and value.isdigit():
                if known_codes is not None and value not in known_codes:
                    raise LexiconError(f"{where}: joint code {value} is not a CAMEO code")
                joint = value
            else:
                raise LexiconError(f"{where}: unknown flag {part!r}")
    if code_value is None and "light" not in flags:
        raise LexiconError(f"{where}: a row without a code must be flagged light (verbs of saying "
                           "live in statements/data/cues.tsv)")
    return Entry(
        code=code_value,
        pos=pos,
        lemmas=lemmas,
        conditions=tuple(conditions),
        bare=frozenset(bare),
        targets=targets,
        family=family,
        topic=topic,
        flags=frozenset(flags),
        plover=plover,
        plover_mode=plover_mode,
        joint=joint,
        line=number,
    )


def read_lexicon(verbs: Path, families: Path, topics: Path, known_codes=None,
                 speech: frozenset[str] | None = None, constructions: Path | None = None) -> Lexicon:
    """Read and check the lexicon files; raise LexiconError naming file and line.
    `speech`: the verbs of saying (default: the one table of them, statements/data/cues.tsv).
    `constructions`: entries of the built-in constructions (default: none)."""
    if speech is None:
        from eventdesk.statements.lexicon import speech_verbs

        speech = speech_verbs()
    index: dict[tuple[str, str], list[Entry]] = {}
    light: set[str] = set()
    count = 0
    for number, fields in tsv_rows(verbs, ("code", "trigger", "when", "target", "flags")):
        entry = _parse_entry(verbs, number, fields, known_codes)
        if entry.code is None:
            light |= entry.lemmas
            continue
        count += 1
        for lemma in entry.lemmas:
            index.setdefault((entry.pos, lemma), []).append(entry)
    log.debug("event lexicon: %d entries, %d trigger lemmas", count, len(index))
    return Lexicon(
        entries={key: tuple(value) for key, value in index.items()},
        light=frozenset(light),
        speech=frozenset(speech),
        families=_read_families(families, known_codes),
        topics=_read_topics(topics),
        constructions=_read_constructions(constructions, known_codes) if constructions else {},
        source=str(verbs),
        counts={"entries": count, "lemmas": len(index)},
    )


def _read_families(path: Path, known_codes) -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    columns = ("action", *FAMILY_COLUMNS)
    for number, fields in tsv_rows(path, columns):
        action = fields[0]
        if not (action.isdigit() or action == "*"):
            raise LexiconError(f"{path}:{number}: action must be a code prefix or *, got {action!r}")
        row = dict(zip(columns[1:], fields[1:]))
        for column, code in row.items():
            if code in ("-", "=") and action == "*":
                raise LexiconError(f"{path}:{number}: the * row gives each family's own code")
            if code not in ("-", "=") and known_codes is not None and code not in known_codes:
                raise LexiconError(f"{path}:{number}: {code} ({column}) is not a CAMEO code")
        rows[action] = row
    if "*" not in rows:
        raise LexiconError(f"{path}: no * row (each family's own code)")
    return rows


def _read_topics(path: Path) -> dict[tuple[str, str], str]:
    rows: dict[tuple[str, str], str] = {}
    for number, (lemma, scheme, digit) in tsv_rows(path, ("lemma", "scheme", "digit")):
        if scheme not in TOPIC_SCHEMES or not digit.isdigit():
            raise LexiconError(f"{path}:{number}: bad scheme or digit")
        rows[(scheme, lemma.replace("_", " "))] = digit
    return rows


def _read_constructions(path: Path, known_codes) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    header = ("construction", "code", "trigger", "when", "target", "flags")
    for number, fields in tsv_rows(path, header):
        name = fields[0]
        if name not in CONSTRUCTIONS or name in entries:
            raise LexiconError(f"{path}:{number}: unknown or repeated construction {name!r}; "
                               f"known: {sorted(CONSTRUCTIONS)}")
        entries[name] = _parse_entry(path, number, fields[1:], known_codes)
    missing = CONSTRUCTIONS - set(entries)
    if missing:
        raise LexiconError(f"{path}: no row for {sorted(missing)}")
    return entries


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The package's event lexicon, read once per process, codes checked against CAMEO."""
    from eventdesk.ontology import load_ontology

    ontology = load_ontology()
    known = {entry.code for entry in ontology.codes()}
    data = files(__package__) / "data"
    return read_lexicon(
        Path(str(data / "verbs.tsv")),
        Path(str(data / "families.tsv")),
        Path(str(data / "topics.tsv")),
        known_codes=known,
        constructions=Path(str(data / "constructions.tsv")),
    )
