"""Where a reported clause ends, drawn as news annotators draw it (PolNeAR): what the
writer adds about something named in the content is not what the speaker said, and the
condition or reason the speaker gives is.

"She said the fund would go to Lee, who ran the agency until May" reports that the fund
would go to Lee; who Lee is, is the writer's aside. The same holds for an apposition
("..., a decision critics called rushed") and for an aside set off by a dash. "He vowed to
cut taxes if he wins" reports the condition too, wherever the parser hung it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.lang import RELATIVE_PRONOUNS
from eventdesk.nlp import children_of
from eventdesk.statements.context import ArticleContext
from eventdesk.statements.cues import cue_of
from eventdesk.statements.lexicon import noun_cues, words_with_role
from eventdesk.statements.relatives import relative_subject

# Marks of a clause that gives the condition or the reason of what is said ("vowed to cut
# taxes if he wins", "mocked the senator for losing because he had spent the most").
_CONDITION_MARKS = {"if", "unless", "provided", "providing", "because", "since", "once"}
# Prepositions by which a noun goes on ("a loud alarm bell for her council").
_NOUN_PREPS = {"in", "of", "for", "about", "to", "with"}
# Auxiliaries that open a condition without "if" ("should he win", "were she to lose").
_INVERTED_CONDITION = {"should", "were", "had"}
# Prepositions that put a saying in its medium ("in a statement", "on Monday's show").
_MEDIUM_PREPS = {"in", "on", "during"}
# Marks that set an aside off from what comes before it.
_ASIDE_OPENERS = {",", "—", "–", "--", "-", "("}
# Words that open a non-restrictive relative clause ("..., who ...", "..., much of which ..."):
# the relative pronouns but "that", which opens a restrictive one, and "where".
_RELATIVE_WORDS = (RELATIVE_PRONOUNS - {"that"}) | {"where"}


def without_trailing_aside(ctx, tokens: list[Token]) -> list[Token]:
    """The content tokens without a writer's aside at their end: a relative clause on a name
    or a descriptive apposition, set off by a comma, dash or bracket, on a word of the
    content, outside quotation marks, with no speech in it. Content inside a quotation is
    the speaker's own words and stays whole."""
    if not tokens:
        return tokens
    tokens = sorted(tokens, key=lambda t: t.i)
    present = {t.i for t in tokens}
    last = _last_word(tokens)
    if last is None:
        return tokens
    # The innermost aside first: "his wife, Sarah, the group's founder" loses only the last.
    for token in sorted(tokens, key=lambda t: -t.left_edge.i):
        if token.dep_ not in ("relcl", "appos") or token.head.i not in present:
            continue
        first = token.left_edge
        end = _last_word(list(token.subtree))
        if end is None or end.i != last.i or first.i == 0 or first.i <= token.head.i:
            continue
        opener = token.doc[first.i - 1]
        if opener.i not in present or ctx.in_quote(token) or not _sets_off(opener):
            continue
        if not (_naming_relative(token) if token.dep_ == "relcl" else _describing(token)):
            continue
        if any(t.is_quote or cue_of(ctx, t) and relative_subject(t) is None for t in token.subtree):
            # "..., whom she called a fraud": speech inside the aside is part of what is
            # said, and so are quoted words the parser hung on it ("praised Lee, who quit
            # on Friday, as 'a man of honor'"); not the speech of the one the aside is
            # about ("backs Lee, who says the tax is too high": Lee's own statement).
            continue
        kept = [t for t in tokens if t.i < opener.i]
        if _last_word(kept) is not None:
            return kept
    return tokens


