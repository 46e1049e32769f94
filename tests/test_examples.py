"""The bundled examples against what a careful human coder expects of them.

tests/data/examples_expected.yaml was written by hand from the texts before the pipeline
ran. Required (non-optional) events and statements are scored for recall; the thresholds
are what eventdesk reached when they were set, and may only go up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventdesk.ingest import read_inputs
from eventdesk.model import Article

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
EXPECTED = yaml.safe_load((REPO / "tests" / "data" / "examples_expected.yaml").read_text(encoding="utf-8"))["articles"]

# Recall of required expectations reached on the examples; raise when the coder improves.
MIN_EVENT_RECALL = 0.84
MIN_STATEMENT_RECALL = 0.79


@pytest.fixture(scope="module")
def records(pipeline):
    articles = [a for a in read_inputs([REPO / "examples"]) if isinstance(a, Article)]
    return {r.id: r for r in pipeline.code_many(articles)}


def _actor_matches(actor, expected: str | None) -> bool:
    if expected is None:
        return actor is None or not actor.country
    if actor is None:
        return False
    if expected.startswith("IGO"):
        return actor.code.startswith(expected)
    return actor.country == expected


def _locate(text: str, phrase: str) -> tuple[int, int]:
    start = text.find(phrase)
    assert start >= 0, f"phrase not in text: {phrase!r}"
    return start, start + len(phrase)


def _event_found(record, expected) -> bool:
    start, end = _locate(record.text, expected["in"])
    roots = {expected["root"], *expected.get("alt_roots", [])}
    for event in record.events:
        if not (start <= event.trigger.start < end and event.root in roots):
            continue
        if _actor_matches(event.source, expected.get("source")) and _actor_matches(event.target, expected.get("target")):
            return True
    return False


def _statement_found(record, expected) -> bool:
    start, end = _locate(record.text, expected["in"])
    for statement in record.statements:
        if not (start <= statement.cue.start < end or start <= statement.content.start < end):
            continue
        if statement.cue.lemma != expected["cue"] and expected["cue"] not in statement.cue.text.lower():
            continue
        speaker = statement.speaker
        if "speaker_name" in expected:
            if speaker is None or expected["speaker_name"] not in (speaker.name or speaker.text):
                continue
        elif expected.get("speaker_country") and not _actor_matches(speaker, expected["speaker_country"]):
            continue
        return True
    return False


def _recall(records, kind, found):
    hits, total, misses = 0, 0, []
    for article in EXPECTED:
        record = records[article["id"]]
        for expected in article.get(kind) or []:
            if expected.get("optional"):
                continue
            total += 1
            if found(record, expected):
                hits += 1
            else:
                misses.append((article["id"], expected["in"]))
    return hits / total, misses


def test_examples_published_dates_and_titles(records):
    for article in EXPECTED:
        record = records[article["id"]]
        assert record.published == article["published"], article["id"]
        assert record.title == article["title"], article["id"]


def test_examples_boilerplate_is_never_coded(records):
    checked = 0
    for article in EXPECTED:
        record = records[article["id"]]
        for line in article.get("boilerplate") or []:
            # A line written twice is the headline and its repeat: the headline is story, the repeat not.
            start = record.text.rfind(line) if record.text.count(line) > 1 else record.text.find(line)
            if start < 0:  # the HTML reader already left it out of the page's text
                continue
            end = start + len(line)
            assert record.events or record.statements, article["id"]
            checked += 1
            for event in record.events:
                assert not (start <= event.trigger.start < end), (article["id"], line)
            for statement in record.statements:
                assert not (start <= statement.cue.start < end), (article["id"], line)
    assert checked >= 5, "the expectations name too few boilerplate lines to test"


def test_examples_event_recall(records):
    recall, misses = _recall(records, "events", _event_found)
    print(f"event recall {recall:.3f}; missed: {misses}")
    assert recall >= MIN_EVENT_RECALL, misses


def test_examples_statement_recall(records):
    recall, misses = _recall(records, "statements", _statement_found)
    print(f"statement recall {recall:.3f}; missed: {misses}")
    assert recall >= MIN_STATEMENT_RECALL, misses


def test_examples_cover_all_four_quad_classes(records):
    quads = {e.quad_class for r in records.values() for e in r.events}
    assert quads == {1, 2, 3, 4}


def test_examples_negation_and_modality_are_kept(records):
    events = [e for r in records.values() for e in r.events]
    assert any(e.negated for e in events)
    assert any(e.modality == "intended" for e in events)
    assert any(e.modality == "hypothetical" for e in events)


def test_examples_actor_codes_start_with_their_iso_country(records):
    """One scheme: an actor's code starts with its ISO alpha-3 country, never a CAMEO
    country code ("JPNGOV", not "JAPGOV"), wherever the country came from."""
    actors = [a for r in records.values() for e in r.events for a in (e.source, e.target) if a is not None]
    actors += [s.speaker for r in records.values() for s in r.statements if s.speaker is not None]
    with_country = [a for a in actors if a.country]
    assert len(with_country) > 50
    wrong = [(a.text, a.code, a.country) for a in with_country if not a.code.startswith(a.country)]
    assert not wrong, wrong
