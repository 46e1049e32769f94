"""CAMEO coding of a parsed document: lexicon entries are matched against the dependency
parse, then each match finds its source and target actors, its complement (for appeals,
offers, demands, refusals and threats), its negation and modality, and becomes one Event
per source-target pair.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span as SpacySpan, Token

from eventdesk.actors.codes import cameo_country
from eventdesk.events import syntax as sx
from eventdesk.events.lexicon import Entry, Lexicon
from eventdesk.model import Actor
from eventdesk.nlp import text_of

log = logging.getLogger(__name__)

# Words that say an actor is not of the story's country ("foreign diplomats").
FOREIGN_WORDS = {
    "foreign", "international", "western", "european", "arab", "african", "asian", "regional",
    "world", "global", "overseas",
}
# Generic heads of definite noun phrases that stand for an actor named earlier
# ("the group", "the country"), with the kinds of actor they can stand for.
GENERIC_ANAPHORS = {
    "group": {"group", "organization"}, "movement": {"group", "organization"},
    "militia": {"group", "organization"}, "organization": {"organization", "group"},
    "organisation": {"organization", "group"}, "agency": {"organization"},
    "body": {"organization"}, "bloc": {"organization"}, "alliance": {"organization"},
    "country": {"state"}, "nation": {"state"}, "kingdom": {"state"}, "republic": {"state"},
}
# Codes of actions a state takes at home (curfews, bans, arrests, protests, reforms).
DOMESTIC_CODES = (
    "081", "082", "083", "132", "137", "14", "17", "1041", "1042", "1043", "1044", "024",
    "034", "0351", "0352", "123",
)
# Codes of actions a state's actors take at home, whose target, when the text names none,
# is the country where they happen (curfews, bans, arrests, repression, reforms, protests,
# resignations, refusals to reform); a narrower list than DOMESTIC_CODES (no destruction
# or seizure of property, which is done to someone).
INTERNAL_CODES = (
    "024", "034", "0351", "0352", "081", "082", "083", "1041", "1042", "1043", "1044", "123",
    "132", "137", "14", "172", "173", "175",
)
# Prepositions that lead inside what an action is done to ("the ban on X", "a meeting of X",
# "a mediation effort between X and Y"); scene-setting ones ("during", "in") do not.
OBJECT_PHRASE_PREPS = {
    "of", "to", "for", "on", "upon", "against", "between", "with", "into", "over", "about",
    "from", "toward", "towards",
}
# Prefixes the tokenizer splits off a hyphenated verb ("re-open", "co-sponsor").
HYPHEN_PREFIXES = {"re", "co", "de", "pre", "un", "counter"}
# Participles that place a group ("a group based in X").
BASED_VERBS = {"base", "headquarter", "station", "locate", "operate"}
# Prepositions that say where an action happens.
PLACE_PREPS = {"in", "at", "into", "within", "across", "throughout", "near", "from", "to", "inside", "outside"}
# Code prefixes of actors that belong to no state (CAMEO international codes).
NON_STATE_PREFIXES = {"IGO", "NGO", "NGM", "IMG", "INT", "MNC", "UIS"}
COOPERATIVE_ROOTS = {"03", "04", "05", "06", "07", "08"}
VIOLENT_ROOTS = {"18", "19", "20"}
PERSONAL_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves", "theirs"}
FIRST_PERSON = {"we", "us", "our", "i", "me", "my"}
PRONOUNS = PERSONAL_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS | FIRST_PERSON
HYPOTHETICAL_AUX = {"may", "might", "could", "would", "can"}
INTENDED_AUX = {"will", "shall", "'ll", "wo"}
OBLIGATION_AUX = {"must", "should", "ought"}
# Nouns that can do harm without an actor behind them in the sentence ("a bomb killed ...").
AGENTLESS_SUBJECTS = {
    "bomber", "gunman", "attacker", "assailant", "sniper", "militant", "drone",
    "bomb", "bombing", "blast", "explosion", "attack", "mine", "landmine", "missile", "rocket",
    "shell", "fire", "gunfire", "shelling", "raid", "strike", "airstrike", "ambush", "device",
    "grenade", "mortar", "shot", "bullet", "violence", "clash", "fighting", "explosive",
}
# Verbs whose clause is denied, not asserted ("denied that it attacked").
DENIAL_VERBS = {"deny", "dismiss", "refute", "reject"}
# Verbs whose clause is a wish, not a fact ("it is hoped that X can support ...").
WISH_VERBS = {"hope", "wish", "pray"}
ADDRESSEE_FAMILIES = {"appeal", "demand"}
# Nouns that name a target by where it is ("targets in Jericho", "a village in Cambodia").
LOCATED_NOUNS = {
    "target", "position", "area", "site", "base", "village", "town", "city", "home", "house",
    "building", "camp", "facility", "installation", "neighborhood", "neighbourhood", "district",
    "outpost", "post", "checkpoint", "stronghold", "hideout", "settlement", "region", "zone",
    # what a concern or a criticism is about: "the situation in Xinjiang"
    "situation", "crisis", "conflict", "violence", "development", "unrest", "abuse",
    "violation", "treatment", "condition", "repression", "persecution",
}
# Verbs of reprisal: a threat of one answers what the threatened side did.
REPRISAL_VERBS = {"retaliate", "respond", "react", "reciprocate", "answer", "hit"}
# Nouns of a frontier: troops moved toward one face the country on its other side.
FRONTIER_NOUNS = {"border", "frontier", "boundary", "line", "front", "frontline"}
# Sectors of a state's actors that act abroad (an army, a government), unlike rebels or
# police, whose attacks on an unnamed place are at home.
FOREIGN_ACTING_SECTORS = {"GOV", "MIL", "ELI", "NAV", "AIR", "SPY"}
# Prepositions whose noun only sets the scene of the sentence's event ("during the summit").
CIRCUMSTANTIAL_PREPS = {
    "during", "after", "before", "since", "following", "amid", "amidst", "despite", "ahead",
    "until", "throughout", "at", "in", "under", "with", "without", "upon", "on", "like",
}
# Prepositions and conjunctions whose clause has not happened ("before allowing ...").
PENDING_PREPS = {"before", "until", "without", "instead", "till", "unless", "if"}
# Verbs whose "on" names the one appealed to ("called on X to ...").
CALL_ON_VERBS = {"call", "prevail", "lean", "urge"}
# Nouns that name an earlier action without its author ("condemned the launch"), with the
# trigger lemmas of the actions they can stand for: the object's target is that action's
# source. Written from ordinary news English.
EVENT_NOUN_TRIGGERS = {
    "launch": {"launch", "fire", "test", "test-fire"},
    "test": {"test", "test-fire", "launch", "fire", "conduct", "detonate"},
    "expulsion": {"expel", "eject", "deport", "order", "declare"},
    "deportation": {"deport", "expel"},
    "attack": {"attack", "kill", "bomb", "shell", "strike", "raid", "fire", "ambush", "assault", "storm", "shoot"},
    "assault": {"attack", "assault", "storm", "raid", "strike"},
    "strike": {"strike", "bomb", "attack", "hit", "fire"},
    "airstrike": {"strike", "bomb", "attack", "hit"},
    "bombing": {"bomb", "attack", "strike", "kill", "hit"},
    "shelling": {"shell", "fire", "bombard", "pound"},
    "raid": {"raid", "storm", "attack"},
    "killing": {"kill", "shoot", "murder", "execute", "assassinate"},
    "execution": {"execute", "hang", "kill"},
    "arrest": {"arrest", "detain", "seize", "hold"},
    "detention": {"detain", "arrest", "hold", "jail"},
    "seizure": {"seize", "capture", "detain"},
    "invasion": {"invade", "enter", "cross"},
    "incursion": {"cross", "enter", "invade", "raid"},
    "measure": {"impose", "introduce", "adopt", "announce", "ban", "restrict", "sanction", "expel", "freeze"},
    "sanction": {"impose", "sanction", "announce", "adopt", "extend", "tighten"},
    "restriction": {"impose", "restrict", "ban", "introduce"},
    "ban": {"ban", "impose", "prohibit", "bar"},
    "embargo": {"impose", "embargo", "announce"},
    "move": {"impose", "expel", "ban", "recognize", "recognise", "announce", "decide", "withdraw", "suspend"},
    "decision": {"decide", "vote", "approve", "adopt", "impose", "expel", "ban", "suspend", "withdraw"},
    "step": {"impose", "expel", "ban", "announce", "adopt", "take"},
}
# Verbs of judging an action: with an event noun for object they are events even when the
# action's author cannot be found ("Peru condemned the attack").
EVALUATIVE_VERBS = {
    "condemn", "denounce", "criticize", "criticise", "deplore", "decry", "welcome", "praise",
    "hail", "applaud", "commend", "slam",
}


@dataclass
class Candidate:
    entry: Entry
    parts: list[Token]
    # Specificity: conditions met, plus a half for each met by a multi-word value
    # ("peacekeeping force" is more telling than "force").
    score: float = 0.0


@dataclass
class Built:
    code: str
    entry: Entry
    token: Token
    parts: list[Token]
    sources: list[Actor]
    targets: list[Actor]
    source_how: str
    target_how: str
    negated: bool = False
    modality: str = "asserted"
    consumed: set[int] = field(default_factory=set)
    refined: bool = False
    # Conjoined sources are each other's targets ("X and Y plan to sign a treaty").
    mutual: bool = False


class DocumentCoder:
    """The coding of one document: caches of matches and actor resolutions live here."""

    def __init__(self, lexicon: Lexicon, ontology, resolver, doc: Doc, sents: list[SpacySpan]):
        self.lexicon = lexicon
        self.ontology = ontology
        self.resolver = resolver
        self.doc = doc
        self.sents = sents
        self.published = getattr(doc._, "published", None) if Doc.has_extension("published") else None
        self._candidates: dict[int, list[Candidate]] = {}
        self._actors: dict[int, list[Actor]] = {}
        self._mentions: dict[int, list[Actor]] = {}
        self._sent_of: dict[int, int] = {}
        # Events coded so far, in order: "condemned the attack" looks back for the attack.
        self.history: list[Built] = []
        for index, sent in enumerate(sents):
            for token in sent:
                self._sent_of[token.i] = index

    # ------------------------------------------------------------------ matching entries

    def candidates(self, token: Token) -> list[Candidate]:
        """Every lexicon entry whose conditions hold at this token, most specific first."""
        cached = self._candidates.get(token.i)
        if cached is not None:
            return cached
        found: list[Candidate] = []
        seen: set[int] = set()
        for pos, keys in self._lookup_keys(token):
            for key in keys:
                for entry in self.lexicon.lookup(pos, key):
                    if id(entry) in seen:
                        continue
                    seen.add(id(entry))
                    checked = self._check(entry, token)
                    if checked is not None:
                        parts, phrases = checked
                        found.append(Candidate(entry, parts, entry.specificity + 0.5 * phrases))
        found.sort(key=lambda c: (-c.score, c.entry.line))
        self._candidates[token.i] = found
        return found

    def _lookup_keys(self, token: Token) -> list[tuple[str, set[str]]]:
        keys = []
        if token.pos_ == "ADJ" or (token.tag_ == "VBN" and token.dep_ in ("acomp", "amod")):
            keys.append(("a", {sx.lemma(token), token.text.lower()}))
        if sx.is_verb(token) or any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            # "offered to host talks": the tagger sometimes calls an infinitive a noun.
            keys.append(("v", {sx.lemma(token)} | sx.base_forms(token.text)))
        if sx.is_noun(token):
            keys.append(("n", sx.forms(token) | sx.base_forms(token.text)))
        return keys

    def _check(self, entry: Entry, token: Token) -> tuple[list[Token], int] | None:
        parts = [token]
        phrases = 0
        is_verb_entry = entry.pos == "v"
        objects = sx.objects_with_conjuncts(token) if is_verb_entry else []
        prep_list = sx.preps(token)
        for obj in objects:
            prep_list.extend(sx.preps(obj))
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
                parts.append(hits[0])
                if any(" " in v or "-" in v for v in values & sx.forms(hits[0])):
                    phrases += 1
            elif key == "objmod":
                if not any(_any(values, sx.modifier_forms(o)) for o in objects):
                    return None
            elif key == "mod":
                if not _any(values, sx.modifier_forms(token)):
                    return None
            elif key == "prep":
                if values == {"that"}:
                    if not sx.children(token, "ccomp"):
                        return None
                    continue
                chosen_preps = [p for p in prep_list if sx.lemma(p) in values or
                                (sx.lemma(p) == "by" and "by" in values)]
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
                # A that-clause with its own subject is reported content, not a complement
                # ("warned that X would ..." is not "warned X to ...").
                comps = [
                    c for c in token.children
                    if c.dep_ in ("xcomp", "acomp", "oprd") or sx.is_infinitive_clause(c)
                    or (c.dep_ == "ccomp" and (sx.has_aux_to(c) or not sx.children(c, "nsubj", "nsubjpass", "mark")))
                ]
                if "*" in values:
                    if not comps:
                        return None
                elif not any(sx.lemma(c) in values for c in comps):
                    return None
            elif key == "subj":
                subjects = [q for s in self._raw_subjects(token) for q in sx.through_quantity(s)]
                if not any(_any(values, sx.forms(s) | sx.modifier_forms(s)) for s in subjects):
                    return None
            elif key == "voice":
                passive = sx.is_passive(token)
                if ("passive" in values) != passive:
                    return None
        if "noobj" in entry.bare and sx.direct_objects(token):
            return None
        if entry.pos == "n" and any(" " in key for key in entry.lemmas & sx.forms(token)):
            phrases += 1
        return parts, phrases

    def _raw_subjects(self, token: Token) -> list[Token]:
        if sx.is_noun(token):
            return [c for c in token.children if c.dep_ in ("poss", "compound", "amod")]
        if sx.is_passive(token):
            return sx.passive_agents(token)
        subjects, _ = sx.clause_subject(token)
        return subjects

    # ------------------------------------------------------------------ actors

    def resolve(self, token: Token) -> list[Actor]:
        cached = self._actors.get(token.i)
        if cached is None:
            try:
                cached = [a for a in self.resolver.resolve(token, self.published) or [] if a.code]
            except (AttributeError, KeyError, IndexError, ValueError) as exc:
                log.warning("actor resolver failed on %r: %s", token.text, exc)
                cached = []
            self._actors[token.i] = cached
        return cached

    def actors_of(self, token: Token, depth: int = 0) -> tuple[list[Actor], str]:
        """The actors a noun phrase names; how: direct, pronoun, inner (through "of",
        an apposition or a possessor), or "" when none."""
        if depth > 2:
            return [], ""
        low = token.text.lower()
        if token.pos_ == "PRON" and low in PRONOUNS:
            return self.antecedent(token), "pronoun"
        if low in sx.RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return self.actors_of(token.head.head, depth + 1)
        if token.dep_ == "attr" and sx.lemma(token.head) == "be":
            # "Turkey is the only nation which ...": the nation is Turkey.
            for subject in sx.children(token.head, "nsubj"):
                inner, how = self.actors_of(subject, depth + 1)
                if inner:
                    return inner, how
        found = self.resolve(token)
        if found:
            if any(not a.country for a in found):
                found = self._possessor_country(token, found)
            if any(not a.country for a in found):
                country = self.based_country(token)
                if country is not None:
                    prefix = _cameo_prefix(country)
                    found = [
                        a if a.country or a.code[:3].upper() in NON_STATE_PREFIXES
                        else replace(a, country=country, code=prefix + a.code)
                        for a in found
                    ]
            return found, "direct"
        # "the agency's director general": a possessor stands for an earlier name too.
        if (depth == 0 or token.dep_ == "poss" and depth == 1) and sx.is_noun(token):
            earlier = self.definite_antecedent(token)
            if earlier:
                return earlier, "pronoun"
        if sx.is_verb(token):
            # "The aid agency working in Chad said": a participle parsed as the subject.
            for subject in sx.children(token, "nsubj"):
                inner, _ = self.actors_of(subject, depth + 1)
                if inner:
                    return inner, "inner"
        # "leaders of Romania's government", "a group of Moroccan diplomats",
        # "a camp for Congolese refugees", "the Ambassador, Mr X"
        for child in token.children:
            if child.dep_ in ("appos", "poss"):
                inner, _ = self.actors_of(child, depth + 1)
                if inner:
                    return inner, "inner"
        located = sx.lemma(token) in LOCATED_NOUNS
        inner_preps = ("of", "for", "from", "in") if located else ("of", "for", "from")
        if sx.is_noun(token):
            # "rebel positions", "opposition supporters", "Kashmiri separatists": a head the
            # actor lexicon does not know, named by its modifier.
            for child in token.children:
                if child.dep_ in ("compound", "amod", "nmod"):
                    inner = self.resolve(child)
                    if inner:
                        return inner, "inner"
        for prep in sx.preps(token):
            if sx.lemma(prep) in inner_preps:
                for pobj in sx.children(prep, "pobj"):
                    inner, _ = self.actors_of(pobj, depth + 1)
                    if inner:
                        return inner, "inner"
        # "abuses carried out by Chadian troops": the agent of a participle.
        for child in token.children:
            if child.dep_ == "acl" and child.tag_ == "VBN":
                agents = sx.passive_agents(child)
                if agents:
                    inner, _ = self.actors_of_all(agents)
                    if inner:
                        return inner, "inner"
        # "an armed cell based in Guyana": a group the lexicon does not know, placed by
        # where it is based.
        country = self.based_country(token)
        if country is not None:
            start = token.left_edge.idx
            end = token.idx + len(token)
            return [Actor(
                text=text_of(self.doc)[start:end], start=start, end=end,
                code=_cameo_prefix(country), country=country, sectors=[], kind="group",
            )], "inner"
        return [], ""

    def based_country(self, token: Token) -> str | None:
        """The country a noun is based or operating in ("an armed group based in Lebanon",
        "militants operating in Mali"), or None."""
        if not sx.is_noun(token):
            return None
        for child in token.children:
            if child.dep_ != "acl" or sx.lemma(child) not in BASED_VERBS:
                continue
            for prep in sx.preps(child):
                if sx.lemma(prep) not in ("in", "inside", "out", "from"):
                    continue
                for place in sx.prep_objects(prep):
                    for actor in self.resolve(place):
                        if actor.country and actor.kind == "state" and set(actor.sectors) <= {"GOV"}:
                            return actor.country
        return None

    def _possessor_country(self, token: Token, found: list[Actor]) -> list[Actor]:
        """ "its security police", "their foreign ministers": the possessor's country (one
        copy per country for "their" standing for several)."""
        possessors = [c for c in token.children if c.dep_ == "poss"]
        if not possessors:
            return found
        owners, _ = self.actors_of(possessors[0], depth=1)
        countries = [a.country for a in owners if a.country]
        if not countries:
            return found
        enriched = []
        for actor in found:
            if actor.country or actor.code[:3].upper() in NON_STATE_PREFIXES:
                enriched.append(actor)
                continue
            for country in dict.fromkeys(countries):
                enriched.append(replace(actor, country=country, code=_cameo_prefix(country) + actor.code))
        return enriched

    def definite_antecedent(self, token: Token) -> list[Actor]:
        """ "the council", "the group", "the agency": a definite noun phrase the resolver
        cannot place stands for the latest earlier mention it names ("the UN Security
        Council"), or for a generic head, the latest group or state mentioned."""
        determiners = {sx.lemma(c) for c in token.children if c.dep_ == "det"}
        if not determiners & {"the", "this", "that", "these", "those"}:
            return []
        index = self._sent_of.get(token.i)
        if index is None:
            return []
        words = {sx.lemma(token), token.text.lower()}
        kinds = GENERIC_ANAPHORS.get(sx.lemma(token))
        # A head word the earlier name shares ("the council" for "the UN Security
        # Council") reaches back through the article; a generic head, three sentences.
        for sent_index in range(index, -1, -1):
            earlier = [a for a in self.mentions(sent_index) if a.end <= token.idx]
            named = [a for a in earlier if words & set(a.text.lower().replace("-", " ").split())]
            if named:
                return [named[-1]]
            if kinds and sent_index > index - 4:
                fitting = [a for a in earlier if a.kind in kinds]
                # "Militants seized six nurses ... The group released them": the one that
                # acted earlier, before the latest mention.
                agents = [
                    a for a in fitting
                    if any(_same_mention(a, s) for b in self.history for s in b.sources)
                ]
                if agents or fitting:
                    return [(agents or fitting)[-1]]
        return []

    def context_country(self, token: Token) -> str | None:
        """The one country named in the token's sentence: the country CAMEO coders give a
        domestic actor the text leaves without one ("President Museveni" in a sentence about
        Uganda). None when the sentence names no country or several."""
        index = self._sent_of.get(token.i)
        if index is None:
            return None
        countries = {a.country for a in self.mentions(index) if a.country}
        if countries:
            return countries.pop() if len(countries) == 1 else None
        # A sentence naming no country: the story's country, when one dominates the
        # sentences so far ("Security forces later arrested ..." in a story about Somalia).
        counts: dict[str, int] = {}
        for earlier in range(0, index):
            for actor in self.mentions(earlier):
                if actor.country:
                    counts[actor.country] = counts.get(actor.country, 0) + 1
        if not counts:
            return None
        best, most = max(counts.items(), key=lambda kv: kv[1])
        return best if most >= 2 and most * 3 >= 2 * sum(counts.values()) else None

    def with_country(self, actor: Actor, token: Token, others: list[Actor], code: str,
                     source: bool = False) -> Actor:
        """The actor with its sentence's country when the text gives it none, unless that
        country belongs to the state on the other side of an international-looking event
        ("Biden spoke with the Israeli prime minister" does not make Biden Israeli). A
        source that is no state's official ("prisoners", "rebels", "gunmen") first takes the
        country of the place where it acts ("inmates rioted at a prison in Benin")."""
        if actor.country or not actor.code or actor.code[:3].upper() in NON_STATE_PREFIXES:
            return actor
        if FOREIGN_WORDS & set(actor.text.lower().split()):
            return actor
        country = None
        if source and actor.kind != "person" and not set(actor.sectors) & {"GOV", "MIL", "SPY", "JUD", "LEG", "COP"}:
            country = self.place_country(token)
        country = country or self.context_country(token)
        if country is None:
            return actor
        state_level = {"GOV", "MIL", "SPY"}
        if (set(actor.sectors) & state_level or not actor.sectors) and not code.startswith(DOMESTIC_CODES):
            for other in others:
                if other.country == country and (other.kind == "state" or set(other.sectors) & state_level):
                    return actor
        return replace(actor, country=country, code=_cameo_prefix(country) + actor.code)

    def actors_of_all(self, tokens: list[Token]) -> tuple[list[Actor], str]:
        found: list[Actor] = []
        how = ""
        for token in tokens:
            actors, token_how = self.actors_of(token)
            for actor in actors:
                if not any(_same_mention(actor, other) for other in found):
                    found.append(actor)
            how = how or token_how
        return found, how

    def mentions(self, index: int) -> list[Actor]:
        cached = self._mentions.get(index)
        if cached is None:
            try:
                cached = [
                    a for a in self.resolver.mentions(self.sents[index], published=self.published) or []
                    if a.code
                ]
            except (AttributeError, KeyError, IndexError, ValueError) as exc:
                log.warning("actor mentions failed in sentence %d: %s", index, exc)
                cached = []
            self._mentions[index] = cached
        return cached

    def antecedent(self, pronoun: Token) -> list[Actor]:
        """The actor a pronoun stands for: the speaker when it is the subject of reported
        speech ("Hungary said it will ..."), else the nearest fitting earlier mention in the
        sentence, then in the sentences before."""
        low = pronoun.text.lower()
        verb = pronoun.head
        if pronoun.dep_ in ("nsubj", "nsubjpass", "poss"):
            clause = verb if pronoun.dep_ != "poss" else None
            node = clause
            while node is not None and node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
                node = node.head
            if node is not None and node.dep_ in ("ccomp", "advcl") and sx.lemma(node.head) in self.lexicon.speech:
                speaker_tokens = self.source_tokens(node.head)[0]
                speakers = [t for t in speaker_tokens if t.text.lower() not in PRONOUNS]
                if speakers:
                    actors, _ = self.actors_of_all(speakers)
                    fitting = [a for a in actors if _fits(low, a)]
                    if fitting:
                        return fitting
            if low in FIRST_PERSON:
                return []
        if pronoun.dep_ == "poss" or (pronoun.dep_ == "nsubj" and verb.dep_ == "relcl"):
            # "Pakistan urged its citizens"; "the group released workers it had held".
            bound = self.clause_subject_of(pronoun if pronoun.dep_ == "poss" else verb)
            if bound:
                return bound
        index = self._sent_of.get(pronoun.i)
        if index is None:
            return []
        excluded: tuple[int, int] | None = None
        if pronoun.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "relcl":
            # "entities it accuses of ...": the pronoun is not the noun its clause describes.
            head = verb.head
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head
            excluded = (head.left_edge.idx, verb.head.idx + len(verb.head))
        for sent_index in range(index, max(-1, index - 3), -1):
            candidates = [
                a for a in self.mentions(sent_index) if a.end <= pronoun.idx
                and not (excluded and excluded[0] <= a.start < excluded[1])
            ]
            fitting = [a for a in candidates if _fits(low, a)]
            if fitting and sent_index != index:
                # In an earlier sentence the subject of its main verb is the likeliest one.
                subject_spans = [
                    (t.left_edge.idx, t.right_edge.idx + len(t.right_edge))
                    for t in sx.children(self.sents[sent_index].root, "nsubj", "nsubjpass")
                ]
                salient = [a for a in fitting if any(s <= a.start and a.end <= e for s, e in subject_spans)]
                if salient:
                    fitting = salient
            if fitting:
                last = fitting[-1]
                if low in PLURAL_PRONOUNS:
                    # "Hungary and Romania said they ...": the conjoined mentions together.
                    group = [a for a in fitting if a.end >= last.start - 40 and _adjacent(a, last, text_of(self.doc))]
                    return group or [last]
                return [last]
        return []

    def clause_subject_of(self, pronoun: Token) -> list[Actor]:
        """A possessive pronoun in a clause's object stands for the clause's own subject
        when it fits ("Pakistan urged its citizens", "Syria will withdraw its troops"); so
        does the subject of a relative clause on that object ("the group released workers
        it had held"; `pronoun` is then the relative clause's verb)."""
        if pronoun.dep_ == "relcl":
            subject = [c for c in pronoun.children if c.dep_ == "nsubj"]
            if not subject:
                return []
            low = subject[0].text.lower()
        else:
            low = pronoun.text.lower()
        node = pronoun.head
        path = [pronoun]
        for _ in range(6):
            if sx.is_verb(node) or node.head.i == node.i:
                break
            path.append(node)
            node = node.head
        if not sx.is_verb(node):
            return []
        if path[-1].dep_ == "prep" and any(
            _fits(low, a) for obj in sx.children(node, "dobj") for a in self.resolve(obj)
        ):
            # "thanked the Emirates for its mediation": the object's, not the subject's.
            return []
        subjects, _ = sx.clause_subject(node)
        # Not the subject that holds the pronoun itself ("their countries should ...").
        subjects = [
            s for s in subjects
            if s.text.lower() not in PRONOUNS and not (s.left_edge.i <= pronoun.i <= s.right_edge.i)
        ]
        if not subjects:
            return []
        actors, _ = self.actors_of_all(subjects)
        return [a for a in actors if _fits(low, a)]

    # ------------------------------------------------------------------ syntax roles

    def source_tokens(self, token: Token) -> tuple[list[Token], str]:
        """The words that do what a verb or event noun says, and how they were found."""
        if sx.is_verb(token) or token.pos_ == "ADJ":
            if sx.is_passive(token):
                agents = sx.passive_agents(token)
                if agents:
                    return agents, "agent"
                if token.dep_ == "conj":
                    subjects, _ = sx.clause_subject(token)
                    if subjects and not sx.children(token, "nsubjpass"):
                        return [], ""
                return [], "agentless"
            subjects, inherited = sx.clause_subject(token)
            if token.pos_ == "ADJ" and not subjects and token.head.i != token.i:
                subjects = sx.children(token.head, "nsubj")
                inherited = False
            if (
                token.dep_ == "acl" and subjects == [token.head] and token.head.dep_ == "dobj"
                and not self.actors_of(token.head)[0]
                and sx.lemma(token.head.head) in self.lexicon.light | self.lexicon.speech
            ):
                # "adopted a resolution calling for ...": the one who issued it.
                return self.source_tokens(token.head.head)
            speaker = self.speaker_of_conjunct(token, subjects, inherited)
            if speaker:
                return speaker, "inherited"
            return subjects, "inherited" if inherited else "subject"
        return self.noun_source_tokens(token)

    def speaker_of_conjunct(self, token: Token, subjects: list[Token], inherited: bool) -> list[Token]:
        """ "X said that the plan was a good start but urged Y to ...": a verb conjoined
        to the reported clause whose inherited subject names no actor is the speaker's
        own act, when it is one only an actor does (an appeal, a demand, a verb of
        saying or of judging)."""
        if token.dep_ != "conj" or subjects and not inherited:
            return []
        if any(self.actors_of(s)[0] for s in subjects):
            return []
        if not any(
            c.entry.family in ADDRESSEE_FAMILIES or "speech" in c.entry.flags
            for c in self.candidates(token)
        ) and sx.lemma(token) not in self.lexicon.speech | EVALUATIVE_VERBS:
            return []
        clause = token.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or sx.lemma(clause.head) not in self.lexicon.speech:
            return []
        speakers, _ = sx.clause_subject(clause.head)
        return speakers if any(self.actors_of(s)[0] for s in speakers) else []

    def noun_source_tokens(self, noun: Token) -> tuple[list[Token], str]:
        anchor = sx.position(noun)
        for holder in dict.fromkeys((noun, anchor)):
            possessors = [c for c in holder.children if c.dep_ == "poss"]
            named = [c for c in possessors if c.pos_ != "PRON"]
            if named:
                return named, "possessor"
            for prep in sx.preps(holder):
                if sx.lemma(prep) in ("by", "from"):
                    found = sx.children(prep, "pobj")
                    if found:
                        return found, "agent"
            if possessors:
                return possessors, "possessor"
            for child in holder.children:
                if child.dep_ in ("amod", "compound") and child is not noun and any(
                    a.country or a.code[:3] in NON_STATE_PREFIXES for a in self.actors_of(child)[0]
                ):
                    return [child], "modifier"
        noun = anchor
        head = noun.head
        if noun.dep_ in ("dobj", "nsubjpass") and sx.lemma(head) in self.lexicon.light:
            tokens, how = self.source_tokens(head)
            return tokens, how or "light"
        if noun.dep_ == "pobj" and head.dep_ == "prep" and sx.lemma(head.head) in self.lexicon.light:
            verb = head.head
            if sx.is_passive(verb):
                return [], ""
            tokens, how = self.source_tokens(verb)
            return tokens, how or "light"
        return [], ""

    def objective(self, token: Token) -> list[Token]:
        return sx.direct_objects(token) if (sx.is_verb(token) or token.tag_ == "VBN") else []

    def object_agent(self, token: Token) -> list[Token]:
        """The one behind the object noun: "a US offer", "calls by X", "X's proposal"."""
        found = []
        for obj in self.objective(token):
            found.extend(self.noun_source_tokens(obj)[0] if obj.dep_ != "nsubjpass" else [])
            if not found:
                for child in obj.children:
                    if child.dep_ in ("amod", "compound", "poss") and self.actors_of(child)[0]:
                        found.append(child)
        return found

    def slot_tokens(self, token: Token, slot: str) -> list[Token]:
        if slot == "obj":
            found = []
            for obj in self.objective(token):
                found.extend(sx.with_conjuncts(obj))
            return found
        if slot == "iobj":
            found = [c for c in token.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"]
            for child in token.children:
                if child.dep_ == "dative" and child.pos_ == "ADP":
                    found.extend(sx.children(child, "pobj"))
            return found
        if slot == "objagent":
            return self.object_agent(token)
        if slot == "comp":
            return self.addressee(token)
        if slot == "xobj":
            found = []
            for clause in token.children:
                if clause.dep_ in ("xcomp", "ccomp") or sx.is_infinitive_clause(clause):
                    for obj in sx.direct_objects(clause):
                        found.extend(sx.with_conjuncts(obj))
            return found
        if slot.startswith("@"):
            name = slot[1:]
            found = []
            holders = [token] + [q for o in self.objective(token) for q in sx.through_quantity(o)]
            if sx.is_noun(token) and sx.position(token) is not token:
                holders.append(sx.position(token))
            for holder in holders:
                for prep in sx.preps(holder):
                    if sx.lemma(prep) == name or (name == "by" and prep.dep_ == "agent"):
                        for pobj in sx.prep_objects(prep):
                            found.extend(sx.with_conjuncts(pobj))
            return found
        if slot.startswith("~"):
            return list(sx.subtree_preps(token, slot[1:]))
        return []

    def addressee(self, token: Token) -> list[Token]:
        """Who is asked or told: "urged X to", "called on X to", "demanded that X ..."."""
        complements = [c for c in token.children if c.dep_ in ("xcomp", "ccomp")]
        objects = sx.children(token, "dobj")
        if complements and objects and sx.is_verb(complements[0]) and (
            self.resolve(objects[0]) or objects[0].pos_ == "PRON"
        ):
            return sx.with_conjuncts(objects[0])
        if sx.lemma(token) in CALL_ON_VERBS:
            for prep in sx.preps(token):
                if sx.lemma(prep) in ("on", "upon"):
                    found = [p for p in sx.children(prep, "pobj") if p.ent_type_ not in ("DATE", "TIME")]
                    if found:
                        return sx.with_conjuncts(found[0])
        for comp in complements:
            subjects = sx.children(comp, "nsubj", "nsubjpass")
            if subjects:
                return sx.with_conjuncts(subjects[0])
        if objects and sx.is_verb(token):
            # "demanded Moscow's admission", "demanded an admission by Moscow"
            agents = [
                a for a in self.noun_source_tokens(objects[0])[0]
                if a.pos_ != "PRON" and a.dep_ != "amod"
            ]
            if agents:
                return agents
        for obj in objects:
            # "its demand that Israel ease ...": the subject of the noun's clause.
            for clause in obj.children:
                if clause.dep_ in ("acl", "ccomp", "relcl") and sx.has_mark(clause, ("that",)):
                    subjects = sx.children(clause, "nsubj", "nsubjpass")
                    if subjects:
                        return sx.with_conjuncts(subjects[0])
        return []

    # ------------------------------------------------------------------ complements

    def complement(self, token: Token, entry: Entry) -> Token | None:
        """What is appealed for, offered, demanded, refused or threatened."""
        clauses = [
            c for c in token.children
            if (c.dep_ in ("xcomp", "ccomp") or sx.is_infinitive_clause(c)) and (sx.is_verb(c) or self.candidates(c))
            and not _prefix_piece(c)
        ]
        if clauses:
            return clauses[0]
        nouns: list[Token] = []
        if sx.is_verb(token):
            for obj in sx.children(token, "dobj"):
                nouns.extend(sx.with_conjuncts(obj))
        for prep in sx.preps(token):
            if sx.lemma(prep) in ("for", "to", "with", "on", "into", "of", "against"):
                for pobj in sx.prep_objects(prep):
                    nouns.extend(sx.with_conjuncts(pobj))
        for child in token.children:
            if child.dep_ in ("acl", "relcl") and sx.is_verb(child) and sx.is_noun(token):
                nouns.append(child)
        nouns = [q for noun in nouns for q in sx.through_quantity(noun)]
        for noun in nouns:
            if self.candidates(noun):
                return noun
        # "an offer to host a summit", "a proposal for signing an agreement"
        for noun in nouns:
            for child in noun.children:
                if child.dep_ in ("acl", "xcomp", "relcl", "ccomp") and self.candidates(child):
                    return child
                if child.dep_ == "prep" and sx.lemma(child) in ("for", "to", "of", "on", "with", "in"):
                    for pobj in sx.prep_objects(child):
                        if self.candidates(pobj):
                            return pobj
                        for inner in pobj.children:
                            if inner.dep_ in ("dobj", "compound", "amod") and self.candidates(inner):
                                return inner
        if clauses:
            return clauses[0]
        for noun in nouns:
            if sx.is_verb(noun):
                return noun
        return None

    def action_of(self, token: Token, depth: int = 0) -> tuple[str | None, Candidate | None, Token]:
        """The underlying CAMEO action of a complement: "a call for the release of X" is
        release (084); nested appeals and offers are looked through."""
        options = [c for c in self.candidates(token)]
        if not options:
            if sx.lemma(token) in self.lexicon.light and depth < 4:
                # "pledged to keep up food deliveries": look through the light verb.
                for inner in sx.children(token, "dobj", "xcomp"):
                    code, candidate, where = self.action_of(inner, depth + 1)
                    if code is not None:
                        return code, candidate, where
            return None, None, token
        best = options[0]
        if best.entry.family and depth < 4:
            inner = self.complement(token, best.entry)
            if inner is not None and inner is not token:
                code, candidate, where = self.action_of(inner, depth + 1)
                if code is not None:
                    return code, candidate, where
        return self.refine_topic(best.entry, best.entry.code, token), best, token

    def refine_topic(self, entry: Entry, code: str | None, token: Token) -> str | None:
        if code is None or entry.topic is None:
            return code
        keys: list[str] = []
        frontier = [token]
        seen = {token.i}
        for _ in range(3):
            next_frontier = []
            for node in frontier:
                for child in node.children:
                    if child.i in seen or child.dep_ in ("nsubj", "nsubjpass", "punct"):
                        continue
                    seen.add(child.i)
                    keys.extend(sorted(sx.forms(child)))
                    next_frontier.append(child)
            frontier = next_frontier
        digit = self.lexicon.topic_digit(entry.topic, keys)
        if digit is None:
            return code
        base = code[:2] if len(code) == 3 and code.endswith("0") else code
        refined = base + digit
        if len(refined) <= 4 and refined in self.ontology:
            return refined
        return code

    # ------------------------------------------------------------------ modality

    def speech_head(self, token: Token) -> Token | None:
        node = token
        for _ in range(4):
            if node.head.i == node.i:
                return None
            if node.dep_ in ("ccomp", "advcl", "parataxis") and sx.lemma(node.head) in self.lexicon.speech:
                return node.head
            if node.dep_ not in ("conj", "xcomp", "ccomp"):
                return None
            node = node.head
        return None

    def modality(self, token: Token) -> tuple[str, bool]:
        """("asserted" | "intended" | "hypothetical", negated) of the clause of a trigger."""
        clause = token
        if sx.is_noun(token):
            token = sx.position(token)
            clause = token
            head = token.head
            if token.dep_ in ("dobj", "nsubjpass") or (token.dep_ == "pobj" and head.dep_ == "prep"):
                clause = head if token.dep_ != "pobj" else head.head
        aux = sx.aux_lemmas(clause)
        negated = sx.negated(clause)
        modality = "asserted"
        if aux & INTENDED_AUX or ("go" in aux and clause.tag_ == "VB"):
            modality = "intended"
        if aux & HYPOTHETICAL_AUX:
            if "would" in aux and self.speech_head(clause) is not None:
                modality = "intended"
            elif "can" not in aux or len(aux & HYPOTHETICAL_AUX) > 1:
                modality = "hypothetical"
        if sx.has_mark(clause, ("if", "unless", "whether")):
            modality = "hypothetical"
        head = self.speech_head(clause)
        if head is not None and sx.lemma(head) in DENIAL_VERBS:
            negated = True
        if head is not None and sx.lemma(head) in WISH_VERBS:
            modality = "hypothetical"
        return modality, negated

    # ------------------------------------------------------------------ building events

    def code_sentence(self, index: int, sent: SpacySpan) -> list[Built]:
        built: list[Built] = []
        consumed: set[int] = set()
        built.extend(self.obligations(sent, consumed))
        built.extend(self.blame_clauses(sent, consumed))
        built.extend(self.dismissals(sent, consumed))
        order = sorted(sent, key=lambda t: (_depth(t), t.i))
        for token in order:
            if token.i in consumed:
                continue
            for candidate in self.candidates(token):
                if "comp" in candidate.entry.flags:
                    continue
                result = self.build(token, candidate)
                if result is not None:
                    built.append(result)
                    self.history.append(result)
                    consumed |= result.consumed
                    break
        return built

    def blame_clauses(self, sent: SpacySpan, consumed: set[int]) -> list[Built]:
        """ "X says Y is responsible for / behind / to blame for Z": X accuses Y (112)."""
        found = []
        for speech in sent:
            if sx.lemma(speech) not in self.lexicon.speech or not sx.is_verb(speech):
                continue
            for clause in sx.children(speech, "ccomp"):
                if sx.lemma(clause) != "be" or sx.negated(clause):
                    continue
                predicates = [
                    c for c in clause.children
                    if (c.dep_ in ("acomp", "attr") and sx.lemma(c) in BLAME_WORDS)
                    or (c.dep_ == "prep" and sx.lemma(c) == "behind")
                ]
                subjects = sx.children(clause, "nsubj")
                if not predicates or not subjects:
                    continue
                speakers, how = self.actors_of_all(self.source_tokens(speech)[0])
                targets, _ = self.actors_of_all(sx.with_conjuncts(subjects[0]))
                targets = [t for t in targets if t.code not in {a.code for a in speakers}]
                if not speakers or not targets:
                    continue
                entry = _BLAME_ENTRY
                code = self.refine_topic(entry, "112", predicates[0]) or "112"
                subtree = sx.phrase(clause)
                consumed |= subtree
                found.append(Built(
                    code=code, entry=entry, token=speech, parts=[speech, predicates[0]],
                    sources=speakers, targets=targets, source_how="subject", target_how="direct",
                    consumed=subtree | {speech.i},
                ))
        return found

    def dismissals(self, sent: SpacySpan, consumed: set[int]) -> list[Built]:
        """ "X said removing the sanctions on Y is out of the question": X refuses (12) the
        action, whose target is the refusal's target. Also "off the table", "not an
        option", "not on the table"."""
        found = []
        for copula in sent:
            if sx.lemma(copula) != "be" or copula.i in consumed:
                continue
            predicate = _dismissal_predicate(copula)
            if predicate is None:
                continue
            subjects = sx.children(copula, "csubj", "nsubj")
            if not subjects:
                continue
            speech = None
            if copula.dep_ in ("ccomp", "parataxis") and sx.lemma(copula.head) in self.lexicon.speech:
                speech = copula.head
            else:
                for child in copula.children:
                    if child.dep_ in ("parataxis", "ccomp") and sx.lemma(child) in self.lexicon.speech:
                        speech = child
            if speech is None:
                continue
            speakers, how = self.actors_of_all(self.source_tokens(speech)[0])
            if not speakers:
                continue
            action, candidate, where = self.action_of(subjects[0])
            if action is None or candidate is None:
                continue
            result = self.apply_family(_DISMISSAL_ENTRY, action, subjects[0], candidate)
            if result is None:
                continue
            code, negated = result[0], result[1]
            targets, _ = self.actors_of_all(self._targets_tokens(where, candidate.entry, speakers))
            speaker_codes = {a.code for a in speakers}
            targets = [t for t in targets if t.code not in speaker_codes]
            subtree = sx.phrase(subjects[0]) | {copula.i, predicate.i}
            consumed |= subtree
            found.append(Built(
                code=code, entry=_DISMISSAL_ENTRY, token=predicate, parts=[copula, predicate],
                sources=speakers, targets=targets, source_how=how or "subject", target_how="direct",
                negated=negated, refined=True, consumed=subtree | {speech.i},
            ))
        return found

    def obligations(self, sent: SpacySpan, consumed: set[int]) -> list[Built]:
        """ "X said Y must do Z": a demand (10) of X on Y, refined by what Y must do."""
        found = []
        for speech in sent:
            if sx.lemma(speech) not in self.lexicon.speech or not sx.is_verb(speech):
                continue
            for clause in sx.children(speech, "ccomp"):
                action_token = clause
                aux = sx.aux_lemmas(clause)
                if not aux & OBLIGATION_AUX:
                    inner = [c for c in clause.children if c.dep_ == "xcomp"]
                    if sx.lemma(clause) in ("have", "need") and inner:
                        action_token = inner[0]
                    else:
                        continue
                addressees = [s for s in sx.children(clause, "nsubj", "nsubjpass")]
                if not addressees:
                    continue
                speaker_tokens, how = self.source_tokens(speech)
                speakers, _ = self.actors_of_all(speaker_tokens)
                targets, _ = self.actors_of_all(sx.with_conjuncts(addressees[0]))
                if not speakers or not targets:
                    continue
                if {a.code for a in speakers} & {a.code for a in targets}:
                    continue
                action, candidate, _ = self.action_of(action_token)
                code = self.lexicon.family_code("demand", action) if action else "100"
                entry = candidate.entry if candidate else None
                parts = [speech, action_token] + (candidate.parts if candidate else [])
                subtree = sx.phrase(clause)
                consumed |= subtree
                found.append(
                    Built(
                        code=code,
                        entry=entry or _OBLIGATION_ENTRY,
                        token=speech,
                        parts=parts,
                        sources=speakers,
                        targets=targets,
                        source_how=how,
                        target_how="direct",
                        refined=action is not None,
                        consumed=subtree | {speech.i},
                    )
                )
        return found

    def background(self, token: Token) -> bool:
        """Words that only set the scene: an event noun in "during the summit", "with the
        signing of", a modifier noun ("aid convoys"), a clause under "before"/"until"."""
        node = token
        if sx.is_noun(token):
            anchor = sx.position(token)
            if token.dep_ == "compound" and anchor is token:
                return True
            if anchor.dep_ == "pobj" and sx.lemma(anchor.head) in CIRCUMSTANTIAL_PREPS:
                return True
            node = anchor
        elif token.dep_ == "acl" and (token.tag_ == "VBN" or sx.has_aux_to(token)):
            # "the curfew imposed in Sudan", "efforts to combat X": a participle or an
            # infinitive describing a noun, not news.
            return True
        # "before letting relief lorries ...": what has not happened yet.
        for _ in range(8):
            if node.dep_ == "pcomp" and sx.lemma(node.head) in PENDING_PREPS:
                return True
            if node.dep_ == "advcl" and sx.has_mark(node, PENDING_PREPS):
                return True
            if node.head.i == node.i or node.dep_ == "ROOT" or (
                node.dep_ == "ccomp" and sx.lemma(node.head) in self.lexicon.speech
            ):
                break
            node = node.head
        return False

    def build(self, token: Token, candidate: Candidate) -> Built | None:
        entry = candidate.entry
        if self.background(token):
            return None
        parts = list(candidate.parts)
        consumed = {t.i for t in parts}
        code = self.refine_topic(entry, entry.code, token)
        modality, negated = self.modality(token)
        refined = False
        complement_targets: list[Token] = []
        complement_token = None
        via_family = False
        inner_mutual = False
        if entry.family:
            complement_token = self.complement(token, entry)
            if entry.family == "demand" and complement_token is not None and _reported_clause(complement_token):
                # "insisted the unrest reflected ...", "officials told AFP the army lifted
                # ...": a clause stating a fact is reported speech, not a demand.
                return None
            if complement_token is not None:
                action, inner, where = self.action_of(complement_token)
                consumed |= sx.phrase(complement_token)
                if inner is not None:
                    complement_targets = self._targets_tokens(where, inner.entry)
                    parts.append(where)
                    inner_mutual = "mutual" in inner.entry.flags
                family_result = self.apply_family(entry, action, complement_token, inner)
                if family_result is not None:
                    code, extra_negated, family_modality, complement_targets = (
                        family_result[0], family_result[1], family_result[2],
                        family_result[3] if family_result[3] is not None else complement_targets,
                    )
                    negated = negated or extra_negated
                    if family_modality:
                        modality = family_modality
                    refined = action is not None
                    via_family = True
                    if (
                        action is not None and entry.family in ("intend", "soft")
                        and sx.is_verb(complement_token) and sx.negated(complement_token)
                    ):
                        # "swore never to hand back the islands": a promise not to
                        # cooperate is a refusal; a promise not to attack, a negated attack.
                        if action[:2] in COOPERATIVE_ROOTS:
                            code = self.lexicon.family_code("reject", action)
                        else:
                            negated = True
            if entry.family == "soft" and not via_family:
                return None
        if entry.topic:
            consumed |= self.topic_phrase(token, entry)
        sources, source_how, author = self.find_sources(token, entry, code)
        if author is not None:
            consumed.add(author.i)
        # The target: the entry's slots, then what the complement names, then (threats)
        # who must meet the condition, then (protests) whom the demand is made of.
        source_codes = {a.code for a in sources}
        providers = [lambda: self._targets_tokens(token, entry, sources), lambda: complement_targets]
        if entry.family in ADDRESSEE_FAMILIES and complement_token is not None and code in ("053", "113"):
            providers = [lambda: complement_targets]
        if code[:2] == "13":
            providers.append(lambda: self.condition_subjects(token, complement_token))
        if code[:2] == "14":
            providers.append(lambda: self.purpose_targets(token, sources))
        targets: list[Actor] = []
        target_how = ""
        for provider in providers:
            found, target_how = self.actors_of_all(provider())
            # Drop the source from its own targets ("X and Y agreed": mutual below).
            targets = [
                t for t in found
                if not any(_same_mention(t, s) for s in sources) and t.code not in source_codes
            ]
            if targets:
                break
        if not targets and "objagent" in entry.targets:
            targets = [
                t for t in self.event_antecedent(token)
                if t.code not in source_codes and not any(_same_mention(t, s) for s in sources)
            ]
        # An entry that needs its object to be an actor ("held X": an arrest only when X is
        # someone) is not rescued by what the object phrase or the place names.
        fallback = entry.target_optional or via_family or "obj" not in entry.targets
        if not targets and sources and fallback:
            targets = self.object_phrase_targets(token, complement_token, sources)
            target_how = "object" if targets else target_how
        sources, targets = (
            [self.with_country(a, token, targets, code, source=True) for a in sources],
            [self.with_country(a, token, sources, code) for a in targets],
        )
        source_codes = {a.code for a in sources}
        targets = [t for t in targets if t.code not in source_codes]
        if not targets and sources and fallback and code.startswith(INTERNAL_CODES):
            targets = self.domestic_targets(token, complement_token, sources)
            target_how = "domestic" if targets else target_how
        each_other = False
        if (
            len({a.country for a in sources if a.country}) > 1 and targets
            and all(not t.country for t in targets) and self._each(token)
        ):
            # "X and Y each released 40 prisoners": an exchange; the unplaced people
            # each releases are the other side's.
            targets, each_other = [], True
        if not targets and sources and code[:2] == "13" and complement_token is not None:
            targets = self.retaliation_targets(token, complement_token, sources)
            target_how = "object" if targets else target_how
        if not targets and sources and code[:2] in VIOLENT_ROOTS | {"15"}:
            targets = self.place_targets(token, sources)
            target_how = "place" if targets else target_how
        if not targets and not entry.target_optional and not (
            ("mutual" in entry.flags or each_other) and len(sources) > 1
        ):
            # An offer, refusal or threat stands without a target; an appeal needs one.
            stands_alone = (
                entry.family and via_family and complement_token is not None
                and entry.family not in ADDRESSEE_FAMILIES
            )
            if not stands_alone and not self.judges_event(token):
                return None
        if not sources and code[:2] == "14":
            # "Hundreds protested in Seoul": an unnamed crowd is civilians of the country
            # where it protests (CAMEO CVL), as event data sets code unnamed protesters.
            sources = self.unnamed_crowd(token)
            source_how = "agentless" if sources else source_how
        if not sources:
            allowed = code[:2] in VIOLENT_ROOTS | {"17"} and targets and (
                source_how == "agentless" or self._agentless_subject(token)
            )
            if not allowed:
                return None
            if code[:2] in VIOLENT_ROOTS:
                sources = self.unattributed_author(token)
                source_how = "agentless"
        # Modality turns intended cooperation into an intent (03) and an own threat into 13.
        if not via_family and modality == "intended":
            code = self.intended_code(code, token, sources, negated)
            if code.startswith("12") and negated:
                negated = False
        if entry.joint and (
            len({a.country for a in sources if a.country}) > 1
            or any("joint" in sx.modifier_forms(o) for o in self.objective(token))
        ):
            code = entry.joint
        objects = self.objective(token)
        for obj in objects:
            for conj in sx.with_conjuncts(obj):
                consumed |= sx.phrase(conj) if conj.dep_ != "nsubjpass" else {conj.i}
        light_head = token.head if sx.is_noun(token) and sx.lemma(token.head) in self.lexicon.light else None
        if light_head is not None and token.dep_ in ("dobj", "pobj", "nsubjpass"):
            parts.append(light_head)
            consumed.add(light_head.i)
        consumed.add(token.i)
        return Built(
            code=code,
            entry=entry,
            token=token,
            parts=parts,
            sources=sources,
            targets=targets,
            source_how=source_how,
            target_how=target_how,
            negated=negated,
            modality=modality,
            consumed=consumed,
            refined=refined,
            mutual="mutual" in entry.flags or (via_family and inner_mutual) or each_other,
        )

    def object_phrase_targets(self, token: Token, complement: Token | None, sources: list[Actor]) -> list[Actor]:
        """The actor named inside what the action is done to, when no slot of the entry
        names a target: "broke his pledge to the Malawian voters", "lifted the ban
        on X", "rejected an invitation to a meeting of X", "a mediation effort between X
        and Y". Nearest first; the source itself and scene-setting phrases do not count."""
        starts: list[Token] = []
        for holder in (token, complement):
            if holder is None:
                continue
            if sx.is_noun(holder):
                anchor = sx.position(holder)
                starts.extend(c for c in (holder, anchor) if c not in starts)
                for prep in sx.preps(anchor):
                    if sx.lemma(prep) in OBJECT_PHRASE_PREPS:
                        starts.extend(sx.children(prep, "pobj"))
                continue
            for obj in self.objective(holder):
                starts.extend(sx.with_conjuncts(obj))
            for prep in sx.preps(holder):
                if sx.lemma(prep) in OBJECT_PHRASE_PREPS:
                    starts.extend(sx.children(prep, "pobj"))
        source_codes = {a.code for a in sources}
        seen: set[int] = set()
        frontier = [(start, 0) for start in starts]
        while frontier:
            node, depth = frontier.pop(0)
            if node.i in seen or depth > 6:
                continue
            seen.add(node.i)
            if node.i != token.i and (complement is None or node.i != complement.i):
                found = [
                    a for a in self.actors_of(node, depth=1)[0]
                    if a.code not in source_codes and not any(_same_mention(a, s) for s in sources)
                    # "the Europe Bridge": a word inside a name the lexicon does not know
                    and not (node.pos_ == "PROPN" and a.end <= node.idx)
                    # "hostile military moves": a bare role word names nobody
                    and not _generic(a)
                ]
                if found:
                    return found
            for child in node.children:
                dep = child.dep_
                if dep in ("prep", "agent"):
                    # Nouns only: "accused X of steering migrants" names a charge, not a party.
                    if sx.lemma(child) in OBJECT_PHRASE_PREPS:
                        frontier.extend((p, depth + 1) for p in sx.children(child, "pobj"))
                elif dep == "poss" and child.pos_ == "PRON":
                    # "completed their withdrawal": a possessive pronoun points back to the
                    # source, not to someone new.
                    continue
                elif dep in ("poss", "conj", "appos", "dobj", "pobj"):
                    frontier.append((child, depth + 1))
                elif dep in ("acl", "xcomp", "relcl") and not sx.children(child, "nsubj", "nsubjpass", "mark"):
                    # "a call to join a summit of X": a clause without a subject
                    # of its own says more about the same thing.
                    if dep != "relcl" or sx.has_aux_to(child):
                        frontier.append((child, depth + 1))
        return []

    def domestic_targets(self, token: Token, complement: Token | None, sources: list[Actor]) -> list[Actor]:
        """The target of an action a state's actors take at home (a curfew, a ban, an
        arrest, a reform, a resignation, a protest) when the text names none: the country
        of the place where it happens ("a curfew in Algiers"), else the source's own
        country ("declined to resign" -> the vice-president's country). Never when an
        actor of another country is in the sentence outside its reporting frame: then the
        target is unknown, not domestic."""
        countries = {a.country for a in sources if a.country}
        if len(countries) != 1:
            return []
        home = next(iter(countries))
        for place in self.event_places(token, complement):
            for actor in self.actors_of(place, depth=1)[0]:
                if actor.country and actor.kind == "state":
                    if actor.country != home and self.foreign_in_play(token, home, exclude=actor):
                        return []
                    code = _cameo_prefix(actor.country)
                    return [replace(actor, code=code, sectors=[], name=None)]
        if self.foreign_in_play(token, home):
            return []
        source = sources[0]
        return [replace(source, code=_cameo_prefix(home), country=home, sectors=[], name=None, kind="state")]

    def retaliation_targets(self, token: Token, complement: Token, sources: list[Actor]) -> list[Actor]:
        """ "condemned the expulsion and threatened to retaliate": a threat of reprisal
        without a target is aimed at the target of the same source's latest earlier event
        in the sentence."""
        if sx.lemma(complement) not in REPRISAL_VERBS:
            return []
        index = self._sent_of.get(token.i)
        codes = {a.code for a in sources}
        for earlier in reversed(self.history):
            if earlier.token.i >= token.i:
                continue
            if self._sent_of.get(earlier.token.i) != index:
                break
            if {a.code for a in earlier.sources} & codes and earlier.targets:
                return [t for t in earlier.targets if t.code not in codes]
        return []

    def place_targets(self, token: Token, sources: list[Actor]) -> list[Actor]:
        """An attack or a show of force on a place from abroad ("shelled villages north of
        X", "moved troops toward the border"): the country of a place named in the object
        or the trigger's own phrase, else, for a place the lexicon does not know ("villages
        in the Y sector", "the border"), the one other country named in this sentence and
        the three before. Never the source's own country: that is a domestic attack, whose
        target the text must name."""
        home = {a.country for a in sources if a.country}
        if len(home) != 1 or any(not set(a.sectors) <= FOREIGN_ACTING_SECTORS for a in sources):
            return []
        phrase: list[Token] = []
        for obj in self.objective(token):
            phrase.extend(obj.subtree)
        for child in token.children:
            scene = sx.lemma(child) in CIRCUMSTANTIAL_PREPS - {"in", "at", "on"}
            if child.dep_ in ("prep", "advmod", "npadvmod") and not scene:
                phrase.extend(child.subtree)
        located = False
        for word in phrase:
            if not sx.is_noun(word):
                continue
            located = located or sx.lemma(word) in LOCATED_NOUNS | FRONTIER_NOUNS
            for actor in self.resolve(word):
                if (
                    actor.country and actor.kind == "state" and actor.country not in home
                    and set(actor.sectors) <= {"GOV"}
                ):
                    return [replace(actor, code=_cameo_prefix(actor.country), sectors=[], name=None)]
        if not located:
            return []
        index = self._sent_of.get(token.i)
        if index is None:
            return []
        # The nearest sentence (of this one and the six before) that names another
        # country must name just one.
        for sent_index in range(index, max(-1, index - 7), -1):
            others = {
                a.country: a for a in self.mentions(sent_index)
                if a.country and a.country not in home and a.kind == "state"
            }
            if len(others) > 1:
                return []
            if others:
                actor = next(iter(others.values()))
                return [replace(actor, code=_cameo_prefix(actor.country), sectors=[], name=None)]
        return []

    def place_country(self, token: Token) -> str | None:
        """The country of the first place where the action happens that names one."""
        for place in self.event_places(token, None):
            for actor in self.actors_of(place, depth=1)[0]:
                if actor.country and actor.kind == "state" and set(actor.sectors) <= {"GOV"}:
                    return actor.country
        return None

    def unnamed_crowd(self, token: Token) -> list[Actor]:
        """Civilians of the protest's country for a subject no actor resolves ("hundreds",
        "thousands of people", "crowds"); none when no place or sentence gives a country."""
        subjects = [s for s in sx.children(token, "nsubj") if s.text.lower() not in PRONOUNS]
        if not subjects or any(self.actors_of(s)[0] for s in subjects):
            return []
        country = self.place_country(token) or self.context_country(token)
        if country is None:
            return []
        subject = subjects[0]
        start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        return [Actor(
            text=text_of(self.doc)[start:end], start=start, end=end,
            code=_cameo_prefix(country) + "CVL", country=country, sectors=["CVL"], kind="group",
        )]

    def unattributed_author(self, token: Token) -> list[Actor]:
        """An attack whose author the text does not name ("a roadside bomb near Samarra
        killed ..."): unaligned armed forces (CAMEO UAF) of the country where it happened,
        as event data sets code unidentified attackers; none when no place says where."""
        holders = [token] + [s for s in sx.children(token, "nsubj", "nsubjpass") if self.candidates(s)]
        for holder in holders:
            for place in self.event_places(holder, None):
                for actor in self.actors_of(place, depth=1)[0]:
                    if actor.country and actor.kind == "state" and set(actor.sectors) <= {"GOV"}:
                        prefix = _cameo_prefix(actor.country)
                        return [replace(actor, code=prefix + "UAF", sectors=["UAF"], name=None, kind="group")]
        return []

    def event_places(self, token: Token, complement: Token | None) -> list[Token]:
        """Places named in the action's own phrase, its objects' and its complement's, with
        "in", "at", "into", "within", "across", "throughout", "near", "from", "to"
        ("blocked roads leading into X", "a jail in X", "a bridge from X to Y")."""
        found: list[Token] = []
        seen: set[int] = set()
        frontier = [(t, 0) for t in (token, complement, sx.position(token) if sx.is_noun(token) else None) if t is not None]
        while frontier:
            node, depth = frontier.pop(0)
            if node.i in seen or depth > 6:
                continue
            seen.add(node.i)
            for child in node.children:
                dep = child.dep_
                if dep == "prep" and sx.lemma(child) in PLACE_PREPS:
                    for pobj in sx.prep_objects(child):
                        found.append(pobj)
                        frontier.append((pobj, depth + 1))
                elif dep in ("dobj", "pobj", "prep", "conj", "compound", "poss", "appos"):
                    frontier.append((child, depth + 1))
                elif dep in ("acl", "xcomp", "advcl", "pcomp") and not sx.children(child, "nsubj", "nsubjpass", "mark"):
                    frontier.append((child, depth + 1))
        return found

    def foreign_in_play(self, token: Token, home: str, exclude: Actor | None = None) -> bool:
        """Whether the sentence names an actor of another country, or of no state (an
        international organisation), outside its reporting frame ("..., the Canadian Press
        said" or "according to X" only tells who says so)."""
        index = self._sent_of.get(token.i)
        if index is None:
            return True
        sent = self.sents[index]
        frame = self.frame_offsets(sent, token)
        for actor in self.mentions(index):
            if exclude is not None and (actor.start, actor.end) == (exclude.start, exclude.end):
                continue
            if any(start <= actor.start < end for start, end in frame):
                continue
            if actor.country and actor.country != home:
                return True
            if not actor.country and actor.code[:3].upper() in NON_STATE_PREFIXES:
                return True
        return False

    def frame_offsets(self, sent: SpacySpan, token: Token) -> list[tuple[int, int]]:
        """Character ranges of the sentence that only report: the subject of a verb of
        saying whose clause holds the trigger, and "according to" phrases."""
        ranges = []
        node = token
        for _ in range(10):
            if node.head.i == node.i:
                break
            head = node.head
            if sx.lemma(head) in self.lexicon.speech and sx.is_verb(head) and node.dep_ in ("ccomp", "parataxis", "advcl"):
                for subject in sx.children(head, "nsubj"):
                    ranges.append((subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)))
            node = head
        for word in sent:
            if word.lower_ == "according" and sx.children(word, "prep"):
                ranges.append((word.idx, word.right_edge.idx + len(word.right_edge)))
            if sx.lemma(word) in self.lexicon.speech and sx.is_verb(word) and word.dep_ in ("parataxis", "ccomp") and word.head.i != word.i:
                # "..., Benin police said": the speech verb hangs from the event's clause.
                for subject in sx.children(word, "nsubj"):
                    ranges.append((subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)))
        return ranges

    def topic_phrase(self, token: Token, entry: Entry) -> set[int]:
        """What an accusation, investigation or protest is about belongs to its trigger
        ("accused X of shelling Y" is one accusation, not also a shelling)."""
        found: set[int] = set()
        for child in token.children:
            if child.dep_ == "dobj" and entry.topic == "charge":
                for grand in child.children:
                    if grand.dep_ == "prep":
                        found |= {t.i for t in grand.subtree}
            elif child.dep_ in ("prep", "advcl", "xcomp") or (entry.topic == "charge" and child.dep_ == "ccomp"):
                if child.dep_ in ("advcl", "ccomp") and sx.children(child, "nsubj", "nsubjpass"):
                    continue
                found |= {i for i in sx.phrase(child) if i != token.i}
        return found

    def find_sources(self, token: Token, entry: Entry, code: str) -> tuple[list[Actor], str, Token | None]:
        """(source actors, how they were found, an event noun that named them)."""
        source_tokens, source_how = self.source_tokens(token)
        if source_how == "agentless" and entry.family in ("intend", "soft", "prepare"):
            # "is committed to", "is prepared to": a state, not a passive.
            source_tokens, source_how = sx.children(token, "nsubjpass"), "subject"
        sources, how = self.actors_of_all(source_tokens)
        if how == "pronoun":
            source_how = "pronoun"
        if sources:
            return self.pair_in_play(token, sources), source_how, None
        if source_how == "agentless" and (code[:2] in ("09", "17") or code[:3] == "116"):
            # "X was arrested in Lebanon": the state where it happened did it.
            for place in self.slot_tokens(token, "~in"):
                states = [a for a in self.actors_of(place)[0] if a.kind == "state" and a.country]
                if states:
                    return states, "inner", None
        if code[:2] in VIOLENT_ROOTS:
            # "US drone attacks have killed ...": the attack's own author.
            for subject in sx.children(token, "nsubj"):
                if self.candidates(subject):
                    authors, _ = self.actors_of_all(self.noun_source_tokens(subject)[0])
                    if authors:
                        return authors, "inner", subject
        return [], source_how, None

    def pair_in_play(self, token: Token, sources: list[Actor]) -> list[Actor]:
        """ "the two countries", "both governments": the resolver gives the two countries
        named nearest; when an earlier event of the article (six sentences back at most)
        had two countries meet, cooperate or act together, the pair phrase means those
        two ("Tokyo protested to Pyongyang" between a Japan-Korea summit and "the two
        countries plan to sign")."""
        if len(sources) != 2 or len({(a.start, a.end) for a in sources}) != 1:
            return sources
        countries = {a.country for a in sources}
        if len(countries) != 2 or None in countries:
            return sources
        index = self._sent_of.get(token.i, 0)
        for earlier in reversed(self.history):
            if earlier.token.i >= token.i:
                continue
            if self._sent_of.get(earlier.token.i, -1) < index - 6:
                break
            if earlier.code[:2] not in COOPERATIVE_ROOTS | {"02"}:
                continue
            pair = {a.country for a in earlier.sources + earlier.targets if a.country}
            if len(pair) != 2:
                continue
            if pair == countries:
                return sources
            kept = {a.country: a for a in sources}
            return [
                kept.get(c) or replace(sources[0], country=c, code=_cameo_prefix(c) + sources[0].code[3:], name=None)
                for c in sorted(pair, key=lambda c: (c not in kept, c))
            ]
        return sources

    def event_antecedent(self, token: Token) -> list[Actor]:
        """ "Russia condemned the expulsion": the author of the expulsion coded earlier (this
        sentence or the three before), when the object names an event without its author."""
        index = self._sent_of.get(token.i, 0)
        for obj in self.objective(token):
            if self.noun_source_tokens(obj)[0]:
                continue
            options = self.candidates(obj)
            triggers = EVENT_NOUN_TRIGGERS.get(sx.lemma(obj), set())
            if not options and not triggers:
                continue
            root = (options[0].entry.code or "")[:2] if options else None
            for earlier in reversed(self.history):
                if earlier.token.i >= token.i or not earlier.sources:
                    continue
                # A noun that names its action's own verb ("the expulsion" after "expelled")
                # reaches back through the article; a mere kinship of codes, three sentences.
                if sx.lemma(earlier.token) in triggers:
                    return list(earlier.sources)
                if self._sent_of.get(earlier.token.i, -1) < index - 3:
                    continue
                same_word = sx.lemma(earlier.token)[:4] == sx.lemma(obj)[:4]
                if same_word or earlier.code[:2] == root or (
                    root in VIOLENT_ROOTS and earlier.code[:2] in VIOLENT_ROOTS
                ):
                    return list(earlier.sources)
        return []

    def judges_event(self, token: Token) -> bool:
        """ "condemned the attack": a verb of judging whose object is an action, not an
        actor (an event noun with no actor named in its phrase)."""
        if sx.lemma(token) not in EVALUATIVE_VERBS:
            return False
        for obj in self.objective(token):
            if obj.dep_ == "nsubjpass" or self.actors_of(obj)[0]:
                continue
            if self.candidates(obj) or sx.lemma(obj) in EVENT_NOUN_TRIGGERS:
                return True
        return False

    def condition_subjects(self, token: Token, complement: Token | None) -> list[Token]:
        """A threat's target when no slot names one: who must meet its condition ("...
        unless Minsk met its terms")."""
        for holder in (complement, token):
            if holder is None:
                continue
            for clause in holder.children:
                if clause.dep_ == "advcl" and sx.has_mark(clause, ("if", "unless")):
                    subjects = [s for s in sx.children(clause, "nsubj") if self.actors_of(s)[0]]
                    if subjects:
                        return subjects
        return []

    def purpose_targets(self, token: Token, sources: list[Actor] = ()) -> list[Token]:
        """A protest's target from what it demands ("... to demand that X step down",
        "calling for independence from Y")."""
        anchor = sx.position(token) if sx.is_noun(token) else token
        holders = [token, anchor] + ([anchor.head] if anchor.dep_ in ("dobj", "pobj") else [])
        for holder in holders:
            for clause in holder.children:
                if clause.dep_ not in ("advcl", "xcomp", "acl") or not sx.is_verb(clause):
                    continue
                for candidate in self.candidates(clause):
                    found = self._targets_tokens(clause, candidate.entry, sources)
                    if not found and candidate.entry.family:
                        inner = self.complement(clause, candidate.entry)
                        if inner is not None:
                            code, inner_candidate, where = self.action_of(inner)
                            if inner_candidate is not None:
                                found = self._targets_tokens(where, inner_candidate.entry, sources)
                    if found:
                        return found
                through = frozenset({"pcomp", "xcomp"})
                found = list(sx.subtree_preps(clause, "from", through=through)) + list(
                    sx.subtree_preps(clause, "of", through=through))
                source_codes = {a.code for a in sources}
                found = [t for t in found if any(a.code not in source_codes for a in self.actors_of(t)[0])]
                if found:
                    return found[:1]
        return []

    def _each(self, token: Token) -> bool:
        """ "X and Y each did": "each" on the verb or on its subject."""
        holders = [token] + sx.children(token, "nsubj")
        return any(
            c.lower_ == "each" and c.dep_ in ("appos", "advmod", "det", "npadvmod", "dep", "nsubj")
            for h in holders for c in h.children
        )

    def _agentless_subject(self, token: Token) -> bool:
        for subject in sx.clause_subject(token)[0]:
            if sx.lemma(subject) in AGENTLESS_SUBJECTS or sx.forms(subject) & AGENTLESS_SUBJECTS:
                return True
        return False

    def _targets_tokens(self, token: Token, entry: Entry, sources: list[Actor] = ()) -> list[Token]:
        """The tokens of the first slot that names an actor other than the source ("launched
        an investigation into X": the investigation's author is the source, so the next
        slot, "into", names the target)."""
        source_codes = {a.code for a in sources}
        for slot in entry.targets:
            if slot == "-":
                continue
            found = self.slot_tokens(token, slot)
            found = [
                t for t in found
                if any(a.code not in source_codes for a in self.actors_of(t)[0])
            ]
            if found:
                return found
        return []

    def apply_family(self, entry: Entry, action: str | None, complement: Token, inner: Candidate | None):
        """(code, negated, modality, targets override) for a family entry and its
        complement's action; None to keep the entry's own code."""
        family = entry.family
        if action is None:
            if family in ("soft", "prepare"):
                return None
            return (entry.code, False, None, None)
        root = action[:2]
        cooperative = root in COOPERATIVE_ROOTS
        verbal_complement = sx.is_verb(complement)
        if family in ADDRESSEE_FAMILIES:
            # "urged the EC to support the PLO": rallying support for a third party (053);
            # "called on Arabs to unite against X": rallying opposition against it (113).
            if inner is not None and family == "appeal" and verbal_complement and root in ("05", "11"):
                own_targets = self._targets_tokens(complement, inner.entry)
                head = complement.head
                excluded = {a.code for a in self.actors_of_all(self.addressee(head))[0]}
                excluded |= {a.code for a in self.actors_of_all(self.source_tokens(head)[0])[0]}
                third_party = [
                    t for t in own_targets
                    if any(a.code not in excluded for a in self.actors_of(t)[0])
                ]
                if third_party:
                    return ("053" if root == "05" else "113", False, None, third_party)
            return (self.lexicon.family_code(family, action), False, None, None)
        if family in ("intend", "yield"):
            if family == "yield" and root == "08":
                return (action, False, None, None)
            if cooperative:
                return (self.lexicon.family_code("intend", action), False, None, None)
            if root in ("01", "02", "09"):
                return (entry.code if root != "09" else action, False, "intended" if root == "09" else None, None)
            return (self.lexicon.family_code("threaten", action), False, None, None)
        if family == "soft":
            if cooperative:
                return (self.lexicon.family_code("intend", action), False, "intended", None)
            return (action, False, "intended", None)
        if family == "prepare":
            if cooperative:
                return (self.lexicon.family_code("intend", action), False, "intended", None)
            if root in VIOLENT_ROOTS:
                return ("150", False, None, None)
            return (action, False, "intended", None)
        if family == "reject":
            if cooperative or not verbal_complement:
                return (self.lexicon.family_code("reject", action), False, None, None)
            return (action, True, None, None)
        if family == "threaten":
            if cooperative or root in ("01", "02"):
                return ("130", False, None, None)
            return (self.lexicon.family_code("threaten", action), False, None, None)
        return None

    def intended_code(self, code: str, token: Token, sources: list[Actor], negated: bool) -> str:
        root = code[:2]
        if root in COOPERATIVE_ROOTS and not code.startswith("03"):
            family = "reject" if negated else "intend"
            return self.lexicon.family_code(family, code)
        if root in COOPERATIVE_ROOTS:
            return code
        if root >= "10" and not root.startswith("12"):
            speech = self.speech_head(token)
            if speech is not None and sources:
                speaker_tokens, _ = self.source_tokens(speech)
                speakers, _ = self.actors_of_all(speaker_tokens)
                if any(_same_mention(a, b) or a.code == b.code or (a.start, a.end) == (b.start, b.end)
                       for a in speakers for b in sources):
                    return self.lexicon.family_code("threaten", code)
        return code


