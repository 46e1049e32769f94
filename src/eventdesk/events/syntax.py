"""Reading the spaCy dependency parse for the event coder: objects, prepositional objects,
passive agents, a verb's own phrase, and the word forms a lexicon condition is compared with.
Who does what a clause says (its subject, own or inherited) is in clause_subjects.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from eventdesk.events import coordination
from eventdesk.events.words import words
from eventdesk.lang import RELATIVE_PRONOUNS
from eventdesk.nlp import children_of

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
OBJECT_DEPS = {"dobj", "obj"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod", "nummod"}
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "conj", "parataxis", "xcomp", "csubj", "pcomp"}
NEGATIONS = {"not", "n't", "never", "no"}


def is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def is_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN")


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def children(token: Token, *deps: str) -> list[Token]:
    return [child for child in children_of(token) if child.dep_ in deps]


def with_conjuncts(token: Token) -> list[Token]:
    """The token and the words conjoined to it ("X and Y")."""
    found, stack = [], [token]
    while stack:  # depth first, in text order, without recursion: a list may be any length
        current = stack.pop()
        found.append(current)
        stack.extend(reversed([child for child in children_of(current) if child.dep_ == "conj"]))
    return found


def base_forms(word: str) -> set[str]:
    """Candidate dictionary forms of an inflected English word, for lexicon look-up when
    the lemmatizer errs ("staged" -> "stag"): the lexicon holds real words, so the guesses
    that are not words find nothing."""
    word = word.lower()
    found = {word}
    if len(word) < 4:
        return found
    if word.endswith("ied") or word.endswith("ies"):
        found.add(word[:-3] + "y")
    if word.endswith("ed"):
        found |= {word[:-1], word[:-2]}
        if len(word) > 5 and word[-3] == word[-4]:
            found.add(word[:-3])
    if word.endswith("ing"):
        found |= {word[:-3], word[:-3] + "e"}
        if len(word) > 6 and word[-4] == word[-5]:
            found.add(word[:-4])
    if word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh", "o")):
        # "-es" is a plural ending after a hissing sound ("taxes", "marches"), not in
        # "aides" (not "aid") or "rates".
        found.add(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        found.add(word[:-1])
    return found


def forms(token: Token) -> set[str]:
    """The strings a lexicon value is compared with: lemma, text, and the token joined with
    its modifiers ("hunger strike", "cease-fire", "state of emergency")."""
    head = lemma(token)
    found = {head, token.text.lower()}
    doc = token.doc
    for child in children_of(token):
        if child.dep_ in MODIFIER_DEPS or (child.dep_ == "punct" and child.text == "-"):
            mod = lemma(child)
            found.add(f"{mod} {head}")
            found.add(f"{child.text.lower()} {head}")
            # Hyphenated words are split by the tokenizer: "cease - fire" -> "cease-fire".
            if child.i + 2 == token.i and doc[child.i + 1].text == "-":
                found.add(f"{child.text.lower()}-{token.text.lower()}")
                found.add(f"{mod}-{head}")
                found.add(f"{child.text.lower()}{token.text.lower()}")
    for prep in children(token, "prep"):
        if lemma(prep) == "of":
            for pobj in children(prep, "pobj"):
                found.add(f"{head} of {lemma(pobj)}")
                for mod in children(pobj, *MODIFIER_DEPS):
                    found.add(f"{head} of {lemma(mod)} {lemma(pobj)}")
    return found


def modifiers(token: Token) -> list[Token]:
    return [child for child in children_of(token) if child.dep_ in MODIFIER_DEPS]


def modifier_forms(token: Token) -> set[str]:
    found: set[str] = set()
    for child in modifiers(token):
        found |= forms(child)
    return found


def is_passive(token: Token) -> bool:
    if any(child.dep_ in ("auxpass", "nsubjpass", "csubjpass") for child in children_of(token)):
        return True
    # "the sanctions imposed on X": a past participle modifying a noun; "were arrested and
    # deported by X": a participle conjoined to a passive, with no subject or auxiliary of its
    # own, and an agent on either (agentless, "are beaten or abused", it stays uncoded).
    return token.tag_ == "VBN" and (token.dep_ == "acl" or token.dep_ == "conj" and token.head.i != token.i
                                    and not children(token, "nsubj", "aux") and is_passive(token.head)
                                    and bool(children(token, "agent") or children(token.head, "agent")))


def direct_objects(token: Token) -> list[Token]:
    """The direct object(s) of a verb; for a passive, its subject; for a participle modifying
    a noun ("sanctions imposed on X"), that noun."""
    found = children(token, *OBJECT_DEPS)
    if not found:
        # "kidnapped up to 16 advisers": "up to" parsed as a particle and a preposition.
        for child in children_of(token):
            if lemma(child) == "up" and child.dep_ in ("prt", "advmod", "prep"):
                for prep in children(child, "prep"):
                    if lemma(prep) == "to":
                        found.extend(children(prep, "pobj"))
    if not found and is_passive(token):
        found = children(token, "nsubjpass")
        if not found and token.dep_ == "acl":
            found = [token.head]
        elif not found and token.dep_ == "conj" and is_passive(token.head):
            found = direct_objects(token.head)  # "X were arrested and deported": X
    if (
        not found and token.dep_ == "relcl" and children(token, "nsubj")
        and not children(token, "ccomp", "xcomp", "dative")
        and not any(not children(p, "pobj", "pcomp") for p in children(token, "prep"))
    ):
        # "the entities it accuses": a relative clause with a subject of its own and no
        # object describes its noun as the object.
        found = [token.head]
    return found or shared_objects(token)


def shared_agents(token: Token) -> list[Token]:
    """ "were arrested and deported by X": a passive whose conjoined passive follows it at
    once shares that one's agent."""
    conj = _next_conjunct(token)
    return passive_agents(conj) if conj is not None and is_passive(token) and is_passive(conj) else []


