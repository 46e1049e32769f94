"""The reported clause of a cue: what it says was said, outside quotation marks.

The content follows the frames the cue's lexicon entry allows (a "that" clause, an
infinitive, an object, "of"/"on"/"about" phrases, "called X Y"), and is trimmed of what
belongs to the saying rather than to what is said: a trailing attribution, the same
speaker going on ("..., adding that ..."), a time phrase after the cue, a dateline.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.statements.boundaries import (
    after_colon, after_opening_according, relative_start, scene_before_quote, strip_punct, with_elaboration_after_colon, with_misattached_tail,
    with_rest_after_quote, without_leading_adverbial, without_leading_connective, without_trailing_aside, without_trailing_occasion,
)
from eventdesk.statements.complements import (
    adverbial_mark, beyond_semicolon, clause_after_noun, gerund_clause, gerund_subject_clause, has_to, infinitive_after_relative,
    introduced_by_that, QUESTION_MARKS, question_after_asking, verbless_clause, with_split_subject,
)
from eventdesk.statements.context import ArticleContext, Draft, token_range_chars, trim
from eventdesk.statements.cues import as_clause, cue_of, entry_for_subject, has_active_subject, has_own_subject, like_clause, passive
from eventdesk.statements.lexicon import CueEntry, words_with_role
from eventdesk.statements.naming import naming_frame, small_clause
from eventdesk.statements.objects import object_frame, relative_object
from eventdesk.statements.speakers import speaker_of, surface_trailing
from eventdesk.statements.trailing import as_attribution
from eventdesk.lang import PRONOUNS
from eventdesk.nlp import children_of

# How many cues may be weighed one inside another (speech_sense reads a nested cue's
# content, which may hold a cue of its own); real news nests one.
MAX_NESTED_CUES = 8

# Marks of a clause set against the one reported ("..., while the government says ...").
_CONTRAST_MARKS = {"while", "whereas", "although", "though"}
# Marks of a clause after the reported one that still belongs to it: a second "that" clause,
# or a condition on what was said.
_SECOND_COMPLEMENT_MARKS = {"that", "if", "unless", "provided", "providing"}


def reported_clause(ctx: ArticleContext, tokens: list[Token], entry: CueEntry, outside_only: bool = False) -> Draft | None:
    cue = tokens[0]
    if outside_only:
        clauses = [c for c in children_of(cue) if c.dep_ == "ccomp" and not ctx.in_quote(c) and not scene_before_quote(ctx, c, cue)
                   and not adverbial_mark(c) and (has_own_subject(c) or introduced_by_that(c))]
        content = subtree_without_nested(ctx, clauses[0], cue) if clauses else []
    elif cue.lower_ == "according":
        content = according_content(ctx, cue)
    else:
        content = with_misattached_tail(ctx, cue, frame_content(ctx, tokens, entry))
    if cue.lower_ != "according":
        # "according to" reports the writer's whole clause
        content = without_trailing_occasion(ctx, without_trailing_aside(ctx, without_closing_according(ctx, content)))
    content = strip_punct(without_leading_connective(ctx, content))
    if content and not outside_only and content[0].i > cue.i:
        content = strip_punct(with_elaboration_after_colon(ctx, tokens, with_rest_after_quote(ctx, tokens, content)))
    if not content:
        return None
    speaker = speaker_of(ctx, tokens, entry)
    if speaker is None and not passive(cue) and cue.lower_ != "according":
        return None
    chars = [(t.idx, t.idx + len(t)) for t in content]
    start, end = trim(ctx.text, min(s for s, _ in chars), max(e for _, e in chars))
    start = max(start, ctx.dateline_end(cue))
    if start >= end:
        return None
    if not outside_only:
        start = relative_start(ctx, cue, content, start)
    end = through_quote(ctx, start, end)
    cue_start, cue_end = token_range_chars(tokens)
    inside = [q for q in ctx.top if start <= q.start and (q.end <= end + 1 or (not q.closed and q.start < end))]
    kind = "indirect"
    holder = next((q for q in ctx.top if q.inner_start <= start and end <= q.inner_end), None)
    if holder is not None:
        start, end = trim(ctx.text, holder.inner_start, holder.inner_end)
        inside = [holder]
    if inside:
        only = len(inside) == 1 and inside[0].inner_start - start <= 1 and end - inside[0].inner_end <= 1
        kind = "direct" if only else "mixed"
    return Draft(
        cue_start=cue_start,
        cue_end=cue_end,
        lemma=entry.lemma,
        sentence=ctx.sent_of.get(cue.i, 0),
        content=[(start, end)],
        type=kind,
        speaker_head=speaker,
        entry=entry,
        cue_token=cue,
    )


def through_quote(ctx: ArticleContext, start: int, end: int) -> int:
    """Content that opens a quotation runs at least to its close ('called the deal "a
    turning point for the region"', when the parser hangs the end elsewhere)."""
    for quote in ctx.top:
        # With its closing mark, as it has its opening one.
        if start <= quote.start < end < quote.end and quote.closed:
            return quote.end
    return end


def frame_content(ctx: ArticleContext, tokens: list[Token], entry: CueEntry) -> list[Token]:
    """The tokens reported by a cue, following the frames its lexicon entry allows, tried
    in turn: a clause, an -ing clause, an infinitive, a prepositional phrase, "called X Y",
    an object; else the clause a trailing attribution hangs from."""
    own = {t.i for t in tokens}
    return [t for t in _frame_tokens(ctx, tokens, entry) if t.i not in own]


def _frame_tokens(ctx: ArticleContext, tokens: list[Token], entry: CueEntry) -> list[Token]:
    cue = tokens[0]
    entry = entry_for_subject(cue, entry)
    own = {t.i for t in tokens}
    children = [c for c in children_of(cue) if c.i not in own]
    dobj = next((c for c in children if c.dep_ == "dobj"), None)
    if dobj is None and len(tokens) > 1 and tokens[-1].dep_ == "prep":
        # "called for a recount", "referred to the mayor as ...", "lashed out at the mayor": a
        # phrasal cue's preposition takes the object the verb would.
        dobj = next((c for c in children_of(tokens[-1]) if c.dep_ in ("pobj", "pcomp")), None)
    says_clause = "clause" in entry.frames or "that" in entry.frames
    if says_clause and len(tokens) > 1 and tokens[1].pos_ == "ADJ":
        # "made it clear that ...": the parser may hang the clause on the adjective.
        clause = next((c for c in children_of(tokens[1]) if c.dep_ in ("ccomp", "advcl", "csubj") and c.i > tokens[1].i and introduced_by_that(c)), None)
        if clause is not None:
            return subtree_without_nested(ctx, clause, cue)
    if says_clause:
        found = _clause_frame(ctx, cue, entry, children, dobj)
        if found is not None:
            return found
    if "ing" in entry.frames:
        gerund = gerund_clause(children)
        if gerund is not None:
            return subtree_without_nested(ctx, gerund, cue)
    if "to" in entry.frames:
        found, dobj = _infinitive_frame(ctx, tokens, children, dobj)
        if found is not None:
            return found
    if "np" in entry.frames and dobj is None:
        found = object_clause(ctx, cue, children)
        if found is not None:
            return found
    found = _preposition_frames(ctx, tokens, entry, dobj)
    if found is not None:
        return found
    if any(c.dep_ == "dative" for c in children) and cue.lemma_.lower() in words_with_role("display"):
        return []  # "showed the visitors a map": a thing displayed to someone
    if "oprd" in entry.frames:
        found = naming_frame(ctx, cue, children, dobj) if dobj is not None else small_clause(ctx, cue, children)
        if found is not None:
            return found
    if "np" in entry.frames and dobj is not None and (dobj.pos_ != "PRON" or relative_object(cue, dobj)) and dobj.i not in own:
        return object_frame(ctx, cue, entry, children, dobj)
    if says_clause:
        return _trailing_frame(ctx, cue)
    return []


def _clause_frame(
    ctx: ArticleContext, cue: Token, entry: CueEntry, children: list[Token], dobj: Token | None
) -> list[Token] | None:
    """A reported clause ("said the talks had failed", "said in a statement that ...")."""
    # A second cue hanging on this one is no clause of it ("The driver told officers
    # he had been drinking, police said": "said" is the attribution of the whole).
    # A verbless "small clause" is no report: "found the hikers alive", "found him guilty".
    clauses = [
        c for c in children
        if c.dep_ == "ccomp"
        and not trailing_attribution(ctx, c)
        and (c.pos_ in ("VERB", "AUX") or ctx.in_quote(c) or c.i < cue.i or verbless_clause(c))
        and not beyond_semicolon(c, cue, ctx.in_quote)
    ]
    if "clause" not in entry.frames:
        # "held that ...", not "held talks": the sense is speech only with "that".
        clauses = [c for c in clauses if introduced_by_that(c)]
    # A clause outside quotation marks first: one inside is direct speech.
    clause = next((c for c in clauses if not ctx.in_quote(c)), clauses[0] if clauses else None)
    if clause is None and "clause" in entry.frames and dobj is None:
        clause = like_clause(cue, children)
    if clause is None:
        clause = clause_after_noun(cue) or question_after_asking(ctx, cue)
    if clause is None and "clause" in entry.frames:
        clause = gerund_subject_clause(children, cue)
    if clause is None and "clause" in entry.frames:
        # "half said so", "the returns suggest otherwise": a word standing for the clause.
        # Written small: "Voters Will Say No to ..." is a headline's title case.
        word = next((c for c in children if c.dep_ in ("advmod", "dobj", "intj") and c.i > cue.i and c.lower_ in words_with_role("proclause")
                     and not c.text[0].isupper()), None)
        if word is not None and word.dep_ == "intj":  # "said yes", "said no to the war": the answer
            return [word] + [t for c in children if c.dep_ == "prep" and c.i == word.i + 1 and c.lower_ == "to" for t in c.subtree]
        if word is not None and word.dep_ == "dobj":
            # "said the same of Lee": the words with their "of", "about" or "for" phrase.
            after = [c for c in children if c.dep_ == "prep" and c.i == word.right_edge.i + 1 and c.lower_ in ("of", "about", "for")]
            return sorted(list(word.subtree) + [t for c in after for t in c.subtree], key=lambda t: t.i)
        if word is not None and all(t.dep_ in ("neg", "advmod") for t in cue.doc[cue.i + 1 : word.i]):
            return [word]
    if clause is None:
        return None
    content = subtree_without_nested(ctx, clause, cue)
    content = with_split_subject(content, clause, dobj)
    content += second_complements(ctx, cue, clause)
    return without_leading_adverbial(content, clause, cue)


def _infinitive_frame(
    ctx: ArticleContext, tokens: list[Token], children: list[Token], dobj: Token | None
) -> tuple[list[Token] | None, Token | None]:
    """ "urged residents to leave", "called on donors to give": the addressee and the task.
    Gives the content (None when there is no infinitive) and the cue's object, which for a
    phrasal cue may be the particle's ("on donors")."""
    cue = tokens[0]
    infinitive = next((c for c in children if c.dep_ in ("xcomp", "ccomp", "advcl") and has_to(c)), None)
    if dobj is None and len(tokens) > 1:
        # "called on donors to ...": the addressee hangs on the particle.
        dobj = next((c for c in children_of(tokens[1]) if c.dep_ == "pobj"), None)
    lemma = cue.lemma_.lower()
    if dobj is None and has_active_subject(cue) and lemma in words_with_role("addressee") and lemma in words_with_role("blocking"):
        # "a witness who asked not to be named": a request with nobody asked is for the
        # speaker's own sake, not a task set to someone.
        return None, dobj
    if infinitive is None and dobj is not None:
        # "urged residents who live near the river to leave": the parser hangs the
        # infinitive on the relative clause; it is still the addressee's task.
        infinitive = infinitive_after_relative(dobj)
        if infinitive is not None:
            return span_of(ctx, [dobj], cue), dobj
    if infinitive is not None:
        parts = [infinitive] + ([dobj] if dobj is not None else [])
        return span_of(ctx, parts, cue), dobj
    return None, dobj


def _preposition_frames(ctx: ArticleContext, tokens: list[Token], entry: CueEntry, dobj: Token | None) -> list[Token] | None:
    """ "warned of floods", "commented on the vote", "described the plan as a trap",
    "blamed the army for the attack"."""
    cue = tokens[0]
    own = {t.i for t in tokens}
    for prep_word in ("of", "on", "about", "as", "for"):
        if prep_word not in entry.frames:
            continue
        holders = [cue] + [t for t in tokens[1:]] + ([dobj] if dobj is not None else [])
        # After the cue: "As an example, she pointed to ..." is no "as" frame.
        prep = next(
            (c for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ == prep_word and c.i > cue.i), None
        )
        if prep is None and prep_word == "as":
            described = as_clause(cue)
            if described is not None:
                return span_of(ctx, ([dobj] if dobj is not None and dobj.i not in own else []) + [described], cue)
        if prep is None:
            continue
        if prep_word in ("of", "as", "for", "on") and dobj is not None and dobj.i not in own:
            return span_of(ctx, [dobj, prep], cue)
        if prep_word in ("as", "for") and dobj is None:
            continue
        objects = [c for c in children_of(prep) if c.dep_ in ("pobj", "pcomp")]
        if objects:
            return span_of(ctx, objects, cue)
    return None


def _trailing_frame(ctx: ArticleContext, cue: Token) -> list[Token]:
    """ "The convoy reached the town, the agency said": the clause the attribution trails;
    "As the agency noted, the convoy ...": the clause an "as" attribution stands in."""
    if trailing_attribution(ctx, cue) or as_attribution(ctx, cue):
        head = cue.head
        if head.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # "The treasurer, as she put it, wants ...": hung on the subject, stands in its clause
        if not ctx.in_quote(head):
            skip = {t.i for t in cue.subtree}
            tokens = [t for t in subtree_without_nested(ctx, head, cue) if t.i not in skip]
            if cue.dep_ == "advcl" and cue.i < head.i:
                # "But as Clyburn noted, those voters ...": what is said follows the attribution.
                tokens = [t for t in tokens if t.i > cue.right_edge.i]
            return tokens
    surface = surface_trailing(ctx, cue)
    if surface is not None:
        _, comma = surface
        first = ctx.sents[ctx.sent_of[cue.i]].start
        return list(ctx.doc[first:comma])
    return []


def trailing_attribution(ctx: ArticleContext, cue: Token) -> bool:
    """ "The convoy reached the town, the agency said": a cue with its own subject, set off
    by a comma or dash after the clause it hangs from. Not "Police said the driver told
    officers ...", where the cue is what the verb above it reports, nor a verb with a clause
    of its own ("But the fact is, no one has figured out how to fix it")."""
    if cue.dep_ not in ("parataxis", "ccomp") or not has_active_subject(cue):
        return False
    if any(c.dep_ in ("ccomp", "xcomp") and c.i > cue.i for c in children_of(cue)):
        return False
    head = cue.head
    if head.i == cue.i or cue_of(ctx, head) is not None:
        return False
    first = cue.left_edge
    if first.is_punct or first.is_quote:
        return True
    return first.i > 0 and (ctx.doc[first.i - 1].is_punct or ctx.doc[first.i - 1].is_quote)


def second_complements(ctx: ArticleContext, cue: Token, clause: Token) -> list[Token]:
    """ "said it had raised rates, but that it expected ...", "said the state would cut
    taxes, but only if ...": a second "that" clause, or a condition, that the parser hung
    on the cue after its clause is still what was said."""
    found: list[Token] = []
    for child in children_of(cue):
        if child.i < clause.i or child.dep_ not in ("conj", "advcl") or ctx.in_quote(child):
            continue
        marks = {c.lower_ for c in children_of(child) if c.dep_ == "mark"}
        # "..., but that it expected ...": a cue with its own subject under "that" is
        # still what was said; one without ("and warned that ...") is the speaker going on.
        if marks & _SECOND_COMPLEMENT_MARKS and (cue_of(ctx, child) is None or has_own_subject(child)):
            found.extend(subtree_without_nested(ctx, child, cue))
    return found


def object_clause(ctx: ArticleContext, cue: Token, children: list[Token]) -> list[Token] | None:
    """ "proposed barring all imports", "touted how far the campaign had come": a cue whose
    object is what is said takes a subjectless gerund clause or a question clause ("how",
    "why", "whether") in the object's place, where the parser makes it a clause."""
    for child in children:
        if child.i < cue.i or child.dep_ not in ("xcomp", "ccomp") or ctx.in_quote(child):
            continue
        if child.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children_of(child)):
            return subtree_without_nested(ctx, child, cue)
        first = child.doc[child.left_edge.i]
        if child.dep_ == "ccomp" and (first.tag_ in ("WDT", "WP", "WP$", "WRB") or first.lower_ in QUESTION_MARKS):
            return subtree_without_nested(ctx, child, cue)
    return None








