"""PLOVER scoring: the rules on hand-made records, and a regression guard on the development
gold set (read from ../shared; skipped without it)."""

from __future__ import annotations

import json

import pytest

from eventdesk.evaluate.plover import evaluate_plover, gold_country, load_gold
from eventdesk.model import Actor, CodedArticle, Event, Span

# Figures reached on ../shared/gold/plover_gsr_dev.jsonl (docs/accuracy.md), rounded down.
# A change that lowers one of them fails here; raise them when accuracy improves. Session 18:
# a demand with its author inside a refusal ("rejected an Australian ultimatum") is the
# author's demand too; this gold codes one event per sentence, so typed precision went from
# 0.870 to 0.866 (docs/accuracy.md) and its floor to 0.86. In session 19 a participle with a
# named doer and an event noun with its "from" author under "amid"/"despite" each coded one more
# event that this gold (one event per sentence) does not hold: 0.866 -> 0.857, floor 0.85.
DEV_FLOORS = {"type": 0.93, "source": 0.90, "target": 0.88, "all": 0.88, "typed_precision": 0.85}


def _actor(code, country):
    return Actor(text=code, start=0, end=1, code=code, country=country)


def _event(plover, source=None, target=None):
    return Event(
        id="e1", sentence=0, source=source, target=target, trigger=Span("x", 0, 1), cameo="000",
        root="00", quad_class=1, goldstein=0.0, plover=plover,
    )


def _coder(events_by_text):
    def code(text):
        return CodedArticle(id="t", text=text, events=events_by_text.get(text, []))

    return code


def _record(text, plover, sources, targets=()):
    return {
        "id": text, "text": text, "plover": plover,
        "sources": [{"text": c, "country": c, "sector": None} for c in sources],
        "targets": [{"text": c, "country": c, "sector": None} for c in targets],
    }


def test_evaluate_plover_scores_type_source_target_and_typed_precision():
    records = [
        _record("a", "ACCUSE", ["JAP"], ["CHN"]),  # CAMEO's JAP is ISO JPN
        _record("b", "ASSAULT", ["IGO"], ["AFG"]),
        _record("c", "AGREE", ["USA"]),
    ]
    events = {
        "a": [_event("ACCUSE", _actor("JPNGOV", "JPN"), _actor("CHN", "CHN")), _event("CONSULT")],
        "b": [_event("ASSAULT", _actor("IGOUNOPKO", None), _actor("PAK", "PAK"))],
        "c": [],
    }
    report = evaluate_plover(records, _coder(events))
    overall = report.overall
    assert overall["records"] == 3
    assert overall["type"] == pytest.approx(2 / 3, abs=1e-3)
    assert overall["source"] == pytest.approx(2 / 3, abs=1e-3)
    assert overall["target"] == pytest.approx(1 / 2)  # only records with a target count
    assert overall["all"] == pytest.approx(1 / 3, abs=1e-3)
    assert overall["typed_precision"] == pytest.approx(2 / 3, abs=1e-3)  # CONSULT was spurious
    assert report.confusion["ACCUSE"] == {"ACCUSE": 1, "CONSULT": 1}
    assert report.confusion["AGREE"] == {"(none)": 1}
    assert {m["id"] for m in report.misses} == {"b", "c"}
    assert "ACCUSE" in report.format_table() and "overall" in report.format_table()
    assert "produced: nothing" in report.format_misses(5)
    json.dumps(report.to_dict())


def test_evaluate_plover_gold_coerce_convention_is_only_a_scoring_option():
    records = [_record("a", "COERCE", ["ISR"], ["PSE"])]
    demolition = _event("ASSAULT", _actor("ISRMIL", "ISR"), _actor("PSE", "PSE"))
    demolition.cameo = "1712"
    coder = _coder({"a": [demolition]})
    assert evaluate_plover(records, coder).overall["type"] == 0.0
    assert evaluate_plover(records, coder, gsr_coerce=True).overall["all"] == 1.0
    assert demolition.plover == "ASSAULT"  # the coded event itself is untouched


def test_evaluate_plover_gold_countries_compare_as_iso():
    assert gold_country({"country": "JAP"}) == "JPN"
    assert gold_country({"country": "VTN"}) == "VNM"
    assert gold_country({"country": "IGO"}) == "IGO"
    assert gold_country({"country": "USA"}) == "USA"


def test_evaluate_plover_load_gold_names_the_bad_line(tmp_path):
    from eventdesk.errors import InputError

    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "x", "plover": "AGREE"}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match="gold.jsonl:2"):
        load_gold(path)


@pytest.mark.slow
def test_evaluate_plover_dev_set_does_not_fall_below_reached_figures(shared_dir, code):
    records = load_gold(shared_dir / "gold" / "plover_gsr_dev.jsonl")
    report = evaluate_plover(records, code)
    failing = {
        name: report.overall[name] for name, floor in DEV_FLOORS.items() if report.overall[name] < floor
    }
    assert not failing, f"below the reached figures {DEV_FLOORS}: {failing}\n{report.format_table()}"
