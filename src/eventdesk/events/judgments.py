"""Verbal judgments: where a statement's content judges an actor with no verb of criticism
or praise ("'He is a disaster,' X said", "X said Y lied about the emails", "X said Y would
be a terrific running mate"). The words come from data/judgments.tsv; this module finds the
evaluative word in a content's parse and the actor it is tied to:

  - the subject of a copula whose predicate is the word or is modified by it ("Y is a
    liar", "Y would be a terrific running mate");
  - the subject of a verb of wrongdoing ("Y lied", "Y betrayed the voters", "Y broke the law");
  - the actor behind a conduct noun the word judges: its possessor or a name before it
    ("Y's policies are a disaster", "Y's failed policies"), or the subject of the verb it is
    the object of ("Y ran a disgraceful campaign", "Y did a terrific job").

The judgments stage (events/judgment_stage.py) turns what this module finds into events.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from eventdesk.errors import LexiconError
from eventdesk.model import Actor
from eventdesk.events import clause_subjects as cs
from eventdesk.events import syntax as sx
from eventdesk.events.function_words import EXCESS_ADVERBS
from eventdesk.events.words import words
from eventdesk.nlp import children_of
from eventdesk.tables import tsv_rows

HEADER = ("phrase", "class", "pos")
CLASSES = ("criticism", "accusation", "praise", "conduct", "role", "vice", "virtue", "displeased", "pleased")
# The CAMEO code a judgment of each class is.
CODES = {"criticism": "111", "accusation": "112", "praise": "051", "vice": "111", "virtue": "051",
         "displeased": "111", "pleased": "051"}
# Feelings of the speaker about another ("I am disappointed in Y", "we are proud of Y").
FEELINGS = frozenset({"displeased", "pleased"})
# The prepositions that name what a feeling is about ("disappointed in", "proud of", "grateful to").
FEELING_PREPS = frozenset({"in", "with", "by", "at", "of", "to"})
# The subjects whose feeling the speaker states: the speaker ("I", "we"), or "he"/"she"
# in a report of the speaker's words ("X said she was disappointed in Y").
FEELING_SUBJECTS = frozenset({"i", "we", "he", "she"})
# Verbs that link a subject to its predicate as "be" does.
COPULAS = frozenset({"be", "become", "remain", "seem", "sound", "look", "prove"})
# Verbs that with a particle and "as" say how their subject seems ("comes across as weak").
APPEARING_VERBS = frozenset({"come"})
# Verbs whose object is a role their subject fills ("would make a great president").
ROLE_VERBS = frozenset({"make"})
# The copula's contracted forms, which the tagger may lemmatize as themselves.
CONTRACTED_COPULAS = frozenset({"'s", "'re", "'m"})
# Auxiliaries and marks of content the speaker does not assert.
HEDGING_AUX = frozenset({"may", "might", "could"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})


@dataclass(frozen=True, slots=True)
class JudgmentLexicon:
    words: dict[tuple[str, str], str]  # (lemma, pos) -> class, for adjectives and nouns
    verbs: dict[str, tuple[tuple[str, str], ...]]  # verb lemma -> ((second word or "", class), ...)

    def word_class(self, token: Token) -> str | None:
        """The class of an adjective or noun token, or None; the word's own part of speech
        first, then the other: the tagger takes one for the other ("he's totally vapid" a
        noun, "the deplorables" an adjective's plural)."""
        pos = "n" if token.pos_ in ("NOUN", "PROPN") else "a" if (
            token.pos_ == "ADJ" or token.tag_ in ("JJ", "JJR", "JJS", "VBN")) else None
        if pos is None:
            return None
        forms = (sx.lemma(token), token.lower_) + _hyphened(token)
        for kind in (pos, "a" if pos == "n" else "n"):
            for form in forms:
                found = self.words.get((form, kind))
                if found:
                    return found
        return None

    def verb_class(self, verb: Token) -> str | None:
        """The class of a verb of wrongdoing, with its particle or object when the entry
        names one ("cover up", "break law")."""
        entries = self.verbs.get(sx.lemma(verb))
        if not entries:
            return None
        seconds = {sx.lemma(t) for t in sx.particles(verb) + sx.children(verb, "dobj")}
        for second, name in entries:
            if second and second in seconds:
                return name
        return next((name for second, name in entries if not second), None)

    def names_judged(self, tokens: list[Token], how: str) -> bool:
        """Whether the words a judgment is of name the actor judged: not when the actor
        was read through the possessor or "of" phrase of a thing that is no conduct ("their
        lives are hard", "India's ties with Japan are excellent", "the situation in Yemen
        is catastrophic"); a conduct noun's owner is judged ("Y's remarks were outrageous")."""
        if how != "inner":
            return True
        # a part or number of people ("half of Y's supporters") names them
        return not all(t.pos_ == "NOUN" and self.word_class(t) != "conduct"
                       and sx.lemma(t) not in words("quantity_noun") for t in tokens)

    def judging(self, classes: tuple[str, ...]) -> frozenset[str]:
        """Lemmas of the adjectives and nouns of these classes."""
        return frozenset(lemma for (lemma, _), name in self.words.items() if name in classes)


def _hyphened(token: Token) -> tuple[str, ...]:
    """The word with the one before a hyphen the tokenizer split off ("non-entities" as
    "non", "-", "entities": "non-entity"), or nothing."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return ()
    first = doc[i - 2].lower_
    return (f"{first}-{sx.lemma(token)}", f"{first}-{token.lower_}")


def read_judgments(path) -> JudgmentLexicon:
    words: dict[tuple[str, str], str] = {}
    verbs: dict[str, list[tuple[str, str]]] = {}
    for number, (phrase, name, pos) in tsv_rows(path, HEADER):
        if name not in CLASSES or pos not in ("a", "n", "v", "r"):
            raise LexiconError(f"{path}:{number}: class must be one of {', '.join(CLASSES)} and pos a, n, v or r")
        if phrase != phrase.lower() or not phrase:
            raise LexiconError(f"{path}:{number}: a phrase is lower-case lemmas, got {phrase!r}")
        if pos == "v":
            head, _, second = phrase.partition(" ")
            verbs.setdefault(head, []).append((second, name))
            continue
        if (phrase, pos) in words:
            raise LexiconError(f"{path}:{number}: {phrase!r} ({pos}) is already listed")
        words[(phrase, pos)] = name
    return JudgmentLexicon(words=words, verbs={k: tuple(v) for k, v in verbs.items()})


@lru_cache(maxsize=1)
def judgment_lexicon() -> JudgmentLexicon:
    return read_judgments(resources.files("eventdesk.events").joinpath("data", "judgments.tsv"))


@dataclass(frozen=True, slots=True)
class Judgment:
    name: str  # criticism, accusation or praise
    word: Token  # the evaluative word
    clause: Token  # the verb of its clause (the copula, the verb of wrongdoing)
    judged: list[Token]  # the words naming the judged actor(s)


def judgments_in(tokens: list[Token], lexicon: JudgmentLexicon) -> list[Judgment]:
    """The judgments in these tokens (a statement's content), shallowest clause first."""
    found = []
    for token in tokens:
        judgment = (_verb_judgment(token, lexicon) or _manner_judgment(token, lexicon)
                    or _word_judgment(token, lexicon))
        if judgment is not None:
            found.append(judgment)
    found.sort(key=lambda j: (_depth(j.clause), j.clause.i))
    return found


def _verb_judgment(verb: Token, lexicon: JudgmentLexicon) -> Judgment | None:
    """ "Y lied", "Y broke the law", "Y betrayed the voters": the subject is judged, or a
    passive's agent ("the voters were betrayed by Y"); a negated one ("never lied") judges
    nobody."""
    if not sx.is_verb(verb) or verb.dep_ in ("aux", "auxpass", "amod"):
        return None
    name = lexicon.verb_class(verb)
    if name is None or sx.negated(verb):
        return None
    if sx.is_passive(verb):
        # "the voters were betrayed by Y", "the port was sold out by Y": the agent is judged
        agents = [o for a in sx.children(verb, "agent") for o in sx.children(a, "pobj")]
        return Judgment(name, verb, verb, sx.with_conjuncts(agents[0])) if agents else None
    subjects, _ = cs.clause_subject(verb)
    if not subjects:
        return None
    return Judgment(name, verb, verb, sx.with_conjuncts(subjects[0]))


def _manner_judgment(adverb: Token, lexicon: JudgmentLexicon) -> Judgment | None:
    """ "Y acted irresponsibly", "Y treated the families disrespectfully", "Y is unfairly
    maligning him", "Y handled it wisely": an adverb of manner that judges how a deed was
    done judges its doer (the subject, a passive's agent); negated, a criticism judges
    nobody ("did not act recklessly") and a praise criticizes ("did not act responsibly")."""
    if adverb.dep_ != "advmod" or adverb.pos_ != "ADV":
        return None
    name = lexicon.words.get((adverb.lower_, "r"))
    verb = adverb.head
    if name is None or verb.i == adverb.i or not sx.is_verb(verb) or sx.lemma(verb) in COPULAS:
        return None
    if sx.negated(verb):
        if name != "praise":
            return None
        name = "criticism"
    if sx.is_passive(verb):
        agents = [o for a in sx.children(verb, "agent") for o in sx.children(a, "pobj")]
        return Judgment(name, adverb, verb, sx.with_conjuncts(agents[0])) if agents else None
    subjects, _ = cs.clause_subject(verb)
    return Judgment(name, adverb, verb, sx.with_conjuncts(subjects[0])) if subjects else None


def _word_judgment(word: Token, lexicon: JudgmentLexicon) -> Judgment | None:
    epithet = _epithet(word, lexicon)
    if epithet is not None:
        return epithet
    if word.pos_ == "PROPN":
        return None  # a name that is also a word ("Patriot Coal", "Champion Inc.") judges nobody
    name = lexicon.word_class(word)
    if name is None or name in ("conduct", "role"):
        return None
    if name in FEELINGS:
        return _feeling_judgment(name, word)
    if name in ("vice", "virtue") and word.pos_ == "NOUN":
        return _quality_judgment(name, word)
    if name == "accusation" and word.pos_ == "NOUN" and sx.children(word, "poss"):
        return _quality_judgment(name, word)  # "Clinton's lies", "his crimes"
    if name == "criticism" and word.dep_ == "amod" and _person_name(word.head):
        # "since crooked Hillary Clinton held a press conference": a nickname that insults
        return Judgment(name, word, _clause_of(word.head), [word.head])
    predicate = word
    if word.dep_ in ("amod", "compound", "advmod") and word.head.i != word.i:
        predicate = word.head
        if lexicon.word_class(predicate) == "conduct":
            return _conduct_judgment(name, word, predicate)
    found = _predication(predicate, lexicon)
    if found is None:
        return None
    clause, subject = found
    if name == "praise" and any(c.dep_ == "advmod" and c.lower_ in EXCESS_ADVERBS for c in children_of(word)):
        return None  # "too principled to win": a virtue carried too far, no praise
    negated = sx.negated(clause) or sx.negated(predicate)
    if negated:
        if name != "praise":
            return None
        name = "criticism"  # "not qualified", "no hero"
    if lexicon.word_class(subject) in ("conduct", "vice", "virtue"):
        # "Y's policy is a disaster": the one whose conduct it is; not "their lives are
        # hard", a condition and no conduct
        owner = _conduct_owner(subject)
        return Judgment(name, word, clause, owner) if owner else None
    return Judgment(name, word, clause, sx.with_conjuncts(subject))


def _epithet(word: Token, lexicon: JudgmentLexicon) -> Judgment | None:
    """A criticism or accusation word put before a person's name as an epithet ("crooked
    Hillary Clinton", "Crooked Hillary", "corrupt Senator Smith"): name-calling, a criticism
    of the person wherever the name stands, whatever the clause says ("crooked Y never
    shows up"). Not praise ("the great Senator Smith" is as often politeness), not a word
    inside the name ("Patriot Coal")."""
    head = word.head
    if (word.dep_ not in ("amod", "compound", "nmod") or head.i == word.i or head.i < word.i
            or head.pos_ != "PROPN" or head.ent_type_ != "PERSON"):
        return None
    if word.pos_ == "PROPN" and word.ent_type_ == "PERSON" and word.ent_iob_ != "B":
        return None  # inside the name, not before it
    # an adjective's entry only: a noun that opens a name ("Danger Mouse") is the name
    name = lexicon.words.get((word.lower_, "a")) or lexicon.words.get((sx.lemma(word), "a"))
    if name not in ("criticism", "accusation"):
        return None
    while head.dep_ in ("compound", "flat") and head.head.i > head.i and head.head.pos_ == "PROPN":
        head = head.head  # "Lazy Governor Smith": the whole name
    clause = head
    for _ in range(8):
        if sx.is_verb(clause) or clause.head.i == clause.i:
            break
        clause = clause.head
    return Judgment("criticism", word, clause, [head])


def _predication(predicate: Token, lexicon: JudgmentLexicon) -> tuple[Token, Token] | None:
    """The clause that says the predicate of a subject, and that subject, or None:

      - a copula's complement ("Y is a liar", "Y seems unfit"), or a later conjunct of one
        ("Y is sharp and articulate");
      - an adjective the tagger read as a passive participle ("Y is unhinged");
      - a clause with no verb ("considers Y a phony");
      - "make" with a role for object ("Y would make a great president")."""
    first = predicate
    for _ in range(4):
        head = first.head
        if first.dep_ != "conj" or head.i == first.i or not (head.pos_ in ("ADJ", "NOUN") or head.tag_ == "VBN"):
            break
        first = first.head
    if _predicate(first):
        subjects = sx.children(first.head, "nsubj") or _doer_of_what(first.head)
        return (first.head, subjects[0]) if subjects else None
    if (first.tag_ == "VBN" and lexicon.words.get((first.lower_, "a"))
            and any(sx.lemma(c) in COPULAS for c in sx.children(first, "auxpass"))):
        # the adjective as written ("unhinged"), not a verb's passive ("bullied")
        subjects = sx.children(first, "nsubjpass")
        return (first, subjects[0]) if subjects else None
    appearing = _appearing_verb(first)
    if appearing is not None:
        subjects = sx.children(appearing, "nsubj")
        return (appearing, subjects[0]) if subjects else None
    if first.pos_ in ("NOUN", "ADJ") and first.dep_ in ("ccomp", "xcomp", "oprd"):
        subjects = sx.children(first, "nsubj")
        return (first, subjects[0]) if subjects else None
    if first.dep_ == "dobj" and sx.lemma(first.head) in ROLE_VERBS and lexicon.word_class(first) == "role":
        subjects, _ = cs.clause_subject(first.head)
        return (first.head, subjects[0]) if subjects else None
    return None


def _appearing_verb(word: Token) -> Token | None:
    """The verb of "come across as" / "come off as" whose predicate the word is ("she comes
    across as weak", "he comes off as a bully"), however the parser hangs the "as" phrase:
    a verb with a particle of appearing (data/words.tsv appearing_particle), like a copula."""
    node = word
    if word.lower_ == "as" and word.dep_ == "prep":
        pass  # the "as" itself, when the adjective hangs on it ("as [weak]")
    elif word.dep_ in ("pobj", "amod") and word.head.lower_ == "as" and word.head.dep_ == "prep":
        node = word.head  # "comes across [as [weak]]"
    elif not (word.dep_ == "advcl" and any(c.lower_ == "as" for c in children_of(word))):
        return None  # "comes off [strong] with [as]"
    verb = node.head
    if verb.i == node.i or sx.lemma(verb) not in APPEARING_VERBS:
        return None
    return verb if any(sx.lemma(p) in words("appearing_particle") for p in sx.particles(verb)) else None


def _feeling_judgment(name: str, word: Token) -> Judgment | None:
    """ "I am disappointed in Y", "we are proud of Y", "I'm ashamed that Y would endorse
    him", "she was impressed by Y": the speaker's feeling about another judges the one it
    is about: the object of the feeling's preposition or agent, or the subject of the clause
    it takes. Only the speaker's own feeling ("I", "we"; "he"/"she" in a report of the
    speaker's words); a negated pleased feeling criticizes ("not impressed with Y"), a
    negated displeased one judges nobody."""
    passive = word.tag_ == "VBN" and bool(sx.children(word, "nsubjpass"))
    if passive:
        clause, subjects = word, sx.children(word, "nsubjpass")
    elif _predicate(word) or (word.dep_ in ("acomp", "oprd") and sx.lemma(word.head) == "feel"):
        clause, subjects = word.head, sx.children(word.head, "nsubj")
    else:
        return None
    if not subjects or subjects[0].lower_ not in FEELING_SUBJECTS:
        return None
    judged = [o for c in children_of(word) if c.dep_ in ("prep", "agent") and sx.lemma(c) in FEELING_PREPS
              for o in sx.children(c, "pobj")]
    judged += [s for c in children_of(word) if c.dep_ == "ccomp" for s in sx.children(c, "nsubj", "nsubjpass")]
    if not judged:
        return None
    if sx.negated(clause) or sx.negated(word):
        if name != "pleased":
            return None
        name = "displeased"  # "not impressed with Y"
    return Judgment(name, word, clause, sx.with_conjuncts(judged[0]))


def _doer_of_what(copula: Token) -> list[Token]:
    """The subject of a free relative that is the copula's subject: "what Y did was a
    disgrace", "what Y said is dangerous" judge Y; not "what happened"."""
    for clause in sx.children(copula, "csubj"):
        if any(c.lower_ == "what" and c.dep_ in ("dobj", "det") for c in children_of(clause)):
            subjects = sx.children(clause, "nsubj")
            if subjects:
                return subjects[:1]
    return []


def _person_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ == "PERSON" and token.dep_ != "compound"


def _clause_of(token: Token) -> Token:
    """The nearest verb above the token, or the top of its sentence."""
    clause = token
    while clause.head.i != clause.i and not sx.is_verb(clause):
        clause = clause.head
    return clause


def _predicate(word: Token) -> bool:
    """Whether the word is the predicate of a copula ("is a liar", "seems unfit"; "he's
    a liar", whose contracted "'s" the tagger may take for "has", with its noun an object)."""
    head = word.head
    if head.i == word.i:
        return False
    if word.dep_ in ("acomp", "attr") and sx.lemma(head) in COPULAS:
        return True
    contracted = head.lower_.replace("\u2019", "'") in CONTRACTED_COPULAS
    return contracted and word.dep_ in ("acomp", "attr", "dobj")


def _conduct_judgment(name: str, word: Token, conduct: Token) -> Judgment | None:
    """ "Y's failed policies", "the Obama plan's terrible ...", "Y ran a disgraceful
    campaign", "Y did a terrific job": the conduct's owner is judged."""
    owner = _conduct_owner(conduct)
    clause = conduct.head if conduct.head.i != conduct.i else conduct
    if owner:
        return Judgment(name, word, clause, owner)
    if conduct.dep_ == "pobj" and sx.lemma(conduct.head) == "of" and sx.lemma(conduct.head.head) in words("quantity_noun"):
        conduct = conduct.head.head  # "said a lot of stupid things": the measure is the object
    if conduct.dep_ == "dobj" and sx.is_verb(conduct.head) and not sx.negated(conduct.head):
        subjects, _ = cs.clause_subject(conduct.head)
        if subjects:
            return Judgment(name, word, conduct.head, sx.with_conjuncts(subjects[0]))
    return None


def _quality_judgment(name: str, quality: Token) -> Judgment | None:
    """ "Y's bigotry", "his courage": the quality's possessor is judged; "Y has the courage",
    "Y showed incompetence": the subject of a verb of having (a virtue with "no" criticizes:
    "Y has no courage"). A virtue that is the subject is judged by its predicate ("her
    honesty is in question" no praise; "her honesty is doubtful" criticism). A quality of no
    one ("the hypocrisy of it all") judges nobody."""
    clause = _clause_of(quality)
    possessors = sx.children(quality, "poss")
    if name == "virtue" and quality.dep_ in ("nsubj", "nsubjpass"):
        return None  # "her honesty is in question": what is said of the virtue decides
    if possessors:
        return Judgment(name, quality, clause, possessors[:1])
    head = quality.head
    if quality.dep_ == "dobj" and sx.lemma(head) in words("having_verb") and not sx.negated(head):
        subjects, _ = cs.clause_subject(head)
        if not subjects:
            return None
        if any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(quality)):
            if name == "vice":
                return None  # "has no arrogance"
            name = "vice"
        return Judgment(name, quality, head, sx.with_conjuncts(subjects[0]))
    return None


def _conduct_owner(conduct: Token) -> list[Token]:
    """Whose conduct a conduct noun names: its possessor, or a proper name before it."""
    for child in children_of(conduct):
        if child.dep_ == "poss":
            return [child]
    return [c for c in children_of(conduct) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < conduct.i][:1]


def own_country(actor: Actor, speaker: Actor) -> bool:
    """The speaker's own country as a whole ("our country is a mess", "Russia's economy is
    impressive," Putin said): talk about one's own state, no event between two actors."""
    return (actor.kind == "state" and not actor.sectors and actor.country is not None
            and actor.country == speaker.country)


def hedged(clause: Token) -> bool:
    """Whether the clause of a judgment is not asserted: "may", "might", "could", or a
    condition ("if Y wins, ...")."""
    node = clause
    for _ in range(3):
        if sx.aux_lemmas(node) & HEDGING_AUX or sx.has_mark(node, CONDITION_MARKS):
            return True
        if any(c.dep_ == "advcl" and sx.has_mark(c, CONDITION_MARKS) for c in children_of(node)):
            return True
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            break
        node = node.head
    return False


def _depth(token: Token, cap: int = 50) -> int:
    depth = 0
    while token.head.i != token.i and depth < cap:
        token = token.head
        depth += 1
    return depth