def according_content(ctx: ArticleContext, cue: Token) -> list[Token]:
    head = cue.head
    if head.i == cue.i:
        return []
    head = reporting_head(ctx, cue, head)
    skip = {t.i for t in cue.subtree}
    content = after_colon(ctx, [t for t in subtree_without_nested(ctx, head, cue) if t.i not in skip], cue)
    return after_opening_according(content, cue)


def reporting_head(ctx: ArticleContext, cue: Token, head: Token) -> Token:
    """ "Trump said he was happy with the vote, according to the Times": an "according to"
    that closes its sentence, hung by the parser inside a clause another verb reports,
    stands for the whole report — the source gives the account of who said what, and the
    saying is part of what it reports (PolNeAR draws it so); closing clauses joined by "and",
    it reports all of them. The clause's head otherwise."""
    if not closes_sentence(ctx, cue):
        return head
    # "A rose, B fell and C held, according to X": hung on the last clause of a
    # coordination, it reports them all.
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i:
        head = head.head
    top = head
    for ancestor in head.ancestors:
        if ancestor.pos_ in ("VERB", "AUX") and cue_of(ctx, ancestor) is not None and speech_sense(ctx, ancestor):
            top = ancestor
    return top


def closes_sentence(ctx: ArticleContext, cue: Token) -> bool:
    """Is this "according to" phrase set off by a comma at the end of its sentence?"""
    sent = cue.sent
    last = max(t.i for t in cue.subtree)
    if cue.i == sent.start or not ctx.doc[cue.i - 1].is_punct:
        return False
    return all(t.is_punct or t.is_space for t in sent[last - sent.start + 1 :])


