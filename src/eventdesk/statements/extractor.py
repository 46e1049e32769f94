"""Reported speech in a parsed article: who says what, in which words.

Quotations are found on the raw text (statements.quotes), cues on the dependency parse
(statements.lexicon), and the two are joined: a quotation next to an attribution clause is
direct speech; a reported clause is indirect speech, or mixed when it holds a quoted part.
Speakers are resolved through the article's discourse (statements.speakers).
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span as SpacySpan, Token

from eventdesk.nlp import text_of
from eventdesk.model import Actor, Contest, Cue, Span, Statement
from eventdesk.statements.contests import find_contests
from eventdesk.statements.hedges import find_hedges
from eventdesk.statements.lexicon import CueEntry, StatementLexicon, load_lexicon
from eventdesk.statements.lookup import ActorLookup
from eventdesk.statements.quotes import Quotation, find_quotations
from eventdesk.statements.speakers import (
    _GROUP_PRONOUNS,
    _PERSON_PRONOUNS,
    _RELATIVE_PRONOUNS,
    _SELF_PRONOUNS,
    _THING_PRONOUNS,
    Discourse,
    Resolver,
    naming_head,
    np_span,
)

log = logging.getLogger(__name__)

# Dependents of a cue that belong to its attribution clause, not to what is reported.
_CLAUSE_DEPS = {"nsubj", "nsubjpass", "agent", "aux", "auxpass", "neg", "advmod", "npadvmod", "prt", "dative"}
# Verbs whose object is the person spoken to ("told reporters"), not the content.
_ADDRESSEE_CUES = {"tell", "inform", "ask", "assure", "remind", "urge", "warn"}
# A cue under one of these reports nothing said ("declined to say", "want to confirm she is
# safe", "is expected to announce", "asked him to confirm"): a refusal, a wish, an attempt, a
# plan or a request, not a statement made.
_BLOCKING_HEADS = {
    "decline", "refuse", "fail", "avoid",
    "want", "wish", "hope", "try", "seek", "attempt", "need", "plan", "intend", "aim", "expect",
    "prepare", "struggle", "ask", "urge", "invite", "press", "pressure", "force", "order", "request",
    "allow", "permit", "forbid", "due", "set", "likely", "unlikely", "scheduled", "poised", "ready",
    "eager", "keen", "reluctant", "unable", "about",
}
_DASHES = {"—", "–", "-", "--", "―"}
# Parts of speech a bare attribution noun phrase ("The ministry: ...") may be made of.
_NP_POS = {"NOUN", "PROPN", "DET", "ADJ", "ADP", "PUNCT", "CCONJ", "NUM", "PART", "PRON", "SPACE"}
MAX_BARE_ATTRIBUTION = 12
# Parts of speech of a speaker read from the words alone ("..., Human Rights Watch said").
_SPEAKER_POS = {"NOUN", "PROPN", "DET", "ADJ", "NUM", "PART", "PRON"}
# A wire dateline opening a story: "LIMA, Peru (AP) — ", "NAIROBI (Reuters) - ", "(Geneva) – ",
# "Kyiv, Ukraine, March 3 (Reuters) - ". A city in capitals, or any place with an agency in
# brackets, or a place alone in brackets; then a dash.
_DATELINE = re.compile(
    r"""^[ \t]*(?:
        \([^()\n]{2,40}\)
      | [A-ZÀ-Ý][A-ZÀ-Ý'’.\- ]{2,40}(?:,[ ][A-Z][\w'’.\- ]{1,30}){0,2}(?:[ ]?\([^()\n]{2,30}\))?
      | [A-ZÀ-Ý][\w'’.\- ]{1,40}(?:,[ ][A-Z][\w'’.\- ]{1,30}){0,2}[ ]?\([A-Z][^()\n]{1,30}\)
    )[ \t]*(?:—|–|--|-)[ \t]*""",
    re.VERBOSE,
)
# A person referred to by age alone: "The 58-year-old said", "the 34-year-old mother of two".
_AGE_DESCRIPTION = re.compile(r"(?i)^(?:the|this)\s+(\d{1,3})\s*-\s*year\s*-\s*old\b")
_CONTRAST_MARKS = {"while", "whereas", "although", "though"}
# Marks of a clause after the reported one that still belongs to it: a second "that" clause,
# or a condition on what was said.
_SECOND_COMPLEMENT_MARKS = {"that", "if", "unless", "provided", "providing"}
# Prepositions that continue a noun ("role in", "reports of") rather than say when or where.
_NOUN_PREPS = {"in", "of", "for", "about", "to", "with", "that"}  # tokens in a colon or dash attribution


@dataclass
class _Draft:
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

    @property
    def start(self) -> int:
        starts = [self.cue_start] + [s for s, _ in self.content]
        if self.speaker_head is not None:
            starts.append(self.speaker_head.idx)
        return min(starts)

    @property
    def end(self) -> int:
        return max([self.cue_end] + [e for _, e in self.content])


class StatementExtractor:
    """Statements of an article's content sentences, and the contested claims among them."""

    def __init__(self, resolver: Resolver | None, lexicon: StatementLexicon | None = None):
        self.resolver = resolver
        self.lexicon = lexicon or load_lexicon()

    def __call__(self, doc: Doc) -> tuple[list[Statement], list[Contest]]:
        sents = _content_sents(doc)
        if not sents:
            return [], []
        return _ArticleReader(doc, sents, self.resolver, self.lexicon).read()


def _content_sents(doc: Doc) -> list[SpacySpan]:
    content = doc._.content_sents if Doc.has_extension("content_sents") else None
    return list(content) if content is not None else list(doc.sents)


