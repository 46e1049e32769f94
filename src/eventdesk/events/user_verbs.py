"""User verb dictionaries (`--verbs FILE`, Settings.verb_files): entries that join the
built-in event lexicon, read from eventdesk's own verbs.tsv format or from the verb-pattern
text format of the CAMEO coders (TABARI, PETRARCH). The format is read from the contents.

The CAMEO format (docs/lexicons.md, "Verb dictionaries in the CAMEO text format"): a block
per verb opens with `--- VERB [code] ---` (TABARI: `VERB [code]`), lines of other forms of
the verb follow, then pattern lines `- words [code]` where `*` stands for the verb, `+` for
the target and `$` for the source; `&SET` blocks list `+word` members a pattern names with
`&SET`; `#` starts a comment. Each pattern becomes an entry with the conditions eventdesk
matches over the parse (object, preposition, particle, voice); a pattern that needs more
than those (words before the verb, compound actors) is skipped with a warning.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from eventdesk.errors import LexiconError
from eventdesk.events.function_words import CIRCUMSTANTIAL_PREPS, OBJECT_PHRASE_PREPS, PLACE_PREPS
from eventdesk.events.lexicon import Entry, _parse_entry
from eventdesk.tables import tsv_rows

log = logging.getLogger(__name__)

# "[112]", "[0231]", "[---]" (the verb alone codes nothing), "[112:113]" (the first counts)
_CODE = re.compile(r"\[\s*(---|\d{2,4})(?:\s*:\s*\d{2,4})?\s*\]\s*$")
_HEADER = re.compile(r"^---\s*([^\[\]-][^\[\]]*?)\s*(\[[^\]]*\])?\s*(?:---)?\s*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*")
PREPOSITIONS = frozenset(OBJECT_PHRASE_PREPS | PLACE_PREPS | CIRCUMSTANTIAL_PREPS | {"by", "at", "off", "out"})
DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her"})
VERBS_COLUMNS = ("code", "trigger", "when", "target", "flags")


@dataclass
class _Verb:
    line: int
    lemmas: set[str]
    particle: str | None
    code: str | None
    patterns: list[tuple[int, list[str], str | None]] = field(default_factory=list)


def read_verb_dictionary(path: Path, known_codes=None) -> list[Entry]:
    """The entries of one user verb dictionary, in file order."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read verb dictionary: {exc}") from exc
    if looks_like_cameo_verbs(text):
        return cameo_entries(path, text, known_codes)
    if any(line.split("\t")[:5] == list(VERBS_COLUMNS) for line in text.splitlines()):
        entries = []
        for number, fields in tsv_rows(path, VERBS_COLUMNS):
            entry = _parse_entry(path, number, fields, known_codes)
            if entry.code is None:
                raise LexiconError(f"{path}:{number}: a user entry needs a CAMEO code (light verbs are built in)")
            entries.append(replace(entry, origin=str(path)))
        return entries
    raise LexiconError(f"{path}: not a verb dictionary: neither the CAMEO text format "
                       "(--- VERB [code] blocks, - pattern [code] lines) nor eventdesk's "
                       "verbs.tsv columns (code, trigger, when, target, flags)")


def looks_like_cameo_verbs(text: str) -> bool:
    """Some line opens a `--- VERB` block or is a `- pattern [code]` line."""
    lines = [_strip(line) for line in text.splitlines()]
    return any(line.startswith("---") or (line.startswith("-") and "[" in line) for line in lines)


def _strip(raw: str) -> str:
    return raw.split("#", 1)[0].strip()


def cameo_entries(path: Path, text: str, known_codes=None) -> list[Entry]:
    """Entries of a CAMEO-format verb dictionary: one per verb with a code of its own, one
    per pattern that eventdesk can match."""
    verbs, sets = _blocks(path, text, known_codes)
    entries: list[Entry] = []
    for verb in verbs:
        if verb.code:
            entries.append(_entry(path, verb.code, verb, {}, ("obj", "-"), verb.line))
        for number, tokens, code in verb.patterns:
            if code is None:
                continue
            translated = _translate(path, number, tokens, sets)
            if translated is None:
                continue
            conditions, targets = translated
            entries.append(_entry(path, code, verb, conditions, targets, number))
    return entries


def _blocks(path: Path, text: str, known_codes) -> tuple[list[_Verb], dict[str, set[str]]]:
    verbs: list[_Verb] = []
    sets: dict[str, set[str]] = {}
    current_set: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _strip(raw)
        if not line:
            continue
        if line.startswith("---"):
            header = _HEADER.match(line)
            if header is None:
                raise LexiconError(f"{path}:{number}: a verb block opens with --- VERB [code] ---")
            verbs.append(_verb(path, number, header.group(1), header.group(2), known_codes))
            current_set = None
        elif line.startswith("&"):
            current_set = line[1:].strip().lower()
            if not _WORD.fullmatch(current_set.replace("_", "")):
                raise LexiconError(f"{path}:{number}: a word set is named &NAME")
            sets[current_set] = set()
        elif line.startswith("+") and current_set is not None:
            sets[current_set].add(line[1:].strip().replace("_", " ").lower())
        elif line.startswith("-"):
            if not verbs:
                raise LexiconError(f"{path}:{number}: a pattern before any --- VERB [code] --- block")
            tokens, code = _pattern(path, number, line[1:], known_codes)
            verbs[-1].patterns.append((number, tokens, code))
        elif "[" in line:
            # TABARI opens a block with the verb and its code, without dashes.
            name, _, code_text = line.partition("[")
            verbs.append(_verb(path, number, name, "[" + code_text, known_codes))
            current_set = None
        else:
            if not verbs or current_set is not None:
                raise LexiconError(f"{path}:{number}: a line that is no verb form, pattern or set member")
            for form in line.replace("{", " ").replace("}", " ").split():
                if not _WORD.fullmatch(form.replace("_", "")):
                    raise LexiconError(f"{path}:{number}: {form!r} is not a verb form")
                verbs[-1].lemmas.add(form.replace("_", " ").lower().split()[0])
    return verbs, sets


