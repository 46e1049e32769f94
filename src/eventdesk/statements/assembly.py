"""From drafts to statements: one statement per quotation, reporting inside reported content
folded into it, continuations inside it merged, speakers resolved in text
order, ids given, hedges attached.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.lang import PERSONAL_PRONOUNS, PLURAL_PRONOUNS
from eventdesk.model import Cue, Span, Statement
from eventdesk.nlp import children_of
from eventdesk.statements.context import ArticleContext, Draft, trim
from eventdesk.statements.cues import cue_of, has_own_subject
from eventdesk.statements.discourse import RELATIVE_PRONOUNS
from eventdesk.statements.hedges import find_hedges
from eventdesk.statements.occasions import issuing_verb
from eventdesk.statements.lexicon import words_with_role
from eventdesk.statements.speakers import resolve_speaker
from eventdesk.statements.tails import with_joined_quotes, with_writers_tails


def assemble(ctx: ArticleContext, drafts: list[Draft]) -> tuple[list[Draft], list[Statement]]:
    """The drafts that stay, in text order, and their statements (ids s1, s2, ...)."""
    drafts = drop_overlapping(drafts)
    drafts = drop_nested(drafts)
    drafts = [d for d in drafts if not inside_question(ctx, d)]
    drafts = merge_continuations(ctx, drafts)
    with_writers_tails(ctx, drafts)
    with_joined_quotes(ctx, drafts)
    drafts.sort(key=lambda d: (d.start, d.cue_start))
    statements = []
    for number, draft in enumerate(drafts, start=1):
        # In text order: a speaker resolved here is an antecedent for the ones after it.
        resolve_speaker(ctx, draft)
        statements.append(to_statement(ctx, f"s{number}", draft))
    return drafts, statements


def drop_overlapping(drafts: list[Draft]) -> list[Draft]:
    """One statement per quotation: a quote claimed twice stays with the direct statement."""
    kept: list[Draft] = []
    claimed: set[int] = set()
    for draft in sorted(drafts, key=lambda d: (d.type != "direct", d.cue_start)):
        ids = {id(q) for q in draft.quotes}
        if ids & claimed:
            continue
        claimed |= ids
        kept.append(draft)
    return kept


def drop_nested(drafts: list[Draft]) -> list[Draft]:
    """Reporting inside reported content is part of that content, not a statement of the
    article: in "the ministry said its inspectors had warned of a leak" the ministry says
    it, and in "prosecutors said Lee told investigators ..." the prosecutors say what Lee
    told (PolNeAR draws the outer content whole and never the inner report on train). One
    kind stays a statement of its own: an aside in a relative clause with its own speaker
    ("the scheme, which critics say would fuel inflation")."""
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
        if nested and not (draft.cue_token.dep_ == "relcl" and own_speaker(draft)):
            continue
        kept.append(draft)
    return kept


# Words that open a question clause ("asked if ...", "asked what she thought").
_QUESTION_WORDS = {"if", "whether", "what", "why", "how", "who", "whom", "which", "when", "where"}


def inside_question(ctx: ArticleContext, draft: Draft) -> bool:
    """A cue inside what someone is asked reports nothing: "Asked if she believed the
    plant would close, the mayor said ..." — she is asked about a belief, she does not state
    one; nor do "residents who think the levy unfair" whom the council asks to write. The
    question is the asking's (news annotators draw "asked" with its whole question)."""
    cue = draft.cue_token
    if cue is None or cue.lemma_.lower() == "ask" or cue.dep_ == "relcl":
        return False  # an aside on someone named stays ("candidates like Lee, who claimed ...")
    below = cue
    for ancestor in cue.ancestors:
        if below.dep_ in ("conj", "parataxis"):
            return False  # another clause of the sentence, not part of the question
        if ancestor.lemma_.lower() == "ask":
            # a cue hung on "ask" itself must open its question ("if she believed"); a
            # participle there is the asker going on ("asked for talks, saying ...")
            return below is not cue or any(c.lower_ in _QUESTION_WORDS for c in children_of(cue) if c.i < cue.i)
        below = ancestor
        if cue_of(ctx, ancestor) is not None:
            return False  # reported by a cue of its own first ("asked ..., saying she believed")
    return False


