"""The only module that knows the order of the stages.

An Article becomes a spaCy Doc over its text; the eventdesk components fill the Doc's
extensions in order — content, actors, events, statements, judgments, confidence, dates,
places — and the coded-article record is written from the Doc once, at the end. Each stage
lives with its package and is a spaCy factory that registers the extensions it fills, so a
spaCy user can add them to a pipeline of their own:

    import spacy, eventdesk.pipeline
    nlp = spacy.load("en_core_web_sm")
    for name in eventdesk.pipeline.STAGES:
        nlp.add_pipe(name)
    doc = nlp(text)            # doc._.actors, doc._.events, doc._.statements, ...
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.tokens import Doc

# Importing a stage's module registers its spaCy factory.
import eventdesk.actors.stage  # noqa: F401  eventdesk_actors
import eventdesk.events.confidence_stage  # noqa: F401  eventdesk_confidence
import eventdesk.events.judgment_stage  # noqa: F401  eventdesk_judgments
import eventdesk.events.stage  # noqa: F401  eventdesk_events
import eventdesk.ingest.content  # noqa: F401  eventdesk_content
import eventdesk.statements.stage  # noqa: F401  eventdesk_statements
import eventdesk.when  # noqa: F401  eventdesk_when
import eventdesk.where.stage  # noqa: F401  eventdesk_where
from eventdesk.errors import InputError
from eventdesk.ingest.content import stripped_bounds
from eventdesk.ingest.reject import Reject
from eventdesk.model import Article, CodedArticle
from eventdesk.nlp import load_nlp, register_extensions
from eventdesk.settings import Settings
from eventdesk.where.locate import to_place

log = logging.getLogger(__name__)

# Stage order: each name is a spaCy factory, defined in the stage's own module.
STAGES = (
    "eventdesk_content",  # ingest/content.py: the sentences that are story text
    "eventdesk_actors",  # actors/stage.py: actor mentions and the document's actor layer
    "eventdesk_events",  # events/stage.py: CAMEO/PLOVER events
    "eventdesk_statements",  # statements/stage.py: statements, contests, events' reporters
    "eventdesk_judgments",  # events/judgment_stage.py: judgments stated with no verb of criticism
    "eventdesk_confidence",  # events/confidence_stage.py: each event's probability; the unlikely dropped
    "eventdesk_when",  # when.py: event dates
    "eventdesk_where",  # where/stage.py: place mentions, event locations
)


class Pipeline:
    """spaCy plus the eventdesk stages, loaded once; call it on Articles."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings.from_env()
        register_extensions()
        self.nlp = load_nlp(self.settings)
        configs = {
            "eventdesk_actors": {"actor_files": [str(p) for p in self.settings.actor_files]},
            "eventdesk_events": {"verb_files": [str(p) for p in self.settings.verb_files]},
            "eventdesk_confidence": {"min_confidence": self.settings.min_confidence},
        }
        for stage in STAGES:
            self.nlp.add_pipe(stage, config=configs.get(stage, {}))

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


def to_record(doc: Doc, article: Article) -> CodedArticle:
    """Write the coded-article record from a processed Doc."""
    sentences = [stripped_bounds(s) for s in doc._.content_sents or []]
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
        places=[to_place(m) for m in doc._.places or [] if m.chosen is not None],
    )


@lru_cache(maxsize=4)
def get_pipeline(settings: Settings) -> Pipeline:
    """One Pipeline per distinct Settings per process (Settings is frozen and hashable)."""
    return Pipeline(settings)


