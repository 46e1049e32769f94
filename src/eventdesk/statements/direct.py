"""Direct speech: quotations joined to the cue of an attribution clause right after or right
before them ('"...," she said', 'He said: "..."'), to a bare noun phrase beside a colon or a
dash ('The ministry: "..."', '"..." — a spokesman'). Quotations that go on in the next
sentence with no attribution of their own: statements.continuation.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from eventdesk.statements.context import ArticleContext, Draft, same, token_range_chars, trim
from eventdesk.statements.cues import cue_of
from eventdesk.statements.lexicon import CueEntry, words_with_role
from eventdesk.statements.quotes import Quotation
from eventdesk.statements.speakers import MAX_BARE_ATTRIBUTION, inverted_subject, speaker_after_quotation, speaker_of
from eventdesk.nlp import children_of

# Dependents of a cue that belong to its attribution clause, not to what is reported.
_CLAUSE_DEPS = {"nsubj", "nsubjpass", "agent", "aux", "auxpass", "neg", "advmod", "npadvmod", "prt", "dative"}
_DASHES = {"—", "–", "-", "--", "―"}
# Parts of speech a bare attribution noun phrase ("The ministry: ...") may be made of.
_NP_POS = {"NOUN", "PROPN", "DET", "ADJ", "ADP", "PUNCT", "CCONJ", "NUM", "PART", "PRON", "SPACE"}


def direct_speech(ctx: ArticleContext, cues: list[tuple[list[Token], CueEntry]]) -> list[Draft]:
    """Quotations joined to an attribution clause right after or right before them."""
    by_cue: dict[int, Draft] = {}
    attached: set[int] = set()
    # A cue of a clause whose clause is a quotation ('"...," she concluded') quotes it.
    quoting = [
        (t, e, clause_tokens(ctx, t, e))
        for t, e in cues
        if "quote" in e.frames or t[0].lower_ == "according" or "clause" in e.frames and clause_is_quotation(ctx, t[0])
    ]
    quoting = [(t, e, c) for t, e, c in quoting if not outside_content(ctx, t, e) or quoted_clause(ctx, t[0])]
    # First the attributions that follow their quotation ('"...," he said'), then those before.
    # A clause that follows a quotation starts at most two tokens after it (see follows).
    starting: dict[int, list[int]] = {}
    for k, (_, _, clause) in enumerate(quoting):
        starting.setdefault(min(clause), []).append(k)
    for quote in ctx.top:
        after = ctx.token_at(quote.end)
        if after is None:
            continue
        near = sorted(k for first in range(after.i, after.i + 3) for k in starting.get(first, ()))
        if near and _quoted_by_cue_before(ctx, quote, quoting) and _split_after(ctx, quote, [quoting[k] for k in near]):
            continue  # 'shouted, "Cruz," Beck joked, "Amen!"': the shout, not Beck's words
        for tokens, entry, clause in (quoting[k] for k in near):
            if follows(ctx, quote, after, tokens, clause):
                attach(ctx, by_cue, tokens, entry, quote)
                attached.add(id(quote))
                lead = lead_in(ctx, quote)
                draft = by_cue[tokens[0].i]
                if lead is not None and len(draft.quotes) == 1:
                    # 'Zipcab "will refund every rider," a spokeswoman said': the writer's
                    # words run into the quotation: mixed, from the sentence's first word.
                    draft.content[-1] = (lead, quote.end)
                    draft.type = "mixed"
                rest = split_rest(ctx, quote, tokens[0], clause, attached)
                if rest is not None:
                    attach(ctx, by_cue, tokens, entry, rest)
                    attached.add(id(rest))
                    draft.split = (quote.end, rest.start)
                break
    for quote in ctx.top:
        if id(quote) in attached:
            continue
        before = ctx.token_before(quote.start)
        if before is None:
            continue
        for tokens, entry, clause in reversed(quoting):
            if _quoted_before(by_cue.get(tokens[0].i), tokens[0]) and _named_after(ctx, quote, tokens[0]):
                continue  # '"...," Lee told "Morning Edition"': the show, not more words said
            if precedes(ctx, quote, before, tokens, clause):
                attach(ctx, by_cue, tokens, entry, quote)
                attached.add(id(quote))
                break
    return list(by_cue.values())


def _quoted_by_cue_before(ctx: ArticleContext, quote: Quotation, quoting) -> bool:
    """Does a cue in the quotation's sentence, right before it, quote it ('someone shouted,
    "..."', 'calling the plan "..."')?"""
    before = ctx.token_before(quote.start)
    if before is None or before.text not in (",", ":") and before.pos_ not in ("NOUN", "PROPN", "PRON", "VERB"):
        return False
    return any(max(clause) < quote.start and precedes(ctx, quote, before, tokens, clause) for tokens, _, clause in quoting)


