"""Readings with no particular counterpart: an event done to whoever may be chosen ("free to
support either candidate", "will meet any candidate who asks", "back the candidate of their
choice") names no actor it is done to; a candidate "challenging" an office holder in a race
is running against them, not disapproving of them; agreeing that something is so, with no
one agreed with, shares a view; what voters back or reject is a vote; speeches by the dozen
are no one statement; a press conference is no meeting; a march toward no place is progress;
a fight against opposition is a contest; what people at large do is no one's act; what a
group likes or backs is its view; a sum of spending or taxes sought or offered with no one it
goes to is budget news. Word lists in data/words.tsv.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventdesk.actors.sectors import sectors_in
from eventdesk.events import clause_subjects as cs
from eventdesk.events import syntax as sx
from eventdesk.events.function_words import HYPOTHETICAL_AUX, INTENDED_AUX, OBLIGATION_AUX
from eventdesk.events.words import words
from eventdesk.model import Actor

if TYPE_CHECKING:
    from eventdesk.events.build import Draft
    from eventdesk.events.coder import DocumentCoder

# Prepositions that say what a challenge is about or what it calls for ("challenged him on
# trade", "challenged Trump to a debate"): with one it is an event of its own.
ISSUE_PREPS = frozenset({"about", "over", "on", "to", "with", "against", "regarding"})
# Determiners that leave "people" people at large ("many people", "most people").
LARGE_DETS = frozenset({"many", "most", "all", "some"})
# Part-of-speech tags of a finite verb, and of those the past or a modal.
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
NOT_PRESENT_TAGS = frozenset({"VBD", "MD"})
# The auxiliaries of what a relative clause says its noun's kind can, would or will do.
RELATIVE_MODALS = frozenset(HYPOTHETICAL_AUX | OBLIGATION_AUX | INTENDED_AUX)
# Pronouns of a group in the plural ("we like the candidates", "they back him").
GROUP_PRONOUNS = frozenset({"we", "they"})
# Prepositions of the way a march goes.
PATH_PREPS = frozenset({"toward", "towards"})
# Roots of the events whose thing can be a sum of money: an appeal (02), an intent or
# offer (03), aid (07), a demand (10).
SUM_ROOTS = frozenset({"02", "03", "07", "10"})


def free_choice_targets(ctx: DocumentCoder, draft: Draft) -> bool:
    """Whether every target is anyone of a kind, whoever is chosen (`free_choice_det`,
    `choice_noun`): "either candidate", "any candidate from any party", "the candidate of
    their choice". "Any of the other candidates" names a group, and stays a target. Such an event (a superdelegate's freedom to
    support, a standing offer to meet) has no counterpart and is no event."""
    if draft.negated or draft.code[:2] == "12":
        return False  # "will not accept any refugees": "any" is none there, not whoever
    return bool(draft.targets) and all(_free_choice(ctx, t) for t in draft.targets)


def _free_choice(ctx: DocumentCoder, actor: Actor) -> bool:
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    dets = words("free_choice_det")
    if head.tag_ in ("NN", "NNP") and any(c.dep_ in ("det", "predet") and c.lower_ in dets for c in head.children):
        return True  # "either candidate", "any candidate" (not "any more refugees", a quantity)
    return any(sx.lemma(o) in words("choice_noun") and sx.children(o, "poss")
               for p in sx.children(head, "prep") if p.lower_ == "of"
               for o in sx.children(p, "pobj"))  # "the candidate of their choice"


def electoral_challenge(token: Token, draft: Draft) -> bool:
    """ "Canova, who is challenging Rep. Wasserman Schultz in Florida", "the senator who is
    challenging Clinton for the nomination": a verb of rivalry (`rival_verb`) coded as
    disapproval, whose every target is a person, that says nothing of what is disputed (no
    "about", "over", "on", "to" ...; no clause) and runs over time or for an office (the
    progressive, or a `race_noun` in its phrase) is a race run against an office holder,
    not an event. "Hewitt challenged Trump about the remark" and "challenged Trump to a
    debate" stay events."""
    if draft.code[:2] != "11" or not sx.is_verb(token) or sx.lemma(token) not in words("rival_verb"):
        return False
    if not draft.targets or any(t.kind != "person" for t in draft.targets):
        return False
    if any(sx.lemma(p) in ISSUE_PREPS for p in sx.preps(token)):
        return False
    if any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return False
    progressive = token.tag_ == "VBG" and any(a.lemma_ == "be" for a in sx.children(token, "aux"))
    race = any(sx.lemma(t) in words("race_noun") for t in token.subtree)
    return progressive or race


