"""The event scorer: matching coded events to fully annotated gold events, and the figures."""

from __future__ import annotations

import json

import pytest

from eventdesk.errors import InputError
from eventdesk.evaluate.events import evaluate_events, load_gold
from eventdesk.model import Actor, CodedArticle, Event, Span

TEXT = "Peru accused Chile of spying. Chile expelled two Peruvian diplomats. It rained in Lima."


def _event(trigger: str, plover: str, cameo: str, source: str | None, target: str | None) -> Event:
    start = TEXT.index(trigger)
    actor = lambda c: Actor(text=c, start=0, end=1, code=c + "GOV", country=c, sectors=["GOV"]) if c else None
    return Event(id="e", sentence=0, source=actor(source), target=actor(target),
                 trigger=Span(trigger, start, start + len(trigger)), cameo=cameo, root=cameo[:2],
                 quad_class=3, goldstein=-2.0, plover=plover)


def _gold(trigger: str, plover: str, source: str, target: str) -> dict:
    start = TEXT.index(trigger)
    return {"trigger": [start, start + len(trigger)], "plover": plover, "cameo": "-",
            "source": {"country": source}, "target": {"country": target}}


def _coded(events):
    sentences = [(0, 29), (30, 68), (69, len(TEXT))]
    return lambda text: CodedArticle(id="t", text=text, sentences=sentences, events=events)


def test_events_scorer_counts_right_wrong_missed_and_spurious():
    gold = [{"id": "t", "text": TEXT, "events": [
        _gold("accused", "ACCUSE", "PER", "CHL"),
        _gold("expelled", "REDUCE", "CHL", "PER"),
    ]}]
    coded = [
        _event("accused", "ACCUSE", "112", "PER", "CHL"),  # right on all three
        _event("rained", "ASSAULT", "190", "PER", None),  # spurious
    ]
    report = evaluate_events(gold, _coded(coded))
    row = report.to_dict()["overall"]
    assert (row["gold"], row["coded"]) == (2, 2)
    assert row["found"] == 0.5 and row["all"] == 0.5
    assert row["typed_precision"] == 0.5 and row["fully_right"] == 0.5 and row["spurious"] == 0.5
    kinds = {(m["gold"] is None, m["coded"] is None) for m in report.misses}
    assert kinds == {(False, True), (True, False)}, report.misses


def test_events_scorer_matches_within_a_sentence_by_type():
    gold = [{"id": "t", "text": TEXT, "events": [_gold("expelled", "REDUCE", "CHL", "PER")]}]
    # the coder's trigger is another word of the same sentence, same PLOVER type
    coded = [_event("diplomats", "REDUCE", "1663", "CHL", "CHL")]
    row = evaluate_events(gold, _coded(coded)).to_dict()["overall"]
    assert row["found"] == 1.0 and row["type"] == 1.0 and row["source"] == 1.0 and row["target"] == 0.0


def test_events_scorer_counts_the_same_cameo_code_as_the_same_type():
    # The table gives 163 (embargo) COERCE; a coder that calls its 163 SANCTION coded the
    # same event type as the annotator.
    gold = [{"id": "t", "text": TEXT, "events": [
        {**_gold("expelled", "COERCE", "CHL", "PER"), "cameo": "163"}]}]
    coded = [_event("expelled", "SANCTION", "163", "CHL", "PER")]
    row = evaluate_events(gold, _coded(coded)).to_dict()["overall"]
    assert row["type"] == 1.0 and row["fully_right"] == 1.0
    coded = [_event("expelled", "SANCTION", "1663", "CHL", "PER")]
    row = evaluate_events(gold, _coded(coded)).to_dict()["overall"]
    assert row["type"] == 0.0


def test_events_gold_reads_texts_from_the_dataset_file(tmp_path):
    shared = tmp_path / "shared"
    (shared / "gold").mkdir(parents=True)
    (shared / "gold" / "polnear_train.jsonl").write_text(json.dumps({"id": "a1", "text": TEXT}) + "\n")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a1", "dataset": "polnear", "split": "train", "events": [
        _gold("accused", "ACCUSE", "PER", "CHL")]}) + "\n")
    records = load_gold(gold, shared)
    assert records[0]["text"] == TEXT
    with pytest.raises(InputError, match="give its folder"):
        load_gold(gold, None)


def test_events_gold_refuses_a_trigger_outside_the_text(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "x", "text": "Short.", "events": [{"trigger": [3, 40]}]}) + "\n")
    with pytest.raises(InputError, match=r"gold.jsonl:1: .*not a span"):
        load_gold(gold)


def test_events_scorer_reads_an_international_body_by_its_sector_when_its_org_code_is_no_prefix():
    # gold written as annotators write it: sector IGO/NGO, org the body's own code (AU, ICRC)
    from eventdesk.evaluate.events import gold_key

    assert gold_key({"country": None, "sector": "IGO", "org": "AU"}) == "IGO"
    assert gold_key({"country": None, "sector": "NGO", "org": "ICRC"}) == "NGO"
    assert gold_key({"country": None, "sector": "LEG", "org": "EU"}) == "IGO"
    assert gold_key({"country": None, "sector": "MED", "org": None}) is None
    assert gold_key({"country": "KEN", "sector": "GOV", "org": None}) == "KEN"
