"""Main-clause verbs of the lexicon that made no event for the shape of their arguments: a
label the parser hangs on the labelled object ("called Y's plans a disgrace"), a denial with
a that-clause, criticism verbs used transitively or with a particle ("ripped Y", "piled on
Y", "seized on the remarks"), and verbs that cast someone as something ("cast Y as ...")."""

import pytest

from eventdesk.pipeline import code_text

STORY = "Senator Bernie Sanders spoke to voters in Iowa on Monday. "


def _codes(text):
    return {(e.cameo, e.source.text if e.source else None, e.target.text if e.target else None)
            for e in code_text(STORY + text, published="2016-03-01").events}


def _has(found, code, source, target):
    return any(c == code and s and source in s and (target is None and t is None or t and target and target in t)
               for c, s, t in found)


@pytest.mark.parametrize("text, code, source, target", [
    # the label the object's npadvmod or dobj, or an apposition of its apposition
    ("Donald Trump called Hillary Clinton's plans a disgrace.", "111", "Donald Trump", "Hillary Clinton"),
    ("Jeb Bush called Donald Trump's remarks a lie.", "112", "Jeb Bush", "Donald Trump"),
    ("Donald Trump called Hillary Clinton, his Democratic challenger, a liar.", "111", "Donald Trump",
     "Hillary Clinton"),
    # verbs that cast someone as something (words.tsv labelling_verb)
    ("Jeb Bush presented Donald Trump as a dangerous demagogue.", "111", "Jeb Bush", "Donald Trump"),
])
def test_labels_on_the_object_and_casting_verbs(text, code, source, target):
    found = _codes(text)
    assert _has(found, code, source, target), found


@pytest.mark.parametrize("text, source", [
    ("The Kremlin denied that it had interfered in the election.", "Kremlin"),
    ("The ministry denied that troops had entered the village.", "ministry"),
])
def test_a_denial_with_a_that_clause_is_016(text, source):
    found = _codes(text)
    assert any(c == "016" and s and source in s for c, s, _ in found), found


@pytest.mark.parametrize("text, source, target", [
    ("Ted Cruz ripped Donald Trump for his remarks.", "Ted Cruz", "Donald Trump"),
    ("Republicans piled on Hillary Clinton.", "Republicans", "Hillary Clinton"),
])
def test_criticism_verbs_with_an_object_or_particle(text, source, target):
    found = _codes(text)
    assert _has(found, "111", source, target), found


def test_seizing_on_words_is_criticism_and_seizing_weapons_is_not():
    assert any(c == "111" and s and "Jeb Bush" in s for c, s, _ in _codes("Jeb Bush seized on the video."))
    assert not any(c == "111" for c, _, _ in _codes("Police seized the weapons."))


def test_a_denial_of_access_stays_a_refusal():
    found = _codes("Syria denied the country access to its airspace.")
    assert not any(c == "016" for c, _, _ in found), found


def test_defending_ones_own_words_or_choice_stands_without_a_target():
    found = _codes("Chris Christie defended his decision.")
    assert ("052", "Chris Christie", None) in found, found
