"""Readings of article prose that look like events and are not, or are other events:
questions, an actor acting on itself ("shot itself in the foot"), a politician's verbal
attack on another ("the campaign hit Trump for ..." is criticism, 111), a candidate's
campaign rally (no protest). Word lists in data/words.tsv.
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

QUOTES = frozenset({'"', "'", "''", "\u201d", "\u2019", ")"})
REFLEXIVES = frozenset({
    "myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves",
    "themselves", "oneself",
})
# Roots whose events are done to another: done to oneself they are figures of speech.
# Not assaults (18): a suicide bomber "blew himself up".
FORCE_ROOTS = frozenset({"15", "16", "17", "19", "20"})
# Endings of nouns of persons ("supporter", "investor", "activist", "politician").
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee")
# Sectors of those who may attack with arms: their "hit" is no criticism.
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "PTY", "ELI", "OPP", "JUD", "MED", "NGO", "BUS", "EDU"})


def question(token: Token) -> bool:
    """Whether the trigger's clause is a direct question ("But has he called for ...?",
    "Why won't he release his returns?"): it asserts nothing."""
    node = token
    for _ in range(12):
        if node.dep_ in ("ROOT", "ccomp", "parataxis") or node.head.i == node.i:
            break
        node = node.head
    doc = node.doc
    last = node.right_edge
    while (last.is_space or last.text in QUOTES) and last.i > node.i:
        last = doc[last.i - 1]
    after = node.right_edge.i + 1
    return last.text == "?" or (after < len(doc) and doc[after].text == "?")


def on_itself(token: Token, code: str) -> bool:
    """A force verb whose object is the actor itself ("shooting itself in the foot",
    "surrounded himself with advisers"): a figure of speech."""
    if code[:2] not in FORCE_ROOTS:
        return False
    return any(o.lower_ in REFLEXIVES for o in sx.children(token, "dobj", "pobj"))


def _political(actor: Actor) -> bool:
    return actor.kind in ("person", "organization") and bool(actor.sectors) and set(actor.sectors) <= POLITICAL_SECTORS


def unarmed_politics(sources: list[Actor]) -> bool:
    """Every source a politician, party, legislature, outlet or firm — persons of any of
    those sectors, bodies other than a government (which commands forces)."""
    return all(_political(s) and (s.kind == "person" or "GOV" not in s.sectors) for s in sources)


def verbal_attack(token: Token, draft: Draft) -> str | None:
    """ "The campaign hit Trump for not paying", "Reid pounded Trump as a con artist": a
    verb of attack (`verbal_attack_verb`) by a politician, party or outlet on a person or a
    party is criticism (the code the list gives, 111), not a fight. None when it is no
    such attack."""
    codes = word_values("verbal_attack_verb").get(sx.lemma(token))
    if draft.code[:2] not in ("18", "19") or not codes or not draft.sources:
        return None
    if not draft.targets:
        # "Sanders' attacks on her contributions": a politician's attack on no one named
        # is criticism too (political_contest keeps it for this).
        return min(codes) if unarmed_politics(draft.sources) else None
    targets_political = all(t.kind == "person" or "PTY" in t.sectors for t in draft.targets)
    if all(_political(s) for s in draft.sources) and targets_political:
        return min(codes)
    return None


def campaign_rally(token: Token, draft: Draft) -> bool:
    """ "Clinton held rallies before black crowds": a politician's rally
    (`campaign_event`) against nobody is campaigning, not a protest (14). A party's or a
    crowd's rally stays one."""
    if draft.code[:2] != "14" or not draft.sources:
        return False
    nouns = [token] + sx.children(token, "dobj")
    if not any(sx.lemma(n) in words("campaign_event") for n in nouns):
        return False
    if any(sx.lemma(p) in ("against", "over") for n in nouns for p in sx.preps(n)):
        return False
    state = sectors_in("state") | {"PTY", "ELI", "LEG"}
    return all(s.kind == "person" and set(s.sectors) & state for s in draft.sources)


def political_contest(token: Token, draft: Draft) -> bool:
    """ "The White House fought hard to defend the tax", "Sanders' attacks on her
    contributions", "the yearlong battle between Clinton and Sanders": a word of fighting
    (`contest_word`) against no one named, whose every author is a politician, a party, a
    legislature, an outlet or a firm (no government body, no armed group), is a figure of
    political contest, not force (18-20). A verb of attack that politics uses for words
    (`verbal_attack_verb`: "attacks", "hit") stays an event, as criticism: see
    verbal_attack."""
    if draft.code[:2] not in ("18", "19", "20") or draft.targets or not draft.sources:
        return False
    lemma = sx.lemma(token)
    if lemma not in words("contest_word") or lemma in word_values("verbal_attack_verb"):
        return False
    return unarmed_politics(draft.sources)


def state_strike(draft: Draft) -> bool:
    """ "Russian strikes hit Kharkiv", "a US strike killed a commander": a strike whose
    authors are only states or their armed forces is a military strike, not a labour
    strike (143): workers, unions and professions strike, states do not. The next reading
    of the word (190, 195) is tried instead."""
    if draft.code[:3] != "143" or not draft.sources:
        return False
    military = {"MIL", "GOV"}
    return all(s.kind == "state" and set(s.sectors) <= military or
               s.sectors and set(s.sectors) <= {"MIL"} for s in draft.sources)


def _acting_nouns() -> frozenset[str]:
    return words("people_noun") | words("voice_noun") | words("carrier_noun") | words("agentless_subject")


def _is_thing(ctx: DocumentCoder, token: Token) -> bool:
    """A common noun that names no actor, no body of people or text, and no event."""
    if not sx.is_noun(token) or token.pos_ in ("PROPN", "PRON") or token.ent_type_:
        return False
    lemma = sx.lemma(token)
    if lemma.endswith(PERSON_SUFFIXES) or lemma in _acting_nouns():
        return False
    if lemma in word_values("event_noun") or match.candidates(ctx, token):
        return False
    return not any(a.start <= token.idx < a.end for a in ctx.actors.resolve(token))


def thing_subject(ctx: DocumentCoder, token: Token) -> bool:
    """Whether a subject is a thing that names its actor only through a possessor or a
    noun modifier ("Trump's tax filings", "the government mandate requiring ..."): a thing
    does not act, and lends no actor to the verb. Not an event noun ("Moscow's decision",
    "Israel's attack": the author of the act), a body of people (`people_noun`:
    "Clinton's campaign"), a text that speaks for its author (`voice_noun`: "the
    ministry's report accused"), a weapon that strikes by itself (`agentless_subject`), a noun of
    a person ("-er", "-or", "-ist": "Trump's supporters") or a thing named by a nationality
    ("Russian missiles")."""
    if token.dep_ == "ROOT" or not _is_thing(ctx, token):
        # A noun at the root is a verb the tagger misread ("Trump avoids condemning").
        return False
    if any(ctx.actors.resolve(c) for c in children_of(token) if c.dep_ == "amod"):
        return False
    # What a person owns is a thing ("Trump's tax filings", "Clarke's intentions"); what a
    # state or an organisation owns may be a body of its own ("Hamas's armed wing"), so
    # only a rule it makes counts ("the government mandate", `rule_noun`).
    for child in children_of(token):
        found = ctx.actors.resolve(child) if child.dep_ in ("poss", "compound") else []
        if found and all(a.kind == "person" for a in found) and child.dep_ == "poss":
            return True
        if found and sx.lemma(token) in words("rule_noun"):
            return True
    return False
