"""Headline English parsed as the sentence it stands for.

Headlines leave out articles and write a comma for "and": "Islamabad rejects charge",
"Pakistan, India trade fire across LoC". spaCy's small model reads the bare noun after the
verb as the verb ("Islamabad rejects | charge" as "the Islamabad rejects charge") and a
name before a comma as no subject. Two edits of a copy of the headline, parsed again,
give the parse running text would have:

1. "the" before a bare noun that follows a verb of the lexicons written right after a name
   ("Islamabad rejects charge" -> "Islamabad rejects the charge"), when the headline's part
   has no other finite verb as parsed and the parse misread this one: as a plural noun
   ("rejects" NNS), a noun ("trade" NN), or as the subject of the noun after it; or when it
   read the verb and hung the noun on it as no object ("denies claim troops crossed border");
2. "and" for the comma between two names that open a part and stand before such a verb
   ("Pakistan, India trade fire" -> "Pakistan and India trade the fire");
3. "and" for the comma between two predicates of one subject ("Senator praises, laments
   deal" -> "Senator praises and laments deal"), read as one clause the object of the other.

The copy is built token for token (an added "the" is a token of its own, the "and" stands
in the comma's place), so its parse maps back onto the headline's own tokens: the text and
every offset stay as written. The copy's parse is kept only when it reads the verb as a
verb with a subject, and the added word hangs as a leaf where it was meant to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

# Tags of a finite verb the parse found: a headline part with one is parsed as a clause.
_FINITE = frozenset({"VBZ", "VBD", "MD"})
# Tags the bare noun after the verb may carry when misread (a noun, a bare verb, an adjective).
_BARE = frozenset({"NN", "NNS", "VB", "VBP", "JJ"})
# Tags of the verb when misread as a noun.
_NOUNISH = frozenset({"NN", "NNS", "NNP", "NNPS"})
# What the parse makes of a verb's bare noun when it reads it as no object.
_NOT_OBJECT = frozenset({"xcomp", "ccomp", "dep", "npadvmod", "oprd", "attr"})
# Entity labels of a name that can be a headline's subject.
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# A headline's parts end at these.
_PART_BREAKS = frozenset({":", ";", ",", "-", "—", "–"})


@dataclass(slots=True)
class Edits:
    """What the copy changes: words inserted before a token (by its index in the headline),
    tokens written as another word; `verbs` the headline tokens the copy must read as verbs
    with a subject, `conjuncts` those it must read as verbs joined to one of the verbs given."""

    before: dict[int, str] = field(default_factory=dict)
    instead: dict[int, str] = field(default_factory=dict)
    verbs: list[int] = field(default_factory=list)
    conjuncts: dict[int, frozenset[int]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.before or self.instead)


@lru_cache(maxsize=1)
def lexicon_verbs() -> frozenset[str]:
    """The lemmas of the event lexicon's verbs and of the statement cues."""
    from eventdesk.events.lexicon import load_lexicon as event_lexicon
    from eventdesk.statements.lexicon import load_lexicon as statement_lexicon

    verbs = {lemma for pos, lemma in event_lexicon().entries if pos == "v"}
    verbs.update(lemma for lemma in statement_lexicon().cues if " " not in lemma)
    return frozenset(verbs)


def verb_lemma(word: str) -> str | None:
    """The lexicon verb a present-tense form stands for ("rejects" -> "reject", "urges" ->
    "urge", "denies" -> "deny", "trade" -> "trade"), or None."""
    word = word.lower()
    known = lexicon_verbs()
    candidates = [word]
    if word.endswith("ies"):
        candidates.append(word[:-3] + "y")
    if word.endswith("es"):
        candidates.append(word[:-2])
    if word.endswith("s"):
        candidates.append(word[:-1])
    return next((c for c in candidates if c in known), None)


def _is_name(token: Token) -> bool:
    return token.tag_ in ("NNP", "NNPS") or token.ent_type_ in _NAME_LABELS


def _parts(tokens: list[Token]) -> list[list[Token]]:
    """The headline's parts: runs of tokens between a colon, semicolon, comma or dash."""
    parts, current = [], []
    for token in tokens:
        if token.text in _PART_BREAKS:
            if current:
                parts.append(current)
            current = []
        else:
            current.append(token)
    if current:
        parts.append(current)
    return parts