def _split_after(ctx: ArticleContext, quote: Quotation, candidates) -> bool:
    """Does another quotation follow the attribution after `quote` in its sentence, as the
    second part of a split one would ('"Cruz," Beck joked, "Amen!"')?"""
    first = ctx.token_at(quote.start)
    sentence = ctx.sent_of.get(first.i) if first is not None else None
    last = max(max(clause) for _, _, clause in candidates)
    for other in ctx.top:
        if other.start > ctx.doc[last].idx:
            opening = ctx.token_at(other.start)
            return opening is not None and ctx.sent_of.get(opening.i) == sentence
    return False


def _quoted_before(draft: Draft | None, cue: Token) -> bool:
    """Has the cue's draft a quotation before the cue ('"...," she said')?"""
    return draft is not None and any(q.end <= cue.idx for q in draft.quotes)


def _quotes_after(ctx: ArticleContext, verb: Token) -> bool:
    """Is the verb a cue of its own whose words are the quotation after it: with its own
    subject ("though he said"), or a participle with no object ("adding of the mayor")?"""
    if cue_of(ctx, verb) is None:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return True
    return verb.tag_ == "VBG" and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children_of(verb))


def _named_after(ctx: ArticleContext, quote: Quotation, cue: Token) -> bool:
    """Is the quotation after a cue a name the attribution gives, the object of one of its
    prepositions or the one told ('told "Morning Edition"', 'said on the podcast "Open
    Line"'), rather than words said?"""
    around = ctx.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
    inner = [t for t in around or () if quote.inner_start <= t.idx < quote.inner_end and not t.is_punct]
    roots = [t for t in inner if not (quote.inner_start <= t.head.idx < quote.inner_end) or t.head.i == t.i]
    addressee = cue.lemma_.lower() in words_with_role("addressee")
    return bool(roots) and all(r.dep_ in ("pobj", "dative") or r.dep_ == "dobj" and addressee for r in roots)


def split_rest(ctx: ArticleContext, quote: Quotation, cue: Token, clause: set[int], attached: set[int]) -> Quotation | None:
    """The second part of a quotation split by its attribution ('"Many are unsure," she
    wrote in a letter explaining her vote, "but most agree."'): a quotation in the cue's
    sentence after the clause, when the first part ends with a comma and nothing stands
    between the two but the clause and phrases of its cue, the last a comma, colon or dash."""
    if not ctx.text[quote.inner_start : quote.inner_end].rstrip().endswith((",", "—", "–", "-")):
        return None
    sentence = ctx.sent_of.get(cue.i)
    last = max(clause)
    for rest in ctx.top:
        if rest.start <= ctx.doc[last].idx or id(rest) in attached:
            continue
        first = ctx.token_at(rest.start)
        if first is None or ctx.sent_of.get(first.i) != sentence:
            return None
        between = [t for t in ctx.doc[last + 1 : first.i] if not t.is_space]
        if not between or between[-1].text not in (",", ":") and between[-1].text not in _DASHES:
            return None
        if any(ctx.in_quote(t) or t.is_quote for t in between):
            return None
        words = [t for t in between if not t.is_punct]
        if words and words[-1].tag_ == "VBG" and words[-1].i not in clause and cue_of(ctx, words[-1]) is not None:
            return None  # '"...," she said, adding, "..."': the participle's own quotation
        if any(t.i not in clause and t.pos_ in ("VERB", "AUX") and _quotes_after(ctx, t) for t in words):
            return None  # '..., adding of the mayor, "..."', '..., though he said, "..."': another cue's
        if all(t.is_punct or t.i in clause or any(a.i == cue.i for a in t.ancestors) for t in between):
            return rest
        return None
    return None