def without_trailing_occasion(ctx, tokens: list[Token]) -> list[Token]:
    """The content tokens without the occasion or medium of the saying that the parser hung
    on the reported clause (or a word of it) at its end ("confirmed he was on the plane in a Facebook post",
    "said the vote was fair on Monday's morning show", "via Twitter on Friday"): a phrase
    of a `medium` noun or a `channel` preposition (_medium), with any date phrases after it,
    outside quotation marks. A clause of what will or would happen keeps it
    ("said the deal would be signed at a conference in May")."""
    if not tokens:
        return tokens
    tokens = sorted(tokens, key=lambda t: t.i)
    present = {t.i for t in tokens}
    media, channels = words_with_role("medium"), words_with_role("channel")
    cut = None
    last = _last_word(tokens)
    while last is not None:
        prep = _trailing_prep(last, present)
        if prep is None or ctx.in_quote(prep) or _modal(prep):
            break
        objects = [c for c in children_of(prep) if c.dep_ == "pobj"]
        if any(_medium(prep, o, media, channels) for o in objects):
            cut = prep.left_edge.i
        elif not any(o.ent_type_ in ("DATE", "TIME") for o in objects):
            break
        last = _last_word([t for t in tokens if t.i < prep.left_edge.i])
    if cut is None:
        return tokens
    kept = [t for t in tokens if t.i < cut]
    return kept if _last_word(kept) is not None else tokens


def _medium(prep: Token, obj: Token, media: frozenset[str], channels: frozenset[str]) -> bool:
    """Is the phrase a medium of saying: a channel preposition with a name ("via Twitter"),
    or "in", "on" or "during" with one medium noun, given its article or owner ("in a
    Facebook post", "on Monday's show"; not "in emails", "in the program")?"""
    if prep.lower_ in channels:
        return obj.pos_ == "PROPN"
    if prep.lower_ not in _MEDIUM_PREPS or obj.lemma_.lower() not in media or obj.tag_ not in ("NN", "NNP"):
        return False
    return any(c.dep_ == "poss" or c.lower_ in ("a", "an") for c in children_of(obj))


def _trailing_prep(last: Token, present: set[int]) -> Token | None:
    """The prepositional phrase of the content that ends with its last word `last`."""
    for token in last.ancestors:
        if token.i not in present:
            return None
        if token.dep_ == "prep" and _last_word(list(token.subtree)) == last and token.head.i in present:
            return token
    return None


