"""Who speaks: the speaker of a cue on the parse (its subject, the agent of a passive, the
subject it shares with the verb it hangs from, a speaker after a quotation or after a
comma), and that speaker made into an Actor, resolved through the article's discourse
(statements.discourse) when it is a pronoun, a role noun or an age ("the 58-year-old").
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan, Token

from eventdesk.model import Actor, Span
from eventdesk.statements.context import ArticleContext, Draft, trim, wordlike
from eventdesk.statements.discourse import (  # noqa: F401  (Discourse, Entity, np_span, naming_head: re-exported)
    GROUP_PRONOUNS,
    MAX_SENTENCES_BACK,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    SELF_PRONOUNS,
    SPEAKER,
    THING_PRONOUNS,
    Discourse,
    Entity,
    naming_head,
    np_span,
)
from eventdesk.statements.spokespeople import spoken_for
from eventdesk.statements.cues import cue_of
from eventdesk.statements.extents import first_setoff_end, without_circumstance
from eventdesk.statements.relatives import before_speech, relative_subject
from eventdesk.statements.doers import contracted_doer, doer_noun, loose_verb, name_before_comma
from eventdesk.statements.lexicon import CueEntry, words_with_role
from eventdesk.nlp import children_of

from eventdesk.statements.trailing import (  # noqa: F401  (MAX_BARE_ATTRIBUTION: re-exported)
    MAX_BARE_ATTRIBUTION, SPEAKER_POS as _SPEAKER_POS, name_before, quoted_clause_subject, speaker_after_quotation,
)
# A person described by age: a definite "N-year-old", alone or before a noun, with or without
# the hyphens ("the 58-year-old said", "this 34 year old mother of two said").
# A party and state tag after a name: "R-Wis.", "D-N.Y.", "I-Vt.".
_PARTY_STATE = re.compile(r"^[RDI]-[A-Z]")
_AGE_DESCRIPTION = re.compile(r"(?i)^(?:the|this)\s+(\d{1,3})(?:\s*-\s*|\s+)year(?:\s*-\s*|\s+)old\b")


def speaker_of(ctx: ArticleContext, tokens: list[Token], entry: CueEntry) -> Token | None:
    cue = tokens[0]
    if cue.lower_ == "according":
        to = tokens[1] if len(tokens) > 1 else None
        objects = [c for c in (children_of(to) if to is not None else []) if c.dep_ == "pobj"]
        return objects[0] if objects else None
    surface = surface_trailing(ctx, cue) if ("clause" in entry.frames or "that" in entry.frames) else None
    if surface is not None:
        return surface[0]
    found = _subject(cue, set(ctx.lexicon.cues))
    if found is not None and quoted_clause_subject(ctx, found, cue):
        found = None  # '"We were foolish," Ortiz, 58, told AFP': no subject shared with the quotation's verb
    if found is not None and found.idx < ctx.dateline_end(cue):
        # "(Beirut) – Human Rights Watch said": the parser made the place the subject.
        limit = ctx.dateline_end(cue)
        found = next((c for c in children_of(found) if c.dep_ == "appos" and c.idx >= limit), None)
    if found is None:
        found = inverted_subject(ctx, cue)
    if found is None:
        found = name_before(ctx, cue)
    if found is None:
        after = speaker_after_quotation(ctx, cue)
        found = after[0] if after is not None else None
    return found


def surface_trailing(ctx: ArticleContext, cue: Token) -> tuple[Token, int] | None:
    """ "X should free the journalist, Human Rights Watch said today.": a trailing
    attribution the parser did not see as one (it gave the cue no subject). Read from the
    words: a comma, a noun phrase, the cue, and nothing but time or place words to the
    end of the sentence. Gives the speaker's head and the comma's index."""
    subjects = [c for c in children_of(cue) if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
    # Or the parser took the reported clause's last noun for the subject and the real
    # speaker for its apposition: "free the journalist, Human Rights Watch said".
    if subjects and not (
        len(subjects) == 1 and subjects[0].i < cue.i
        and any(c.dep_ == "appos" and c.i > subjects[0].i for c in children_of(subjects[0]))
    ):
        return None
    sentence = ctx.sent_of.get(cue.i)
    if sentence is None or ctx.in_quote(cue):
        return None
    sent = ctx.sents[sentence]
    for token in ctx.doc[cue.i + 1 : sent.end]:
        if token.is_punct or token.is_space:
            continue
        if token.ent_type_ in ("DATE", "TIME") or token.pos_ in ("ADV", "ADP", "DET"):
            continue
        # "said in a statement", "said on its website": a phrase of the saying.
        in_phrase = token.dep_ in ("pobj", "det", "amod", "compound", "poss")
        if in_phrase and token.head.i != cue.i and any(a.i == cue.i for a in token.ancestors):
            continue
        return None
    k = cue.i - 1
    while k > sent.start and ctx.doc[k].pos_ == "ADV":
        k -= 1  # "Human Rights Watch also said"
    last = k
    while k >= sent.start and not ctx.doc[k].is_punct and ctx.doc[k].pos_ in _SPEAKER_POS:
        k -= 1
    if k < sent.start or k == last or ctx.doc[k].text not in (",", "—", "–") or k <= sent.start + 2:
        return None
    words = ctx.doc[k + 1 : last + 1]
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN", "PRON")]
    if not nouns or len(words) > MAX_BARE_ATTRIBUTION:
        return None
    return nouns[-1], k


def inverted_subject(ctx: ArticleContext, cue: Token) -> Token | None:
    """ '"...?" asked one protester': after a quotation the parser may take the speaker
    for the object of the cue."""
    before = ctx.token_before(cue.idx)
    if before is None or not (before.is_quote or (before.is_punct and ctx.in_quote_end(before))):
        return None
    for child in cue.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "oprd") and child.pos_ in ("NOUN", "PROPN") and wordlike(child):
            return child
    return None


def _subject(cue: Token, cue_lemmas: set[str], depth: int = 0, from_conj: bool = False) -> Token | None:
    """The speaker of a cue: its subject, the agent of a passive, or the subject it shares
    with the verb it hangs from ("said ... and added", "..., adding that")."""
    if depth > 4:
        return None
    # A quotation mark the tagger took for a noun ("«...» said the engineer") is no speaker.
    subjects = [c for c in children_of(cue) if c.dep_ == "nsubj" and wordlike(c)]
    if not subjects:
        # "the Committee to Protect Journalists says": a name with a verb in it, parsed as a clause.
        for clause in (c for c in children_of(cue) if c.dep_ == "csubj"):
            subjects = [c for c in children_of(clause) if c.dep_ == "nsubj"] or [clause]
    subjects = subjects or [s for s in [contracted_doer(cue)] if s is not None]  # "He's said ...": "has"
    if subjects:
        # The parser sometimes splits one long subject in two ("Peru's chief negotiator |
        # Deputy Minister Ana Soto said"): the part next to the cue carries the name.
        child = min(subjects, key=lambda c: abs(c.i - cue.i))
        if child.lower_ in RELATIVE_PRONOUNS and cue.dep_ == "relcl":
            return cue.head
        return child
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.head.lemma_.lower() in words_with_role("quoting"):
        # "The minister was quoted as saying ...", "Reuters quoted Ana Soto as saying ...": the one quoted.
        quoted = cue.head.head
        found = [c for d in ("nsubjpass", "dobj", "nsubj") for c in children_of(quoted) if c.dep_ == d and wordlike(c)]
        return found[0] if found else None
    for child in children_of(cue):
        if child.dep_ == "agent" and not from_conj:  # "was hurt by the drought and feels ...": not the drought
            objects = [c for c in children_of(child) if c.dep_ == "pobj"]
            return objects[0] if objects else None
    # A passive without its agent names no speaker, nor takes one from the verb it hangs
    # from: in "the trial opened and is expected to last weeks" nobody named expects.
    if any(c.dep_ in ("nsubjpass", "expl", "auxpass") for c in children_of(cue)):
        return _passive_subject(cue) if depth and from_conj else None
    if cue.i > 0 and any(c.dep_ == "det" and c.i < cue.i for c in children_of(cue)):
        # A verb with an article of its own has a subject the parser broke up: the word
        # before the verb heads a noun phrase whose parts it hung on the verb ("The
        # 58-year-old added": "The" and "old" both hang on "added").
        before = cue.doc[cue.i - 1]
        if wordlike(before) and before.head.i == cue.i and before.pos_ in ("ADJ", "NOUN", "PROPN", "NUM"):
            return before
    if cue.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(cue)):
        # "left the party's elders to wonder ...", "pushed Democrats to say ...": after a
        # verb of causing (word_roles.tsv) the infinitive is done by the object.
        objects = [c for c in children_of(cue.head) if c.dep_ == "dobj" and c.i < cue.i and wordlike(c)]
        if objects and cue.head.lemma_.lower() in words_with_role("causing"):
            return objects[0]
    if cue.dep_ in ("conj", "xcomp") or cue.dep_ == "acomp" and cue.pos_ == "ADJ" or loose_verb(cue):
        # "will be able to sign donors and score endorsements by citing ...": through the
        # adjective to the subject of its copula.
        return _subject(cue.head, cue_lemmas, depth + 1, from_conj=cue.dep_ == "conj")
    if cue.dep_ == "advcl" and cue.tag_ == "VB" and cue.head.pos_ in ("VERB", "AUX") and any(c.lower_ == "to" and c.dep_ == "aux" for c in children_of(cue)):
        # "went on the radio to call him a fraud", "will come on the show to talk about ...":
        # an infinitive of purpose is done by the subject of the verb it hangs from.
        return _subject(cue.head, cue_lemmas, depth + 1)
    if cue.dep_ == "advcl" and cue.tag_ == "VBG":
        # Prefer a reporting verb above ("Soto said her country ..., adding that ...").
        for ancestor in cue.ancestors:
            if ancestor.lemma_.lower() in cue_lemmas:
                found = _subject(ancestor, cue_lemmas, depth + 1)
                if found is not None:
                    return found
        return _subject(_controller(cue), cue_lemmas, depth + 1)
    if cue.dep_ == "pcomp" and cue.tag_ == "VBG":
        verb = _circumstance_verb(cue, cue_lemmas)
        return _subject(verb, cue_lemmas, depth + 1) if verb is not None else None
    if cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.dep_ in ("dobj", "pobj", "nsubjpass", "attr"):
        # "The ministry issued a statement saying that ...", "A judge blocked a law on
        # abortion pills, finding ...": the participle's doer is the clause's subject; but
        # run on without a comma, a participle is the doing of any other noun it follows
        # ("gave $2 million to a group backing the mayor", "cited a poll showing ...").
        if doer_noun(cue, cue_lemmas):
            return cue.head
        verb = _controller(cue)
        return _subject(verb, cue_lemmas, depth + 1) if verb.pos_ in ("VERB", "AUX") else None
    if cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.pos_ in ("NOUN", "PROPN") and cue.head.dep_ in ("nsubj", "appos", "ROOT"):
        # "Farmers supporting the levy gathered ...", "the super PAC backing the mayor, ...":
        # a participle run on a subject without a comma is that noun's doing.
        return cue.head
    if cue.dep_ == "ROOT" and cue.pos_ == "VERB":
        return name_before_comma(cue)
    return None


def _passive_subject(verb: Token) -> Token | None:
    """ "Mr. Lee was forced into a retreat and said that ...": an active cue joined to a
    passive verb shares its subject ("who were drawn to him and feel that ...": the noun
    the relative pronoun stands for); not a passive that is itself what a cue reports
    ("suggested that this could look weak and cautioned ...": the parser's joining)."""
    if verb.dep_ not in ("ROOT", "conj", "relcl") or any(c.dep_ == "expl" for c in children_of(verb)):
        return None
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubjpass" and wordlike(c)), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS:
        return verb.head if verb.dep_ == "relcl" else None
    return subject


def _circumstance_verb(gerund: Token, cue_lemmas: set[str]) -> Token | None:
    """ "ended the rally by thanking the volunteers", "After saying ..., she left", "instead
    of calling him a liar": the verb a gerund's preposition of manner or time hangs from
    (word_roles.tsv, circumstance), whose subject does what the gerund says. Not a
    preposition of a noun ("the cost of saying no") nor one whose object speaks ("praised
    her for saying ..."), nor one after what a verb of saying reports ("Lee says Hale was
    right in saying ...": the parser's attachment, Hale's saying)."""
    prep = gerund.head
    if prep.dep_ != "prep":
        return None
    words = words_with_role("circumstance")
    if prep.lower_ not in words and not (prep.lower_ == "of" and any(c.lower_ in words for c in children_of(prep))):
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    # "questioned her judgment in supporting the war": after an object, "in" may belong to it.
    between = ("ccomp", "xcomp", "dobj") if prep.lower_ == "in" else ("ccomp", "xcomp")
    if verb.lemma_.lower() in cue_lemmas and any(
        c.dep_ in between and verb.i < c.i < prep.i for c in children_of(verb)
    ):
        return None
    return verb


def _controller(participle: Token) -> Token:
    """The verb whose subject does what a participle says. Set off by a comma, the
    participle goes with the main clause, not with a relative clause or a noun on the way
    ("A judge blocked a law that bans X, finding ..." -> blocked)."""
    verb = participle.head
    comma = participle.i > 0 and participle.doc[participle.i - 1].text == ","
    while verb.head.i != verb.i:
        if verb.pos_ in ("VERB", "AUX") and not (comma and verb.dep_ in ("relcl", "acl")):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)) or verb.dep_ not in ("relcl", "acl"):
                break
        verb = verb.head
    return verb


