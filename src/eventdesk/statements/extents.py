"""Where a speaker's written phrase ends, as news annotators draw the source (PolNeAR):
after a name, the descriptions set off by commas or brackets are the speaker's ("Ana Ruiz,
34, a nurse at the county hospital"), a participle set off after them is not ("Sen. Ana Ruiz,
Democrat of Ohio, facing a tough race, said"); nor is a phrase of the day or of the
platform the parser hung on the speaker ("The Ruiz campaign on Monday said", "libertarians
on social media")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.statements.lexicon import words_with_role

_OPEN, _CLOSE = "([", ")]"
# Prepositions of the day or year a speaker said something ("The campaign on Monday said",
# "an executive in 2009 wrote").
_TIME_PREPS = {"on", "in"}
# Prepositions of the medium of a saying ("Ortiz in his opening speech promised ..."),
# and of the one a speaker speaks through ("Lee, through a spokeswoman, declined ...").
_MEDIUM_PREPS = {"in", "during"}
_GO_BETWEEN_PREPS = {"through", "via"}


def first_setoff_end(doc: Doc, end: int, last: int) -> int:
    """The end (exclusive) of a speaker phrase `doc[.. end]` followed by set-off words up to
    `last`: before a participle set off by a comma ("Sen. Ana Ruiz, Democrat of Ohio,
    facing a tough race"), which tells what the speaker is doing, not who the speaker is;
    descriptions and relative clauses stay (the annotators draw them either way, mostly in)."""
    depth = 0
    for k in range(end, last):
        token = doc[k]
        if token.text in _OPEN:
            depth += 1
        elif token.text in _CLOSE:
            depth = max(0, depth - 1)
        elif token.text == "," and depth == 0 and k + 1 < last and _participle(doc[k + 1]):
            return k
    return last


def _participle(token: Token) -> bool:
    """A participle that opens a clause ("facing ...", "referring to ..."), not one that
    modifies a noun ("ranking member", "founding director")."""
    return token.tag_ == "VBG" and token.dep_ not in ("amod", "compound", "nmod") and not (
        token.i + 1 < len(token.doc) and token.head.i == token.i + 1 and token.head.pos_ in ("NOUN", "PROPN")
    )


def without_circumstance(doc: Doc, head: Token, end: int) -> int:
    """The end (exclusive) of a speaker phrase without a last prepositional phrase of time,
    platform or medium hung on its head ("The Ruiz campaign on Monday", "libertarians on
    social media", "Lee in his first speech", "Lee, through a spokeswoman"): where that
    phrase begins, else `end`."""
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.right_edge.i == end - 1):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objects) != 1:
            continue
        obj = objects[0]
        timed = prep.lower_ in _TIME_PREPS and obj.ent_type_ in ("DATE", "TIME") and all(t.ent_type_ in ("DATE", "TIME") or t.is_punct for t in doc[prep.i + 1 : end])
        if timed or obj.lemma_.lower() in words_with_role("platform") or obj.lower_ in words_with_role("platform") or _medium(prep, obj):
            k = prep.i
            while k > head.i + 1 and (doc[k - 1].is_punct or doc[k - 1].is_space):
                k -= 1
            return k
    return end


def _medium(prep: Token, obj: Token) -> bool:
    """A medium of saying given its article or owner ("in his announcement speech", "in a
    letter"), or the spokesperson a speaker speaks through ("through a spokeswoman")."""
    if prep.lower_ in _GO_BETWEEN_PREPS:
        return obj.lemma_.lower() in words_with_role("spokesperson")
    if prep.lower_ not in _MEDIUM_PREPS or obj.lemma_.lower() not in words_with_role("medium"):
        return False
    return any(c.dep_ in ("det", "poss") for c in obj.children)