def _next_conjunct(token: Token) -> Token | None:
    """The verb conjoined right after `token`, only a conjunction, a comma or an adverb between."""
    if not is_verb(token):
        return None
    doc = token.doc
    for conj in children(token, "conj"):
        between = doc[token.i + 1:conj.i]
        if (conj.i > token.i and is_verb(conj) and len(between) <= 3 and any(t.dep_ == "cc" for t in between)
                and all(t.dep_ in ("cc", "punct", "advmod") for t in between)):
            return conj
    return None


def shared_objects(token: Token) -> list[Token]:
    """ "met and thanked the minister", "condemned and threatened X": a verb whose conjoined
    verb follows it at once (only a conjunction, a comma or an adverb between) shares that
    verb's object."""
    conj = _next_conjunct(token)
    if conj is None or is_passive(token) or is_passive(conj):
        return []
    return children(conj, *OBJECT_DEPS)


def through_quantity(token: Token) -> list[Token]:
    """The token, and what it measures when it is a quantity noun ("tons of aid" -> aid) or
    a sum of money ("$50 million in aid" -> aid)."""
    found = [token]
    node = token
    for _ in range(3):
        money = lemma(node) in words("money_noun") or node.tag_ == "$"
        if lemma(node) not in words("quantity_noun") and node.pos_ != "NUM" and not money:
            break
        preps = ("of", "in") if money else ("of",)
        inner = [p for prep in children(node, "prep") if lemma(prep) in preps for p in children(prep, "pobj")]
        if not inner:
            break
        node = inner[0]
        found.extend(with_conjuncts(node))
    return found


def objects_with_conjuncts(token: Token) -> list[Token]:
    found = []
    for obj in direct_objects(token):
        for conj in with_conjuncts(obj):
            found.extend(through_quantity(conj))
    return found


def position(noun: Token) -> Token:
    """The word that stands in the clause for an event noun: the quantity noun above it
    ("began two weeks of naval drills" -> weeks) or the carrier noun it modifies ("began a
    peace initiative" -> initiative)."""
    node = noun
    for _ in range(3):
        head = node.head
        if node.dep_ == "compound" and lemma(head) in words("carrier_noun"):
            node = head
        elif (node.dep_ == "pobj" and lemma(head) == "of" and head.head.i != head.i
              and (lemma(head.head) in words("quantity_noun") or head.head.pos_ == "NUM")):
            node = head.head
        else:
            break
    return node