_BLAME_ENTRY = Entry(
    code="112", pos="a", lemmas=frozenset({"responsible"}), conditions=(), bare=frozenset(),
    targets=("comp",), topic="charge", line=0,
)
BLAME_WORDS = {"responsible", "culpable", "guilty", "accountable", "blame", "culprit", "perpetrator"}

_DISMISSAL_ENTRY = Entry(
    code="120", pos="a", lemmas=frozenset({"question"}), conditions=(), bare=frozenset(),
    targets=("-",), family="reject", line=0,
)
# "out of the question", "off the table", "not an option", "not on the table".
DISMISSAL_NOUNS = {"question": "out", "table": "off", "agenda": "off"}


def _dismissal_predicate(copula: Token) -> Token | None:
    """The noun of a copula's predicate that dismisses its subject, or None."""
    for child in copula.children:
        if child.dep_ == "prep" and sx.lemma(child) in ("out", "off"):
            for pobj in sx.prep_objects(child):
                if DISMISSAL_NOUNS.get(sx.lemma(pobj)) == sx.lemma(child):
                    return pobj
        if sx.negated(copula):
            if child.dep_ == "attr" and sx.lemma(child) in ("option", "possibility"):
                return child
            if child.dep_ == "prep" and sx.lemma(child) == "on":
                for pobj in sx.prep_objects(child):
                    if sx.lemma(pobj) in ("table", "agenda"):
                        return pobj
    return None


