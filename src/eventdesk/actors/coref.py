"""Coreference: who a pronoun, a definite description or a pair phrase means. The one place
the project answers it; the events and statements stages ask here (through the document's
actor layer, `doc._.actor_layer.coref`) rather than keep rules of their own.

What it knows:

- the pronoun facts (eventdesk.lang: plural, first person, personal or institutional) and
  `fits(pronoun, actor)`, whether an actor can be what a pronoun stands for;
- the look-back rule, LOOKBACK_SENTENCES below;
- the searches: `Coreference.pronoun_antecedent` (the nearest fitting earlier mention; in an
  earlier sentence its subject first; "they" takes conjoined mentions together),
  `Coreference.definite_antecedent` ("the council" -> "the UN Security Council", "the group"
  -> the latest group) and `pair_countries` ("the two countries", "both sides").

The look-back rule. A reference may be resolved to a mention in its own sentence or in the
LOOKBACK_SENTENCES sentences before it, and no further: a pronoun, a generic description
("the group", "the country"), a pair phrase, an event noun's author. One exception, and it
is part of the rule: a description that repeats a word of a *name* the actor lexicon codes
("the council" for "the UN Security Council") is that name said again, and reaches back
through the whole article; nothing else in the text could be meant.

Three splits remain, kept because one value could not keep every figure (measured on the dev
sets; the values are the ones the stages had before they were brought here):

- SPEAKER_LOOKBACK_SENTENCES = 8: the statement stage's speaker model
  (eventdesk.actors.discourse) lets "she said", "the spokeswoman said" reach eight
  sentences back. Quotation-heavy stories name a speaker once and quote her for several
  paragraphs; at LOOKBACK_SENTENCES held-out speaker accuracy drops (0.984 -> 0.979) and
  21 dev texts change speakers.
- PAIR_EVENT_LOOKBACK_SENTENCES = 6: "the two countries" after two countries *met* (an
  event the coder has built, not a mention) may mean that meeting's pair up to six
  sentences back. At LOOKBACK_SENTENCES the one dev text where the rule matters loses its
  pair (example japan_korea_summit, event recall 0.844 -> 0.831) and no text gains.
- PERSON_LOOKBACK_SENTENCES = 8: "he", "she", "his", "her" reach as far as a speaker's
  pronoun, but only for a person whose gender the text tells and agrees
  (eventdesk.actors.gender: "Mrs. Soto", "congresswoman Ana Soto", or a nearer "he"/"she"
  that already stands for the person). A story about one politician names her once and
  quotes her for several sentences before the next thing she does. A person of no known
  gender keeps LOOKBACK_SENTENCES; a person of the other gender is never taken, however
  near ("Ms. Soto ... Mr. Ruiz arrived. She ..." is not Ruiz).

A single value of six for everything fails the other way: pronouns and "the
group" reach too far and two examples lose events.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from eventdesk.actors.codes import actor_code
from eventdesk.actors.index import GEO_TYPES, DocIndex
from eventdesk.actors.lexicon import Entry
from eventdesk.actors.phrases import Phrase, extent
from eventdesk.errors import LexiconError
from eventdesk.actors.gender import marked_gender, person_key
from eventdesk.lang import DEFINITE_DETERMINERS, PERSONAL_PRONOUNS, PLURAL_PRONOUNS, PRONOUN_GENDER, THING_PRONOUNS
from eventdesk.model import Actor
from eventdesk.nlp import children_of, sentence_of, text_of
from eventdesk.tables import tsv_rows

if TYPE_CHECKING:
    from eventdesk.actors.layer import DocActors

# How many sentences before its own a reference may look for what it means (see above).
LOOKBACK_SENTENCES = 3
# Characters between conjoined mentions that "they" takes together ("Hungary and Romania").
# How far back a speaker's pronoun or role noun may reach (eventdesk.actors.discourse): the
# first exception, see above.
SPEAKER_LOOKBACK_SENTENCES = 8
# How far back "he"/"she" may reach for a person of known, agreeing gender: the third exception.
PERSON_LOOKBACK_SENTENCES = SPEAKER_LOOKBACK_SENTENCES
# How far back an earlier *event* of two countries meeting may give "the two countries" its
# pair (eventdesk.events.fallbacks.pair_in_play): the second exception, see above.
PAIR_EVENT_LOOKBACK_SENTENCES = 6
_CONJOINED = ("and", ",", ", and", "or")
_KINDS = frozenset({"state", "organization", "group", "person"})


def fits(pronoun: str, actor: Actor) -> bool:
    """Whether `actor` can be what `pronoun` (lower case) stands for: "he"/"she" a person,
    "it" a state or body; "they" and the rest anyone."""
    if pronoun in PERSONAL_PRONOUNS:
        return actor.kind == "person"
    if pronoun in THING_PRONOUNS:
        return actor.kind in ("state", "organization", "group")
    return True


def window(sentence: int, reach: int = LOOKBACK_SENTENCES) -> range:
    """The sentence indexes a reference in sentence `sentence` may look at, nearest first
    (`reach` sentences back)."""
    return range(sentence, max(-1, sentence - reach - 1), -1)


@lru_cache(maxsize=1)
def anaphor_kinds() -> dict[str, frozenset[str]]:
    """Generic heads of a definite description -> the kinds of actor they stand for
    (data/anaphors.tsv)."""
    path = resources.files("eventdesk.actors").joinpath("data", "anaphors.tsv")
    found: dict[str, frozenset[str]] = {}
    for number, (word, kinds) in tsv_rows(path, ("word", "kinds")):
        values = frozenset(kinds.split())
        if not word or not values or values - _KINDS:
            raise LexiconError(f"{path}:{number}: a row needs a word and kinds among {sorted(_KINDS)}")
        found[word] = values
    return found


def pair_countries(head: Token, index: DocIndex, skip: Container[int] = ()) -> list[str]:
    """ "the two countries", "both sides", "both leaders": the first two countries named
    before the phrase in its sentence, then in the sentences before it (within the
    look-back); a country is named by a place or by a listed person ("Prime Minister
    Fumio Kishida" names Japan). What the sentence names after the phrase is what the
    two sides act on ("both leaders criticised China"), not a side. Fewer than two when the
    text names fewer. Tokens in `skip` (the phrase's own words) do not count."""
    doc = head.doc
    countries: list[str] = []
    sentence = sentence_of(head)
    for _ in range(LOOKBACK_SENTENCES + 1):
        for match in index.matches:
            if not (sentence.start <= match.start < sentence.end) or match.start in skip \
                    or match.start in index.boilerplate:  # a dateline names no side
                continue
            if sentence.start <= head.i < sentence.end and match.start > head.i:
                continue
            country = _named_country(match)
            if country is not None and country not in countries:
                countries.append(country)
        if len(countries) >= 2 or sentence.start == 0:
            break
        sentence = sentence_of(doc[sentence.start - 1])
    return countries[:2]


def _named_country(match) -> str | None:
    """The country a lexicon match names: a place's, or a listed person's when all the
    person's readings share one."""
    geo = next((e for e in match.entries if e.type in GEO_TYPES and e.country), None)
    if geo is not None:
        return geo.country
    people = {e.home or e.country for e in match.entries if e.type == "person"}
    return people.pop() if len(people) == 1 and None not in people else None


class Coreference:
    """The antecedent searches over one document's actor mentions. Build it through
    DocActors.coref (once per Doc). Every search takes `keep`, which mentions may be an
    antecedent at all (the event coder keeps only coded ones)."""

    def __init__(self, layer: DocActors):
        self.layer = layer
        doc = layer.doc
        sents = doc._.content_sents if Doc.has_extension("content_sents") else None
        self.sents: list[Span] = list(sents if sents is not None else doc.sents)
        self.sent_of: dict[int, int] = {t.i: n for n, sent in enumerate(self.sents) for t in sent}
        self._mentions: dict[int, list[Actor]] = {}
        self._marked: dict[str, set[str]] | None = None
        self._said: dict[str, list[tuple[int, int, str]]] | None = None

    def mentions(self, sentence: int) -> list[Actor]:
        """The actor mentions of content sentence number `sentence`, in text order."""
        found = self._mentions.get(sentence)
        if found is None:
            found = self._mentions[sentence] = self.layer.mentions(self.sents[sentence])
        return found

    def pronoun_antecedent(self, pronoun: Token, keep: Callable[[Actor], bool] | None = None,
                           said: bool = True) -> list[Actor]:
        """The nearest earlier mention that fits the pronoun, within the look-back. In an
        earlier sentence the subject of its main verb is preferred; a plural pronoun takes
        the conjoined mentions together ("Hungary and Romania said they ..."). The noun
        a relative clause describes is not its own subject's antecedent ("entities it
        accuses of ..."). "he" and "she" take a person of their gender or of none the text
        tells, and reach further for the first (PERSON_LOOKBACK_SENTENCES); `said` False
        counts only the gender written with the names, not earlier pronouns. [] when none fits."""
        index = self.sent_of.get(pronoun.i)
        if index is None:
            return []
        low = pronoun.text.lower()
        excluded = [r for r in (_described_noun(pronoun), *_own_subject(pronoun)) if r is not None]
        gender = PRONOUN_GENDER.get(low)
        for sent_index in window(index, PERSON_LOOKBACK_SENTENCES if gender else LOOKBACK_SENTENCES):
            fitting = [
                a for a in self.mentions(sent_index)
                if a.end <= pronoun.idx and (keep is None or keep(a)) and fits(low, a)
                and not any(start <= a.start < end for start, end in excluded)
                and self.referential(a)
            ]
            if gender:
                near = sent_index >= index - LOOKBACK_SENTENCES
                fitting = [a for a in fitting
                           if self.gender(a, sent_index, pronoun.i, said) in ((gender, None) if near else (gender,))]
            if fitting and sent_index != index:
                fitting = self.subjects_first(sent_index, fitting)
            if fitting:
                last = fitting[-1]
                if low in THING_PRONOUNS and self.plural_thing(last):
                    # "it" after plural things stands for a thing, or a state named before them
                    return [a for a in fitting if a.kind == "state" and not self.plural_thing(a)][-1:]
                if low in PLURAL_PRONOUNS:
                    text = text_of(self.layer.doc)
                    group = [a for a in fitting if a.end >= last.start - 40 and _adjacent(a, last, text)]
                    return group or [last]
                return [last]
        return []

    def gender(self, actor: Actor, sentence: int, before: int, said: bool = True) -> str | None:
        """The gender of the person a mention in content sentence `sentence` names, as the
        text tells it: written with any mention of the person (eventdesk.actors.gender),
        else (with `said`) by the "he" or "she" that stands for the person between that
        sentence and token `before`. None when untold or when the text disagrees."""
        key = person_key(actor)
        if key is None:
            return marked_gender(self.layer.doc, actor)
        if self._marked is None:
            self._marked = {}
            for n in range(len(self.sents)):
                for a in self.mentions(n):
                    if a.kind == "person" and (k := person_key(a)) is not None:
                        g = marked_gender(self.layer.doc, a)
                        self._marked.setdefault(k, set()).update([g] if g else [])
        genders = self._marked.get(key, set())
        if genders or not said:
            return next(iter(genders)) if len(genders) == 1 else None
        said_genders = {g for n, i, g in self._pronouns_said().get(key, ()) if n >= sentence and i < before}
        return said_genders.pop() if len(said_genders) == 1 else None

    def _pronouns_said(self) -> dict[str, list[tuple[int, int, str]]]:
        """Person key -> (sentence, token index, gender) of every "he"/"she" of the text whose
        person the near search (the gender written with names only) finds."""
        if self._said is None:
            self._said = {}
            for n, sent in enumerate(self.sents):
                for token in sent:
                    gender = PRONOUN_GENDER.get(token.lower_)
                    if gender is None:
                        continue
                    found = self.pronoun_antecedent(token, said=False)
                    key = person_key(found[0]) if found else None
                    if key is not None:
                        self._said.setdefault(key, []).append((n, token.i, gender))
        return self._said

    def referential(self, actor: Actor) -> bool:
        """Whether a mention can be what a pronoun stands for. A name inside a noun phrase,
        after an article or another modifier, only describes the thing or the people the
        noun names ("the Trump meeting, although he ...", "Filipino Clinton staffers ...
        she"); a name that opens a bare noun phrase may still be the person ("Obama rips
        rhetoric; he ...", where "rips" is taken for a noun)."""
        root = self._root(actor)
        if root is None:
            return True
        at = self.layer.index.at
        if root.i in at or root.pos_ != "NOUN":
            return True
        names = [c.i for c in children_of(root) if c.i in at and c.dep_ in ("amod", "compound")]
        return not (names and root.left_edge.i < min(names))

    def plural_thing(self, actor: Actor) -> bool:
        """Whether a mention is a plural noun that names no state or body: what "it" can
        not stand for ("a halt to Muslims entering ... it"); "the United States", "the
        United Nations" are one state or body."""
        root = self._root(actor)
        return root is not None and root.tag_ in ("NNS", "NNPS") and not actor.name and actor.kind != "state"

    def _root(self, actor: Actor) -> Token | None:
        """The head word of a mention's span, or None when its characters fit no tokens."""
        span = self.layer.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        return span.root if span is not None else None

    def subjects_first(self, sent_index: int, fitting: list[Actor]) -> list[Actor]:
        """Of the mentions `fitting` in an earlier sentence, those inside the subject of its
        main verb, when there are any; else all of them."""
        root = self.sents[sent_index].root
        subjects = [
            (t.left_edge.idx, t.right_edge.idx + len(t.right_edge))
            for t in children_of(root) if t.dep_ in ("nsubj", "nsubjpass")
        ]
        salient = [a for a in fitting if any(s <= a.start and a.end <= e for s, e in subjects)]
        return salient or fitting

    def definite_antecedent(self, token: Token, keep: Callable[[Actor], bool] | None = None,
                            prefer: Callable[[Actor], bool] | None = None) -> list[Actor]:
        """ "the council", "the group": what a definite description the lexicon cannot
        place stands for. The latest earlier mention whose name has the description's
        head word ("the UN Security Council"), anywhere before; else, for a generic head
        (data/anaphors.tsv), the latest mention of a kind it can stand for within the
        look-back, those `prefer` accepts first ("Militants seized six nurses ... The
        group released them": the one that acted). [] when none."""
        if not {c.lemma_.lower() for c in children_of(token) if c.dep_ == "det"} & DEFINITE_DETERMINERS:
            return []
        index = self.sent_of.get(token.i)
        if index is None:
            return []
        head_words = {token.lemma_.lower(), token.text.lower()}
        kinds = anaphor_kinds().get(token.lemma_.lower())
        if kinds == {"person"} and token.tag_ in ("NNS", "NNPS"):
            kinds = None  # "the staffers", "the hopefuls": several people, no one named before
        nearby = set(window(index))
        for sent_index in range(index, -1, -1):
            earlier = [a for a in self.mentions(sent_index) if a.end <= token.idx and (keep is None or keep(a))]
            named = [a for a in earlier if head_words & set(a.text.lower().replace("-", " ").split())]
            if named:
                return [named[-1]]
            if kinds and sent_index in nearby:
                fitting = [a for a in earlier if a.kind in kinds]
                if kinds == {"person"}:
                    # "the host", "the mogul": a person an earlier sentence named, its subject
                    # first (its own sentence names someone else: "the journalist criticized
                    # those who defended the host")
                    fitting = self.subjects_first(sent_index, fitting) if sent_index != index else []
                preferred = [a for a in fitting if prefer is not None and prefer(a)]
                if preferred or fitting:
                    return [(preferred or fitting)[-1]]
        return []


def _described_noun(pronoun: Token) -> tuple[int, int] | None:
    """The character range of the noun a relative clause describes, when the pronoun is
    that clause's subject ("entities it accuses of ..."), else None."""
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl":
        return None
    head = verb.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.left_edge.idx, verb.head.idx + len(verb.head)


def _own_subject(pronoun: Token) -> list[tuple[int, int]]:
    """The character ranges of the subject of the clause whose object the pronoun is: an
    object pronoun that is not reflexive never stands for its own clause's subject
    ("Clinton's campaign criticized him", "Trump called on her to resign", "X met Y and
    praised him"). [] for a pronoun that is no object, or of the first or second person
    (the speaker's "me", "us" are read elsewhere)."""
    if pronoun.lower_ in ("me", "us", "you"):
        return []
    if pronoun.dep_ in ("dobj", "dative", "iobj"):
        verb = pronoun.head
    elif pronoun.dep_ == "pobj" and pronoun.head.dep_ == "prep" and pronoun.head.head.pos_ in ("VERB", "AUX"):
        verb = pronoun.head.head
    else:
        return []
    for _ in range(4):
        subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head  # "X met Y and praised him": the conjoined verbs share X
    return [(s.left_edge.idx, s.right_edge.idx + len(s.right_edge)) for s in subjects]


def _adjacent(a: Actor, b: Actor, text: str) -> bool:
    """Two mentions joined by "and", "or" or a comma only."""
    if a is b:
        return True
    first, second = (a, b) if a.start < b.start else (b, a)
    return text[first.end:second.start].strip().lower() in _CONJOINED


__all__ = [
    "LOOKBACK_SENTENCES", "PAIR_EVENT_LOOKBACK_SENTENCES", "PERSON_LOOKBACK_SENTENCES", "SPEAKER_LOOKBACK_SENTENCES",
    "Coreference", "anaphor_kinds", "fits", "pair_countries", "window",
]


def pair_actors(phrase: Phrase, entry: Entry, index: DocIndex) -> list[Actor]:
    """The actors of "the two countries", "both sides": the two countries named nearby
    (`pair_countries`)."""
    head = phrase.head
    doc = head.doc
    start, end = extent(phrase)
    countries = pair_countries(head, index, skip=phrase.levels)
    if len(countries) < 2:
        return []
    sectors = list(entry.sectors)
    return [Actor(text=text_of(doc)[start:end], start=start, end=end,
                  code=actor_code(c, sectors, None, (), ()), country=c, sectors=list(sectors),
                  kind=entry.kind,
                  name=index.lexicon.country_names.get(c) if entry.kind == "state" else None)
            for c in countries[:2]]