def as_article(item, index: int = 0) -> Article:
    """An Article from what the API was given: an Article, a str, or a dict with `text`.
    Raises InputError, saying why, for anything else."""
    if isinstance(item, Article):
        item.text = drop_bom(item.text) if isinstance(item.text, str) else item.text
        _check_text(item.text)
        fields = {name: getattr(item, name) for name in ("title", "url", "outlet")}
        item.errors.extend(_drop_non_strings(fields))
        for name, value in fields.items():
            setattr(item, name, value)
        return item
    if isinstance(item, str):
        return Article(text=drop_bom(item), id=f"article-{index + 1}")
    if isinstance(item, dict):
        known = {k: item.get(k) for k in ("id", "title", "published", "url", "outlet")}
        known["id"] = str(known["id"] or f"article-{index + 1}")
        _check_text(item.get("text"), has_key="text" in item)
        errors = _drop_non_strings(known)
        article = Article(text=drop_bom(item["text"]), errors=errors, **known)
        _normalize_published(article)
        return article
    raise InputError(f"cannot code a {type(item).__name__}: give an Article, a dict with 'text', or a str")


def _drop_non_strings(fields: dict) -> list[str]:
    """A title, URL or outlet that is not a string is ignored, with the warning the CLI's
    JSONL reader gives; the article still codes."""
    from eventdesk.ingest.readers import JSONL_STRING_FIELDS

    errors = []
    for name in JSONL_STRING_FIELDS:
        if fields[name] is not None and not isinstance(fields[name], str):
            errors.append(f'"{name}" is not a string ({type(fields[name]).__name__}); ignored')
            fields[name] = None
    return errors


def drop_bom(text: str) -> str:
    """A byte-order mark at the start of a text is not text: dropped, as the file readers
    drop it, so offsets index the text after it."""
    return text[1:] if text.startswith("\ufeff") else text


def _check_text(text, has_key: bool = True) -> None:
    if not has_key:
        raise InputError("the record has no 'text' field")
    if not isinstance(text, str):
        raise InputError(f"'text' is {type(text).__name__}, not a string")
    if not text.strip():
        raise InputError("the text is empty (or only spaces): nothing to code")


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
    """Code one text. A text that cannot be coded (empty, too long, not a string) gives a
    record with no events whose `errors` say why, as the CLI's rejects file would."""
    return next(code_articles([Article(text=text, id="article-1", title=title, published=published)], settings=settings))


def code_articles(articles: Iterable, settings: Settings | None = None) -> Iterator[CodedArticle]:
    """Code each item in order. An item that cannot be coded (no text, text not a string,
    over the size limit, or coding failed) still yields a record: no events, and its
    `errors` give the reason the CLI's rejects file would give. The generator goes on; a
    malformed lexicon file raises LexiconError, naming its file and line."""
    from eventdesk.ingest import clean
    from eventdesk.run.local import batches, code_batch

    pipeline = get_pipeline(settings or Settings.from_env())
    for batch in batches(enumerate(articles), pipeline.settings.batch_size):
        prepared: list[Article | CodedArticle] = []
        for index, item in batch:
            try:
                article = as_article(item, index)
                if isinstance(item, Article):
                    _normalize_published(article)
                prepared.append(clean(article))
            except InputError as exc:
                prepared.append(_not_coded(item, index, exc.reason))
        coded = iter(code_batch([p for p in prepared if isinstance(p, Article)], pipeline))
        for item in prepared:
            if isinstance(item, CodedArticle):
                yield item
                continue
            result = next(coded)
            yield _not_coded(item, 0, result.reason) if isinstance(result, Reject) else result


def _not_coded(item, index: int, reason: str) -> CodedArticle:
    """The record of an item that could not be coded: what is known of it, and why."""
    get = item.get if isinstance(item, dict) else lambda key: getattr(item, key, None)
    text = get("text")
    record = CodedArticle(
        id=str(get("id") or f"article-{index + 1}"),
        text=text if isinstance(text, str) else "",
        title=get("title") if isinstance(get("title"), str) else None,
        url=get("url") if isinstance(get("url"), str) else None,
        outlet=get("outlet") if isinstance(get("outlet"), str) else None,
    )
    record.errors.append(f"not coded: {reason}")
    return record
