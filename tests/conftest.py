"""Shared, cheap fixtures. The spaCy pipeline loads once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the development data (reference article, gold sets) lives there")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline with eventdesk's sentence rules, without the eventdesk stages."""
    from eventdesk.nlp import load_nlp
    from eventdesk.settings import Settings

    return load_nlp(Settings())


@pytest.fixture(scope="session")
def resolver():
    from eventdesk.actors import ActorResolver

    return ActorResolver.load()


def located(text: str):
    """The place of the first placed event of a text coded as one article (dated 2024-05-01)."""
    from eventdesk.pipeline import code_text

    events = code_text(text, published="2024-05-01").events
    placed = [e.location for e in events if e.location is not None]
    assert placed, text
    return placed[0]


def statement_triples(text: str) -> list[tuple]:
    """(speaker words, cue words, content words) of each statement of a text."""
    from eventdesk import code_text

    return [(s.speaker.text if s.speaker else None, s.cue.text, s.content.text) for s in code_text(text).statements]


def event_pairs(text: str, width: int = 3) -> set[tuple]:
    """(the CAMEO code's first `width` digits, source code, target code) of each event of a text
    dated 2015-05-05."""
    from eventdesk.pipeline import code_text

    return {(e.cameo[:width], e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code_text(text, published="2015-05-05").events}


def actor_country(actor):
    """An actor's country, or IGO/NGO/IMG for the actors of no state (as the gold codes them)."""
    if actor is None:
        return None
    if actor.country:
        return actor.country
    return actor.code[:3] if actor.code[:3] in ("IGO", "NGO", "IMG") else None


@pytest.fixture(scope="session")
def pipeline():
    from eventdesk.pipeline import get_pipeline
    from eventdesk.settings import Settings

    return get_pipeline(Settings())


@pytest.fixture(scope="session")
def place_point(pipeline):
    """(name, country, feature, lat, lon) of the place stage's answer for a sentence: its first
    placed event, else the place of its main verb (what `evaluate places` reads); None when
    it places nothing."""
    from eventdesk.evaluate.places import sentence_answer

    run = sentence_answer(pipeline)

    def found(text: str):
        place = run(text).place
        return None if place is None else (place.name, place.country, place.feature, place.lat, place.lon)

    return found


@pytest.fixture(scope="session")
def place(pipeline):
    """The place stage's answer for a text: (name, country, feature, location_source) of the
    first event, or of the main verb when no event is coded."""
    from eventdesk.evaluate.places import sentence_answer

    answer = sentence_answer(pipeline)

    def run(text: str):
        found = answer(text)
        if found.place is None:
            return None, None, None, found.source
        return found.place.name, found.place.country, found.place.feature, found.source

    return run


@pytest.fixture(scope="session")
def code(pipeline):
    """Code a text the way `eventdesk code` codes a .txt file (cleaning included)."""
    from eventdesk.ingest import clean
    from eventdesk.model import Article

    def _code(text: str, published: str | None = None, title: str | None = None):
        return pipeline.code(clean(Article(text=text, id="t", published=published, title=title)))

    return _code
