"""Constructions that make an event beyond a single trigger word: blame clauses ("X said Y
was responsible"), dismissals ("... is out of the question"), obligations ("X said Y
must ..."), a protest's purpose, and the families (appeal, intend, demand, reject,
threaten, ...) that code an event by the action it is about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan, Token

from eventdesk.events import actor_phrases, arguments, match, modality, sides
from eventdesk.events import syntax as sx
from eventdesk.events.behaviour import CodeBehaviour, behaviour
from eventdesk.events.function_words import EXCESS_ADVERBS, LOWER_DEGREE_ADVERBS, OBLIGATION_AUX, THING_PRONOUNS
from eventdesk.events.judgments import judgment_lexicon, own_country
from eventdesk.events.lexicon import Entry
from eventdesk.events.records import Built, Candidate
from eventdesk.events.words import word_values, words
from eventdesk.model import Actor
from eventdesk.nlp import children_of

if TYPE_CHECKING:
    from eventdesk.events.coder import DocumentCoder


# Families whose complement's subject or object is the one asked ("urged X to", "demanded
# that X ..."): they need that addressee as their target.
ADDRESSEE_FAMILIES = frozenset({"appeal", "demand"})
# The construction each class of data/judgments.tsv makes as a predicate, strongest first.
JUDGMENT_CONSTRUCTIONS = (("accusation", "blame"), ("criticism", "disparage"), ("praise", "praise"))

def blame_clauses(ctx: DocumentCoder, sent: SpacySpan, consumed: set[int]) -> list[Built]:
    """Judgments a speaker passes on an actor:

    - "X says Y is responsible for / behind / to blame for Z": X accuses Y (blame, 112);
    - "X says Y is unfit / a liar / a dangerous man": X criticizes Y (disparage, 111);
    - "X says Y is qualified / a hero": X praises Y (praise, 051); "not qualified" criticizes;
    - "X called Y a liar", "branded Y a traitor", "described Y as dangerous" (a
      labelling_verb with its object and label): the same judgments, 111 or 051."""
    found = []
    for verb in sent:
        if not sx.is_verb(verb) or verb.i in consumed:
            continue
        lemma = sx.lemma(verb)
        if lemma in ctx.lexicon.speech:
            for clause in sx.children(verb, "ccomp"):
                built = _judged_clause(ctx, verb, clause, consumed)
                if built is not None:
                    found.append(built)
        if lemma in words("labelling_verb"):
            built = _label(ctx, verb, consumed)
            if built is not None:
                found.append(built)
    return found


def _judgment(predicate: Token, negated: bool) -> str | None:
    """The construction a predicate ("unfit", "a dangerous man", "a hero") makes, or None."""
    lexicon = judgment_lexicon()
    tokens = [predicate] + [c for c in children_of(predicate) if c.dep_ in ("amod", "compound")]
    classes = {lexicon.word_class(t) for t in tokens}
    # "Bush is not smart enough": the negation on the predicate itself
    negated = negated or any(c.dep_ == "neg" for c in children_of(predicate))
    excess = any(c.dep_ == "advmod" and c.lower_ in EXCESS_ADVERBS for c in children_of(predicate))
    for name, construction in JUDGMENT_CONSTRUCTIONS:
        if name in classes:
            # "the least qualified candidate", "less competent": the quality word turned around
            negated = negated != any(c.dep_ == "advmod" and c.lower_ in LOWER_DEGREE_ADVERBS
                                     for t in tokens if lexicon.word_class(t) == name for c in children_of(t))
            if name == "praise":
                if excess:
                    return None  # "too principled to win": a virtue carried too far
                return "disparage" if negated else construction
            return None if negated else construction
    return None


def _judged_clause(ctx: DocumentCoder, speech: Token, clause: Token, consumed: set[int]) -> Built | None:
    """ "X said Y was responsible / unfit / qualified": the speaker's judgment of Y."""
    if sx.lemma(clause) != "be":
        return None
    name = None
    predicate = None
    for c in children_of(clause):
        if (c.dep_ in ("acomp", "attr") and sx.lemma(c) in words("blame_word")) or (
                c.dep_ == "prep" and sx.lemma(c) == "behind"):
            name, predicate = ("blame", c) if not sx.negated(clause) else (None, None)
            break
        if c.dep_ in ("acomp", "attr"):
            name, predicate = _judgment(c, sx.negated(clause)), c
            if name:
                break
    subjects = sx.children(clause, "nsubj")
    if not name or not subjects:
        return None
    judged = sx.with_conjuncts(subjects[0])
    if subjects[0].lower_ in ("he", "she", "they"):
        # "X said of Trump: 'He is a fraud'": the one the speech is about
        judged = [o for p in sx.preps(speech) if sx.lemma(p) == "of" for o in sx.children(p, "pobj")] or judged
    judged = _told_ones(speech, subjects[0]) or judged
    return _judged(ctx, name, speech, predicate, arguments.source_tokens(ctx, speech)[0],
                   judged, sx.phrase(clause), consumed)


