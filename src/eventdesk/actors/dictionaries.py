"""User actor dictionaries (YAML, CSV, or the CAMEO text format of TABARI and PETRARCH read by
cameo_format.py; see docs/lexicons.md): read and checked into lexicon
entries that add to or override the built-in lexicon. A malformed file raises LexiconError
naming the file and line.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

import pycountry
import yaml

from eventdesk.actors.cameo_format import cameo_records, looks_like_cameo
from eventdesk.actors.codes import iso_actor_code, iso_from_cameo
from eventdesk.actors.lexicon import KINDS, Entry, Lexicon, phrase_key
from eventdesk.errors import LexiconError

FIELDS = ("phrase", "phrases", "code", "country", "sectors", "kind", "name", "from", "to", "roles")
ROLE_FIELDS = ("code", "country", "sectors", "from", "to")
CSV_FIELDS = ("phrase", "code", "country", "sectors", "kind", "name", "from", "to")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def read_dictionary(path: Path, lexicon: Lexicon) -> list[tuple[tuple[str, ...], Entry]]:
    """(phrase key, entry) pairs of one user dictionary file, in file order."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read actor dictionary: {exc}") from exc
    suffix = path.suffix.lower()
    if looks_like_cameo(text):  # the format is read from the contents, whatever the name
        records = cameo_records(path, text)
    elif suffix in (".yaml", ".yml"):
        records = _yaml_records(path, text)
    elif suffix in (".csv", ".tsv"):
        records = _csv_records(path, text, "\t" if suffix == ".tsv" else ",")
    else:
        raise LexiconError(f"{path}: not an actor dictionary: neither the CAMEO text format "
                           "(NAME [CODE] lines) nor a .yaml, .yml, .csv or .tsv file")
    entries: list[tuple[tuple[str, ...], Entry]] = []
    for line, record in records:
        entries.extend(_entries(path, line, record, lexicon))
    return entries