def resolve_speaker(ctx: ArticleContext, draft: Draft) -> None:
    """Give the draft its speaker Actor (and the words that refer to it, when they are not
    the name): a pronoun or definite description resolved through the discourse, a person
    described by age, else the phrase itself resolved as written. Words the speaker's
    naming mention took from a wire dateline are left out, and so are the tags after a
    name (an age, a home town, a party and state)."""
    _resolve(ctx, draft)
    actor = draft.speaker
    if actor is None:
        return
    relative = relative_subject(draft.cue_token)
    if relative is not None and actor.start < relative.idx:
        # "Sanders, who said ...": the speaker is the antecedent, the clause names it "who"
        draft.speaker_mention = _mention(ctx.doc[relative.i:relative.i + 1])
    first = ctx.token_at(actor.start)
    if first is None:
        return
    if first.idx < ctx.dateline_end(first):
        start = ctx.dateline_end(first)
        while start < actor.end and (ctx.text[start].isspace() or ctx.text[start] in "-—–,"):
            start += 1
        if start < actor.end:
            actor.text, actor.start = ctx.text[start : actor.end], start
    _after_label(ctx, draft, actor)
    # A speaker referred back to points at its naming words, which may carry tags.
    last = ctx.token_before(actor.end)
    if last is not None and first.i <= last.i:
        end = without_tags(ctx, first, last.i + 1)
        if end <= last.i:
            actor.end = ctx.doc[end - 1].idx + len(ctx.doc[end - 1])
            actor.text = ctx.text[actor.start : actor.end]
    as_annotated(ctx, draft)