def _told_ones(speech: Token, subject: Token) -> list[Token]:
    """ "X told Republicans they were being ridiculous", "told Y that you are a disgrace": a
    "they" (the object plural) or "you" of the clause is the one told, its verb's object."""
    if subject.lower_ not in ("they", "you"):
        return []
    told = [o for o in sx.children(speech, "dobj", "dative") if o.pos_ != "PRON"
            and (subject.lower_ == "you" or o.tag_ in ("NNS", "NNPS"))]
    return sx.with_conjuncts(told[0]) if told else []


def _label(ctx: DocumentCoder, verb: Token, consumed: set[int]) -> Built | None:
    """ "X called Y a liar", "branded Y a traitor", "described Y as dangerous"."""
    objects = sx.children(verb, "dobj")
    labels = sx.children(verb, "oprd") + [c for o in objects for c in sx.children(o, "appos")]
    # "called Trump's remarks outrageous" parsed with the label an adjective after its noun
    labels += [c for o in objects for c in sx.children(o, "amod") if c.i > o.i]
    likening = sx.lemma(verb) in words("likening_verb")
    for prep in sx.preps(verb):
        if sx.lemma(prep) == "as" or likening and sx.lemma(prep) in ("to", "with"):
            labels += [c for c in children_of(prep) if c.dep_ in ("pobj", "amod", "acomp")]
    # "described Y as unqualified" parsed with "as" inside the label's own clause
    # ("called up reservists as tensions rose": a clause with a subject of its own is
    # its time or cause, no label)
    labels += [c for c in children_of(verb) if c.dep_ in ("advcl", "acomp", "xcomp")
               and any(a.lower_ == "as" for a in children_of(c)) and not sx.children(c, "nsubj", "nsubjpass")]
    if not objects:
        # "called Clinton a liar" parsed with both words as predicates of "called"
        predicates = sx.children(verb, "oprd")
        objects, labels = predicates[:1], predicates[1:]
        # "called Trump a fraud", "called Trump dangerous" parsed with the name inside
        # the label ("Trump" its nmod or compound)
        named = [c for label in predicates for c in children_of(label)
                 if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < label.i]
        if named and not labels:
            objects, labels = named[:1], predicates
    labels += _labels_on_object(objects, labels)
    names = [p for p in sx.children(verb, "oprd") if p.pos_ == "PROPN"]
    if names and objects and not any(o.pos_ == "PROPN" for o in objects):
        # "X, speaking on the radio, called Trump a 'blowhard'" parsed with the name as
        # the predicate and the label as the object
        objects, labels = names[:1], [*objects, *labels]
    sources = arguments.source_tokens(ctx, verb)[0]
    if not sources and verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and (
            verb.head.dep_ == "ROOT" or verb.tag_ == "VBD" or len(sx.children(verb, "oprd")) > 1):
        # "Trump called Cruz a liar" parsed with "Trump" as the root, or as a subject
        # elsewhere, and "called" its modifier: a finite verb, or one with both an object
        # and a label, which no participle ("a man called John") has
        sources = [verb.head]
    for label in labels:
        name = _judgment(label, sx.negated(verb)) or _quoted_jibe(verb, label)
        if name and objects:
            parts = set(sx.phrase(label)) - {o.i for o in objects}
            return _judged(ctx, name, verb, label, sources,
                           _conduct_author(objects[0]) or sx.with_conjuncts(objects[0]), parts | {verb.i}, consumed)
    if objects and labels:
        # "called Trump a 'showman'": a label the word lists cannot judge; still no
        # telephone call (041)
        consumed.add(verb.i)
    return None


