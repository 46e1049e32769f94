"""Actor dictionaries in the text format of the CAMEO coders (TABARI, PETRARCH): read into
the records eventdesk's own user dictionaries give (eventdesk.actors.dictionaries), so a
researcher can code with the dictionaries they already have.

The format (docs/lexicons.md, "Actor dictionaries in the CAMEO text format"): one actor per
block; its first line is the name, words joined by underscores, optionally followed by its
code or codes in brackets; `+NAME` lines add other names of the same actor; lines holding
only bracketed codes add (dated) codes; `#` starts a comment (`;` too, after the entry).
A code may carry a date restriction: `>YYYYMMDD` from that day, `<YYYYMMDD` until it,
`YYYYMMDD-YYYYMMDD` between the two.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from eventdesk.errors import LexiconError

# "[USAGOV]", "[USAGOV >20010120]", "[IGOUNO 19970101-20061231]", "[GHAELI <19961231]"
_CODE = re.compile(r"\[\s*([A-Za-z0-9]{3,15})\s*(?:([<>])\s*(\d{8})|(\d{8})\s*-\s*(\d{8}))?\s*\]")
_NAME = re.compile(r"[^\s\[\]+#;]+")
# Words of up to this many letters keep their capitals when matched (UN, US, WHO, EU):
# CAMEO dictionaries write every name in capitals, so only acronyms this short are taken
# as written; longer words need a capital first letter.
ACRONYM_MAX = 3


@dataclass
class _Block:
    line: int
    names: list[str]
    roles: list[dict] = field(default_factory=list)


def looks_like_cameo(text: str) -> bool:
    """The file is in the CAMEO text format: some entry line carries a bracketed code and
    none looks like a YAML mapping or a CSV header."""
    for raw in text.splitlines():
        line = _strip_comment(raw)
        if not line:
            continue
        if line.rstrip().endswith(":") or line.lstrip().startswith("- ") or line.lower().startswith("phrase"):
            return False
        if _CODE.search(line):
            return True
    return False


def cameo_records(path: Path, text: str) -> list[tuple[int, dict]]:
    """(line, record) pairs of a CAMEO-format actor dictionary, records with the fields of
    eventdesk's own format (phrases, name, roles with code/from/to)."""
    blocks: list[_Block] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _strip_comment(raw)
        if not line:
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if not blocks:
                raise LexiconError(f"{path}:{number}: an alias line (+NAME) before any actor")
            blocks[-1].names.append(_name(path, number, stripped[1:].split("[")[0]))
            blocks[-1].roles.extend(_codes(path, number, stripped))
        elif stripped.startswith("["):
            if not blocks:
                raise LexiconError(f"{path}:{number}: a code line before any actor")
            roles = _codes(path, number, stripped)
            if _CODE.sub("", stripped).strip():
                raise LexiconError(f"{path}:{number}: a code line holds only [CODE] or [CODE date]")
            blocks[-1].roles.extend(roles)
        else:
            name_part = stripped.split("[")[0]
            blocks.append(_Block(number, [_name(path, number, name_part)], _codes(path, number, stripped)))
    records = []
    for block in blocks:
        if not block.roles:
            raise LexiconError(f"{path}:{block.line}: actor {block.names[0]!r} has no [CODE]")
        dated = any(r.get("from") or r.get("to") for r in block.roles)
        # The first code stands for the actor when no role's dates hold (and gives its kind).
        record: dict = {"phrases": block.names, "code": block.roles[0]["code"]}
        if len(block.roles) > 1 or dated:
            record["roles"] = block.roles
        if dated:
            record["kind"] = "person"
            record["name"] = block.names[0]
        records.append((block.line, record))
    return records


def _strip_comment(raw: str) -> str:
    line = raw.split("#", 1)[0]
    # TABARI writes comments after ";" too; a name never holds one.
    return line.split(";", 1)[0].rstrip()


def _name(path: Path, number: int, text: str) -> str:
    """A CAMEO name ("KOFI_ANNAN", "MINISTRY_OF_DEFENCE", "UN_") as eventdesk writes a
    phrase: words apart, long words capitalised, short acronyms in capitals, short function
    words inside the name in any case."""
    text = text.strip()
    if not text or not _NAME.fullmatch(text):
        raise LexiconError(f"{path}:{number}: {text!r} is not a NAME_WITH_UNDERSCORES")
    words = [w for w in text.replace("_", " ").split() if w]
    if not words:
        raise LexiconError(f"{path}:{number}: empty name")
    written = []
    for position, word in enumerate(words):
        letters = sum(c.isalpha() for c in word)
        if letters <= ACRONYM_MAX and position > 0 and word.lower() in STOP_WORDS:
            written.append(word.lower())
        elif letters <= ACRONYM_MAX:
            written.append(word.upper())
        else:
            written.append(word[:1].upper() + word[1:].lower())
    return " ".join(written)


def _codes(path: Path, number: int, text: str) -> list[dict]:
    roles = []
    for match in _CODE.finditer(text):
        code, sign, day, start, end = match.groups()
        role: dict = {"code": code.upper()}
        if sign == ">":
            role["from"] = _day(path, number, day)
        elif sign == "<":
            role["to"] = _day(path, number, day)
        elif start:
            role["from"], role["to"] = _day(path, number, start), _day(path, number, end)
        roles.append(role)
    leftover = _CODE.sub("", text)
    if "[" in leftover or "]" in leftover:
        raise LexiconError(f"{path}:{number}: malformed code; write [CODE], [CODE >YYYYMMDD], "
                           "[CODE <YYYYMMDD] or [CODE YYYYMMDD-YYYYMMDD]")
    return roles


def _day(path: Path, number: int, value: str) -> str:
    try:
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:])).isoformat()
    except ValueError as exc:
        raise LexiconError(f"{path}:{number}: {value} is not a date YYYYMMDD") from exc
