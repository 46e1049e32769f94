"""Find quotations in raw text: straight, curly, low-9, guillemet and single marks.

Works on characters, not tokens, so it sees marks the tokenizer glues to words. It never
raises: an unbalanced mark is either ignored (a stray) or closes at the end of its paragraph,
and scanning goes on. News style is understood: a quotation that runs over several
paragraphs leaves the earlier ones unclosed and re-opens each new one with a mark.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Families of marks that pair with each other. Each mark says whether it can open, close, or both.
DOUBLE = "double"
SINGLE = "single"
GUILLEMET = "guillemet"
ANGLE = "angle"  # single guillemets ‹ ›

_DOUBLE_MARKS = '"“”„‟'
_SINGLE_MARKS = "'‘’‚‛"
_ALL_MARKS = _DOUBLE_MARKS + _SINGLE_MARKS + "«»‹›"
_OPENING_CONTEXT = " \t\n([{—–-/:;,"  # what may stand before an opening mark

# Pairs of single marks that stand for a double one.
_TWO_CHAR_DOUBLES = ("''", "``")

# Characters that end a paragraph: a quotation left open ends at the first of them.
_LINE_BREAKS = "\n\r\u2028\u2029\x0b\x0c\x85"

# Invisible format characters (direction marks, zero-width spaces and joiners, the byte-order
# mark) that some pages put before a mark: a mark reads its neighbours through them.
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"

# A paragraph-long single-quoted passage is rare; a longer one is taken for apostrophes.
MAX_SINGLE_QUOTE = 600


@dataclass(slots=True)
class Quotation:
    """A quoted passage. `start`/`end` include the marks; `inner_*` are the words inside."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    family: str
    depth: int = 0  # 0 for a top-level quotation, 1 for a quotation inside it, ...
    closed: bool = True  # False when it ran to the end of a paragraph without a closing mark
    # (start, end) of the marks that re-open it in later paragraphs (news style).
    reopenings: list[tuple[int, int]] = field(default_factory=list)

    def contains(self, offset: int) -> bool:
        return self.inner_start <= offset < self.inner_end


@dataclass(slots=True)
class _Open:
    family: str
    mark: str
    start: int
    depth: int
    reopenings: list[tuple[int, int]] = field(default_factory=list)


def is_quote_mark(char: str) -> bool:
    return char in _ALL_MARKS


def _opening_context(char: str) -> bool:
    """May an opening mark stand after this character? Any space does, the no-break space
    of web pages too ('she said.\xa0"Every ...'), and the punctuation of _OPENING_CONTEXT."""
    return char in _OPENING_CONTEXT or char.isspace()


def _is_word(char: str) -> bool:
    return char.isalnum()


def _next_paragraph_opening(text: str, newline: int) -> int | None:
    """Offset of the first non-space character after a line break, if it is an opening mark."""
    i = newline
    while i < len(text) and (text[i].isspace() or text[i] in _INVISIBLE):
        i += 1
    if i < len(text) and text[i] in "\"“„«»‘'‹›”":
        return i
    return None


def _single_closer_ahead(text: str, i: int, limit: int) -> bool:
    """Is there a closing single mark before the paragraph ends (for an opener at i)?"""
    j = i + 1
    end = min(limit, i + 1 + MAX_SINGLE_QUOTE)
    while j < end:
        c = text[j]
        if c in _LINE_BREAKS:
            return False
        if c in "'’‘" and j > i + 1 and not text[j - 1].isspace():
            after = text[j + 1] if j + 1 < len(text) else " "
            if not _is_word(after):
                return True
        j += 1
    return False


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotations(text: str, start: int = 0, end: int | None = None) -> list[Quotation]:
    """Every quotation in text[start:end], in order of their opening marks."""
    return _Scanner(text, start, len(text) if end is None else end).scan()


@dataclass
class _Mark:
    """A quote mark met while scanning, with what stands around it."""

    char: str
    at: int
    before: str
    after: str
    can_open: bool
    can_close: bool