def _conduct_author(obj: Token) -> list[Token]:
    """ "called the ruling by the Kenyan court a disgrace": the "by" author of a conduct noun
    (judgments.tsv) is the one judged; [] when the noun names none (a possessor is read with
    the noun: "the court's ruling")."""
    if judgment_lexicon().word_class(obj) != "conduct":
        return []
    # "by" hung on the verb right after the noun (as a preposition or a passive's agent): its author too
    stranded = [p for p in sx.children(obj.head, "agent") if obj.dep_ == "dobj" and p.i == obj.right_edge.i + 1]
    return [a for p in [*sx.preps(obj), *sx.stranded_preps(obj), *stranded] if sx.lemma(p) == "by"
            for o in sx.children(p, "pobj") for a in sx.with_conjuncts(o)]


def _quoted_jibe(verb: Token, label: Token) -> str | None:
    """ "called Trump a 'blowhard'", "called the ruling 'arbitrary'": a label the word lists
    cannot judge, put in quotation marks after the verb by a speaker who is not denying it,
    is a jibe (111)."""
    if sx.negated(verb) or sx.lemma(verb) not in words("jibe_verb"):
        return None
    if any(o.lower_.endswith(("self", "selves")) for o in sx.children(verb, "dobj")):
        return None  # "calls himself a 'plain farmer'"
    if any(sx.lemma(t) in words("fair_word") for t in label.subtree):
        return None  # "called Y a 'special person'", "a 'good news story'": no jibe
    doc = label.doc
    start = min(sx.phrase(label))
    # the opening mark: before the label's phrase or its first word ("a 'blowhard'")
    marks = [t for t in doc[max(start - 1, verb.i + 1):start + 2] if t.is_quote and t.i < label.i + 1]
    return "disparage" if marks and marks[0].i > verb.i else None


def _labels_on_object(objects: list[Token], labels: list[Token]) -> list[Token]:
    """Labels the parser hung on the labelled object rather than on the verb: "called Y's
    plans a disgrace" with "disgrace" the object's npadvmod or dobj, "called Y, his rival,
    a liar" with "liar" an apposition of the apposition."""
    found = []
    for obj in objects[:1]:
        heads = [obj] + [a for a in sx.children(obj, "appos") if a.i > obj.i]
        for head in heads:
            found += [c for c in sx.children(head, "npadvmod", "dobj", "appos")
                      if c.i > head.i and c.pos_ in ("NOUN", "ADJ") and c not in labels]
    return found


def _judged(ctx: DocumentCoder, name: str, verb: Token, predicate: Token, source_tokens: list[Token],
            target_tokens: list[Token], subtree: set[int], consumed: set[int]) -> Built | None:
    if any(t.lower_ in THING_PRONOUNS for t in target_tokens):
        # "said it was great to be home", "claimed it was offensive": a thing or a
        # situation is judged, not an actor
        return None
    speakers, _ = actor_phrases.actors_of_all(ctx, source_tokens)
    targets, how = actor_phrases.actors_of_all(ctx, target_tokens)
    if name != "blame" and not judgment_lexicon().names_judged(target_tokens, how):
        return None
    targets = [t for t in targets if not sides.same_side(t, speakers)
               and not any(own_country(t, s) for s in speakers)]
    if not speakers or not targets:
        return None
    entry = ctx.lexicon.constructions[name]
    code = entry.code
    if name == "blame":
        code = match.refine_topic(ctx, entry, entry.code, predicate) or entry.code
    speakers, targets = actor_phrases.with_countries(ctx, verb, speakers, targets, code)
    consumed |= subtree
    return Built(
        code=code, entry=entry, token=verb, parts=[verb, predicate],
        sources=speakers, targets=targets, source_how="subject", target_how="direct",
        consumed=subtree | {verb.i},
    )