def opinion_shared(token: Token, draft: Draft) -> bool:
    """ "most farmers agree that the tariff is too high", "teachers broadly agree that classes
    are too large": a verb of agreeing (`agreement_verb`) with a
    that-clause and no one agreed with (no target, no second party) shares a view; it is no
    agreement between actors. "Russia and Turkey agreed that talks would resume" (each the
    other's partner) and "agreed with France that ..." stay events."""
    if draft.code != "030" or draft.targets or len(draft.sources) > 1:
        # a clause naming an action the lexicon codes ("agreed that it would hold talks", 036) stays
        return False
    if sx.lemma(token) not in words("agreement_verb"):
        return False
    return any(c.dep_ == "ccomp" for c in token.children)


def electorate_choice(token: Token, draft: Draft) -> bool:
    """ "An Ohio voter who backs the senator", "primary voters are rallying to the governor",
    "Swiss voters dealt a blow to the plan by rejecting it": what voters (`voter_noun`)
    back, favour or reject is a vote or a poll's finding, not an event of the electorate (the
    actor the coder would name is only the voters' state or party). Voters who protest (14)
    act."""
    if draft.code[:2] == "14" or not sx.is_verb(token):
        return False
    subjects, _ = cs.clause_subject(token)
    voters = words("voter_noun")
    return bool(subjects) and all(sx.lemma(s) in voters for s in subjects)


def speech_series(token: Token, draft: Draft) -> bool:
    """ "earned a fortune delivering 40 speeches", "gave speeches to lenders", "plans to keep
    delivering speeches": statements (010) made as speeches in the plural (`speech_noun`) are
    a run of engagements, no one statement of any content. "Delivered a speech to the
    nation" stays."""
    if draft.code != "010":
        return False
    nouns = [t for w in [token, *draft.parts] for t in [w, *sx.children(w, "dobj")]]
    return any(n.tag_ == "NNS" and sx.lemma(n) in words("speech_noun") for n in nouns)


def press_session(token: Token, draft: Draft) -> bool:
    """ "It has been 200 days since the governor had a press conference", "the mayor's last
    news conference was held in May": a meeting (04) whose noun a `press_word` modifies is a
    session with reporters, no meeting between actors. (The statement made at one, "held a
    news conference", 010, is read by its own row.)"""
    if draft.code[:2] != "04":
        return False
    nouns = [t for t in [token, *draft.parts] if sx.is_noun(t)]
    nouns += [o for t in [token, *draft.parts] if sx.is_verb(t) for o in sx.children(t, "dobj", "nsubjpass")]
    return any(sx.lemma(m) in words("press_word") for n in nouns
               for m in n.children if m.dep_ in ("compound", "amod", "nmod"))


def march_to_a_goal(ctx: DocumentCoder, token: Token, draft: Draft) -> bool:
    """ "The senator is marching toward November short of money", "Europe's long march
    toward a common currency": a march (14, a `path_word`) whose way leads "toward" no
    place, no building and no actor is progress toward a goal, no protest. "Marched toward
    the embassy" and a march "against" anyone stay."""
    from eventdesk.events import places  # places reads figurative, which this module may not

    if draft.code[:2] != "14" or sx.lemma(token) not in words("path_word"):
        return False
    preps = sx.preps(token)
    if any(sx.lemma(p) in ("against", "over", "on") for p in preps):
        return False
    goals = [o for p in preps if sx.lemma(p) in PATH_PREPS for o in sx.prep_objects(p)]
    return bool(goals) and not any(
        o.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP") or places.place_name(o)
        or sx.lemma(o) in words("struck_noun") or ctx.actors.resolve(o) for o in goals)