def clause_tokens(ctx: ArticleContext, tokens: list[Token], entry: CueEntry) -> set[int]:
    """Token indices of the attribution clause: cue, speaker, auxiliaries, adverbials."""
    cue = tokens[0]
    if cue.lower_ == "according":
        return {t.i for t in cue.subtree}
    frame_preps = {f for f in entry.frames if f in ("of", "on", "about", "as")}
    clause = {t.i for t in tokens}
    for child in children_of(cue):
        if child.i in clause or ctx.in_quote(child) or child.is_quote:
            continue
        dep = child.dep_
        take = dep in _CLAUSE_DEPS
        if dep == "prep" and child.lower_ not in frame_preps:
            take = not any(ctx.in_quote(t) or t.is_quote for t in child.subtree)
        if dep in ("dobj", "iobj") and cue.lemma_.lower() in words_with_role("addressee"):
            take = True
        if dep in ("dobj", "attr", "npadvmod", "oprd") and same(child, inverted_subject(ctx, cue)):
            take = True
        if take:
            clause.update(_without_quoted_clause(ctx, child))
    after = speaker_after_quotation(ctx, cue)
    if after is not None:
        clause.update(range(after[1], cue.i))
    return clause


def _without_quoted_clause(ctx: ArticleContext, child: Token) -> list[int]:
    """A word of the attribution with its subtree, less a quoted clause the parser hung on
    it ('"We were foolish," Ortiz told AFP' with "were" under "Ortiz") and the marks before it."""
    quoted = {t.i for g in children_of(child) if g.dep_ in ("ccomp", "parataxis") and ctx.in_quote(g) for t in g.subtree}
    kept = [t for t in child.subtree if t.i not in quoted]
    while kept and kept[0].i < child.i and (kept[0].is_punct or kept[0].is_quote or ctx.in_quote(kept[0])):
        kept.pop(0)
    return [t.i for t in kept]


def outside_content(ctx: ArticleContext, tokens: list[Token], entry: CueEntry) -> bool:
    """Does the cue report something outside quotation marks (a clause or an object)?"""
    cue = tokens[0]
    if cue.lower_ == "according":
        return False
    for child in children_of(cue):
        if child.i in {t.i for t in tokens}:
            continue
        if child.dep_ in ("ccomp", "xcomp", "oprd") and not ctx.in_quote(child) and not child.is_punct:
            return True
        if child.dep_ == "dobj" and cue.lemma_.lower() not in words_with_role("addressee") and not ctx.in_quote(child):
            if not same(child, inverted_subject(ctx, cue)):
                return True
    return False


def quoted_clause(ctx: ArticleContext, cue: Token) -> bool:
    return any(c.dep_ == "ccomp" and ctx.in_quote(c) for c in children_of(cue))


def clause_is_quotation(ctx: ArticleContext, cue: Token) -> bool:
    """Is the cue's reported clause all inside quotation marks (not "Reveals 'Demoralizing'
    Experience", where only a word is quoted)?"""
    for child in children_of(cue):
        if child.dep_ == "ccomp" and ctx.in_quote(child):
            words = [t for t in child.subtree if not t.is_punct and not t.is_space]
            return all(ctx.in_quote(t) for t in words)
    return False