def dismissals(ctx: DocumentCoder, sent: SpacySpan, consumed: set[int]) -> list[Built]:
    """ "X said removing the sanctions on Y is out of the question": X refuses (12) the
    action, whose target is the refusal's target. Also "off the table", "not an
    option", "not on the table"."""
    found = []
    for copula in sent:
        if sx.lemma(copula) != "be" or copula.i in consumed:
            continue
        predicate = dismissal_predicate(copula)
        if predicate is None:
            continue
        subjects = sx.children(copula, "csubj", "nsubj")
        if not subjects:
            continue
        speech = None
        if copula.dep_ in ("ccomp", "parataxis") and sx.lemma(copula.head) in ctx.lexicon.speech:
            speech = copula.head
        else:
            for child in children_of(copula):
                if child.dep_ in ("parataxis", "ccomp") and sx.lemma(child) in ctx.lexicon.speech:
                    speech = child
        if speech is None:
            continue
        speakers, how = actor_phrases.actors_of_all(ctx, arguments.source_tokens(ctx, speech)[0])
        if not speakers:
            continue
        action, candidate, where = arguments.action_of(ctx, subjects[0])
        if action is None or candidate is None:
            continue
        result = apply_family(ctx, ctx.lexicon.constructions["dismissal"], action, subjects[0], candidate)
        if result is None:
            continue
        code, negated = result[0], result[1]
        targets, _ = actor_phrases.actors_of_all(ctx, arguments.target_tokens(ctx, where, candidate.entry, speakers))
        speaker_codes = {a.code for a in speakers}
        targets = [t for t in targets if t.code not in speaker_codes]
        speakers, targets = actor_phrases.with_countries(ctx, predicate, speakers, targets, code)
        subtree = sx.phrase(subjects[0]) | {copula.i, predicate.i}
        consumed |= subtree
        found.append(Built(
            code=code, entry=ctx.lexicon.constructions["dismissal"], token=predicate, parts=[copula, predicate],
            sources=speakers, targets=targets, source_how=how or "subject", target_how="direct",
            negated=negated, refined=True, consumed=subtree | {speech.i},
        ))
    return found


def obligations(ctx: DocumentCoder, sent: SpacySpan, consumed: set[int]) -> list[Built]:
    """ "X said Y must do Z": a demand (10) of X on Y, refined by what Y must do."""
    found = []
    for speech in sent:
        if sx.lemma(speech) not in ctx.lexicon.speech or not sx.is_verb(speech):
            continue
        for clause in sx.children(speech, "ccomp"):
            action_token = clause
            aux = sx.aux_lemmas(clause)
            if not aux & OBLIGATION_AUX:
                inner = [c for c in children_of(clause) if c.dep_ == "xcomp"]
                if sx.lemma(clause) in ("have", "need") and inner:
                    action_token = inner[0]
                else:
                    continue
            addressees = [s for s in sx.children(clause, "nsubj", "nsubjpass")]
            if not addressees or sx.inverted_should(clause):
                continue
            if "have" in aux and "must" in aux:
                continue  # "said the troops must have fired first": a guess, no demand
            speaker_tokens, how = arguments.source_tokens(ctx, speech)
            speakers, _ = actor_phrases.actors_of_all(ctx, speaker_tokens)
            targets, _ = actor_phrases.actors_of_all(ctx, sx.with_conjuncts(addressees[0]))
            if not speakers or not targets:
                continue
            if {a.code for a in speakers} & {a.code for a in targets}:
                continue
            action, candidate, _ = arguments.action_of(ctx, action_token)
            if action is None and sx.lemma(action_token) == "be":
                # "It has to be within the law", "a president must be ready to ...": a
                # condition or a judgment, not an action demanded of anyone; nor is what
                # it says of the subject an event of its own.
                consumed |= sx.phrase(clause)
                continue
            obligation = ctx.lexicon.constructions["obligation"]
            code = ctx.lexicon.family_code("demand", action) if action else obligation.code
            if "have" in aux and aux & OBLIGATION_AUX:
                # "said Clinton should have known": a reproach for what was not done
                obligation, action, candidate = ctx.lexicon.constructions["reproach"], None, None
                code = obligation.code
            entry = candidate.entry if candidate else None
            speakers, targets = actor_phrases.with_countries(ctx, speech, speakers, targets, code)
            parts = [speech, action_token] + (candidate.parts if candidate else [])
            subtree = sx.phrase(clause)
            # The verb of saying too: "suggested that X should ..." is one event, not
            # also a proposal of the verb's own entry.
            consumed |= subtree | {speech.i}
            found.append(
                Built(
                    code=code,
                    entry=entry or obligation,
                    token=speech,
                    parts=parts,
                    sources=speakers,
                    targets=targets,
                    source_how=how,
                    target_how="direct",
                    refined=action is not None,
                    consumed=subtree | {speech.i},
                )
            )
    return found