def _after_label(ctx: ArticleContext, draft: Draft, actor: Actor) -> None:
    """ "TURNOUT UP IN IOWA - Ana Ruiz: "..."": a label set off by a spaced dash before the
    speaker's name is no part of the speaker, nor is the cue after it and what follows,
    however the parser hung them on the name."""
    head = draft.speaker_head
    if head is None or not actor.start <= head.idx < actor.end:
        return
    cue = draft.cue_token
    # "Ana Ruiz, who said ...": the relative clause that holds the cue stays out too.
    boundary = cue.left_edge.idx if cue is not None and cue.dep_ == "relcl" and cue.left_edge.i > head.i else draft.cue_start
    if head.idx < boundary < actor.end:
        end = trim(ctx.text, actor.start, boundary)[1]
        actor.text, actor.end = ctx.text[actor.start : end], end
    first = ctx.token_at(actor.start)
    dashes = [t for t in ctx.doc[first.i : head.i] if t.text in ("-", "—", "–", "--") and t.whitespace_] if first else []
    if dashes and ctx.text[dashes[-1].idx - 1 : dashes[-1].idx].isspace():
        start = ctx.token_at(dashes[-1].idx + len(dashes[-1])).idx
        actor.text, actor.start = ctx.text[start : actor.end], start


def as_annotated(ctx: ArticleContext, draft: Draft) -> None:
    """The speaker's words at the statement as news annotators draw the source (PolNeAR):
    without a focus word before them ("even economists" -> "economists"), and with a
    possessive ending ("Lee's" in "Lee's claim that ..."), a participle ("voters polled",
    "a poll released Monday") or a relative clause without a comma ("people who lost their
    jobs") after them; the naming words stay the speaker's."""
    actor, head, cue = draft.speaker, draft.speaker_head, draft.cue_token
    written = draft.speaker_mention or Span(text=actor.text, start=actor.start, end=actor.end)
    first, last = ctx.token_at(written.start), ctx.token_before(written.end)
    if first is None or last is None or head is None or not first.i <= head.i <= last.i:
        return
    if first.i < head.i and first.lower_ in words_with_role("focus") and first.dep_ == "advmod":
        start = ctx.doc[first.i + 1].idx
        if actor.start == written.start:
            actor.start, actor.text = start, ctx.text[start : actor.end]
        written = Span(text=ctx.text[start : written.end], start=start, end=written.end)
        draft.speaker_mention = written if draft.speaker_mention is not None else None
    end = _annotated_end(ctx, head, ctx.token_at(written.start).i, last.i + 1, cue)
    if end > last.i + 1:
        words = ctx.doc[ctx.token_at(written.start).i : end]
        draft.speaker_mention = _mention(words)


