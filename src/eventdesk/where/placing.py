"""How a sentence uses a place name: as where something happens ("in X", "near X", "withdrew
from X"), as what is acted on ("shelled X"), as where actors came from ("fled from X"), as
a modifier ("Sichuan authorities"), or not as a place at all ("Moore, a British engineer")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventdesk.nlp import children_of
from eventdesk.where.words import words

# The most steps from a name up to the preposition that places it.
MAX_CLIMB = 6
# How a place that is acted on hangs from the action ("shelled Kharkiv", "the town of
# Kidal was captured").
STRUCK_DEPS = ("dobj", "nsubjpass")
# The most words after a tagged name that may belong to the gazetteer's name for it
# ("Ain" + "al-Asad air base"), and the most words from a name to its site word.
MAX_EXTENSION = 4


def left_from(token: Token, any_clause: bool = False) -> bool:
    """ "withdrew from X", "were evacuated from X", "pulled out of X city": the name's
    phrase is the object of "from" or "out of" under a verb of leaving (words.tsv
    `leaving_verb`, or the verb and its particle: "set off from X"), which happens where the
    name is; not in a clause describing a noun
    (unless `any_clause`)."""
    node = token
    for _ in range(3):
        if node.dep_ == "pobj":
            break
        if node.dep_ not in ("compound", "conj", "appos") or node.head.i == node.i:
            return False
        node = node.head
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in ("from", "of"):
        return False
    verb = prep.head
    if prep.lower_ == "of":
        if verb.lower_ != "out":
            return False
        verb = verb.head
    # "families who fled from X were attacked near Y": a leaving that only describes
    # someone does not say where the sentence's action happens
    return _leaving(verb) and (
        any_clause or (verb.dep_ not in ("relcl", "acl") and not _reduced_relative(verb)))


def journey_from(token: Token) -> bool:
    """A name after the "from" of a verb of travel or leaving ("flying from Basra to
    London", "departed from Heathrow"): where the travellers set out, not an organisation
    ("a delegation from Real Madrid" hangs from a noun)."""
    prep = token.head
    return (token.dep_ == "pobj" and prep.lower_ == "from" and prep.head.pos_ in ("VERB", "AUX")
            and prep.head.lemma_.lower() in words("travel_verb") | words("leaving_verb"))


def _en_route(verb: Token) -> bool:
    """A present participle describing a noun ("a cargo plane flying from Ankara to Baghdad"):
    a journey under way, not an arrival."""
    return verb.tag_ == "VBG" and verb.dep_ == "acl"


def _undergoes(node: Token) -> bool:
    """The subject of a verb of words.tsv `undergo_verb` with "under" after it ("a Syrian
    border town came under fire"): acted on, like the object of "shelled"."""
    verb = node.head
    return node.dep_ == "nsubj" and verb.lemma_.lower() in words("undergo_verb") and any(
        c.dep_ == "prep" and c.lower_ == "under" for c in verb.children)


def _leaving(verb: Token) -> bool:
    """A verb of leaving, alone or with its particle ("fled", "set off", "set out")."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return verb.lemma_.lower() in words("leaving_verb") or any(
        f"{verb.lemma_.lower()} {p}" in words("leaving_verb") for p in particles)


def _reduced_relative(verb: Token) -> bool:
    """A past participle right after a noun, with no auxiliary, describes that noun
    ("Afghans deported from Pakistan waited at Torkham"), though the parser may make it the
    clause's verb: the leaving is not the sentence's action."""
    return (verb.tag_ == "VBN" and verb.i > 0 and verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))




def _on_island(node: Token, token: Token) -> bool:
    """The name itself is an island country or territory after "on" (words.tsv `island_state`:
    "detainees held on Nauru", "on Malta"): where, not an actor addressed; unless what governs
    "on" addresses it ("sanctions on Malta", "called on Fiji": `addressed_on`)."""
    governor = token.head.head
    return node.i == token.i and token.head.lower_ == "on" and token.lower_ in words("island_state") and not (
        governor.lower_ in words("addressed_on") or governor.lemma_.lower() in words("addressed_on"))


def placing(token: Token) -> str | None:
    """How a name says where something happens:
      "at"      under a locative preposition ("in X", "near X") or the "from" of a verb of
                leaving ("withdrew from X", "pulled out of X"), perhaps through "of" and a
                word like "outskirts", "city" or "province" ("on the outskirts of X", "in
                the Syrian city of X"), or under a direction word ("30 km north of X");
      "toward"  under "to", "on", "over" ("the fighting spread to X", "an attack on X"): a
                place only when the name is no country, which would be the actor
                addressed ("wrote to X", "sanctions on X");
      "struck"  the object acted on ("shelled X", "captured the town of X", "X was
                stormed"): a place only when it is no country, and a capital only for
                material conflict ("accused Washington" names an actor);
      "origin"  after "from" ("fled from X", "returned from X", "troops from X"): where
                the actors came from, which places an event only when nothing else does;
      "modifier" the name modifies a noun ("Sichuan authorities", "the Geneva talks"): a
                place, after any the prepositions give, when it is a town, region or site
                but no capital, which stands for its government ("Ankara's criticism");
      None      otherwise."""
    if _described_person(token) or _in_title(token):
        return None  # a person an apposition describes: "Moore, a British engineer", "Washington, a student"
    if left_from(token):
        return "at"  # "withdrew from X", "pulled out of X": where the leaving happens
    node = token
    for _ in range(MAX_CLIMB):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ == "dobj" and head.lemma_.lower() in words("leaving_verb") and head.dep_ not in ("relcl", "acl") \
                and not _reduced_relative(head):
            return "at"  # "its soldiers had left Chad", "fled Gaza": where the leaving happens
        if node.dep_ in ("dobj", "npadvmod") and head.lemma_.lower() in words("ascent_verb"):
            return "at"  # "climbed Uluru", "scaled Mount Kenya": where the climbers are
        if node.dep_ == "dobj" and _controls(head):
            return None  # "prompting Madrid to deploy troops": the doer of the clause, an actor
        if node.dep_ in STRUCK_DEPS or _undergoes(node):
            return "struck"  # "shelled X", "X was stormed", "X came under fire"
        if node.dep_ == "pobj":
            prep = head.lower_
            if prep in words("locative") or _on_island(node, token) or (
                    (prep == "on" or prep in words("toward")) and node.i != token.i and node.lower_ in words("through")):
                return "at"  # "in X", and "on the outskirts of X", "deployed to the streets of X"
            if prep == "to" and (head.head.lemma_.lower() in words("travel_verb") or sends_people(head.head)):
                # "flew to Port Louis": where they arrive; "a plane flying to Baghdad crashed": never reached
                return None if _en_route(head.head) else "at"
            if prep in words("toward"):
                return "toward"
            if prep not in ("of", "from"):
                return None
            above = head.head
            if above.lower_ in words("direction") or (prep == "of" and above.lower_ in words("inhabitant_word")):
                return "at"  # "30 km north of X"; "residents of X": where they live
            if prep == "of" and above.pos_ == "NOUN" and above.lemma_.lower() in words("event_word"):
                return "at"  # "the breach of the Kakhovka dam", "the siege of Mariupol": where it happened
            if prep == "from":
                return "origin"  # "fled from Khartoum", "troops from Chad": where they came from
            if above.lower_ not in words("through") and not (
                    prep == "of" and any(above.lower_ in words(c) for c in ("settlement_word", "landform_word"))):
                return None  # "in villages of the Magway region", "in the highlands of Papua" are places
            if above.dep_ in STRUCK_DEPS:
                return "at"  # "captured the town of Kidal": "the town of" says it is a place
            node = above
            continue
        if node.dep_ in ("appos", "conj"):
            node = head
            continue
        if node.i == token.i and _unnamed_town(node):
            return None  # "in the Black Sea port city": where the town lies, not the town
        if node.dep_ in ("compound", "nmod", "amod", "poss") and (
            head.lower_ in words("through") or head.pos_ == "PROPN" or _owned_name(node, head)
        ):
            node = head  # "in the Idlib countryside", "in Georgia's capital"; not "in the Paris accord"
            continue
        site = site_head(node)
        if site is not None:
            node = site  # "shelled the Tarbela dam", "hit the Morozovsk air base": where the site is
            continue
        if node.dep_ in ("compound", "nmod", "amod", "poss") and node.i == token.i and head.pos_ == "NOUN":
            return "modifier"  # "Sichuan authorities", "Gaza health officials", "the Geneva talks"
        return None
    return None


def _owned_name(node: Token, head: Token) -> bool:
    """"in Honiara's Chinatown": a possessor of a name the parser tagged as a noun."""
    return node.dep_ == "poss" and head.text[:1].isupper() and head.i > head.sent.start


def _controls(verb: Token) -> bool:
    """A verb whose object does what its "to" clause says ("forced Kyiv to evacuate",
    "urged Tehran to return"; not "struck Kyiv to force a surrender")."""
    return verb.lemma_.lower() in words("control_verb") and any(c.dep_ == "xcomp" for c in verb.children)


def sends_people(verb: Token) -> bool:
    """A verb of sending (words.tsv `sending_verb`) whose object is an actor, a group or an
    organisation ("sent 400 federal police", "troops were deployed") or a body of envoys
    ("sent a delegation"; words.tsv `envoy_word`): its "to X" is where they go, not an
    addressee ("sent a letter to Jackson")."""
    if verb.lemma_.lower() not in words("sending_verb"):
        return False
    sent = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.lower_ in words("envoy_word") for c in sent):
        return True
    return any(a.start <= c.idx < a.end and a.kind in ("group", "organization")
               for c in sent for a in verb.doc._.actors or ())


def describes_person(token: Token) -> bool:
    """The name is in a phrase that describes a person ("the autocrat in the Kremlin", "the
    man in the White House"; words.tsv `person_word`): the seat stands for who sits there,
    and says nothing of where the action happened."""
    node = token
    while node.dep_ in ("compound", "amod", "nmod") and node.head.i != node.i:
        node = node.head
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in ("in", "at") or prep.i < 2:
        return False
    # the parse may hang the preposition from the verb ("pressure the autocrat in the
    # Kremlin"): the person word right before it counts as well
    person = prep.doc[prep.i - 1]
    return person.pos_ == "NOUN" and person.lower_ in words("person_word") and prep.doc[prep.i - 2].lower_ == "the"


def _unnamed_town(token: Token) -> bool:
    """The name only says where a town the sentence does not name lies ("in the Black Sea
    port city", "the northern border town"): it modifies "the ... city", "town" or
    "village" (words.tsv `city_word`) that no "of X" names; the town is the story's."""
    node = token
    for _ in range(MAX_EXTENSION):
        if node.dep_ not in ("compound", "amod", "nmod") or node.head.i <= node.i:
            return False
        node = node.head
        if node.pos_ != "NOUN":
            return False
        if node.lower_ in words("city_word"):
            return any(c.lower_ == "the" for c in node.children) and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in node.children)
    return False


def _in_title(token: Token) -> bool:
    """The name is part of the title of a person who is the object of a preposition ("rally
    behind Texas Sen. Ted Cruz", "stood beside Ohio Gov. John Kasich"): the preposition
    places the person, not the place the title names."""
    if token.ent_type_ == "PERSON":
        return False
    node = token
    for _ in range(MAX_CLIMB):
        if node.dep_ != "compound" or node.head.i == node.i or node.head.pos_ != "PROPN":
            return False
        node = node.head
        if node.ent_type_ == "PERSON":
            return node.dep_ == "pobj"
    return False


def _described_person(token: Token) -> bool:
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and not place_word(c.lower_) and c.lower_ not in words("home_word")
               and not _not_a_description(c) for c in children_of(token))


# The most words between a locative preposition and the name it places when the parse does
# not link them ("at the Kerem Shalom crossing", "in Brazil's Rio Grande do Sul state").
MAX_LEAD = 6


def mention_placing(span: Span) -> str | None:
    """How the sentence uses the place name `span` (placing() of its root); when the parse
    links it to nothing, a locative preposition right before it, past "the", names and
    possessives, still puts the action there ("blocked trucks at the Kerem Shalom crossing"
    parsed with "crossing" as a verb; "in Brazil's Rio Grande do Sul state"), and a verb right
    before it that the misparsed site word hangs from acts on it ("closed the Kerem Shalom
    crossing")."""
    found = placing(span.root)
    doc = span.doc
    if found is not None or _described_person(span.root) or _in_title(span.root) or _unnamed_town(span.root) or (
            span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s", "'")):
        return found  # "in New Hampshire's primary" is no place of the name's own
    i = span.start - 1
    if i >= 0 and doc[i].pos_ == "NOUN" and (doc[i].lower_ == "capital" or doc[i].lower_ in words("city_word")) and (
            placing(doc[i]) == "at"):
        # "in Jamaica's capital Kingston", the name hung elsewhere: where the capital is (only
        # "at": "pushed towards the state capital Sittwe" is a direction, not the place)
        return "at"
    while i >= max(0, span.start - MAX_LEAD) and (
            doc[i].lower_ == "the" or doc[i].dep_ == "case" or (doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper())
            or _part_of(doc, i)):
        i -= 1
    if i >= 0 and doc[i].pos_ == "VERB" and span.root.head.i == doc[i].i and span.root.pos_ == "VERB" and (
            span.root.lower_ in words("site_word")):
        return "struck"  # "closed the Kerem Shalom crossing", "crossing" parsed as a verb under "closed"
    return "at" if i >= 0 and doc[i].pos_ == "ADP" and doc[i].lower_ in words("locative") else None


def _part_of(doc, i: int) -> bool:
    """doc[i] is the "of" of a part of a place, or the part ("in parts of X", "at the
    southern end of X"; words.tsv `through`) or a word describing the part ("near the border
    town of X")."""
    if doc[i].lower_ == "of":
        return i > 0 and doc[i - 1].lower_ in words("through")
    return i + 1 < len(doc) and (
        (doc[i].lower_ in words("through") and doc[i + 1].lower_ == "of")
        or ((doc[i].pos_ in ("ADJ", "DET") or doc[i].dep_ == "compound") and _part_of(doc, i + 1)))


def _not_a_description(appos: Token) -> bool:
    """An apposition that describes no person: a distance ("Belgorod, about 40 km from the
    border"), something that happened there (words.tsv `event_word`), or the subject of a
    reporting verb that follows it, misread as an apposition ("in Herat, the United Nations
    mission in Afghanistan said")."""
    if any(c.dep_ == "nummod" for c in appos.children) or appos.lemma_.lower() in words("event_word"):
        return True  # "Guantanamo Bay, the first death at the facility": what happened there
    after = appos.right_edge.i + 1
    doc = appos.doc
    if after >= len(doc):
        return False
    verb = doc[after]
    return verb.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def place_word(word: str) -> bool:
    """A word that speaks of a place ("capital", "north", "province", "town", "base")."""
    return any(word in words(c) for c in ("through", "direction", "region_word", "city_word", "site_word",
                                             "landmark_word"))




def site_head(token: Token) -> Token | None:
    """The site word a name modifies, perhaps through a word or two ("the Tarbela dam",
    "the Morozovsk air base", "the Masnaa border crossing"); None otherwise."""
    node = token
    for _ in range(MAX_EXTENSION):
        if node.dep_ not in ("compound", "nmod", "amod") or node.head.i <= node.i:
            return None
        node = node.head
        if node.lower_ in words("site_word") or node.text in words("described_site"):
            return node
    return None
