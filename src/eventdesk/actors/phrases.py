"""The noun phrase around a head token: which tokens belong to the actor a head names, and
at which level (0 in the noun phrase itself, 1 inside an of/from/for phrase, 2 inside an
in/at phrase).

`climb` goes from a matched word up to the head of its phrase ("Japan" in "the foreign
minister of Japan" -> "minister"); `noun_phrase` goes down from a head and collects the
phrase; `extent` gives its character offsets. `locative` tells a place that says where
("a curfew in Algiers") from one that acts ("Algiers said").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventdesk.actors.index import DocIndex, Match
from eventdesk.actors.lexicon import Entry
from eventdesk.actors.words import (bereaved_words, chamber_words, motion_words, naming_verbs, stance_prefixes,
                                    party_adjectives, title_countries)
from eventdesk.nlp import children_of, sentence_of

# A prepositional phrase inside a noun phrase: "of/from/for" name whose actor it is ("the
# foreign minister of Japan"); "in/at" only say where, and count when nothing closer does.
STRONG_PREPS = frozenset({"of", "from", "for"})
WEAK_PREPS = frozenset({"in", "at", "inside", "within"})
# Children that are never part of the noun phrase that names an actor.
SKIP_DEPS = frozenset({
    "conj", "cc", "preconj", "punct", "relcl", "acl", "advcl", "ccomp", "xcomp", "mark", "aux",
    "auxpass", "neg", "prep", "parataxis", "dep", "meta", "intj", "nsubj", "nsubjpass",
    "dobj", "agent", "advmod",
})
# Dependents that sit inside the noun phrase of their head: climb over them to find it.
CLIMB_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "flat", "nummod", "npadvmod"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
# Dependents of a naming verb that hold the name ("called X", "dubbed X").
NAME_DEPS = ("oprd", "attr", "dobj", "xcomp")
# Prepositions whose object says where something happens ("a curfew in Algiers").
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "around", "across", "into",
                            "throughout", "within", "through", "beyond", "onto"})
# Punctuation that ends a phrase (a comma or a dash does not).
_STOPS = (";", ":", ".", "!", "?")


@dataclass(slots=True)
class Phrase:
    head: Token
    levels: dict[int, int]  # token index -> 0 in the phrase, 1 of/from/for, 2 in/at
    conj_of: dict[int, int] = field(default_factory=dict)  # token -> the modifier it is coordinated with
    named: list[int] = field(default_factory=list)  # tokens of "a group called <X>"


@dataclass(slots=True)
class Element:
    """One matched phrase inside a noun phrase, with the reading chosen for it."""

    match: Match
    entry: Entry
    level: int  # 0 in the noun phrase, 1 in an of/from/for phrase, 2 in an in/at phrase
    is_head: bool


# --- climbing to the head ---------------------------------------------------------------

def climb(token: Token, index: DocIndex) -> Token:
    """The head of the noun phrase a matched word belongs to."""
    for _ in range(12):
        dep, head = token.dep_, token.head
        if head is token or head.i == token.i:
            break
        if dep in CLIMB_DEPS:
            if dep in ("compound", "nmod") and heads_coordination(token, index):
                break
            if dep == "appos" and not _adjacent(token, head):
                break
            token = head
            continue
        if dep == "conj" and head.dep_ in MODIFIER_DEPS:
            token = head  # "Greek and Bulgarian officials"
            continue
        if dep == "pobj" and head.dep_ == "prep":
            governor = head.head
            if (head.lower_ in STRONG_PREPS or head.lower_ in WEAK_PREPS and not is_envoy(governor, index)) \
                    and is_actor_word(governor, index):
                token = governor
                continue
            if head.lower_ == "as" and governor.dep_ == "acl" and governor.lemma_ in naming_verbs():
                token = governor.head
                continue
        if dep in NAME_DEPS and head.lemma_ in naming_verbs():
            if head.dep_ == "acl":
                token = head.head
                continue
            # "a group called X" parsed as a clause: the group is the verb's subject.
            subject = next((c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass")
                            and c.i == head.i - 1 and c.pos_ == "NOUN"), None)
            if subject is not None and gives_a_name(head):
                token = subject
                continue
        break
    return token


def is_envoy(token: Token, index: DocIndex) -> bool:
    """An envoy, embassy or representative: a place after "in/at" is where it is posted,
    an actor of its own ("an embassy in Tehran": the embassy, and Tehran)."""
    match = index.at.get(token.i)
    return match is not None and match.end - 1 == token.i and any(
        e.type == "role" and "envoy" in e.flags for e in match.entries)


def is_candidacy(token: Token, index: DocIndex) -> bool:
    """A candidate, nominee or contender: one who seeks the office its "for" phrase names."""
    match = index.at.get(token.i)
    return match is not None and match.end - 1 == token.i and any(
        e.type == "role" and "candidacy" in e.flags for e in match.entries)


def heads_coordination(token: Token, index: DocIndex) -> bool:
    """A noun "modifier" that heads its own coordination ("Sri Lankan army and Tamil
    civilian refugees" misparsed as one phrase) is an actor of its own."""
    return token.pos_ == "NOUN" and is_actor_word(token, index) and any(
        c.dep_ == "cc" for c in children_of(token))


def is_actor_word(token: Token, index: DocIndex) -> bool:
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.i in index.persons:
        return True
    match = index.at.get(token.i)
    if match is None:
        return False
    return any(e.type in ("org", "person") or (e.type == "role" and "modifier" not in e.flags)
               for e in match.entries)


def is_title(i: int, index: DocIndex) -> bool:
    """A person title ends at token i ("President", "Foreign Minister")."""
    match = index.at.get(i)
    return match is not None and match.end - 1 == i and any(
        e.type == "role" and e.kind == "person" and e.form == "singular" for e in match.entries
    )


# --- collecting the phrase --------------------------------------------------------------

def noun_phrase(head: Token, index: DocIndex) -> Phrase:
    """The tokens of the noun phrase `head` heads, each with its level."""
    phrase = Phrase(head=head, levels={head.i: 0})
    levels = phrase.levels
    stack = [(head, 0)]
    while stack:
        token, level = stack.pop()
        for child in children_of(token):
            dep = child.dep_
            if dep == "prep":
                stack.extend(_prep_objects(child, token, level, levels, index))
                continue
            if dep == "acl" and child.lemma_ in naming_verbs():
                # "a group called X", "a faction known as X"; a name does not take
                # another ("Trump called Ford's plans ...", misparsed): the clause is left out.
                if token.pos_ == "NOUN":
                    levels[child.i] = level
                    _add_named(phrase, child, level)
                continue
            if dep == "conj" and token.i != head.i and (
                    token.dep_ in MODIFIER_DEPS or token.dep_ == "pobj" and level == 1
                    or token.i in phrase.conj_of):
                # "Greek and Bulgarian officials"; "the leaders of Japan and South Korea"
                levels[child.i] = level
                phrase.conj_of[child.i] = token.i
                stack.append((child, level))
                continue
            if dep in SKIP_DEPS:
                continue
            if dep in ("compound", "nmod") and heads_coordination(child, index):
                continue
            if dep == "amod" and child.i > token.i:
                continue  # "rebels loyal to ...": a clause, not part of the name
            levels[child.i] = level
            stack.append((child, level))
    # A matched name is one unit even where the parser split it.
    for i, level in list(levels.items()):
        match = index.at.get(i)
        if match is not None:
            for j in range(match.start, match.end):
                levels.setdefault(j, level)
    _extend_linear(phrase, index)
    if index.boilerplate and head.i not in index.boilerplate:
        # "TALLINN - Estonia expelled ...": the dateline is no part of the phrase.
        phrase.levels = {i: level for i, level in phrase.levels.items() if i not in index.boilerplate}
    _keep_contiguous(phrase)
    return phrase


def _prep_objects(prep: Token, token: Token, level: int, levels: dict[int, int],
                  index: DocIndex) -> list[tuple[Token, int]]:
    """Enter an of/from/for or in/at phrase: record it and return its objects to visit."""
    if prep.lower_ == "for" and is_candidacy(token, index):
        return []  # "candidates for president": the office sought names no one's actor
    if prep.lower_ in STRONG_PREPS:
        child_level = max(level, 1)
    elif prep.lower_ in WEAK_PREPS and not is_envoy(token, index):
        child_level = 2
    else:
        return []
    objects = [g for g in children_of(prep) if g.dep_ == "pobj"]
    if objects:
        levels[prep.i] = child_level
        for obj in objects:
            levels[obj.i] = child_level
    return [(obj, child_level) for obj in objects]


def _add_named(phrase: Phrase, verb: Token, level: int) -> None:
    """The name a naming verb gives ("called X", "known as X"), at `level`. With level None
    (a verb outside the phrase's tree) the verb and the name join at level 0, and tokens
    already in the phrase keep their level."""
    levels = phrase.levels
    for child in children_of(verb):
        if child.dep_ in NAME_DEPS:
            named = list(child.subtree)
        elif child.dep_ == "prep" and child.lower_ == "as":
            _set_level(levels, child.i, level)
            named = [t for g in children_of(child) if g.dep_ == "pobj" for t in g.subtree]
        else:
            continue
        if level is None:
            levels.setdefault(verb.i, 0)
        for t in named:
            _set_level(levels, t.i, level)
        phrase.named.extend(t.i for t in named if not t.is_punct)


def gives_a_name(verb: Token) -> bool:
    """Whether a naming verb the parser made a clause of its own gives a name ("a group
    called Ansar Dine", "a faction known as 'the Guards'"), not a thing done ("the union
    called a general strike", "the union called for talks"): the first word after it, past
    an article, is capitalised or a quotation mark."""
    doc = verb.doc
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "oprd")]
    labels = objects[1:] + [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    labels += [g for o in objects for g in o.children if g.dep_ in ("dobj", "npadvmod") and g.i > o.i]
    if objects and labels:
        return False  # "labelled Kenya as a threat", "called Y's ruling a disgrace": an object and its label
    i = verb.i + 1
    if i < len(doc) and doc[i].lower_ == "as":
        i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i >= len(doc):
        return False
    word = doc[i]
    return word.text[:1].isupper() or word.is_quote


def _set_level(levels: dict[int, int], i: int, level: int | None) -> None:
    if level is None:
        levels.setdefault(i, 0)
    else:
        levels[i] = level


def _keep_contiguous(phrase: Phrase) -> None:
    """Keep the tokens that run on from the head, across commas and "and" only: a
    misparse can hang a noun from the far side of a verb ("...cast doubt; Western
    diplomats" as an apposition of the subject)."""
    doc = phrase.head.doc
    levels = phrase.levels
    keep = {phrase.head.i}
    for step in (-1, 1):
        i = phrase.head.i + step
        while 0 <= i < len(doc):
            if i in levels:
                keep.add(i)
            elif not (doc[i].is_punct and doc[i].text not in _STOPS or doc[i].pos_ == "CCONJ"):
                break
            i += step
    if len(keep) != len(levels):
        phrase.levels = {i: level for i, level in levels.items() if i in keep}
        phrase.named = [i for i in phrase.named if i in keep]


def _extend_linear(phrase: Phrase, index: DocIndex) -> None:
    """Join a title and the name the parser split off it: "India's top diplomat Foreign
    Secretary Anil Mehra" is one actor even when "Anil Mehra" hangs from the verb."""
    doc = phrase.head.doc
    levels = phrase.levels
    head = phrase.head
    person = index.persons.get(head.i)
    if person is not None:
        for i in range(person.start, person.end):
            levels.setdefault(i, 0)
    # "a group called X" where the parser made "called" a clause of its own (a common
    # noun: "Obama called Merkel" is a phone call, not a name).
    after = head.i + 1
    if after < sentence_of(head).end and doc[after].lemma_ in naming_verbs() and doc[after].dep_ != "acl" \
            and head.dep_ in ("nsubj", "nsubjpass") and head.head.i == after and head.pos_ == "NOUN" \
            and gives_a_name(doc[after]):
        _add_named(phrase, doc[after], None)
    if person is not None or head.pos_ == "PROPN":
        _title_before(phrase, index)
    _name_after_title(phrase, index)


def _title_before(phrase: Phrase, index: DocIndex) -> None:
    """Left: a title right before the name ("Foreign Secretary | Anil Mehra")."""
    doc, levels, sent = phrase.head.doc, phrase.levels, sentence_of(phrase.head)
    left = min(levels)
    if not (left - 1 >= sent.start and is_title(left - 1, index)):
        return
    j = left - 1
    while j >= sent.start:
        token = doc[j]
        if token.is_punct and token.text not in ("-", "'s", "’s") or token.is_space:
            break
        if j not in index.at and token.pos_ not in ("PROPN", "NOUN", "ADJ", "DET", "PART"):
            break
        j -= 1
    for i in range(j + 1, left):
        levels.setdefault(i, 0)


def _name_after_title(phrase: Phrase, index: DocIndex) -> None:
    """Right: a name right after a title ("the foreign secretary | Anil Mehra")."""
    doc, levels, sent = phrase.head.doc, phrase.levels, sentence_of(phrase.head)
    right = max(levels)
    if not (is_title(right, index) and right + 1 < sent.end):
        return
    following = index.persons.get(right + 1)
    if following is not None and following.start == right + 1:
        for i in range(following.start, following.end):
            levels.setdefault(i, 0)
        return
    i = right + 1
    while i < sent.end and doc[i].pos_ == "PROPN" and i not in index.at:
        levels.setdefault(i, 0)
        i += 1


# --- where the phrase is, and what it says ----------------------------------------------

def extent(phrase: Phrase) -> tuple[int, int]:
    """Character offsets of the phrase, without punctuation or a possessive 's at its edges."""
    doc = phrase.head.doc
    tokens = sorted(phrase.levels)
    first, last = tokens[0], tokens[-1]
    while first < last and (doc[first].is_punct or doc[first].is_space or doc[first].pos_ == "CCONJ"):
        first += 1
    while last > first and (doc[last].is_punct and doc[last].text not in (".",) or doc[last].is_space
                            or doc[last].tag_ == "POS"):
        last -= 1
    if doc[last].text == "." and last > first:
        last -= 1
    # An opening bracket whose closing one is outside the phrase: "the World Food Program (WFP".
    depth_open = [k for k in range(first, last + 1) if doc[k].text in ("(", "[")]
    if depth_open and not any(doc[k].text in (")", "]") for k in range(depth_open[-1], last + 1)):
        last = max(first, depth_open[-1] - 1)
        while last > first and (doc[last].is_punct or doc[last].is_space):
            last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def locative(token: Token) -> bool:
    """The noun phrase of token says where, not who: the object of "in/at/near/into/..."
    ("a curfew in Algiers", "clashes in Tripoli"), or of "from/to" after a word of motion
    ("arrived from Kabul", "a flight to Moscow"). A capital there is a place, not its
    government; as subject or object of a verb ("Ankara criticised Beijing") it governs."""
    for _ in range(4):  # over "the capital Kabul", "East Timor's capital Dili"
        if token.dep_ in ("appos", "compound", "flat") and token.head.i != token.i:
            token = token.head
        else:
            break
    if token.dep_ != "pobj" or token.head.i == token.i:
        return False
    prep = token.head.lower_
    if prep in LOCATIVE_PREPS:
        return True
    if prep in ("from", "to", "toward", "towards"):
        governor = token.head.head
        return governor.lemma_.lower() in motion_words()
    return False


def _adjacent(token: Token, head: Token) -> bool:
    """Every word between a dependent and its head hangs from that head: the two are one
    stretch of text, not a misparse across a clause."""
    doc = token.doc
    low, high = sorted((token.i, head.i))
    for k in range(low + 1, high):
        word = doc[k]
        if word.is_punct:
            continue
        if word.i != head.i and head not in word.ancestors:
            return False
    return True



def nationals_of_origin(geo: list[Element], head_role: Entry | None, doc, person: bool = False) -> list[Element]:
    """The country words of a phrase without the one that says where its people come from:
    "Japanese Americans", "Turkish Germans" (an adjective before a nation's demonym) and
    "Mexican-American voters" (an adjective hyphened to "American", or written next to it,
    before a word for people: "Cuban American politicians", or a person's name: "the
    Mexican-American reporter Ana Ruiz", `person`) are nationals of the later
    country. Two states' adjectives joined on anything
    else stay two sides ("Russian-American relations", "Israeli-Palestinian talks")."""
    for earlier, later in zip(geo, geo[1:]):
        if earlier.entry.type != "country" or later.entry.type != "country" or earlier.level or later.level:
            continue
        if earlier.entry.form != "adjective" or earlier.entry.country == later.entry.country:
            continue
        between = doc[earlier.match.end:later.match.start]
        if len(between) > 1 or (len(between) == 1 and between[0].text not in ("-", "–")):
            continue
        demonym = later.is_head and any(e.form in ("demonym", "demonyms") for e in later.match.entries)
        # "Mexican-American voters", or written without the hyphen ("Cuban American politicians")
        hyphened_american = (later.entry.country == "USA" and later.entry.form == "adjective"
                             and (person or head_role is not None and head_role.kind in ("person", "group")))
        if demonym or hyphened_american:
            return [e for e in geo if e is not earlier]
    return geo


def party_country(phrase: Phrase, index: DocIndex) -> str | None:
    """The country of a party adjective before the phrase's head ("Democratic lawmakers",
    "a Republican senator", "Tory MPs"; data/party_words.tsv); None for a head written as a
    name ("the Republican Guard") or after a capitalised word that makes another party's
    name ("Christian Democratic lawmakers"; a sentence's first word may be any word)."""
    head = phrase.head
    if head.text[:1].isupper() and head.text[1:2].islower():
        return None
    doc, parties = head.doc, party_adjectives()
    for i, level in phrase.levels.items():
        token = doc[i]
        if level != 0 or i >= head.i or token.text not in parties or i in index.at:
            continue
        before = doc[i - 1] if i > 0 else None
        if before is not None and before.text[:1].isupper() and before.is_alpha and (
                not before.is_sent_start or before.i in index.at):
            continue
        return parties[token.text]
    return None


def title_country(roles: list[Element], doc: Doc) -> str | None:
    """The one country whose office a role word of the phrase itself names ("Sen. Lindsey
    Graham", "Congresswoman Maxine Waters": USA; data/title_countries.tsv), else None."""
    titles = title_countries()
    for element in roles:
        if element.level == 0:
            title = doc[element.match.start:element.match.end].text.lower()
            if title in titles:
                return titles[title]
    return None


def topic_place(element: Element, head_role: Entry | None, phrase: Phrase) -> bool:
    """ "the House Benghazi committee", "the Iran-Contra committee": a place's name written
    out as a noun before a body named for its subject (a `topic` role) is what the body looks
    into, not whose it is; an adjective ("the Iraqi committee"), an abbreviation ("the U.S.
    committee") and a seat still name its state."""
    if head_role is None or "topic" not in head_role.flags or element.level != 0:
        return False
    entry = element.entry
    if not (entry.type == "place" or entry.type == "country" and entry.form == "name"):
        return False
    doc = phrase.head.doc
    words = doc[element.match.start:element.match.end]
    root = doc[element.match.root]
    return root.pos_ == "PROPN" and not any(t.is_upper or "." in t.text for t in words) \
        and root.dep_ in ("compound", "nmod") and root.head.i == phrase.head.i


def event_place(match: Match, entry: Entry, doc: Doc) -> bool:
    """ "the Benghazi widow", "Fallujah victim Jo Smith", "Sandy Hook survivors": a place's
    name written out as a noun right before a person tied to a deadly event
    (data/phrase_words.tsv, bereaved) is where the event happened, not the person's country;
    an adjective ("a Syrian widow") and an abbreviation still name it."""
    if not (entry.type == "place" or entry.type == "country" and entry.form == "name"):
        return False
    words = doc[match.start:match.end]
    root = doc[match.root]
    return root.text[:1].isupper() and not any(t.is_upper or "." in t.text for t in words) \
        and root.dep_ in ("compound", "nmod") and match.end < len(doc) \
        and doc[match.end].lemma_.lower() in bereaved_words()


def stance_object(match: Match, index: DocIndex) -> bool:
    """ "anti-EU parties", "pro-Russian separatists", "anti-American protesters": a name
    hyphened to a stance prefix (data/phrase_words.tsv, stance) before an actor's word or
    name is what the actor is for or against, not its country or body ("anti-Muslim
    remarks", no actor's, still say whom the remarks are about)."""
    doc = index.doc
    governor = doc[match.root].head
    return match.start >= 2 and doc[match.start - 1].text == "-" \
        and doc[match.start - 2].lower_ in stance_prefixes() \
        and (governor.pos_ == "PROPN" or is_actor_word(governor, index))


def chamber_body(head_role: Entry | None, phrase: Phrase) -> bool:
    """ "the House Judiciary Committee", "the Senate Intelligence Committee", "a Duma
    committee": a body named for its subject (a `topic` role) of a legislature's chamber is
    the legislature's (LEG), whatever its subject word; the chamber's name is capitalised
    ("House", not "house arrest") and before the head."""
    if head_role is None or "topic" not in head_role.flags:
        return False
    doc, chambers = phrase.head.doc, chamber_words()
    return any(phrase.levels[i] == 0 and i < phrase.head.i and doc[i].text[:1].isupper()
               and doc[i].lower_ in chambers for i in phrase.levels)
