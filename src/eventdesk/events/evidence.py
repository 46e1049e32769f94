"""What the coder knew when it coded an event, beyond the event record itself: how its
actors were found, how specific the lexicon pattern was, and where the trigger stands in
the sentence (a relative or adverbial clause, a reported clause, a quotation, the headline).

The confidence stage (events/confidence.py) reads it to give the event its trained
probability of being right. It is plain data (no spaCy objects), carried on the Event and
never written to the record.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventdesk.events import syntax as sx
from eventdesk.nlp import in_headline

# Clause labels that end the climb from a trigger to the clause it stands in.
RELATIVE_DEPS = frozenset({"relcl", "acl"})
ADVERBIAL_DEPS = frozenset({"advcl"})
COMPLEMENT_DEPS = frozenset({"ccomp", "csubj", "parataxis"})
OPEN_DEPS = frozenset({"xcomp"})
# Quotation marks: curly ones say which way they face, a straight one toggles.
OPENING_QUOTES = "\u201c\u00ab"
CLOSING_QUOTES = "\u201d\u00bb"
STRAIGHT_QUOTES = '"'


@dataclass(frozen=True, slots=True)
class Evidence:
    """How an event was coded. `origin`: "lexicon" (a verbs.tsv entry), "user" (a user verb
    dictionary), "construction" (a multi-word construction) or "judgment" (judgment stage).
    `clause`: "main", "relative", "adverbial", "reported" (a complement of a verb of saying),
    "complement" (another clausal complement) or "open" (an xcomp: "plans to visit").
    `pos`: "verb", "noun" or "other" for the trigger's head word."""

    origin: str = "lexicon"
    source_how: str = ""
    target_how: str = ""
    specificity: float = 1.0
    refined: bool = False
    target_optional: bool = False
    pos: str = "verb"
    clause: str = "main"
    quoted: bool = False
    headline: bool = False
    pairs: int = 1
    sentence_tokens: int = 0
    sentence_start: int = 0
    sentence_end: int = 0
    tag: str = ""
    question: bool = False
    lemma: str = ""


def placement(token: Token, speech: frozenset[str]) -> dict:
    """The trigger-placement part of an Evidence (keyword arguments for it): the trigger's
    word class and lemma, its clause and the tag of that clause's verb, quotation, headline,
    and its sentence's length, bounds and whether it asks a question."""
    pos = "verb" if sx.is_verb(token) else "noun" if sx.is_noun(token) else "other"
    sent = token.sent
    return {
        "pos": pos, "clause": clause_of(token, speech), "quoted": quoted(token),
        "headline": in_headline(token.doc, token.idx), "sentence_tokens": len(sent),
        "sentence_start": sent.start_char, "sentence_end": sent.end_char, "tag": clause_tag(token),
        "question": sent.text.rstrip().rstrip("\"'”’").endswith("?"), "lemma": sx.lemma(token),
    }


def clause_tag(token: Token) -> str:
    """The fine tag of the verb whose clause holds the trigger (VBD: past, VBZ/VBP: present,
    VB: after a modal or "to", VBN, VBG); "" when no verb governs it."""
    node = token
    for _ in range(6):
        if sx.is_verb(node):
            return node.tag_
        if node.head.i == node.i:
            break
        node = node.head
    return ""


def clause_of(token: Token, speech: frozenset[str]) -> str:
    """The kind of clause the trigger stands in: climb from the trigger through its heads
    (a noun to the verb it hangs on, a conjunct to the first) to the first clause label."""
    node = token
    for _ in range(40):  # a parse is a tree; the bound only guards a malformed one
        head = node.head
        if head.i == node.i or node.dep_ == "ROOT":
            return "main"
        dep = node.dep_
        if dep in RELATIVE_DEPS and sx.is_verb(node):
            return "relative"
        if dep in ADVERBIAL_DEPS:
            return "adverbial"
        if dep in COMPLEMENT_DEPS:
            return "reported" if sx.lemma(head) in speech else "complement"
        if dep in OPEN_DEPS:
            return "open"
        node = head
    return "main"


def quoted(token: Token) -> bool:
    """Whether the trigger stands between quotation marks opened earlier in its sentence."""
    sent = token.sent
    before = token.doc.text[sent.start_char:token.idx]
    depth = sum(c in OPENING_QUOTES for c in before) - sum(c in CLOSING_QUOTES for c in before)
    return depth > 0 or before.count(STRAIGHT_QUOTES) % 2 == 1