def _modal(prep: Token) -> bool:
    """Does the verb the phrase belongs to tell of what will, would or could happen ("would
    be signed", "to sign")?"""
    verb = next((t for t in prep.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in children_of(verb))


def _sets_off(mark: Token) -> bool:
    """A comma, a dash or a parenthesis before an aside; a hyphen only between spaces
    ("I-Vt." is one name)."""
    if mark.text not in _ASIDE_OPENERS:
        return False
    return mark.text != "-" or bool(mark.whitespace_) and mark.i > 0 and bool(mark.doc[mark.i - 1].whitespace_)


def _describing(appos: Token) -> bool:
    """Is the apposition a description ("a claim few accept", "the father of a soldier",
    "Rubio's home"), not a name ("..., Donald Trump") or an item of a list the parser
    took for one ("a tax cut, a war with Iran, a balanced budget")?"""
    one_of = appos.lower_ == "one" and any(c.lower_ == "of" for c in children_of(appos))  # "one of the ..."
    if (appos.tag_ not in ("NN", "NNS") and not one_of) or appos.head.dep_ == "appos":
        return False
    if any(c.dep_ in ("conj", "appos") for c in children_of(appos)) or any(t.dep_ == "cc" for t in appos.subtree):
        return False  # "tax fairness, the closure of loopholes and relief for families": a list
    if any(c.dep_ == "appos" and c.i != appos.i for c in children_of(appos.head)):
        return False
    first = appos.left_edge
    return first.tag_ in ("DT", "PRP$", "PDT") or first.lower_ in ("one", "all", "both") or any(
        c.dep_ == "poss" for c in children_of(appos)
    )


def _naming_relative(clause: Token) -> bool:
    """Is the relative clause the writer's note on someone or somewhere named ("Lee, who
    ran the agency", "Ohio, where she grew up")? A note on a common noun ("the currency,
    which has lost 20 percent") may be what the speaker said."""
    if clause.head.pos_ != "PROPN":
        return False
    words = [t.lower_ for t in clause.doc[clause.left_edge.i : clause.i]]
    return any(w in _RELATIVE_WORDS for w in words[:4])


def _last_word(tokens: list[Token]) -> Token | None:
    words = [t for t in tokens if not (t.is_punct or t.is_space or t.is_quote)]
    return max(words, key=lambda t: t.i) if words else None


def with_misattached_tail(ctx, cue: Token, tokens: list[Token]) -> list[Token]:
    """The content with a phrase of its own that the parser hung on the cue after it:
    - a condition or reason ("pledged to name her treasurer if she wins", "threatened to
      walk out unless he is paid", "should the chance come"), right after the content
      (across a comma or a closing quotation mark at most), with no speech of its own; not
      after a bare object ("endorsed Lee since he quit the race": why the act was done);
    - a conjunct that is no verb ('condemned the test as "reckless" and a "grave threat"',
      "called for X, and for Y"), after "and", "or" or "but", or a bare verb that goes on
      with the content's infinitive ("wants to triple the fund, grow the corps and ...");
    - the speaker's quoted words the parser hung on the cue as a clause of its own ('said
      they are to blame for "every rumour, every slur"', 'are "a huge headache" but
      "no one will pay to mend them"');
    - a noun's preposition right after a closing quotation mark ('called the remarks "a
      loud alarm bell" for her council'), or right after the content ("endorsed the
      nomination of Ruiz to the court for the eastern district"), not a date nor an
      occasion of speaking."""
    for child in children_of(cue):
        last = max((t.i for t in tokens), default=child.i)
        if child.i <= last:
            continue
        between = list(cue.doc[last + 1 : child.left_edge.i])
        if _tail_of_content(ctx, child, between, tokens):
            present = {t.i for t in tokens}
            tokens = sorted(tokens + [t for t in between + list(child.subtree) if t.i not in present], key=lambda t: t.i)
    return with_condition_on_head(ctx, cue, tokens)


def with_condition_on_head(ctx, cue: Token, tokens: list[Token]) -> list[Token]:
    """The content with a condition the parser hung on the verb the cue's own clause
    hangs from, right after the content ("Asked whether she would run if Lee quit, Ruiz
    smiled"; "While some say the port would thrive if the tax went, others ..."): a
    condition belongs to the nearest thing said before it."""
    if cue.dep_ != "advcl" or not tokens:
        return tokens
    last = max(t.i for t in tokens)
    for child in children_of(cue.head):
        if child.dep_ != "advcl" or child.i <= last or child.i == cue.i:
            continue
        between = list(cue.doc[last + 1 : child.left_edge.i])
        if _tail_of_content(ctx, child, between, tokens):
            present = {t.i for t in tokens}
            return sorted(tokens + [t for t in between + list(child.subtree) if t.i not in present], key=lambda t: t.i)
    return tokens


def _tail_of_content(ctx, child: Token, between: list[Token], tokens: list[Token]) -> bool:
    """Is the cue's dependent `child`, after the content across `between`, a phrase of the
    content (with_misattached_tail)?"""
    if child.dep_ in ("ccomp", "conj", "parataxis") and ctx.in_quote(child) and _quote_opens_at(child, between):
        return True
    if child.dep_ == "ccomp" and _subject_left_behind(ctx, child, between, tokens):
        return True
    if child.dep_ == "advcl":
        joins = all(t.text == "," or t.is_quote for t in between)
        return joins and not ctx.in_quote(child) and cue_of(ctx, child) is None and _condition(child) and not _bare_object(tokens)
    if child.dep_ == "conj" and _infinitive_goes_on(ctx, child, between, tokens):
        return True
    if child.dep_ == "conj":
        joins = any(t.dep_ == "cc" for t in between) and all(t.dep_ == "cc" or t.is_quote or t.text == "," for t in between)
        return joins and child.pos_ in ("NOUN", "PROPN", "ADJ", "ADP", "NUM")
    if child.dep_ == "prep" and child.lower_ in _NOUN_PREPS:
        if not all(t.is_quote for t in between) or any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            return False
        return not any(c.lemma_.lower() in words_with_role("occasion") for c in children_of(child))
    return False


def with_rest_after_quote(ctx, cue_words: list[Token], tokens: list[Token]) -> list[Token]:
    """The content with the rest of its sentence when it stops at the close of a quotation
    it opened and the writer's sentence goes on with no speech of its own ('said he was
    "not impressed," because the plan had no money', 'called the protesters "thugs"
    without proof', 'said the goal was not to "win" but to "lead"'): the parser hangs the
    words after a closing mark elsewhere, news annotators (PolNeAR) draw them as part of
    what was said. Not a clause of the speaker going on ("and left the room", ", adding
    ..."), any cue, a time or an occasion of the saying ("in a statement"), nor an aside
    set off by a dash, a bracket, a colon or a semicolon."""
    words = sorted(tokens, key=lambda t: t.i)
    if not words or ctx.in_quote(words[0]) and not words[0].is_quote:
        return tokens
    doc = words[0].doc
    k = words[-1].i + 1
    while k < len(doc) and (doc[k].text == "," or doc[k].is_quote and ctx.in_quote_end(doc[k])):
        k += 1
    closing = [t for t in doc[words[-1].i : k] if t.is_quote and ctx.in_quote_end(t)]
    if not closing or not any(t.is_quote and t.idx < closing[0].idx for t in words):
        return tokens
    sentence = ctx.sents[ctx.sent_of.get(words[-1].i, 0)]
    end = sentence.end
    while end > k and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].is_quote):
        end -= 1
    rest = list(doc[k:end])
    cue, own = cue_words[0], {t.i for t in cue_words}
    if any(t.i in {a.i for a in cue.ancestors} for t in rest) or not writers_rest(ctx, own, rest):
        # "Calling the plan "a sham" in May, Lee ...": the rest holds the clause the cue hangs from.
        return tokens
    return words + list(doc[words[-1].i + 1 : end])