class _ArticleReader:
    """Everything the extraction of one article needs, built once."""

    def __init__(self, doc: Doc, sents: list[SpacySpan], resolver: Resolver | None, lexicon: StatementLexicon):
        self.doc = doc
        self.text = text_of(doc)
        self.sents = sents
        self.lexicon = lexicon
        self.sent_of: dict[int, int] = {}
        for index, sent in enumerate(sents):
            for token in sent:
                self.sent_of[token.i] = index
        bounds = [(s.start_char, s.end_char) for s in sents]
        self.quotes = [
            q for q in find_quotations(self.text) if any(start <= q.inner_start < end for start, end in bounds)
        ]
        self.top = [q for q in self.quotes if q.depth == 0]
        # Text inside these is someone's words: cues there are nested speech, not the article's.
        self.quoted = [(q.inner_start, q.inner_end) for q in self.quotes if q.closed or q.reopenings]
        self.token_starts = [t.idx for t in doc]
        self.person_nouns = frozenset(noun for noun, role in lexicon.roles.items() if role.kind == "person")
        published = doc._.published if Doc.has_extension("published") else None
        self.discourse = Discourse(doc, sents, ActorLookup(resolver, published), lexicon, self.quoted)

    # -- helpers ------------------------------------------------------------------------------

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
        return any(start <= token.idx < end for start, end in self.quoted)

    # -- reading ------------------------------------------------------------------------------

    def read(self) -> tuple[list[Statement], list[Contest]]:
        cues = self.find_cues()
        drafts = self.direct_speech(cues)
        direct = {d.cue_start: d for d in drafts}
        for tokens, entry in cues:
            # A cue with a quotation may report a clause of its own besides (a parse that
            # hangs "..., warning that ..." on the cue): the speaker going on, so one
            # statement, mixed, as with "..., adding that ...".
            quoted = direct.get(tokens[0].idx)
            draft = self.reported_clause(tokens, entry, outside_only=quoted is not None)
            if draft is None:
                continue
            if quoted is not None:
                quoted.content.extend(draft.content)
                quoted.type = "mixed"
            else:
                drafts.append(draft)
        drafts.extend(self.bare_attributions({id(q) for d in drafts for q in d.quotes}))
        self.continue_quotes(drafts)
        drafts = self.drop_overlapping(drafts)
        drafts = self.drop_nested(drafts)
        drafts = self.merge_continuations(drafts)
        drafts.sort(key=lambda d: (d.start, d.cue_start))
        statements = []
        for number, draft in enumerate(drafts, start=1):
            self.resolve_speaker(draft)
            statements.append(self.to_statement(f"s{number}", draft))
        contests = find_contests(self.doc, drafts, statements, self.lexicon)
        return statements, contests

    def find_cues(self) -> list[tuple[list[Token], CueEntry]]:
        found = []
        for sent in self.sents:
            for token in sent:
                match = self.cue_of(token)
                if match is not None and not self.in_quote(token) and not self.blocked(token, match[1]):
                    found.append(match)
        return found

    def cue_of(self, token: Token) -> tuple[list[Token], CueEntry] | None:
        lemma = token.lemma_.lower()
        lower = token.lower_
        if lower == "according" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "to":
            for entry in self.lexicon.phrase_cues.get("according", ()):
                return [token, self.doc[token.i + 1]], entry
        verb = token.pos_ == "VERB" or (token.tag_.startswith("VB") and token.pos_ != "AUX")
        # The tagger sometimes takes "predicts" or "claims" for a plural noun; the parse
        # still gives it a subject and a clause.
        deps = {c.dep_ for c in token.children}
        if not verb and not (token.pos_ == "NOUN" and "nsubj" in deps and "ccomp" in deps):
            return None
        if token.dep_ in ("amod", "compound"):
            return None
        for entry in self.lexicon.phrase_cues.get(lemma, ()):
            second = entry.lemmas[1]
            for child in token.children:
                if child.lemma_.lower() == second and child.dep_ in ("dobj", "prt", "advmod", "prep"):
                    # "called on Thursday for calm" is not "called on X to ...".
                    if any(o.ent_type_ in ("DATE", "TIME") for o in child.children if o.dep_ == "pobj"):
                        continue
                    return [token, child], entry
        entry = self.lexicon.cues.get(lemma)
        if entry is None:
            return None
        return [token], entry

    def blocked(self, token: Token, entry: CueEntry) -> bool:
        """A negated cue, or one under "declined to" or "want to", reports nothing."""
        if any(c.dep_ == "neg" for c in token.children):
            return True
        head = token.head
        if token.dep_ not in ("xcomp", "ccomp", "advcl") or head.i == token.i:
            return False
        if token.dep_ != "xcomp" and not any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children):
            return False
        return head.lemma_.lower() in _BLOCKING_HEADS or head.lower_ in _BLOCKING_HEADS

    # -- the attribution clause ----------------------------------------------------------------

    def clause_tokens(self, tokens: list[Token], entry: CueEntry) -> set[int]:
        """Token indices of the attribution clause: cue, speaker, auxiliaries, adverbials."""
        cue = tokens[0]
        if cue.lower_ == "according":
            return {t.i for t in cue.subtree}
        frame_preps = {f for f in entry.frames if f in ("of", "on", "about", "as")}
        clause = {t.i for t in tokens}
        for child in cue.children:
            if child.i in clause or self.in_quote(child) or child.is_quote:
                continue
            dep = child.dep_
            take = dep in _CLAUSE_DEPS
            if dep == "prep" and child.lower_ not in frame_preps:
                take = not any(self.in_quote(t) or t.is_quote for t in child.subtree)
            if dep in ("dobj", "iobj") and cue.lemma_.lower() in _ADDRESSEE_CUES:
                take = True
            if dep in ("dobj", "attr", "npadvmod", "oprd") and _same(child, self.inverted_subject(cue)):
                take = True
            if take:
                clause.update(t.i for t in child.subtree)
        return clause

    def outside_content(self, tokens: list[Token], entry: CueEntry) -> bool:
        """Does the cue report something outside quotation marks (a clause or an object)?"""
        cue = tokens[0]
        if cue.lower_ == "according":
            return False
        for child in cue.children:
            if child.i in {t.i for t in tokens}:
                continue
            if child.dep_ in ("ccomp", "xcomp", "oprd") and not self.in_quote(child) and not child.is_punct:
                return True
            if child.dep_ == "dobj" and cue.lemma_.lower() not in _ADDRESSEE_CUES and not self.in_quote(child):
                if not _same(child, self.inverted_subject(cue)):
                    return True
        return False

    def quoted_clause(self, cue: Token) -> bool:
        return any(c.dep_ == "ccomp" and self.in_quote(c) for c in cue.children)

    def direct_speech(self, cues: list[tuple[list[Token], CueEntry]]) -> list[_Draft]:
        """Quotations joined to an attribution clause right after or right before them."""
        by_cue: dict[int, _Draft] = {}
        attached: set[int] = set()
        quoting = [(t, e, self.clause_tokens(t, e)) for t, e in cues if "quote" in e.frames or t[0].lower_ == "according"]
        quoting = [(t, e, c) for t, e, c in quoting if not self.outside_content(t, e) or self.quoted_clause(t[0])]
        # First the attributions that follow their quotation ('"...," he said'), then those before.
        for quote in self.top:
            after = self.token_at(quote.end)
            if after is None:
                continue
            for tokens, entry, clause in quoting:
                if self.follows(quote, after, tokens, clause):
                    self.attach(by_cue, tokens, entry, quote)
                    attached.add(id(quote))
                    lead = self.lead_in(quote)
                    draft = by_cue[tokens[0].i]
                    if lead is not None and len(draft.quotes) == 1:
                        # 'Zipcab "will refund every rider," a spokeswoman said': the writer's
                        # words run into the quotation: mixed, from the sentence's first word.
                        draft.content[-1] = (lead, quote.end)
                        draft.type = "mixed"
                    break
        for quote in self.top:
            if id(quote) in attached:
                continue
            before = self.token_before(quote.start)
            if before is None:
                continue
            for tokens, entry, clause in reversed(quoting):
                if self.precedes(quote, before, tokens, clause):
                    self.attach(by_cue, tokens, entry, quote)
                    attached.add(id(quote))
                    break
        return list(by_cue.values())

    def lead_in(self, quote: Quotation) -> int | None:
        """Where the writer's words that run straight into a quotation start ('Zipcab "will
        ..."'), or None when the quotation opens its sentence or follows a comma or colon."""
        first = self.token_at(quote.start)
        if first is None or first.i not in self.sent_of:
            return None
        sent = self.sents[self.sent_of[first.i]]
        start = self.dateline_end(first)
        words = [t for t in self.doc[sent.start : first.i] if t.idx >= start and not t.is_space]
        if not words or not self.text[words[-1].idx + len(words[-1]) : quote.start].isspace() and (
            words[-1].idx + len(words[-1]) != quote.start
        ):
            return None
        if words[-1].is_punct or any(t.is_quote or self.in_quote(t) for t in words):
            return None
        if not any(t.pos_ in ("NOUN", "PROPN", "PRON", "VERB", "NUM") for t in words):
            return None  # "But "...," she said"
        if any(self.cue_of(t) is not None for t in words):
            return None
        return words[0].idx

    def follows(self, quote: Quotation, after: Token, tokens: list[Token], clause: set[int]) -> bool:
        cue = tokens[0]
        first = min(clause)
        if first < after.i or self.sent_of.get(cue.i) != self.sent_of.get(after.i, -2):
            # The clause may also start in the sentence after a quote that ends with its period.
            if first < after.i:
                return False
        gap = self.doc[after.i : first]
        if any(not (t.is_punct and not t.is_quote) and not t.is_space for t in gap):
            return False
        if len(gap) > 2 or any(t.text in (".", "?", "!") for t in gap):
            return False
        # Nothing but the clause between its first token and the cue.
        return all(i in clause or self.doc[i].is_punct for i in range(first, cue.i))

    def precedes(self, quote: Quotation, before: Token, tokens: list[Token], clause: set[int]) -> bool:
        last = max(clause)
        if last > before.i:
            return False
        gap = self.doc[last + 1 : before.i + 1]
        if any(not t.is_punct and not t.is_space for t in gap):
            return False
        if any(t.text in (".", "?", "!") or t.is_quote for t in gap):
            return False
        if before.lower_ == "that":
            return False
        if not any(t.text in (":", ",") or t.text in _DASHES for t in gap) and self.modifier_quote(quote, tokens[0], last):
            return False
        same = self.sent_of.get(tokens[0].i) == self.sent_of.get(self.token_at(quote.start).i if self.token_at(quote.start) else -1)
        # A colon may end a line and the quotation open the next paragraph.
        return same or any(t.text == ":" for t in gap)

    def modifier_quote(self, quote: Quotation, cue: Token, last: int) -> bool:
        """ "will reply to the petition 'in due course'": a quoted phrase run on, with no
        comma or colon, from a prepositional phrase of the cue is an adverbial the writer
        quotes, not what the cue says."""
        prep = self.doc[last]
        while prep.i != cue.i and prep.head.i != cue.i:
            prep = prep.head
        if prep.dep_ != "prep" or prep.head.i != cue.i:
            return False
        inner = [t for t in self.doc if quote.inner_start <= t.idx < quote.inner_end]
        roots = [t for t in inner if not (quote.inner_start <= t.head.idx < quote.inner_end) or t.head.i == t.i]
        return bool(roots) and all(r.dep_ not in ("ccomp", "dobj", "xcomp", "parataxis", "ROOT") for r in roots)

    def attach(self, by_cue: dict[int, _Draft], tokens: list[Token], entry: CueEntry, quote: Quotation) -> None:
        cue = tokens[0]
        draft = by_cue.get(cue.i)
        if draft is None:
            start, end = _token_range_chars(tokens)
            draft = _Draft(
                cue_start=start,
                cue_end=end,
                lemma=entry.lemma,
                sentence=self.sent_of.get(cue.i, 0),
                content=[],
                type="direct",
                speaker_head=self.speaker_of(tokens, entry),
                entry=entry,
                cue_token=cue,
            )
            by_cue[cue.i] = draft
        draft.quotes.append(quote)
        draft.content.append(_trim(self.text, quote.inner_start, quote.inner_end))

    # -- reported clauses -----------------------------------------------------------------------

    def reported_clause(self, tokens: list[Token], entry: CueEntry, outside_only: bool = False) -> _Draft | None:
        cue = tokens[0]
        if outside_only:
            clauses = [c for c in cue.children if c.dep_ == "ccomp" and not self.in_quote(c)]
            content = self.subtree_without_nested(clauses[0], cue) if clauses else []
        elif cue.lower_ == "according":
            content = self.according_content(cue)
        else:
            content = self.frame_content(tokens, entry)
        content = _strip_punct(content)
        if not content:
            return None
        speaker = self.speaker_of(tokens, entry)
        if speaker is None and not self.passive(cue) and cue.lower_ != "according":
            return None
        chars = [(t.idx, t.idx + len(t)) for t in content]
        start, end = _trim(self.text, min(s for s, _ in chars), max(e for _, e in chars))
        start = max(start, self.dateline_end(cue))
        if start >= end:
            return None
        if content and content[0].lower_ == "that" and content[0].dep_ != "det" and len(content) > 1:
            start, end = _trim(self.text, max(content[1].idx, start), end)
        end = self.through_quote(start, end)
        cue_start, cue_end = _token_range_chars(tokens)
        inside = [q for q in self.top if start <= q.start and (q.end <= end + 1 or (not q.closed and q.start < end))]
        kind = "indirect"
        holder = next((q for q in self.top if q.inner_start <= start and end <= q.inner_end), None)
        if holder is not None:
            start, end = _trim(self.text, holder.inner_start, holder.inner_end)
            inside = [holder]
        if inside:
            only = len(inside) == 1 and inside[0].inner_start - start <= 1 and end - inside[0].inner_end <= 1
            kind = "direct" if only else "mixed"
        return _Draft(
            cue_start=cue_start,
            cue_end=cue_end,
            lemma=entry.lemma,
            sentence=self.sent_of.get(cue.i, 0),
            content=[(start, end)],
            type=kind,
            speaker_head=speaker,
            entry=entry,
            cue_token=cue,
        )

    def dateline_end(self, token: Token) -> int:
        """Where the dateline opening the token's sentence ends (its start when there is none):
        a dateline is where the story was filed, not part of anything said."""
        sentence = self.sent_of.get(token.i)
        if sentence is None:
            return 0
        sent = self.sents[sentence]
        match = _DATELINE.match(self.text, sent.start_char, sent.end_char)
        if match is None or not any(ch.isalpha() for ch in self.text[match.end() : sent.end_char]):
            return sent.start_char
        return match.end()

    def through_quote(self, start: int, end: int) -> int:
        """Content that opens a quotation runs at least to its close ('called the deal "a
        turning point for the region"', when the parser hangs the end elsewhere)."""
        for quote in self.top:
            # With its closing mark, as it has its opening one.
            if start <= quote.start < end < quote.end and quote.closed:
                return quote.end
        return end

    def frame_content(self, tokens: list[Token], entry: CueEntry) -> list[Token]:
        """The tokens reported by a cue, following the frames its lexicon entry allows."""
        cue = tokens[0]
        own = {t.i for t in tokens}
        children = [c for c in cue.children if c.i not in own]
        dobj = next((c for c in children if c.dep_ == "dobj"), None)
        if "clause" in entry.frames or "that" in entry.frames:
            # A second cue hanging on this one is no clause of it ("The driver told officers
            # he had been drinking, police said": "said" is the attribution of the whole).
            # A verbless "small clause" is no report: "found the hikers alive", "found him guilty".
            clauses = [
                c for c in children
                if c.dep_ == "ccomp"
                and not self.trailing_attribution(c)
                and (c.pos_ in ("VERB", "AUX") or self.in_quote(c) or c.i < cue.i)
            ]
            if "clause" not in entry.frames:
                # "held that ...", not "held talks": the sense is speech only with "that".
                clauses = [c for c in clauses if _introduced_by_that(c)]
            # A clause outside quotation marks first: one inside is direct speech.
            clause = next((c for c in clauses if not self.in_quote(c)), clauses[0] if clauses else None)
            if clause is None:
                clause = self.clause_after_noun(cue)
            if clause is not None:
                content = self.subtree_without_nested(clause, cue)
                content = self.with_split_subject(content, clause, dobj)
                content += self.second_complements(cue, clause)
                return self.without_leading_adverbial(content, clause, cue)
        if "ing" in entry.frames:
            gerund = self.gerund_clause(children)
            if gerund is not None:
                return self.subtree_without_nested(gerund, cue)
        if "to" in entry.frames:
            infinitive = next((c for c in children if c.dep_ in ("xcomp", "ccomp", "advcl") and _has_to(c)), None)
            if dobj is None and len(tokens) > 1:
                # "called on donors to ...": the addressee hangs on the particle.
                dobj = next((c for c in tokens[1].children if c.dep_ == "pobj"), None)
            if infinitive is None and dobj is not None:
                # "urged residents who live near the river to leave": the parser hangs the
                # infinitive on the relative clause; it is still the addressee's task.
                infinitive = _infinitive_after_relative(dobj)
                if infinitive is not None:
                    return self.span_of([dobj], cue)
            if infinitive is not None:
                parts = [infinitive] + ([dobj] if dobj is not None else [])
                return self.span_of(parts, cue)
        for prep_word in ("of", "on", "about", "as", "for"):
            if prep_word not in entry.frames:
                continue
            holders = [cue] + [t for t in tokens[1:]] + ([dobj] if dobj is not None else [])
            prep = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == prep_word), None)
            if prep is None:
                continue
            if prep_word in ("of", "as", "for", "on") and dobj is not None and dobj.i not in own:
                return self.span_of([dobj, prep], cue)
            if prep_word in ("as", "for") and dobj is None:
                continue
            objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return self.span_of(objects, cue)
        if "oprd" in entry.frames and dobj is not None:
            # "called the verdict a travesty": the object and what it is called.
            described = [c for c in dobj.children if c.dep_ in ("appos", "oprd")] + [
                c for c in children if c.dep_ in ("oprd", "ccomp", "xcomp")
            ]
            if described:
                return self.span_of([dobj] + described, cue)
            # 'called the report "fiction"': the parser may make the quoted name the object.
            if any(t.is_quote for t in dobj.subtree):
                return self.span_of([dobj], cue)
        if "np" in entry.frames and dobj is not None and dobj.pos_ not in ("PRON",) and dobj.i not in own:
            if self.non_speech_object(entry, dobj):
                return []
            parts = [dobj]
            # "denied any role in the sinking": the parser may hang the noun's own phrase on the verb.
            for prep in (c for c in children if c.dep_ == "prep" and c.i == dobj.right_edge.i + 1):
                if not any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree) and prep.lower_ in _NOUN_PREPS:
                    parts.append(prep)
            return self.span_of(parts, cue)
        if ("clause" in entry.frames or "that" in entry.frames) and self.trailing_attribution(cue):
            head = cue.head
            if not self.in_quote(head):
                skip = {t.i for t in cue.subtree}
                return [t for t in self.subtree_without_nested(head, cue) if t.i not in skip]
        if "clause" in entry.frames or "that" in entry.frames:
            surface = self.surface_trailing(cue)
            if surface is not None:
                _, comma = surface
                first = self.sents[self.sent_of[cue.i]].start
                return list(self.doc[first:comma])
        return []

    def surface_trailing(self, cue: Token) -> tuple[Token, int] | None:
        """ "X should free the journalist, Human Rights Watch said today.": a trailing
        attribution the parser did not see as one (it gave the cue no subject). Read from the
        words: a comma, a noun phrase, the cue, and nothing but time or place words to the
        end of the sentence. Gives the speaker's head and the comma's index."""
        subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
        # Or the parser took the reported clause's last noun for the subject and the real
        # speaker for its apposition: "free the journalist, Human Rights Watch said".
        if subjects and not (
            len(subjects) == 1 and subjects[0].i < cue.i
            and any(c.dep_ == "appos" and c.i > subjects[0].i for c in subjects[0].children)
        ):
            return None
        sentence = self.sent_of.get(cue.i)
        if sentence is None or self.in_quote(cue):
            return None
        sent = self.sents[sentence]
        for token in self.doc[cue.i + 1 : sent.end]:
            if token.is_punct or token.is_space:
                continue
            if token.ent_type_ in ("DATE", "TIME") or token.pos_ in ("ADV", "ADP", "DET"):
                continue
            # "said in a statement", "said on its website": a phrase of the saying.
            in_phrase = token.dep_ in ("pobj", "det", "amod", "compound", "poss")
            if in_phrase and token.head.i != cue.i and any(a.i == cue.i for a in token.ancestors):
                continue
            return None
        k = cue.i - 1
        while k > sent.start and self.doc[k].pos_ == "ADV":
            k -= 1  # "Human Rights Watch also said"
        last = k
        while k >= sent.start and not self.doc[k].is_punct and self.doc[k].pos_ in _SPEAKER_POS:
            k -= 1
        if k < sent.start or k == last or self.doc[k].text not in (",", "—", "–") or k <= sent.start + 2:
            return None
        words = self.doc[k + 1 : last + 1]
        nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN", "PRON")]
        if not nouns or len(words) > MAX_BARE_ATTRIBUTION:
            return None
        return nouns[-1], k

    def trailing_attribution(self, cue: Token) -> bool:
        """ "The convoy reached the town, the agency said": a cue with its own subject, set off
        by a comma or dash after the clause it hangs from. Not "Police said the driver told
        officers ...", where the cue is what the verb above it reports."""
        if cue.dep_ not in ("parataxis", "ccomp") or not self.has_active_subject(cue):
            return False
        head = cue.head
        if head.i == cue.i or self.cue_of(head) is not None:
            return False
        first = cue.left_edge
        if first.is_punct or first.is_quote:
            return True
        return first.i > 0 and (self.doc[first.i - 1].is_punct or self.doc[first.i - 1].is_quote)

    def non_speech_object(self, entry: CueEntry, dobj: Token) -> bool:
        """ "denied them access", "claimed 40 lives", "dismissed the coach": an object that
        gives the cue a sense other than speech (statements/data/non_speech_objects.tsv)."""
        objects = self.lexicon.non_speech_objects.get(entry.lemma)
        if not objects:
            return False
        if dobj.lemma_.lower() in objects or dobj.lower_ in objects:
            return True
        if "PERSON" in objects:
            role = self.lexicon.roles.get(dobj.lemma_.lower())
            return dobj.ent_type_ == "PERSON" or (role is not None and role.kind == "person")
        return False

    def second_complements(self, cue: Token, clause: Token) -> list[Token]:
        """ "said it had raised rates, but that it expected ...", "said the state would cut
        taxes, but only if ...": a second "that" clause, or a condition, that the parser hung
        on the cue after its clause is still what was said."""
        found: list[Token] = []
        for child in cue.children:
            if child.i < clause.i or child.dep_ not in ("conj", "advcl") or self.in_quote(child):
                continue
            marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
            if marks & _SECOND_COMPLEMENT_MARKS and not self.cue_of(child):
                found.extend(self.subtree_without_nested(child, cue))
        return found

    @staticmethod
    def gerund_clause(children: list[Token]) -> Token | None:
        """ "denied setting the fire", "admitted to taking bribes": a subjectless -ing clause."""
        for child in children:
            if child.dep_ in ("xcomp", "ccomp", "dobj") and child.tag_ == "VBG":
                if not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in child.children):
                    return child
            if child.dep_ == "prep" and child.lower_ == "to":
                for pcomp in child.children:
                    if pcomp.dep_ == "pcomp" and pcomp.tag_ == "VBG":
                        return pcomp
        return None

    def with_split_subject(self, content: list[Token], clause: Token, dobj: Token | None) -> list[Token]:
        """ "promised the city would rebuild": a clause without a subject, right after an
        object of the cue, has that object for its subject, whatever the parser says."""
        if dobj is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
            return content
        if dobj.right_edge.i + 1 != clause.left_edge.i or dobj.i > clause.i:
            return content
        finite = clause.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
            c.dep_ == "aux" and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in clause.children
        )
        if not finite:
            return content
        return sorted({t.i: t for t in list(dobj.subtree) + content}.values(), key=lambda t: t.i)

    def according_content(self, cue: Token) -> list[Token]:
        head = cue.head
        if head.i == cue.i:
            return []
        skip = {t.i for t in cue.subtree}
        return [t for t in self.subtree_without_nested(head, cue) if t.i not in skip]

    def span_of(self, heads: list[Token], cue: Token) -> list[Token]:
        tokens: list[Token] = []
        for head in heads:
            tokens.extend(self.subtree_without_nested(head, cue))
        return sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)

    def subtree_without_nested(self, head: Token, cue: Token) -> list[Token]:
        """A subtree minus the clauses by which the same speaker goes on ("..., adding that ...")."""
        drop: set[int] = set()
        for token in head.subtree:
            if token.i == head.i or token.i in drop:
                continue
            # The same speaker going on ("..., adding that ..."), or another speaker set
            # against this one ("..., while the government says ..."), is not this content.
            contrast = token.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in token.children
            )
            if (
                token.dep_ in ("advcl", "conj")
                and self.cue_of(token) is not None
                and (not self.has_own_subject(token) or contrast)
                and self.speech_sense(token)
            ) or (contrast and self.rival_source(token)):
                drop.update(t.i for t in token.subtree)
                # the comma or "and" before it
                for left in (token.doc[token.left_edge.i - 1],) if token.left_edge.i > 0 else ():
                    if left.is_punct or left.dep_ == "cc":
                        drop.add(left.i)
        return [t for t in head.subtree if t.i not in drop]

    def rival_source(self, clause: Token) -> bool:
        """ "..., while local officials put the toll at 30": a contrasting clause, set off by a
        comma, whose subject is someone who could speak (a name, a body, a person noun) is
        the writer setting another source against this one."""
        if clause.left_edge.i == 0 or self.doc[clause.left_edge.i - 1].text != ",":
            return False
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            role = self.lexicon.roles.get(subject.lemma_.lower())
            if subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or (role is not None and role.kind != "document"):
                return True
        return False

    def speech_sense(self, token: Token) -> bool:
        """Is a cue word used of speech here? "adding that ..." is; "adding to the pressure"
        is not: the cue needs a reported clause, a quotation or the complement its entry allows."""
        match = self.cue_of(token)
        if match is None:
            return False
        tokens, entry = match
        if any(c.dep_ in ("ccomp", "parataxis") for c in token.children):
            return True
        neighbours = [self.token_at(token.idx + len(token)), self.token_before(token.idx)]
        if "quote" in entry.frames and any(n is not None and n.is_quote for n in neighbours):
            return True
        subtree = {t.i for t in token.subtree}
        return bool(self.frame_content(tokens, entry)) and len(subtree) > 1

    @staticmethod
    def without_leading_adverbial(tokens: list[Token], clause: Token, cue: Token) -> list[Token]:
        """ "said on Tuesday he would ...": a time or place phrase right after the cue, before
        the reported clause's subject, belongs to the saying, whatever the parser hung it on."""
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].i < cue.i:
            return tokens
        first = min(t.i for t in tokens) if tokens else cue.i
        for child in clause.children:
            if child.dep_ in ("prep", "npadvmod") and child.left_edge.i == cue.i + 1 == first:
                if child.right_edge.i < subjects[0].left_edge.i:
                    drop = {t.i for t in child.subtree}
                    return [t for t in tokens if t.i not in drop]
        return tokens

    def clause_after_noun(self, cue: Token) -> Token | None:
        """ "said in a statement that ...", "told a press conference that ...": the parser
        hangs the clause on the noun, sometimes as a relative clause with "that" for its object."""
        nouns = [n for prep in cue.children if prep.dep_ == "prep" for n in prep.children if n.dep_ == "pobj"]
        if cue.lemma_.lower() in _ADDRESSEE_CUES:
            nouns += [c for c in cue.children if c.dep_ in ("dobj", "dative")]
        for noun in nouns:
            for clause in noun.children:
                if clause.dep_ not in ("acl", "relcl", "ccomp") or clause.i < noun.i:
                    continue
                if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                    return clause
                # A relative "that" would be the clause's subject or leave a gap; a clause
                # with a subject of its own after "that" is what was said.
                first = clause.doc[clause.left_edge.i]
                subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
                if first.lower_ == "that" and subjects and all(c.lower_ not in _RELATIVE_PRONOUNS for c in subjects):
                    return clause
        return None

    def has_active_subject(self, token: Token) -> bool:
        return any(c.dep_ == "nsubj" for c in token.children)

    def has_own_subject(self, token: Token) -> bool:
        return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)

    def passive(self, cue: Token) -> bool:
        """ "It was announced that ...": reported speech with its speaker left out. A passive
        with a real subject ("the regulator had been warned") names the listener instead."""
        subjects = [c for c in cue.children if c.dep_ in ("nsubjpass", "expl")]
        return any(c.dep_ == "auxpass" for c in cue.children) and all(c.lower_ == "it" for c in subjects)

    # -- speakers -------------------------------------------------------------------------------

    def speaker_of(self, tokens: list[Token], entry: CueEntry) -> Token | None:
        cue = tokens[0]
        if cue.lower_ == "according":
            to = tokens[1] if len(tokens) > 1 else None
            objects = [c for c in (to.children if to is not None else []) if c.dep_ == "pobj"]
            return objects[0] if objects else None
        surface = self.surface_trailing(cue) if ("clause" in entry.frames or "that" in entry.frames) else None
        if surface is not None:
            return surface[0]
        found = _subject(cue, set(self.lexicon.cues))
        if found is not None and found.idx < self.dateline_end(cue):
            # "(Beirut) – Human Rights Watch said": the parser made the place the subject.
            limit = self.dateline_end(cue)
            found = next((c for c in found.children if c.dep_ == "appos" and c.idx >= limit), None)
        if found is None:
            found = self.inverted_subject(cue)
        return found

    def inverted_subject(self, cue: Token) -> Token | None:
        """ '"...?" asked one protester': after a quotation the parser may take the speaker
        for the object of the cue."""
        before = self.token_before(cue.idx)
        if before is None or not (before.is_quote or (before.is_punct and self.in_quote_end(before))):
            return None
        for child in cue.rights:
            if child.dep_ in ("dobj", "attr", "npadvmod", "oprd") and child.pos_ in ("NOUN", "PROPN") and _wordlike(child):
                return child
        return None

    def in_quote_end(self, token: Token) -> bool:
        return any(q.end in (token.idx, token.idx + len(token)) for q in self.top)

    def resolve_speaker(self, draft: _Draft) -> None:
        head = draft.speaker_head
        if head is None:
            return
        lower = head.lower_
        discourse = self.discourse
        at = self.doc[np_span(head)[0]].idx
        pronoun = lower in _PERSON_PRONOUNS or lower in _GROUP_PRONOUNS or lower in _THING_PRONOUNS
        definite = (head.pos_ == "NOUN" and discourse._is_definite(head)) or discourse.is_short_definite(head)
        if pronoun or definite:
            found = discourse.referent(head, at)
            start, end = np_span(head)
            written = self.doc[start:end]
            mention = Span(text=written.text, start=written.start_char, end=written.end_char)
            if found is not None:
                entity, naming = found
                draft.speaker = discourse.entity_actor(entity, naming)
                draft.speaker_mention = mention
                discourse.promote(entity, naming)
                return
            if pronoun:
                # Someone speaks, but the text does not say who: keep the words as the speaker.
                kind = "person" if lower in _PERSON_PRONOUNS else ("group" if lower in _GROUP_PRONOUNS else "organization")
                draft.speaker = Actor(text=mention.text, start=mention.start, end=mention.end, code="", kind=kind)
                return
        if lower in _SELF_PRONOUNS:
            draft.speaker = Actor(text=head.text, start=head.idx, end=head.idx + len(head), code="", kind="person")
            return
        w_start, w_end = self.speaker_tokens(head, draft.cue_token)
        written = self.doc[w_start:w_end]
        age = _AGE_DESCRIPTION.match(written.text)
        if age is not None:
            # "The 58-year-old added": the person of that age named before ("Kofi Boateng, 58,").
            mention = Span(text=written.text, start=written.start_char, end=written.end_char)
            found = discourse.age_referent(age.group(1), written.start_char)
            if found is not None:
                entity, naming = found
                draft.speaker = discourse.entity_actor(entity, naming)
                draft.speaker_mention = mention
                discourse.promote(entity, naming)
            else:
                draft.speaker = Actor(text=mention.text, start=mention.start, end=mention.end, code="", kind="person")
            return
        named = naming_head(head, self.person_nouns)
        start, end = self.speaker_tokens(head, draft.cue_token) if named.i == head.i else np_span(named)
        actor = discourse.actor_for(named, None)
        if actor.kind == "person" and (not actor.name or actor.name == actor.text):
            actor.name = _person_name(self.doc[start:end], named) or actor.name
        # The record points at the words that name the speaker, whatever extent the
        # resolver gave its phrase (it may take in an appositive).
        written = self.doc[start:end]
        actor.text, actor.start, actor.end = written.text, written.start_char, written.end_char
        draft.speaker = actor
        entity = discourse.add_mention(named, actor.kind, salience=3)
        if entity is not None and entity.actor is None and actor.code:
            entity.actor = actor
        if named.i != head.i:
            m_start, m_end = self.speaker_tokens(head, draft.cue_token)
            written = self.doc[m_start:m_end]
            draft.speaker_mention = Span(text=written.text, start=written.start_char, end=written.end_char)

    def speaker_tokens(self, head: Token, cue: Token | None) -> tuple[int, int]:
        """The speaker as written, joined with a second subject the parser split off."""
        start, end = np_span(head)
        if cue is None:
            return start, end
        if start > 0 and self.doc[start - 1].dep_ == "det" and self.doc[start - 1].head.i == cue.i:
            start -= 1  # "The 58-year-old added": the parser hung the article on the verb
        for other in cue.children:
            if other.dep_ != "nsubj" or other.i == head.i:
                continue
            o_start, o_end = other.left_edge.i, other.right_edge.i + 1
            if o_end == start and not any(t.is_punct for t in self.doc[o_start:o_end]):
                start = o_start
        return start, end

    # -- colon and dash attributions, continued quotations -------------------------------------

    def bare_attributions(self, used: set[int]) -> list[_Draft]:
        drafts = []
        for quote in self.top:
            if id(quote) in used:
                continue
            draft = self.colon_attribution(quote) or self.dash_attribution(quote)
            if draft is not None:
                drafts.append(draft)
        return drafts

    def colon_attribution(self, quote: Quotation) -> _Draft | None:
        colon = self.token_before(quote.start)
        if colon is None or colon.text != ":":
            return None
        sentence = self.sent_of.get(colon.i)
        if sentence is None:
            return None
        start = self.sents[sentence].start
        words = self.doc[start : colon.i]
        return self.bare_draft(colon, ":", sentence, words, quote)

    def dash_attribution(self, quote: Quotation) -> _Draft | None:
        dash = self.token_at(quote.end)
        if dash is not None and dash.is_punct and dash.text in (".", ",") and dash.i + 1 < len(self.doc):
            dash = self.token_at(dash.idx + len(dash))
        if dash is None or dash.text not in _DASHES:
            return None
        sentence = self.sent_of.get(dash.i)
        if sentence is None:
            return None
        end = self.sents[sentence].end
        words = self.doc[dash.i + 1 : end]
        return self.bare_draft(dash, "—", sentence, words, quote)

    def bare_draft(self, mark: Token, lemma: str, sentence: int, words, quote: Quotation) -> _Draft | None:
        """A direct statement whose cue is a punctuation mark and whose speaker is the bare
        noun phrase `words` beside it ('The ministry: "..."', '"..." — a spokesman')."""
        head = _bare_np_head(words)
        if head is None:
            return None
        return _Draft(
            cue_start=mark.idx,
            cue_end=mark.idx + len(mark),
            lemma=lemma,
            sentence=sentence,
            content=[_trim(self.text, quote.inner_start, quote.inner_end)],
            type="direct",
            speaker_head=head,
            quotes=[quote],
        )

    def continue_quotes(self, drafts: list[_Draft]) -> None:
        """A quotation that opens the next sentence after a direct statement, with no
        attribution of its own, goes on with the same speaker's words."""
        used = {id(q) for d in drafts for q in d.quotes}
        for quote in self.top:
            if id(quote) in used:
                continue
            first = self.token_at(quote.start)
            if first is None or first.i not in self.sent_of:
                continue
            sentence = self.sent_of[first.i]
            opening = self.sents[sentence]
            if any(not (t.is_space or t.is_quote) for t in self.doc[opening.start : first.i]) and not self.after_full_stop(first):
                continue
            quoting = [d for d in drafts if d.end <= quote.start and d.type in ("direct", "mixed")]
            if not quoting:
                continue
            last = max(quoting, key=lambda d: d.end)
            # A quotation left off at the end of a direct or mixed statement goes on here.
            ends_quoted = last.quotes or any(q.inner_start < end <= q.end for _, end in last.content for q in self.top)
            if not ends_quoted:
                continue
            last_sentence = max(
                (self.sent_of.get(t.i, -1) for t in (self.token_before(last.end), self.token_at(last.cue_start)) if t is not None),
                default=-1,
            )
            # The next sentence; or the same one when the parser ran the two together
            # ('... told AFP in Kassala. «More words.»'), the quote starting after the cue.
            if sentence - last_sentence not in (0, 1) or (sentence == last_sentence and quote.start < last.cue_end):
                continue
            # Another speaker in between ends the run; an aside inside the attribution's own
            # sentence ('said X, who said he was hit') does not.
            between = [d for d in drafts if last.end < d.cue_start < quote.start]
            if any(d.sentence != last.sentence for d in between):
                continue
            last.quotes.append(quote)
            last.content.append(_trim(self.text, quote.inner_start, quote.inner_end))
            used.add(id(quote))

    def after_full_stop(self, token: Token) -> bool:
        """The token opens a sentence the parser did not split off: a full stop before it."""
        before = token.i - 1
        while before >= 0 and (self.doc[before].is_space or self.doc[before].is_quote and self.doc[before].i == token.i - 1):
            before -= 1
        return before >= 0 and self.doc[before].text in (".", "!", "?")

    def drop_overlapping(self, drafts: list[_Draft]) -> list[_Draft]:
        """One statement per quotation: a quote claimed twice stays with the direct statement."""
        kept: list[_Draft] = []
        claimed: set[int] = set()
        for draft in sorted(drafts, key=lambda d: (d.type != "direct", d.cue_start)):
            ids = {id(q) for q in draft.quotes}
            if ids & claimed:
                continue
            claimed |= ids
            kept.append(draft)
        return kept

    def drop_nested(self, drafts: list[_Draft]) -> list[_Draft]:
        """Reporting inside reported content is part of that content, not a statement of the
        article: in "the ministry said its inspectors had warned of a leak" the ministry says
        it. Two kinds stay statements of their own: a nested speaker named by a proper name
        ("prosecutors said Lee told investigators ..."), and an aside in a relative clause
        with its own speaker ("the scheme, which critics say would fuel inflation")."""
        outer = [(d, s, e) for d in drafts if d.type != "direct" for s, e in d.content]
        kept = []
        for draft in drafts:
            cue = draft.cue_token
            nested = cue is not None and any(
                other is not draft
                and s <= draft.cue_start < e
                and all(s <= c_start and c_end <= e for c_start, c_end in draft.content)
                for other, s, e in outer
            )
            if nested and not self.own_speaker(draft):
                continue
            kept.append(draft)
        return kept

    def own_speaker(self, draft: _Draft) -> bool:
        """Does a nested statement have a speaker of its own (see drop_nested)?"""
        head = draft.speaker_head
        cue = draft.cue_token
        if head is None or cue is None:
            return False
        if head.lower_ in _RELATIVE_PRONOUNS:
            return False
        if cue.dep_ == "relcl" and head.head.i == cue.i and head.pos_ != "PRON":
            return True  # "which critics say ...", not "which they say ..." (the same speaker)
        return head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")

    def merge_continuations(self, drafts: list[_Draft]) -> list[_Draft]:
        """ "X said A, adding that B" and "X said A and warned that B" are one statement by
        X: the continuation's content joins the statement of the cue it hangs from."""
        by_cue = {d.cue_token.i: d for d in drafts if d.cue_token is not None}
        merged: set[int] = set()
        for draft in sorted(drafts, key=lambda d: d.cue_start):
            cue = draft.cue_token
            if cue is None or cue.dep_ not in ("advcl", "conj") or self.has_own_subject(cue):
                continue
            if cue.dep_ == "advcl" and cue.tag_ != "VBG":
                continue
            head = next((a for a in cue.ancestors if a.i in by_cue and id(by_cue[a.i]) not in merged), None)
            if head is None:
                continue
            target = by_cue[head.i]
            target.content.extend(draft.content)
            target.quotes.extend(draft.quotes)
            target.extra_cues.append((draft.cue_start, draft.cue_end, draft.entry))
            target.type = draft.type if target.type == draft.type else "mixed"
            merged.add(id(draft))
        return [d for d in drafts if id(d) not in merged]

    # -- output ---------------------------------------------------------------------------------

    def to_statement(self, ident: str, draft: _Draft) -> Statement:
        start = min(s for s, _ in draft.content)
        end = max(e for _, e in draft.content)
        cue_text = self.text[draft.cue_start : draft.cue_end]
        cues = [(draft.cue_start, draft.cue_end, draft.entry)] + draft.extra_cues
        ranges = list(draft.content) + [(c_start, c_end) for c_start, c_end, _ in cues]
        hedges = find_hedges(self.text, ranges, self.lexicon)
        for c_start, c_end, entry in cues:
            if entry is not None and entry.distancing and not any(h.start == c_start for h in hedges):
                hedges.append(Span(text=self.text[c_start:c_end], start=c_start, end=c_end))
        hedges.sort(key=lambda h: h.start)
        return Statement(
            id=ident,
            sentence=draft.sentence,
            speaker=draft.speaker,
            cue=Cue(text=cue_text, start=draft.cue_start, end=draft.cue_end, lemma=draft.lemma),
            content=Span(text=self.text[start:end], start=start, end=end),
            type=draft.type,  # type: ignore[arg-type]
            hedges=hedges,
            speaker_mention=draft.speaker_mention,
        )


