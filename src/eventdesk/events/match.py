"""Matching lexicon entries against the parse: the look-up keys of a token, the
conditions of an entry (particle, object, preposition, complement, subject, voice), and
the topic word that refines a code to four digits.
"""

from __future__ import annotations

import calendar

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventdesk.events import clause_subjects as cs
from eventdesk.events import syntax as sx
from eventdesk.events.lexicon import Entry
from eventdesk.events.records import Candidate
from eventdesk.events.words import words
from eventdesk.where.placing import place_word
from eventdesk.nlp import children_of

# Roots of material conflict (coerce, assault, fight, mass violence): aimed at an ill
# (words.tsv `ill_noun`: "fight corruption", "a war on drugs") their words are figurative.
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# Tags of a finite verb: a clause with one is stated, never a complement that is asked or done.
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD"})
# Weekday and month names (English), the proper nouns of dates.
CALENDAR_NAMES = frozenset(
    name.lower() for name in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if name)
# Prepositions that name what a force word is aimed at ("the fight against poverty").
AIM_PREPS = frozenset({"against", "on"})

if TYPE_CHECKING:
    from eventdesk.events.coder import DocumentCoder


def candidates(ctx: DocumentCoder, token: Token) -> list[Candidate]:
    """Every lexicon entry whose conditions hold at this token, most specific first."""
    cached = ctx.candidate_cache.get(token.i)
    if cached is not None:
        return cached
    found: list[Candidate] = []
    seen: set[int] = set()
    around = Around(token)
    for pos, keys in lookup_keys(ctx, token):
        for key in keys:
            for entry in ctx.lexicon.lookup(pos, key):
                if id(entry) in seen:
                    continue
                seen.add(id(entry))
                checked = check(ctx, entry, token, around)
                if checked is not None and (fights_an_ill(entry, token) or involved_in(ctx, entry, token)):
                    ctx.figurative.add(token.i)
                elif checked is not None:
                    parts, phrases = checked
                    found.append(Candidate(entry, parts, entry.specificity + 0.5 * phrases))
    # Ties: a user dictionary's entry first, then the first in its file.
    found.sort(key=lambda c: (-c.score, not c.entry.origin, c.entry.line))
    ctx.candidate_cache[token.i] = found
    return found


def _when(prep: Token) -> bool:
    """A preposition that only says when ("called Merkel on Monday", "for two hours"):
    not the one a lexicon row asks for."""
    objects = sx.prep_objects(prep)
    return bool(objects) and all(_time_word(o) for o in objects)


def _time_word(token: Token) -> bool:
    """A word of a date or time expression: NER's DATE/TIME on a common noun or number
    ("two hours", "the weekend", "2015"), or on a weekday or month name — not on a name
    NER swept into the expression ("at Kyiv overnight")."""
    if token.ent_type_ not in ("DATE", "TIME"):
        return False
    return token.pos_ != "PROPN" or token.lower_ in CALENDAR_NAMES


def fights_an_ill(entry: Entry, token: Token) -> bool:
    """Whether a word of force is aimed at an ill or an ideal, not at anyone: "vowed to
    fight corruption", "launched a campaign against poverty", "battling the pandemic", "the
    war on drugs", "an assault on democracy", "our freedom is under assault". No
    material-conflict event: the aim is figurative."""
    if not entry.code or entry.code[:2] not in FORCE_ROOTS:
        return False
    holders = [token, *sx.objects_with_conjuncts(token)] if entry.pos == "v" else [token]
    aims = list(holders[1:])
    for holder in holders:
        for prep in sx.preps(holder):
            if sx.lemma(prep) in AIM_PREPS:
                aims.extend(q for p in sx.prep_objects(prep) for q in sx.with_conjuncts(p))
    if entry.pos == "n" and token.dep_ == "pobj" and sx.lemma(token.head) == "under":
        # "X is under assault": X is what the force word is aimed at
        aims.extend(sx.children(token.head.head, "nsubj", "nsubjpass"))
    # An entry that asks for the word itself is about it ("committed war crimes", 200).
    asked = {v for key, values in entry.conditions if key in ("obj", "pobj") for v in values}
    ills = (words("ill_noun") | words("ideal_noun")) - asked
    return any(sx.forms(aim) & ills and not sx.forms(aim) & asked for aim in aims)