def without_closing_according(ctx: ArticleContext, content: list[Token]) -> list[Token]:
    """A verb's clause without an "according to" that closes the sentence ("Lee said the
    port was safe, according to the Ledger"): that phrase reports the saying itself
    (reporting_head), not a part of what was said."""
    for token in content:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to" and closes_sentence(ctx, token):
            drop = {t.i for t in token.subtree} | {token.i - 1}
            return [t for t in content if t.i not in drop]
    return content


def span_of(ctx: ArticleContext, heads: list[Token], cue: Token) -> list[Token]:
    tokens: list[Token] = []
    for head in heads:
        tokens.extend(subtree_without_nested(ctx, head, cue))
    return sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)


def subtree_without_nested(ctx: ArticleContext, head: Token, cue: Token) -> list[Token]:
    """A subtree minus the clauses by which the same speaker goes on ("..., adding that ...")."""
    drop: set[int] = set()
    for token in head.subtree:
        if token.i == head.i or token.i in drop:
            continue
        # The same speaker going on ("..., adding that ..."), or another speaker set
        # against this one ("..., while the government says ..."), is not this content.
        contrast = token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in children_of(token)
        )
        # A purpose infinitive ("began a strike to demand ...") is what was said, not the
        # speaker going on.
        purpose = token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token))
        if (
            token.dep_ in ("advcl", "conj")
            and not purpose
            and cue_of(ctx, token) is not None
            and (not has_own_subject(token) or contrast)
            and speech_sense(ctx, token)
            and (token.dep_ != "conj" or _speaker_goes_on(ctx, token))
        ) or (contrast and rival_source(ctx, token)) or _conjoined_report(ctx, token):
            drop.update(t.i for t in token.subtree)
            # the comma or "and" before it
            for left in (token.doc[token.left_edge.i - 1],) if token.left_edge.i > 0 else ():
                if left.is_punct or left.dep_ == "cc":
                    drop.add(left.i)
    return [t for t in head.subtree if t.i not in drop]


