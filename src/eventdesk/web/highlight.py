"""An article's text cut into segments for the article page: every coded part that points
into the text (event trigger, actor, place, date expression, statement speaker, cue and
content, hedge) becomes a span, and the text is cut wherever a span starts or ends, so each
segment knows every span that covers it. Templates escape the segments' text; nothing here
builds markup.

The store keeps offsets for triggers, actors, speakers, cues and contents; a date expression,
a place and a hedge are kept as words only, and are found in the text of their sentence
(or statement).
"""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("trigger", "actor", "place", "date", "speaker", "cue", "content", "hedge")


@dataclass
class Highlight:
    id: str
    kind: str
    start: int
    end: int
    label: str
    fields: dict = field(default_factory=dict)


@dataclass
class Segment:
    text: str
    spans: list[str]
    kinds: list[str]
    label: str


def _find(text: str, words: str | None, lo: int, hi: int) -> tuple[int, int] | None:
    if not words:
        return None
    at = text.find(words, lo, hi)
    return None if at < 0 else (at, at + len(words))


def _event_highlights(record: dict) -> list[Highlight]:
    text, sentences = record["text"], record["sentences"] or []
    spans = []
    for event in record["events"]:
        who = f"{event.get('source_code') or '—'} → {event.get('target_code') or '—'}"
        fields = {k: event.get(k) for k in ("cameo", "plover", "plover_mode", "quad_class", "goldstein", "source_code", "target_code", "modality", "negated", "date", "statement_id", "confidence")}
        eid = event["event_id"]
        if event.get("trigger_start") is not None:
            spans.append(Highlight(f"{eid}-trigger", "trigger", event["trigger_start"], event["trigger_end"], f"event {eid}: CAMEO {event.get('cameo')} {event.get('plover') or ''} {who}", fields))
        lo, hi = sentences[event["sentence"]] if event.get("sentence") is not None and event["sentence"] < len(sentences) else (0, len(text))
        found = _find(text, event.get("date_text"), lo, hi)
        if found:
            spans.append(Highlight(f"{eid}-date", "date", *found, f"date of {eid}: {event.get('date')}", {"date": event.get("date"), "words": event.get("date_text")}))
        found = _find(text, event.get("location_name"), lo, hi)
        if event.get("location_start") is not None and event.get("location_end") is not None:
            found = (event["location_start"], event["location_end"])  # a store that keeps the place's offsets
        if found:
            place = {k: event.get(f"location_{k}") for k in ("name", "country", "lat", "lon", "source")}
            spans.append(Highlight(f"{eid}-place", "place", *found, f"place of {eid}: {place['name']}", place))
    return spans


def _statement_highlights(record: dict) -> list[Highlight]:
    text = record["text"]
    spans = []
    for st in record["statements"]:
        sid = st["statement_id"]
        speaker = st.get("speaker_name") or st.get("speaker_text") or "no speaker"
        fields = {"speaker_code": st.get("speaker_code"), "speaker": speaker, "cue": st.get("cue_lemma"), "type": st.get("type"), "hedges": st.get("hedges") or []}
        start, end = st.get("speaker_mention_start"), st.get("speaker_mention_end")
        if start is None:
            start, end = st.get("speaker_start"), st.get("speaker_end")
        if start is not None:
            spans.append(Highlight(f"{sid}-speaker", "speaker", start, end, f"speaker of {sid}: {speaker} ({st.get('speaker_code') or 'no code'})", fields))
        if st.get("cue_start") is not None:
            spans.append(Highlight(f"{sid}-cue", "cue", st["cue_start"], st["cue_end"], f"cue of {sid}: {st.get('cue_lemma')}", fields))
        if st.get("content_start") is not None:
            spans.append(Highlight(f"{sid}-content", "content", st["content_start"], st["content_end"], f"statement {sid} by {speaker} ({st.get('type')})", fields))
            # A hedge may sit in the reporting clause ("reportedly said") as well as the content.
            lo, hi = min(st["content_start"], st.get("cue_start") or st["content_start"]), max(st["content_end"], st.get("cue_end") or 0)
            for number, hedge in enumerate(st.get("hedges") or []):
                found = _find(text, hedge, lo, hi)
                if found:
                    spans.append(Highlight(f"{sid}-hedge{number}", "hedge", *found, f"hedge in {sid}: {hedge}", {"hedge": hedge}))
    return spans


def _actor_highlights(record: dict) -> list[Highlight]:
    return [
        Highlight(f"a{a['mention']}", "actor", a["start"], a["end"], f"actor {a.get('code') or '?'}{': ' + a['name'] if a.get('name') else ''}",
                  {k: a.get(k) for k in ("code", "country", "name", "kind")})
        for a in record["actors"]
        if a.get("start") is not None
    ]


def highlights(record: dict) -> list[Highlight]:
    """Every span of the article that lies inside its text."""
    size = len(record["text"])
    spans = _event_highlights(record) + _statement_highlights(record) + _actor_highlights(record)
    return [s for s in spans if 0 <= s.start < s.end <= size]


def segments(text: str, spans: list[Highlight]) -> list[Segment]:
    """The text cut at every span boundary; each piece lists the spans covering it."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    pieces: list[Segment] = []
    for lo, hi in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s.start <= lo and s.end >= hi]
        ids = [s.id for s in covering]
        if pieces and pieces[-1].spans == ids:
            pieces[-1].text += text[lo:hi]
            continue
        kinds = [k for k in KINDS if any(s.kind == k for s in covering)]
        pieces.append(Segment(text[lo:hi], ids, kinds, "\n".join(s.label for s in covering)))
    return pieces


def contested_pairs(statements: list[dict]) -> list[tuple[dict, dict]]:
    """Each pair of statements that contest each other, once, in text order."""
    by_id = {s["statement_id"]: s for s in statements}
    pairs, seen = [], set()
    for st in statements:
        for other in st.get("contested_by") or []:
            key = frozenset((st["statement_id"], other))
            if other in by_id and key not in seen:
                seen.add(key)
                pairs.append((st, by_id[other]))
    return pairs
