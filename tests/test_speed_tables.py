"""The per-Doc tables the stages read instead of spaCy's slow properties, and the per-Doc
answers of the actor layer: the same values as before, worked out once (docs/speed.md)."""

from __future__ import annotations

import pytest

from eventdesk.nlp import children_of, sentence_of

pytestmark = pytest.mark.slow

TEXT = ("The foreign ministry of Norway said on Tuesday that it had summoned the Russian "
        "ambassador over the expulsion of three diplomats.\n"
        "President Solberg told reporters in Oslo that the decision was wrong. "
        "Solberg added: \"We will answer.\"")


def test_children_and_sentence_tables_give_what_spacy_gives(nlp):
    doc = nlp(TEXT)
    for token in doc:
        assert [c.i for c in children_of(token)] == [c.i for c in token.children]
        assert sentence_of(token) == token.sent
        assert (sentence_of(token).start, sentence_of(token).end) == (token.sent.start, token.sent.end)


def test_mentions_asked_twice_are_equal_and_each_caller_gets_its_own(nlp, resolver):
    doc = nlp(TEXT)
    layer = resolver.document(doc)
    sentence = list(doc.sents)[1]
    first = layer.mentions(sentence)
    assert first, "the sentence names President Solberg and Oslo"
    first[0].country = "XXX"  # a later stage may change what it was given
    second = layer.mentions(sentence)
    assert [a.to_dict() for a in second] != [a.to_dict() for a in first]
    assert second[0].country != "XXX"
    assert all(a is not b for a, b in zip(first, second))


def test_resolve_asked_twice_gives_equal_actors_as_records_of_their_own(nlp, resolver):
    doc = nlp(TEXT)
    layer = resolver.document(doc)
    ministry = next(t for t in doc if t.text == "ministry")
    first, second = layer.resolve(ministry), layer.resolve(ministry)
    assert [a.to_dict() for a in first] == [a.to_dict() for a in second]
    assert first and first[0] is not second[0] and first[0].sectors is not second[0].sectors