def own_speaker(draft: Draft) -> bool:
    """Does a nested statement have a speaker of its own (see drop_nested)?"""
    head = draft.speaker_head
    cue = draft.cue_token
    if head is None or cue is None:
        return False
    if head.lower_ in RELATIVE_PRONOUNS:
        return False
    if cue.dep_ == "relcl" and head.head.i == cue.i and head.pos_ != "PRON":
        return True  # "which critics say ...", not "which they say ..." (the same speaker)
    return head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def merge_continuations(ctx: ArticleContext, drafts: list[Draft]) -> list[Draft]:
    """ "X said A, adding that B" and "X said A and warned that B" are two statements by X,
    as news annotators draw them (PolNeAR): a continuation hanging from the cue itself keeps
    its own statement, the speaker going on. One deeper inside what is said ("said its
    troops had come under attack and had responded 'proportionately'") is part of that
    content: it joins the statement of the cue above it."""
    by_cue = {d.cue_token.i: d for d in drafts if d.cue_token is not None}
    merged: set[int] = set()
    for draft in sorted(drafts, key=lambda d: d.cue_start):
        cue = draft.cue_token
        if cue is None or cue.dep_ not in ("advcl", "conj") or has_own_subject(cue):
            continue
        if cue.dep_ == "advcl" and cue.tag_ != "VBG":
            continue
        head = next((a for a in cue.ancestors if a.i in by_cue and id(by_cue[a.i]) not in merged), None)
        if head is None or head.i == cue.head.i:
            continue
        target = by_cue[head.i]
        if _participle_going_on(cue) or _verb_going_on(cue, head):
            draft.speaker_head = target.speaker_head  # whatever subject the parse gave the clause
            cut_before(ctx, target, draft)
            continue
        if inside_split(target, draft):
            continue  # "..., explaining why ...," between a split quotation's parts
        role = _argument_of(cue, head)
        if role in ("nsubj", "nsubjpass"):
            # "said one of the aides who saw it but declined to be named": a verb in the
            # speaker's own phrase, which PolNeAR's source takes in whole; no statement.
            merged.add(id(draft))
            continue
        if role in ("dobj", "dative") and max(e for _, e in target.content) <= head.idx:
            continue  # '"...," she told Ana Ruiz, who said ...': the one told speaks for herself
        target.content.extend(draft.content)
        target.quotes.extend(draft.quotes)
        target.extra_cues.append((draft.cue_start, draft.cue_end, draft.entry))
        target.type = draft.type if target.type == draft.type else "mixed"
        merged.add(id(draft))
    return [d for d in drafts if id(d) not in merged]


def _argument_of(cue: Token, head: Token) -> str:
    """The dependency of `head`'s child through which the cue hangs from it: "nsubj" for a
    cue in the phrase that names the speaker, "dobj" in the one told, ..."""
    below = cue
    for ancestor in cue.ancestors:
        if ancestor.i == head.i:
            return below.dep_
        below = ancestor
    return ""


def cut_before(ctx: ArticleContext, target: Draft, draft: Draft) -> None:
    """End what the speaker said first before the clause by which they go on ("said A,
    adding that B": A, not "A, adding that B"), unless the cut would split a quotation."""
    boundary = draft.cue_token.left_edge.idx
    if any(q.start < boundary < q.end for q in ctx.top):
        return
    own_end = max(e for _, e in draft.content)
    kept = []
    for start, end in target.content:
        if boundary <= start and end <= own_end:
            continue  # the going-on clause itself
        if start < boundary < end:
            end = _before_joint(ctx.text, start, boundary)
        if start < end:
            kept.append((start, end))
    if not kept or kept == target.content:
        return
    target.content = kept
    target.quotes = [q for q in target.quotes if any(s <= q.start and q.end <= e + 1 for s, e in kept)]
    if target.type == "mixed" and not target.quotes:
        target.type = "indirect"


def _before_joint(text: str, start: int, end: int) -> int:
    """The end of a content cut at `end`, without the comma, dash or "and" that joined it
    to what follows."""
    while True:
        _, end = trim(text, start, end)
        words = text[start:end].rsplit(None, 1)
        if len(words) == 2 and words[1].lower() in _JOINTS:
            end -= len(words[1])
            continue
        return end


# Conjunctions that join a going-on clause to what was said first.
_JOINTS = {"and", "but", "while", "yet"}


def _participle_going_on(cue) -> bool:
    """ "..., adding that ...", '... "expanded the party," claiming that ...', "... — asserting
    that ...": a participle set off by a comma (also one inside a closing quotation mark) or
    a dash goes on with the main clause's speaker, wherever the parser hung it."""
    if cue.dep_ != "advcl" or cue.tag_ != "VBG" or cue.left_edge.i == 0:
        return False
    before = cue.doc[cue.left_edge.i - 1]
    if before.is_quote and before.i > 0:
        before = cue.doc[before.i - 1]
    return before.text in (",", "—", "–", "--")


