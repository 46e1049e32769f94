"""The actor a pronoun stands for, by the event coder's own rules before the document's
coreference layer: the speaker of reported speech, a possessive's own clause subject, not the
critic in "criticized his remarks", not the subject of the clause an object pronoun is in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventdesk.actors.coref import fits
from eventdesk.events import actor_phrases, arguments
from eventdesk.events import clause_subjects as cs
from eventdesk.events import syntax as sx
from eventdesk.events.sides import same_mention, same_side
from eventdesk.events.words import words
from eventdesk.lang import FIRST_PERSON, OBJECT_PRONOUNS, PRONOUNS
from eventdesk.model import Actor
from eventdesk.nlp import children_of

if TYPE_CHECKING:
    from eventdesk.events.coder import DocumentCoder


# Codes of criticism and rejection: the possessor in their object is someone else's.
JUDGING_ROOTS = ("11", "12")
# The prepositions that name what is judged: "took issue with", "lashed out at", "slammed
# him over", "hit back against".
JUDGED_PREPS = ("with", "at", "against", "about", "over", "on", "of", "for")


def antecedent(ctx: DocumentCoder, pronoun: Token) -> list[Actor]:
    """The actor a pronoun stands for. Two rules of the event coder come first: the
    speaker when the pronoun is the subject of reported speech ("Hungary said it will
    ..."), and a possessive's own clause subject ("Pakistan urged its citizens"); else
    the document's coreference layer (eventdesk.actors.coref): the nearest fitting
    earlier mention within the look-back."""
    low = pronoun.text.lower()
    verb = pronoun.head
    if pronoun.dep_ in ("nsubj", "nsubjpass", "poss"):
        clause = verb if pronoun.dep_ != "poss" else None
        node = clause
        while node is not None and node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
            node = node.head
        if node is not None and node.dep_ in ("ccomp", "advcl") and sx.lemma(node.head) in ctx.lexicon.speech:
            speaker_tokens = arguments.source_tokens(ctx, node.head)[0]
            speakers = [t for t in speaker_tokens if t.text.lower() not in PRONOUNS]
            if speakers:
                actors, _ = actor_phrases.actors_of_all(ctx, speakers)
                fitting = [a for a in actors if fits(low, a)]
                if fitting:
                    return fitting
        if low in FIRST_PERSON:
            return []
    judge = _judging_verb(ctx, pronoun) if pronoun.dep_ == "poss" else None
    if judge is not None:
        # "Warren criticized his remarks": not the critic's own remarks.
        critics, _ = actor_phrases.actors_of_all(ctx, cs.clause_subject(judge)[0])
        return ctx.actors.pronoun_antecedent(
            pronoun, exclude=lambda a: any(same_side(a, [c]) or a.name and a.name == c.name for c in critics))
    if pronoun.dep_ == "poss" or (pronoun.dep_ == "nsubj" and verb.dep_ == "relcl"):
        # "Pakistan urged its citizens"; "the group released workers it had held".
        bound = clause_subject_of(ctx, pronoun if pronoun.dep_ == "poss" else verb)
        if bound:
            return bound
    patient = _agent_patient(pronoun)
    if patient is not None:
        # "fishermen seized by its coast guard": the agent's "its" is not the patient's own
        # modifiers ("ten Vietnamese fishermen"), who are on the other side of the act.
        low_edge, high_edge = patient.left_edge.idx, patient.idx
        return ctx.actors.pronoun_antecedent(pronoun, exclude=lambda a: low_edge <= a.start and a.end <= high_edge)
    subjects = _own_clause_subjects(ctx, pronoun)
    if subjects:
        # "She applauded him": an object pronoun is not its own clause's subject, which
        # would be "herself".
        return ctx.actors.pronoun_antecedent(
            pronoun, exclude=lambda a: any(same_mention(a, s) or a.name and a.name == s.name for s in subjects))
    return ctx.actors.pronoun_antecedent(pronoun)


def _agent_patient(pronoun: Token) -> Token | None:
    """The noun a passive participle modifies when the possessive `pronoun` is in that
    participle's "by" agent ("ten Vietnamese fishermen seized by its coast guard": "fishermen");
    else None."""
    if pronoun.dep_ != "poss" or pronoun.head.dep_ != "pobj":
        return None
    agent = pronoun.head.head
    verb = agent.head
    if agent.dep_ != "agent" or verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.i >= verb.i:
        return None
    return verb.head


def _judging_verb(ctx: DocumentCoder, pronoun: Token) -> Token | None:
    """The verb of criticism or rejection (CAMEO roots JUDGING_ROOTS) whose object phrase
    holds the possessive `pronoun` ("denounced his plan", "took issue with her remarks",
    "a speech denouncing his policies"), unless the phrase says "own" or the verb is one
    of regret (words: rueing_verb, "lamented their luck"); else None."""
    noun = pronoun.head
    if any(c.lower_ == "own" for c in children_of(noun)):
        return None
    node, steps = noun, 0
    while node.dep_ in ("pobj", "prep", "dobj", "conj") and node.head.i != node.i and steps < 4:
        if node.dep_ == "prep" and sx.lemma(node) not in JUDGED_PREPS:
            return None  # "broke rules, from his proposal to ...": not what is judged
        node, steps = node.head, steps + 1
        if sx.is_verb(node):
            break
    if node is noun or sx.lemma(noun) in words("body_noun") or not sx.is_verb(node) or node.i == pronoun.i or sx.lemma(node) in words("rueing_verb"):
        return None
    from eventdesk.events import match

    if any(c.entry.code[:2] in JUDGING_ROOTS for c in match.candidates(ctx, node)):
        return node
    return None


def _own_clause_subjects(ctx: DocumentCoder, pronoun: Token) -> list[Actor]:
    """The actors of the subject of the verb whose object a non-reflexive personal pronoun
    is ("him" in "she applauded him", "them" in "he gave them"), or in a phrase on whose
    object it stands ("her" in "he lobbed attacks on her"); [] for any other pronoun."""
    in_object = pronoun.dep_ == "pobj" and pronoun.head.head.dep_ == "dobj"
    if pronoun.lower_ not in OBJECT_PRONOUNS or not in_object and pronoun.dep_ not in ("dobj", "iobj", "dative"):
        return []
    verb = pronoun.head.head.head if in_object else pronoun.head
    subjects = sx.children(verb, "nsubj")
    if not subjects or subjects[0].i == pronoun.i:
        return []
    return actor_phrases.actors_of(ctx, subjects[0])[0]


def clause_subject_of(ctx: DocumentCoder, pronoun: Token) -> list[Actor]:
    """A possessive pronoun in a clause's object stands for the clause's own subject
    when it fits ("Pakistan urged its citizens", "Syria will withdraw its troops"); so
    does the subject of a relative clause on that object ("the group released workers
    it had held"; `pronoun` is then the relative clause's verb)."""
    if pronoun.dep_ == "relcl":
        subject = [c for c in children_of(pronoun) if c.dep_ == "nsubj"]
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
        fits(low, a) for obj in sx.children(node, "dobj") for a in ctx.actors.resolve(obj)
    ):
        # "thanked the Emirates for its mediation": the object's, not the subject's.
        return []
    subjects, _ = cs.clause_subject(node)
    # Not the subject that holds the pronoun itself ("their countries should ...").
    subjects = [
        s for s in subjects
        if s.text.lower() not in PRONOUNS and not (s.left_edge.i <= pronoun.i <= s.right_edge.i)
    ]
    if not subjects:
        return []
    actors, _ = actor_phrases.actors_of_all(ctx, subjects)
    return [a for a in actors if fits(low, a)]
