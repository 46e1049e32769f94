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
def pipeline():
    from eventdesk.pipeline import get_pipeline
    from eventdesk.settings import Settings

    return get_pipeline(Settings())


@pytest.fixture(scope="session")
def code(pipeline):
    """Code a text the way `eventdesk code` codes a .txt file (cleaning included)."""
    from eventdesk.ingest import clean
    from eventdesk.model import Article

    def _code(text: str, published: str | None = None, title: str | None = None):
        return pipeline.code(clean(Article(text=text, id="t", published=published, title=title)))

    return _code