_OBLIGATION_ENTRY = Entry(
    code="100", pos="v", lemmas=frozenset({"must"}), conditions=(), bare=frozenset(),
    targets=("comp",), family="demand", line=0,
)


def _reported_clause(clause: Token) -> bool:
    """A that-clause with its own subject and an indicative verb ("insisted the unrest
    reflected ..."): a statement of fact, not what is demanded ("demanded that X leave",
    "insisted X should leave")."""
    if clause.dep_ not in ("ccomp", "parataxis") or sx.has_aux_to(clause):
        return False
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(sx.lemma(a) in OBLIGATION_AUX for a in aux):
        return False
    # A plural present ("demanded that its partners refuse") reads as a subjunctive.
    tags = {clause.tag_} | {a.tag_ for a in aux}
    if tags & {"VBD", "MD"}:
        return True
    return "VBZ" in tags and bool(sx.children(clause, "nsubj", "nsubjpass", "expl"))


def _cameo_prefix(country: str) -> str:
    """The CAMEO country code that starts an actor code for an ISO alpha-3 country."""
    return cameo_country(country) or country


def _prefix_piece(token: Token) -> bool:
    """A piece of a hyphenated verb the tokenizer split ("re" and "-" of "re-open"), which
    the parser may hang from the clause as verbs of their own."""
    if not any(ch.isalpha() for ch in token.text):
        return True
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and token.lower_ in HYPHEN_PREFIXES


def _generic(actor: Actor) -> bool:
    """A role word with no country and no organisation ("troops", "civilians")."""
    return not actor.country and actor.code[:3].upper() not in NON_STATE_PREFIXES and (
        actor.code == "".join(actor.sectors)
    )


def _any(values: frozenset[str], forms: set[str]) -> bool:
    if "*" in values:
        return bool(forms)
    return not values.isdisjoint(forms)


def _depth(token: Token) -> int:
    depth = 0
    node = token
    while node.head.i != node.i and depth < 50:
        node = node.head
        depth += 1
    return depth


def _same_mention(a: Actor, b: Actor) -> bool:
    return a.code == b.code and a.start == b.start and a.end == b.end


def _fits(pronoun: str, actor: Actor) -> bool:
    if pronoun in PERSONAL_PRONOUNS:
        return actor.kind == "person"
    if pronoun in THING_PRONOUNS:
        return actor.kind in ("state", "organization", "group")
    return True


def _adjacent(a: Actor, b: Actor, text: str) -> bool:
    if a is b:
        return True
    first, second = (a, b) if a.start < b.start else (b, a)
    between = text[first.end:second.start].strip().lower()
    return between in ("and", ",", ", and", "or")