def _annotated_end(ctx: ArticleContext, head: Token, start: int, end: int, cue: Token | None) -> int:
    """Where the source ends with the words PolNeAR draws after a speaker's phrase (see
    as_annotated): `end` (exclusive) when there are none."""
    doc = ctx.doc
    if end >= len(doc):
        return end
    if doc[end].tag_ == "POS" and doc[end].head.i == head.i:
        return end + 1
    clause = next(
        (c for t in doc[start:end] for c in children_of(t) if c.dep_ in ("acl", "relcl") and c.left_edge.i == end), None
    )
    if clause is None or clause.dep_ == "acl" and clause.tag_ not in ("VBN", "VBG") or ctx.in_quote(clause):
        return end
    if cue is not None and clause.left_edge.i <= cue.i <= clause.right_edge.i or any(_speaks(ctx, t) for t in clause.subtree):
        return end
    stop = clause.right_edge.i + 1
    while stop > end + 1 and (doc[stop - 1].is_punct or doc[stop - 1].is_space):
        stop -= 1
    return stop


def _resolve(ctx: ArticleContext, draft: Draft) -> None:
    head = draft.speaker_head
    if head is None:
        return
    lower = head.lower_
    pronoun = lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS or lower in THING_PRONOUNS
    discourse = ctx.discourse
    definite = ((head.pos_ == "NOUN" and discourse.is_definite(head)) or discourse.is_short_definite(head)
                or discourse.is_title(head))
    if definite and _issued_document(ctx, draft, head):
        return
    if (pronoun or definite) and _referring_speaker(ctx, draft, head, pronoun):
        return
    if definite and spoken_for(ctx, draft, head):
        return
    if lower in SELF_PRONOUNS:
        draft.speaker = Actor(text=head.text, start=head.idx, end=head.idx + len(head), code="", kind="person")
        return
    w_start, w_end = speaker_tokens(ctx, head, draft.cue_token)
    written = ctx.doc[w_start:w_end]
    age = _AGE_DESCRIPTION.match(written.text)
    if age is not None:
        _age_speaker(ctx, draft, written, age.group(1))
        return
    _named_speaker(ctx, draft, head)