def fight_against_resistance(ctx: DocumentCoder, token: Token, draft: Draft) -> bool:
    """ "The governor battled fierce opposition from the press", "the senator fought
    growing skepticism": a force event (18-20) whose object, or every target, is named by a
    noun of what a side meets in a contest (`resistance_noun`), by persons or bodies with no armed
    sector, is a figure of political contest. "Troops battled fierce resistance from the
    militants" stays a fight."""
    if draft.code[:2] not in ("18", "19", "20") or not draft.targets or not draft.sources:
        return False
    armed = sectors_in("armed")
    if any(s.kind not in ("person", "organization") or set(s.sectors) & armed or "MIL" in s.sectors
           for s in draft.sources):
        return False
    if any(sx.lemma(o) in words("resistance_noun") for o in sx.children(token, "dobj")):
        return True  # "fought a backlash from the media": the media only where it comes from
    for target in draft.targets:
        span = ctx.doc.char_span(target.start, target.end, alignment_mode="expand")
        if span is None or sx.lemma(span.root) not in words("resistance_noun"):
            return False
    return True


def deal_clinched(token: Token, draft: Draft) -> bool:
    """ "It would seal the deal for the governor", "he has to close the deal with voters"
    read as winning over: a verb of concluding (`clinch_verb`) whose object is "the deal"
    with no other party to it (no "with" or "between" an actor, no second author) is a win
    made sure, the idiom of races and sales, no agreement (03, 057). "Iran and the EU sealed
    the deal" and "sealed the deal with Tehran" stay."""
    if draft.code[:2] != "03" and draft.code[:3] != "057":
        return False
    if not sx.is_verb(token) or sx.lemma(token) not in words("clinch_verb") or len(draft.sources) > 1:
        return False
    if "mutual" in draft.entry.flags and draft.targets and not any(sx.lemma(p) == "for" for p in sx.preps(token)):
        return False  # "sealed the deal with Tehran": Tehran the other party
    deals = [o for o in sx.children(token, "dobj") if sx.lemma(o) == "deal"]
    return bool(deals) and all(
        any(d.lower_ == "the" for d in sx.children(o, "det")) and not sx.preps(o) for o in deals)


def people_at_large(token: Token) -> bool:
    """ "People want leaders who listen", "it's rich people giving money to the poor",
    "the app lets people trade messages": an act whose doers are people at large (an
    `anyone_noun` in the plural with no article, number, owner or description of which ones)
    in the simple present says what people do or tend to do, no event ("a threat many people
    make" neither). "Thousands of people marched", "people have been using the tag" and
    "people are marching" stay."""
    clause = token
    if sx.is_noun(token):
        # "a threat many people make": the act's doers in the noun's relative clause
        clause = next(iter(sx.children(token, "relcl")), None)
        if clause is None:
            return False
    subjects, _ = cs.clause_subject(clause)
    if not subjects and clause.dep_ == "acomp":
        subjects, _ = cs.clause_subject(clause.head)  # "people are keen to ..."
    if not subjects or not all(_anyone(noun, clause) for noun in subjects):
        return False
    return _simple_present(clause)


def group_stance(token: Token) -> bool:
    """ "farmers, who back the incumbent by a wide margin", "delegates backing the mayor",
    "a governor most union members distrust", "we admire most of the candidates": a verb of
    holding a view of someone (`stance_verb`) in the simple present, or a present participle
    with no auxiliary that describes its noun, whose doers are all a group in the plural (a
    plural noun, "we", "they", "many of ..."), says what a group thinks, no event.
    "Giuliani, who backs Trump", "delegates backed Clinton on Monday", "delegates declaring
    support for her" and "Senators Cruz and Lee support the bill" stay."""
    if not sx.is_verb(token) or sx.lemma(token) not in words("stance_verb"):
        return False
    if token.dep_ == "acl" and token.tag_ == "VBG" and not sx.children(token, "aux", "auxpass"):
        subjects = [token.head]
    elif _simple_present(token):
        subjects, _ = cs.clause_subject(token)
    else:
        return False
    return bool(subjects) and all(_group(s) for s in subjects)


