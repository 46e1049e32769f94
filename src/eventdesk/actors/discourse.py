"""The discourse model of one article: the people, bodies and states it names, in text order,
with the roles and gender the text gives them, asked who a pronoun, a role noun ("the
spokeswoman", "the ministry") or an age ("the 58-year-old") refers back to. It is the
speaker side of the coreference layer (eventdesk.actors.coref): the same pronoun facts
(eventdesk.lang) and the look-back rule of coref.py (its speakers' reach,
SPEAKER_LOOKBACK_SENTENCES, is the documented split there), over entities rather than coded
mentions, because a speaker may be someone no lexicon codes ("a doctor at
the clinic").

The words it needs from the caller (role nouns with what they refer to and their gender,
honorifics, words that end a body's name, verbs that give a name) come in a
`DiscourseWords`; the statement stage passes its lexicon (eventdesk.statements.discourse),
so this module imports nothing of the statements package. Also the noun-phrase helpers a
speaker is read with (np_span, naming_head).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from spacy.tokens import Doc, Span as SpacySpan, Token

from eventdesk.actors.coref import SPEAKER_LOOKBACK_SENTENCES
from eventdesk.intervals import Ranges
from eventdesk.lang import DEFINITE_DETERMINERS, FIRST_PERSON, PLURAL_PRONOUNS, PRONOUN_GENDER, SECOND_PERSON, THING_PRONOUNS
from eventdesk.model import Actor
from eventdesk.nlp import children_of, text_of

_DROP_FROM_NP = {"appos", "relcl", "acl", "punct", "parataxis", "advcl", "case"}
# The pronouns a speaker may be, by what they refer back to (eventdesk.lang).
PERSON_PRONOUNS = PRONOUN_GENDER
GROUP_PRONOUNS = PLURAL_PRONOUNS
SELF_PRONOUNS = FIRST_PERSON | SECOND_PERSON
# spaCy entity labels that name a person, a body, or a state.
_PERSON_LABELS = {"PERSON"}
_ORG_LABELS = {"ORG", "NORP"}
_STATE_LABELS = {"GPE"}
# Sentences back that a speaker's pronoun or role noun may reach (coref.py: the split).
MAX_SENTENCES_BACK = SPEAKER_LOOKBACK_SENTENCES
# Two narrower reaches inside it, for weaker evidence: a body named as a subject, for "the
# company said" when nothing names its kind (the sentence before only); the one person
# named lately, for "the 58-year-old said" when no age was given with a name.
_UNNAMED_BODY_BACK = 1
_ONLY_PERSON_BACK = 2


class Role(Protocol):
    """A role noun: what it refers back to (person | organization | document), the
    gender it says (m | f | None) and the CAMEO sectors it gives (may be empty)."""

    kind: str
    gender: str | None
    sectors: frozenset[str]


class DiscourseWords(Protocol):
    """The words the discourse model reads (the statement lexicon has them)."""

    roles: Mapping[str, Role]
    honorifics: Mapping[str, str]
    organization_words: Mapping[str, frozenset[str]]


def np_span(head: Token, conjuncts: bool = True) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by `head`, without appositives,
    relative clauses and punctuation ("Hugh Hill, a doctor at the clinic," -> "Hugh Hill")."""
    keep = [head]
    drop = _DROP_FROM_NP if conjuncts else _DROP_FROM_NP | {"conj", "cc"}
    # What follows a colon the head governs is not its name ("Lee: the plan fails").
    colon = next((c.i for c in children_of(head) if c.text == ":" and c.i > head.i), None)
    stack = [c for c in children_of(head) if c.dep_ not in drop and (colon is None or c.i < colon)]
    while stack:
        token = stack.pop()
        keep.append(token)
        stack.extend(c for c in children_of(token) if c.dep_ not in ("relcl", "appos", "acl", "advcl", "parataxis"))
    start = min(t.i for t in keep)
    end = max(t.i for t in keep) + 1
    doc = head.doc
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def naming_head(head: Token, naming_verbs: Container[str], person_nouns: Container[str] = ()) -> Token:
    """The token to name a speaker by: the appositive name of a description
    ("the ministry's spokeswoman, Li Na, said" -> Na), or the name a naming verb gives it
    ("a miner named Pedro Alves"), else the head itself. With the lexicon's person nouns,
    also a name the parser hung on the description's last noun ("The mayor of Kharkiv,
    Ihor Terekhov, said")."""
    if head.pos_ != "PROPN":
        # "said Kwame Mensah, a 41-year-old baker who said ...": the description is the
        # appositive of a name; the name names the speaker.
        if head.dep_ == "appos" and head.head.pos_ == "PROPN" and head.head.ent_type_ not in _STATE_LABELS:
            return head.head
        for child in children_of(head):
            if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ not in _STATE_LABELS:
                return child
            # "a miner named Pedro Alves"
            if child.dep_ == "acl" and child.lemma_.lower() in naming_verbs:
                for name in children_of(child):
                    if name.pos_ == "PROPN" and name.dep_ in ("oprd", "dobj", "attr", "xcomp", "npadvmod"):
                        return name
        if head.lemma_.lower() in person_nouns:
            for prep in (c for c in children_of(head) if c.dep_ == "prep"):
                for noun in (c for c in children_of(prep) if c.dep_ == "pobj"):
                    for name in children_of(noun):
                        if (
                            name.dep_ == "appos"
                            and name.pos_ == "PROPN"
                            and name.ent_type_ not in _STATE_LABELS | {"NORP", "LOC", "FAC", "DATE"}
                            and name.right_edge.i + 1 >= head.right_edge.i
                            and any(t.ent_type_ in ("PERSON", "ORG") for t in name.subtree)
                        ):
                            return name
    return head


