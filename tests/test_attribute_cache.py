"""The cached attribute ruler and lemmatizer give the model's own values, attribute for attribute: on the
bundled examples, on sentences where the model's two-token rules fire, and on the real
PolNeAR dev articles (skipped without ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from eventdesk.attribute_cache import CachedAttributeRuler, use_attribute_cache
from eventdesk.nlp import choose_model
from eventdesk.settings import Settings

REPO = Path(__file__).resolve().parents[1]
ATTRS = ["ORTH", "TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "SENT_START"]

# Each fires a rule of the model's ruler that spans two tokens ("there is" -> VERB,
# "gonna", "gotta", "let's", "ain't", "y'all", "c'mon"), next to one-token rules.
TWO_TOKEN_RULES = [
    "There is no deal yet, and there were talks on Monday.",
    "We're gonna win this, and you gotta believe it, so let's go.",
    "It ain't over, y'all. C'mon, there's still time.",
    "“There are no plans to meet,” the spokeswoman said. Let's see, he said.",
]


@pytest.fixture(scope="module")
def pair():
    """The model as shipped, and the same model with the cached ruler."""
    name = choose_model(Settings())
    plain, cached = spacy.load(name), spacy.load(name)
    use_attribute_cache(cached)
    return plain, cached


def _differences(pair, texts):
    plain, cached = pair
    found = []
    for a, b in zip(plain.pipe(texts), cached.pipe(texts)):
        assert len(a) == len(b)
        if (a.to_array(ATTRS) != b.to_array(ATTRS)).any() or [str(t.morph) for t in a] != [str(t.morph) for t in b]:
            found.append([(x.text, x.pos_, str(x.morph), x.lemma_, y.pos_, str(y.morph), y.lemma_)
                          for x, y in zip(a, b) if (x.pos_, str(x.morph), x.lemma_) != (y.pos_, str(y.morph), y.lemma_)])
    return found


def test_the_cache_takes_the_place_of_the_ruler_and_the_lemmatizer(pair):
    plain, cached = pair
    assert "attribute_ruler" not in cached.pipe_names and "lemmatizer" not in cached.pipe_names
    at = plain.pipe_names.index("attribute_ruler")
    assert plain.pipe_names[at + 1] == "lemmatizer"
    assert cached.pipe_names[at] == "eventdesk_attribute_cache"
    assert cached.pipe_names[:at] == plain.pipe_names[:at] and cached.pipe_names[at + 1:] == plain.pipe_names[at + 2:]
    component = cached.get_pipe("eventdesk_attribute_cache")
    assert isinstance(component, CachedAttributeRuler) and component.lemmatizer is not None


def test_the_eventdesk_pipeline_uses_the_cache(nlp):
    assert "eventdesk_attribute_cache" in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names


def test_same_values_where_two_token_rules_fire(pair):
    plain, cached = pair
    assert _differences(pair, TWO_TOKEN_RULES) == []
    doc = cached(TWO_TOKEN_RULES[0])
    assert [t.pos_ for t in doc if t.lower_ in ("is", "were")] == ["VERB", "VERB"]  # the "there is" rule
    assert [t.lemma_ for t in cached("We're gonna win.") if t.lower_ in ("gon", "na")] == ["go", "to"]
    assert [t.lemma_ for t in cached("There were talks.")] == ["there", "be", "talk", "."]  # lemmatized after the replay


def test_same_values_a_second_time_from_the_cache(pair):
    """The second pass answers every token from the cache; still the model's values."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "examples").glob("*.txt"))]
    assert texts
    assert _differences(pair, texts) == []
    before = len(pair[1].get_pipe("eventdesk_attribute_cache").cache)
    assert before > 100
    assert _differences(pair, texts) == []
    assert len(pair[1].get_pipe("eventdesk_attribute_cache").cache) == before


@pytest.mark.slow
def test_same_values_on_the_real_dev_articles(pair, shared_dir):
    lines = (shared_dir / "gold" / "polnear_dev.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    assert len(texts) == 94
    assert _differences(pair, texts) == []