def _subject(cue: Token, cue_lemmas: set[str], depth: int = 0) -> Token | None:
    """The speaker of a cue: its subject, the agent of a passive, or the subject it shares
    with the verb it hangs from ("said ... and added", "..., adding that")."""
    if depth > 4:
        return None
    # A quotation mark the tagger took for a noun ("«...» said the engineer") is no speaker.
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and _wordlike(c)]
    if not subjects:
        # "the Committee to Protect Journalists says": a name with a verb in it, parsed as a clause.
        for clause in (c for c in cue.children if c.dep_ == "csubj"):
            subjects = [c for c in clause.children if c.dep_ == "nsubj"] or [clause]
    if subjects:
        # The parser sometimes splits one long subject in two ("Peru's chief negotiator |
        # Deputy Minister Ana Soto said"): the part next to the cue carries the name.
        child = min(subjects, key=lambda c: abs(c.i - cue.i))
        if child.lower_ in _RELATIVE_PRONOUNS and cue.dep_ == "relcl":
            return cue.head
        return child
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.head.lemma_.lower() in ("quote", "cite"):
        # "The minister was quoted as saying ...": the subject of the passive.
        quoted = cue.head.head
        found = [c for c in quoted.children if c.dep_ in ("nsubjpass", "nsubj") and _wordlike(c)]
        return found[0] if found else None
    for child in cue.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return objects[0] if objects else None
    if any(c.dep_ in ("nsubjpass", "expl") for c in cue.children):
        return None
    if cue.i > 0 and any(c.dep_ == "det" and c.i < cue.i for c in cue.children):
        # "The 58-year-old added": a verb with an article is a subject the parser broke up.
        before = cue.doc[cue.i - 1]
        if _wordlike(before) and before.head.i == cue.i and before.pos_ in ("ADJ", "NOUN", "PROPN", "NUM"):
            return before
    if cue.dep_ in ("conj", "xcomp"):
        return _subject(cue.head, cue_lemmas, depth + 1)
    if cue.dep_ == "advcl" and cue.tag_ == "VBG":
        # Prefer a reporting verb above ("Soto said her country ..., adding that ...").
        for ancestor in cue.ancestors:
            if ancestor.lemma_.lower() in cue_lemmas:
                found = _subject(ancestor, cue_lemmas, depth + 1)
                if found is not None:
                    return found
        return _subject(_controller(cue), cue_lemmas, depth + 1)
    if cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.dep_ in ("dobj", "pobj", "nsubjpass", "attr"):
        # "The ministry issued a statement saying that ...", "A judge blocked a law on
        # abortion pills, finding ...": the participle's doer is the clause's subject.
        verb = _controller(cue)
        return _subject(verb, cue_lemmas, depth + 1) if verb.pos_ in ("VERB", "AUX") else None
    return None


