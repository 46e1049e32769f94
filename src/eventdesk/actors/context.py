"""The country a text implies for an actor it names without one ("the foreign ministry
said", "security forces"): the one place that decides it, from the sentence's countries,
the dateline's and the story's so far.

The functions take the document's DocActors (eventdesk.actors.layer), whose mentions give
the countries each sentence names.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from eventdesk.actors.index import GEO_TYPES, DocIndex
from eventdesk.actors.phrases import LOCATIVE_PREPS, extent, noun_phrase
from eventdesk.actors.sectors import sectors_in
from eventdesk.errors import LexiconError
from eventdesk.model import Actor
from eventdesk.nlp import in_headline, sentence_of, text_of
from eventdesk.tables import tsv_rows

if TYPE_CHECKING:
    from eventdesk.actors.layer import DocActors

# The sector of news media: their mentions give no country to a story.
NEWS_SECTOR = "MED"
# A story's country by dominance: named at least this often (and in 2/3 of country mentions).
STORY_COUNTRY_MIN = 2


def context_country(layer: DocActors, token: Token, published: str | None,
                    exclude: tuple[int, int] | None = None, sentence_only: bool = False) -> str | None:
    """The country the text implies for the actor `token` heads, the way CAMEO coders read
    a domestic story:

    1. the one country the token's sentence names outside the token's own phrase, or
       the one it names more often than all others together (at least twice);
    2. else, when the sentence names none, the story's country (`story_country`).

    None when the sentence names several countries none of which dominates, or the story
    none. The caller decides where it is wrong: in an international event, the state on the
    other side is no country of the actor's ("Biden met the Israeli prime minister").

    `exclude` (character offsets) leaves a stretch of the sentence out, as if it named no
    country: what a speaker says is about a country, it does not make the speaker its
    ("the interior ministry said Sudanese troops crossed the border"). `sentence_only`
    leaves out rule 2: only what the sentence names."""
    own = sentence_of(token)
    low, high = extent(noun_phrase(token, layer.index))
    here: dict[str, int] = {}
    for start, end, country in sentence_countries(layer, own, published):
        if exclude is not None and exclude[0] <= start < exclude[1]:
            continue
        if (end <= low or start >= high) and not _origin_of_another(own, start, token) \
                and not _in_relative_clause(own, start):
            here[country] = here.get(country, 0) + 1
    if here:
        best, most = max(here.items(), key=lambda kv: kv[1])
        # One country, or one named more often than all the others together
        # ("villages near Moldova's border with Ukraine, Moldovan officials said").
        if len(here) == 1 or most >= 2 and most * 2 > sum(here.values()):
            return best
        return None
    return None if sentence_only else story_country(layer, own, published)


def _in_relative_clause(sentence: Span, start: int) -> bool:
    """Whether the place at character `start` is the object of a relative clause ("the
    senator, who loves Japan, praised the governor"): what someone the sentence names did
    or likes, not where the sentence happens, so no country of its actors."""
    place = next((t for t in sentence if t.idx == start), None)
    if place is None or place.dep_ not in ("dobj", "pobj"):
        return False
    node = place.head
    while node.dep_ == "prep" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in node.children)


# Prepositions of whence people or things come ("the refugees from Syria").
ORIGIN_PREPS = frozenset({"from"})


def _origin_of_another(sentence: Span, start: int, token: Token) -> bool:
    """Whether the place at character `start` says whence another noun's people or
    things come ("the president welcomed the refugees from Syria"): it describes them,
    not the sentence's scene, so it is no country of the actor `token` heads."""
    place = next((t for t in sentence if t.idx == start), None)
    while place is not None and place.dep_ in ("compound", "flat", "amod", "conj") and place.head.i != place.i:
        place = place.head
    if place is None or place.dep_ != "pobj" or place.head.lower_ not in ORIGIN_PREPS:
        return False
    prep = place.head
    owner = prep.head
    if prep.dep_ != "prep":
        return False
    if owner.pos_ == "VERB":
        # the parser hangs it on the verb: it is the object's when it follows the object
        # right away ("welcomed the migrants from Syria")
        owner = next((c for c in owner.children if c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i), owner)
    return owner.pos_ in ("NOUN", "PROPN") and owner.i != token.i


# Dependencies that keep a word in the description of the person or body it hangs on
# ("Smith, a lawmaker from Mexico", "Smith of the Mexican embassy"); a clause ("who met
# the Mexican president") or a conjunct ("Smith and the Mexican envoy") is another matter.
TIE_DEPS = frozenset({"appos", "compound", "amod", "poss", "nmod", "npadvmod", "prep", "pobj", "det"})
# Prepositions that tie the thing named to a country ("a diplomat of Mexico", "an envoy from Peru").
TIE_PREPS = frozenset({"of", "from", "for"})
# Verbs that say what their subject is ("Smith is a Mexican diplomat", "Smith became ...").
COPULAS = frozenset({"be", "become", "remain", "serve"})


def tied_country(layer: DocActors, token: Token, published: str | None) -> str | None:
    """The country the sentence ties the actor `token` heads to outside its own phrase: one
    named in an apposition, an "of/from/for" phrase, the predicate of a copula or where the
    actor acts ("Smith, the Mexican envoy, ...", "Smith is a lawmaker from Peru", "Smith
    met officials in Cairo"); the first of them, else None.
    A country named elsewhere in the sentence ("Smith criticized Mexico") ties nothing."""
    words = _description(token)
    if token.dep_ == "appos":
        words |= _description(token.head)
    if token.dep_ in ("nsubj", "nsubjpass"):
        for child in token.head.children:
            if token.head.lemma_ in COPULAS and child.dep_ in ("attr", "acomp", "prep"):
                words |= _description(child)
            elif child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPS:
                # where the person acts: "Hassan met officials in Cairo"
                words |= {t.i for t in child.subtree}
    low, high = extent(noun_phrase(token, layer.index))
    for start, end, country in sentence_countries(layer, sentence_of(token), published):
        if end <= low or start >= high:
            span = layer.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and any(t.i in words for t in span):
                return country
    return None


def _description(token: Token) -> set[int]:
    """The words that describe `token`: its subtree along TIE_DEPS (prepositions of
    TIE_PREPS only)."""
    found = {token.i}
    stack = [token]
    while stack:
        word = stack.pop()
        for child in word.children:
            if child.dep_ not in TIE_DEPS or child.dep_ == "prep" and child.lower_ not in TIE_PREPS:
                continue
            found.add(child.i)
            stack.append(child)
    return found


def story_country(layer: DocActors, sentence: Span, published: str | None) -> str | None:
    """The country a story is about, as far as `sentence`: its dateline's
    ("KHARTOUM (Reuters) -"), else the one country its sentences name up to there, or one
    that dominates them (named at least STORY_COUNTRY_MIN times and in two thirds of the
    country mentions); else None."""
    doc = layer.doc
    dateline = dateline_country(layer.index)
    if dateline:
        return dateline
    sentences = list(doc._.content_sents if Doc.has_extension("content_sents") and
                     doc._.content_sents is not None else doc.sents)
    # A headline heads the whole story: its country is the story's.
    upto = sentences[-1].start if sentences and in_headline(doc, sentence.start_char) else sentence.start
    counts: dict[str, int] = {}
    for other in sentences:
        if other.start > upto:
            break
        for _, _, country in sentence_countries(layer, other, published):
            counts[country] = counts.get(country, 0) + 1
    return dominant_country(counts)


def dominant_country(counts: dict[str, int]) -> str | None:
    """The one country of `counts` (country -> mentions), or the one that dominates them
    (named at least STORY_COUNTRY_MIN times and in two thirds of the mentions); else None.
    A dependent territory named with its state counts for the state (`territory_states`):
    a story of Washington and Puerto Rico is an American one."""
    if not counts:
        return None
    states = territory_states()
    merged: dict[str, int] = {}
    for country, number in counts.items():
        state = states.get(country)
        country = state if state in counts else country
        merged[country] = merged.get(country, 0) + number
    counts = merged
    best, most = max(counts.items(), key=lambda kv: kv[1])
    if len(counts) == 1 or most >= STORY_COUNTRY_MIN and most * 3 >= 2 * sum(counts.values()):
        return best
    return None


@lru_cache(maxsize=1)
def territory_states() -> dict[str, str]:
    """Dependent territory -> the state it belongs to (data/territories.tsv)."""
    path = resources.files("eventdesk.actors").joinpath("data", "territories.tsv")
    found: dict[str, str] = {}
    for number, (territory, state) in tsv_rows(path, ("territory", "state")):
        if len(territory) != 3 or len(state) != 3:
            raise LexiconError(f"{path}:{number}: a row needs two alpha-3 codes")
        found[territory] = state
    return found


def story_country_elsewhere(layer: DocActors, sentence: Span, published: str | None) -> str | None:
    """The country the whole story is about, read from every sentence but `sentence`
    (`dominant_country` of their country mentions): for a sentence before the story has
    named any country ("Ben Carson criticized Hillary Clinton" as its first line)."""
    doc = layer.doc
    sentences = list(doc._.content_sents if Doc.has_extension("content_sents") and
                     doc._.content_sents is not None else doc.sents)
    counts: dict[str, int] = {}
    for other in sentences:
        if other.start == sentence.start:
            continue
        for _, _, country in sentence_countries(layer, other, published):
            counts[country] = counts.get(country, 0) + 1
    return dominant_country(counts)


def sentence_countries(layer: DocActors, sentence: Span, published: str | None
                       ) -> list[tuple[int, int, str]]:
    """(start, end, country) of the actors with a country the sentence names; worked out
    once per sentence (the first call's date holds for the document)."""
    found = layer.index.countries.get(sentence.start)
    if found is None:
        # A news organisation's country is where it is based, not what the story is about
        # ("an Associated Press reporter said 50 people were injured").
        found = [(a.start, a.end, a.country) for a in layer.mentions(sentence, published)
                 if a.country and NEWS_SECTOR not in a.sectors]
        layer.index.countries[sentence.start] = found
    return found


def needs_home(actor: Actor) -> bool:
    """An actor of a state's own institutions the text names without its state ("the
    ministry", "the military", "state media"): it takes the article's country."""
    sectors = set(actor.sectors)
    return (actor.country is None and bool(sectors & sectors_in("state"))
            and not sectors & sectors_in("international"))


def with_home(layer: DocActors, actor: Actor, published: str | None) -> Actor:
    """`actor`, given the country the text implies (`context_country`) when it is a state
    institution named without one; unchanged otherwise or when the text implies none."""
    if not needs_home(actor):
        return actor
    span = layer.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return actor
    country = context_country(layer, span.root, published)
    if country is None:
        return actor
    return replace(actor, country=country, code=country + actor.code)


def dateline_country(index: DocIndex) -> str | None:
    """The country of a dateline the cleaning stage marked ("KYIV (Reuters) -"): of the
    readings of its first place, the one in the country or state written after a comma
    ("TRIPOLI, Lebanon" is the Lebanese port, not Libya's capital); a US state written there
    ("BIRMINGHAM, Ala.", "MANCHESTER, N.H.") gives the United States; else its first.
    Worked out once per Doc."""
    if not index.dateline:
        index.dateline.append(_dateline_country(index))
    return index.dateline[0]


def _dateline_country(index: DocIndex) -> str | None:
    doc = index.doc
    if not Doc.has_extension("boilerplate") or not doc._.boilerplate:
        return None
    for start, end, reason in doc._.boilerplate:
        if reason != "dateline":
            continue
        places: list[list[str]] = []
        for match in index.matches:
            token = doc[match.start]
            if start <= token.idx < end:
                countries = [e.country for e in match.entries if e.type in GEO_TYPES and e.country]
                if countries:
                    places.append(countries)
        qualifiers = {c for later in places[1:] for c in later}
        inside = next((c for c in places[0] if c in qualifiers), None) if places else None
        if inside is None and _us_state_qualifier(text_of(doc)[start:end]):
            return "USA"  # "MANCHESTER, N.H. (AP) -": the US town, not the English city
        if places:
            return inside or places[0][0]
    return None


def _us_state_qualifier(dateline: str) -> bool:
    """The dateline writes a US state after its town's name: "BIRMINGHAM, Ala.",
    "Portland, Oregon" (the agency in brackets left out)."""
    from eventdesk.where.gazetteer import us_state_code

    _, comma, rest = dateline.partition(",")
    qualifier = rest.split("(")[0].strip(" -—–\t")
    return bool(comma) and bool(qualifier) and us_state_code(qualifier) is not None
