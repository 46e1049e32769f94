"""Attributions carried by a noun rather than a verb: "his claim that the vote was rigged",
"the senator's view that ...", "In her view, the plan will fail", "in the words of the
mayor, ...", "Berlin's pledge to add soldiers", "his attacks on the banks". The holder is the noun's possessor (or its "of" phrase in the "in the view of
X" frame); a noun with neither names nobody and gives no statement. The nouns are in
data/noun_cues.tsv.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.statements.boundaries import without_trailing_aside
from eventdesk.statements.clauses import subtree_without_nested
from eventdesk.statements.complements import that_clause_of
from eventdesk.statements.context import ArticleContext, Draft, trim
from eventdesk.statements.discourse import RELATIVE_PRONOUNS
from eventdesk.statements.lexicon import CueEntry, noun_cues, words_with_role
from eventdesk.nlp import children_of

# The words a relative "that" fills in its clause ("the claim that he made": "that" is
# the object): such a clause describes the noun, it does not give its content.
_RELATIVE_ROLES = {"dobj", "nsubj", "nsubjpass", "pobj"}
# Prepositions of time and circumstance: a noun of saying after one is no object of the verb
# ("amid complaints that ..., the council changed ..."), unlike "took offense at suggestions
# that ...", "persisted in arguments that ...".
# What _holder_around gives for a noun whose verb of saying keeps it from being anyone's.
_NOBODY = object()
_ADJUNCT_PREPS = {"amid", "amidst", "despite", "after", "before", "during", "since", "following", "until", "upon", "besides", "instead", "because", "among"}


def noun_drafts(ctx: ArticleContext, taken: list[Draft]) -> list[Draft]:
    """Drafts of the noun cues of the article whose content no other draft has."""
    cues = noun_cues()
    drafts: list[Draft] = []
    for sent in ctx.sents:
        for token in sent:
            entry = cues.get(token.lemma_.lower())
            if entry is None or not (token.pos_ == "NOUN" or _named_document(token, entry)) or ctx.in_quote(token):
                continue
            draft = _that_draft(ctx, token, entry) if "that" in entry.frames else None
            if draft is None and ("that" in entry.frames or "is" in entry.frames):
                draft = _copula_draft(ctx, token, entry)
            stand_in = False  # "In her view, ...", "In a new poll, ...": a cue in the clause reports first
            if draft is None and ("view" in entry.frames or "in" in entry.frames):
                draft = _view_draft(ctx, token, entry)
                stand_in = draft is not None
            if draft is None:
                draft = _received_draft(ctx, token, entry)
            if draft is None:
                draft = _object_draft(ctx, token, entry)
            if draft is not None and not draft.overlaps(
                taken + drafts, cue_inside_ok=_held_through_light_verb(token), holds_ok=not stand_in
            ):
                if _held_through_light_verb(token):
                    draft.cue_start = token.head.idx  # "made the case": the light verb with its noun
                drafts.append(draft)
    return drafts


def _named_document(noun: Token, entry: CueEntry) -> bool:
    """ "In a Channel Five/Harbor Times Poll out on Monday, ...": a poll or survey whose
    name the tagger reads as a proper noun, in the phrase "in ..." (frame "in")."""
    return noun.pos_ == "PROPN" and "in" in entry.frames and noun.dep_ == "pobj" and noun.head.lower_ == "in"


def _that_draft(ctx: ArticleContext, noun: Token, entry: CueEntry) -> Draft | None:
    """ "Her claim that the count was rigged ...": the possessor holds the clause."""
    holder = holder_of(noun)
    clause = that_clause_of(noun)
    if clause is None:
        return None
    if holder is None:
        holder = _holder_around(ctx, noun)
        if holder is _NOBODY:
            return None
    first = ctx.doc[clause.left_edge.i]
    if first.lower_ == "that" and first.dep_ in _RELATIVE_ROLES:
        return None
    return draft_of(ctx, noun, entry, holder, subtree_without_nested(ctx, clause, noun))


def _copula_draft(ctx: ArticleContext, noun: Token, entry: CueEntry) -> Draft | None:
    """ "His answer was that the tax is unfair", "The hope is that prices will fall": a noun
    of saying or believing as the subject of "be" with a "that" clause; the possessor holds
    it, and with none the statement names nobody. The cue runs from the noun to the verb."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < noun.i:
        return None
    clause = next((c for c in children_of(verb) if c.i > verb.i and c.dep_ in ("ccomp", "attr") and c.pos_ in ("VERB", "AUX")), None)
    that = ctx.doc[clause.left_edge.i] if clause is not None else None
    if that is None or that.lower_ != "that" or ctx.in_quote(that):
        return None
    holder = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    draft = draft_of(ctx, noun, entry, holder, subtree_without_nested(ctx, clause, noun))
    if draft is not None:
        draft.cue_start = ctx.doc[noun.left_edge.i].idx if holder is None else noun.idx
        draft.cue_end = verb.idx + len(verb)
    return draft