def headline_edits(tokens: list[Token], common) -> Edits:
    """The edits of a copy of the headline `tokens` (see the module's doc); `common` knows
    the parts of speech an English word can be (headline.CommonWords). A word the story
    itself uses as a noun, before a word that can be a verb ("Apple shares fall": the
    story's "shares" are nouns), is no misread verb."""
    edits = Edits()
    nouns = story_nouns(tokens)
    first = tokens[0].i
    parts = _parts(tokens)
    for k, part in enumerate(parts):
        verb = _misread_verb(part, common)
        if verb is not None and verb.lower_ in nouns and "verb" in common.parts(verb.doc[verb.i + 1].lower_):
            continue  # "Apple shares fall": two readings, and the story's "shares" are nouns
        if verb is None:
            verb = _misread_object(part, common)
            if verb is not None:
                edits.before[verb.i + 1 - first] = "the"
                edits.verbs.append(verb.i - first)
            continue
        if any(t.tag_ in _FINITE and t.i != verb.i and (t.dep_ in ("ROOT", "conj") or t.is_ancestor(verb)) for t in part):
            continue  # a clause of its own as parsed ("Pakistan trade deficit widens")
        edits.before[verb.i + 1 - first] = "the"
        edits.verbs.append(verb.i - first)
        previous = parts[k - 1] if k > 0 else None
        if previous is not None and _names_before_comma(previous, part, verb):
            edits.instead[part[0].i - 1 - first] = "and"
    for comma, earlier in _verb_commas(tokens):
        verb = comma.i + 1 - first
        if verb in edits.verbs:
            continue
        edits.instead[comma.i - first] = "and"
        edits.conjuncts[verb] = frozenset(t.i - first for t in earlier)
        noun = tokens[verb + 1] if verb + 1 < len(tokens) else None
        if noun is not None and noun.tag_ in ("VB", "VBP") and _bare_noun(noun, common):
            edits.before[verb + 1] = "the"  # "vows fight over cuts": "fight" read as the verb
    return edits


def story_nouns(tokens: list[Token]) -> frozenset[str]:
    """The words (lowercased) the text outside the headline `tokens` tags as nouns more often
    than as verbs."""
    inside = range(tokens[0].i, tokens[-1].i + 1)
    counts: dict[str, int] = {}
    for token in tokens[0].doc:
        if token.i in inside or not token.is_alpha:
            continue
        if token.tag_ in ("NN", "NNS"):
            counts[token.lower_] = counts.get(token.lower_, 0) + 1
        elif token.tag_.startswith("VB"):
            counts[token.lower_] = counts.get(token.lower_, 0) - 1
    return frozenset(word for word, count in counts.items() if count > 0)


def _verb_commas(tokens: list[Token]) -> list[tuple[Token, list[Token]]]:
    """Commas that join two predicates of one subject ("Senator praises, laments deal",
    "Mayor blasts council, vows veto"): a lexicon verb in the present tense right after the
    comma, and a finite verb before it in the same part of the headline (with those verbs)."""
    found = []
    for k in range(1, len(tokens) - 1):
        comma, verb = tokens[k], tokens[k + 1]
        if comma.text != "," or verb.tag_ not in ("VBZ", "NNS") or verb_lemma(verb.text) is None:
            continue
        if verb.tag_ == "NNS" and not verb.lower_.endswith("s"):
            continue
        before = []
        for token in reversed(tokens[:k]):
            if token.text in _PART_BREAKS:
                break
            before.append(token)
        earlier = [t for t in before if t.tag_ in ("VBZ", "VBD") or _misread_before_comma(t, tokens[k - 1])]
        if earlier and not any(t.is_quote for t in before):
            found.append((comma, earlier))
    return found


def _misread_verb(part: list[Token], common) -> Token | None:
    """The verb of the part the parse misread: a lexicon verb in the present tense right
    after a name, tagged as a noun (or a bare verb form), before a bare noun that opens no
    determiner phrase of its own."""
    for j in range(1, len(part) - 1):
        word, noun = part[j], part[j + 1]
        if not _is_name(part[j - 1]) or _is_name(word) and word.ent_type_ and not word.text.islower():
            continue
        if verb_lemma(word.text) is None:
            continue
        if word.tag_ not in _NOUNISH | {"VBP", "VB"} and not (word.tag_ == "VBZ" and word.head.i == noun.i):
            continue  # a verb as parsed, unless it hangs on the noun after it as its subject
        if not _bare_noun(noun, common):
            continue
        if word.tag_ in ("VBP", "VB") and noun.tag_ not in ("VB", "VBP"):
            continue  # read as a verb already, its object a noun: nothing misread
        return word
    return None


def _misread_object(part: list[Token], common) -> Token | None:
    """A lexicon verb in the present tense right after a name, read as a verb, whose bare
    noun after it the parse hangs on it as no object ("denies claim troops crossed border":
    "claim" an open complement, the clause after it the verb's)."""
    for j in range(1, len(part) - 1):
        word, noun = part[j], part[j + 1]
        if not _is_name(part[j - 1]) or word.tag_ != "VBZ" or verb_lemma(word.text) is None:
            continue
        if noun.tag_ in ("NN", "NNS") and noun.head.i == word.i and noun.dep_ in _NOT_OBJECT and _bare_noun(noun, common):
            return word
    return None


