"""Headlines written in Title Case or in capitals, parsed as the sentence they would be in
running text ("Senator Slams Governor Over Budget" -> "Senator slams governor over budget").

spaCy's small model reads every capitalised word as a name, so a Title Case headline parses
as one long proper noun. The `eventdesk_headline_case` component parses a copy of the
headline with each word in the case the article itself writes it in (truecased: same
length, same offsets) and writes that copy's tags, lemmas, parse and entities onto the
headline's own tokens. The text, and every offset a later stage reports, stay as written.
A headline without a full stop is parsed with one added to the copy: the parser reads a
line without it as a fragment ("Kirchner says Ortega is a liar").

Which case a headline word gets (`truecase`), in order:
1. an acronym the article writes in capitals ("FBI"), or a short one it never writes in
   lower case ("ER"), stays in capitals;
2. a function word (spaCy's stop words) is lowered, unless it is a lexicon name the body
   writes capitalised ("Theresa May");
3. a name the actor lexicon knows (a country, place, organisation, leader, group), or a word
   the body writes capitalised inside a sentence, keeps its capital;
4. a word the body writes in lower case, or a common English word (a form of a word the
   lemmatizer's tables list), is lowered; a given name before a kept name is not ("John
   Roberts": a common word only as a noun, which the body never writes);
5. anything else (a name the body does not repeat) stays as written.
The first word of the headline, and of each part after a colon, dash or sentence end, keeps
its capital. Only a line in headline case changes: most of its words capitalised, or a word
in capitals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from eventdesk.ingest.clean import TITLE_MAX_WORDS as HEADLINE_MAX_WORDS  # a headline is a title-length line
from eventdesk.headline_grammar import Edits, accepted, copy_back, edited_copy, headline_edits
from eventdesk.nlp import register_extensions, text_of

# A line is in headline case when at least this share of its words (after the first word of
# each part) start with a capital.
HEADLINE_CASE_MIN_SHARE = 0.6
# A word of this many letters written in capitals, which the body never writes in lower
# case, is an acronym.
ACRONYM_MAX_LETTERS = 3

# A word: letters, and a negated auxiliary without its "n't" ("Doesn't" -> "Does", as spaCy splits it).
_WORD = re.compile(r"[^\W\d_]+?(?=n['’]t\b)|[^\W\d_]+")
# A headline that ends a sentence: a full stop, question or exclamation mark, or an ellipsis,
# a closing quotation mark or bracket after it.
_FINAL = re.compile(r"[.!?…][\"'”’)\]]*$")
# After these a headline (or a sentence of the body) starts anew: a capital there says nothing.
_PART_BREAK = re.compile(r"(?:^|[:.!?;…—–]|\s-\s)[\s\"'“‘(\[]*$")
# An opening quotation mark right before a word: a quotation starts with a capital.
_QUOTE_OPENS = re.compile(r"(?:^|\s)[\"“‘']$")
# The parts of speech of the lemmatizer's word lists.
_PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")
# Lexicon readings that are names; a role ("governor", "police") is a common noun whose case
# the body decides.
_NAME_TYPES = frozenset({"person", "org", "seat", "country", "place", "region", "ethnic", "religion"})


@dataclass(frozen=True, slots=True)
class BodyCase:
    """How the body of an article writes its words: in lower case, capitalised inside a
    sentence, in capitals (lowercased keys)."""

    lower: frozenset[str]
    capitalised: frozenset[str]
    capitals: frozenset[str]

    @classmethod
    def of(cls, text: str) -> BodyCase:
        lower, capitalised, capitals = set(), set(), set()
        for match in _WORD.finditer(text):
            word = match.group()
            key = word.lower()
            if word == key:
                lower.add(key)
            elif len(word) > 1 and word.isupper():
                capitals.add(key)
            elif word[0].isupper() and not _part_start(text, match.start(), quotes=True):
                capitalised.add(key)
        return cls(frozenset(lower), frozenset(capitalised), frozenset(capitals))


def _part_start(text: str, start: int, quotes: bool = False) -> bool:
    """Whether the word at `start` opens a sentence, a line or a part of a headline (or,
    with `quotes`, a quotation)."""
    before = text[max(0, start - 12):start]
    line_start = text.rfind("\n", 0, start)
    if line_start >= start - 12:
        before = text[line_start + 1:start]
        if not before.strip(" \"'“‘([*-•"):
            return True
    return bool(_PART_BREAK.search(before) or (quotes and _QUOTE_OPENS.search(before)))


def _word_form(word: str) -> str | None:
    """"title" (Xxxx), "capitals" (XXXX) or None (lower case, mixed: "McCarthy", "iPhone")."""
    if len(word) > 1 and word.isupper():
        return "capitals"
    if word[0].isupper() and (len(word) == 1 or word[1:].islower()):
        return "title"
    return None


def in_headline_case(line: str) -> bool:
    """Most words of the line capitalised (after each part's first), or a word in capitals."""
    words = [(m.group(), _part_start(line, m.start())) for m in _WORD.finditer(line)]
    inner = [w for w, opens in words if not opens and len(w) > 1]
    if not inner:
        return False
    capitalised = sum(1 for w in inner if w[0].isupper())
    return capitalised / len(inner) >= HEADLINE_CASE_MIN_SHARE or any(w.isupper() and len(w) > 2 for w in inner)


def truecase(line: str, body: BodyCase, words: CommonWords, names: frozenset[int] = frozenset()) -> str:
    """The line with each word in the case the article writes it in (see the module's doc);
    `names` are the character offsets in `line` of words a lexicon name covers, `words`
    knows the common English words. Same length as `line`."""
    out = list(line)
    found = [(m.group(), m.start()) for m in _WORD.finditer(line)]
    cases = [_case(word, start, body, words, names) for word, start in found]
    for k, (word, start) in enumerate(found):
        case = cases[k]
        if case == "lower" and _first_name(word.lower(), body, words) and k + 1 < len(found) \
                and cases[k + 1] == "name" and line[start + len(word):found[k + 1][1]] == " ":
            case = "name"  # "Chief Justice John Roberts": a given name before a known name
        if case is None:
            continue
        if case == "name" or _part_start(line, start):
            new = word[0] + word[1:].lower()
        else:
            new = word.lower()
        if len(new) == len(word):
            out[start:start + len(word)] = new
    return "".join(out)


def _case(word: str, start: int, body: BodyCase, words: CommonWords, names: frozenset[int]) -> str | None:
    """"name" (a capital), "lower", or None (as written) for one headline word."""
    form = _word_form(word)
    if form is None or word == "I":
        return None
    key = word.lower()
    if form == "capitals" and (key in body.capitals or (start in names and key not in body.capitalised)
                               or (len(word) <= ACRONYM_MAX_LETTERS and key not in body.lower and not words.stop(key))):
        return None  # an acronym: "FBI", "AFL-CIO", "US", "ER"
    if words.stop(key) or key == "a":
        # A function word is capitalised inside a sentence only in a name ("Theresa May").
        return "name" if start in names and key in body.capitalised else "lower"
    if start in names:
        return "name"
    if key in body.capitalised:
        return "name"
    if key in body.lower or words(key):
        return "lower"
    return None


def _first_name(key: str, body: BodyCase, words: CommonWords) -> bool:
    """A word the body never writes that is a common word only as a noun ("john", "ted")."""
    return key not in body.lower and not words.stop(key) and words.parts(key) == {"noun"}


class CommonWords:
    """Whether a lowercase word is an English common word: a stop word, or a form of a word
    the lemmatizer's index lists as a noun, verb, adjective or adverb (its tables: the
    pipeline's own lemmatizer)."""

    def __init__(self, nlp: Language | None = None):
        from spacy.lang.en.stop_words import STOP_WORDS

        self.stop_words = frozenset(STOP_WORDS)
        self.index, self.rules, self.exceptions = {}, {}, {}
        lookups = _lemmatizer_lookups(nlp) if nlp is not None else None
        if lookups is not None and lookups.has_table("lemma_index"):
            # spaCy's tables key their entries by the hash of the part of speech.
            for pos in _PARTS_OF_SPEECH:
                self.index[pos] = frozenset(lookups.get_table("lemma_index").get(pos, ()))
                for name, target in (("lemma_rules", self.rules), ("lemma_exc", self.exceptions)):
                    if lookups.has_table(name):
                        target[pos] = lookups.get_table(name).get(pos, {} if name == "lemma_exc" else ())

    def stop(self, word: str) -> bool:
        return word in self.stop_words

    def __call__(self, word: str) -> bool:
        return self.stop(word) or bool(self.parts(word))

    def parts(self, word: str) -> set[str]:
        """The parts of speech ("noun", "verb", "adj", "adv") the word is a form of."""
        found = set()
        for pos, known in self.index.items():
            if word in known or word in self.exceptions.get(pos, {}):
                found.add(pos)
                continue
            if any(word.endswith(old) and word[:len(word) - len(old)] + new in known
                   for old, new in self.rules.get(pos, ())):
                found.add(pos)
        return found


def _lemmatizer_lookups(nlp: Language):
    """The tables of the pipeline's lemmatizer (itself, or held by the attribute cache that
    stands in for it), or None."""
    from spacy.pipeline import Lemmatizer

    for _, component in nlp.pipeline:
        lemmatizer = component if isinstance(component, Lemmatizer) else getattr(component, "lemmatizer", None)
        if isinstance(lemmatizer, Lemmatizer):
            return lemmatizer.lookups
    return None


class HeadlineCase:
    """Re-parse the headline of a Doc from its truecased copy (see the module's doc)."""

    def __init__(self, nlp: Language, name: str):
        self.nlp = nlp
        self.name = name
        self.common = CommonWords(nlp)

    def __call__(self, doc: Doc) -> Doc:
        for start, end in headline_lines(doc):
            self.reparse(doc, start, end)
        return doc

    def model_components(self):
        """The components before this one: the parse this one repeats on the copy."""
        for name, component in self.nlp.pipeline:
            if name == self.name:
                break
            yield component

    def reparse(self, doc: Doc, start: int, end: int) -> None:
        """Parse the headline at start..end again, truecased when it is in headline case, with
        a full stop when it has none (the parser reads a line without one as a fragment);
        then again with the articles and the "and" headline English leaves out, when the
        parse shows it misread them (headline_grammar.py)."""
        text = text_of(doc)
        line = text[start:end]
        cased = line
        if in_headline_case(line):
            body = BodyCase.of(_story_text(doc, start, end))
            cased = truecase(line, body, self.common, names=lexicon_names(doc, start, end))
        stop = "" if _FINAL.search(line) else " ."
        tokens = [t for t in doc if start <= t.idx and t.idx + len(t) <= end]
        if not tokens:
            return
        if cased != line or stop:
            self.plain_copy(doc, tokens, cased + stop)
        self.edited_copy(doc, tokens, cased, start, bool(stop))

    def parse(self, copy: Doc) -> Doc:
        for component in self.model_components():
            copy = component(copy)
        return copy

    def plain_copy(self, doc: Doc, tokens: list, cased: str) -> None:
        """The headline parsed from its truecased copy, a full stop added."""
        copy = self.parse(self.nlp.make_doc(cased))
        if [(t.idx - tokens[0].idx, len(t)) for t in tokens] != [(t.idx, len(t)) for t in copy[:len(tokens)]]:
            return  # the copy splits into other tokens: leave the parse as it was
        if any(t.head.i >= len(tokens) for t in copy[:len(tokens)]):
            return  # a word hangs on the added full stop
        copy_back(doc, copy, list(range(len(tokens))), tokens[0].i, Edits())

    def edited_copy(self, doc: Doc, tokens: list, cased: str, start: int, stop: bool) -> None:
        """The headline parsed from a copy with the words headline English leaves out."""
        edits = headline_edits(tokens, self.common)
        if not edits:
            return
        copy, at = edited_copy(doc, tokens, cased, start, edits, stop)
        copy = self.parse(copy)
        if accepted(copy, at, edits):
            copy_back(doc, copy, at, tokens[0].i, edits)


def _story_text(doc: Doc, start: int, end: int) -> str:
    """The text with the headline at start..end, the boilerplate (a repeated headline, a
    caption) and other lines in headline case (subheads) blanked out: the running text
    whose case the headline's words are read against."""
    chars = list(text_of(doc))
    blank = [(start, end)] + [(s, e) for s, e, _ in doc._.boilerplate or ()]
    offset = 0
    for raw in text_of(doc).splitlines(keepends=True):
        line = raw.strip()
        if line and len(line.split()) <= HEADLINE_MAX_WORDS and in_headline_case(line):
            blank.append((offset, offset + len(raw)))
        offset += len(raw)
    for s, e in blank:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def headline_lines(doc: Doc) -> list[tuple[int, int]]:
    """The headline: the first line of the text outside boilerplate (the title line the
    cleaning step marked counts as headline), when it is short and story follows it (a
    one-line text is all story)."""
    text = text_of(doc)
    ranges = [(s, e) for s, e, reason in doc._.boilerplate or () if reason != "title"]
    found = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped[0])
            end = start + len(stripped)
            if not any(s <= start and end <= e for s, e in ranges):
                found.append((start, end))
                if len(found) == 2:
                    break
        offset += len(raw)
    if len(found) < 2 or len(text[found[0][0]:found[0][1]].split()) > HEADLINE_MAX_WORDS:
        return []
    return found[:1]