def _verb_going_on(cue, head) -> bool:
    """ "The union said wages had fallen and alleged that ...": a verb of the cue's own form,
    joined to a verb of another form inside what is said, goes on with the speaker,
    wherever the parser hung it ("said its troops had come under attack and had responded"
    stays in the content); so does "telling CNN that ... and questioning how ...", a
    participle joined to a participle cue. "He says he respects her and calls her 'a
    friend'": a renaming cue joined to a clause whose subject is a pronoun goes on too."""
    if cue.dep_ == "advcl" and cue.left_edge.i > 0:
        # "telling CNN that ... and questioning how ...", whatever the parser hung it on
        return cue.tag_ == head.tag_ == "VBG" and cue.doc[cue.left_edge.i - 1].lower_ == "and"
    if cue.dep_ != "conj":
        return False
    joined = cue.head
    # "said they would cut fees and push for ...": a bare verb shares the modal it joins.
    shares_modal = cue.tag_ == "VB" and _verb_form(joined) == "MD"
    if not shares_modal and not any(c.dep_ in ("aux", "auxpass") for c in cue.children):
        has_aux = any(c.dep_ in ("aux", "auxpass") for c in joined.children)
        if _verb_form(head) in ("VBD", "VBZ", "VBP") and (has_aux or joined.tag_ != cue.tag_ == head.tag_):
            return True
    form = _verb_form(cue)
    if form == _verb_form(head) and form != _verb_form(joined):
        return True
    return renaming_going_on(cue, joined, head)


def renaming_going_on(cue, joined, head) -> bool:
    """ "said he admired her and called her 'a friend'": a renaming cue (called, labeled,
    described) of the form of the verb it joins, whose subject is a pronoun. Any cue does
    so when that pronoun is the speaker's own ("The mayor said she was sorry for her outburst
    and pledged to keep away from the vote": she, the mayor, pledged) in the clause the cue
    reports, and a cue of the same verb as the one above always does ("said the port was
    closed and said ...")."""
    if _verb_form(head) not in ("VBD", "VBZ", "VBP"):
        return False
    if cue.lemma_.lower() == head.lemma_.lower() and cue.i > head.i:
        return True
    if _verb_form(cue) != _verb_form(joined):
        return False
    subjects = [c for c in children_of(joined) if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].tag_ != "PRP":
        return False
    if cue.lemma_.lower() in words_with_role("renaming"):
        return True
    # Only in the clause the cue reports itself, not deeper ("cited no evidence that she knew
    # ... and wanted ...": what the evidence would show).
    # Nor in a clause of another tense, told as part of what is said ("says he spoke to her
    # and asked her to ...": the asking is what he says he did).
    if joined.head.i != head.i or joined.dep_ != "ccomp" or _verb_form(joined) != _verb_form(head):
        return False
    return speaker_pronoun(subjects[0], head)


def speaker_pronoun(pronoun, cue) -> bool:
    """Can the pronoun stand for the cue's subject: the same pronoun, or "he"/"she" for a
    singular noun and "they"/"we" for a plural one ("The senator said she ...")?"""
    subjects = [c for c in children_of(cue) if c.dep_ == "nsubj"]
    if not subjects:
        return False
    subject, word = subjects[0], pronoun.lower_
    if subject.tag_ == "PRP":
        return subject.lower_ == word
    if subject.tag_ in ("NN", "NNP"):
        return word in PERSONAL_PRONOUNS
    return subject.tag_ in ("NNS", "NNPS") and (word in PLURAL_PRONOUNS or word == "we")


def _verb_form(verb) -> str:
    """A verb group's form: its first auxiliary's tag ("had come": VBD, "would offer": MD,
    "to attack": TO), else the verb's own."""
    aux = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return aux[0].tag_ if aux else verb.tag_


def inside_split(quoted: Draft, clause: Draft) -> bool:
    """Does the clause a cue reports lie between the parts of the quotation its attribution
    splits ('"...," she wrote in a letter explaining her vote, "..."')?"""
    if quoted.split is None:
        return False
    first_end, second_start = quoted.split
    return all(first_end <= s and e <= second_start for s, e in clause.content)


