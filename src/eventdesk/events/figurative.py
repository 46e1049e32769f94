"""Readings of article prose that look like events and are not, or are other events:
questions, an actor acting on itself ("shot itself in the foot"), a politician's verbal
attack on another ("the campaign hit Trump for ..." is criticism, 111), a candidate's
campaign rally (no protest). Word lists in data/words.tsv.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventdesk.actors.sectors import sectors_in
from eventdesk.events import match, verbal
from eventdesk.events import clause_subjects as cs
from eventdesk.events import syntax as sx
from eventdesk.events.words import word_values, words
from eventdesk.model import Actor
from eventdesk.nlp import children_of

if TYPE_CHECKING:
    from eventdesk.events.build import Draft
    from eventdesk.events.lexicon import Entry
    from eventdesk.events.records import Candidate
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


def force_on_a_thing(ctx: DocumentCoder, action: str, inner: Candidate | None, where: Token) -> bool:
    """A force action whose object, the one struck, names no actor, no thing an attack
    hits and no town ("plans to fight the opioid crisis", "vowed to attack the plan"): what is
    promised, planned or threatened is no force against anyone. An action with no object
    ("vowed to fight") or whose entry asks for its object ("ready to use force") is not
    judged here."""
    from eventdesk.events import actor_phrases, arguments, places
    from eventdesk.events.behaviour import behaviour

    if behaviour(action).kind != "force" or not sx.is_verb(where) or inner is None:
        return False
    if inner.entry.condition("obj") not in (None, frozenset({"*"})) or "obj" not in inner.entry.targets:
        return False
    objects = arguments.objective(ctx, where)
    return bool(objects) and not any(
        actor_phrases.actors_of(ctx, o)[0] or sx.lemma(o) in words("struck_noun") or places.named_town(ctx, o) is not None
        for o in objects
    )


def on_itself(token: Token, code: str, entry: Entry | None = None) -> bool:
    """A force verb whose object is the actor itself ("shooting itself in the foot",
    "surrounded himself with advisers"): a figure of speech. Not when the entry asks for
    the reflexive ("distanced himself from X" reduces relations with X)."""
    if code[:2] not in FORCE_ROOTS:
        return False
    if entry is not None and (entry.condition("obj") or frozenset()) & REFLEXIVES:
        return False
    return any(o.lower_ in REFLEXIVES for o in sx.children(token, "dobj", "pobj"))


def _political(actor: Actor) -> bool:
    return actor.kind in ("person", "organization") and bool(actor.sectors) and set(actor.sectors) <= sectors_in("political")


def _named_person(actor: Actor) -> bool:
    """A person the text names whose role the actor lexicon does not know ("Kasich", "Yellen"):
    in an attack by words on a political side, one more politician."""
    return actor.kind == "person" and not actor.sectors


def unarmed_politics(sources: list[Actor]) -> bool:
    """Every source a politician, party, legislature, outlet or firm — persons of any of
    those sectors, bodies other than a government (which commands forces)."""
    return all(_political(s) and (s.kind == "person" or "GOV" not in s.sectors) for s in sources)


def verbal_attack(ctx: DocumentCoder, token: Token, draft: Draft) -> str | None:
    """ "The campaign hit Trump for not paying", "Reid pounded Trump as a con artist", "Graham
    attacked lawmakers", "Clinton shot back": a verb of attack (`verbal_attack_verb`, a noun
    of `verbal_attack_noun`, or a `retort_verb` with "back") by a politician, party or outlet on a person or a political
    body is criticism (the code the list gives, 111), not a fight; so is any "verbal"
    attack, and any attack made in words (verbal.verbal_setting: "in a speech", "ads
    targeting X", "fired back at his comments") whoever makes it, if no one armed takes part;
    so is a fight against a political fortune (verbal.fortune_fought: "combat his candidacy").
    A named person of no known role counts as a politician when the other side is
    one. None when it is no such attack."""
    if draft.code[:2] not in ("18", "19"):
        return None
    nouns = [token, *draft.parts]
    if draft.sources and _said_verbal(nouns):
        return "111"  # "his verbal assault on the nominee"
    codes = _attack_codes(token, nouns)
    if codes and verbal.verbal_setting(ctx, token, draft) or not codes and verbal.fortune_fought(token, draft):
        return min(codes or {"111"})
    if not codes or not draft.sources:
        return None
    if not draft.targets:
        # "Sanders' attacks on her contributions": a politician's attack on no one named
        # is criticism too (political_contest keeps it for this).
        known = [s for s in draft.sources if not _named_person(s)]
        return min(codes) if unarmed_politics(known) else None
    sources_political = all(_political(s) or _named_person(s) for s in draft.sources)
    if any(_named_person(s) for s in draft.sources):
        # one we know nothing of attacks in words only a person or a party, never a body
        # a weapon can hit ("grenades hitting the consulate")
        targets_political = all(t.kind == "person" or "PTY" in t.sectors for t in draft.targets)
    else:
        targets_political = all(t.kind == "person" or _political_body(t) for t in draft.targets)
    known_side = any(_political(a) for a in draft.sources + draft.targets)
    if sources_political and targets_political and known_side:
        return min(codes)
    return None


def _attack_codes(token: Token, nouns: list[Token]) -> frozenset[str] | None:
    """The codes of a word of attack that politics uses for words: the verb, or the noun a
    light verb carries ("launched an attack on the tax plan"), or a retort ("fired back")."""
    values = word_values("verbal_attack_verb")
    codes = next((values[sx.lemma(t)] for t in nouns if sx.lemma(t) in values), None)
    if codes is None and any(sx.is_noun(t) and sx.lemma(t) in words("verbal_attack_noun") for t in nouns):
        codes = frozenset({"111"})  # "the senator's relentless assault on the committee"
    if codes is None and _retort(token):
        codes = frozenset({"111"})
    return codes


def _retort(token: Token) -> bool:
    """A verb of striking with "back" ("shot back", "fired back"): an answer to an attack."""
    return sx.lemma(token) in words("retort_verb") and any(
        p.lower_ == "back" for p in sx.children(token, "prt", "advmod"))


def _said_verbal(nouns: list[Token]) -> bool:
    """Whether an adjective calls the attack one of words ("a verbal assault")."""
    return any(sx.lemma(m) in words("verbal_word") for t in nouns for m in sx.children(t, "amod"))


def _political_body(actor: Actor) -> bool:
    """A party, or a body or group whose every sector is one of political life ("lawmakers",
    "the media", "the Republican-led Congress")."""
    return "PTY" in actor.sectors or bool(actor.sectors) and set(actor.sectors) <= sectors_in("political")


def campaign_rally(token: Token, draft: Draft) -> bool:
    """ "Clinton held rallies before black crowds": a politician's rally
    (`campaign_event`) against nobody is campaigning, not a protest (14). A party's or a
    crowd's rally stays one."""
    if draft.code[:2] != "14" or not draft.sources:
        return False
    # the rally may be one of conjoined objects ("organizing fundraisers and rallies")
    nouns = [token] + [n for o in sx.children(token, "dobj") for n in sx.with_conjuncts(o)]
    if not any(sx.lemma(n) in words("campaign_event") for n in nouns):
        return False
    if any(sx.lemma(p) in ("against", "over") for n in nouns for p in sx.preps(n)):
        return False
    state = sectors_in("state") | {"PTY", "ELI", "LEG"}
    return all(s.kind == "person" and set(s.sectors) & state for s in draft.sources)


def political_contest(token: Token, draft: Draft) -> bool:
    """ "The White House fought hard to defend the tax", "Sanders' attacks on her
    contributions", "the long battle between the two senators", "Democrats battling
    it out": a word of fighting (`contest_word`) against no one named (or fought "out"), whose every author is a politician, a party, a
    legislature, an outlet or a firm (no government body, no armed group), or a person the
    text names with no known role ("Debbie keeps fighting"), is a figure of
    political contest, not force (18-20). A verb of attack that politics uses for words
    (`verbal_attack_verb`: "attacks", "hit") stays an event, as criticism: see
    verbal_attack."""
    return (not draft.targets or _fought_out(token)) and _fight_word(token, draft) and (
        all(unarmed_politics([s]) or _named_person(s) for s in draft.sources))


def _fought_out(token: Token) -> bool:
    """ "Democrats battling it out in Kentucky": "it" with "out" is the contest itself, no
    one fought (whatever "it" would otherwise be read as)."""
    return any(o.lower_ == "it" for o in sx.children(token, "dobj")) and any(
        p.lower_ == "out" for p in sx.children(token, "prt"))


def stance_taken(token: Token, draft: Draft) -> bool:
    """ "The senator has not taken a position on the tariff plan", "he takes his positions out
    of convenience": a verb of capture whose object is also a stance (`stance_noun`),
    taken by persons or bodies with no armed sector, is a view held, not ground seized
    ("rebels took positions above the town" stays a fight)."""
    if draft.code[:2] not in ("18", "19", "20") or not draft.sources or not sx.is_verb(token):
        return False
    objects = sx.children(token, "dobj") or (sx.children(token, "nsubjpass") if sx.is_passive(token) else [])
    return any(sx.lemma(o) in words("stance_noun") for o in objects) and all(
        s.kind in ("person", "organization") and not set(s.sectors) & sectors_in("armed") for s in draft.sources)


def _fight_word(token: Token, draft: Draft) -> bool:
    """A force event (18-20) with sources, at a word of fighting politics uses for its
    contests (`contest_word`) that is no verb of verbal attack."""
    if draft.code[:2] not in ("18", "19", "20") or not draft.sources:
        return False
    lemma = sx.lemma(token)
    return (lemma in words("contest_word") and lemma not in word_values("verbal_attack_verb")
            and not _said_verbal([token, *draft.parts]) and not _retort(token))


def contest_won(token: Token, draft: Draft) -> bool:
    """ "Sanders would beat Trump by five points", "Trump beat a field of 16 candidates",
    "a district Clinton won": a verb of winning that is also one of striking or capturing
    (`victory_verb`), whose every source and target is a person or an organisation with no
    armed sector, or a group of political life ("the other GOP candidates"), is a race, a
    poll or a game won, not force (18-20). Not when the entry reads more than its object
    ("beat him to death", "beat up"), and not when anyone armed or any state takes part."""
    if draft.code[:2] not in ("18", "19", "20") or not draft.sources or not draft.targets:
        return False
    if sx.lemma(token) not in words("victory_verb") or any(key != "obj" for key, _ in draft.entry.conditions):
        return False
    armed = sectors_in("armed")  # a match's score ("beat Uruguay 2-1"): a game, whoever plays
    return sx.scoreline(token) or all((a.kind in ("person", "organization") or a.kind == "group" and _political_body(a))
               and not set(a.sectors) & armed for a in draft.sources + draft.targets)


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
    return (words("people_noun") | words("voice_noun") | words("carrier_noun") | words("agentless_subject")
            | words("kin_noun"))


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


def indirect_question(ctx: DocumentCoder, token: Token) -> bool:
    """ "asked whether the plan differed", "asked Trump what he meant", "tried to ask him
    a question": a verb of asking (`asking_verb`) whose complement is a question (a clause
    under "whether", "if" or a wh-word, or the noun `question_noun`) asks for an answer,
    not for an action: no appeal (02). So does one that names only whom it asks ("'Who
    would vote for that?' he asked reporters", "asked reporters about the budget"): no
    action, no clause, nothing asked "for" or "of" anyone."""
    if sx.lemma(token) not in words("asking_verb"):
        return False
    if _only_addressee(ctx, token):
        return True
    for child in token.children:
        if child.dep_ == "dobj" and sx.lemma(child) in words("question_noun"):
            return True
        if child.dep_ not in ("ccomp", "advcl"):
            continue
        if sx.has_mark(child, ("whether", "if")):
            return True
        first = child.doc[child.left_edge.i]
        if first.tag_ in ("WDT", "WP", "WP$", "WRB") and first.i < child.i:
            return True
    return False


def _only_addressee(ctx: DocumentCoder, token: Token) -> bool:
    """A verb with someone for object and no complement: no clause, no "for" or "of"
    phrase, no thing asked for ("asked permission")."""
    if any(c.dep_ in ("xcomp", "ccomp", "advcl", "parataxis") for c in token.children if c.i > token.i):
        return False
    if any(sx.lemma(p) in ("for", "of") for p in sx.preps(token)):
        return False
    objects = sx.children(token, "dobj", "dative")
    return bool(objects) and not any(_is_thing(ctx, o) for o in objects)


def asked_about(token: Token) -> bool:
    """Whether the trigger is inside a question someone asks or weighs ("asked whether the
    deals required them to cooperate", "will decide whether to impose sanctions", "whether
    or not Israel is willing to"): a clause under "whether", or under "if" after a verb of
    asking, asserts nothing."""
    node = token
    for _ in range(8):
        if sx.has_mark(node, ("whether",)):
            return True
        if sx.has_mark(node, ("if",)) and sx.lemma(node.head) in words("asking_verb"):
            return True
        if node.dep_ in ("ROOT", "relcl") or node.head.i == node.i:
            return False
        node = node.head
    return False


def requested_action(ctx: DocumentCoder, token: Token) -> bool:
    """The action a verb of appeal asks for ("called on her to resign", "urged
    them to talk") or one of inviting welcomes (`invitation_verb`: "welcomed the premier
    to visit Nairobi"): what is asked has not happened, and whoever asks does not do it.
    When the appeal itself makes no event (its addressee unnamed), its complement makes
    none either."""
    head = token.head
    if token.dep_ not in ("xcomp", "ccomp") or head.i == token.i or not sx.has_aux_to(token):
        return False
    if sx.lemma(head) in words("invitation_verb"):
        return True
    # Not an order ("ordered the paper to suspend publication"): what authority orders is
    # imposed, and codes when the order does not.
    return any(c.entry.family == "appeal" for c in match.candidates(ctx, head))


def offered_thing(ctx: DocumentCoder, token: Token, draft: Draft) -> bool:
    """ "firms offering encryption technology", "Ohio offers many days to vote", "lawyers
    had to offer counterarguments": a verb of offering (`offering_verb`) whose object is a
    thing, with no action offered and no one it is offered to, is trade or argument, not
    an intent (03). Views and ideas (`idea_noun`: "offered Iowa voters different
    approaches", "offered his thoughts on the senator", "the vision the party is offering
    Americans") are argument whoever they are offered to."""
    if draft.entry.family != "intend" or draft.via_family or not sx.is_verb(token):
        return False
    if sx.lemma(token) not in words("offering_verb"):
        return False
    objects = sx.children(token, "dobj")
    if token.dep_ == "relcl" and not objects or any(o.tag_ == "WDT" for o in objects):
        objects = [token.head]  # "the vision (that) Democrats are offering"
    things = [q for o in objects for q in sx.through_quantity(o)]
    if things and all(sx.lemma(q) in words("idea_noun") for q in things):
        return True
    return not draft.targets and bool(objects) and all(_is_thing(ctx, q) for q in things)


def not_a_call(ctx: DocumentCoder, token: Token, draft: Draft) -> bool:
    """A verb of telephoning (041) that names or tallies: "calling it a paperwork error"
    (a predicate after the object labels it), "has rung up endorsements" (an object that
    names no actor); "call" that names is no appeal (02) either ("called it a rough week
    for Trump")."""
    if not sx.is_verb(token):
        return False
    if draft.code[:2] == "02" and sx.lemma(token) == "call" and sx.children(token, "oprd"):
        # "what the Times called a rough week for Trump": a name, not an appeal for it.
        return True
    if draft.code[:3] != "041":
        return False
    if any(key == "obj" and values - {"*"} for key, values in draft.entry.conditions):
        # A row that names its object ("received a phone call") is about that object.
        return False
    if sx.children(token, "oprd"):
        return True
    objects = sx.children(token, "dobj")
    return bool(objects) and not any(
        o.pos_ == "PRON" or ctx.actors.resolve(o) for o in objects
    )


def tallied_meetings(token: Token, draft: Draft) -> bool:
    """ "more than half of Clinton's meetings were with donors", "the 154 meetings she
    had": a plural noun of one meeting or visit (`tallied_noun`) with no counterpart
    named counts many meetings, no one event (04). Nouns used in the plural for one
    meeting ("talks", "consultations") are not in the list. Sides that meet each other
    ("meetings between Chinese and American officials") are counterparts."""
    if draft.code[:2] != "04" or draft.targets or ("mutual" in draft.entry.flags and len(draft.sources) > 1):
        return False
    # "the meetings she had": the light verb is the trigger, the noun one of its parts.
    nouns = [token] + [p for p in draft.parts if sx.is_noun(p)]
    return any(n.tag_ == "NNS" and sx.lemma(n) in words("tallied_noun") for n in nouns)


def contest_to_win(token: Token, draft: Draft) -> bool:
    """ "Clinton and Sanders battled to replace him", "fought to keep the seat", "battling
    Okafor for first place in the survey", "has fought for affordable housing": a word of
    fighting (`contest_word`) with an infinitive of what is won, or a "for" of what is
    fought for, whose every author is a person or a body with no armed sector, is a contest
    for office or a cause, not force, even with the rivals as each other's targets."""
    if not _fight_word(token, draft):
        return False
    infinitive = any(c.dep_ in ("xcomp", "advcl") and sx.has_aux_to(c) for c in token.children)
    prize = any(sx.lemma(p) == "for" for p in sx.preps(token))
    return (infinitive or prize or _race_fought(token)) and all(
        s.kind in ("person", "organization") and not set(s.sectors) & sectors_in("armed") for s in draft.sources)


def _race_fought(token: Token) -> bool:
    """ "fought a bitter primary against her", "his 2008 primary battle with Clinton", "make
    the election a battle": the fight is a race for office (`race_noun`), as its object, its
    modifier, or the thing it is said to be."""
    def race(t: Token) -> bool:
        return sx.lemma(t) in words("race_noun")

    if any(race(c) for c in token.children if c.dep_ in ("dobj", "compound", "amod", "nmod")):
        return True
    return token.dep_ in ("ccomp", "oprd", "attr") and any(
        race(c) for c in token.head.children if c.dep_ in ("nsubj", "dobj") and c.i < token.i) or any(
        race(c) for c in token.children if c.dep_ == "nsubj")


def political_shield(token: Token, draft: Draft) -> bool:
    """ "club officials tried to protect the coach by moving the vote to August", "the
    senator shielded his ally from the inquiry": protection (074) that only politicians out
    of government, parties, outlets or firms give is political cover, no guard or escort (a
    government or its leaders, the Secret Service, police or troops protecting someone stay)."""
    political = sectors_in("political")
    return (draft.code == "074" and sx.is_verb(token) and bool(draft.sources) and all(
        s.kind in ("person", "organization", "group") and s.sectors and set(s.sectors) <= political
        and "GOV" not in s.sectors for s in draft.sources))


def trip_at_home(token: Token, draft: Draft) -> bool:
    """ "Sanders and Clinton both visited Wilmington", "Obama traveled to Ohio", "made two
    campaign stops in Florida": a person's visit (042) to a town or region of their own
    country (a place name, not a body, the text gives no other country) is a trip at home,
    a campaign stop, not a visit to a host."""
    if draft.code[:3] != "042" or not sx.is_verb(token) or not draft.sources:
        return False
    if not all(s.kind == "person" for s in draft.sources):
        return False
    homes = {s.country for s in draft.sources}
    from eventdesk.events.places import place_name  # places reads this module

    objects = sx.children(token, "dobj")
    # where the trip goes: the object, or "to"/"in" a place on the verb or on its noun of a
    # trip ("made three campaign stops in Ohio"; not "visited the memorial in Washington")
    holders = [token] + [p for p in draft.parts if sx.is_noun(p)]
    objects += [q for h in holders for p in sx.preps(h) if sx.lemma(p) in ("to", "in") for q in sx.prep_objects(p)]
    places = [o for o in objects if o.ent_type_ in ("GPE", "LOC", "FAC") or place_name(o)]
    return bool(places) and bool(draft.targets) and all(
        t.country is None or t.country in homes for t in draft.targets) and all(
        t.kind != "state" or t.country in homes for t in draft.targets)


def contribution(draft: Draft) -> bool:
    """ "Levine, who has given money to Rubio": money (071) one person gives another is a
    campaign contribution or a gift, not economic aid, which goes to states, bodies and
    populations."""
    return (draft.code[:3] == "071" and bool(draft.sources) and bool(draft.targets)
            and all(a.kind == "person" for a in draft.sources + draft.targets))


def benefit(ctx: DocumentCoder, token: Token, draft: Draft) -> bool:
    """ "the quiet summer helped the mayor", "praise from Paris helps the minister", "the
    ruling helped the plaintiffs": a verb of aid (07) whose subject is a thing or an act,
    no actor itself (only one named inside it, "from Paris"), tells who gains, not who
    gives aid."""
    # the bare verb of helping ("helped X"), not an entry that names what is given or who
    # gives it ("peacekeepers arrived", "provided aid")
    if draft.code[:2] != "07" or not sx.is_verb(token) or draft.entry.pos != "v" or draft.entry.conditions:
        return False
    subjects, _ = cs.clause_subject(token)
    if not subjects or any(s.pos_ in ("PROPN", "PRON") or s.ent_type_ for s in subjects):
        return False
    return all(sx.is_noun(s) and not any(a.start <= s.idx < a.end for a in ctx.actors.resolve(s)) for s in subjects)


# Entity labels of names that may hold an event word: a show, a law, a body, a building
# ("Meet the Press", "the National League of Cities", "the Fight for $15 movement").
NAME_LABELS = frozenset({"WORK_OF_ART", "LAW", "ORG", "FAC", "PRODUCT", "EVENT"})


def in_a_name(token: Token) -> bool:
    """ "a guest of 'Meet the Press' by video", "addressed the National League of Cities": a
    capitalised event word inside a name the tagger marks (a show, a law, a body) names
    that thing; no event. Not at the start of a sentence, and not in a headline, whose
    words are all capitalised."""
    if not token.is_title or token.ent_type_ not in NAME_LABELS or token.ent_iob_ == "":
        return False
    sent = token.sent
    if token.i == sent.start:
        return False
    words_ = [t for t in sent if t.is_alpha and len(t) > 3]
    return sum(t.is_lower for t in words_) >= 0.2 * len(words_)


# Clauses that give what a statement says: a participle or clause hung on the verb or on
# its noun ("issued a statement saying ...", "an announcement that ...").
CONTENT_LINKS = frozenset({"advcl", "acl", "ccomp", "xcomp", "parataxis"})


def statement_given(ctx: DocumentCoder, token: Token, draft: Draft) -> bool:
    """ "The town released a statement saying the remarks were false", "issued a statement
    confirming it will hire staff", "released the following statement: ...", "the mayor
    said in making his announcement": a statement made (010) whose words the text gives —
    a verb of saying or a clause on the verb or its noun, a colon that opens them — or that
    is itself how a verb of saying was said, is reported speech, as a plain "said" is: the
    statements stage records it, and the judgments stage codes it when it judges someone.
    A statement the text only reports ("addressed the nation", "held a news conference")
    stays an event."""
    if draft.code != "010" or not sx.is_verb(token):
        return False
    if token.dep_ == "pcomp" and sx.lemma(token.head.head) in ctx.lexicon.speech:
        return True
    for head in [token, *sx.children(token, "dobj")]:
        for child in head.children:
            if child.i > head.i and child.text == ":":
                return True
            if child.dep_ in CONTENT_LINKS and child.i > head.i and (
                    sx.lemma(child) in ctx.lexicon.speech or sx.has_mark(child, ("that",))
                    or _own_subject(child)):
                return True
    return False


def _own_subject(clause: Token) -> bool:
    """A clause with a subject of its own, not a relative one ("an announcement that will
    surprise fans")."""
    subjects = sx.children(clause, "nsubj", "nsubjpass")
    return bool(subjects) and not any(s.tag_ in ("WDT", "WP") for s in subjects)
