"""The coding of one parsed document. DocumentCoder holds what the steps share (the lexicon,
the ontology, the document's actors, its content sentences, the events coded so far and
the cache of lexicon matches); the steps are plain functions over it:

  match          lexicon entries whose conditions hold at a token
  arguments      the tokens an event is about (subjects, objects, slots, complements)
  actor_phrases  those tokens as actors (antecedents, country rules)
  modality       negation, intention, hypotheticals, scene-setting words
  constructions  blame clauses, dismissals, obligations, families of appeals and threats
  places         targets and sources placed by where an action happens
  fallbacks      targets and sources the entry's slots do not give
  build          a candidate assembled into a Built event

What they read: the lexicon (lexicon.py: data/verbs.tsv, families.tsv, topics.tsv), the
content-word lists (words.py: data/words.tsv), the per-code behaviour (behaviour.py:
data/code_behaviour.tsv), the function words (function_words.py), and the document's
actors through one object (actor_layer.py).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan, Token

from eventdesk.events import actor_phrases, arguments, build, constructions, match, nominal, subordinate
from eventdesk.events import syntax as sx
from eventdesk.events.lexicon import Lexicon
from eventdesk.events.records import Built, Candidate
from eventdesk.events.words import words

__all__ = ["Built", "Candidate", "DocumentCoder"]


class DocumentCoder:
    """The coding of one document. `actors` answers every actor question (resolve,
    mentions, context_country, story_country)."""

    def __init__(self, lexicon: Lexicon, ontology, actors, doc: Doc, sents: list[SpacySpan]):
        self.lexicon = lexicon
        self.ontology = ontology
        self.actors = actors
        self.doc = doc
        self.sents = sents
        self.candidate_cache: dict[int, list[Candidate]] = {}
        # token index -> index of its content sentence
        self.sent_of: dict[int, int] = {}
        # Events coded so far, in order: "condemned the attack" looks back for the attack.
        self.history: list[Built] = []
        # Tokens whose actors are being read now: a reading that leads back to one of them
        # stops there (see actor_phrases.actors_of).
        self.resolving: set[int] = set()
        # Tokens whose force entries were dropped as figurative (aimed at an ill, "fight
        # corruption"; involving in, "engage voters in a dialogue"): a promise or threat of
        # them is no event either.
        self.figurative: set[int] = set()
        # Tokens of what an unaddressed promise or warning says it will do ("vowed to crack
        # down", no counterpart): the content of talk, no event of its own.
        self.promised: set[int] = set()
        for index, sent in enumerate(sents):
            for token in sent:
                self.sent_of[token.i] = index

    def code_sentence(self, index: int, sent: SpacySpan) -> list[Built]:
        """The events of one sentence: the multi-word constructions first, then each token's
        most specific entry that builds, from the root down; a built event's words are
        consumed."""
        built: list[Built] = []
        consumed: set[int] = set()
        built.extend(constructions.obligations(self, sent, consumed))
        built.extend(constructions.blame_clauses(self, sent, consumed))
        built.extend(constructions.dismissals(self, sent, consumed))
        depths = _depths(sent)
        order = sorted(sent, key=lambda t: (depths[t.i], t.i))
        for token in order:
            rebutted = _rebutted(token, built)
            refusal = _refused_demand(self, token, built)
            # only a criticism is answered ("swatted away talk of division" is no talk)
            answered = sx.is_noun(token) and arguments.rebuttal_verb(token) is not None
            if (token.i in consumed or token.i in self.promised) and not rebutted and refusal is None:
                continue
            for candidate in match.candidates(self, token):
                if refusal is not None:
                    if candidate.entry.family != "demand":
                        continue
                elif "comp" in candidate.entry.flags and not _received(token) and not (
                        candidate.entry.family in constructions.ADDRESSEE_FAMILIES
                        and nominal.authored_demand(self, token)):
                    continue
                elif answered and candidate.entry.code[:2] != "11":
                    continue
                if _same_act(self, token, candidate, built):
                    break  # its most specific reading told again: no lesser one either
                if _yields_to_received(self, token, candidate):
                    continue
                if _restated(token, candidate, built) or _measured(token, candidate, built):
                    continue
                result = build.build(self, token, candidate)
                if result is not None:
                    if rebutted:
                        _answer_without(token, built)
                    if refusal is not None:
                        _demand_refused_by(result, refusal)
                    built.append(result)
                    self.history.append(result)
                    consumed |= result.consumed
                    break
        return [b for b in built if not _wording(b, built)]


# Roots of statements a participle after the verb restates rather than adds to.
RESTATED_ROOTS = ("01",)


def _restated(token: Token, candidate: Candidate, built: list[Built]) -> bool:
    """ "denied that its troops had shelled the village, dismissing the accusation as
    baseless": a participle that hangs on a statement coded already (a denial), or on that
    statement's clause, and has the same code restates it; one denial, at the main verb."""
    code = candidate.entry.code
    if code[:2] not in RESTATED_ROOTS or token.dep_ != "advcl" or token.tag_ != "VBG":
        return False
    heads = [token.head]
    if token.head.dep_ == "ccomp":
        heads.append(token.head.head)
    return any(b.token.i == h.i and b.code == code for b in built for h in heads)


def _measured(token: Token, candidate: Candidate, built: list[Built]) -> bool:
    """ "got millions of dollars from X", "a package of loans": an event noun after "of" that
    measures or fills an event noun of the same code coded already is the same sum, one event."""
    head = token.head
    if not sx.is_noun(token) or token.dep_ != "pobj" or head.lower_ != "of" or head.head.i == head.i:
        return False
    return any(b.token.i == head.head.i and b.code == candidate.entry.code for b in built)


