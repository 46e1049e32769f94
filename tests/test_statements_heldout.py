"""eventdesk's attribution figures on a blind held-out set: 80 passages written and annotated by
someone who had not read the extractor, its tests or its gold file (tests/data/attributions_heldout.jsonl,
built by tests/data/make_attributions_heldout.py). The floors are the first figures measured on it,
rounded down: a change that makes the extractor worse on unseen text fails here."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from eventdesk.evaluate.statements import evaluate_statements, load_gold
from eventdesk.model import Article

DATA = Path(__file__).resolve().parent / "data"
HELDOUT = DATA / "attributions_heldout.jsonl"
BUILDER = DATA / "make_attributions_heldout.py"

# First measured, before anyone looked at the extractor's output on this set:
#   eventdesk evaluate statements tests/data/attributions_heldout.jsonl
#   overlap F1 0.9316 (P 0.962, R 0.903), speaker accuracy 0.9548 (169/177 matched)
# After the extractor was fixed for the kinds of error its author reported (from the report,
# not from tuning on these texts): overlap F1 0.974, speaker accuracy 0.984. The floors are
# the later figures; the first ones stay above as the blind estimate.
# Session 6 moved the extractor to PolNeAR's conventions, which this set (written with one
# statement per speaker's passage, speech only) does not follow: "X said A, adding that B" is
# now two statements, and stances, beliefs and calls ("voted for", "lobbied for", "remembers")
# are attributions. Recall stayed 0.974; precision fell 0.974 -> 0.884 (overlap F1 0.927),
# speaker accuracy unchanged (0.990). The floor follows; docs/accuracy.md says so.
# Session 7 added PolNeAR's negated cues and refusals ("did not say whether", "declined to
# comment", marked `negated` in the record), unnamed holders ("the storm is expected to")
# and passives ("the plan was announced"), which this speech-only set does not annotate:
# precision 0.884 -> 0.868, recall unchanged (overlap F1 0.918). The floor follows.
MIN_OVERLAP_F1 = 0.91
MIN_SPEAKER_ACCURACY = 0.98


def _builder():
    spec = importlib.util.spec_from_file_location("make_attributions_heldout", BUILDER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_statements_heldout_file_is_what_its_annotation_script_writes():
    # The offsets come from the script's phrases; a hand edit to the JSONL would drift from them.
    assert load_gold(HELDOUT) == _builder().build()


def test_statements_heldout_file_mixes_outlets_and_keeps_plain_narration():
    records = load_gold(HELDOUT)  # checks every span's text against its offsets
    assert len(records) == 80 and len({r["id"] for r in records}) == 80
    assert len({r["style"] for r in records}) == 8
    assert sum(1 for r in records if not r["attributions"]) >= 10  # for precision
    kinds = {a["type"] for r in records for a in r["attributions"]}
    assert kinds == {"direct", "indirect", "mixed"}


@pytest.mark.slow
def test_statements_heldout_eventdesk_holds_its_first_measured_figures(pipeline):
    report = evaluate_statements(
        load_gold(HELDOUT), lambda text: pipeline.code(Article(text=text, id="heldout")).statements
    )
    assert report.overlap.f1 >= MIN_OVERLAP_F1, report.format_table()
    assert report.speaker_accuracy >= MIN_SPEAKER_ACCURACY, report.format_table()