def _verb(path: Path, number: int, name: str, code_text: str | None, known_codes) -> _Verb:
    words = name.strip().replace("_", " ").lower().split()
    if not words or not all(_WORD.fullmatch(w) for w in words):
        raise LexiconError(f"{path}:{number}: {name.strip()!r} is not a verb")
    code = _code(path, number, code_text, known_codes) if code_text else None
    return _Verb(number, {words[0]}, words[1] if len(words) > 1 else None, code)


def _code(path: Path, number: int, text: str, known_codes) -> str | None:
    match = _CODE.search(text.strip())
    if match is None:
        raise LexiconError(f"{path}:{number}: a code is written [ddd] (2 to 4 digits) or [---]")
    code = match.group(1)
    if code == "---":
        return None
    if known_codes is not None and code not in known_codes:
        raise LexiconError(f"{path}:{number}: {code} is not a CAMEO code")
    return code


def _pattern(path: Path, number: int, text: str, known_codes) -> tuple[list[str], str | None]:
    body, bracket, rest = text.rpartition("[")
    if not bracket:
        raise LexiconError(f"{path}:{number}: a pattern ends with its code: - words [ddd]")
    code = _code(path, number, "[" + rest, known_codes)
    tokens = body.split()
    if tokens.count("*") != 1:
        raise LexiconError(f"{path}:{number}: a pattern holds one * (the verb), found {tokens.count('*')}")
    for token in tokens:
        if token not in ("*", "$", "+", "%", "^") and not _WORD.fullmatch(token.lstrip("&").replace("_", "")):
            raise LexiconError(f"{path}:{number}: {token!r} is not a word, *, $, + or &SET")
    return tokens, code


def _translate(path: Path, number: int, tokens: list[str], sets: dict[str, set[str]]
               ) -> tuple[dict[str, set[str]], tuple[str, ...]] | None:
    """A pattern's parse conditions and target slots, or None (with a warning) when it
    needs what eventdesk's entries cannot say."""
    star = tokens.index("*")
    before, after = tokens[:star], tokens[star + 1:]
    if "%" in tokens or "^" in tokens or any(t not in ("$", "+") for t in before):
        log.warning("%s:%d: pattern skipped: words before the verb, %% and ^ are not read", path, number)
        return None
    conditions: dict[str, set[str]] = {}
    targets: list[str] = []
    if "+" in before:
        conditions["voice"] = {"passive"}  # "+ * by $": the one acted on is the subject
        targets.append("obj")
    preposition: str | None = None
    words: list[set[str]] = []
    for token in after:
        if token == "+":
            targets.append(f"@{preposition}" if preposition else "obj")
        elif token == "$":
            if preposition == "by":
                conditions["voice"] = {"passive"}
        elif token.startswith("&"):
            members = sets.get(token[1:].lower())
            if members is None:
                raise LexiconError(f"{path}:{number}: word set {token} is not defined (&NAME with +word lines)")
            words.append(members)
            conditions.setdefault("pobj" if preposition else "obj", set()).update(members)
        else:
            word = token.replace("_", " ").lower()
            if word in PREPOSITIONS and not words and preposition is None and "obj" not in conditions:
                preposition = word
                conditions["prep"] = {word}
            elif word in PREPOSITIONS:
                preposition = word
                conditions["prep"] = {word}
            elif word not in DETERMINERS:
                # The last word of a run names the noun ("new sanctions" -> sanctions).
                conditions["pobj" if preposition else "obj"] = {word}
    if "prep" in conditions and not ({"pobj"} & conditions.keys()) and any(t.startswith("@") for t in targets):
        del conditions["prep"]  # "* + with" / "* with +": the slot says it
    return conditions, tuple(targets) or ("-",)


def _entry(path: Path, code: str, verb: _Verb, conditions: dict[str, set[str]], targets: tuple[str, ...],
           line: int) -> Entry:
    if verb.particle:
        conditions = {"prt": {verb.particle}, **conditions}
    return Entry(
        code=code,
        pos="v",
        lemmas=frozenset(verb.lemmas),
        conditions=tuple((key, frozenset(values)) for key, values in conditions.items()),
        bare=frozenset(),
        targets=targets,
        line=line,
        origin=str(path),
    )


def load_user_verbs(lexicon, paths) -> "Lexicon":
    """`lexicon` with the entries of the user verb dictionaries `paths` (in order)."""
    if not paths:
        return lexicon
    from eventdesk.ontology import load_ontology

    known = {entry.code for entry in load_ontology().codes()}
    added: list[Entry] = []
    for path in paths:
        added.extend(read_verb_dictionary(Path(path), known))
    return lexicon.with_entries(added)
