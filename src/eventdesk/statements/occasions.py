"""The cue that reports through a statement, letter or call its speaker issued, drawn as
news annotators draw it: from the verb of issuing on ("issued a statement saying",
"put out a statement Tuesday saying", "held a conference call to defend", "used his
speech to call for"); a participle from an `issuing` verb only ("gave a speech,
predicting" is "predicting"). The nouns are data/word_roles.tsv, role "occasion"."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.nlp import children_of
from eventdesk.statements.lexicon import words_with_role


def issuing_verb(cue: Token) -> Token | None:
    """The verb whose object, a statement or the like, the cue (a participle or an
    infinitive) elaborates; None when there is none."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(cue))
    if cue.tag_ != "VBG" and not infinitive:
        return None
    occasions = words_with_role("occasion")
    head = cue.head
    if cue.dep_ == "acl" and head.dep_ == "dobj" and head.lemma_.lower() in occasions:
        verb = head.head
    elif cue.dep_ in ("advcl", "xcomp") and head.pos_ in ("VERB", "AUX"):
        objects = [c for c in children_of(head) if c.dep_ == "dobj" and c.i < cue.i and c.lemma_.lower() in occasions]
        verb = head if objects else None
    else:
        return None
    if verb is None or verb.i >= cue.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    # A participle after a thing its verb did not issue ("echoed that comment, recalling",
    # "gave a speech, predicting", "ran an article naming") is a cue of its own: PolNeAR
    # train draws the participle alone 14 times against 2.
    if not infinitive and verb.lemma_.lower() not in words_with_role("issuing"):
        return None
    between = cue.doc[verb.i + 1 : cue.i]
    if any(t.is_punct and t.text in ".;:\"“”" for t in between):
        return None
    return verb