def _holder_around(ctx: ArticleContext, noun: Token):
    """Who holds a noun of saying with no possessor: the object of its "among", "by" or "from"
    phrase ("fears among economists that ..."); else, when it is the object of a verb (directly
    or through a preposition the verb takes: "took offense at suggestions that ...", not "amid
    complaints that ..."), that verb's subject, or _NOBODY when it is the direct object of a
    cue ("repeated the claim that ...": the claim is nobody's named, and the verb reports
    nothing of it); else None, nobody named ("complaints that the buses were late poured in")."""
    for prep in (c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in ("among", "by", "from")):
        found = next((o for o in children_of(prep) if o.dep_ == "pobj"), None)
        if found is not None:
            return found
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ not in _ADJUNCT_PREPS:
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if noun.dep_ == "dobj" and verb.lemma_.lower() in ctx.lexicon.cues:
        return _NOBODY
    return next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)


def holder_of(noun: Token) -> Token | None:
    """Who holds a noun cue: its possessor ("her claim"), or the subject of the light verb
    it is the object of ("she made the case", "he gave a speech"; word_roles.tsv, light)."""
    holder = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    if holder is None and noun.lemma_.lower() in words_with_role("partisan"):
        return _named_by(noun)
    if holder is not None or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in words_with_role("light"):
        return holder
    verb = noun.head
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head  # "Dalton, who has voiced the desire to enter politics": the one the clause is on
    return subject


def _named_by(noun: Token) -> Token | None:
    """Whom a noun of stance names ("Lee, a critic of the plan", "she is a supporter of the
    levy"; word_roles.tsv, partisan): the noun it is in apposition to, or the subject of the
    "be" it completes."""
    if noun.dep_ == "appos" and noun.head.pos_ in ("PROPN", "NOUN", "PRON"):
        return noun.head
    if noun.dep_ == "attr" and noun.head.lemma_ in ("be", "remain", "become"):
        return next((c for c in children_of(noun.head) if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS), None)
    return None


def _held_through_light_verb(noun: Token) -> bool:
    """Is the noun cue held by the subject of the light verb it is the object of (no
    possessor of its own)?"""
    if noun.dep_ != "dobj" or noun.head.i == noun.i or noun.head.lemma_.lower() not in words_with_role("light"):
        return False
    return not any(c.dep_ == "poss" for c in children_of(noun))


