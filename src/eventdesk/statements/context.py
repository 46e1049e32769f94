"""What the reading of one article shares: the parsed text, its content sentences, its
quotations, its discourse model, and the draft statements the readers build.

`ArticleContext` is built once per article by StatementExtractor; the reading modules
(cues, clauses, direct, speakers, assembly) are functions that take it first.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span as SpacySpan, Token

from eventdesk.ingest.clean import DATELINE, DATELINE_REASON
from eventdesk.intervals import Ranges
from eventdesk.model import Actor, Span
from eventdesk.nlp import text_of
from eventdesk.statements.discourse import Discourse
from eventdesk.statements.lexicon import CueEntry, StatementLexicon
from eventdesk.statements.lookup import ActorLayer, ActorLookup
from eventdesk.statements.quotes import Quotation, find_quotations


@dataclass
class Draft:
    """A statement before its speaker is resolved and its id is given."""

    cue_start: int
    cue_end: int
    lemma: str
    sentence: int
    content: list[tuple[int, int]]  # character ranges; the Statement gets their hull
    type: str
    speaker_head: Token | None
    entry: CueEntry | None = None
    cue_token: Token | None = None
    quotes: list[Quotation] = field(default_factory=list)
    # Cues of continuations merged into this statement ("..., adding that ...").
    extra_cues: list[tuple[int, int, CueEntry | None]] = field(default_factory=list)
    speaker: Actor | None = None
    speaker_mention: Span | None = None
    # (end of the first part, start of the second) of a quotation its attribution splits.
    split: tuple[int, int] | None = None

    @property
    def start(self) -> int:
        starts = [self.cue_start] + [s for s, _ in self.content]
        if self.speaker_head is not None:
            starts.append(self.speaker_head.idx)
        return min(starts)

    @property
    def end(self) -> int:
        return max([self.cue_end] + [e for _, e in self.content])

    def overlaps(self, others: list[Draft], cue_inside_ok: bool = False, holds_ok: bool = False) -> bool:
        """Whether this draft's first content part shares characters with another's content.
        With `cue_inside_ok`, not counting one whose cue lies inside that content ("expressed
        concern over voters who had defended the host": the nested "defended" is part of what
        is said); with `holds_ok`, not one whose cue and content both lie inside it ("she is
        convinced that voters want a recount", "his claim that the mayor wants to resign").
        statements.assembly.drop_nested decides about the nested one."""
        start, end = self.content[0]
        return any(
            s < end and start < e
            and not (cue_inside_ok and start <= other.cue_start < end)
            and not (holds_ok and self.holds(other))
            for other in others for s, e in other.content
        )

    def holds(self, other: Draft) -> bool:
        """Is the other draft, its cue and all its content, inside this one's first content part?"""
        start, end = self.content[0]
        return start <= other.cue_start < end and all(start <= s and e <= end for s, e in other.content)


class ArticleContext:
    """Everything the extraction of one article needs, built once."""

    def __init__(self, doc: Doc, sents: list[SpacySpan], layer: ActorLayer | None, lexicon: StatementLexicon):
        self.doc = doc
        self.text = text_of(doc)
        self.sents = sents
        self.lexicon = lexicon
        self.sent_of: dict[int, int] = {}
        for index, sent in enumerate(sents):
            for token in sent:
                self.sent_of[token.i] = index
        inside = Ranges([(s.start_char, s.end_char) for s in sents])
        self.quotes = [q for q in find_quotations(self.text) if q.inner_start in inside]
        self.top = [q for q in self.quotes if q.depth == 0]
        # Text inside these is someone's words: cues there are nested speech, not the article's.
        self.quoted = [(q.inner_start, q.inner_end) for q in self.quotes if q.closed or q.reopenings]
        self._quoted_ranges = Ranges(self.quoted)
        self.token_starts = [t.idx for t in doc]
        self.person_nouns = frozenset(noun for noun, role in lexicon.roles.items() if role.kind == "person")
        self.boilerplate = (doc._.boilerplate if Doc.has_extension("boilerplate") else None) or []
        self.lookup = ActorLookup(layer)
        self.discourse = Discourse(doc, sents, self.lookup, lexicon, self.quoted)
        # Cues being weighed one inside another now (clauses.speech_sense).
        self.open_cues = 0

    def token_at(self, char: int) -> Token | None:
        """The first non-space token starting at or after char."""
        k = bisect.bisect_left(self.token_starts, char)
        while k < len(self.doc) and self.doc[k].is_space:
            k += 1
        return self.doc[k] if k < len(self.doc) else None

    def token_before(self, char: int) -> Token | None:
        """The last non-space token ending at or before char."""
        k = bisect.bisect_right(self.token_starts, char) - 1
        while k >= 0 and (self.doc[k].is_space or self.doc[k].idx + len(self.doc[k]) > char):
            k -= 1
        return self.doc[k] if k >= 0 else None

    def in_quote(self, token: Token) -> bool:
        return token.idx in self._quoted_ranges

    def in_quote_end(self, token: Token) -> bool:
        return any(q.end in (token.idx, token.idx + len(token)) for q in self.top)

    def after_full_stop(self, token: Token) -> bool:
        """The token opens a sentence the parser did not split off: a full stop before it."""
        before = token.i - 1
        while before >= 0 and (self.doc[before].is_space or self.doc[before].is_quote and self.doc[before].i == token.i - 1):
            before -= 1
        return before >= 0 and self.doc[before].text in (".", "!", "?")

    def dateline_end(self, token: Token) -> int:
        """Where the dateline opening the token's sentence ends (its start when there is none):
        a dateline is where the story was filed, not part of anything said. The cleaning
        stage's mark when it marked one; else its pattern (text coded without cleaning)."""
        sentence = self.sent_of.get(token.i)
        if sentence is None:
            return 0
        sent = self.sents[sentence]
        end = self._marked_dateline_end(sent)
        if end is None:
            match = DATELINE.match(self.text, sent.start_char, sent.end_char)
            end = match.end() if match is not None else None
        if end is None or not any(ch.isalpha() for ch in self.text[end : sent.end_char]):
            return sent.start_char
        return end

    def _marked_dateline_end(self, sent: SpacySpan) -> int | None:
        """The end of a dateline the cleaning stage marked at the sentence's start, with the
        dash and spaces after it; None when it marked none there."""
        for start, end, reason in self.boilerplate:
            if reason == DATELINE_REASON and start <= sent.start_char < end:
                while end < sent.end_char and (self.text[end].isspace() or self.text[end] in "-—–"):
                    end += 1
                return end
        return None


def same(token: Token, other: Token | None) -> bool:
    # spaCy makes a new Token object on each access: compare positions, not identities.
    return other is not None and token.i == other.i


def wordlike(token: Token) -> bool:
    return not token.is_punct and not token.is_quote and any(ch.isalnum() for ch in token.text)


def token_range_chars(tokens: list[Token]) -> tuple[int, int]:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    return start, end


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces and the commas, colons and dashes that only join content to its attribution."""
    while start < end and (text[start].isspace() or text[start] in ",;:—–"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return start, end