def writers_rest(ctx, own: set[int], rest: list[Token]) -> bool:
    """Are these words after a closing quotation mark the rest of the reported sentence, with
    nothing of another statement or of the saying in them (with_rest_after_quote)?"""
    if not any(t.is_alpha for t in rest) or any(t.i in own or t.is_space and "\n" in t.text for t in rest):
        return False
    if any(t.text in (";", ":", "(", ")") or t.text in _ASIDE_OPENERS - {",", "("} for t in rest):
        return False
    if any(cue_of(ctx, t) is not None for t in rest if not ctx.in_quote(t)):
        return False
    inside = {t.i for t in rest}
    head = next((t for t in rest if t.head.i not in inside and t.dep_ not in ("cc", "advmod", "punct") and not t.is_quote), None)
    if head is None or all(t.ent_type_ in ("DATE", "TIME") for t in rest if t.is_alpha and t.pos_ != "ADP"):
        return False
    if any(t.lemma_.lower() in noun_cues() and any(c.dep_ == "poss" for c in children_of(t)) for t in rest):
        return False  # "given Lee's plan to ...": a statement of its own
    if ctx.in_quote(head):
        return True
    if head.dep_ == "relcl" or rest[0].lower_ in _RELATIVE_WORDS:
        return False  # '"public option", which would allow ...': the writer's note on a thing named
    subjects = [c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if any(c.lower_ in ("he", "she") or any(p.lower_ in ("his", "her") for p in children_of(c)) for c in subjects):
        # 'called him "a nice guy" and she did not name ...', '... and his aides have ...':
        # the writer on the speaker.
        return False
    finite = head.tag_ in ("VBD", "VBZ", "VBP", "VBG") or any(c.dep_ == "aux" and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in children_of(head))
    if head.pos_ in ("VERB", "AUX") and finite and not subjects:
        return False  # "and left the room": the speaker going on
    return not (head.dep_ == "prep" and any(c.lemma_.lower() in words_with_role("occasion") for c in children_of(head)))


def relative_start(ctx, cue: Token, content: list[Token], start: int) -> int:
    """Where what is said starts when the cue stands in a relative clause whose gap is in
    the reported clause: at the relative word ("the vote, which she has said was a
    mistake": "which she has said was a mistake") or, with none, at the noun phrase the
    clause describes ("the kind of judge many fear she would choose"), the attribution
    inside, as news annotators (PolNeAR) draw it. Not when the relative word is the cue's
    subject ("the mayor, who said the port would close": "the port would close"), nor a
    clause with no gap ("the day the mayor said the port would close")."""
    if cue.dep_ != "relcl" or cue.head.i >= cue.i:
        return start
    subjects = [c for c in children_of(cue) if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(c.lower_ in RELATIVE_PRONOUNS or c.tag_ in ("WDT", "WP", "WP$") for c in subjects):
        return start
    first = cue.left_edge
    if not _has_gap(content):
        return start  # "the town where she said the port would close": no gap of what is said
    if first.lower_ in ("who", "whom", "which", "that") or first.tag_ in ("WDT", "WP"):
        begin = first
    elif first.i == subjects[0].left_edge.i:
        begin = cue.head.left_edge
    else:
        return start  # "at which ...", "whose aide said ..."
    if ctx.in_quote(begin) or ctx.sent_of.get(begin.i) != ctx.sent_of.get(cue.i):
        return start
    return min(start, max(begin.idx, ctx.dateline_end(cue)))


def _has_gap(tokens: list[Token]) -> bool:
    """Does the clause miss a word its relative clause's noun stands for: a finite verb with
    no subject ("he hoped _ would be a boon"), a preposition with no object ("wants to hear
    about _"), a verb at its end with nothing after it ("she would choose _")?"""
    words = [t for t in tokens if not (t.is_punct or t.is_space or t.is_quote)]
    for token in words:
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass", "conj"):
            finite = token.tag_ in ("VBD", "VBZ", "VBP") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in children_of(token)
            )
            if finite and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in children_of(token)):
                return True
        if token.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in children_of(token)):
            return True
    return bool(words) and words[-1].pos_ == "VERB"


