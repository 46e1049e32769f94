"""Finding reporting cues ("said", "according to", "cast doubt") on the dependency parse, and
telling when one reports nothing said: negated, or under "declined to", "wants to", "is
expected to". The cue words and their frames are in data/cues.tsv.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventdesk.statements.context import ArticleContext
from eventdesk.statements.lexicon import CueEntry, noun_cues, words_with_role
from eventdesk.nlp import children_of



def find_cues(ctx: ArticleContext) -> list[tuple[list[Token], CueEntry]]:
    found = []
    for sent in ctx.sents:
        for token in sent:
            match = cue_of(ctx, token)
            if match is not None and not ctx.in_quote(token) and not blocked(token, match[1]) and not describes(token):
                found.append(match)
    return found


def describes(token: Token) -> bool:
    """ "banners that read 'Bread, not bullets'": the words a thing bears, in a relative
    clause on it, describe the thing (word_roles.tsv, inscription); "the banner read, '...'"
    reports them."""
    return token.dep_ == "relcl" and token.lemma_.lower() in words_with_role("inscription")


def cue_of(ctx: ArticleContext, token: Token) -> tuple[list[Token], CueEntry] | None:
    lemma = token.lemma_.lower()
    lower = token.lower_
    if lower == "according" and token.i + 1 < len(ctx.doc) and ctx.doc[token.i + 1].lower_ == "to":
        for entry in ctx.lexicon.phrase_cues.get("according", ()):
            return [token, ctx.doc[token.i + 1]], entry
    verb = token.pos_ == "VERB" or (token.tag_.startswith("VB") and token.pos_ != "AUX")
    # The tagger sometimes takes "predicts", "claims" or "plans" for a plural noun; the
    # parse still gives it a subject and a clause or an infinitive.
    deps = {c.dep_ for c in children_of(token)} if token.pos_ == "NOUN" else set()
    if not verb and not ("nsubj" in deps and deps & {"ccomp", "xcomp"}):
        return None
    if token.dep_ in ("amod", "compound"):
        return None
    for entry in ctx.lexicon.phrase_cues.get(lemma, ()):
        if len(entry.lemmas) == 3:
            found = _particle_phrase(token, entry)
            if found is not None:
                return found, entry
            continue
        second = entry.lemmas[1]
        for child in children_of(token):
            # The second word follows the verb: "In a tense week, voters believe ..." is no "believe in".
            if child.lemma_.lower() == second and child.i > token.i and child.dep_ in ("dobj", "prt", "advmod", "prep", "ccomp", "oprd", "acomp"):
                # "called out the senator for ...", "pointing voters to ...": the
                # preposition belongs to an object, it makes no phrase with the verb.
                if child.dep_ == "prep" and any(c.dep_ in ("dobj", "prt") and c.i < child.i for c in children_of(token)):
                    continue
                # "called on Thursday for calm" is not "called on X to ...".
                if any(o.ent_type_ in ("DATE", "TIME") for o in children_of(child) if o.dep_ == "pobj"):
                    continue
                return [token, child], entry
            # "called for the minister to resign": the parser makes the preposition the
            # mark of the infinitive clause that follows it.
            if child.dep_ in ("advcl", "ccomp", "xcomp") and child.i > token.i:
                mark = next((m for m in children_of(child) if m.dep_ == "mark" and m.lower_ == second), None)
                if mark is not None and mark.i == token.i + 1:
                    return [token, mark], entry
    entry = ctx.lexicon.cues.get(lemma) or _cue_by_form(ctx, lower)
    if entry is None:
        return None
    return [token], entry


def _particle_phrase(token: Token, entry: CueEntry) -> list[Token] | None:
    """ "lashed out at the mayor", "spoke out against the war", "pushed back on the claim": the
    verb, its particle and the preposition whose object is what is spoken of, in that order,
    with no object between and no time for the object ("spoke out on Monday")."""
    kids = children_of(token)
    particle = next((c for c in kids if c.dep_ in ("prt", "advmod") and c.lower_ == entry.lemmas[1] and c.i > token.i), None)
    if particle is None or any(c.dep_ == "dobj" and c.i < particle.i for c in kids):
        return None
    prep = next((c for c in kids + children_of(particle) if c.dep_ == "prep" and c.lower_ == entry.lemmas[2]
                 and particle.i < c.i <= particle.i + 2), None)
    if prep is None:
        return None
    objects = [o for o in children_of(prep) if o.dep_ in ("pobj", "pcomp")]
    if not objects or any(o.ent_type_ in ("DATE", "TIME") for o in objects):
        return None
    return [token, particle, prep]


def _cue_by_form(ctx: ArticleContext, lower: str) -> CueEntry | None:
    """The cue of a verb form whose lemma the tagger got wrong ("hopes" read as a form of
    "hop"): the form without its ending -s, -d, -ed or -ing."""
    stems = []
    if len(lower) > 4:
        if lower.endswith(("s", "d")):
            stems.append(lower[:-1])  # hopes, hoped
        if lower.endswith("ed"):
            stems.append(lower[:-2])  # wanted
        if lower.endswith("ing"):
            stems += [lower[:-3] + "e", lower[:-3]]  # hoping, wanting
    # Only a real ending comes off: "began" is no form of "beg".
    for stem in stems:
        entry = ctx.lexicon.cues.get(stem)
        if entry is not None and len(entry.lemmas) == 1:
            return entry
    return None


def blocked(token: Token, entry: CueEntry) -> bool:
    """A negated cue, or one under "declined to" or "want to", reports nothing."""
    head = token.head
    if token.dep_ not in ("xcomp", "ccomp", "advcl") or head.i == token.i:
        return False
    if token.dep_ != "xcomp" and not any(c.lower_ == "to" and c.dep_ == "aux" for c in children_of(token)):
        return False
    blocking = words_with_role("blocking")
    return head.lemma_.lower() in blocking or head.lower_ in blocking


def has_active_subject(token: Token) -> bool:
    return any(c.dep_ == "nsubj" for c in children_of(token))


def has_own_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(token))


def passive(cue: Token) -> bool:
    """ "It was announced that ...": reported speech with its speaker left out. A passive
    with a real subject ("the regulator had been warned") names the listener instead."""
    subjects = [c for c in children_of(cue) if c.dep_ in ("nsubjpass", "expl")]
    return any(c.dep_ == "auxpass" for c in children_of(cue)) and all(c.lower_ == "it" for c in subjects)


def entry_for_subject(cue: Token, entry: CueEntry) -> CueEntry:
    """ "A survey in March found the mayor with a lead": what a poll or study finds is
    reported with an object too (word_roles.tsv, finding)."""
    if cue.lemma_.lower() in words_with_role("finding") and _document_subject(cue):
        return replace(entry, frames=entry.frames | {"np", "oprd"})
    return entry


def _document_subject(cue: Token) -> bool:
    """Is the cue's subject a poll, survey, study or report that speaks for itself
    (noun_cues.tsv, frame "in")?"""
    subject = next((c for c in children_of(cue) if c.dep_ == "nsubj"), None)
    entry = noun_cues().get(subject.lemma_.lower()) if subject is not None else None
    return entry is not None and "in" in entry.frames


def as_clause(cue: Token) -> Token | None:
    """ "view the mayor as far more prepared", "doesn't see her role as outdated": the parser
    may make what the thing is seen as a clause of the cue opened by "as"."""
    for child in children_of(cue):
        # A predicate, not a clause of time ("sees the harbor as the city grows").
        if child.i < cue.i or child.dep_ not in ("ccomp", "advcl", "oprd") or child.tag_ not in ("VBN", "JJ", "JJR", "NN", "NNS"):
            continue
        if any(a.lower_ == "as" and a.dep_ in ("mark", "advmod", "prep") and a.i < child.i for a in child.subtree):
            return child
    return None


def like_clause(cue: Token, children: list[Token]) -> Token | None:
    """ "many voters feel like the party has left them": a clause opened by "like"."""
    return next((c for c in children if c.dep_ == "advcl" and c.i > cue.i and c.pos_ in ("VERB", "AUX")
                 and any(m.dep_ == "mark" and m.lower_ == "like" and m.i == cue.i + 1 for m in children_of(c))), None)