def lexicon_names(doc: Doc, start: int, end: int) -> frozenset[int]:
    """Offsets (relative to `start`) of the words in start..end that a name of the actor
    lexicon covers ("White House", "Mexico", "Republicans")."""
    from eventdesk.actors.lexicon import builtin_lexicon, norm

    lexicon = builtin_lexicon()
    tokens = [t for t in doc if start <= t.idx and t.idx + len(t) <= end]
    keys = [norm(t.text) for t in tokens]
    found = set()
    for i, key in enumerate(keys):
        for length in lexicon.first.get(key, ()):
            entries = lexicon.lookup(tuple(keys[i:i + length])) if i + length <= len(keys) else ()
            if any(e.type in _NAME_TYPES and _case_fits(e.case, tokens[i:i + length]) for e in entries):
                found.update(t.idx - start for t in tokens[i:i + length])
                break
    return frozenset(found)


def _case_fits(case: tuple[str, ...], tokens) -> bool:
    """Whether the tokens are written as the lexicon entry asks: a name in capitals ("US",
    "WHO") only in those capitals, "Us" is a word."""
    return all(not want or want == "cap" or want == token.text for want, token in zip(case, tokens))


@Language.factory("eventdesk_headline_case", requires=["token.dep", "doc.ents"],
                  assigns=["token.tag", "token.pos", "token.lemma", "token.dep", "doc.ents"])
def make_headline_case(nlp: Language, name: str) -> HeadlineCase:
    register_extensions("boilerplate")
    return HeadlineCase(nlp, name)