def _issued_document(ctx: ArticleContext, draft: Draft, head: Token) -> bool:
    """ "The council issued a statement ... The statement noted ...": a document named
    with "the" speaks for the body the article says put it out (a subject of an `issuing`
    verb with the same noun as its object, in that sentence or the few before). The
    document's words are kept as the speaker's mention."""
    role = ctx.lexicon.roles.get(head.lemma_.lower())
    if role is None or role.kind != "document" or head.i not in ctx.sent_of:
        return False
    here = ctx.sent_of[head.i]
    issuing = words_with_role("issuing")
    for sentence in range(here, max(-1, here - MAX_SENTENCES_BACK - 1), -1):
        for token in ctx.sents[sentence]:
            if token.i >= head.i or token.lemma_.lower() != head.lemma_.lower() or token.dep_ != "dobj":
                continue
            verb = token.head
            subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"] if verb.lemma_.lower() in issuing else []
            if not subjects or subjects[0].pos_ not in ("PROPN", "NOUN"):
                continue
            issuer = naming_head(subjects[0], ctx.person_nouns)
            actor = ctx.discourse.actor_for(issuer, None)
            start, end = np_span(issuer)
            written = ctx.doc[start:end]
            actor.text, actor.start, actor.end = written.text, written.start_char, written.end_char
            draft.speaker = actor
            d_start, d_end = np_span(head)
            draft.speaker_mention = _mention(ctx.doc[d_start:d_end])
            return True
    return False