def purpose_targets(ctx: DocumentCoder, token: Token, sources: list[Actor] = ()) -> list[Token]:
    """A protest's target from what it demands ("... to demand that X step down",
    "calling for independence from Y")."""
    anchor = sx.position(token) if sx.is_noun(token) else token
    holders = [token, anchor] + ([anchor.head] if anchor.dep_ in ("dobj", "pobj") else [])
    for holder in holders:
        for clause in children_of(holder):
            if clause.dep_ not in ("advcl", "xcomp", "acl") or not sx.is_verb(clause):
                continue
            for candidate in match.candidates(ctx, clause):
                found = arguments.target_tokens(ctx, clause, candidate.entry, sources)
                if not found and candidate.entry.family:
                    inner = arguments.complement(ctx, clause, candidate.entry)
                    if inner is not None:
                        code, inner_candidate, where = arguments.action_of(ctx, inner)
                        if inner_candidate is not None:
                            found = arguments.target_tokens(ctx, where, inner_candidate.entry, sources)
                if found:
                    return found
            through = frozenset({"pcomp", "xcomp"})
            found = list(sx.subtree_preps(clause, "from", through=through)) + list(
                sx.subtree_preps(clause, "of", through=through))
            found = [t for t in found if any(not sides.same_side(a, sources) for a in actor_phrases.actors_of(ctx, t)[0])]
            if found:
                return found[:1]
    return []


def apply_family(ctx: DocumentCoder, entry: Entry, action: str | None, complement: Token, inner: Candidate | None):
    """(code, negated, modality, targets override) for a family entry and its
    complement's action; None to keep the entry's own code. What each action's appeal,
    promise, threat, refusal or preparation codes as is in data/code_behaviour.tsv and
    data/families.tsv."""
    result = _family_result(ctx, entry, action, complement, inner)
    if (
        result is not None and action is not None and entry.family in ("intend", "soft")
        and sx.is_verb(complement) and sx.negated(complement)
    ):
        # A negated promise: a promise not to cooperate ("pledged never to reopen the
        # talks") is a refusal (12); a promise not to attack, a negated attack.
        code, negated, mode, targets = result
        if behaviour(action).kind == "cooperative":
            code = ctx.lexicon.family_code("reject", action)
        else:
            negated = True
        result = (code, negated, mode, targets)
    return result


def _family_result(ctx: DocumentCoder, entry: Entry, action: str | None, complement: Token, inner: Candidate | None):
    """apply_family before a negated promise is turned round."""
    family = entry.family
    if action is None:
        if family in ("soft", "prepare"):
            return None
        return (entry.code, False, None, None)
    of_action = behaviour(action)
    cooperative = of_action.kind == "cooperative"
    if family == "demand" and decreed(ctx, complement):
        return (action, False, None, None)
    if family in ADDRESSEE_FAMILIES:
        rally = _rally(ctx, family, of_action, complement, inner)
        if rally is not None:
            return rally
        return (ctx.lexicon.family_code(family, action), False, None, None)
    if family in ("intend", "yield"):
        if family == "yield" and of_action.concession:
            return (action, False, None, None)
        if of_action.promise == "intend":
            return (ctx.lexicon.family_code("intend", action), False, None, None)
        if of_action.promise == "entry":
            return (entry.code, False, None, None)
        if of_action.promise == "intended":
            return (action, False, "intended", None)
        return (ctx.lexicon.family_code("threaten", action), False, None, None)
    if family in ("soft", "prepare"):
        if cooperative:
            return (ctx.lexicon.family_code("intend", action), False, "intended", None)
        if family == "prepare" and of_action.prepared:
            return (of_action.prepared, False, None, None)
        return (action, False, "intended", None)
    if family == "reject":
        if cooperative or not sx.is_verb(complement):
            return (ctx.lexicon.family_code("reject", action), False, None, None)
        return (action, True, None, None)
    if family == "threaten":
        if of_action.threat != "family":
            return (of_action.threat, False, None, None)
        return (ctx.lexicon.family_code("threaten", action), False, None, None)
    return None