def lead_in(ctx: ArticleContext, quote: Quotation) -> int | None:
    """Where the writer's words that run straight into a quotation start ('Zipcab "will
    ..."', 'Based on what she saw, "I cannot trust her," ...'), or None when the quotation
    opens its sentence or follows a colon, or only a word like "But" or "Instead" stands
    before it. Quoted phrases of the writer's sentence may be among those words ('The
    "opt out" movement is about "...'); a quotation of its own may not."""
    first = ctx.token_at(quote.start)
    if first is None or first.i not in ctx.sent_of:
        return None
    sent = ctx.sents[ctx.sent_of[first.i]]
    start = ctx.dateline_end(first)
    words = [t for t in ctx.doc[sent.start : first.i] if t.idx >= start and not t.is_space]
    if not words or not ctx.text[words[-1].idx + len(words[-1]) : quote.start].isspace() and (
        words[-1].idx + len(words[-1]) != quote.start
    ):
        return None
    if words[-1].is_punct and words[-1].text != ",":
        return None
    if any((t.is_quote or ctx.in_quote(t)) and not in_quoted_phrase(ctx, t, words[0].idx, quote.start) for t in words):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON", "VERB", "NUM") for t in words) and not _opens_phrase(ctx, words, quote):
        return None  # "But "...," she said", "Instead, "...," she said"
    if any(cue_of(ctx, t) is not None and not _free_relative(t) for t in words):
        return None
    return words[0].idx


def _opens_phrase(ctx: ArticleContext, words: list[Token], quote: Quotation) -> bool:
    """A lone determiner whose phrase the quotation goes on with, in lower case ('The
    "animosity is like nothing I have seen," he said'; 'That "is what saved us"')."""
    first = ctx.token_at(quote.inner_start)
    return len(words) == 1 and words[0].pos_ in ("DET", "PRON") and first is not None and first.text[:1].islower()


def _free_relative(token: Token) -> bool:
    """A verb whose object is "what" ("based on what she saw") is a thing seen, not an
    attribution."""
    return any(c.tag_ in ("WP", "WDT") and c.dep_ in ("dobj", "nsubj") for c in children_of(token))


def in_quoted_phrase(ctx: ArticleContext, token: Token, start: int, end: int) -> bool:
    """Is the token (or mark) part of a quoted phrase of the writer's sentence between start
    and end ('The "opt out" movement is about "...'), not of a quotation of its own?"""
    for q in ctx.top:
        if q.start <= token.idx < q.end or q.start == token.idx:
            text = ctx.text[q.inner_start : q.inner_end]
            return start <= q.start and q.end <= end and q.closed and not any(c in text for c in ".!?")
    return False


def follows(ctx: ArticleContext, quote: Quotation, after: Token, tokens: list[Token], clause: set[int]) -> bool:
    cue = tokens[0]
    first = min(clause)
    if first < after.i or ctx.sent_of.get(cue.i) != ctx.sent_of.get(after.i, -2):
        # The clause may also start in the sentence after a quote that ends with its period.
        if first < after.i:
            return False
    gap = ctx.doc[after.i : first]
    if any(not (t.is_punct and not t.is_quote) and not t.is_space for t in gap):
        return False
    if len(gap) > 2 or any(t.text in (".", "?", "!") for t in gap):
        return False
    if any(ch in "\n\r\u2028\u2029" for ch in ctx.text[quote.end : ctx.doc[first].idx]):
        return False  # the attribution of a quotation stands in its paragraph
    if first_of_next_sentence(ctx, quote, first) and goes_on(ctx, cue, clause):
        return False  # '"...." In a statement, X said: "..."': the next sentence's own
    if introduces_next(ctx, clause):
        return False  # '"... down the line," he warned: "..."': the quotation after the colon is its own
    # Nothing but the clause between its first token and the cue.
    return all(i in clause or ctx.doc[i].is_punct for i in range(first, cue.i))


def introduces_next(ctx: ArticleContext, clause: set[int]) -> bool:
    """Does the attribution clause end in a colon before a quotation? It then introduces
    that quotation, not the one before it."""
    last = max(clause)
    after = [t for t in ctx.doc[last + 1 : last + 3] if not t.is_space]
    return len(after) == 2 and after[0].text == ":" and after[1].is_quote


def first_of_next_sentence(ctx: ArticleContext, quote: Quotation, first: int) -> bool:
    """Does the clause starting at token `first` open a sentence after a quotation that
    ended its own ('"We are ready." The minister said ...')?"""
    inner = ctx.text[quote.inner_start : quote.inner_end].rstrip(" ,")
    return inner[-1:] in (".", "?", "!") and ctx.doc[first].text[:1].isupper()


