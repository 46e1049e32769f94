"""eventdesk's stages as spaCy components in a user's own pipeline.

A spaCy user loads a pipeline the usual way and adds the eventdesk stages, in order, with
`nlp.add_pipe`; no eventdesk loader runs first. Doc extensions are registered per process,
so the check runs in a fresh interpreter: in this test session other tests have already
registered them, which would hide a stage that forgets its own.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

SCRIPT = r"""
import json, spacy
from eventdesk.nlp import choose_model
from eventdesk.settings import Settings
import eventdesk.pipeline
from eventdesk.pipeline import STAGES

nlp = spacy.load(choose_model(Settings()))
for stage in STAGES:
    nlp.add_pipe(stage)
doc = nlp("Police in Kenya arrested twelve protesters in Nairobi on Monday. "
          "The Ghanaian government condemned the arrests, a spokeswoman said.")
analysis = nlp.analyze_pipes()
print(json.dumps({
    "pipe_names": nlp.pipe_names,
    "problems": {k: v for k, v in analysis["problems"].items() if v},
    "events": [[e.cameo, e.source and e.source.code, e.target and e.target.code] for e in doc._.events],
    "statements": [[s.cue.lemma, s.speaker and s.speaker.text] for s in doc._.statements],
    "actors": [a.code for a in doc._.actors],
}))
"""


@pytest.fixture(scope="module")
def result():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_components_add_to_a_plain_spacy_pipeline(result):
    assert result["pipe_names"][-8:] == [
        "eventdesk_content", "eventdesk_actors", "eventdesk_events", "eventdesk_statements", "eventdesk_judgments",
        "eventdesk_confidence", "eventdesk_when",
        "eventdesk_where",
    ]
    assert result["problems"] == {}, "a stage requires something no earlier component assigns"


def test_components_code_events_and_statements(result):
    arrests = [e for e in result["events"] if e[0].startswith("17")]
    assert arrests, result["events"]
    assert arrests[0][1].startswith("KEN"), arrests
    assert any(lemma == "say" for lemma, _ in result["statements"]), result["statements"]
    assert "GHAGOV" in result["actors"], result["actors"]