def _mention(words: SpacySpan) -> Span:
    return Span(text=words.text, start=words.start_char, end=words.end_char)


def _referring_speaker(ctx: ArticleContext, draft: Draft, head: Token, pronoun: bool) -> bool:
    """A pronoun or a definite description ("she", "the ministry"): the entity it refers
    back to. An unresolved pronoun stays as written. False when it is left to the caller."""
    discourse = ctx.discourse
    start, end = np_span(head)
    found = discourse.referent(head, ctx.doc[start].idx)
    mention = _mention(ctx.doc[start:end])
    if found is not None:
        entity, naming = found
        draft.speaker = discourse.entity_actor(entity, naming)
        draft.speaker_mention = mention
        discourse.promote(entity, naming)
        return True
    if pronoun:
        # Someone speaks, but the text does not say who: keep the words as the speaker.
        lower = head.lower_
        kind = "person" if lower in PERSON_PRONOUNS else ("group" if lower in GROUP_PRONOUNS else "organization")
        draft.speaker = Actor(text=mention.text, start=mention.start, end=mention.end, code="", kind=kind)
        return True
    return False


def _age_speaker(ctx: ArticleContext, draft: Draft, written: SpacySpan, age: str) -> None:
    """A person described by age alone ("the 41-year-old said", "this 70-year-old widow"):
    the person named before with that age ("Ana Ruiz, 41," or "41-year-old Ana Ruiz"),
    else the only person named just before; else the words as written."""
    discourse = ctx.discourse
    mention = _mention(written)
    found = discourse.age_referent(age, written.start_char)
    if found is None:
        draft.speaker = Actor(text=mention.text, start=mention.start, end=mention.end, code="", kind="person")
        return
    entity, naming = found
    draft.speaker = discourse.entity_actor(entity, naming)
    draft.speaker_mention = mention
    discourse.promote(entity, naming)


def _named_speaker(ctx: ArticleContext, draft: Draft, head: Token) -> None:
    """A speaker the phrase itself names or describes ("Ana Soto", "a spokeswoman, Li Na,",
    "Human Rights Watch"), resolved as written and added to the discourse."""
    discourse = ctx.discourse
    named = naming_head(head, ctx.person_nouns)
    start, end = speaker_tokens(ctx, head, draft.cue_token) if named.i == head.i else np_span(named)
    start = after_dateline(ctx, start, named)
    actor = discourse.actor_for(named, None)
    if actor.kind == "person" and (not actor.name or actor.name == actor.text):
        actor.name = _person_name(ctx.doc[start:end], named) or actor.name
    # The record points at the words that name the speaker, whatever extent the
    # resolver gave its phrase (it may take in an appositive).
    written = ctx.doc[start:end]
    actor.text, actor.start, actor.end = written.text, written.start_char, written.end_char
    draft.speaker = actor
    entity = discourse.add_mention(named, actor.kind, salience=SPEAKER)
    if entity is not None and entity.actor is None and actor.code:
        entity.actor = actor
    if named.i != head.i:
        m_start, m_end = speaker_tokens(ctx, head, draft.cue_token)
        if m_end == start or m_end < start and ctx.doc[m_end].text == "," and all(t.is_punct or t.is_space for t in ctx.doc[m_end:start]):
            # "Carter's press secretary, Peter Cook, said", "Democratic candidates Ana Ruiz
            # and Tom Hale said": the description and the name
            m_end = end
        draft.speaker_mention = _mention(ctx.doc[m_start:m_end])
    else:
        whole = _whole_phrase(ctx, head, start, end, draft.cue_token)
        if whole is not None:
            draft.speaker_mention = _mention(whole)


def _whole_phrase(ctx: ArticleContext, head: Token, start: int, end: int, cue: Token | None) -> SpacySpan | None:
    """The speaker's phrase as written when it goes on after the name, set off by a comma or
    a bracket: its appositive, relative clause or tags ("Josh Lee, the mayor's spokesman",
    "Ana Ruiz, 59, of Ashton, Md.", "Sen. Tom Hale (R-Wis.)"), as news annotators draw
    the source."""
    last = head.right_edge.i + 1
    if cue is not None and start <= cue.i < last:
        return None
    doc = ctx.doc
    while last > end and (doc[last - 1].is_punct and doc[last - 1].text != ")" or doc[last - 1].is_space):
        last -= 1
    if last <= end or end >= len(doc) or doc[end].text not in (",", "("):
        return None
    last = first_setoff_end(doc, end, last)
    last = before_speech(doc, end, last, lambda t: _speaks(ctx, t))
    if last <= end or any(ctx.in_quote(t) or t.is_quote for t in doc[end:last]):
        return None
    return doc[start:last]


