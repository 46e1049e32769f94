"""The judgments stage: a statement whose content judges an actor with no verb of criticism
or praise is an event at its verb of saying — "'He is a disaster,' X said" (111), "X said Y
lied" (112), "X said Y would be a terrific running mate" (051) — with the speaker as source
and the judged actor as target (events/judgments.py finds the judgment).

It runs after the statements stage and reads what the earlier stages put on the Doc: the
statements (speaker, cue, content, hedges), the events (a judgment the events stage coded
already is not coded again) and the actor layer (the judged actor, pronouns through the one
coreference layer). At most one judgment per statement; a plain "said" with neutral content
is no event.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventdesk.events import actor_phrases, figurative, sides, subordinate
from eventdesk.events import syntax as sx
from eventdesk.events.actor_layer import CodedActors
from eventdesk.events.actor_phrases import actors_of_all
from eventdesk.events.agreement import agreed_with_speakers
from eventdesk.events.coder import DocumentCoder
from eventdesk.events.evidence import Evidence, placement
from eventdesk.events.judgments import (CODES, CONDITION_MARKS, Judgment, hedged, judgment_lexicon, judgments_in,
                                        own_country)
from eventdesk.events.words import words
from eventdesk.lang import FIRST_PERSON
from eventdesk.model import Actor, Event, Span, Statement
from eventdesk.nlp import register_extensions

# Roots of the events a judgment would repeat: disapprove, praise or endorse, reject.
JUDGMENT_ROOTS = frozenset({"11", "05", "12"})
# The judged words that name no third party: the speaker's side, the one addressed, a thing.
UNJUDGED = FIRST_PERSON | {"you", "your", "yourself", "yourselves", "it", "this", "that", "its", "what", "who"}
THIRD_PERSON_SUBJECTS = frozenset({"he", "she", "they", "him", "her", "them"})
# Subjects that point at a thing or deed: judged through "said of Y" only.
DEICTIC_SUBJECTS = frozenset({"it", "this", "that"})
# In reported speech, the subject pronouns that stand for the speaker ("X said he thought ...").
SPEAKER_PRONOUNS = frozenset({"he", "she"})


class JudgmentStage:
    def __init__(self) -> None:
        from eventdesk.events.lexicon import load_lexicon
        from eventdesk.ontology import load_ontology

        self.lexicon = load_lexicon()
        self.ontology = load_ontology()
        self.judgments = judgment_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        statements = doc._.statements or []
        if not statements:
            return doc
        sents = doc._.content_sents if doc._.content_sents is not None else list(doc.sents)
        ctx = DocumentCoder(self.lexicon, self.ontology, CodedActors.of(doc), doc, list(sents))
        events = list(doc._.events or [])
        added = []
        for statement in statements:
            if statement.negated:
                continue  # what a speaker did not say ("declined to say whether ...") judges nobody
            added.extend(self.judge(ctx, statement, events + added))
        agreed_with_speakers(ctx, statements, events)
        if added:
            events = sorted(events + added, key=lambda e: (e.trigger.start, e.trigger.end))
            for number, event in enumerate(events, start=1):
                event.id = f"e{number}"
            doc._.events = events
        return doc

    def judge(self, ctx: DocumentCoder, statement: Statement, events: list[Event]) -> list[Event]:
        """The events of the statement's judgment: one per judged actor, none when its
        content judges nobody or an event already codes the judgment."""
        doc = ctx.doc
        cue = _token(doc, statement.cue.start, statement.cue.end)
        content = doc.char_span(statement.content.start, statement.content.end, alignment_mode="expand")
        if cue is None or content is None or statement.speaker is None or not self._plain_saying(cue):
            return []
        if any(_overlaps(e.trigger, statement.cue) for e in events):
            return []  # the events stage coded this verb already
        main = subordinate.wording_of(cue)
        if main is not None and any(e.trigger.start <= main.idx < e.trigger.end for e in events):
            return []  # "attacked X, calling him Y": the wording of a coded act
        speakers = ctx.actors.nationals([statement.speaker], cue)
        if not speakers:
            return []
        attribution = _attribution(cue)
        inside = {t.i for t in content} - attribution
        first = min(ctx.sent_of.get(content[0].i, 0), ctx.sent_of.get(cue.i, 0))
        said = [t for t in content if t.i not in attribution]
        for judgment in judgments_in(said, self.judgments):
            if (figurative.question(judgment.clause) or sx.has_mark(judgment.clause, CONDITION_MARKS)
                    or self._reported_within(judgment, inside, statement.type != "direct")):
                continue  # a question, a condition ("if indeed Y is not legitimate, ..."), a report
            targets = self._judged(ctx, cue, judgment, speakers[0], first, statement.type == "direct")
            if not targets:
                continue
            code = CODES[judgment.name]
            sources, targets = actor_phrases.with_countries(ctx, cue, speakers, targets, code)
            if _coded_already(events, statement, ctx.sent_of.get(cue.i), sources[0], targets):
                return []
            modality = "hypothetical" if hedged(judgment.clause) or _hedge_in(statement, judgment.clause) else "asserted"
            return [self._event(ctx, cue, statement, code, sources[0], target, modality) for target in targets]
        return []

    def _plain_saying(self, cue: Token) -> bool:
        """A verb of saying that is no judgment of its own ("said", "told", "wrote", and the
        words.tsv saying_verb "tweeted", "joked", "replied"; not "criticized", "praised",
        "accused"), neither negated nor a denial or a wish."""
        lemma = sx.lemma(cue)
        if cue.text == ":":
            return True  # a headline's colon is its "said" ("Lee: the plan is a disaster")
        if lemma not in self.lexicon.speech and lemma not in words("saying_verb"):
            return False
        if any(entry.code[:2] in JUDGMENT_ROOTS and _judges_by_itself(entry) for entry in self.lexicon.lookup("v", lemma)):
            # "criticized", "praised", "accused": the events stage codes the verb itself; not
            # "tweeted", a judgment only with its object ("tweeted her support")
            return False
        if lemma in words("denial_verb") or lemma in words("wish_verb"):
            return False
        return not sx.negated(cue)

    def _reported_within(self, judgment: Judgment, inside: set[int], indirect: bool = False) -> bool:
        """Whether the content reports someone else's judgment rather than making one:
        "X said Republicans think Trump is a liar", "... convincing voters that Trump is a
        liar" (a verb of saying, or a verb with an object and the clause, on the way up
        whose subject is not the speaker's "I" or "we" — in reported speech (`indirect`) the
        speaker's "he" or "she": "X told reporters he thought Y had lied" is X's own
        judgment); a clause complementing a noun ("the claim that Y lied"); a restrictive
        relative clause, which picks out a kind of people."""
        node = judgment.clause
        if node.dep_ == "relcl" and not _after_comma(node):
            return True  # "people who made dangerous decisions": a kind of people, no one judged
        for _ in range(8):
            head = node.head
            if head.i == node.i or head.i not in inside:
                return False
            if node.dep_ == "acl" and sx.is_noun(head):
                return True  # "the claim that Y lied", "on the basis that Y will be better"
            reported = node.dep_ in ("ccomp", "xcomp") or (node.dep_ == "advcl" and sx.has_mark(node, ("that",)))
            if reported and sx.is_verb(head) and (
                    sx.lemma(head) in self.lexicon.speech or sx.children(head, "dobj")):
                subjects = sx.children(head, "nsubj")
                # "Trump knows he did a great job", said Gingrich: the judged one's own
                # knowledge, which the speaker reports as fact
                judged = judgment.judged[0].lower_ if judgment.judged else None
                own = FIRST_PERSON | {judged} | (SPEAKER_PRONOUNS if indirect else set())
                if not subjects or subjects[0].lower_ not in own:
                    return True
            node = head
        return False

    def _judged(self, ctx: DocumentCoder, cue: Token, judgment: Judgment, speaker: Actor, first: int,
                quoted: bool = False) -> list[Actor]:
        """The actors the judgment is about: not the speaker's own side, not the one
        addressed, not a thing; "he" in "X said of Y: 'He is ...'" is Y, another pronoun
        the actor it stands for when named in the statement's sentences or the one before
        them (`first`: the statement's first sentence); "it", "this" or "that" is what "said
        of" names ("'It is a disgrace,' X said of Y's veto": Y). In a quotation (`quoted`) "he",
        "she" or "they" is never the speaker, who would say "I": the nearest other
        mention that fits ("'She is a liar,' Trump said" after Clinton was named)."""
        tokens = judgment.judged
        if all(t.lower_ in THIRD_PERSON_SUBJECTS | DEICTIC_SUBJECTS for t in tokens):
            # "he" or "it" in "X said of Y('s veto): 'It is a disgrace'": the one the speaker spoke of
            named = [o for p in sx.preps(cue) if sx.lemma(p) == "of" for o in sx.children(p, "pobj")]
            tokens = named or tokens
        if any(t.lower_ in UNJUDGED for t in tokens):
            return []
        actors, how = actors_of_all(ctx, tokens)
        if how == "pronoun" and quoted and any(_self(a, speaker) for a in actors):
            actors = [a for t in tokens if t.lower_ in THIRD_PERSON_SUBJECTS
                      for a in ctx.actors.pronoun_antecedent(t, exclude=lambda a: _self(a, speaker))]
        if not self.judgments.names_judged(tokens, how):
            return []
        if how == "pronoun":
            actors = [a for a in actors if _near(ctx, a, first)]
        return [a for a in actors if not _self(a, speaker) and not own_country(a, speaker)]

    def _event(self, ctx: DocumentCoder, cue: Token, statement: Statement, code: str, source: Actor,
               target: Actor, modality: str) -> Event:
        cameo = self.ontology.cameo(code)
        plover = self.ontology.plover(code)
        trigger = statement.cue
        return Event(
            id="", sentence=ctx.sent_of.get(cue.i, statement.sentence), source=source, target=target,
            trigger=Span(text=trigger.text, start=trigger.start, end=trigger.end),
            cameo=code, root=cameo.root, quad_class=cameo.quad_class, goldstein=cameo.goldstein,
            plover=plover.type if plover else None, plover_mode=plover.mode if plover else None,
            modality=modality, statement=statement.id,
            evidence=Evidence(origin="judgment", source_how="speaker", target_how="judged",
                              **placement(cue, self.lexicon.speech)),
        )


def _judges_by_itself(entry) -> bool:
    """Whether a lexicon entry makes its verb a judgment whatever its words: no condition
    but "any object" ("praise", "accuse"), not "tweeted" + "support"."""
    return not entry.bare and all(values == {"*"} for _, values in entry.conditions)


def _attribution(cue: Token) -> set[int]:
    """The tokens of the words that attribute the statement: the cue, its subject and its
    modifiers ("Mr. Trump said by telephone on Friday"), which a quotation of several
    sentences encloses (“'It's nonsense,' Y said. 'She lies ...'”) and which judge no one."""
    found = {cue.i}
    for child in cue.children:
        if child.dep_ in ("nsubj", "prep", "agent", "npadvmod", "advmod", "dative", "aux", "neg"):
            found.update(t.i for t in child.subtree)
    return found


def _token(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _overlaps(a: Span, b) -> bool:
    return a.start < b.end and b.start < a.end


def _coded_already(events: list[Event], statement: Statement, sentence: int | None, source: Actor,
                   targets: list[Actor]) -> bool:
    """An event of the judgment roots between the same pair inside the content ("X said Y
    was unfit", coded by the events stage) or in the cue's sentence ("X attacked Y,
    saying she is unfit"): the judgment is counted once."""
    content = statement.content
    codes = {t.code for t in targets}
    for event in events:
        inside = content.start <= event.trigger.start < content.end
        if event.root not in JUDGMENT_ROOTS or not (inside or event.sentence == sentence):
            continue
        if event.source is not None and event.source.code == source.code and (
                event.target is None or event.target.code in codes):
            return True
    return False


def _self(actor: Actor, speaker: Actor) -> bool:
    """The speaker judged: the same actor (sides.same_side), the same words, or the
    same person named again ("Sen. Bernie Sanders" ... "Sanders")."""
    if sides.same_side(actor, [speaker]) or actor.text == speaker.text:
        return True
    if actor.kind == "person" and speaker.kind == "person" and actor.name and speaker.name:
        return actor.name.split()[-1].lower() == speaker.name.split()[-1].lower()
    return False


def _near(ctx: DocumentCoder, actor: Actor, first: int) -> bool:
    """Whether a pronoun's antecedent is named in the statement's sentences or the one
    before them: a quotation's "he" further from any name is too often someone else."""
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and ctx.sent_of.get(span.root.i, -1) >= first - 1


def _after_comma(relative_clause: Token) -> bool:
    """Whether a relative clause is set off by a comma ("Trump, who lied, ..."): it says
    something of one named, not which ones are meant."""
    start = relative_clause.left_edge.i
    return start > 0 and relative_clause.doc[start - 1].text == ","


def _hedge_in(statement: Statement, clause: Token) -> bool:
    start = clause.left_edge.idx
    end = clause.right_edge.idx + len(clause.right_edge.text)
    return any(start <= h.start and h.end <= end for h in statement.hedges)


@Language.factory(
    "eventdesk_judgments",
    assigns=["doc._.events"],
    requires=["doc._.content_sents", "doc._.actor_layer", "doc._.events", "doc._.statements"],
)
def make_judgments(nlp: Language, name: str) -> JudgmentStage:
    register_extensions("published", "boilerplate", "content_sents", "actor_layer", "events", "statements")
    return JudgmentStage()