def without_leading_connective(ctx, tokens: list[Token]) -> list[Token]:
    """The content without a discourse connective of the writer's that opens it, set off by
    a comma ("Still, turnout fell, the survey found": "turnout fell"; word_roles.tsv,
    connective), outside quotation marks; and without a conjunction that opens the writer's
    sentence ("And turnout fell, the survey found": sentence_opener)."""
    words = [t for t in sorted(tokens, key=lambda t: t.i) if not t.is_space]
    if len(words) > 2 and sentence_opener(ctx, words[0]):
        words = words[1:]
        tokens = words
    for size in (1, 2, 3):
        if len(words) <= size + 1 or words[size].text != "," or ctx.in_quote(words[0]):
            continue
        phrase = " ".join(t.lower_ for t in words[:size])
        if phrase in words_with_role("connective") and all(t.i == words[0].i + k for k, t in enumerate(words[: size + 1])):
            return words[size + 1 :]
    return tokens


def sentence_opener(ctx, token: Token) -> bool:
    """Is the token a conjunction by which the writer opens a sentence that carries on from
    the one before ("And turnout fell, the survey found"; word_roles.tsv, opener): first in
    its sentence, outside quotation marks, with no comma after it ("And, she added, ..." is
    left as it stands)?"""
    if token.lower_ not in words_with_role("opener") or ctx.in_quote(token) or token.i + 1 >= len(token.doc):
        return False
    if token.doc[token.i + 1].is_punct:
        return False
    sentence = ctx.sent_of.get(token.i)
    if sentence is None:
        return False
    opening = ctx.sents[sentence]
    return all(t.is_space or t.is_quote for t in token.doc[opening.start : token.i]) or ctx.after_full_stop(token)