def decreed(ctx: DocumentCoder, complement: Token) -> bool:
    """ "ordered the expulsion of the ambassador", "decreed the closure of the border": a
    decree verb (words.tsv `decree_verb`) whose object is an event noun with no author of
    its own is that event, done by the one who orders it. Not "ordered X to ..." (an
    addressee does it), nor "ordered the Israeli withdrawal" (the noun's own author does)."""
    head = complement.head
    if complement.dep_ != "dobj" or not sx.is_noun(complement) or sx.lemma(head) not in words("decree_verb"):
        return False
    authors = arguments.noun_source_tokens(ctx, complement)[0]
    return not actor_phrases.actors_of_all(ctx, authors)[0]


def _rally(ctx: DocumentCoder, family: str, of_action: CodeBehaviour, complement: Token, inner: Candidate | None):
    """ "urged X to support Y": rallying support for a third party (053); "called on X to
    unite against Y": rallying opposition against it (113). None when the complement's
    targets are only the addressee and the source."""
    if inner is None or family != "appeal" or not sx.is_verb(complement) or of_action.rally is None:
        return None
    own_targets = arguments.target_tokens(ctx, complement, inner.entry)
    head = complement.head
    excluded = {a.code for a in actor_phrases.actors_of_all(ctx, arguments.addressee(ctx, head))[0]}
    excluded |= {a.code for a in actor_phrases.actors_of_all(ctx, arguments.source_tokens(ctx, head)[0])[0]}
    third_party = [
        t for t in own_targets
        if any(a.code not in excluded for a in actor_phrases.actors_of(ctx, t)[0])
    ]
    if third_party:
        return (of_action.rally, False, None, third_party)
    return None


def intended_code(
    ctx: DocumentCoder, code: str, token: Token, sources: list[Actor], negated: bool,
) -> str:
    """The code of an action said with "will": a cooperative one is an intent (03), or
    when negated a refusal (12); a hostile one the source says it will do is a threat (13);
    a meeting or visit the news announces in its own voice is the act (modality.announced)."""
    intended = behaviour(code).intended
    if intended == "scheduled":
        intended = "same" if not negated and modality.announced(ctx, token) else "intend"
    if intended == "intend":
        family = "reject" if negated else "intend"
        return ctx.lexicon.family_code(family, code)
    if intended == "threat":
        speech = modality.speech_head(ctx, token)
        if speech is not None and sources:
            speaker_tokens, _ = arguments.source_tokens(ctx, speech)
            speakers, _ = actor_phrases.actors_of_all(ctx, speaker_tokens)
            if any(sides.same_mention(a, b) or a.code == b.code or (a.start, a.end) == (b.start, b.end)
                   for a in speakers for b in sources):
                return ctx.lexicon.family_code("threaten", code)
    return code


def dismissal_predicate(copula: Token) -> Token | None:
    """The noun of a copula's predicate that dismisses its subject, or None: "out of the
    question", "off the table", and under negation "not an option", "not on the table"
    (the constructions each dismissal noun takes are in data/words.tsv)."""
    nouns = word_values("dismissal_noun")
    for child in children_of(copula):
        if child.dep_ == "prep" and sx.lemma(child) in ("out", "off"):
            for pobj in sx.prep_objects(child):
                if sx.lemma(child) in nouns.get(sx.lemma(pobj), ()):
                    return pobj
        if sx.negated(copula):
            if child.dep_ == "attr" and "not" in nouns.get(sx.lemma(child), ()):
                return child
            if child.dep_ == "prep" and sx.lemma(child) == "on":
                for pobj in sx.prep_objects(child):
                    if "not_on" in nouns.get(sx.lemma(pobj), ()):
                        return pobj
    return None


def distributive_each(token: Token) -> bool:
    """ "X and Y each released prisoners": "each" on the verb or on its subject makes the
    conjoined sources act on each other's side (an exchange), not on an unnamed target."""
    holders = [token] + sx.children(token, "nsubj")
    return any(
        c.lower_ == "each" and c.dep_ in ("appos", "advmod", "det", "npadvmod", "dep", "nsubj")
        for h in holders for c in children_of(h)
    )