def described_by_ability(token: Token) -> bool:
    """ "candidates who will protect the right to vote", "issues most Republicans can agree
    on", "the number of refugees the country can accept", "Democrats who would mobilize to
    help her": a relative clause with a modal (can, could, may, might, would, should, must;
    "will" too when its noun is a bare plural, a kind of people) says what its noun's kind
    can or would do, a description, no event. "Obama, who will meet Xi on Friday" and "the
    envoy who will mediate the talks" stay (a named or particular doer's plan)."""
    clause = sx.position(token) if sx.is_noun(token) else token
    for _ in range(4):  # up through conjuncts and open complements to the relative verb
        if clause.dep_ not in ("conj", "xcomp") or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != "relcl" or not sx.is_verb(clause):
        return False
    modals = sx.aux_lemmas(clause) & RELATIVE_MODALS
    if not modals:
        return False
    noun = clause.head
    kind = noun.tag_ in ("NNS", "NNPS") and not sx.children(noun, "det", "poss", "nummod")
    return bool(modals - INTENDED_AUX) or kind


def _group(noun: Token) -> bool:
    if noun.lower_ in GROUP_PRONOUNS:
        return True
    if noun.lower_ in LARGE_DETS | {"few"}:
        # "many of Europe's politicians admire him"
        noun = next((o for p in sx.children(noun, "prep") if p.lower_ == "of" for o in sx.children(p, "pobj")), noun)
    return noun.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "conj" for c in noun.children)


def _anyone(noun: Token, token: Token) -> bool:
    if noun.tag_ != "NNS" or sx.lemma(noun) not in words("anyone_noun"):
        return False
    for child in noun.children:
        if child.i == token.i or child.dep_ in ("amod", "appos", "punct", "cc", "conj", "parataxis"):
            continue
        if child.dep_ == "det" and child.lower_ in LARGE_DETS:
            continue
        return False  # "the people", "ten people", "people who met her", "people in Ohio"
    return True


def _simple_present(token: Token) -> bool:
    """Whether the first finite verb at or above the token is in the simple present (not
    perfect, not progressive, not past, no modal)."""
    node = token
    for _ in range(8):
        auxes = sx.children(node, "aux", "auxpass")
        tags = {node.tag_} | {a.tag_ for a in auxes}
        if tags & FINITE_TAGS:
            if tags & NOT_PRESENT_TAGS or any(sx.lemma(a) == "have" for a in auxes):
                return False
            return not (node.tag_ == "VBG" and any(sx.lemma(a) == "be" for a in auxes))
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def sum_without_recipient(token: Token, draft: Draft) -> bool:
    """ "wants $2 trillion of added outlays", "is proposing trillions of dollars in tax
    cuts", "seeks $1 trillion in revenue": a sum of public money (`fiscal_noun`: spending,
    taxes, revenue) asked for, offered or given (the verb's object, or what it is "for"),
    with no one it goes to or comes from ("to X", "gave X", "from X"), is budget reporting,
    no event between actors (whoever else the sentence names); so is a bare sum asked for
    ("she calls for $275 billion"). "Pledged $500 million to Myanmar", "sought $2 billion
    from the EU" and "promised $3 billion in aid" stay."""
    if draft.code[:2] not in SUM_ROOTS or not sx.is_verb(token) or sx.children(token, "dative"):
        return False
    things = sx.children(token, "dobj") + [
        o for p in sx.children(token, "prep") if sx.lemma(p) == "for" for o in sx.children(p, "pobj")]
    asking = draft.code[:2] in ("02", "10")
    sums = [thing for thing in things if _public_sum(thing, asking)]
    holders = [token] + [n for thing in sums for n in sx.through_quantity(thing)]
    return bool(sums) and not any(sx.lemma(p) in ("to", "from") and sx.children(p, "pobj")
                                  for n in holders for p in sx.children(n, "prep"))


def _public_sum(noun: Token, bare: bool) -> bool:
    """A sum of money ("$1 trillion", "trillions of dollars") in spending, taxes or revenue,
    or (`bare`) one that says nothing of what it is in."""
    if noun.tag_ != "$" and sx.lemma(noun) not in words("money_noun"):
        return False
    measured = [o for n in sx.through_quantity(noun) for p in sx.children(n, "prep") if sx.lemma(p) in ("in", "of")
                for o in sx.children(p, "pobj")]
    if bare and all(m.tag_ == "$" or sx.lemma(m) in words("money_noun") for m in measured):
        return True
    return any(sx.lemma(m) in words("fiscal_noun") or any(sx.lemma(c) in words("fiscal_noun")
               for c in sx.children(m, "compound")) for m in measured)
