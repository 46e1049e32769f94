"""The only module that knows the order of the stages.

An Article becomes a spaCy Doc over its text; the eventdesk components (registered below as
spaCy factories, so a spaCy user can add them to a pipeline of their own) fill the Doc's
extensions in order — content, actors, events, statements, dates — and the coded-article
record is written from the Doc once, at the end.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from eventdesk.model import Article, CodedArticle, Span
from eventdesk.nlp import load_nlp, register_extensions, text_of
from eventdesk.settings import Settings

log = logging.getLogger(__name__)

# Stage order. Each name is a spaCy factory defined in this module.
STAGES = (
    "eventdesk_content",
    "eventdesk_actors",
    "eventdesk_events",
    "eventdesk_statements",
    "eventdesk_when",
)


@lru_cache(maxsize=8)
def _resolver(actor_files: tuple[str, ...]):
    from eventdesk.actors import ActorResolver

    return ActorResolver.load(extra_files=[Path(p) for p in actor_files])


class ContentMarker:
    """Keeps the sentences that are story text: drops those inside boilerplate ranges."""

    def __call__(self, doc: Doc) -> Doc:
        ranges = doc._.boilerplate or []
        content = []
        for sent in doc.sents:
            if not sent.text.strip():
                continue
            start, end = _stripped_bounds(sent)
            if any(b_start <= start and end <= b_end for b_start, b_end, _ in ranges):
                continue
            content.append(sent)
        doc._.content_sents = content
        return doc


class ActorMarker:
    def __init__(self, actor_files: tuple[str, ...]):
        self.resolver = _resolver(actor_files)

    def __call__(self, doc: Doc) -> Doc:
        actors = []
        for sent in doc._.content_sents:
            actors.extend(self.resolver.mentions(sent, published=doc._.published))
        doc._.actors = actors
        return doc


class EventStage:
    def __init__(self, actor_files: tuple[str, ...]):
        from eventdesk.events import EventCoder

        self.coder = EventCoder.load(_resolver(actor_files))

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = [e for e in self.coder(doc) if not _from_boilerplate(e, doc._.boilerplate)]
        return doc


def _from_boilerplate(event, ranges) -> bool:
    """An actor read from a dateline or caption is no actor ("BRASILIA - Brazil said ...")."""
    for actor in (event.source, event.target):
        if actor is not None and any(start <= actor.start < end for start, end, _ in ranges or ()):
            return True
    return False


class StatementStage:
    def __init__(self, actor_files: tuple[str, ...]):
        from eventdesk.statements import StatementExtractor

        self.extractor = StatementExtractor(_resolver(actor_files))

    def __call__(self, doc: Doc) -> Doc:
        doc._.statements, doc._.contests = self.extractor(doc)
        link_events_to_statements(doc)
        return doc


class DateStage:
    def __call__(self, doc: Doc) -> Doc:
        from eventdesk.when import date_events

        date_events(doc)
        return doc


@Language.factory("eventdesk_content")
def make_content(nlp: Language, name: str) -> ContentMarker:
    return ContentMarker()


@Language.factory("eventdesk_actors", default_config={"actor_files": []})
def make_actors(nlp: Language, name: str, actor_files: list[str]) -> ActorMarker:
    return ActorMarker(tuple(actor_files))


@Language.factory("eventdesk_events", default_config={"actor_files": []})
def make_events(nlp: Language, name: str, actor_files: list[str]) -> EventStage:
    return EventStage(tuple(actor_files))


@Language.factory("eventdesk_statements", default_config={"actor_files": []})
def make_statements(nlp: Language, name: str, actor_files: list[str]) -> StatementStage:
    return StatementStage(tuple(actor_files))


@Language.factory("eventdesk_when")
def make_when(nlp: Language, name: str) -> DateStage:
    return DateStage()


def link_events_to_statements(doc: Doc) -> None:
    """An event whose trigger lies inside a statement's content is reported by it."""
    for event in doc._.events or []:
        for statement in doc._.statements or []:
            content = statement.content
            if content.start <= event.trigger.start and event.trigger.end <= content.end:
                event.statement = statement.id
                break


def _stripped_bounds(sent) -> tuple[int, int]:
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.end_char - (len(text) - len(text.rstrip()))
    return start, end


class Pipeline:
    """spaCy plus the eventdesk stages, loaded once; call it on Articles."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings.from_env()
        register_extensions()
        self.nlp = load_nlp(self.settings)
        files = [str(p) for p in self.settings.actor_files]
        for stage in STAGES:
            config = {"actor_files": files} if stage in _NEEDS_ACTORS else {}
            self.nlp.add_pipe(stage, config=config)

    def make_doc(self, article: Article) -> Doc:
        doc = self.nlp.make_doc(article.text)
        doc._.published = article.published or self.settings.default_published
        doc._.boilerplate = list(article.boilerplate)
        return doc

    def code(self, article: Article) -> CodedArticle:
        return next(self.code_many([article]))

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code articles in batches, yielding records in input order."""
        pairs = ((self.make_doc(a), a) for a in articles)
        # nlp.pipe keeps the order; the article rides along as context.
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.settings.batch_size):
            yield to_record(doc, article)


_NEEDS_ACTORS = {"eventdesk_actors", "eventdesk_events", "eventdesk_statements"}


def to_record(doc: Doc, article: Article) -> CodedArticle:
    """Write the coded-article record from a processed Doc."""
    sentences = [_stripped_bounds(s) for s in doc._.content_sents or []]
    return CodedArticle(
        id=article.id or "article",
        text=article.text,
        title=article.title,
        published=doc._.published,
        url=article.url,
        outlet=article.outlet,
        sentences=sentences,
        actors=list(doc._.actors or []),
        events=list(doc._.events or []),
        statements=list(doc._.statements or []),
        contests=list(doc._.contests or []),
        errors=list(article.errors),
    )


@lru_cache(maxsize=4)
def get_pipeline(settings: Settings) -> Pipeline:
    """One Pipeline per distinct Settings per process (Settings is frozen and hashable)."""
    return Pipeline(settings)


def as_article(item, index: int = 0) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(text=item, id=f"article-{index + 1}")
    if isinstance(item, dict):
        known = {k: item.get(k) for k in ("id", "title", "published", "url", "outlet")}
        known["id"] = str(known["id"] or f"article-{index + 1}")
        article = Article(text=item["text"], **known)
        _normalize_published(article)
        return article
    raise TypeError(f"cannot code a {type(item).__name__}: give an Article, a dict with 'text', or a str")


def _normalize_published(article: Article) -> None:
    """A given date in any full form ("2024-03-12T08:00Z", "12 March 2024") becomes
    YYYY-MM-DD; one that is no full date is dropped with a warning in the record's errors."""
    from eventdesk.ingest.dates import normalize_date

    if not article.published:
        article.published = None
        return
    normalized = normalize_date(str(article.published))
    if normalized is None:
        article.errors.append(f"published {article.published!r} is not a full date; ignored")
    article.published = normalized


def code_text(text: str, published: str | None = None, title: str | None = None, settings: Settings | None = None) -> CodedArticle:
    from eventdesk.ingest import clean

    article = Article(text=text, id="article-1", title=title, published=published)
    _normalize_published(article)
    article = clean(article)
    return get_pipeline(settings or Settings.from_env()).code(article)


def code_articles(articles: Iterable, settings: Settings | None = None) -> Iterator[CodedArticle]:
    from eventdesk.ingest import clean

    pipeline = get_pipeline(settings or Settings.from_env())
    prepared = (clean(as_article(item, i)) for i, item in enumerate(articles))
    return pipeline.code_many(prepared)