class _Scanner:
    """One left-to-right pass over the text, with the quotations still open on a stack."""

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        self.start = start
        self.end = end
        self.found: list[Quotation] = []
        self.stack: list[_Open] = []
        self.skip: set[int] = set()  # re-opening marks already consumed by a continuation

    def scan(self) -> list[Quotation]:
        text, end = self.text, self.end
        i = self.start
        while i < end:
            c = text[i]
            if c in _LINE_BREAKS:
                _paragraph_end(text, i, self.stack, self.skip, self.close)
                while i < end and text[i].isspace():
                    i += 1
                continue
            if c in _ALL_MARKS and i not in self.skip:
                m = self.read_mark(i)
                self.mark(m)
                i += len(m.char)
                continue
            i += 1
        # Whatever is still open at the end runs to the end of the text.
        while self.stack:
            entry = self.stack.pop()
            if entry.family != SINGLE:
                self.close(entry, end, 0, closed=False)
        self.found.sort(key=lambda q: (q.start, -q.end))
        return self.found

    def read_mark(self, i: int) -> _Mark:
        text = self.text
        # Two single marks typed for a double one (''Like this,'' some papers print).
        char = text[i : i + 2] if text[i : i + 2] in _TWO_CHAR_DOUBLES else text[i]
        if text[i : i + 3] == "'''" and self.stack and self.stack[-1].family == SINGLE:
            char = "'"  # ''... 'a special case,''': the single mark closes first, then the double
        b = i - 1
        while b >= 0 and text[b] in _INVISIBLE:
            b -= 1
        a = i + len(char)
        while a < len(text) and text[a] in _INVISIBLE:
            a += 1
        before = text[b] if b >= 0 else " "
        after = text[a] if a < len(text) else " "
        return _Mark(
            char=char,
            at=i,
            before=before,
            after=after,
            can_open=(_opening_context(before) or before in _ALL_MARKS) and not after.isspace(),
            can_close=not before.isspace() or i == self.start,
        )

    def mark(self, m: _Mark) -> None:
        if m.char in '"“”„‟' or m.char in _TWO_CHAR_DOUBLES:
            self.double(m)
        elif m.char in "«»":
            self.paired(m, GUILLEMET, m.can_open or _opening_context(m.before))
        elif m.char in "‹›":
            self.paired(m, ANGLE, m.can_open)
        else:
            self.single(m)

    def push(self, family: str, m: _Mark) -> None:
        self.stack.append(_Open(family, m.char, m.at, len(self.stack)))

    def double(self, m: _Mark) -> None:
        c, i = m.char, m.at
        k_double = self.open_index(DOUBLE)
        if c == "„":
            self.push(DOUBLE, m)
        elif c == "“" and k_double is not None and self.stack[k_double].mark == "„":
            self.close_family(k_double, i)  # „German style“
        elif c == "“" and k_double is not None and m.can_close and not m.can_open:
            self.close_family(k_double, i)  # a “ used as a closing mark
        elif c == "“":
            self.push(DOUBLE, m)
        elif k_double is not None:
            self.close_family(k_double, i, len(c))
        elif (c == '"' or c in _TWO_CHAR_DOUBLES) and m.can_open:
            self.push(DOUBLE, m)
        elif c == "”" and m.can_open and not _is_word(m.before):
            self.push(DOUBLE, m)  # Swedish ”…”
        # anything else is a stray mark (inches, a lone closing mark): ignored

    def paired(self, m: _Mark, family: str, may_open: bool) -> None:
        """Guillemets, double or single: «…», »…«, ‹…›; the other mark of the pair closes."""
        k = self.open_index(family)
        if k is not None and m.char != self.stack[k].mark:
            self.close_family(k, m.at)
        elif may_open:
            self.push(family, m)

    def single(self, m: _Mark) -> None:
        """Single marks and apostrophes."""
        c, i, before, after = m.char, m.at, m.before, m.after
        k_single = self.open_index(SINGLE)
        if _is_word(before) and _is_word(after):
            pass  # don't, Xi'an, O'Neill
        elif c == "‘" and k_single is not None and self.stack[k_single].mark == "‚":
            self.close_family(k_single, i)
        elif k_single is not None and c in "'’" and m.can_close and not _is_word(after):
            if not _possessive(self.text, i, self.end):
                self.close_family(k_single, i)
        elif c in "‘‛‚" or (c in "'’" and (_opening_context(before) or before in "“„«‹")):
            if m.can_open and not after.isdigit() and _single_closer_ahead(self.text, i, self.end):
                self.push(SINGLE, m)
        # otherwise an apostrophe: the ministers' plans, '90s

    def close(self, entry: _Open, at: int, mark_len: int, closed: bool = True) -> None:
        inner_start, inner_end = _inner(self.text, entry.start + len(entry.mark), at)
        if inner_end > inner_start:
            self.found.append(
                Quotation(
                    start=entry.start,
                    end=at + mark_len,
                    inner_start=inner_start,
                    inner_end=inner_end,
                    family=entry.family,
                    depth=entry.depth,
                    closed=closed,
                    reopenings=entry.reopenings,
                )
            )

    def open_index(self, family: str) -> int | None:
        for k in range(len(self.stack) - 1, -1, -1):
            if self.stack[k].family == family:
                return k
        return None

    def close_family(self, k: int, at: int, mark_len: int = 1) -> None:
        # Marks opened inside the one being closed were never closed: they end here too.
        while len(self.stack) > k + 1:
            inner = self.stack.pop()
            if inner.family == SINGLE:
                continue  # an unclosed single mark was an apostrophe after all
            self.close(inner, at, 0, closed=False)
        self.close(self.stack.pop(), at, mark_len)


