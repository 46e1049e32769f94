"""The two records the event coder passes between its steps: a Candidate (a lexicon entry
whose conditions hold at a token) and a Built event (a candidate with its code, actors,
negation and modality, before it becomes one Event per source-target pair)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventdesk.events.lexicon import Entry
from eventdesk.model import Actor


@dataclass
class Candidate:
    entry: Entry
    parts: list[Token]
    # Specificity: conditions met, plus a half for each met by a multi-word value
    # ("peacekeeping force" is more telling than "force").
    score: float = 0.0


@dataclass
class Built:
    code: str
    entry: Entry
    token: Token
    parts: list[Token]
    sources: list[Actor]
    targets: list[Actor]
    source_how: str
    target_how: str
    negated: bool = False
    modality: str = "asserted"
    consumed: set[int] = field(default_factory=set)
    refined: bool = False
    # Conjoined sources are each other's targets ("X and Y plan to sign a treaty").
    mutual: bool = False