def involved_in(ctx: DocumentCoder, entry: Entry, token: Token) -> bool:
    """ "Republicans are engaged in mischief", "eager to engage voters in a dialogue": a
    force verb that is also one of involvement (words.tsv `involvement_verb`), with an "in"
    phrase naming an activity, says what someone takes part in or draws others into, not an
    attack. "Engaged the rebels near the border", "in the north", "in fierce combat" stay
    force: a place or a word of force is no such activity."""
    if not entry.code or entry.code[:2] not in FORCE_ROOTS or entry.pos != "v":
        return False
    if sx.lemma(token) not in words("involvement_verb"):
        return False
    objects = [o for p in sx.preps(token) if sx.lemma(p) == "in" for o in sx.prep_objects(p)]
    return any(_activity(ctx, o) for o in objects)


def _activity(ctx: DocumentCoder, noun: Token) -> bool:
    """A common noun of no place and no force ("mischief", "a dialogue", "a campaign")."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or place_word(sx.lemma(noun)):
        return False
    if sx.lemma(noun) in words("located_noun") | words("struck_noun"):
        return False
    return not any(c.entry.code and c.entry.code[:2] in FORCE_ROOTS for c in candidates(ctx, noun))


def lookup_keys(ctx: DocumentCoder, token: Token) -> list[tuple[str, set[str]]]:
    keys = []
    if token.pos_ == "ADJ" or (token.tag_ == "VBN" and token.dep_ in ("acomp", "amod")):
        keys.append(("a", {sx.lemma(token), token.text.lower()}))
    if sx.is_verb(token) or any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)):
        # "offered to host talks": the tagger sometimes calls an infinitive a noun.
        keys.append(("v", {sx.lemma(token)} | sx.base_forms(token.text)))
    if sx.is_noun(token):
        keys.append(("n", sx.forms(token) | sx.base_forms(token.text)))
    return keys


class Around:
    """What every entry of one token is checked against, read from the parse once for the
    token (a token has several entries): its direct objects with their conjuncts, and the
    prepositions of the token and of those objects."""

    __slots__ = ("token", "_objects", "_preps", "_object_preps")

    def __init__(self, token: Token):
        self.token = token
        self._objects: list[Token] | None = None
        self._preps: list[Token] | None = None
        self._object_preps: list[Token] | None = None

    def objects(self) -> list[Token]:
        if self._objects is None:
            self._objects = sx.objects_with_conjuncts(self.token)
        return self._objects

    def preps(self, with_objects: bool) -> list[Token]:
        """The token's prepositions, then (`with_objects`) those of each object in turn."""
        if self._preps is None:
            self._preps = sx.preps(self.token)
        if not with_objects:
            return list(self._preps)
        if self._object_preps is None:
            self._object_preps = [p for obj in self.objects() for p in sx.preps(obj)]
        return self._preps + self._object_preps


def _modified(key: str, values: frozenset[str], token: Token) -> bool:
    """`mod=`: a modifier of the trigger noun is one of values; `adv=`: an adverb of the
    trigger verb is ("spoke highly of")."""
    if key == "adv":
        return any(sx.lemma(a) in values for a in sx.children(token, "advmod"))
    return _any(values, sx.modifier_forms(token))