def _object_draft(ctx: ArticleContext, noun: Token, entry: CueEntry) -> Draft | None:
    """ "Berlin's pledge to add soldiers", "his attacks on the banks", "their opposition to
    the deal": the possessor holds the infinitive or the preposition's object."""
    holder = holder_of(noun)
    if holder is None:
        return None
    kids = list(children_of(noun))
    if holder.dep_ == "nsubj" and holder.head.i == noun.head.i:
        # "made a case for lower taxes": the parser may hang the noun's phrase on the light verb.
        kids += [c for c in children_of(noun.head) if c.dep_ == "prep" and c.i == noun.right_edge.i + 1]
    for child in kids:
        if child.i < noun.i:
            continue
        if child.dep_ in ("acl", "relcl") and "to" in entry.frames and any(a.lower_ == "to" and a.dep_ == "aux" for a in children_of(child)):
            return draft_of(ctx, noun, entry, holder, subtree_without_nested(ctx, child, noun))
        frame = "to-np" if child.lower_ == "to" else child.lower_
        if child.dep_ == "prep" and frame in entry.frames:
            objects = [o for o in children_of(child) if o.dep_ in ("pobj", "pcomp")]
            if objects:
                return draft_of(ctx, noun, entry, holder, subtree_without_nested(ctx, objects[0], noun))
    return None


def _received_draft(ctx: ArticleContext, noun: Token, entry: CueEntry) -> Draft | None:
    """ "The mayor faced criticism over the levy", "She drew support from young voters",
    "Ortiz won the endorsement of the union", "The plan came under criticism": a judgement
    someone gets (word_roles.tsv: `receiving` verbs, `received` nouns). It is held by the
    noun's "from", "of" or "by" phrase, or by nobody named; it is about the noun's matter
    ("over the levy"; with "for", the one judged and the reason), or else the one who gets it.
    The cue runs from the verb to the noun."""
    if noun.lemma_.lower() not in words_with_role("received") or any(c.dep_ == "poss" for c in children_of(noun)):
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "under" and verb.dep_ == "prep":
        verb = verb.head  # "came under criticism"
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in words_with_role("receiving"):
        return None
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if verb.pos_ not in ("VERB", "AUX") or subject is None or subject.lower_ in RELATIVE_PRONOUNS:
        return None
    holder, matter = None, None
    # The parser may hang the noun's phrases on the verb ("drew support | from young voters").
    preps = [c for c in list(children_of(noun)) + list(children_of(verb)) if c.dep_ == "prep" and c.i > noun.i]
    for prep in sorted(preps, key=lambda t: t.i):
        objects = [o for o in children_of(prep) if o.dep_ in ("pobj", "pcomp")]
        if not objects or any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree):
            continue
        # "by echoing ..." is how it was won, not who gave it.
        if holder is None and objects[0].dep_ == "pobj" and (prep.lower_ in ("from", "by") or prep.lower_ == "of" and can_speak(ctx, objects[0])):
            holder = objects[0]
        elif matter is None and prep.lower_ in ("over", "about", "on", "for", "to", "against", "of"):
            matter = prep
    if matter is None:
        tokens = list(subject.subtree)
    elif matter.lower_ == "for" and "for" not in entry.frames:  # the reason: "criticism for closing ..."
        tokens = list(subject.subtree) + list(matter.subtree)
    else:
        tokens = [t for o in children_of(matter) if o.dep_ in ("pobj", "pcomp") for t in o.subtree]
    draft = draft_of(ctx, noun, entry, holder, subtree_order(tokens))
    if draft is not None and verb.i < noun.i:
        draft.cue_start = verb.idx  # not when the phrase comes first: "Under criticism from X, Y resigned"
    return draft


def can_speak(ctx: ArticleContext, word: Token) -> bool:
    """Is the word a person or body, who can hold a judgement ("the endorsement of the
    union"), rather than what the judgement is about ("criticism of the plan")?"""
    role = ctx.lexicon.roles.get(word.lemma_.lower())
    return word.pos_ in ("PROPN", "NUM") or word.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or (role is not None and role.kind != "document")


def subtree_order(tokens: list[Token]) -> list[Token]:
    return sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)