def to_statement(ctx: ArticleContext, ident: str, draft: Draft) -> Statement:
    start = min(s for s, _ in draft.content)
    end = max(e for _, e in draft.content)
    cue_start = verb_group_start(ctx, draft)
    cue_end = preposition_end(ctx, draft, start, adverb_end(ctx, draft))
    if cue_start >= cue_end and draft.cue_token is not None:  # never a cue that ends before it starts
        cue_start, cue_end = draft.cue_token.idx, draft.cue_token.idx + len(draft.cue_token)
    cue_text = ctx.text[cue_start:cue_end]
    cues = [(draft.cue_start, draft.cue_end, draft.entry)] + draft.extra_cues
    ranges = list(draft.content) + [(c_start, c_end) for c_start, c_end, _ in cues]
    hedges = find_hedges(ctx.text, ranges, ctx.lexicon)
    for c_start, c_end, entry in cues:
        if entry is not None and entry.distancing and not any(h.start == c_start for h in hedges):
            hedges.append(Span(text=ctx.text[c_start:c_end], start=c_start, end=c_end))
    hedges.sort(key=lambda h: h.start)
    return Statement(
        id=ident,
        sentence=draft.sentence,
        speaker=draft.speaker,
        cue=Cue(text=cue_text, start=cue_start, end=cue_end, lemma=draft.lemma),
        content=Span(text=ctx.text[start:end], start=start, end=end),
        type=draft.type,  # type: ignore[arg-type]
        hedges=hedges,
        speaker_mention=draft.speaker_mention,
        negated=negated_cue(draft.cue_token),
    )


def negated_cue(cue: Token | None) -> bool:
    """Whether the cue says the speaker did not say it: a negated verb ("did not say
    whether", "never mentioned"), a refusal ("declined to comment"; word_roles.tsv,
    refusal), or a noun cue under "no" ("made no mention of")."""
    if cue is None:
        return False
    if cue.lemma_.lower() in words_with_role("refusal"):
        return True
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in children_of(cue)):
        return True
    # "has not outlined a plan to ...": a noun cue negated through its light verb
    light = cue.pos_ == "NOUN" and cue.dep_ == "dobj" and cue.head.lemma_.lower() in words_with_role("light")
    return light and any(c.dep_ == "neg" for c in children_of(cue.head))


# Words of a verb group that stand before a cue verb: auxiliaries and adverbs ("has said",
# "also told", "has repeatedly denied", "have both argued", "has since said").
_GROUP_DEPS = {"aux", "auxpass", "advmod", "neg", "preconj"}
_GROUP_POS = {"AUX", "ADV", "PART", "VERB", "CCONJ", "SCONJ", "ADP"}


def verb_group_start(ctx: ArticleContext, draft: Draft) -> int:
    """Where the cue starts, drawn as news annotators draw it (PolNeAR): a verb with the
    auxiliaries and adverbs right before it ("has said", "also said", "have both argued"),
    and with a verb of going on or seeming whose infinitive it is ("continued to defend",
    "went on to say", "seems to show"); an adjective with its copula ("is eager", "has been
    very worried"); a noun with the adjectives before it ("harsh attacks", "energetic
    endorsement"). The cue's `lemma` stays the cue word's."""
    cue = draft.cue_token
    if cue is not None and cue.pos_ == "NOUN" and cue.dep_ == "dobj" and cue.head.idx == draft.cue_start:
        cue = cue.head  # a noun cue with its light verb: "has expressed concern", "have made the case"
    elif cue is None or cue.idx != draft.cue_start:
        return draft.cue_start
    cue = issuing_verb(cue) or cue  # "issued a statement saying": from the verb of issuing
    between = cue.doc[cue.head.i + 1 : cue.i]
    if cue.dep_ == "acomp" and cue.head.i < cue.i and all(t.pos_ in ("ADV", "PART") for t in between):
        cue = cue.head  # an adjective cue with its copula: "is eager", "was very confident"
    elif cue.pos_ == "NOUN" and any(c.dep_ == "poss" for c in cue.children):
        return _noun_group_start(ctx, cue)
    elif not (cue.pos_ in ("VERB", "AUX") or cue.tag_.startswith("VB")):
        return draft.cue_start
    start = cue.i
    group = {cue.i}
    while start > 0:
        before = ctx.doc[start - 1]
        # "is once again questioning": an adverb of an adverb in the group is in it too
        grouped = before.head.i in group and before.dep_ in _GROUP_DEPS and before.pos_ in _GROUP_POS
        governor = _governs_infinitive(ctx, before, group)
        if governor is not None:
            start = governor.i
            group.update(range(governor.i, cue.i + 1))
            continue
        if not grouped or before.tag_ in ("WRB",) or before.ent_type_ in ("DATE", "TIME") or ctx.in_quote(before):
            break
        start -= 1
        group.add(start)
    return ctx.doc[start].idx


