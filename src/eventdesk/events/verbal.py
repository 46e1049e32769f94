"""Force words of political reporting whose setting says the act is one of words: an attack
made in a speech, an ad, an interview or on Twitter ("Trump attacked the press in a speech",
"was attacked in the media"), made by a text ("the article attacked Christie", "ads
targeting Clinton"), aimed at what someone said ("fired back at the minister's comments"), or made
for saying something ("hit Rubio for saying ..."). Such an attack is criticism (111), whoever
makes it, unless anyone armed takes part. Word lists in data/words.tsv (`verbal_text`,
`verbal_medium`, `voice_noun`, `saying_verb`); figurative.verbal_attack asks this module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventdesk.actors.sectors import sectors_in
from eventdesk.events import match
from eventdesk.events import syntax as sx
from eventdesk.events.words import word_values, words
from eventdesk.model import Actor
from eventdesk.nlp import children_of

if TYPE_CHECKING:
    from eventdesk.events.build import Draft
    from eventdesk.events.coder import DocumentCoder

# Prepositions that put an act in a medium or an occasion of words ("in a speech", "on
# Twitter", "at a debate", "during an interview", "over his remarks").
SETTING_PREPS = frozenset({"in", "on", "at", "during", "via", "through", "over", "about", "with"})
# Prepositions whose verb of saying gives the reason for the attack or the way it is made
# ("for saying", "over calling him a liar", "by calling him a fraud").
REASON_PREPS = frozenset({"for", "over", "by"})
# Dependents of a noun of attack that name its medium ("an ad attack", "a Twitter attack").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def verbal_setting(ctx: DocumentCoder, token: Token, draft: Draft) -> bool:
    """Whether the attack at `token` (or the noun a light verb carries) is said to be made in
    words: in a medium of words, by a text, at a statement, or for saying something."""
    if _armed(draft.sources + draft.targets):
        return False
    holders = [token, *draft.parts]
    return any(_in_medium(ctx, h) or _by_a_text(h) or _at_words(h) for h in holders)


def _armed(actors: list[Actor]) -> bool:
    """Whether any actor bears arms: a state's forces, an armed group, or an international
    militarized group (IMG, "ISIS")."""
    armed = sectors_in("armed") | {"IMG"}
    return any(set(a.sectors) & armed or (a.code or "").startswith("IMG") for a in actors)


def _medium(token: Token) -> bool:
    return sx.lemma(token) in words("verbal_medium") or _text(token)


def _text(token: Token) -> bool:
    return sx.lemma(token) in words("verbal_text")


def _in_medium(ctx: DocumentCoder, holder: Token) -> bool:
    """ "attacked the press in a speech", "is attacked in the media", "hit him over his
    remarks", "bashed her for saying ...", "by calling him a fraud": a phrase on the word
    that names a medium or an occasion of words, or a verb of saying or labelling as the
    reason or the way."""
    saying = ctx.lexicon.speech | words("saying_verb") | words("jibe_verb")
    for prep in sx.preps(holder):
        name = sx.lemma(prep)
        objects = sx.prep_objects(prep)
        if name in SETTING_PREPS and any(_medium(o) for o in objects):
            return True
        if name in REASON_PREPS and any(sx.is_verb(o) and sx.lemma(o) in saying for o in objects):
            return True
    return False


def _by_a_text(holder: Token) -> bool:
    """ "the article attacked Christie", "online ads targeting Clinton", "a Twitter attack": the
    word's subject, the noun its participle or relative clause describes, or its noun
    modifier is a text or a medium of words."""
    authors = sx.children(holder, "nsubj") if sx.is_verb(holder) else []
    if holder.dep_ in ("acl", "relcl") and holder.head.i != holder.i:
        authors.append(holder.head)
    if sx.is_noun(holder):
        authors += [c for c in children_of(holder) if c.dep_ in MODIFIER_DEPS]
    texts = words("voice_noun")
    return any(_medium(a) or sx.lemma(a) in texts for a in authors)


def _at_words(holder: Token) -> bool:
    """ "fired back at the minister's comments", "lashed out at the ad": what the word aims at,
    its object or the object of its "at", is a statement or a text, not anyone's body."""
    aimed = sx.children(holder, "dobj") if sx.is_verb(holder) else []
    aimed += [o for p in sx.preps(holder) if sx.lemma(p) == "at" for o in sx.prep_objects(p)]
    return any(_text(o) for o in aimed)


# Roots of force and seizure whose object may be a political fortune: assaults (18), fights
# (19), mass violence (20), seizing or destroying property (171).
FORTUNE_ROOTS = ("18", "19", "20", "171")


def fortune_struck(token: Token, draft: Draft) -> bool:
    """ "Trump is destroying the party's chance to win", "had stolen Christie's thunder",
    "conducted his campaign as if ...": a force or seizure word whose object is a political
    fortune (`fortune_noun`: a chance, a legacy, a candidacy, a campaign), done by persons or
    bodies with no arms and no state among them, is a figure of political contest, no force."""
    if sx.lemma(token) in words("contest_word"):
        return False  # "dedicating money to combat Trump's candidacy": see fortune_fought
    return _fortune_object(token, draft)


def fortune_fought(token: Token, draft: Draft) -> bool:
    """ "spent money to combat Trump's candidacy", "fought his nomination": a word of fighting
    (`contest_word`) whose object is a political fortune, by persons or bodies with no arms
    and no state, is opposition in words (111), aimed at the fortune's owner."""
    return sx.lemma(token) in words("contest_word") and _fortune_object(token, draft)


def _fortune_object(token: Token, draft: Draft) -> bool:
    if draft.code[:2] not in FORTUNE_ROOTS[:3] and draft.code[:3] != FORTUNE_ROOTS[3] or not sx.is_verb(token):
        return False
    if any(a.kind == "state" for a in draft.sources) or _armed(draft.sources + draft.targets):
        return False
    objects = sx.children(token, "dobj") or (sx.children(token, "nsubjpass") if sx.is_passive(token) else [])
    return bool(objects) and all(sx.lemma(o) in words("fortune_noun") for o in objects)


# Roots of the verbal codes an attack "by" doing them is made of: disapprove (11), reject
# (12), threaten (13).
WORD_ROOTS = frozenset({"11", "12", "13"})


def attack_by_words(ctx: DocumentCoder, token: Token, draft: Draft) -> bool:
    """ "the column attacked the governor by accusing him of ...", "hit Trump by calling him a
    fraud": a word of attack (`verbal_attack_verb`) whose "by" phrase is an act the lexicon
    codes as disapproval, rejection or a threat names that act, which is coded at its own
    verb: the attack is no second event (a "by" of saying or labelling makes it criticism,
    see verbal_setting)."""
    if draft.code[:2] not in ("18", "19") or sx.lemma(token) not in word_values("verbal_attack_verb"):
        return False
    for prep in sx.preps(token):
        if sx.lemma(prep) != "by" or prep.dep_ == "agent":
            continue
        for act in sx.children(prep, "pcomp"):
            if any(c.entry.code[:2] in WORD_ROOTS for c in match.candidates(ctx, act)):
                return True
    return False
