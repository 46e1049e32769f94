"""Judged deeds: a content clause whose doer is an actor and whose own words judge what the
doer did, though no word is tied to the doer as its predicate ("Y staged a cowardly
retreat", "Y ran the agency with reckless disregard", "Y handled the crisis with remarkable
courage").

The judgments stage (events/judgment_stage.py) asks this module after events/judgments.py:
its judgments are tied words first. A clause's evaluative words are those of
data/judgments.tsv (criticism, accusation and vice lean against; praise and virtue for) that
qualify its deed: adjectives on its direct object, and its manner, a "with" phrase's quality
noun and adjectives; not words further down ("took a step toward a brighter future", "raised
the problem", "met people who were reckless"). The clause judges its
subject only when those words all lean one way and none is negated away; a copula's clause is
events/judgments.py's (a predicate), a passive subject suffers the deed and is not judged,
and a hedged clause ("may", "might", "could") or a condition judges nobody here.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.events import syntax as sx
from eventdesk.events.function_words import EXCESS_ADVERBS
from eventdesk.events.judgments import CONDITION_MARKS, COPULAS, HEDGING_AUX, Judgment, JudgmentLexicon
from eventdesk.events.words import words
from eventdesk.nlp import children_of

AGAINST = frozenset({"criticism", "accusation", "vice"})
FOR = frozenset({"praise", "virtue"})
# Prepositions whose object is the manner of a deed ("with reckless disregard").
MANNER_PREPS = frozenset({"with"})
# Words whose modifier is denied of everyone or everything ("nothing wrong", "nobody better").
NEGATIVE_HEADS = frozenset({"nothing", "nobody", "none"})
# Prepositions that deny what they govern ("without any reckless disregard", "instead of").
DENYING_PREPS = frozenset({"without", "instead"})
MAX_DEPTH = 4
# Objects that name people: their adjectives judge them, not the doer.
PEOPLE_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})
PEOPLE_LISTS = ("people_noun", "kin_noun", "ordinary_person", "civilian_noun", "voter_noun", "adversary_noun")


def doer_judgments(tokens: list[Token], lexicon: JudgmentLexicon) -> list[Judgment]:
    """The judgments of doers in these tokens (a statement's content): one per clause whose
    deed words all lean one way."""
    inside = {t.i for t in tokens}
    found = []
    for verb in tokens:
        if not sx.is_verb(verb) or verb.dep_ in ("aux", "auxpass", "amod", "relcl", "acl") or sx.lemma(verb) in COPULAS:
            continue
        subjects = sx.children(verb, "nsubj")
        if not subjects or sx.negated(verb) or _unasserted(verb):
            continue
        leaning = [(word, tone) for word in _deed_words(verb, inside, lexicon) if (tone := _tone(word, lexicon))]
        if not leaning:
            continue
        tones = {tone for _, tone in leaning}
        if "praise" in tones and len(tones) > 1:
            continue  # words on both sides: no one-way judgment
        name = "criticism" if len(tones) > 1 else tones.pop()
        found.append(Judgment(name, leaning[0][0], verb, sx.with_conjuncts(subjects[0])))
    return found


def _deed_words(verb: Token, inside: set[int], lexicon: JudgmentLexicon) -> list[Token]:
    """The words that qualify the verb's deed: the adjectives on its object ("pushed a
    reckless plan", "staged a cowardly retreat") and the manner it was done in, a "with"
    phrase's noun and adjectives ("with reckless disregard", "with courage"); conjoined ones
    too ("a reckless and cruel plan")."""
    deeds = sx.with_conjuncts(sx.children(verb, "dobj")[0]) if sx.children(verb, "dobj") else []
    # the parser hangs "with" on the verb or on its object ("answered every question with honesty")
    manners = [o for head in [verb] + deeds for p in sx.children(head, "prep") if sx.lemma(p) in MANNER_PREPS
               for o in sx.children(p, "pobj")]
    deeds = [d for d in deeds if not _names_people(d, lexicon)]
    words: list[Token] = []
    for noun in deeds + [m for o in manners for m in sx.with_conjuncts(o)]:
        if noun in manners or any(noun.head.i == m.i for m in manners):
            words.append(noun)  # "with courage", "with contempt": the manner itself
        for modifier in children_of(noun):
            if modifier.dep_ in ("amod", "advmod"):  # the tagger reads "cowardly" as an adverb
                words.extend(sx.with_conjuncts(modifier))
    return sorted({t.i: t for t in words if t.i in inside}.values(), key=lambda t: t.i)


def _names_people(noun: Token, lexicon: JudgmentLexicon) -> bool:
    """Whether an object names people or a side ("faced a dangerous opponent", "backed a
    brilliant candidate", "a ruthless regime"): its adjective judges them, not the doer."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in PEOPLE_ENTITIES or lexicon.word_class(noun) is not None:
        return True  # a name, or a word that is itself a judgment or a role ("a dangerous fanatic")
    return any(sx.lemma(noun) in words(name) for name in PEOPLE_LISTS)


def _tone(token: Token, lexicon: JudgmentLexicon) -> str | None:
    """The class a deed word leans with ("criticism", "accusation", "praise"), after negation,
    or None: names and stop words lean nowhere, and a negated criticism judges nobody."""
    if token.pos_ == "PROPN" or token.is_stop:
        return None
    if token.pos_ == "ADV":
        name = lexicon.words.get((token.lower_, "r"))
    elif sx.is_verb(token):
        return None  # a verb of wrongdoing is events/judgments.py's, with its own subject
    else:
        name = lexicon.word_class(token)
        if token.pos_ == "NOUN" and name not in ("vice", "virtue"):
            return None  # "with problems": only a quality is a manner ("with courage")
    if name not in AGAINST and name not in FOR:
        return None
    if name in FOR and any(c.dep_ == "advmod" and c.lower_ in EXCESS_ADVERBS for c in children_of(token)):
        return None  # "too cautious"
    if sx.negated(token) or (token.head.i != token.i and token.head.lower_ in NEGATIVE_HEADS):
        return "criticism" if name in FOR else None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(token)) or _denied(token):
        return "criticism" if name in FOR else None  # "with no courage"
    return "praise" if name in FOR else "accusation" if name == "accusation" else "criticism"


def _denied(token: Token) -> bool:
    """Whether the word stands under "without" or "instead of" on its way to the verb."""
    node = token
    for _ in range(MAX_DEPTH):
        if node.head.i == node.i or sx.is_verb(node.head):
            return False
        node = node.head
        if node.dep_ == "prep" and node.lower_ in DENYING_PREPS:
            return True
    return False


def _unasserted(verb: Token) -> bool:
    """Whether the clause, or one above it, stands in a condition or under "may", "might",
    "could"."""
    node = verb
    for _ in range(6):
        if sx.has_mark(node, CONDITION_MARKS) or sx.aux_lemmas(node) & HEDGING_AUX:
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False
