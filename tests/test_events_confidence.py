"""An event's confidence is a trained probability that the event is right, and the run's
min_confidence decides which events are written (docs/record.md, Confidence). All
sentences here are invented."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CLEAR = "Germany's foreign minister condemned Russia on Tuesday."
HEDGED = "Protesters might be arrested if the march goes ahead."


@pytest.fixture(scope="module")
def every_event():
    """The pipeline that keeps every event (min_confidence 0)."""
    from eventdesk.pipeline import get_pipeline
    from eventdesk.settings import Settings

    return get_pipeline(Settings(min_confidence=0.0))


def _doc(pipeline, text: str):
    from eventdesk.model import Article

    return next(pipeline.nlp.pipe([pipeline.make_doc(Article(text=text, id="t"))]))


def test_confidence_model_ships_and_loads():
    from eventdesk.events.confidence import load_confidence_model

    model = load_confidence_model()
    assert model.weights and any(name.startswith("root=") for name in model.weights)
    assert 0.0 < model.probability({}) < 1.0


def test_confidence_is_the_trained_probability(every_event):
    from eventdesk.events.confidence import events_per_sentence, features, load_confidence_model

    events = _doc(every_event, CLEAR)._.events
    assert len(events) == 1
    expected = load_confidence_model().probability(features(events[0], events[0].evidence, 1, 1))
    assert events[0].confidence == pytest.approx(expected)
    assert events_per_sentence(events) == {0: 1}


def test_confidence_ranks_an_asserted_resolved_event_above_a_hedged_actorless_one(every_event):
    clear = _doc(every_event, CLEAR)._.events
    hedged = _doc(every_event, HEDGED)._.events
    assert [(e.source is not None, e.target is not None, e.modality) for e in clear] == [(True, True, "asserted")]
    assert [(e.source is None, e.modality) for e in hedged] == [(True, "hypothetical")]
    assert clear[0].confidence > hedged[0].confidence + 0.1


def test_min_confidence_drops_the_events_under_it_and_zero_keeps_all(every_event):
    from eventdesk.events.confidence_stage import ConfidenceStage

    doc = _doc(every_event, f"{HEDGED} {CLEAR}")
    events = list(doc._.events)
    assert [e.id for e in events] == ["e1", "e2"]
    low, high = (e.confidence for e in events)
    ConfidenceStage(min_confidence=0.0)(doc)
    assert len(doc._.events) == 2
    ConfidenceStage(min_confidence=(high + low) / 2)(doc)
    assert [(e.id, e.trigger.text, e.confidence) for e in doc._.events] == [("e1", "condemned Russia", high)]


def test_code_and_evaluate_events_keep_the_same_events(tmp_path):
    """`eventdesk evaluate events --min-confidence P` scores exactly what `eventdesk code
    --min-confidence P` writes."""
    from typer.testing import CliRunner

    from eventdesk.cli import app

    text = f"{CLEAR} {HEDGED}"
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": text}) + "\n", encoding="utf-8")
    start = text.index("condemned")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": text, "events": [
        {"trigger": [start, start + 9], "cameo": "111", "source": {"country": "DEU", "sector": "GOV"},
         "target": {"country": "RUS"}}]}) + "\n", encoding="utf-8")
    runner = CliRunner()
    for threshold, expected in (("0", 2), ("0.5", 1)):
        out = tmp_path / f"out{threshold}.jsonl"
        result = runner.invoke(app, ["code", str(source), "-o", str(out), "--quiet", "--min-confidence", threshold])
        assert result.exit_code == 0, result.output
        written = json.loads(out.read_text(encoding="utf-8"))["events"]
        scored = runner.invoke(app, ["evaluate", "events", str(gold), "--json", "--min-confidence", threshold])
        assert scored.exit_code == 0, scored.output
        assert len(written) == json.loads(scored.output)["overall"]["coded"] == expected


def _script():
    spec = importlib.util.spec_from_file_location("train_event_confidence", REPO / "scripts" / "train_event_confidence.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _gold(path: Path, texts: list[tuple[str, str, str, str | None, str | None]]) -> Path:
    """A gold file of invented sentences: (text, trigger word, CAMEO code, source country,
    target country), one event each."""
    lines = []
    for n, (text, trigger, code, source, target) in enumerate(texts):
        start = text.index(trigger)
        lines.append(json.dumps({"id": f"{path.stem}-{n}", "text": text, "events": [{
            "trigger": [start, start + len(trigger)], "cameo": code,
            "source": {"country": source} if source else None, "target": {"country": target} if target else None}]}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_training_script_fits_and_writes_a_model_on_a_tiny_gold_set(tmp_path, every_event, capsys):
    from eventdesk.events.confidence import ConfidenceModel

    first = _gold(tmp_path / "alpha.jsonl", [
        ("Chile's president praised Peru on Friday.", "praised", "051", "CHL", "PER"),
        ("Norway's prime minister visited Kenya in March.", "visited", "042", "NOR", "KEN"),
        ("The weather in the valley was mild all week.", "was", "010", None, None),
    ])
    second = _gold(tmp_path / "beta.jsonl", [
        ("Ghana's foreign minister criticized Togo on Sunday.", "criticized", "111", "GHA", "TGO"),
        ("Police in Austria arrested two activists.", "arrested", "173", "AUT", "AUT"),
    ])
    out = tmp_path / "model.tsv"
    threshold = _script().main([str(first), str(second), "--out", str(out)])
    assert 0.0 <= threshold < 1.0
    model = ConfidenceModel.read(out)
    assert 0.0 < model.probability({}) < 1.0
    assert "alpha.jsonl, beta.jsonl" in out.read_text(encoding="utf-8")
    assert "per threshold" in capsys.readouterr().out