def _controller(participle: Token) -> Token:
    """The verb whose subject does what a participle says. Set off by a comma, the
    participle goes with the main clause, not with a relative clause or a noun on the way
    ("A judge blocked a law that bans X, finding ..." -> blocked)."""
    verb = participle.head
    comma = participle.i > 0 and participle.doc[participle.i - 1].text == ","
    while verb.head.i != verb.i:
        if verb.pos_ in ("VERB", "AUX") and not (comma and verb.dep_ in ("relcl", "acl")):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.dep_ not in ("relcl", "acl"):
                break
        verb = verb.head
    return verb


def _same(token: Token, other: Token | None) -> bool:
    # spaCy makes a new Token object on each access: compare positions, not identities.
    return other is not None and token.i == other.i


def _wordlike(token: Token) -> bool:
    return not token.is_punct and not token.is_quote and any(ch.isalnum() for ch in token.text)


def _introduced_by_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or (
        clause.doc[clause.left_edge.i].lower_ == "that"
    )


def _has_to(verb: Token) -> bool:
    """Is the verb a to-infinitive ("to leave")?"""
    return any(c.lower_ == "to" for c in verb.children)


def _infinitive_after_relative(noun: Token) -> Token | None:
    """The to-infinitive a parser hung inside a relative clause on `noun`, at its end."""
    for relcl in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
        for verb in relcl.subtree:
            if verb.dep_ in ("advcl", "xcomp") and verb.i != relcl.i and _has_to(verb) and verb.right_edge.i == noun.right_edge.i:
                return verb
    return None