def goes_on(ctx: ArticleContext, cue: Token, clause: set[int]) -> bool:
    """Does the cue's sentence go on after its attribution clause with what the cue says
    (a colon, a quotation, a clause or an object of its own)?"""
    sentence = ctx.sent_of.get(cue.i)
    if sentence is None:
        return False
    rest = ctx.doc[max(clause) + 1 : ctx.sents[sentence].end]
    if any(t.is_quote or t.text == ":" or ctx.in_quote(t) for t in rest):
        return True
    return any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > max(clause) for c in children_of(cue))


def precedes(ctx: ArticleContext, quote: Quotation, before: Token, tokens: list[Token], clause: set[int]) -> bool:
    last = max(clause)
    if last > before.i:
        return False
    gap = ctx.doc[last + 1 : before.i + 1]
    if any(not t.is_punct and not t.is_space for t in gap):
        return False
    if any(t.text in (".", "?", "!") or t.is_quote for t in gap):
        return False
    if before.lower_ == "that":
        return False
    if not any(t.text in (":", ",") or t.text in _DASHES for t in gap) and modifier_quote(ctx, quote, tokens[0], last):
        return False
    same = ctx.sent_of.get(tokens[0].i) == ctx.sent_of.get(ctx.token_at(quote.start).i if ctx.token_at(quote.start) else -1)
    # A colon may end a line and the quotation open the next paragraph.
    return same or any(t.text == ":" for t in gap)


def modifier_quote(ctx: ArticleContext, quote: Quotation, cue: Token, last: int) -> bool:
    """ "will reply to the petition 'in due course'": a quoted phrase run on, with no
    comma or colon, from a prepositional phrase of the cue is an adverbial the writer
    quotes, not what the cue says."""
    prep = ctx.doc[last]
    while prep.i != cue.i and prep.head.i != cue.i:
        prep = prep.head
    if prep.dep_ != "prep" or prep.head.i != cue.i:
        return False
    around = ctx.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
    inner = [t for t in around or () if quote.inner_start <= t.idx < quote.inner_end]
    roots = [t for t in inner if not (quote.inner_start <= t.head.idx < quote.inner_end) or t.head.i == t.i]
    return bool(roots) and all(r.dep_ not in ("ccomp", "dobj", "xcomp", "parataxis", "ROOT") for r in roots)


def attach(ctx: ArticleContext, by_cue: dict[int, Draft], tokens: list[Token], entry: CueEntry, quote: Quotation) -> None:
    cue = tokens[0]
    draft = by_cue.get(cue.i)
    if draft is None:
        start, end = token_range_chars(tokens)
        draft = Draft(
            cue_start=start,
            cue_end=end,
            lemma=entry.lemma,
            sentence=ctx.sent_of.get(cue.i, 0),
            content=[],
            type="direct",
            speaker_head=speaker_of(ctx, tokens, entry),
            entry=entry,
            cue_token=cue,
        )
        by_cue[cue.i] = draft
    draft.quotes.append(quote)
    draft.content.append(trim(ctx.text, quote.inner_start, quote.inner_end))


def bare_attributions(ctx: ArticleContext, used: set[int]) -> list[Draft]:
    drafts = []
    for quote in ctx.top:
        if id(quote) in used:
            continue
        draft = colon_attribution(ctx, quote) or dash_attribution(ctx, quote)
        if draft is not None:
            drafts.append(draft)
    return drafts


def opens_line(ctx: ArticleContext, token: Token) -> bool:
    """Whether `token` opens its line, a dateline before it left out ("EXCLUSIVE – Roger
    Stone: ...": the dateline is a sentence of its own)."""
    end = token.idx
    for start, stop, reason in ctx.boilerplate:
        if reason == "dateline" and stop <= end and not ctx.text[stop:end].strip(" \t-—–:,"):
            end = start
    before = ctx.text[:end].rstrip(" \t")
    return not before or before.endswith("\n")


