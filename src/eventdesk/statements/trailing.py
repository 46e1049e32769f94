"""A trailing attribution read from the words when the parser hung it on the quotation
before it ('"We were foolish," Ortiz, 58, told AFP'), and the subjects inside a quotation
that are no speaker of a cue outside it, and a name right before a cue the parser gave no
subject (or before its apposition set off by commas), and an "as" attribution ("As the
Ledger noted, ..."). Used by statements.speakers, statements.direct and statements.clauses."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.nlp import children_of
from eventdesk.statements.context import ArticleContext
from eventdesk.statements.cues import has_active_subject
from eventdesk.statements.quotes import is_quote_mark

MAX_BARE_ATTRIBUTION = 12
# Parts of speech of a speaker read from the words alone ("..., Human Rights Watch said").
SPEAKER_POS = {"NOUN", "PROPN", "DET", "ADJ", "NUM", "PART", "PRON"}


def quoted_clause_subject(ctx: ArticleContext, found: Token, cue: Token) -> bool:
    """Is the subject found for a cue outside quotation marks the subject of a verb inside
    them (not a quoted title: 'Ruiz, star of "Harbor," thanked ...')?"""
    if ctx.in_quote(cue) or not ctx.in_quote(found) or any(is_quote_mark(ch) for ch in found.text):
        return False
    return found.head.i != cue.i and ctx.in_quote(found.head)


def speaker_after_quotation(ctx: ArticleContext, cue: Token) -> tuple[Token, int] | None:
    """ '"We were foolish," Ortiz, 58, told AFP': a finite cue the parser gave no subject (it
    hung the name on a verb inside the quotation), right after a quotation that ends with
    a comma, a question or an exclamation, has the noun phrase between them for its
    speaker, with what a comma sets off after the name. Gives the speaker's head and the
    phrase's first token index."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or ctx.in_quote(cue):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and not ctx.in_quote(c) for c in children_of(cue)):
        return None
    k = cue.i - 1
    while k > 0 and not ctx.doc[k].is_quote:
        if ctx.doc[k].is_space or "\n" in ctx.doc[k].text or ctx.in_quote(ctx.doc[k]):
            return None
        k -= 1
    mark, first = ctx.doc[k], k + 1
    if first >= cue.i or cue.i - first > 3 * MAX_BARE_ATTRIBUTION:
        return None
    quote = next((q for q in ctx.top if q.end == mark.idx + len(mark)), None)
    if quote is None or not ctx.text[quote.start : quote.end].rstrip("\"'”’» ").endswith((",", "?", "!")):
        return None
    run = []
    for token in ctx.doc[first : cue.i]:
        if token.text == "," or token.pos_ not in SPEAKER_POS:
            break
        run.append(token)
    nouns = [t for t in run if t.pos_ in ("NOUN", "PROPN", "PRON")]
    if not nouns or run[0].pos_ not in SPEAKER_POS:
        return None
    rest = ctx.doc[run[-1].i + 1 : cue.i]
    if len(rest) and (rest[0].text != "," or rest[-1].text != ","):
        return None  # the name, or the name with a phrase set off by commas
    return nouns[-1], first


def name_before(ctx: ArticleContext, cue: Token) -> Token | None:
    """ "At a fair in Ashton, Ana Lopez, 58, also railed against ...": a finite
    cue the parser gave no subject, its subject hung on a phrase before it, has the name
    standing right before it (adverbs between) for its speaker."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.dep_ not in ("ROOT", "ccomp", "conj") and not ctx.in_quote_end(ctx.doc[cue.i - 1]):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "auxpass") for c in children_of(cue)) or cue.dep_ == "conj":
        return None
    k = cue.i - 1
    while k > 0 and ctx.doc[k].pos_ == "ADV":
        k -= 1
    name = named_before_apposition(ctx.doc[k]) or ctx.doc[k]
    k = name.i
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG", "NORP") or name.head.i == cue.i or any(c.dep_ == "poss" for c in children_of(name)) or ctx.in_quote(name) or ctx.sent_of.get(k) != ctx.sent_of.get(cue.i):
        return None
    return name


def named_before_apposition(comma: Token) -> Token | None:
    """ "Alarmed by the unrest, Senator Ana Ruiz, the minority leader, said ...": the name
    whose apposition, set off by commas, ends at the comma right before the cue."""
    doc = comma.doc
    if comma.text != "," or comma.i < 3:
        return None
    phrase = doc[comma.i - 1]
    while phrase.dep_ != "appos" and phrase.head.i != phrase.i and phrase.head.i < comma.i and phrase.head.i > phrase.i:
        phrase = phrase.head
    if phrase.dep_ != "appos" or phrase.right_edge.i != comma.i - 1 or phrase.head.i > phrase.i:
        return None
    if doc[phrase.left_edge.i - 1].text != "," or phrase.head.i != phrase.left_edge.i - 2:
        return None
    return phrase.head


def _by_agent(cue: Token) -> bool:
    """ "As reported by the Ledger, ...": a participle with its "by" phrase naming the one who reports."""
    return cue.tag_ == "VBN" and any(c.dep_ == "agent" and any(o.dep_ == "pobj" for o in children_of(c)) for c in children_of(cue))


def as_attribution(ctx: ArticleContext, cue: Token) -> bool:
    """ "As the Ledger noted, the mayor raised $1 million", "the mayor raised taxes, as he
    had promised", "As reported by the Ledger, ...": a cue with its own subject or "by"
    phrase and nothing said of its own, under "as", set off by a comma from the clause it
    attributes."""
    if cue.dep_ != "advcl" or not (has_active_subject(cue) or _by_agent(cue)) or cue.head.i == cue.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in children_of(cue)):
        return False
    # "as she put it", "as he described it": the "it" is the clause attributed, no object of its own.
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") and not (c.dep_ == "dobj" and c.lower_ == "it") for c in children_of(cue)):
        return False
    marks = (",", "—", "–", "-")
    if cue.i < cue.head.i:
        edge = cue.right_edge
        return edge.text in marks or (edge.i + 1 < len(ctx.doc) and ctx.doc[edge.i + 1].text in marks)
    edge = cue.left_edge
    return edge.i > 0 and ctx.doc[edge.i - 1].text in marks