def _speaks(ctx: ArticleContext, token: Token) -> bool:
    """Is the token a cue that reports a clause of its own ("who noted that the plant had
    closed", "who said Lee would win")? A speaker's phrase never takes one in; a clause of
    what the speaker did or backs ("who advised Obama", "who backs Lee") stays."""
    if ctx.in_quote(token) or cue_of(ctx, token) is None:
        return False
    return any(c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") for s in children_of(c)) for c in children_of(token))


def speaker_tokens(ctx: ArticleContext, head: Token, cue: Token | None) -> tuple[int, int]:
    """The speaker as written, joined with a second subject the parser split off."""
    start, end = np_span(head)
    if cue is None:
        return start, end
    if head.i < cue.i < end:
        end = cue.i  # the speaker's words end at the cue ("Lee: the plan fails", parsed as one phrase)
    quoted = [g for g in children_of(head) if g.dep_ in ("ccomp", "parataxis") and g.i < head.i and ctx.in_quote(g)]
    if quoted:
        # '"We were foolish," Ortiz told AFP', the quotation parsed under the name: not the speaker
        start = max(t.i for g in quoted for t in g.subtree) + 1
        while start < head.i and (ctx.doc[start].is_punct or ctx.doc[start].is_quote):
            start += 1
    if start > 0 and ctx.doc[start - 1].dep_ == "det" and ctx.doc[start - 1].head.i == cue.i:
        start -= 1  # an article the parser hung on the verb opens the speaker ("The 58-year-old added")
    for other in children_of(cue):
        if other.dep_ != "nsubj" or other.i == head.i:
            continue
        o_start, o_end = other.left_edge.i, other.right_edge.i + 1
        if o_end == start and not any(t.is_punct for t in ctx.doc[o_start:o_end]):
            start = o_start
    return after_dateline(ctx, start, head), without_tags(ctx, head, end)


def without_tags(ctx: ArticleContext, head: Token, end: int) -> int:
    """The end of a speaker's name without the tags news hangs on it after a comma: an age,
    a home town, a party and state ("Ana Ruiz, 55, of Springfield", "Paul Ryan, R-Wis.")."""
    for token in ctx.doc[head.i + 1 : end]:
        if token.text != ",":
            continue
        after = ctx.doc[token.i + 1] if token.i + 1 < end else None
        if after is not None and (after.like_num or after.lower_ in ("of", "from") or _PARTY_STATE.match(after.text)):
            last = token.i
            while last > head.i and (ctx.doc[last - 1].is_punct or ctx.doc[last - 1].is_space):
                last -= 1
            return max(last, head.i + 1)
        return end
    return without_circumstance(ctx.doc, head, end)


def after_dateline(ctx: ArticleContext, start: int, head: Token) -> int:
    """The first token of a speaker phrase the parser began inside the wire dateline that
    opens its sentence ("FLINT, Mich., Oct. 4 (UPI) — Former President Bill Clinton"):
    a dateline is where the story was filed, never part of the speaker."""
    limit = ctx.dateline_end(head)
    while start < head.i and (ctx.doc[start].idx < limit or ctx.doc[start].is_punct or ctx.doc[start].is_space):
        start += 1
    return start


def _person_name(span: SpacySpan, head: Token) -> str | None:
    """The name inside a speaker phrase ("Peru's chief negotiator ... Ana Soto" -> "Ana Soto")."""
    if head.ent_type_ == "PERSON":
        # The entity around the head, read off the tokens (Span.ents walks every entity of
        # the Doc); only one that lies wholly inside the phrase.
        doc, start, end = head.doc, head.i, head.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if span.start <= start and end <= span.end:
            return doc[start:end].text
    if head.pos_ != "PROPN":
        return None
    start = head.i
    while start > span.start and head.doc[start - 1].pos_ == "PROPN" and head.doc[start - 1].dep_ == "compound":
        start -= 1
    return head.doc[start : head.i + 1].text