def _speaker_goes_on(ctx: ArticleContext, verb: Token) -> bool:
    """Is a cue joined to a verb of the content, with no subject of its own, the speaker
    going on ("said the bridge was safe and warned that ...", "predicted the ferry would
    run and praised the crews"): a clause, an infinitive or a quotation of its own, or a
    form other than the verb's it is joined to? One in that verb's form goes on with what
    is said ("said she paid the levy, but backed the fee", "says she backs a curfew but
    opposes fences"; a bare verb shares the modal: "would run and carry ..."); "said he'd
    sold it and called it a loss" goes on in the cue's form."""
    if any(c.dep_ in ("ccomp", "parataxis", "xcomp") for c in children_of(verb)) or any(t.is_quote for t in verb.subtree):
        return True
    form = _finite_form(verb)
    return form != "VB" and form != _finite_form(verb.head)  # a bare verb shares the auxiliary


def _finite_form(verb: Token) -> str:
    """A verb's form: its first auxiliary's tag with its own ("had sold": VBD VBN), else its own."""
    aux = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return f"{aux[0].tag_} {verb.tag_}" if aux else verb.tag_


def _conjoined_report(ctx: ArticleContext, clause: Token) -> bool:
    """ "Most said they were worried, and a third said the mayor would win": a clause joined
    to the reported one with a speaker and a cue of its own is another report, not part of
    this one (news annotators draw no attribution inside another). A second "that" clause
    ("said the tapes were blurred and that they showed nothing") is still the first one's,
    and so is a pronoun's thought ("said the count was close and he feels he can win"):
    the speaker's own, or one the speaker reports."""
    if clause.dep_ != "conj" or ctx.in_quote(clause) or any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause)):
        return False
    subjects = [c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(c.lower_ in PRONOUNS for c in subjects):
        return False
    return cue_of(ctx, clause) is not None and speech_sense(ctx, clause)


def rival_source(ctx: ArticleContext, clause: Token) -> bool:
    """ "..., while local officials put the toll at 30": a contrasting clause, set off by a
    comma, whose subject is someone who could speak (a name, a body, a person noun) is
    the writer setting another source against this one."""
    if clause.left_edge.i == 0 or ctx.doc[clause.left_edge.i - 1].text != ",":
        return False
    for subject in (c for c in children_of(clause) if c.dep_ == "nsubj"):
        role = ctx.lexicon.roles.get(subject.lemma_.lower())
        if subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or (role is not None and role.kind != "document"):
            return True
    return False


def speech_sense(ctx: ArticleContext, token: Token) -> bool:
    """Is a cue word used of speech here? "adding that ..." is; "adding to the pressure"
    is not: the cue needs a reported clause, a quotation or the complement its entry allows."""
    match = cue_of(ctx, token)
    if match is None:
        return False
    tokens, entry = match
    if any(c.dep_ in ("ccomp", "parataxis") for c in children_of(token)):
        return True
    neighbours = [ctx.token_at(token.idx + len(token)), ctx.token_before(token.idx)]
    if "quote" in entry.frames and any(n is not None and n.is_quote for n in neighbours):
        return True
    subtree = {t.i for t in token.subtree}
    if len(subtree) < 2 or ctx.open_cues >= MAX_NESTED_CUES:
        # Deeper than any real report nests, a cue is read as no speech: its words stay
        # in the content around it rather than the reading recursing as deep as the parse.
        return False
    ctx.open_cues += 1
    try:
        return bool(frame_content(ctx, tokens, entry))
    finally:
        ctx.open_cues -= 1
