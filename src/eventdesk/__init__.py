"""eventdesk: political event data from news articles.

Who did what to whom, when, where, and according to whom.
"""

from eventdesk.model import Actor, Article, CodedArticle, Event, Span, Statement
from eventdesk.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "CodedArticle",
    "Event",
    "Settings",
    "Span",
    "Statement",
    "code_articles",
    "code_text",
    "open_store",
]


def code_text(text: str, published: str | None = None, title: str | None = None, settings: Settings | None = None) -> CodedArticle:
    """Code one article's text and return its record."""
    from eventdesk.pipeline import code_text as _code_text

    return _code_text(text, published=published, title=title, settings=settings)


def code_articles(articles, settings: Settings | None = None):
    """Code an iterable of Article (or dicts with `text`), yielding CodedArticle in order."""
    from eventdesk.pipeline import code_articles as _code_articles

    return _code_articles(articles, settings=settings)


def open_store(root):
    """Open a store written by `eventdesk code --store DIR` for reading: an object with the
    DuckDB connection (`.con`) and one relation per view (`.events`, `.articles`, ...;
    `.events.df()` for pandas). See docs/store.md."""
    from eventdesk.store import open_store as _open_store

    return _open_store(root)