def relative_carrier(noun: Token, light: frozenset[str] | set[str]) -> Token | None:
    """The light verb of a relative clause that carries an event noun ("an attack he leveled
    at X", "the talks that they held with Y"): active, with no object of its own but a
    relative pronoun, so the noun is what it carries; not a verb of having or receiving ("the
    charm her father had", "the support she drew"). None when there is none."""
    if not is_noun(noun):
        return None
    for child in children_of(noun):
        if (child.dep_ == "relcl" and lemma(child) in light and not is_passive(child)
                and lemma(child) not in words("having_verb") | words("receiving_verb")
                and all(lemma(o) in RELATIVE_PRONOUNS for o in children(child, *OBJECT_DEPS))
                and children(child, "nsubj")):
            return child
    return None


def preps(token: Token) -> list[Token]:
    """Prepositions attached to the token ("agent" counts as "by")."""
    return [child for child in children_of(token) if child.dep_ in ("prep", "agent", "dative")
            and child.pos_ == "ADP"]


# Prepositions that, right after an object noun, name its counterpart rather than where or
# when the verb happens ("kept its operations in the West" is the keeping's place).
NOUN_PREPS = frozenset({"into", "by", "against", "on", "with", "toward", "towards"})


def stranded_preps(noun: Token) -> list[Token]:
    """Prepositions the parser hung on the verb that belong to the noun right before them
    ("is expanding its probe into X": "into" on "expanding"; "knocked a statement by X":
    "by" on "knocked"): the active verb's prepositions that follow at once the noun, when
    the noun is the verb's object or ends an "of" phrase in it ("the scope of its probe
    into X")."""
    if not is_noun(noun):
        return []
    node = noun
    while node.dep_ == "pobj" and node.head.dep_ == "prep" and lemma(node.head) == "of" and node.head.head.i != node.i:
        node = node.head.head
    verb = node.head
    if node.dep_ != "dobj" or not is_verb(verb) or is_passive(verb):
        return []
    # "bankrolled lawsuits by X against Y": a run of them, each right after the one before
    found = []
    after = noun.right_edge.i + 1
    for p in sorted(preps(verb), key=lambda p: p.i):
        if p.i == after and p.dep_ == "prep" and lemma(p) in NOUN_PREPS and not fronted(p) and not any(
                o.lower_.endswith(("self", "selves")) for o in children(p, "pobj")):
            found.append(p)
            after = p.right_edge.i + 1
    return found


def fronted(prep: Token) -> bool:
    """A preposition opening its clause, before the verb's subject ("On CNN, she called for
    ...", "In Iowa, Trump attacked Cruz"): it sets the scene and names no counterpart. Not
    a relative clause's ("the firms with whom he has worked")."""
    verb = prep.head
    if any(o.tag_ in ("WDT", "WP", "WP$") for o in children(prep, "pobj")):
        return False
    return prep.i < verb.i and any(s.i > prep.i for s in children(verb, "nsubj", "nsubjpass"))


def prep_objects(prep: Token) -> list[Token]:
    found = children(prep, "pobj", "pcomp")
    if not found:
        # "from France to Germany" and stacked prepositions: "out of X".
        for inner in children(prep, "prep"):
            found.extend(children(inner, "pobj"))
    return found or coordination.stranded_objects(prep)  # "met with and thanked X"


def particles(token: Token) -> list[Token]:
    found = [p for p in children(token, "prt") if not any(lemma(c) == "to" for c in children_of(p))]
    # "back down", "step aside": some particles are parsed as adverbs or bare prepositions.
    for child in children_of(token):
        if child.dep_ == "advmod" and child.i > token.i and lemma(child) in {
            "down", "up", "out", "off", "in", "back", "aside", "away", "over", "dead", "free"}:
            found.append(child)
        elif child.dep_ == "prep" and not children(child, "pobj", "pcomp") and child.i == token.i + 1:
            found.append(child)
    return found


def passive_agents(token: Token) -> list[Token]:
    found = []
    for child in children_of(token):
        if child.dep_ == "agent" or (child.dep_ == "prep" and lemma(child) == "by" and is_passive(token)):
            found.extend(children(child, "pobj"))
    return found


