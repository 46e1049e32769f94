"""The per-document actor layer: DocActors, stored on the Doc as doc._.actor_layer."""

from __future__ import annotations

import pytest

from eventdesk.actors import ActorResolver
from eventdesk.actors.layer import DocActors, register_extensions

pytestmark = pytest.mark.slow

TEXT = ("Kenyan police said gunmen attacked a bus near the border with Somalia. "
        "The interior ministry said President Ruto would visit the area.")


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_actors_layer_is_stored_on_the_doc_and_reused(nlp, resolver):
    doc = nlp(TEXT)
    layer = resolver.document(doc)
    assert isinstance(layer, DocActors)
    assert doc._.actor_layer is layer
    assert resolver.document(doc) is layer
    resolver.mentions(doc)
    resolver.resolve(_token(doc, "police"))
    assert doc._.actor_layer is layer
    # Another resolver over the same lexicon answers from the same layer.
    assert ActorResolver(resolver.lexicon).document(doc) is layer


def test_actors_layer_of_another_lexicon_is_rebuilt(nlp, resolver):
    doc = nlp(TEXT)
    layer = resolver.document(doc)
    other = ActorResolver(resolver.lexicon.overridden([]))
    rebuilt = other.document(doc)
    assert rebuilt is not layer and rebuilt.lexicon is other.lexicon
    assert doc._.actor_layer is rebuilt


def test_actors_layer_agrees_with_the_resolver(nlp, resolver):
    doc = nlp(TEXT)
    fresh = nlp(TEXT)  # no layer yet: the resolver builds its own
    layer = resolver.document(doc)
    whole = layer.mentions()
    assert [a.code for a in whole] == ["KENCOP", "UAF", "SOM", "GOV", "KENGOV"]
    assert whole == layer.mentions(doc) == resolver.mentions(fresh)
    for sent, fresh_sent in zip(doc.sents, fresh.sents):
        assert layer.mentions(sent) == resolver.mentions(fresh_sent)
    for word in ("police", "gunmen", "ministry", "Ruto"):
        found = layer.resolve(_token(doc, word))
        assert found == resolver.resolve(_token(fresh, word))
        assert layer.context_country(_token(doc, word)) == resolver.context_country(_token(fresh, word))
    assert [a.code for a in layer.resolve(_token(doc, "police"))] == ["KENCOP"]
    assert layer.context_country(_token(doc, "ministry")) == "KEN"
    last = list(doc.sents)[-1]
    assert layer.story_country(last) == resolver.story_country(list(fresh.sents)[-1]) == "KEN"


def test_actors_layer_reads_the_date_on_the_doc_and_an_explicit_one_wins(nlp, resolver):
    from eventdesk.nlp import register_extensions as register_doc_extensions

    register_doc_extensions()
    doc = nlp("Zelensky spoke on television.")
    doc._.published = "2010-06-01"
    layer = resolver.document(doc)
    (before,) = [a for a in layer.mentions() if "Zelensky" in a.text]
    assert (before.code, before.sectors) == ("UKR", [])
    (during,) = [a for a in layer.mentions(published="2022-03-01") if "Zelensky" in a.text]
    assert during.code == "UKRGOV"
    (explicit,) = [a for a in resolver.mentions(doc, published="2022-03-01") if "Zelensky" in a.text]
    assert explicit == during


def test_actors_two_docs_never_share_a_layer(nlp, resolver):
    first, second = nlp(TEXT), nlp(TEXT)
    layer = resolver.document(first)
    other = resolver.document(second)
    assert layer is not other
    assert layer.doc is first and other.doc is second
    assert first._.actor_layer is layer and second._.actor_layer is other
    assert layer.mentions() == other.mentions()
    with pytest.raises(ValueError):
        layer.resolve(_token(second, "police"))


def test_actors_register_extensions_is_idempotent():
    register_extensions()
    register_extensions()