def colon_attribution(ctx: ArticleContext, quote: Quotation) -> Draft | None:
    colon = ctx.token_before(quote.start)
    if colon is None or colon.text != ":":
        return None
    sentence = ctx.sent_of.get(colon.i)
    if sentence is None:
        return None
    start = ctx.sents[sentence].start
    # "PARTIES DIVIDED ON TRADE - Ana Ruiz: "..."": a roundup's label before a dash is no
    # part of the speaker, who must then be named.
    dash = next((t.i for t in reversed(ctx.doc[start : colon.i]) if t.text in _DASHES), None)
    if dash is not None:
        draft = bare_draft(ctx, colon, ":", sentence, ctx.doc[dash + 1 : colon.i], quote)
        if draft is not None and draft.speaker_head.pos_ == "PROPN":
            return draft
    return bare_draft(ctx, colon, ":", sentence, ctx.doc[start : colon.i], quote) or lead_in_colon(ctx, colon, sentence, quote)


def lead_in_colon(ctx: ArticleContext, colon: Token, sentence: int, quote: Quotation) -> Draft | None:
    """ "Clinton released the following statement:" ¶ "...": a sentence that ends with a
    colon before a quotation introduces it; its verb (to the colon) is the cue and the verb's
    subject the speaker ("Frank quotes an adviser:", "The Times confirmed it, reporting:")."""
    sent = ctx.sents[sentence]
    if any(not (t.is_punct or t.is_space) for t in ctx.doc[colon.i + 1 : sent.end]) and ctx.token_at(quote.start).i < sent.end:
        return None
    # The verb right before the colon ("confirmed it, reporting:"), else the main or joined
    # clause the words before it stand in, not a clause under it ("... and NBC News has
    # proof:", "reported after the FBI left the scene:").
    verb = ctx.doc[colon.i - 1] if colon.i > sent.start else sent.root
    while verb.head.i != verb.i and not (verb.i == colon.i - 1 and verb.pos_ == "VERB") and not (
        verb.pos_ == "VERB" and verb.dep_ in ("ROOT", "conj") and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb))
    ):
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i > colon.i or ctx.in_quote(verb):
        return None
    speaker = speaker_of(ctx, [verb], CueEntry((verb.lemma_.lower(),), frozenset({"quote"}), False, False))
    if speaker is None or speaker.lower_ in ("it", "here", "there", "this", "that") or speaker.i > colon.i:
        return None
    return Draft(
        cue_start=verb.idx, cue_end=colon.idx + 1, lemma=verb.lemma_.lower(), sentence=sentence,
        content=[trim(ctx.text, quote.inner_start, quote.inner_end)], type="direct", speaker_head=speaker,
        quotes=[quote], cue_token=verb,
    )


def dash_attribution(ctx: ArticleContext, quote: Quotation) -> Draft | None:
    dash = ctx.token_at(quote.end)
    if dash is not None and dash.is_punct and dash.text in (".", ",") and dash.i + 1 < len(ctx.doc):
        dash = ctx.token_at(dash.idx + len(dash))
    if dash is None or dash.text not in _DASHES:
        return None
    sentence = ctx.sent_of.get(dash.i)
    if sentence is None:
        return None
    end = ctx.sents[sentence].end
    words = ctx.doc[dash.i + 1 : end]
    return bare_draft(ctx, dash, "—", sentence, words, quote)


def bare_draft(ctx: ArticleContext, mark: Token, lemma: str, sentence: int, words, quote: Quotation) -> Draft | None:
    """A direct statement whose cue is a punctuation mark and whose speaker is the bare
    noun phrase `words` beside it ('The ministry: "..."', '"..." — a spokesman')."""
    head = bare_np_head(words)
    if head is None:
        return None
    return Draft(
        cue_start=mark.idx,
        cue_end=mark.idx + len(mark),
        lemma=lemma,
        sentence=sentence,
        content=[trim(ctx.text, quote.inner_start, quote.inner_end)],
        type="direct",
        speaker_head=head,
        quotes=[quote],
    )


def bare_np_head(words: SpacySpan) -> Token | None:
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