def _yaml_records(path: Path, text: str) -> list[tuple[int, dict]]:
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return []
        if isinstance(node, yaml.MappingNode):
            # {"actors": [...]} is the documented form; a bare list is accepted too.
            items = [v for k, v in node.value if loader.construct_object(k) == "actors"]
            if not items:
                raise LexiconError(f"{path}:{node.start_mark.line + 1}: expected a list of actors or an 'actors:' key")
            node = items[0]
        if not isinstance(node, yaml.SequenceNode):
            raise LexiconError(f"{path}:{node.start_mark.line + 1}: expected a list of actors")
        records = []
        for item in node.value:
            line = item.start_mark.line + 1
            try:
                value = loader.construct_object(item, deep=True)
            except ValueError as exc:  # PyYAML reads 2020-13-01 as a date and fails
                raise LexiconError(f"{path}:{line}: bad value (a date must be YYYY-MM-DD): {exc}") from exc
            if not isinstance(value, dict):
                raise LexiconError(f"{path}:{line}: each actor is a mapping (phrase:, code:, ...)")
            records.append((line, value))
        return records
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise LexiconError(f"{path}{line}: not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    finally:
        loader.dispose()


def _csv_records(path: Path, text: str, delimiter: str) -> list[tuple[int, dict]]:
    lines = [ln for ln in text.splitlines()]
    # Comment lines are allowed; their numbers still count for messages.
    body = io.StringIO("\n".join("" if ln.lstrip().startswith("#") else ln for ln in lines))
    reader = csv.reader(body, delimiter=delimiter)
    header: list[str] | None = None
    records = []
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [h.strip().lower() for h in row]
            unknown = [h for h in header if h not in CSV_FIELDS]
            if unknown or "phrase" not in header:
                raise LexiconError(
                    f"{path}:{line}: header must name the columns {', '.join(CSV_FIELDS)} "
                    f"(phrase required); unknown: {', '.join(unknown) or 'none'}"
                )
            continue
        if len(row) > len(header):
            raise LexiconError(f"{path}:{line}: {len(row)} cells, the header has {len(header)}")
        record = {h: cell.strip() for h, cell in zip(header, row) if cell.strip()}
        if "phrase" in record:
            record["phrases"] = [p.strip() for p in record.pop("phrase").split("|") if p.strip()]
        if "sectors" in record:
            record["sectors"] = record["sectors"].replace("|", " ").split()
        records.append((line, record))
    return records


def _date(path: Path, line: int, value: Any, field: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    text = str(value).strip()
    if not _DATE.fullmatch(text):
        raise LexiconError(f"{path}:{line}: '{field}' must be a date YYYY-MM-DD, not {text!r}")
    try:
        dt.date.fromisoformat(text)
    except ValueError as exc:
        raise LexiconError(f"{path}:{line}: '{field}' {text!r} is not a calendar date") from exc
    return text


def _country(path: Path, line: int, value: Any, lexicon: Lexicon) -> str | None:
    if value is None or value == "":
        return None
    text = str(value).strip().upper()
    if text in lexicon.country_names or pycountry.countries.get(alpha_3=text) is not None:
        return text
    iso = iso_from_cameo(text) if len(text) == 3 else None
    if iso and iso != text and iso in lexicon.country_names:
        return iso
    raise LexiconError(f"{path}:{line}: country {value!r} is not an ISO 3166 alpha-3 code")


def _sectors(path: Path, line: int, value: Any, lexicon: Lexicon) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    items = value.split() if isinstance(value, str) else value
    if not isinstance(items, list):
        raise LexiconError(f"{path}:{line}: 'sectors' is a list of CAMEO sector codes")
    sectors = tuple(str(s).strip().upper() for s in items)
    for code in sectors:
        if code not in lexicon.sector_classes:
            raise LexiconError(f"{path}:{line}: unknown CAMEO sector code {code!r}")
    return sectors


def _split_code(path: Path, line: int, code: str, lexicon: Lexicon) -> tuple[str | None, tuple[str, ...]]:
    """Country and sectors read from a CAMEO-style code ("RUSGOV" -> RUS, GOV); three-letter
    parts that are neither stay in the code only (organisation codes)."""
    if not re.fullmatch(r"[A-Za-z0-9]{3,}", code):
        raise LexiconError(f"{path}:{line}: code {code!r} is not a CAMEO-style code")
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    country = None
    first = parts[0].upper()
    if first in lexicon.country_names:
        country, parts = first, parts[1:]
    elif first not in lexicon.sector_classes:
        iso = iso_from_cameo(first)
        if iso and iso in lexicon.country_names:
            country, parts = iso, parts[1:]
    sectors = tuple(p.upper() for p in parts if p.upper() in lexicon.sector_classes)
    return country, sectors


def _entries(path: Path, line: int, record: dict, lexicon: Lexicon) -> list[tuple[tuple[str, ...], Entry]]:
    unknown = [k for k in record if k not in FIELDS]
    if unknown:
        raise LexiconError(f"{path}:{line}: unknown field(s) {', '.join(map(str, unknown))}; "
                           f"known: {', '.join(FIELDS)}")
    phrases = record.get("phrases", record.get("phrase"))
    if isinstance(phrases, str):
        phrases = [phrases]
    if not phrases or not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
        raise LexiconError(f"{path}:{line}: each actor needs 'phrase' or 'phrases' (text)")
    kind = str(record.get("kind") or "").strip() or None
    if kind is not None and kind not in KINDS:
        raise LexiconError(f"{path}:{line}: kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
    name = record.get("name")
    base = _role(path, line, record, lexicon)
    roles = record.get("roles")
    if roles is not None:
        if not isinstance(roles, list) or not roles:
            raise LexiconError(f"{path}:{line}: 'roles' is a list of {{sectors, from, to}}")
        variants = []
        for role in roles:
            if not isinstance(role, dict) or any(k not in ROLE_FIELDS for k in role):
                raise LexiconError(f"{path}:{line}: each role has only {', '.join(ROLE_FIELDS)}")
            variant = _role(path, line, role, lexicon)
            variants.append({**base, **{k: v for k, v in variant.items() if v not in (None, ())}})
    else:
        variants = [base]
    if kind is None:
        kind = "person" if name and not base["code"] else "organization" if not base["country"] else "state"
    entries = []
    for phrase in phrases:
        key, case = phrase_key(phrase)
        if not key:
            raise LexiconError(f"{path}:{line}: empty phrase")
        for variant in variants:
            entry = Entry(
                "person",
                country=variant["country"],
                sectors=variant["sectors"],
                kind=kind,
                name=str(name) if name else (phrases[0] if kind in ("person", "organization") else None),
                code=variant["code"],
                case=tuple("cap" if c == "cap" else c for c in case),
                valid_from=variant["from"],
                valid_to=variant["to"],
                flags=frozenset({"user"}),
                origin=f"{path}:{line}",
            )
            entries.append((key, entry))
    return entries


def _role(path: Path, line: int, record: dict, lexicon: Lexicon) -> dict:
    code = str(record["code"]).strip() if record.get("code") not in (None, "") else None
    if code:
        code = iso_actor_code(code)  # one scheme: CAMEO's JAPGOV is written JPNGOV
    country = _country(path, line, record.get("country"), lexicon)
    sectors = _sectors(path, line, record.get("sectors"), lexicon)
    if code:
        code_country, code_sectors = _split_code(path, line, code, lexicon)
        country = country or code_country
        sectors = sectors or code_sectors
    start = _date(path, line, record.get("from"), "from")
    end = _date(path, line, record.get("to"), "to")
    if start and end and end < start:
        raise LexiconError(f"{path}:{line}: 'to' {end} is before 'from' {start}")
    return {"code": code, "country": country, "sectors": sectors, "from": start, "to": end}