def occurring(noun: Token) -> Token | None:
    """The verb that says an event noun happened ("protests erupted", "protests broke out",
    words.tsv `occurrence_verb`, used intransitively), or the one whose "in"/"into" it is
    ("Ferguson erupted in protests"); None otherwise."""
    verb = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "into") and noun.head.head.i != noun.head.i:
        verb = noun.head.head
    elif noun.dep_ != "nsubj":
        return None
    if not is_verb(verb) or lemma(verb) not in words("occurrence_verb") or children(verb, "dobj"):
        return None
    if lemma(verb) == "break" and noun.dep_ == "nsubj" and "out" not in {p.lower_ for p in particles(verb)}:
        return None
    return verb


def has_aux_to(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token))


def is_purpose_clause(token: Token) -> bool:
    """A bare to-infinitive saying what an action is for ("built weapons to use against
    X"): part of the action's own phrase."""
    return (
        token.dep_ == "advcl" and has_aux_to(token)
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in children_of(token))
    )


def complement_clauses(token: Token) -> list[Token]:
    return children(token, "xcomp", "ccomp")


def phrase(token: Token) -> set[int]:
    """Indices of the token's own phrase: its subtree without the clauses hanging from it
    that have a subject or a subordinating conjunction of their own ("... after Lima
    rebuked Quito" is not part of "asked Chile to join its plan")."""
    keep: set[int] = set()
    stack = [token]
    while stack:
        node = stack.pop()
        keep.add(node.i)
        for child in children_of(node):
            if child.dep_ in ("advcl", "relcl", "ccomp", "parataxis", "conj", "acl") and (
                children(child, "nsubj", "nsubjpass", "mark")
                or (child.dep_ in ("acl", "relcl") and is_verb(child) and not has_aux_to(child))
            ):
                # A clause of its own, or a participle telling more about the noun
                # ("a resolution calling for ...").
                continue
            stack.append(child)
    return keep


def subtree_preps(token: Token, name: str, limit: int = 6, through: frozenset[str] = frozenset()) -> Iterator[Token]:
    """Objects of preposition `name` ("*" any) within the token's own phrase: down through
    objects and prepositional phrases, not into other clauses (except, with `through`,
    clauses of those relations that have no subject of their own: "joining others in
    demanding independence from X")."""
    frontier = [(token, 0)]
    while frontier:
        node, depth = frontier.pop(0)
        if depth > limit:
            continue
        for child in children_of(node):
            if child.dep_ in CLAUSE_DEPS and node.i != token.i and not (
                child.dep_ in through and not children(child, "nsubj", "nsubjpass", "mark")
            ):
                continue
            if child.dep_ in ("ccomp", "advcl", "relcl", "parataxis", "conj") and not is_purpose_clause(child):
                continue
            if child.dep_ in ("prep", "agent") and (name == "*" or lemma(child) == name):
                yield from children(child, "pobj", "pcomp")
            frontier.append((child, depth + 1))


def negated(token: Token) -> bool:
    for child in children_of(token):
        if child.dep_ == "neg" or (child.dep_ == "advmod" and lemma(child) == "never"):
            return True
        if child.dep_ == "det" and lemma(child) == "no" and is_noun(token):
            return True
    return False


def aux_lemmas(token: Token) -> set[str]:
    return {lemma(child) for child in children_of(token) if child.dep_ in ("aux", "auxpass")}


def has_mark(token: Token, words: Iterable[str]) -> bool:
    words = set(words)
    return any(child.dep_ == "mark" and lemma(child) in words for child in children_of(token))


def inverted_should(clause: Token) -> bool:
    """ "Should Rubio win Florida, ...": "should" before its subject opens a condition,
    it obliges no one."""
    subjects = children(clause, "nsubj", "nsubjpass")
    return bool(subjects) and any(
        c.dep_ == "aux" and lemma(c) == "should" and c.i < subjects[0].i for c in clause.children)


def ancestors_within_sentence(token: Token) -> Iterator[Token]:
    node = token
    while node.head.i != node.i:
        node = node.head
        yield node


SCORE = re.compile(r"^\d{1,3}\s*[-\u2013:]\s*\d{1,3}$")


def scoreline(verb: Token) -> bool:
    """A match's score among the verb's own words ("beat New Zealand 24-21", "won 3-1")."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "advcl", "conj", "parataxis"):
            continue
        span = verb.doc[child.left_edge.i:child.right_edge.i + 1]
        if any(SCORE.match(span[i:i + 3].text) or SCORE.match(span[i].text) for i in range(len(span))):
            return True
    return False