@dataclass
class Entity:
    """Something the article names and may refer back to."""

    kind: str  # person | organization | state | group
    name: str
    tokens: set[str]  # lower-case words of the name, for "Hill" == "Hugh Hill"
    gender: str | None = None
    plural: bool = False
    roles: set[str] = field(default_factory=set)
    # Naming mentions: (start char, end char, sentence index, salience) in text order.
    mentions: list[tuple[int, int, int, int]] = field(default_factory=list)
    actor: Actor | None = None
    head: Token | None = None
    named: bool = True  # False for a person known only by a description
    # Mentions that describe rather than name ("the minister" after "Laila Haddad"): a
    # speaker found through one of them is pointed at the name.
    descriptions: set[tuple[int, int]] = field(default_factory=set)


def _sector_fits(entity: Entity, role: Role) -> bool:
    """Can the body be what the role noun calls it? "The army" is not the United Nations
    (IGO) named just before; "the company" may be any body whose sector is not known."""
    sectors = set(entity.actor.sectors) if entity.actor is not None else set()
    return not (role.sectors and sectors) or bool(role.sectors & sectors)


def _name_like(entity: Entity, lexicon: DiscourseWords) -> bool:
    """An organisation entity that may be a person the tagger got wrong ("Amina Diallo"):
    two or three capitalised words, none of them a word for a body ("Council", "Bank")."""
    words = entity.name.split()
    return (
        entity.kind == "organization"
        and 2 <= len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() for w in words)
        and not any(w.lower() in lexicon.roles for w in words)
    )


# Salience of a mention inside its sentence: the speaker of a statement first, then a subject.
SPEAKER, SUBJECT, OTHER = 3, 2, 1