def _governs_infinitive(ctx: ArticleContext, before: Token, group: set[int]) -> Token | None:
    """The first word of a governor of the group's infinitive or gerund that stands right
    before it (`before`, or the particle of it), or None: a verb of going on or seeming
    ("continued to", "went on to", "seemed to", "began talking"), and any verb or adjective
    whose to-infinitive the cue is ("paused to remember", "stood
    up to argue for", "were quick to fault": the adjective from its copula), as PolNeAR
    draws the cue."""
    verb = before.head if before.dep_ == "prt" else before
    if verb.i != before.i and verb.i != before.i - 1:
        return None
    doc = ctx.doc
    governed = [doc[i] for i in group if doc[i].dep_ in ("xcomp", "advcl") and doc[i].head.i == verb.i]
    if not governed:
        return None
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    name = verb.lemma_.lower() + (f" {particle}" if particle else "")
    aspect = name in words_with_role("aspect") or verb.lemma_.lower() in words_with_role("impression")
    if aspect and any(t.dep_ == "xcomp" for t in governed):
        return before
    infinitive = any(c.lower_ == "to" and c.dep_ == "aux" and c.i in group for t in governed for c in t.children)
    if not infinitive or ctx.in_quote(verb):
        return None
    if verb.pos_ == "VERB":
        return verb
    copula = verb.head
    if verb.pos_ == "ADJ" and verb.dep_ == "acomp" and copula.pos_ == "AUX" and copula.i < verb.i:
        if all(t.pos_ in ("ADV", "PART") for t in doc[copula.i + 1 : verb.i]):
            return copula
    return None


def _noun_group_start(ctx: ArticleContext, noun: Token) -> int:
    """A noun cue with the adjectives and common nouns right before it ("harsh attacks",
    "policy positions"), not its possessor or determiner."""
    start = noun.i
    while start > 0:
        before = ctx.doc[start - 1]
        if before.head.i != noun.i or before.dep_ not in ("amod", "compound") or before.pos_ not in ("ADJ", "NOUN"):
            break
        if ctx.in_quote(before):
            break
        start -= 1
    return ctx.doc[start].idx


def adverb_end(ctx: ArticleContext, draft: Draft) -> int:
    """Where a verb cue ends: after an adverb of manner right after it, outside what is said
    ("said flatly", "has said repeatedly", "acknowledge privately that", "wondered aloud",
    "wrote back"), as news annotators draw the cue (PolNeAR train: 15 of 17 such adverbs
    drawn in the cue); an adverb in -ly or a `trailing-adverb` word of word_roles.tsv, not
    "said so", "think otherwise"."""
    cue = draft.cue_token
    after = ctx.token_at(draft.cue_end) if cue is not None else None
    if after is None or not cue.tag_.startswith("VB") or after.head.i != cue.i or after.dep_ != "advmod" or after.tag_ != "RB":
        return draft.cue_end
    if not (after.lower_.endswith("ly") or after.lower_ in words_with_role("trailing-adverb")):
        return draft.cue_end
    if not ctx.text[draft.cue_end : after.idx].isspace() or ctx.in_quote(after) or any(s <= after.idx < e for s, e in draft.content):
        return draft.cue_end
    return after.idx + len(after)


def preposition_end(ctx: ArticleContext, draft: Draft, content_start: int, end: int | None = None) -> int:
    """Where the cue ends: after the preposition that introduces what is said, when that is
    the preposition's object ("worried about the deficit", "warned of a crisis", "his attacks
    on the press", "agree with the ruling", "pressed privately for"), as news annotators draw
    the cue; `end` is where the cue ends before it (after a trailing adverb)."""
    cue = draft.cue_token
    end = draft.cue_end if end is None else end
    after = ctx.token_at(end) if cue is not None else None
    if after is None or after.idx >= content_start or after.pos_ != "ADP" or after.dep_ != "prep":
        return end
    if not ctx.text[end : after.idx].isspace() or not ctx.text[after.idx + len(after) : content_start].isspace():
        return end
    return after.idx + len(after)