def _view_draft(ctx: ArticleContext, noun: Token, entry: CueEntry) -> Draft | None:
    """ "In her view, the plan will fail", "in the words of the mayor, ...", "In a new poll,
    the mayor leads": the clause the phrase stands in is what the holder (for a document or
    poll, the document itself) thinks, says or shows."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    head, holder = prep.head, None
    if "in" in entry.frames:
        # "In a poll released Monday, the mayor led by ten points": the document speaks,
        # in a phrase set off by a comma ("the mayor led in the poll" reports nothing).
        after = ctx.doc[prep.right_edge.i + 1] if prep.right_edge.i + 1 < len(ctx.doc) else None
        if after is None or after.text != ",":
            head = _trailing_poll(ctx, prep, entry)
            if head is None:
                return None
        holder = noun
    # The phrase stands in a clause; a sentence the parser roots in a noun ("In a survey,
    # 71 percent of voters approved ...") still is one.
    if head.pos_ not in ("VERB", "AUX") and not ("in" in entry.frames and head.dep_ == "ROOT"):
        return None
    if "in" not in entry.frames:
        holder = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    if holder is None:
        of = next((c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        holder = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    if holder is None:
        return None
    skip = {t.i for t in prep.subtree}
    tokens = [t for t in subtree_without_nested(ctx, head, noun) if t.i not in skip]
    return draft_of(ctx, noun, entry, holder, tokens)


def _trailing_poll(ctx: ArticleContext, prep: Token, entry: CueEntry) -> Token | None:
    """ "The mayor leads by ten points in the latest poll": a poll or survey (frame
    "in-after") in a phrase after the verb of a main clause that is no cue of its own shows
    the clause, as news annotators draw it ("spoke in the report" is none: "speak" is a cue),
    also where the parser hangs the phrase on a noun of the clause ("held a lead among young
    voters in a new poll"). Not the polls in general ("trails the mayor in the polls", "is
    ahead in national polls"): a standing, not a finding (PolNeAR train: 1 of 8 drawn); polls
    that are described are ("in snap polls taken after the debate"). Gives that verb, or None."""
    verb = prep.head
    while verb.pos_ in ("NOUN", "PROPN", "NUM", "ADP") and verb.dep_ in ("pobj", "dobj", "prep", "npadvmod") and verb.head.i < verb.i:
        verb = verb.head
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "continues to lead in the polls"
    found = (
        "in-after" in entry.frames
        and not any(
            c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS") and not any(m.dep_ in ("acl", "relcl") for m in children_of(c))
            for c in children_of(prep)
        )
        and verb.pos_ in ("VERB", "AUX")
        and (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
        and prep.i > verb.i
        and not _reporting(ctx, verb)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb))
    )
    return verb if found else None


def _reporting(ctx: ArticleContext, verb: Token) -> bool:
    """Is the verb a cue of its own here? One that is a cue with "that" only ("hold") is
    not, with no clause ("held a lead")."""
    entry = ctx.lexicon.cues.get(verb.lemma_.lower())
    if entry is None:
        return False
    return not entry.frames <= {"that"} or any(c.dep_ == "ccomp" for c in children_of(verb))


def draft_of(ctx: ArticleContext, noun: Token, entry: CueEntry, holder: Token | None, tokens: list[Token]) -> Draft | None:
    """The draft of a cue word (a noun, an adjective, or a passive verb) held by `holder`
    (None: nobody named), its content the tokens' extent without a writer's aside at its end
    ("his support for Lee, who ran the agency": the support is for Lee), as for a verb's."""
    words = [t for t in without_trailing_aside(ctx, tokens) if not (t.is_punct or t.is_space)]
    if not words:
        return None
    start, end = trim(ctx.text, words[0].idx, words[-1].idx + len(words[-1]))
    if start >= end:
        return None
    return Draft(
        cue_start=noun.idx,
        cue_end=noun.idx + len(noun),
        lemma=entry.lemma,
        sentence=ctx.sent_of.get(noun.i, 0),
        content=[(start, end)],
        type="indirect",
        speaker_head=holder,
        entry=entry,
        cue_token=noun,
    )
