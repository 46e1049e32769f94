"""spaCy's attribute ruler and lemmatizer answered from a cache: the same values, a
fraction of the time.

The model's attribute ruler (tag -> part of speech and morphology, a few lemmas) runs its
Matcher over every token of every Doc, and the lemmatizer after it reads every token in
Python: together about a sixth of spaCy's whole cost. What the ruler's one-token rules
and then the lemmatizer write on a token depends only on that token: its text, tag and
dependency label, and what was on it before (part of speech, morphology, lemma). So the
answer for each such combination is computed once, by the model's own ruler and
lemmatizer on a Doc of the new combinations, and every later token with the same
combination gets the stored answer. The rules that span two tokens ("gon na", "let 's",
"there is") do depend on the neighbours: the few tokens they write on get every rule that
matches them replayed in the model's order, then the model's lemmatizer.

The result is the model's own, value for value (tests/test_attribute_cache.py compares
every attribute on real articles).
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# What a one-token rule reads or finds on the token, and what it may write.
KEY_ATTRS = [ORTH, TAG, DEP, POS, MORPH, LEMMA]
OUT_ATTRS = [TAG, DEP, POS, MORPH, LEMMA]
# Past this many stored answers the cache starts again (a bound on memory, never reached
# by a day's news: a few tens of thousands of combinations).
MAX_ENTRIES = 500_000


class CachedAttributeRuler:
    """Stands in for the pipeline's `attribute_ruler`, with its rules, and for the
    `lemmatizer` right after it when there is one."""

    def __init__(self, ruler: AttributeRuler, lemmatizer=None):
        self.ruler = ruler
        self.lemmatizer = lemmatizer
        self.vocab = ruler.vocab
        patterns = list(ruler.patterns)  # in the model's order: a later rule wins
        one = [i for i, p in enumerate(patterns) if all(len(tokens) == 1 for tokens in p["patterns"])]
        self.single = AttributeRuler(self.vocab, name="eventdesk_attribute_rules")
        self.single.add_patterns([patterns[i] for i in one])
        self.single_rule = one  # the single ruler's rule k is the model's rule one[k]
        self.multi = Matcher(self.vocab)
        self.multi_rule: dict[int, int] = {}  # match id -> the model's rule
        for i, pattern in enumerate(patterns):
            if i not in self.single_rule:
                self.multi_rule[self.vocab.strings.add(f"eventdesk_rule_{i}")] = i
                self.multi.add(f"eventdesk_rule_{i}", pattern["patterns"])
        self.cache: dict[tuple[int, ...], tuple[int, ...]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        multi = self.multi(doc, allow_missing=True)  # on the Doc as it was, like the model
        keys = [tuple(row) for row in doc.to_array(KEY_ATTRS).tolist()]
        cache = self.cache
        new = list(dict.fromkeys(key for key in keys if key not in cache))
        if new:
            if len(cache) + len(new) > MAX_ENTRIES:
                cache.clear()
                new = list(dict.fromkeys(keys))
            self._learn(new)
        values = numpy.array([cache[key] for key in keys], dtype="uint64")
        doc.from_array(OUT_ATTRS, values)
        if multi:
            self._replay(doc, keys, multi)
        return doc

    def _replay(self, doc: Doc, keys: list[tuple[int, ...]], multi) -> None:
        """Tokens a two-token rule writes on: back to what they were, then every rule that
        matched them, one-token and two-token, in the model's order."""
        hits: dict[int, list[int]] = {}
        for match_id, start, end in multi:
            rule = self.multi_rule[match_id]
            index = self.ruler.indices[rule]
            hits.setdefault(doc[start:end][index].i, []).append(rule)
        for i, rules in hits.items():
            sample = self._sample([keys[i]])
            rules += [self.single_rule[int(self.vocab.strings[match_id])]
                      for match_id, _, _ in self.single.matcher(sample, allow_missing=True)]
            token = doc[i]
            _, token.tag, token.dep, token.pos, morph, token.lemma = keys[i]
            token.set_morph(morph or None)
            for rule in sorted(rules):
                set_token_attrs(token, self.ruler.attrs[rule])
            if self.lemmatizer is not None and (self.lemmatizer.overwrite or token.lemma == 0):
                token.lemma_ = self.lemmatizer.lemmatize(token)[0]

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    def _learn(self, keys: list[tuple[int, ...]]) -> None:
        """The one-token rules' answer for each new combination, from a Doc made of them."""
        sample = self._sample(keys)
        self.single(sample)
        if self.lemmatizer is not None:
            self.lemmatizer(sample)
        for key, row in zip(keys, sample.to_array(OUT_ATTRS).tolist()):
            self.cache[key] = tuple(row)


    def _sample(self, keys: list[tuple[int, ...]]) -> Doc:
        """A Doc of one token per key, each as the key describes it."""
        strings = self.vocab.strings
        sample = Doc(self.vocab, words=[strings[key[0]] for key in keys], spaces=[False] * len(keys))
        before = numpy.array([key[1:] for key in keys], dtype="uint64")
        for column, attr in enumerate(KEY_ATTRS[1:]):
            sample.from_array([attr], before[:, column:column + 1].copy())
        return sample


@Language.factory("eventdesk_attribute_cache", assigns=["token.pos", "token.morph", "token.lemma"])
def make_attribute_cache(nlp: Language, name: str) -> CachedAttributeRuler:
    """The cached stand-in for the pipeline's own `attribute_ruler` (which must be there)
    and for the `lemmatizer` when it comes right after the ruler."""
    names = nlp.pipe_names
    at = names.index("attribute_ruler")
    follows = names[at + 1] if at + 1 < len(names) else None
    lemmatizer = nlp.get_pipe("lemmatizer") if follows == "lemmatizer" else None
    return CachedAttributeRuler(nlp.get_pipe("attribute_ruler"), lemmatizer)


def use_attribute_cache(nlp: Language) -> None:
    """Replace the pipeline's `attribute_ruler` (and the `lemmatizer` right after it) with
    the cached one, at the same place."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    cache = nlp.add_pipe("eventdesk_attribute_cache", after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    if cache.lemmatizer is not None:
        nlp.remove_pipe("lemmatizer")
