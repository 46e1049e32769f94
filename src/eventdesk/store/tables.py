"""The store's tables: their Arrow schemas, and the rows one coded-article record gives.

Every row carries `article_id` and `batch`; the views keep, per article, only the rows of
its latest batch, so an article coded again supersedes its old rows instead of doubling them.
docs/store.md describes every column.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Iterable

import pyarrow as pa

from eventdesk.model import Actor, CodedArticle, Event, Place, Span, Statement

_str = pa.string()
_int = pa.int32()
_strings = pa.list_(pa.string())

_ACTOR_FIELDS = [("code", _str), ("country", _str), ("sectors", _strings), ("name", _str), ("kind", _str), ("text", _str), ("start", _int), ("end", _int)]


def _actor_fields(prefix: str) -> list[tuple[str, pa.DataType]]:
    return [(f"{prefix}_{name}", kind) for name, kind in _ACTOR_FIELDS]


_KEY = [("article_id", _str), ("batch", _str)]
_PLACE_FIELDS = [("name", _str), ("country", _str), ("lat", pa.float64()), ("lon", pa.float64()), ("feature", _str)]


def _place_fields(prefix: str) -> list[tuple[str, pa.DataType]]:
    return [(f"{prefix}_{name}", kind) for name, kind in _PLACE_FIELDS]


def _place(prefix: str, place: Place | None) -> dict:
    return {f"{prefix}_{name}": getattr(place, name) if place else None for name, _ in _PLACE_FIELDS}

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        _KEY
        + [
            ("content_hash", _str),
            ("coder_version", _str),
            ("coded_at", pa.timestamp("s", tz="UTC")),
            ("title", _str),
            ("published", _str),
            ("url", _str),
            ("outlet", _str),
            ("text", _str),
            ("sentences", pa.list_(pa.list_(_int))),
            ("n_events", _int),
            ("n_statements", _int),
            ("n_actors", _int),
            ("errors", _strings),
        ]
    ),
    "events": pa.schema(
        _KEY
        + [("event_id", _str), ("mention_key", pa.int64()), ("sentence", _int)]
        + _actor_fields("source")
        + _actor_fields("target")
        + [
            ("cameo", _str),
            ("root", _str),
            ("quad_class", _int),
            ("goldstein", pa.float64()),
            ("plover", _str),
            ("plover_mode", _str),
            ("negated", pa.bool_()),
            ("modality", _str),
            ("date", _str),
            ("date_precision", _str),
            ("date_text", _str),
            ("date_source", _str),
            ("location_name", _str),
            ("location_country", _str),
            ("location_lat", pa.float64()),
            ("location_lon", pa.float64()),
            ("location_feature", _str),
            ("location_text", _str),
            ("location_source", _str),
            ("location_geonames_id", pa.int64()),
            ("confidence", pa.float64()),
        ]
        + _place_fields("source_place")
        + _place_fields("target_place")
    ),
    "event_mentions": pa.schema(
        _KEY
        + [
            ("event_id", _str),
            ("mention_key", pa.int64()),
            ("sentence", _int),
            ("trigger_text", _str),
            ("trigger_start", _int),
            ("trigger_end", _int),
            ("source_start", _int),
            ("target_start", _int),
            ("statement_id", _str),
            ("confidence", pa.float64()),
        ]
    ),
    "statements": pa.schema(
        _KEY
        + [("statement_id", _str), ("sentence", _int)]
        + _actor_fields("speaker")
        + [
            ("speaker_mention_text", _str),
            ("speaker_mention_start", _int),
            ("speaker_mention_end", _int),
            ("cue_text", _str),
            ("cue_lemma", _str),
            ("cue_start", _int),
            ("cue_end", _int),
            ("content_text", _str),
            ("content_start", _int),
            ("content_end", _int),
            ("type", _str),
            ("hedges", _strings),
            ("negated", pa.bool_()),
            ("contested_by", _strings),
        ]
    ),
    "actors": pa.schema(_KEY + [("mention", _int), ("sentence", _int)] + [(name, kind) for name, kind in _ACTOR_FIELDS]),
}


def content_hash(text: str) -> str:
    """sha256 of the article text (UTF-8): the store's test of 'already coded'."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def mention_key(article_id: str, text_hash: str, event_id: str) -> int:
    """A stable 63-bit integer for one event mention (GDELT ids are integers)."""
    digest = hashlib.sha256(f"{article_id}\x1f{text_hash}\x1f{event_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def _actor(prefix: str, actor: Actor | None) -> dict:
    if actor is None:
        return {f"{prefix}_{name}": None for name, _ in _ACTOR_FIELDS}
    return {
        f"{prefix}_code": actor.code or None,  # no country and no sector: null, not ""
        f"{prefix}_country": actor.country,
        f"{prefix}_sectors": list(actor.sectors),
        f"{prefix}_name": actor.name,
        f"{prefix}_kind": actor.kind,
        f"{prefix}_text": actor.text,
        f"{prefix}_start": actor.start,
        f"{prefix}_end": actor.end,
    }


def _span(prefix: str, span: Span | None) -> dict:
    return {
        f"{prefix}_text": span.text if span else None,
        f"{prefix}_start": span.start if span else None,
        f"{prefix}_end": span.end if span else None,
    }


def _event_row(event: Event, key: dict, text_hash: str) -> dict:
    place = event.location
    return {
        **key,
        "event_id": event.id,
        "mention_key": mention_key(key["article_id"], text_hash, event.id),
        "sentence": event.sentence,
        **_actor("source", event.source),
        **_actor("target", event.target),
        "cameo": event.cameo,
        "root": event.root,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "plover": event.plover,
        "plover_mode": event.plover_mode,
        "negated": event.negated,
        "modality": event.modality,
        "date": event.date,
        "date_precision": event.date_precision,
        "date_text": event.date_text.text if event.date_text else None,
        "date_source": event.date_source,
        "location_name": place.name if place else None,
        "location_country": place.country if place else None,
        "location_lat": place.lat if place else None,
        "location_lon": place.lon if place else None,
        "location_feature": place.feature if place else None,
        "location_text": place.text if place else None,
        "location_source": event.location_source,
        "location_geonames_id": place.geonames_id if place else None,
        "confidence": event.confidence,
        **_place("source_place", event.source_place),
        **_place("target_place", event.target_place),
    }


def _mention_row(event: Event, key: dict, text_hash: str) -> dict:
    return {
        **key,
        "event_id": event.id,
        "mention_key": mention_key(key["article_id"], text_hash, event.id),
        "sentence": event.sentence,
        **_span("trigger", event.trigger),
        "source_start": event.source.start if event.source else None,
        "target_start": event.target.start if event.target else None,
        "statement_id": event.statement,
        "confidence": event.confidence,
    }


def _contested_by(record: CodedArticle) -> dict[str, list[str]]:
    """For each statement id, the ids of the statements that contest it (the record's contests)."""
    others: dict[str, list[str]] = {}
    for contest in record.contests:
        for one in contest.statements:
            mine = others.setdefault(one, [])
            for other in contest.statements:
                if other != one and other not in mine:
                    mine.append(other)
    return others


def _statement_row(statement: Statement, key: dict, contested_by: list[str]) -> dict:
    return {
        **key,
        "statement_id": statement.id,
        "sentence": statement.sentence,
        **_actor("speaker", statement.speaker),
        **_span("speaker_mention", statement.speaker_mention),
        "cue_text": statement.cue.text,
        "cue_lemma": statement.cue.lemma,
        "cue_start": statement.cue.start,
        "cue_end": statement.cue.end,
        **_span("content", statement.content),
        "type": statement.type,
        "hedges": [h.text for h in statement.hedges],
        "negated": statement.negated,
        "contested_by": contested_by,
    }


def _actor_rows(record: CodedArticle, key: dict) -> list[dict]:
    starts = [start for start, _ in record.sentences]
    rows = []
    for number, actor in enumerate(record.actors):
        index = bisect_right(starts, actor.start) - 1
        in_sentence = index >= 0 and actor.start < record.sentences[index][1]
        fields = {name.removeprefix("actor_"): value for name, value in _actor("actor", actor).items()}
        rows.append({**key, "mention": number, "sentence": index if in_sentence else None, **fields})
    return rows


def record_rows(record: CodedArticle, batch: str, coder_version: str, coded_at) -> dict[str, list[dict]]:
    """The rows of every table for one coded article."""
    text_hash = content_hash(record.text)
    key = {"article_id": record.id, "batch": batch}
    contests = _contested_by(record)
    article = {
        **key,
        "content_hash": text_hash,
        "coder_version": coder_version,
        "coded_at": coded_at,
        "title": record.title,
        "published": record.published,
        "url": record.url,
        "outlet": record.outlet,
        "text": record.text,
        "sentences": [[start, end] for start, end in record.sentences],
        "n_events": len(record.events),
        "n_statements": len(record.statements),
        "n_actors": len(record.actors),
        "errors": list(record.errors),
    }
    return {
        "articles": [article],
        "events": [_event_row(e, key, text_hash) for e in record.events],
        "event_mentions": [_mention_row(e, key, text_hash) for e in record.events],
        "statements": [_statement_row(s, key, contests.get(s.id, [])) for s in record.statements],
        "actors": _actor_rows(record, key),
    }


def build_tables(rows: dict[str, list[dict]]) -> dict[str, pa.Table]:
    return {name: pa.Table.from_pylist(rows.get(name, []), schema=schema) for name, schema in SCHEMAS.items()}


def empty_tables() -> dict[str, pa.Table]:
    return build_tables({})


def merge_rows(parts: Iterable[dict[str, list[dict]]]) -> dict[str, list[dict]]:
    merged: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
    for part in parts:
        for name, rows in part.items():
            merged[name].extend(rows)
    return merged