class Discourse:
    """The entities of one article, built once, asked for antecedents in text order."""

    def __init__(
        self,
        doc: Doc,
        sents: list[SpacySpan],
        resolve: Callable[[Token], list[Actor]],
        lexicon: DiscourseWords,
        quoted: list[tuple[int, int]],
        naming_verbs: Container[str] = (),
    ):
        """`resolve` gives the actors a noun phrase names (the actor layer's resolve);
        `quoted` the character ranges inside quotation marks (no naming mention there);
        `naming_verbs` the verbs that give a name ("named", "called")."""
        self.doc = doc
        self.sents = sents
        self.resolve = resolve
        self.lexicon = lexicon
        self.quoted = quoted
        self._quoted_ranges = Ranges(quoted)
        self.naming_verbs = naming_verbs
        self.entities: list[Entity] = []
        self._sent_of_token: dict[int, int] = {}
        for index, sent in enumerate(sents):
            for token in sent:
                self._sent_of_token[token.i] = index
        self._collect()

    # -- building ---------------------------------------------------------------------------

    def sentence_of(self, token: Token) -> int:
        return self._sent_of_token.get(token.i, -1)

    def _inside_quote(self, char: int) -> bool:
        return char in self._quoted_ranges

    def _collect(self) -> None:
        # doc.ents once: Span.ents walks every entity of the Doc on each call.
        by_sentence: dict[int, list[SpacySpan]] = {}
        for ent in self.doc.ents:
            by_sentence.setdefault(self._sent_of_token.get(ent.start, -1), []).append(ent)
        for index, sent in enumerate(self.sents):
            for ent in by_sentence.get(index, []):
                # "Nordwind Logistics", "Banco Andino Bank": a name ending in a word for a
                # body is an organisation's, whatever the tagger says, and "the company" or
                # "the bank" refers back to it.
                org_roles = self.lexicon.organization_words.get(ent[-1].lower_.rstrip(".")) if len(ent) > 1 else None
                if ent.label_ in _PERSON_LABELS and not org_roles:
                    # With the titles written before the name: "Foreign Minister Ana Lopez".
                    start, end = np_span(ent.root, conjuncts=False)
                    if not (start <= ent.start and ent.end <= end):
                        start, end = ent.start, ent.end
                    self.add_mention(ent.root, "person", (start, end))
                elif ent.label_ in _ORG_LABELS | _STATE_LABELS | _PERSON_LABELS:
                    kind = "state" if ent.label_ in _STATE_LABELS and not org_roles else "organization"
                    entity = self.add_mention(ent.root, kind, (ent.start, ent.end))
                    if entity is not None and org_roles:
                        entity.roles |= org_roles
            # Someone the text only describes, as the subject of a sentence ("the senator
            # laughed", "Mali's junta has expelled ..."), can be referred back to as well.
            for token in sent:
                role = self.lexicon.roles.get(token.lemma_.lower())
                if (
                    role is not None
                    and role.kind != "document"
                    and token.pos_ == "NOUN"
                    and token.dep_ in ("nsubj", "nsubjpass")
                    and not token.ent_type_
                    and naming_head(token, self.naming_verbs) is token
                ):
                    start, end = np_span(token, conjuncts=False)
                    earlier = self.referent(token, self.doc[start].idx) if self.is_definite(token) else None
                    if earlier is not None:
                        # "the spokeswoman" after "Julia Brandt, a spokeswoman": the same person.
                        entity, _ = earlier
                        span = self.doc[start:end]
                        entity.mentions.append((span.start_char, span.end_char, self.sentence_of(token), SUBJECT))
                        entity.mentions.sort()
                        if entity.named:
                            entity.descriptions.add((span.start_char, span.end_char))
                    else:
                        self.add_mention(token, role.kind, (start, end))
                elif (
                    role is not None
                    and role.kind == "organization"
                    and token.pos_ == "NOUN"
                    and not token.ent_type_
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(token))
                ):
                    # "reported by a public broadcaster in Norway. The broadcaster said ...":
                    # a body introduced by a description anywhere in a sentence.
                    self.add_mention(token, "organization", np_span(token, conjuncts=False), salience=OTHER)

    def add_mention(
        self, head: Token, kind: str, tokens: tuple[int, int] | None = None, salience: int | None = None
    ) -> Entity | None:
        """Register a naming mention (a name, or a noun phrase spoken of as a speaker)."""
        start, end = tokens if tokens else np_span(head)
        span = self.doc[start:end]
        char_start, char_end = span.start_char, span.end_char
        if self._inside_quote(char_start):
            return None
        words = [t for t in span if not t.is_punct and t.lower_ not in ("'s", "’s")]
        named = True
        if kind == "person":
            names = [t for t in words if t.lower_.rstrip(".") not in self.lexicon.honorifics and t.pos_ == "PROPN"]
            # A person the text only describes ("the German defence minister") is still someone.
            named = bool(names)
            words = names or [t for t in words if t.pos_ not in ("DET", "PRON")]
        if not words:
            return None
        name = self.doc[words[0].i : words[-1].i + 1].text
        lowered = {t.lower_ for t in words}
        if salience is None:
            salience = SUBJECT if head.dep_ in ("nsubj", "nsubjpass") else OTHER
        sentence = self.sentence_of(head)
        entity = self._match(kind, lowered, named)
        if entity is None:
            entity = Entity(kind=kind, name=name, tokens=lowered, head=head, named=named)
            entity.plural = head.tag_ in ("NNS", "NNPS")
            self.entities.append(entity)
        elif len(lowered) > len(entity.tokens):
            entity.name, entity.tokens = name, lowered
        mention = (char_start, char_end, sentence, salience)
        if mention not in entity.mentions:
            entity.mentions.append(mention)
            entity.mentions.sort()
        entity.roles |= self._roles(head, span)
        if kind == "person" and entity.gender is None:
            entity.gender = self._gender(span, entity.roles)
        return entity

    def _match(self, kind: str, words: set[str], named: bool) -> Entity | None:
        for entity in self.entities:
            if entity.kind != kind and not ({entity.kind, kind} <= {"organization", "state"}):
                continue
            if words == entity.tokens:
                return entity
            # "Hill" is "Hugh Hill"; but "a doctor" is not "a doctor at the clinic".
            if kind == "person" and named and entity.named and (words <= entity.tokens or entity.tokens <= words):
                return entity
        return None

    def _roles(self, head: Token, span: SpacySpan) -> set[str]:
        roles = set()
        candidates = list(span)
        candidates += [c for c in children_of(head) if c.dep_ == "appos"]
        if head.dep_ == "appos":
            candidates.append(head.head)
        # "Peru's chief negotiator Deputy Minister Ana Soto": titles written as compounds before the name.
        candidates += [t for t in head.lefts if t.dep_ in ("compound", "amod", "nmod")]
        for token in candidates:
            lemma = token.lemma_.lower()
            if lemma in self.lexicon.roles:
                roles.add(lemma)
        return roles

    def _gender(self, span: SpacySpan, roles: set[str]) -> str | None:
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        for token in [before, *span]:
            if token is not None and token.lower_.rstrip(".") in self.lexicon.honorifics:
                return self.lexicon.honorifics[token.lower_.rstrip(".")]
        genders = {self.lexicon.roles[r].gender for r in roles if self.lexicon.roles[r].gender}
        return genders.pop() if len(genders) == 1 else None

    # -- asking -----------------------------------------------------------------------------

    def actor_for(self, head: Token, kind_hint: str | None = None, depth: int = 0) -> Actor:
        """The Actor of a speaker written out here (a name or a description)."""
        kind = kind_hint or self._kind(head)
        if kind == "document" and depth < 4:
            # "according to a statement from the Indian army": the document's author speaks.
            for prep in children_of(head):
                if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
                    authors = [c for c in children_of(prep) if c.dep_ == "pobj"]
                    if authors:
                        return self.actor_for(authors[0], depth=depth + 1)
            kind = "organization"  # a document with no author named stands for its source
        start, end = np_span(head)
        span = self.doc[start:end]
        actors = self.resolve(head)
        # `name` is a name the text gives ("Hugh Hill"), not a description ("a spokeswoman").
        name = span.text if any(t.pos_ == "PROPN" for t in span) else None
        if actors:
            actor = actors[0]
            if actor.name is None and kind == "person":
                actor.name = name
            return actor
        return Actor(text=span.text, start=span.start_char, end=span.end_char, code="", name=name, kind=kind)

    def _kind(self, head: Token) -> str:
        if head.ent_type_ in _PERSON_LABELS or head.lower_ in PERSON_PRONOUNS or head.lower_ in ("i", "me"):
            return "person"
        if head.ent_type_ in _STATE_LABELS:
            return "state"
        if head.ent_type_ in _ORG_LABELS:
            return "organization"
        role = self.lexicon.roles.get(head.lemma_.lower())
        if role is not None:
            return role.kind if not (role.kind == "person" and head.tag_ == "NNS") else "group"
        if head.tag_ == "NNS" or head.lower_ in GROUP_PRONOUNS or head.lower_ in ("we", "us"):
            return "group"
        if head.pos_ == "PROPN":
            return "person"
        return "organization"

    def referent(self, head: Token, at_char: int) -> tuple[Entity, tuple[int, int]] | None:
        """The entity a pronoun or definite role noun refers back to, and the naming mention
        (char range) to point at, or None when it cannot be told."""
        found = self._referent(head, at_char)
        if found is None:
            return None
        entity, mention = found
        if mention in entity.descriptions:
            # "Laila Haddad ... The minister said ... She said": found through "The minister",
            # pointed at the name.
            names = [(s, e) for s, e, _, _ in entity.mentions if (s, e) not in entity.descriptions and s < at_char]
            if names:
                earlier = [n for n in names if n[0] <= mention[0]]
                mention = max(earlier) if earlier else max(names)
        return entity, mention

    def _referent(self, head: Token, at_char: int) -> tuple[Entity, tuple[int, int]] | None:
        lower = head.lower_
        sentence = self.sentence_of(head)
        if lower in PERSON_PRONOUNS:
            gender = PERSON_PRONOUNS[lower]
            found = self._nearest(
                at_char, sentence, lambda e: e.kind == "person" and not e.plural and e.gender in (None, gender)
            )
            if found is None:
                found = self._nearest(at_char, sentence, lambda e: _name_like(e, self.lexicon))
                if found:
                    found[0].kind = "person"
            if found:
                found[0].gender = gender
            return found
        if lower in GROUP_PRONOUNS:
            # "Scientists have questioned ... which they say ...": plural people too.
            return self._nearest(at_char, sentence, lambda e: e.kind in ("group", "organization") or e.plural)
        if lower in THING_PRONOUNS:
            return self._nearest(at_char, sentence, lambda e: e.kind in ("organization", "state") and not e.plural)
        if self.is_short_definite(head):
            # "The Fund" after "the International Monetary Fund": the last word of a body's name.
            words = {head.lower_, head.lemma_.lower()}
            found = self._nearest(
                at_char,
                sentence,
                lambda e: e.kind == "organization" and len(e.name.split()) > 1 and e.name.split()[-1].lower() in words,
            )
            if found is not None:
                return found
        if head.pos_ == "NOUN" and self.is_definite(head) or self.is_title(head):
            lemma = head.lemma_.lower() if head.pos_ == "NOUN" else head.lower_
            role = self.lexicon.roles.get(lemma)
            if role is None:
                return None
            if role.kind == "person":
                return self._nearest(at_char, sentence, lambda e: e.kind == "person" and lemma in e.roles)
            if role.kind != "organization":
                return None
            found = self._nearest(
                at_char,
                sentence,
                lambda e: e.kind in ("organization", "group") and (lemma in e.roles or lemma in _lemmas(e)),
            )
            if found is None:
                # "Toyota reported ... The company said": a named body that was the subject
                # just before, when nothing names its kind.
                found = self._nearest(
                    at_char,
                    sentence,
                    lambda e: e.kind == "organization" and not e.roles and not e.plural and _sector_fits(e, role),
                    max_back=_UNNAMED_BODY_BACK,
                    min_salience=SUBJECT,
                )
            return found
        return None

    def age_referent(self, age: str, at_char: int) -> tuple[Entity, tuple[int, int]] | None:
        """The person an age description refers back to: one named with that age
        ("Ana Ruiz, 41," or "41-year-old Ana Ruiz"), else the only person named in
        the last sentences."""
        text = text_of(self.doc)
        after = re.compile(r"\s*(?:,|\()\s*" + re.escape(age) + r"\b")
        before = re.compile(re.escape(age) + r"(?:\s*-\s*|\s+)year(?:\s*-\s*|\s+)old\s*$")
        sentence = self._sentence_at(at_char)
        best = None
        for entity in self.entities:
            if entity.kind != "person" or not entity.named:
                continue
            for start, end, sent, _ in entity.mentions:
                if start >= at_char or sentence - sent > MAX_SENTENCES_BACK:
                    continue
                if after.match(text, end) or before.search(text[max(0, start - 16) : start].rstrip()):
                    if best is None or start > best[1][0]:
                        best = (entity, (start, end))
        if best is not None:
            return best
        recent = [
            e for e in self.entities
            if e.kind == "person" and e.named
            and any(s < at_char and 0 <= sentence - sn <= _ONLY_PERSON_BACK for s, _, sn, _ in e.mentions)
        ]
        if len(recent) == 1:
            return self._nearest(at_char, sentence, lambda e: e is recent[0], max_back=_ONLY_PERSON_BACK)
        return None

    def _sentence_at(self, char: int) -> int:
        for index, sent in enumerate(self.sents):
            if sent.start_char <= char < sent.end_char:
                return index
        return len(self.sents)

    @staticmethod
    def is_short_definite(head: Token) -> bool:
        """ "the Fund", "The Organization": "the" and one noun, nothing else."""
        children = list(children_of(head))
        return (
            head.pos_ in ("NOUN", "PROPN")
            and len(children) == 1
            and children[0].dep_ == "det"
            and children[0].lower_ == "the"
            and children[0].i == head.i - 1
        )

    def is_title(self, head: Token) -> bool:
        """ "The Secretary of State", "the President": a person's title written capitalised
        after "the", with no name: a definite description of a person named before."""
        if head.pos_ != "PROPN" or head.ent_type_ == "PERSON":
            return False
        role = self.lexicon.roles.get(head.lower_)
        return (role is not None and role.kind == "person"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(head))
                and not any(t.ent_type_ == "PERSON" for t in head.subtree))

    @staticmethod
    def is_definite(head: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children_of(head)) and not any(
            c.pos_ == "PROPN" for c in head.subtree
        )

    def _nearest(
        self, at_char: int, sentence: int, fits, max_back: int = MAX_SENTENCES_BACK, min_salience: int = OTHER
    ) -> tuple[Entity, tuple[int, int]] | None:
        best = None
        best_key = None
        for entity in self.entities:
            if not fits(entity):
                continue
            for start, end, sent, salience in entity.mentions:
                if start >= at_char or sent < 0 or sentence - sent > max_back or salience < min_salience:
                    continue
                # Latest sentence first; inside it the speaker, then the subject, then the latest.
                key = (sent, salience, start)
                if best_key is None or key > best_key:
                    best_key, best = key, (entity, (start, end))
        return best

    def body_before(self, head: Token, at_char: int) -> tuple[Entity, tuple[int, int]] | None:
        """The body ("The ministry", "Toyota", a state) that was the subject of the sentence
        of `head` or the one before: the one a spokesperson named by role alone speaks for."""
        return self._nearest(
            at_char, self.sentence_of(head), lambda e: e.kind in ("organization", "state") and not e.plural,
            max_back=_UNNAMED_BODY_BACK, min_salience=SUBJECT,
        )

    def promote(self, entity: Entity, mention: tuple[int, int]) -> None:
        """Mark a mention as a statement's speaker: a later pronoun prefers it."""
        for k, (start, end, sent, salience) in enumerate(entity.mentions):
            if (start, end) == mention:
                entity.mentions[k] = (start, end, sent, SPEAKER)

    def entity_actor(self, entity: Entity, mention: tuple[int, int]) -> Actor:
        """The Actor of an entity, placed at one of its naming mentions."""
        if entity.actor is None and entity.head is not None:
            actors = self.resolve(entity.head)
            entity.actor = actors[0] if actors else None
        start, end = mention
        base = entity.actor
        return Actor(
            text=text_of(self.doc)[start:end],
            start=start,
            end=end,
            code=base.code if base else "",
            country=base.country if base else None,
            sectors=list(base.sectors) if base else [],
            name=(base.name if base and base.name else entity.name),
            kind=base.kind if base else {"group": "group", "person": "person"}.get(entity.kind, "organization"),  # type: ignore[arg-type]
        )


def _lemmas(entity: Entity) -> set[str]:
    words = set(entity.tokens)
    # "Houthi rebels" is referred to as "the rebels"; "Health Ministry" as "the ministry".
    return words | {w[:-1] for w in words if w.endswith("s")}