def _infinitive_goes_on(ctx, verb: Token, between: list[Token], tokens: list[Token]) -> bool:
    """ "wants to triple the fund, grow the corps and create a reserve": a bare verb with no
    subject of its own, after a content that is (or holds) a to-infinitive, goes on with
    that infinitive, wherever the parser hung it (not on a bare cue: "will say ... and
    vote ..." is the speaker going on)."""
    if verb.tag_ != "VB" or verb.head.tag_ == "VB" or cue_of(ctx, verb) is not None:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children_of(verb)):
        return False
    if not all(t.text == "," or t.dep_ == "cc" for t in between):
        return False
    return any(t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(t)) for t in tokens)


def _subject_left_behind(ctx, clause: Token, between: list[Token], tokens: list[Token]) -> bool:
    """ "said Lee has respect for the referees and his remark was a sign of fatigue": a
    second clause of the cue, right after the content, with no subject of its own, whose
    subject the parser joined to a noun at the content's end ("referees and his remark")."""
    if between or ctx.in_quote(clause) or cue_of(ctx, clause) is not None:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark") for c in children_of(clause)):
        return False
    last = _last_word(tokens)
    return last is not None and last.dep_ == "conj" and last.pos_ in ("NOUN", "PROPN") and clause.left_edge.i == last.i + 1


def _quote_opens_at(child: Token, between: list[Token]) -> bool:
    """Does the child's quotation open right after the content, with nothing before its
    mark but punctuation and "and"/"but"/"or"?"""
    if not all(t.is_quote or t.is_punct or t.dep_ == "cc" for t in between):
        return False
    return any(t.is_quote for t in between) or child.left_edge.is_quote


def _bare_object(tokens: list[Token]) -> bool:
    """Is the content a noun phrase alone ("Lee", "the new tax"), with no phrase of the cue's
    frame ("Lee as a threat", "Lee for losing") and no clause?"""
    present = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in present or t.head.i == t.i]
    return len(roots) == 1 and roots[0].pos_ in ("NOUN", "PROPN", "PRON")


def _condition(clause: Token) -> bool:
    """Does the adverbial clause open with a mark of condition or reason ("if", "unless",
    "because") or an inverted auxiliary ("should he win")?"""
    first = clause.left_edge
    marks = [c for c in children_of(clause) if c.dep_ == "mark"]
    if marks:
        return marks[0].i == first.i and marks[0].lower_ in _CONDITION_MARKS
    return first.lower_ in _INVERTED_CONDITION and first.dep_ in ("aux", "auxpass") and first.head.i == clause.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i for c in children_of(clause)
    )


def without_leading_adverbial(tokens: list[Token], clause: Token, cue: Token) -> list[Token]:
    """ "said on Tuesday he would ...": a time or place phrase right after the cue, before
    the reported clause's subject, belongs to the saying, whatever the parser hung it on."""
    subjects = [c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].i < cue.i:
        return tokens
    first = min(t.i for t in tokens) if tokens else cue.i
    for child in children_of(clause):
        if child.dep_ in ("prep", "npadvmod") and child.left_edge.i == cue.i + 1 == first:
            if child.right_edge.i < subjects[0].left_edge.i:
                if child.doc[child.right_edge.i + 1].text == ",":
                    # "says despite the loss, she will run": set off by a comma, the
                    # phrase opens the reported clause.
                    return tokens
                drop = {t.i for t in child.subtree}
                return [t for t in tokens if t.i not in drop]
    return tokens


def strip_punct(tokens: list[Token]) -> list[Token]:
    """Drop punctuation at the edges, and a conjunction left at the end ("three people died
    and | the mayor said ..."); a quote mark stays only with its partner inside."""
    tokens = sorted(tokens, key=lambda t: t.i)
    changed = True
    while tokens and changed:
        changed = False
        unpaired = sum(t.is_quote for t in tokens) % 2 == 1
        for k in (0, -1):
            if tokens and (tokens[k].is_punct or tokens[k].is_space) and (not tokens[k].is_quote or unpaired):
                tokens.pop(k)
                changed = True
                break
        if tokens and len(tokens) > 1 and tokens[-1].dep_ == "cc" and tokens[-1].pos_ == "CCONJ":
            tokens.pop()
            changed = True
    return tokens


