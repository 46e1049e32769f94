"""Negation and modality of a trigger's clause: asserted, intended, hypothetical; denied
or wished under a verb of saying; and the words that only set the scene (background).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventdesk.events import nominal
from eventdesk.events import clause_subjects as cs
from eventdesk.events import syntax as sx
from eventdesk.events.function_words import (
    CIRCUMSTANTIAL_PREPS, HYPOTHETICAL_AUX, INTENDED_AUX, NEGATIVE_PRONOUNS, OBLIGATION_AUX, PENDING_PREPS,
    PREDICTION_AUX, SHARED_SCENE_PREPS,
)
from eventdesk.events.words import words
from eventdesk.lang import FIRST_PERSON
from eventdesk.nlp import children_of, in_headline

if TYPE_CHECKING:
    from eventdesk.events.coder import DocumentCoder


def speech_head(ctx: DocumentCoder, token: Token) -> Token | None:
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return None
        if node.dep_ in ("ccomp", "advcl", "parataxis") and sx.lemma(node.head) in ctx.lexicon.speech:
            return node.head
        if node.dep_ not in ("conj", "xcomp", "ccomp"):
            return None
        node = node.head
    return None


def modality(ctx: DocumentCoder, token: Token) -> tuple[str, bool]:
    """("asserted" | "intended" | "hypothetical", negated) of the clause of a trigger."""
    clause = token
    noun = token if sx.is_noun(token) else None
    if sx.is_noun(token):
        token = sx.position(token)
        clause = token
        head = token.head
        if token.dep_ in ("dobj", "nsubjpass") or (token.dep_ == "pobj" and head.dep_ == "prep"):
            clause = head if token.dep_ != "pobj" else head.head
        # "protests could erupt": the verb of its happening
        clause = sx.occurring(token) or clause
    elif token.pos_ == "ADJ" and token.dep_ == "acomp" and token.head.i != token.i:
        clause = token.head  # "was not critical of X", "will be supportive": the copula's
    aux = sx.aux_lemmas(clause)
    negated = sx.negated(clause) or (clause is token and no_one(clause)) or shared_negation(clause) or yet_to(clause)
    # "has no plans to meet X", "no talks were held"
    negated = negated or (noun is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(noun)))
    modality = "asserted"
    if aux & INTENDED_AUX or ("go" in aux and clause.tag_ == "VB") or _headline_future(ctx, clause):
        modality = "intended"
    if going_to(clause):
        # "we are going to tax you", "was not going to attend": the future of "going to"
        # parsed with "going" as the head and the verb its complement
        modality = "intended"
        negated = negated or sx.negated(clause.head)
    if aux & HYPOTHETICAL_AUX:
        if "would" in aux and speech_head(ctx, clause) is not None:
            modality = "intended"
        elif "can" not in aux or len(aux & HYPOTHETICAL_AUX) > 1:
            modality = "hypothetical"
    if sx.has_mark(clause, ("if", "unless", "whether")):
        modality = "hypothetical"
    modality = _likelihood(clause) or modality
    if failed(clause) and (clause is token or sx.lemma(clause) in ctx.lexicon.light):
        # Not an event noun in the object of what failed ("avoided condemning the
        # invasion": the invasion happened).
        negated = True
    head = speech_head(ctx, clause)
    if head is not None and (sx.lemma(head) in words("denial_verb") or sx.negated(head)):
        # "denied that it attacked", "he never said he wanted to kill them"
        negated = True
    if head is not None and sx.lemma(head) in words("wish_verb"):
        modality = "hypothetical"
    return modality, negated


def going_to(clause: Token) -> bool:
    """ "is going to impose", "are gonna build": a verb under a progressive "go" with "to"."""
    head = clause.head
    return (clause.dep_ == "xcomp" and clause.tag_ == "VB" and head.i != clause.i and sx.lemma(head) == "go"
            and head.tag_ == "VBG" and any(c.dep_ == "aux" and sx.lemma(c) == "be" for c in children_of(head))
            and (any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)) or head.lower_ == "gon"))


def _headline_future(ctx: DocumentCoder, clause: Token) -> bool:
    """ "Kirchner to visit Mexico": a to-infinitive with a subject of its own that heads its
    sentence, or what a speaker says ("Mexico to pay for wall, Trump says"), is a headline's
    "is to": what the subject will do. ("wants Mexico to pay" is a wish, no headline.)"""
    if not sx.has_aux_to(clause) or sx.has_mark(clause, ("for",)):
        return False
    if not any(c.dep_ == "nsubj" for c in children_of(clause)):
        return False
    return clause.dep_ == "ROOT" or speech_head(ctx, clause) is not None


def _verb_of(token: Token) -> Token:
    """The verb whose auxiliaries say whether the event happened: the trigger itself, or for
    an event noun the verb it is the object or passive subject of ("should impose sanctions")."""
    node = sx.position(token) if sx.is_noun(token) else token
    if sx.is_noun(token) and node.dep_ in ("dobj", "nsubjpass"):
        node = node.head
    return node


def announced(ctx: DocumentCoder, token: Token) -> bool:
    """ "The council will meet on Thursday", "X is scheduled / set / due to visit Y": a
    meeting or visit the news announces in its own voice, under "will" or a word of a
    timetable, is reported as the act to come, not as anyone's intent. Said by someone ("X
    said he would meet Y", "X will meet Y, officials said"), under a word of readiness ("is
    ready to hold talks", `readiness_word`) or with "would", it stays an intent; so it does in
    a headline, which leaves out who says it ("X to visit Y" sums up "X will visit Y, his
    office said")."""
    verb = _verb_of(token)
    if in_headline(token.doc, token.idx):
        return False
    if speech_head(ctx, verb) is not None or sx.aux_lemmas(verb) & HYPOTHETICAL_AUX:
        return False
    node = verb
    for _ in range(4):
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return True
        if sx.lemma(node.head) in words("readiness_word"):
            return False
        node = node.head
        if speech_head(ctx, node) is not None:
            return False
    return True


def obliged(token: Token) -> bool:
    """ "voters who say she ought to resign", "insisting that the mayor should publish
    them", "Canada should be glad and even help to pay": an action under "should",
    "must" or "ought" is what someone is told to do, not something done — the demand is
    the event (constructions.obligations codes it when it finds who demands of whom);
    "should have done" did not happen either. "Must have done" is a guess about what
    happened and stays. So is the to-infinitive of a verb of requiring (`requirement_verb`):
    "needs to meet X", "did not need to meet X", "is required to report to Y"."""
    node = _verb_of(token)
    for _ in range(4):
        aux = sx.aux_lemmas(node)
        if aux & OBLIGATION_AUX:
            return not ("must" in aux and "have" in aux) and not sx.inverted_should(node)
        if node.dep_ == "xcomp" and sx.is_verb(node.head) and sx.lemma(node.head) in words("requirement_verb"):
            return True
        own_subject = sx.children(node, "nsubj", "nsubjpass")
        if node.dep_ == "xcomp" or (node.dep_ == "conj" and not own_subject and not aux):
            node = node.head
            continue
        return False
    return False


def required(token: Token) -> bool:
    """ "the case requires an investigation by a special prosecutor", "the charges warrant a
    hearing": an event noun that a verb of requirement (`requirement_verb`) takes for object
    is called for, not done; so is a clause hung on "it is time" ("it is time a prosecutor be
    named to look into the grant", "it is time for the council to act")."""
    if sx.is_noun(token) and token.dep_ == "dobj" and sx.lemma(token.head) in words("requirement_verb"):
        return True
    node = token
    for _ in range(4):
        if node.dep_ not in ("xcomp", "relcl", "acl", "ccomp", "advcl") or node.head.i == node.i:
            return False
        node = node.head
        if node.lower_ == "time" and node.dep_ == "attr" and sx.lemma(node.head) == "be":
            # the idiom only: "it is (high) time", not "it was the first time he had to talk"
            return not sx.children(node, "det", "nummod") and any(
                c.lower_ == "it" for c in sx.children(node.head, "nsubj"))
    return False


def prediction(ctx: DocumentCoder, token: Token) -> bool:
    """ "the mayor said no jury would ever convict him", "an aide said the
    governor would end up backing the winner", "he said Hale could force Dunn
    to spend money": what a speaker says someone else would, could or might do is a guess
    about them, no event. What the speakers say they themselves would do is their intent
    ("the governor announced that he would support Hale", "Moscow would respond, the minister
    said": a state or body the speaker speaks for): it stays, and so does any clause whose
    subject is a pronoun or names no actor, and what a spokesperson or an aide says
    (`spokesperson_noun`: "the spokesman said the president would meet Sanders on
    Thursday" is the president's plan)."""
    from eventdesk.events.actor_phrases import actors_of  # it reads the parse helpers here

    node = _verb_of(token)
    for _ in range(3):
        if sx.aux_lemmas(node) & PREDICTION_AUX or node.dep_ not in ("xcomp", "acomp"):
            break
        node = node.head
    if not sx.aux_lemmas(node) & PREDICTION_AUX or "have" in sx.aux_lemmas(node):
        return False
    head = speech_head(ctx, node)
    subjects = sx.children(node, "nsubj", "nsubjpass")
    if head is None or not subjects or any(s.pos_ == "PRON" for s in subjects):
        return False
    said_by = cs.clause_subject(head)[0]
    if any(sx.lemma(t) in words("spokesperson_noun") for s in said_by for t in s.subtree):
        return False  # a spokesman, an aide: the voice of another
    speakers = [a for s in said_by for a in actors_of(ctx, s)[0]]
    actors = [a for s in subjects for a in ctx.actors.resolve(s)]
    return bool(speakers) and bool(actors) and not any(
        _speaks_for(speaker, actor) for speaker in speakers for actor in actors)


# The auxiliary of a forecast: "would" (what one "could" or "might" do is an option).
GUESS_AUX = frozenset({"would", "'d"})


def narrated_guess(ctx: DocumentCoder, token: Token) -> bool:
    """ "The union is expected to stay out, and its members would back the mayor only
    reluctantly", "the senator would be forced into a corner", "if elected, she would meet
    Putin": what the article itself says someone would do, under no verb of saying
    (`prediction` judges those), is the writer's forecast, no event. What one could or might
    do ("Moscow could impose new sanctions") is an option the article reports: it stays, as
    hypothetical. What happened later ("she would later apologize", a `sequel_adverb`),
    what one "would not stop" doing (`compulsion_verb`: done), what the speakers of a quote
    say they would do (a first-person subject), a clause with a parenthetical verb of
    saying, a purpose ("so that the army would arrest them"), a clause that completes a noun
    ("his pledge that he would meet them") and what would have been (`counterfactual`) are
    not judged here."""
    node = _verb_of(token)
    for _ in range(3):
        if sx.aux_lemmas(node) & PREDICTION_AUX or node.dep_ not in ("xcomp", "acomp"):
            break
        node = node.head
    aux = sx.aux_lemmas(node)
    if not aux & GUESS_AUX or "have" in aux or speech_head(ctx, node) is not None:
        return False
    if node.i != token.i and sx.lemma(node) in words("compulsion_verb") and sx.negated(node):
        return False  # "he would not stop attacking Rubio": he attacked him
    if any(sx.lemma(c) in words("sequel_adverb") for c in sx.children(node, "advmod", "npadvmod")):
        return False
    if any(s.lower_ in FIRST_PERSON for s in sx.children(node, "nsubj", "nsubjpass")):
        return False
    if any(sx.lemma(c) in ctx.lexicon.speech for c in sx.children(node, "parataxis", "ccomp")):
        return False  # "his policy would be, he told CNN, to go after them": said
    if node.dep_ == "advcl" and sx.has_mark(node, ("so", "that")):
        return False  # "sent the lists so that the police could find them": a purpose
    return not (node.dep_ in ("acl", "ccomp") and sx.is_noun(node.head))


def _speaks_for(speaker, actor) -> bool:
    """Whether the actor is the speaker, or a state or body the speaker may speak for (of
    the speaker's country and a sector the speaker has)."""
    if speaker.kind == "person" and actor.kind == "person":
        return speaker.code == actor.code if not (speaker.name and actor.name) else speaker.name == actor.name
    if actor.kind == "state":
        return actor.country == speaker.country
    return actor.country == speaker.country and bool(set(actor.sectors) & set(speaker.sectors))


def desired(token: Token) -> bool:
    """ "the mayor wants to help them", "she intends to visit Ankara", "they hope to meet him
    soon", "he wants the council to resign": what a verb of wanting (`desire_verb`) takes for
    its to-infinitive is what the subject would like to happen, no event; nor is the wanting
    an intent of its own (a promise, a plan or an offer is: `plan`, `promise` stay)."""
    if not sx.is_verb(token):
        return False
    if _desire(token) and any(_infinitive(c) for c in token.children):
        return True
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return False
        if node.dep_ == "conj" and not sx.children(node, "nsubj", "nsubjpass"):
            node = node.head
            continue
        if not _infinitive(node):
            return False
        if _desire(node.head):
            return True
        node = node.head
    return False


def _desire(verb: Token) -> bool:
    # ("hopes" is lemmatised "hop")
    return sx.is_verb(verb) and bool(({sx.lemma(verb)} | sx.base_forms(verb.text)) & words("desire_verb"))


def _infinitive(clause: Token) -> bool:
    """A verb's to-infinitive, with or without a subject of its own ("wants to go", "wants
    Y to go")."""
    return clause.dep_ == "xcomp" or clause.dep_ == "ccomp" and sx.has_aux_to(clause)


def alleged(token: Token) -> bool:
    """ "two men suspected of blowing up a plane", "charged with attacking police", "jailed
    for insulting the king": an act under a `charge_word`'s "of", "with" or "for" is what
    someone is suspected of or held for, not an act the text asserts (the charge, the
    arrest is the event)."""
    if not sx.is_verb(token) or token.dep_ != "pcomp":
        return False
    prep = token.head
    return sx.lemma(prep) in ("of", "with", "for") and sx.lemma(prep.head) in words("charge_word")


def counterfactual(token: Token) -> bool:
    """ "would have had to resign", "it would have been kind had the mayor thanked
    them", "if Iran had attacked, Israel would have retaliated": what would have happened,
    or the condition that did not hold, did not happen. ("may have removed", a guess,
    stays.)"""
    node = _verb_of(token)
    for _ in range(3):
        auxes = [a for a in node.children if a.dep_ in ("aux", "auxpass")]
        lemmas = {sx.lemma(a) for a in auxes}
        if "have" in lemmas and lemmas & {"would", "'d"} and node.tag_ == "VBN":
            return True
        # "had" before the subject ("had Clinton congratulated him"), which the parser may
        # also make the clause's head
        had = [a for a in [*auxes, node.head] if a.lower_ in ("had", "'d") and a.tag_ == "VBD"]
        subjects = sx.children(node, "nsubj", "nsubjpass")
        if had and (sx.has_mark(node, ("if",)) and had[0] in auxes
                    or subjects and had[0].i + 1 == subjects[0].left_edge.i):
            return True
        if node.dep_ != "xcomp":
            return False
        node = node.head
    return False


def _likelihood(clause: Token) -> str | None:
    """ "X is likely to sanction Y" (hypothetical), "X is due / set to visit Y" (intended):
    the to-infinitive of a word of likelihood or of a timetable (words.tsv); else None."""
    if clause.dep_ != "xcomp" or not sx.has_aux_to(clause):
        return None
    head = sx.lemma(clause.head)
    if head in words("likelihood_word"):
        return "hypothetical"
    if head in words("schedule_word") and clause.head.tag_ in ("JJ", "VBN"):
        return "intended"
    return None


def no_one(verb: Token) -> bool:
    """Whether a verb's subject, object or object of a preposition is a pronoun that names
    no one ("I apologize to nobody", "no one attacked them", "criticized none of them")."""
    def empty(noun: Token) -> bool:
        return noun.lower_ in NEGATIVE_PRONOUNS or (
            noun.lower_ == "one" and any(c.lower_ == "no" for c in noun.children))

    args = sx.children(verb, "nsubj", "dobj") + [p for prep in sx.preps(verb) for p in sx.prep_objects(prep)]
    return any(empty(a) for a in args)


def shared_negation(clause: Token) -> bool:
    """Whether a verb takes its negation from the coordination it stands in: "neither
    praised nor criticized", "has not backed the mayor or conceded the count", "did not seek or
    receive it". A conjunct with a subject of its own ("he did not resign, or he was
    fired") is a clause of its own."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in children_of(clause)):
        return True
    if clause.dep_ != "conj" or sx.children(clause, "nsubj", "nsubjpass"):
        return False
    head = clause.head
    joins = [c.lower_ for c in children_of(head) if c.dep_ == "cc" and head.i < c.i < clause.i]
    if "nor" in joins:
        return True
    return "or" in joins and (sx.negated(head) or shared_negation(head))


def yet_to(clause: Token) -> bool:
    """"has yet to endorse him", "is yet to meet them": not done so far."""
    head = clause.head
    return (clause.dep_ == "xcomp" and sx.has_aux_to(clause) and sx.lemma(head) in ("have", "be")
            and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in children_of(head)) and not sx.negated(head))


def failed(clause: Token) -> bool:
    """Whether the clause is the complement of a verb of failing ("avoided condemning X",
    "failed to release them", "refrained from attacking"), and so did not happen. A
    negated failure ("did not fail to") is none."""
    node = clause
    for _ in range(2):
        head = node.head
        if node.dep_ == "pcomp" and sx.lemma(head) in ("from", "of") and head.dep_ == "prep":
            head = head.head
        elif node.dep_ == "acl" and head.tag_ == "NNS" and sx.base_forms(head.text) & words("failure_verb"):
            # "Trump avoids condemning X": the verb misread as a plural noun.
            return True
        elif head.i == node.i or not (node.dep_ == "xcomp" or node.dep_ == "ccomp" and sx.has_aux_to(node)):
            return False
        if sx.lemma(head) in words("failure_verb"):
            return not sx.negated(head)
        if node.dep_ == "pcomp" or not sx.is_verb(head):
            return False
        node = head
    return False


def _manner(holder: Token) -> bool:
    """A predicate of manner holding an "in" phrase, on the adjective or on its copula."""
    manner = words("manner_adjective")
    return sx.lemma(holder) in manner or any(
        c.dep_ == "acomp" and sx.lemma(c) in manner for c in children_of(holder))


# The prepositions that name an event noun's counterpart or author ("talks with X", "a
# visit by X", "clashes between X and Y"; not "from", also a place: "an attack from Mosul").
COUNTERPART_PREPS = frozenset({"with", "by", "between", "against"})


def _own_counterpart(noun: Token) -> bool:
    """An event noun with its counterpart named and no possessor ("her meeting with X" is
    hers, whoever the clause's subject is)."""
    if sx.children(noun, "poss"):
        return False
    return any(sx.lemma(p) in COUNTERPART_PREPS and any(o.pos_ != "PRON" for o in sx.children(p, "pobj"))
               for p in sx.children(noun, "prep"))


def _own_author(noun: Token) -> bool:
    """An event noun with its author named on it: a possessor that is no pronoun ("Kenya's
    mediation") or a "by" phrase ("mediation by Kenya")."""
    if any(p.pos_ != "PRON" for p in sx.children(noun, "poss")):
        return True
    return any(sx.lemma(p) == "by" and any(o.pos_ != "PRON" for o in sx.children(p, "pobj"))
               for p in sx.children(noun, "prep"))


# Words whose noun, described by a participle, stands for itself: a text or a charge ("a
# speech delivered by X", "allegations made by X") or a weapon ("rockets fired by X", coded
# where the firing is told) tells what the noun is, no act of X's.
DESCRIBED_SETS = ("verbal_text", "voice_noun", "speech_noun", "charge_word", "campaign_event",
                  "agentless_subject")


def _named_agent(participle: Token) -> bool:
    """A past participle with its doer named in a "by" phrase that is no pronoun ("detained
    by its navy", "mediated by the United States"): the doer's act, reported as it is."""
    if participle.tag_ != "VBN" or any(sx.lemma(participle.head) in words(name) for name in DESCRIBED_SETS):
        return False
    return any(a.pos_ != "PRON" for a in sx.passive_agents(participle))


def shared_scene(prep: Token, noun: Token) -> bool:
    """A preposition whose event noun `noun` is held alongside the clause's own act by its
    subject: "during" ("praised Chile during talks with X"), or "in" a call (words:
    call_noun): "in a phone call with X, Y said ..."."""
    lemma = sx.lemma(prep)
    return lemma in SHARED_SCENE_PREPS or lemma == "in" and sx.lemma(noun) in words("call_noun")


def background(ctx: DocumentCoder, token: Token) -> bool:
    """Words that only set the scene: an event noun in "during the summit", "with the
    signing of", a modifier noun ("aid convoys"), a clause under "before"/"until"."""
    node = token
    if sx.is_noun(token):
        anchor = sx.position(token)
        if token.dep_ == "compound" and anchor is token:
            return True
        received = anchor.head.lower_ == "under" and sx.lemma(anchor.head.head) in words("under_verb")
        # ("X erupted in protests": the protests are what happened)
        received = received or sx.occurring(anchor) is not None
        # "has been vocal in her criticism of X", "were united in their condemnation": how
        # the subject does the act, not a scene (words: manner_adjective)
        received = received or (anchor.head.lower_ == "in" and _manner(anchor.head.head))
        # "during a meeting with X", "despite appeals from X": an event with its own
        # counterpart happened, whatever it is the scene of (not "during the summit")
        received = received or (shared_scene(anchor.head, anchor) and _own_counterpart(token))
        # "talks opened under mediation by Kenya", "under Russia's occupation": an act with
        # its own author that the clause happens under (not "under the agreement")
        received = received or (anchor is token and anchor.head.lower_ == "under" and _own_author(token))
        # "amid attacks from X", "despite appeals from Y to halt": an act its noun names the
        # author of happened, whatever it is the scene of ("under" keeps its own reading above)
        received = received or (anchor is token and anchor.head.lower_ != "under" and bool(nominal.named_agent(ctx, token)))
        if anchor.dep_ == "pobj" and sx.lemma(anchor.head) in CIRCUMSTANTIAL_PREPS and not received:
            # ("came under fire from X" is the event itself, received: under_verb)
            return True
        node = anchor
    elif token.dep_ == "acl" and (token.tag_ == "VBN" or sx.has_aux_to(token)):
        # "the curfew imposed in Sudan", "efforts to combat X": a participle or an
        # infinitive describing a noun, not news; not what a decision decides
        # ("Obama's decision to admit refugees"), nor a participle with its doer named
        # ("sailors detained by its navy", "an offensive backed by Rwandan troops").
        if not cs.decided(token) and not _named_agent(token):
            return True
    # "before letting relief lorries ...": what has not happened yet.
    for _ in range(8):
        if node.dep_ == "pcomp" and sx.lemma(node.head) in PENDING_PREPS and not _done_before(ctx, node.head):
            return True
        # a clause marked so, however the parser hangs it on (as a complement, or as the
        # root of a sentence it misreads: "Well before the teachers' union was ready to endorse X, ...")
        if sx.has_mark(node, PENDING_PREPS):
            return True
        if node.head.i == node.i or node.dep_ == "ROOT" or (
            node.dep_ == "ccomp" and sx.lemma(node.head) in ctx.lexicon.speech
        ):
            break
        node = node.head
    return False


def _done_before(ctx: DocumentCoder, prep: Token) -> bool:
    """ "arrived in Damascus before meeting Assad", "endorsed X before backing Y": a gerund
    under "before" hung on a past clause told as done (no negation, no modal) is the next
    thing its subject did; under a clause still to come ("will not sign before meeting X")
    or a demand, whose condition it is ("demanded guarantees before releasing them"), it
    has not happened."""
    from eventdesk.events import match

    verb = prep.head
    if sx.lemma(prep) != "before" or prep.dep_ != "prep" or verb.i == prep.i or not sx.is_verb(verb):
        return False
    aux = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    past = verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux)
    past = past or (verb.tag_ == "VBN" and any(sx.lemma(a) == "have" for a in aux))
    if not past or sx.negated(verb) or any(a.tag_ == "MD" for a in aux):
        return False
    return not any(c.entry.code[:2] == "10" or c.entry.family == "demand" for c in match.candidates(ctx, verb))


def reported_clause(clause: Token) -> bool:
    """A that-clause with its own subject and an indicative verb ("insisted the unrest
    reflected ...", "insisted that her statements have been consistent"): a statement of fact, not what is demanded ("demanded that X leave",
    "insisted X should leave")."""
    if clause.dep_ not in ("ccomp", "parataxis") or sx.has_aux_to(clause):
        return False
    aux = [c for c in children_of(clause) if c.dep_ in ("aux", "auxpass")]
    if any(sx.lemma(a) in OBLIGATION_AUX for a in aux):
        return False
    # A plural present ("demanded that its partners refuse") reads as a subjunctive; a
    # perfect ("insisted that her statements have been consistent") does not.
    tags = {clause.tag_} | {a.tag_ for a in aux}
    if tags & {"VBD", "MD"}:
        return True
    if clause.tag_ == "VBN" and any(sx.lemma(a) == "have" for a in aux):
        return True
    return "VBZ" in tags and bool(sx.children(clause, "nsubj", "nsubjpass", "expl"))


def war_named(token: Token) -> bool:
    """ "the Western reaction to the Yemeni civil war", "veterans of the Iraq war": a war
    noun (`war_noun`) inside another noun's phrase names a war the text refers to, no new
    act ("the war between Russia and Ukraine entered its third year", "Israel's war on
    Hamas escalated" are still events); so does one ranked by a superlative or an ordinal
    ("the country's longest war", "the first Gulf war") or said to be what a thing is
    ("Iraq was the nation's longest war")."""
    if not sx.is_noun(token) or sx.lemma(token) not in words("war_noun"):
        return False
    if token.dep_ == "attr" or any(m.tag_ in ("JJS", "RBS") or m.ent_type_ == "ORDINAL" for m in sx.children(token, "amod", "nummod")):
        return True
    anchor = sx.position(token)
    prep = anchor.head
    return anchor.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i != prep.i and sx.is_noun(prep.head)


def war_summary(token: Token) -> bool:
    """A toll of an ongoing war, not a new attack: a war noun (words.tsv `war_noun`) as the
    subject of a verb in the perfect ("the conflict in Syria has killed 400,000 people",
    "Russia's war has displaced millions"), or as where a perfect passive happened ("have
    been killed in the conflict"); the war noun of such a clause is no event either.
    Clashes and fighting ("fighting has killed 30 people this week") are news, not wars."""
    war = words("war_noun")
    verb = token
    if sx.is_noun(token):
        if sx.lemma(token) not in war or token.dep_ not in ("nsubj", "pobj"):
            return False
        verb = token.head if token.dep_ == "nsubj" else token.head.head
    if "have" not in sx.aux_lemmas(verb) or verb.tag_ != "VBN":
        return False
    subjects = [verb.head if s.dep_ == "nsubj" and s.tag_ == "WDT" and verb.dep_ == "relcl" else s
                for s in sx.children(verb, "nsubj")]
    places = [p for prep in sx.preps(verb) if sx.lemma(prep) in ("in", "during") for p in sx.children(prep, "pobj")]
    return any(sx.lemma(n) in war for n in subjects + places)