def _bare_noun(token: Token, common) -> bool:
    """A word that can be a common noun, with no determiner of its own, which the parse may
    have read as a verb or an adjective."""
    return token.tag_ in _BARE and not _is_name(token) and token.text.isalpha() and "noun" in common.parts(token.lower_)


def _misread_before_comma(token: Token, last: Token) -> bool:
    """A lexicon verb in the present tense, right after a name and right before the comma,
    read as a plural noun ("Hale praises, slams plan")."""
    return (token.i == last.i and token.tag_ == "NNS" and token.i > 0 and _is_name(token.doc[token.i - 1])
            and verb_lemma(token.text) is not None)


def _names_before_comma(previous: list[Token], part: list[Token], verb: Token) -> bool:
    """Whether a comma joins two subjects: the part before it is a name alone that opens the
    headline or a part, and the names of this part run up to its verb."""
    return all(_is_name(t) for t in previous) and all(_is_name(t) for t in part if t.i < verb.i)


def edited_copy(doc: Doc, tokens: list[Token], cased: str, start: int, edits: Edits, stop: bool) -> tuple[Doc, list[int]]:
    """A Doc of the headline's words (as `cased` writes them) with the edits made, a full
    stop added when `stop`; and the copy's index of each headline token."""
    words, spaces, at = [], [], []
    for k, token in enumerate(tokens):
        if k in edits.before:
            words.append(edits.before[k])
            spaces.append(True)
        if k in edits.instead and spaces:
            spaces[-1] = True  # "praises and", not "praisesand"
        at.append(len(words))
        words.append(edits.instead.get(k, cased[token.idx - start:token.idx - start + len(token)]))
        spaces.append(bool(token.whitespace_) or k in edits.instead)
    if stop:
        spaces[-1] = True
        words.append(".")
        spaces.append(False)
    return Doc(doc.vocab, words=words, spaces=spaces), at


def accepted(copy: Doc, at: list[int], edits: Edits) -> bool:
    """Whether the copy reads each verb as a verb with a subject, every added word is a
    leaf on the word after it, and no headline word hangs on an added word or the stop."""
    kept = set(at)
    for index in range(len(copy)):
        if index in kept:
            if copy[index].head.i not in kept:
                return False
        elif copy[index].text != "." or index != len(copy) - 1:
            if copy[index].dep_ != "det" or copy[index].head.i != index + 1 or list(copy[index].children):
                return False
    for k in edits.verbs:
        verb = copy[at[k]]
        if not verb.tag_.startswith("VB") or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
            return False
    back = {index: k for k, index in enumerate(at)}
    for k, earlier in edits.conjuncts.items():
        verb = copy[at[k]]
        if not verb.tag_.startswith("VB") or verb.dep_ != "conj" or back.get(verb.head.i) not in earlier:
            return False
        if not verb.head.tag_.startswith("VB") or not any(c.dep_ == "nsubj" for c in verb.head.children):
            return False  # the verb it joins must be read as a verb with a subject
    return True


def copy_back(doc: Doc, copy: Doc, at: list[int], first: int, edits: Edits) -> None:
    """Write the copy's tags, lemmas, parse and entities onto the headline's tokens, which
    start at doc[first]; `at[k]` is the copy's index of the headline's k-th token (the
    identity for a copy without edits). A word the copy writes in a comma's place keeps the
    comma's tag and lemma and hangs on its head as punctuation."""
    import numpy
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
    values = doc.to_array(attrs)
    copied = copy.to_array(attrs)
    back = {index: k for k, index in enumerate(at)}
    punct = doc.vocab.strings.add("punct")
    for k, index in enumerate(at):
        row = copied[index].copy()
        row[5] = numpy.array(back[copy[index].head.i] - k, dtype=numpy.int64).astype(values.dtype)
        if k in edits.instead:
            row[0], row[1], row[2], row[3] = values[first + k][0], values[first + k][1], values[first + k][2], values[first + k][3]
            row[4] = punct
        values[first + k] = row
    doc.from_array(attrs, values)
    start_char = doc[first].idx
    end_char = doc[first + len(at) - 1].idx + len(doc[first + len(at) - 1])
    kept = [e for e in doc.ents if e.end_char <= start_char or e.start_char >= end_char]
    new = []
    for ent in copy.ents:
        ks = [back.get(i) for i in range(ent.start, ent.end)]
        if None in ks or any(k in edits.instead for k in ks):
            continue
        new.append(Span(doc, first + ks[0], first + ks[-1] + 1, label=ent.label_))
    doc.ents = sorted(kept + new, key=lambda e: e.start)