def _person_name(span: SpacySpan, head: Token) -> str | None:
    """The name inside a speaker phrase ("Peru's chief negotiator ... Ana Soto" -> "Ana Soto")."""
    for ent in span.ents:
        if ent.label_ == "PERSON" and ent.start <= head.i < ent.end:
            return ent.text
    if head.pos_ != "PROPN":
        return None
    start = head.i
    while start > span.start and head.doc[start - 1].pos_ == "PROPN" and head.doc[start - 1].dep_ == "compound":
        start -= 1
    return head.doc[start : head.i + 1].text


def _bare_np_head(words: SpacySpan) -> Token | None:
    """The head of a verbless noun phrase that fills its whole span, or None."""
    tokens = [t for t in words if not t.is_space]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    if not tokens or len(tokens) > MAX_BARE_ATTRIBUTION:
        return None
    # A participle used as an adjective ("retired cook", "displaced mother of three") is
    # still part of a noun phrase, whatever part of speech the tagger gave it.
    if any(t.pos_ not in _NP_POS and not (t.tag_ in ("VBN", "VBG") and t.dep_ in ("amod", "compound")) for t in tokens):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN") for t in tokens):
        return None
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    heads = [t for t in heads if t.pos_ in ("NOUN", "PROPN")] or [t for t in tokens if t.pos_ in ("NOUN", "PROPN")]
    return heads[0]


def _strip_punct(tokens: list[Token]) -> list[Token]:
    """Drop punctuation at the edges, and a conjunction left at the end ("three people died
    and | the mayor said ..."); a quote mark stays only with its partner inside."""
    tokens = sorted(tokens, key=lambda t: t.i)
    changed = True
    while tokens and changed:
        changed = False
        unpaired = sum(t.is_quote for t in tokens) % 2 == 1
        for k in (0, -1):
            if tokens and (tokens[k].is_punct or tokens[k].is_space) and (not tokens[k].is_quote or unpaired):
                tokens.pop(k)
                changed = True
                break
        if tokens and len(tokens) > 1 and tokens[-1].dep_ == "cc" and tokens[-1].pos_ == "CCONJ":
            tokens.pop()
            changed = True
    return tokens


def _token_range_chars(tokens: list[Token]) -> tuple[int, int]:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces and the commas, colons and dashes that only join content to its attribution."""
    while start < end and (text[start].isspace() or text[start] in ",;:—–"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return start, end
