"""The coreference layer (eventdesk.actors.coref): who a pronoun, a definite description or a
pair phrase means, asked through the document's actor layer."""

from __future__ import annotations

import pytest

from eventdesk.actors import coref
from eventdesk.actors.coref import LOOKBACK_SENTENCES, anaphor_kinds, fits, window
from eventdesk.model import Actor

pytestmark = pytest.mark.slow


def _layer(nlp, resolver, text):
    doc = nlp(text)
    return doc, resolver.document(doc)


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def _codes(actors):
    return [a.code for a in actors]


def test_coreference_is_built_once_per_document(nlp, resolver):
    doc, layer = _layer(nlp, resolver, "Mexico expelled the envoy.")
    assert layer.coref is layer.coref
    assert layer.coref.layer is layer


def test_a_pronoun_finds_its_antecedent_in_an_earlier_sentence(nlp, resolver):
    doc, layer = _layer(nlp, resolver, "The Kenyan president arrived in Nairobi on Monday. "
                                       "Officials welcomed the delegation. He met the governor.")
    found = layer.coref.pronoun_antecedent(_token(doc, "He"))
    # "He" is a person: not the officials of the sentence just before.
    assert _codes(found) == ["KENGOV"] and found[0].text == "The Kenyan president"


# Mexico, then sentences that name no actor, then "It".
_FILLER = ["The trade talks stalled.", "Prices rose sharply.", "Markets fell again."]


def _mexico_then(fillers):
    return " ".join(["Mexico expelled the envoy.", *fillers, "It accused the envoy of spying."])


def test_the_look_back_limit_holds(nlp, resolver, monkeypatch):
    assert LOOKBACK_SENTENCES == 3
    within = _mexico_then(_FILLER[:LOOKBACK_SENTENCES - 1])
    doc, layer = _layer(nlp, resolver, within)
    assert _codes(layer.coref.pronoun_antecedent(_token(doc, "It"))) == ["MEX"]
    beyond = _mexico_then(_FILLER[:LOOKBACK_SENTENCES])
    doc, layer = _layer(nlp, resolver, beyond)
    assert layer.coref.pronoun_antecedent(_token(doc, "It")) == []
    # The constant is the rule: one sentence more of reach finds Mexico again.
    monkeypatch.setattr(coref, "LOOKBACK_SENTENCES", LOOKBACK_SENTENCES + 1)
    doc, layer = _layer(nlp, resolver, beyond)
    assert _codes(layer.coref.pronoun_antecedent(_token(doc, "It"))) == ["MEX"]


def test_window_is_the_sentence_and_the_look_back_before_it():
    assert list(window(5)) == [5, 4, 3, 2]
    assert list(window(1)) == [1, 0]


def test_plural_they_takes_the_conjoined_mentions_together(nlp, resolver):
    doc, layer = _layer(nlp, resolver, "Hungary and Romania signed a border accord on Friday. "
                                       "They agreed to open two crossings.")
    assert _codes(layer.coref.pronoun_antecedent(_token(doc, "They"))) == ["HUN", "ROU"]


def test_the_two_countries_finds_the_pair(nlp, resolver):
    doc, layer = _layer(nlp, resolver, "Japan and South Korea held a summit in Seoul. "
                                       "The two countries agreed to share intelligence.")
    found = layer.resolve(_token(doc, "countries"))
    assert [a.country for a in found] == ["JPN", "KOR"]
    assert all(a.text == "The two countries" for a in found)


def test_the_ministry_finds_the_named_ministry(nlp, resolver):
    doc, layer = _layer(nlp, resolver, "Russia's Foreign Ministry summoned the ambassador on Tuesday. "
                                       "Protesters gathered outside the embassy. "
                                       "The ministry said the talks were over.")
    found = layer.coref.definite_antecedent(_token(doc, "ministry"))
    assert _codes(found) == ["RUSGOV"] and found[0].text == "Russia's Foreign Ministry"


def test_the_group_finds_the_latest_group(nlp, resolver):
    doc, layer = _layer(nlp, resolver, "Al-Shabaab fighters attacked a base in Somalia. "
                                       "The group later claimed the attack.")
    found = layer.coref.definite_antecedent(_token(doc, "group"))
    assert _codes(found) == ["SOMINSSHB"]
    assert "group" in anaphor_kinds()["group"]


def _actor(kind):
    return Actor(text="x", start=0, end=1, code="X", kind=kind)


def test_pronouns_fit_by_kind():
    assert fits("she", _actor("person")) and not fits("she", _actor("state"))
    assert fits("its", _actor("state")) and not fits("its", _actor("person"))
    assert fits("they", _actor("person")) and fits("they", _actor("state"))


def test_in_an_earlier_sentence_its_subject_is_preferred(nlp, resolver):
    doc, layer = _layer(nlp, resolver, "Mexico protested to Chile on Monday. It recalled the ambassador.")
    # Chile is the nearer mention; Mexico, the subject, is the one meant.
    assert _codes(layer.coref.pronoun_antecedent(_token(doc, "It"))) == ["MEX"]
