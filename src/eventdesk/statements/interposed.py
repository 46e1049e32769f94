"""Attributions set into the middle of what they report: "The harbor project, the mayor
said, is running late", "Back then, she said, the council was 'slow'", "The reality is, he
added, "nobody reads the fine print."". What is said is the sentence on both sides of the
attribution, as news annotators draw it (PolNeAR: two parts, the attribution between).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.statements.boundaries import sentence_opener
from eventdesk.statements.context import ArticleContext, Draft, token_range_chars, trim
from eventdesk.statements.cues import has_own_subject
from eventdesk.statements.direct import clause_tokens
from eventdesk.statements.discourse import RELATIVE_PRONOUNS
from eventdesk.statements.lexicon import CueEntry, words_with_role
from eventdesk.statements.speakers import speaker_of


def interposed_drafts(ctx: ArticleContext, cues: list[tuple[list[Token], CueEntry]], drafts: list[Draft]) -> list[Draft]:
    """Give every interposed attribution the words on both sides of it: the cue's draft,
    when it has one, takes them as its content; else a new draft is made (returned)."""
    by_cue = {d.cue_token.i: d for d in drafts if d.cue_token is not None}
    made = []
    # Cues of direct speech: one in the second part has words of its own.
    quoting = {d.cue_token.i for d in drafts if d.cue_token is not None and d.quotes}
    for tokens, entry in cues:
        if "clause" not in entry.frames and "quote" not in entry.frames:
            continue
        found = interposed_parts(ctx, tokens, entry, quoting)
        if found is None:
            continue
        parts, speaker = found
        draft = by_cue.get(tokens[0].i)
        if draft is not None and draft.split is not None:
            continue  # '"...," he said, "..."': a split quotation, already both parts
        sentence = ctx.sents[ctx.sent_of[tokens[0].i]]
        earlier = [(s, e) for s, e in (draft.content if draft else []) if s < sentence.start_char]
        content = earlier + parts
        quotes = [q for q in ctx.top if any(s <= q.inner_start < e or q.inner_start <= s < q.inner_end for s, e in content)]
        kind = "mixed" if quotes else "indirect"
        if draft is not None:
            draft.content = content
            draft.type = kind
            continue
        cue_start, cue_end = token_range_chars(tokens)
        made.append(
            Draft(
                cue_start=cue_start, cue_end=cue_end, lemma=entry.lemma, sentence=ctx.sent_of[tokens[0].i],
                content=content, type=kind, speaker_head=speaker, entry=entry, cue_token=tokens[0],
            )
        )
    return made


def interposed_parts(ctx: ArticleContext, tokens: list[Token], entry: CueEntry, quoting: set[int]) -> tuple[list[tuple[int, int]], Token] | None:
    """The two parts of the sentence around an attribution set off by commas ("A, X said,
    B"), and the speaker; None when the cue is not set in that way. The attribution is the
    run of its clause's words (speaker, cue, auxiliaries, time and place) around the cue;
    words of the sentence must stand on both sides, the first part holding no attribution
    of a speaker of its own ("Lee said the plan, he believed, was flawed": the belief is
    part of what Lee said), the second no participle going on ("..., adding that ...")."""
    cue = tokens[0]
    if cue.i not in ctx.sent_of or cue.dep_ == "relcl" or cue.lower_ == "according":
        return None  # "according to" reads the clause it stands in (clauses.according_content)
    speaker = speaker_of(ctx, tokens, entry)
    if speaker is None or speaker.lower_ in RELATIVE_PRONOUNS:
        return None
    run = _attribution_run(ctx, tokens, entry, speaker)
    if run is None:
        return None
    first, last, clause = run
    sentence = ctx.sents[ctx.sent_of[cue.i]]
    start = ctx.dateline_end(cue)
    before = [t for t in ctx.doc[sentence.start : first - 1] if t.idx >= start]
    after = list(ctx.doc[last + 2 : sentence.end])
    # A sentence the parser ran on from the one before ('... politics.'' It was, he said, ...')
    stops = [k for k, t in enumerate(before) if t.text in (".", "?", "!") and not ctx.in_quote(t)]
    stops += [k for k, t in enumerate(before) if t.is_quote and k > 0 and before[k - 1].text in (".", "?", "!")]
    before = before[max(stops) + 1 :] if stops else before
    if any(t.i in quoting for t in after):
        return None  # "..., she said, ... and she admitted "...": words of their own
    if not any(_word(t) for t in before) or not any(_word(t) for t in after):
        return None
    if any(_speaking(ctx, t) for t in before):
        return None
    words = [t for t in before if _word(t)]
    if not words or _occasion(words[0], cue):
        return None  # "Asked about the port, she said, ...": the occasion of the saying
    if len(words) > 1 and words[-1].lower_ in RELATIVE_PRONOUNS and ctx.doc[words[-1].i - 1].text == ",":
        before = [words[-1]]  # "the stadium, which, she said, is full": the relative clause
        words = before
    adverbial = all(t.i in clause for t in words) or all(t.pos_ in ("ADV", "CCONJ", "SCONJ", "ADP", "DET", "ADJ") for t in words)
    quoted = after[0].is_quote or ctx.in_quote(after[0])
    connective = " ".join(t.lower_ for t in words) in words_with_role("connective")
    particles = connective or all(t.pos_ in ("ADV", "CCONJ") for t in words)
    if (adverbial or not any(_has_subject(ctx, t) for t in before)) and quoted and (particles or not _goes_on(after)):
        # 'Still, she added, "..."', 'On the radio Tuesday, he said, "..."': the saying's
        # own words or a phrase of time or place, then the quotation; but a phrase that a
        # quotation goes on with is said too ('The port, she said, "is safe"')
        return None
    if quoted and not _goes_on(after):
        # 'Eyebrows raised, she asked, "Who will pay?"': a quotation that opens with a
        # capital is a sentence of its own; the clause before is the writer's scene.
        return None
    if words[0].pos_ == "ADP" and any(t.lemma_.lower() in words_with_role("occasion") for t in words):
        return None  # "In a letter to the board, he wrote, ...": where it was said
    if after[0].tag_ == "VBG" or ctx.in_quote(ctx.doc[first - 1]):
        return None  # '..., she said, adding ...'; a comma inside a quotation
    end = sentence.end
    for t in after:
        if t.tag_ == "VBG" and t.dep_ in ("advcl", "conj") and not has_own_subject(t) and ctx.doc[t.i - 1].text == ",":
            end = t.i - 1  # "..., she said, the mayor is wrong, adding that ...": the participle goes on
            break
    # "And perhaps, he said, ...": the conjunction is the writer's link to the sentence before.
    opening = before[1] if len(before) > 1 and sentence_opener(ctx, before[0]) else before[0]
    one = trim(ctx.text, opening.idx, ctx.doc[first - 1].idx)
    two = trim(ctx.text, ctx.doc[last + 1].idx + 1, ctx.doc[end - 1].idx + len(ctx.doc[end - 1]))
    two = (two[0], _without_stop(ctx.text, *two))
    # A quotation opened in the second part runs on to its closing mark ('..., she said,
    # "We waited. And we learned."'), within its paragraph.
    two = (two[0], _quotation_end(ctx, *two))
    if one[0] >= one[1] or two[0] >= two[1]:
        return None
    if connective:
        return [two], speaker  # "Still, he said, the port is safe": the writer's connective
    return [one, two], speaker


def _attribution_run(ctx: ArticleContext, tokens: list[Token], entry: CueEntry, speaker: Token) -> tuple[int, int, set[int]] | None:
    """The first and last token of an attribution set off by commas inside its sentence
    (speaker, cue, auxiliaries, time and place), with its clause's tokens; None when it is
    not so set off."""
    cue = tokens[0]
    clause = clause_tokens(ctx, tokens, entry)
    if speaker.head.i == cue.i:
        clause |= {t.i for t in speaker.subtree}
    first = last = cue.i
    while first - 1 in clause and ctx.doc[first - 1].text != ",":
        first -= 1
    while last + 1 in clause and ctx.doc[last + 1].text != ",":
        last += 1
    if not first <= speaker.i <= last:
        return None
    sentence = ctx.sents[ctx.sent_of[cue.i]]
    if first - 1 <= sentence.start or last + 2 >= sentence.end:
        return None
    if ctx.doc[first - 1].text != "," or ctx.doc[last + 1].text != ",":
        return None
    if first - 2 in {t.i for t in speaker.subtree} or last + 2 in clause:
        return None  # "..., said Ana Ruiz, a senior fellow ...": the attribution goes on
    return first, last, clause


def _goes_on(after: list[Token]) -> bool:
    """Does the quotation after the attribution go on with the sentence, its first word
    in lower case ('In a flood, the report said, "the city is to blame"')?"""
    words = [t for t in after if _word(t)]
    return bool(words) and words[0].text[:1].islower()


def _occasion(first: Token, cue: Token) -> bool:
    """Is the first word a participle of the saying's occasion hanging on the cue ("Asked
    about the port, ...", "Speaking to farmers, ..."), also one the tagger reads as a past
    tense ("Asked" as VBD) when it has no subject of its own?"""
    if first.head.i != cue.i:
        return False
    return first.tag_ in ("VBN", "VBG") or first.tag_ == "VBD" and first.dep_ == "advcl" and not has_own_subject(first)


def _has_subject(ctx: ArticleContext, token: Token) -> bool:
    """A verb with a subject of its own, outside quotation marks: the part is a clause."""
    return not ctx.in_quote(token) and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


def _word(token: Token) -> bool:
    return not token.is_punct and not token.is_space and not token.is_quote


def _speaking(ctx: ArticleContext, token: Token) -> bool:
    """A verb of the first part with a speaker of its own outside quotation marks: the
    interposed clause is then inside that speaker's words."""
    if ctx.in_quote(token) or not token.pos_ == "VERB" or token.lemma_.lower() not in ctx.lexicon.cues:
        return False
    return any(c.dep_ == "nsubj" and (c.pos_ in ("PRON", "PROPN") or c.ent_type_ == "PERSON") for c in token.children)


def _quotation_end(ctx: ArticleContext, start: int, end: int) -> int:
    """The end of a part, or of the quotation opened in it that runs past it, closed within
    its paragraph."""
    for q in ctx.top:
        rest = ctx.text[end : q.inner_end]
        if start <= q.start and q.inner_start < end < q.inner_end and q.closed and "\n" not in rest and rest.strip(" .!?,"):
            return q.inner_end
    return end


def _without_stop(text: str, start: int, end: int) -> int:
    """The end of a part without the sentence's full stop (a quotation's own stays inside)."""
    return end - 1 if end - 1 > start and text[end - 1] == "." else end