def _wording(event: Built, built: list[Built]) -> bool:
    """ "sued X, claiming ...", "attacked X, calling him Y": a participle of saying or asking
    after a verb that carries another event words that event (subordinate.wording_of)."""
    main = subordinate.wording_of(event.token)
    return main is not None and any(
        other is not event and (other.token.i == main.i or any(p.i == main.i for p in other.parts)) for other in built)


def _received(token: Token) -> bool:
    """An event noun on the receiving side ("won the endorsement of X", "received a loan
    from Y") is an event of its own, though its entry otherwise only completes another."""
    if sx.is_noun(token) and nominal.giving_clause(token) is not None:
        return True  # "the endorsement he gave Clinton": given, as much an act as received
    return sx.is_noun(token) and arguments.receiving_verb(sx.position(token)) is not None


def _rebutted(token: Token, built: list[Built]) -> bool:
    """A criticism answered by an event already coded ("rejected criticism from X": X's
    criticism is an event too, its target the one who rejects it), though the answer took
    the noun's words."""
    if not sx.is_noun(token) or any(b.token.i == token.i for b in built):
        return False
    verb = arguments.rebuttal_verb(token)
    return verb is not None and any(b.token.i == verb.i for b in built)


def _answer_without(noun: Token, built: list[Built]) -> None:
    """The answer to a criticism coded as an event of its own ("rejected criticism from X")
    keeps its own words for trigger ("rejected"): the two events' triggers do not
    overlap."""
    verb = arguments.rebuttal_verb(noun)
    for answer in built:
        if verb is not None and answer.token.i == verb.i:
            answer.parts = [p for p in answer.parts if p.i != noun.i] or [answer.token]


def _refused_demand(ctx: DocumentCoder, noun: Token, built: list[Built]) -> Built | None:
    """The refusal (12) coded at the verb whose object is the demand noun `noun`, when the
    noun names its own author ("rejected a demand by X", "turned down X's demands", "spurned
    Ugandan demands"): that author's demand is an event too, made of the one who refuses
    it. None otherwise (no author named: "rejected demands to resign" is the refusal only)."""
    if not sx.is_noun(noun) or noun.dep_ != "dobj" or noun.head.i == noun.i:
        return None
    refusal = next((b for b in built if b.token.i == noun.head.i and b.code[:2] == "12"), None)
    if refusal is None or not any(c.entry.family == "demand" for c in match.candidates(ctx, noun)):
        return None
    authored = nominal.own_source_tokens(ctx, noun, sx.position(noun)) is not None or any(
        actor_phrases.actors_of(ctx, c)[0] for c in sx.children(noun, "amod", "compound"))
    return refusal if authored and refusal.targets else None


def _demand_refused_by(demand: Built, refusal: Built) -> None:
    """The refused demand is made of the one who refuses it; the refusal keeps its own
    words for trigger ("rejected"), the demand's phrase left to the demand."""
    demand.sources, demand.targets = list(refusal.targets), list(refusal.sources)
    demand.source_how, demand.target_how = "inner", "answer"
    phrase = {t.i for t in demand.token.subtree}
    refusal.parts = [p for p in refusal.parts if p.i not in phrase] or [refusal.token]


def _yields_to_received(ctx: DocumentCoder, token: Token, candidate: Candidate) -> bool:
    """A receiving verb's entry for any object ("received the envoy": a visit hosted) gives
    way to the event noun it receives: "received endorsements from X" is X's endorsement
    (051), not a visit from X."""
    if candidate.entry.condition("obj") not in (None, frozenset({"*"})):
        return False
    if sx.lemma(token) not in words("receiving_verb"):
        return False
    for obj in sx.children(token, "dobj"):
        verb = arguments.receiving_verb(obj)
        if verb is not None and verb.i == token.i and match.candidates(ctx, obj):
            return True
    return False


def _same_act(ctx: DocumentCoder, token: Token, candidate: Candidate, built: list[Built]) -> bool:
    """ "criticized and condemned X", "stabbed and wounded X": a verb that shares its object
    with the verb before it tells the same act again when its code is that verb's, or when it
    names the harm (words: harm_verb) an act of that verb's PLOVER type did. ("arrested and
    deported X" are two acts.)"""
    if token.dep_ != "conj" or not any(o.head.i == token.i for o in sx.shared_objects(token.head)):
        return False
    code, kind = candidate.entry.code, _plover_type(ctx, candidate.entry.code)
    harm = sx.lemma(token) in words("harm_verb")
    return any(b.token.i == token.head.i and (b.code == code or harm and kind and _plover_type(ctx, b.code) == kind)
               for b in built)


def _plover_type(ctx: DocumentCoder, code: str | None) -> str | None:
    while code:
        if code in ctx.ontology:
            found = ctx.ontology.plover(code)
            return found.type if found else None
        code = code[:-1] if len(code) > 2 else None
    return None


def _depths(sent: SpacySpan, cap: int = 50) -> dict[int, int]:
    """token index -> its depth in the parse (the root 0; at most `cap`), each head's depth
    worked out once for the sentence."""
    depths: dict[int, int] = {}
    for token in sent:
        path = []
        node = token
        while node.i not in depths:
            head = node.head
            if head.i == node.i:
                depths[node.i] = 0
                break
            path.append(node.i)
            node = head
        depth = depths[node.i]
        for i in reversed(path):
            depth = min(depth + 1, cap)
            depths[i] = depth
    return depths
