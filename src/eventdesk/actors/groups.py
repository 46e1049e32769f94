"""Groups the lexicon does not list, named by the text itself: "a group called the Free
Valley Liberation Front", "the militant group Jund al-Aqsa", "the Northern Farmers'
Movement". Whether such a name is a group's (a head noun from data/name_words.tsv) and
whether the group is armed (an armed word in it) is decided here.
"""

from __future__ import annotations

from eventdesk.actors.phrases import Element, Phrase
from eventdesk.actors.words import armed_words, name_heads, stance_prefixes


def is_group_name(phrase: Phrase, elements: list[Element]) -> bool:
    """"the Free Valley Liberation Front": a capitalised group noun heading a proper name."""
    head = phrase.head
    if not head.text[:1].isupper() or head.lower_ not in name_heads():
        return False
    in_matches = {j for e in elements for j in range(e.match.start, e.match.end) if e.entry.type != "role"}
    return any(head.doc[i].pos_ == "PROPN" and i != head.i and i not in in_matches
               and phrase.levels[i] == 0 for i in phrase.levels)


def group_name(phrase: Phrase, elements: list[Element]) -> tuple[str, bool] | None:
    """(name, armed) of a group the lexicon does not know: "a group called X",
    "militant group X", "the X Liberation Front"."""
    doc = phrase.head.doc
    named = sorted(phrase.named)
    if not named and not is_group_name(phrase, elements):
        named = _name_after_group_noun(phrase, elements)
    elif not named:
        named = [i for i in sorted(phrase.levels) if phrase.levels[i] == 0
                 and not doc[i].is_punct and doc[i].lower_ not in ("the", "a", "an")]
    if not named:
        return None
    start, end = named[0], named[-1] + 1
    while start < end:
        if doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct:
            start += 1
        elif start + 2 < end and doc[start].lower_ in stance_prefixes() and doc[start + 1].text == "-":
            start += 3  # "the anti-austerity 7-Point Party": the cause is no word of the name
        else:
            break
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if start >= end:
        return None
    words = {t.lower_ for t in doc[start:end]}
    phrase_words = {doc[i].lower_ for i in phrase.levels if phrase.levels[i] == 0}
    armed = bool((words | phrase_words) & armed_words())
    return doc[start:end].text.strip("'\"‘’“” "), armed


def _name_after_group_noun(phrase: Phrase, elements: list[Element]) -> list[int]:
    """"the militant group Jund al-Aqsa": the proper nouns after a group noun ([] if none)."""
    doc, head = phrase.head.doc, phrase.head
    group_nouns = [e for e in elements if e.entry.type == "role" and e.level == 0
                   and e.entry.kind in ("group", "organization")
                   and ("generic" in e.entry.flags or doc[e.match.end - 1].lower_ in name_heads())]
    if not group_nouns:
        return []
    after = group_nouns[0].match.end
    matched = {j for e in elements for j in range(e.match.start, e.match.end)}
    proper = [i for i in sorted(phrase.levels) if phrase.levels[i] == 0 and i not in matched
              and i >= after and doc[i].pos_ == "PROPN" and i not in (head.i,)]
    if not proper or head.i in matched and not any(e.is_head and e.entry.type == "role" for e in elements):
        return []
    return proper