def check(ctx: DocumentCoder, entry: Entry, token: Token, around: Around | None = None
          ) -> tuple[list[Token], int] | None:
    around = around if around is not None else Around(token)
    parts = [token]
    phrases = 0
    is_verb_entry = entry.pos == "v"
    objects = around.objects() if is_verb_entry else []
    prep_list = around.preps(is_verb_entry)
    chosen_preps = prep_list
    for key, values in entry.conditions:
        if key == "prt":
            hits = [p for p in sx.particles(token) if _any(values, {sx.lemma(p)})]
            if not hits:
                return None
            parts.append(hits[0])
        elif key == "obj":
            hits = [o for o in objects if _any(values, sx.forms(o))]
            if not hits:
                return None
            if not _borrowed(token, hits[0]):
                parts.append(hits[0])
            if any(" " in v or "-" in v for v in values & sx.forms(hits[0])):
                phrases += 1
        elif key == "objdet":
            if not any(sx.lemma(d) in values for o in objects for d in sx.children(o, "det")):
                return None
        elif key == "objmod":
            if not any(_any(values, sx.modifier_forms(o)) for o in objects):
                return None
        elif key in ("mod", "adv"):
            if not _modified(key, values, token):
                return None
        elif key == "prep":
            if values == {"that"}:
                if not any(_finite(c) for c in sx.children(token, "ccomp")):
                    return None
                continue
            chosen_preps = [p for p in prep_list if (sx.lemma(p) in values or
                            (sx.lemma(p) == "by" and "by" in values)) and not _when(p) and not sx.fronted(p)]
            if not chosen_preps and "for" in values and cs.for_clause(token) is not None:
                continue  # "called for Israel to halt ...": the clause is what "for" asks
            if not chosen_preps:
                return None
        elif key == "pobj":
            hits = [
                pobj for prep in chosen_preps for pobj in sx.prep_objects(prep)
                if _any(values, sx.forms(pobj))
            ]
            if not hits:
                return None
            parts.append(hits[0])
        elif key == "xcomp":
            comps = _complements(token)
            if not (bool(comps) if "*" in values else any(sx.lemma(c) in values for c in comps)):
                return None
        elif key == "xobj":
            hits = [(c, o) for c in _complements(token) for o in sx.direct_objects(c) if _any(values, sx.forms(o))]
            if not hits:
                return None
            parts.extend(hits[0])  # "declined to give details": what is withheld is the event's own
        elif key == "clause":
            if not any(_any(values, _said_of_itself(c)) for c in sx.children(token, "ccomp")):
                return None
        elif key == "subj":
            subjects = [q for s in raw_subjects(ctx, token) for q in sx.through_quantity(s)]
            if not any(_any(values, sx.forms(s) | sx.modifier_forms(s)) for s in subjects):
                return None
        elif key in ("notobj", "notpobj"):
            if _ruled_out(key, values, token, objects):
                return None
        elif key == "voice":
            passive = sx.is_passive(token)
            if ("passive" in values) != passive:
                return None
    if not _bare_flags_hold(ctx, entry, token):
        return None
    if entry.pos == "n" and any(" " in key for key in entry.lemmas & sx.forms(token)):
        phrases += 1
    return parts, phrases


def _bare_flags_hold(ctx: DocumentCoder, entry: Entry, token: Token) -> bool:
    """The entry's bare flags (`noobj`, `noclause`, `alone`, `poss`): what the trigger must
    lack or have around it besides its keyed conditions."""
    if "noobj" in entry.bare and sx.direct_objects(token):
        return False
    if "noclause" in entry.bare and (sx.children(token, "ccomp") or entry.pos == "n" and _noun_complement(token)):
        return False
    if "alone" in entry.bare and (_not_alone(token) or _agreed_thing(ctx, token)):
        return False
    if "poss" in entry.bare and (not sx.children(token, "poss")
                                 or token.tag_ == "NNS" and token.text.lower() not in entry.lemmas):
        # "Palin's endorsement of Trump": the author stands before the noun; "Clinton's
        # endorsements" are the ones she got (a plural-only word, "congratulations", is no count)
        return False
    if "poss" in entry.bare and token.dep_ == "dobj" and not (
            sx.lemma(token.head) in words("receiving_verb") or sx.lemma(token.head) in ctx.lexicon.light):
        return False  # "withheld his endorsement", "touted his endorsement": the verb says what became of it
    return True



def _agreed_thing(ctx: DocumentCoder, token: Token) -> bool:
    """A subject that is itself an event of the lexicon ("the ceasefire the two armies agreed",
    parsed with the ceasefire as subject): the verb is about that event, not accord alone."""
    return any(sx.is_noun(s) and s.pos_ != "PROPN" and candidates(ctx, s) for s in sx.children(token, "nsubj"))

def _finite(clause: Token) -> bool:
    """A clause with a tensed verb, an auxiliary or "that" ("denied it happened", "insisted
    that he resign"); "denied him bail", a noun misparsed as a clause, is none."""
    return clause.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass", "mark") and c.lower_ != "to" for c in children_of(clause))


# What a verb standing alone ("Y agreed.") lacks: an object, a clause, a complement, a phrase.
OWN_COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "dative", "attr", "acomp", "oprd", "advcl", "prep"})


def _borrowed(token: Token, obj: Token) -> bool:
    """An object a conjoined verb shares ("met and thanked X", "X were arrested and
    deported"): no word of this verb's trigger."""
    return obj in sx.shared_objects(token) or (token.dep_ == "conj" and obj.head.i == token.head.i)


