"""The content stage: which sentences of a parsed article are story text.

The cleaning step (ingest/clean.py) marks boilerplate as character ranges on the Article
(`doc._.boilerplate`: title, bylines, captions, footers, datelines); this stage keeps the
sentences that lie outside them, as `doc._.content_sents`, for every later stage to read,
and marks the datelines of a text that was never cleaned. The title line is story: the
headline is coded like the body (`doc._.headline` says where it is; headline.py).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventdesk.headline import headline_lines
from eventdesk.ingest.clean import DATELINE, DATELINE_REASON  # noqa: F401  (DATELINE_REASON for nlp.py)
from eventdesk.ingest.lines import TITLE
from eventdesk.nlp import register_extensions, text_of


class ContentMarker:
    """Keeps the sentences that are story text: drops those inside boilerplate ranges."""

    def __call__(self, doc: Doc) -> Doc:
        found = headline_lines(doc)
        doc._.headline = found[0] if found else None
        story = [r for r in doc._.boilerplate or [] if r[2] != TITLE]
        ranges = doc._.boilerplate = with_datelines(text_of(doc), story)
        content = []
        for sent in doc.sents:
            if not sent.text.strip():
                continue
            start, end = _word_bounds(sent)
            if any(b_start <= start and end <= b_end for b_start, b_end, _ in ranges):
                continue
            content.append(sent)
        doc._.content_sents = content
        return doc


def with_datelines(text: str, ranges: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The boilerplate ranges plus the datelines that open a line of a text the cleaning
    step did not see ("ISTANBUL (AP) — An earthquake ..." given straight to the pipeline):
    a dateline is never story text, however the article came in."""
    added = []
    offset = 0
    for line in text.splitlines(keepends=True):
        dateline = DATELINE.match(line)
        if dateline and _sure_dateline(dateline.group(1)):
            start, end = offset, offset + dateline.end(1)
            if not any(b_start <= start < b_end for b_start, b_end, _ in ranges):
                added.append((start, end, DATELINE_REASON))
        offset += len(line)
    return sorted(ranges + added) if added else ranges


# Without the cleaning step's view of the whole page, a line opening in capitals is a
# dateline only when it is short (a place: "BRUSSELS", "NEW DELHI/ISLAMABAD") or carries a
# day or an agency ("TOKYO, Aug 29 (KUNA)"); an all-capitals subhead ("CONGRESS HAS
# INVESTIGATED HIM —") is story.
DATELINE_PLACE_WORDS = 2


def _sure_dateline(words: str) -> bool:
    if "(" in words or any(ch.isdigit() for ch in words):
        return True
    place = words.split(",")[0]
    return len(place.replace("/", " ").split()) <= DATELINE_PLACE_WORDS


def _word_bounds(sent: Span) -> tuple[int, int]:
    """A sentence's character offsets from its first to its last word, punctuation left
    out ("MOSCOW (Reuters) --", a dateline cut from its story, lies inside the dateline)."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words:
        return stripped_bounds(sent)
    return words[0].idx, words[-1].idx + len(words[-1])


def stripped_bounds(sent: Span) -> tuple[int, int]:
    """A sentence's character offsets without its leading and trailing whitespace."""
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.end_char - (len(text) - len(text.rstrip()))
    return start, end


@Language.factory(
    "eventdesk_content",
    assigns=["doc._.content_sents", "doc._.headline"],
    requires=["token.is_sent_start"],
)
def make_content(nlp: Language, name: str) -> ContentMarker:
    register_extensions("published", "boilerplate", "content_sents", "headline")
    return ContentMarker()