def after_colon(ctx: ArticleContext, tokens: list[Token], cue: Token) -> list[Token]:
    """The words after the last colon before the cue: a colon ends a sentence of its own
    ("The levy has not hurt trade: exports rose by a third, according to the Ledger"); a
    semicolon joins two clauses reported together."""
    stops = [t.i for t in tokens if t.text == ":" and t.i < cue.i and not ctx.in_quote(t)]
    return [t for t in tokens if t.i > max(stops)] if stops else tokens


def after_opening_according(tokens: list[Token], cue: Token) -> list[Token]:
    """ "But according to the survey, turnout fell": an "according to" that opens the
    reported clause, after the writer's link to the sentence before (a conjunction, an
    adverb, a `connective` of word_roles.tsv), reports the clause after it; the link is
    no part of what is said, and the content does not run across the cue."""
    before = [t for t in tokens if t.i < cue.i]
    after = [t for t in tokens if t.i > cue.i]
    words = [t for t in before if not (t.is_punct or t.is_space)]
    if not words or not any(not (t.is_punct or t.is_space) for t in after):
        return tokens
    phrase = " ".join(t.lower_ for t in words)
    if phrase in words_with_role("connective") or all(t.pos_ in ("CCONJ", "ADV") for t in words):
        return after
    return tokens


def scene_before_quote(ctx, clause: Token, cue: Token) -> bool:
    """ 'Eyebrows raised, she asked, "Who will pay?"': a clause before a cue whose quotation
    follows it and opens with a capital is the writer's scene, not words said with the
    quotation (PolNeAR draws the quotation alone); a quotation that goes on in lower case
    carries the clause on ('The port, she said, "is safe"')."""
    if clause.i > cue.i:
        return False
    for token in clause.doc[cue.i + 1 : cue.sent.end]:
        if token.is_quote or ctx.in_quote(token):
            words = [t for t in clause.doc[token.i : cue.sent.end] if not (t.is_punct or t.is_space or t.is_quote)]
            return bool(words) and words[0].text[:1].isupper()
    return False


def with_elaboration_after_colon(ctx, cue_words: list[Token], tokens: list[Token]) -> list[Token]:
    """The content with what a colon right after it spells out on the same line, to the end
    of the sentence ("noted that he had won a state: he took Iowa last month", "hoped to
    win states that split their delegates: Ohio, Utah and Idaho"): the parser leaves the
    words after the colon out of the clause, news annotators (PolNeAR) draw them as part of
    what was said. Only words going on in small letters, a figure, or a list of names with
    no verb; a new sentence in capitals after the colon ("...: A poll found ...") is the
    writer's, and so is a quotation, a new line or another statement."""
    words = sorted(tokens, key=lambda t: t.i)
    if not words or any(t.i >= words[0].i for t in cue_words):
        return tokens
    doc = words[0].doc
    colon = words[-1].i + 1
    if colon + 1 >= len(doc) or doc[colon].text != ":" or ctx.in_quote(doc[colon]):
        return tokens
    sentence = ctx.sents[ctx.sent_of.get(words[-1].i, 0)]
    end = sentence.end
    while end > colon + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].is_quote):
        end -= 1
    rest = list(doc[colon + 1 : end])
    if not rest or rest[0].is_quote or any(t.is_quote or ctx.in_quote(t) or "\n" in t.whitespace_ + t.text for t in rest):
        return tokens
    if "\n" in doc[colon].whitespace_ or any(cue_of(ctx, t) is not None for t in rest):
        return tokens
    first = rest[0]
    names = all(t.pos_ in ("PROPN", "NUM", "CCONJ", "PUNCT", "DET", "SYM") for t in rest)
    if not (first.text[:1].islower() or first.like_num or first.text[:1] in "$%" or names):
        return tokens
    return words + list(doc[words[-1].i + 1 : end])