def _not_alone(token: Token) -> bool:
    """Whether a verb has anything of its own that says what it is about: an object, a
    clause or complement, or a phrase other than one of time ("agreed on Monday" is alone)."""
    return bool(sx.direct_objects(token)) or any(
        c.dep_ in OWN_COMPLEMENT_DEPS and not (c.dep_ == "prep" and _when(c)) for c in children_of(token))


def _complements(token: Token) -> list[Token]:
    """The complement verbs of a trigger. A that-clause with its own subject is reported
    content, not a complement ("warned that X would ..." is not "warned X to ..."); so is a
    clause without one that stands before the trigger ("'Show me one,' she told him": the
    quoted words) or whose verb is finite ("told me the photo violates the rules", its
    subject lost to the parser)."""
    return [
        c for c in children_of(token)
        if c.dep_ in ("xcomp", "acomp", "oprd") or cs.is_infinitive_clause(c)
        or (c.dep_ == "ccomp" and (sx.has_aux_to(c) or not sx.children(c, "nsubj", "nsubjpass", "mark")
                                   and c.i > token.i and c.tag_ not in FINITE_TAGS))
    ]


def _ruled_out(key: str, values: frozenset[str], token: Token, objects: list[Token]) -> bool:
    """notobj: the direct object (or what it measures: "part of the files") is one of these;
    notpobj: an object of the trigger's prepositions is ("spoke to a crowd")."""
    if key == "notobj":
        return any(_any(values, sx.forms(q)) for o in objects for q in sx.through_quantity(o))
    return any(
        _any(values, sx.forms(q)) for prep in sx.preps(token)
        for pobj in sx.prep_objects(prep) for c in sx.with_conjuncts(pobj)
        for q in sx.through_quantity(c)
    )


def _said_of_itself(clause: Token) -> set[str]:
    """The words of a that-clause whose subject is a pronoun, a clause or none ("admitted
    that she misspoke", "conceded that it was a mistake", "acknowledged that using one
    account was an error"): its verb, its predicate and its verb's object. A clause about
    someone named ("admitted that Smith lied") says nothing of the speaker's own."""
    subjects = sx.children(clause, "nsubj", "nsubjpass")
    if subjects and subjects[0].pos_ != "PRON":
        return set()
    words = [clause] + [c for c in children_of(clause) if c.dep_ in ("acomp", "attr", "dobj")]
    # the word as written too: the lemmatizer leaves some irregular verbs ("misspoke") as they are
    return {sx.lemma(w) for w in words} | {w.lower_ for w in words}


def raw_subjects(ctx: DocumentCoder, token: Token) -> list[Token]:
    if sx.is_noun(token):
        return [c for c in children_of(token) if c.dep_ in ("poss", "compound", "amod")]
    if sx.is_passive(token):
        return sx.passive_agents(token)
    subjects, _ = cs.clause_subject(token)
    return subjects


def refine_topic(ctx: DocumentCoder, entry: Entry, code: str | None, token: Token) -> str | None:
    if code is None or entry.topic is None:
        return code
    keys: list[str] = []
    frontier = [token]
    seen = {token.i}
    for _ in range(3):
        next_frontier = []
        for node in frontier:
            for child in children_of(node):
                if child.i in seen or child.dep_ in ("nsubj", "nsubjpass", "punct"):
                    continue
                seen.add(child.i)
                # The longer phrase first: "war crimes" is about war crimes, not crime.
                keys.extend(sorted(sx.forms(child), key=lambda form: (-form.count(" "), form)))
                next_frontier.append(child)
        frontier = next_frontier
    digit = ctx.lexicon.topic_digit(entry.topic, keys)
    if digit is None:
        return code
    base = code[:2] if len(code) == 3 and code.endswith("0") else code
    refined = base + digit
    if len(refined) <= 4 and refined in ctx.ontology:
        return refined
    return code


def _any(values: frozenset[str], forms: set[str]) -> bool:
    if "*" in values:
        return bool(forms)
    return not values.isdisjoint(forms)


def _noun_complement(noun: Token) -> bool:
    """Whether an event noun says what it asks for: an infinitive ("calls from X to
    resign") or a "for" phrase ("a call from X for talks")."""
    return any(c.dep_ in ("acl", "relcl", "xcomp") and c.tag_ == "VB" for c in children_of(noun)) or any(
        sx.lemma(p) == "for" for p in sx.preps(noun))