def _possessive(text: str, i: int, limit: int) -> bool:
    """ "the ministers' plans" inside a single-quoted passage: a mark after a plural -s and
    before a lower-case word is an apostrophe when another closing mark follows."""
    if i == 0 or text[i - 1] not in "sS" or i + 2 >= len(text):
        return False
    if text[i + 1] != " " or not text[i + 2].islower():
        return False
    return _single_closer_ahead(text, i, limit)


def _paragraph_end(text: str, newline: int, stack: list[_Open], skip: set[int], close) -> None:
    """At a line break: continue quotations re-opened on the next paragraph, close the rest."""
    if not stack:
        return
    reopen = _next_paragraph_opening(text, newline + 1)
    keep: list[_Open] = []
    for entry in stack:
        if (
            reopen is not None
            and not keep
            and _opens_passage(text, entry.start)
            and entry.family in (DOUBLE, GUILLEMET)
            and _pairs(entry.mark, text[reopen])
        ):
            entry.reopenings.append((reopen, reopen + 1))
            skip.add(reopen)
            keep.append(entry)
            continue
        if entry.family != SINGLE:
            close(entry, _trim_end(text, newline), 0, closed=False)
    stack[:] = keep


def _trim_end(text: str, at: int) -> int:
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _pairs(opening: str, reopening: str) -> bool:
    if opening in '"“„”‟':
        return reopening in '"“„”'
    return reopening in "«»"


def _opens_passage(text: str, start: int) -> bool:
    """Does the mark at start open a passage of its own, as a quotation that runs on over
    paragraphs does: at a paragraph's or sentence's start, or after a colon, comma or dash
    ('He said: "...')? A mark after the writer's words ('called it "a farce.') opens a
    phrase of the writer's sentence, which a missing closing mark leaves open at the
    paragraph's end: the quotation on the next paragraph is another one."""
    i = start - 1
    while i >= 0 and (text[i].isspace() and text[i] not in _LINE_BREAKS or text[i] in _INVISIBLE):
        i -= 1
    return i < 0 or text[i] in _LINE_BREAKS or text[i] in ".!?:;,—–-([" or text[i] in _ALL_MARKS
