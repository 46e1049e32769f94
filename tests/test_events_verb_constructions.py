"""Verb constructions of the nineteenth round: coordinated verbs sharing an object across a
stranded preposition ("met with and praised X"); withholding information through a verb of
giving ("declined to give details", 011, against "refused to return the hostages", 12x);
a label turned around by a lower degree ("portrayed Y as the least qualified", 111) and the
labels of pariahs; a conduct noun judged for its "by" author ("called the ruling by X a
disgrace")."""

import pytest

from conftest import event_pairs


@pytest.mark.parametrize("text, code", [
    ("The French president met with and praised the Kenyan president.", "040"),
    ("The French president spoke to and thanked the Kenyan president.", "040"),
    ("The French president talked to and warned the Kenyan president.", "040"),
    ("The French president met with and later thanked the Kenyan president.", "040"),
])
def test_a_stranded_preposition_shares_the_next_verbs_object(text, code):
    pairs = event_pairs(text)
    assert (code, "FRAGOV", "KENGOV") in pairs
    assert len({c for c, _, _ in pairs}) == 2  # the second verb's own event stays


@pytest.mark.parametrize("text", [
    "The Kenyan ministry declined to offer a figure.",
    "Kenya declined to give details of the deal.",
    "Kenya refused to give details of the deal.",
    "Kenya declined to provide a timeline for the withdrawal.",
    "Kenya refused to release the victims' names.",
])
def test_withholding_information_is_declining_comment(text):
    pairs = event_pairs(text)
    assert [c for c, _, _ in pairs] == ["011"]


@pytest.mark.parametrize("text, root", [
    ("Kenya refused to return the hostages.", "12"),
    ("Kenya refused to release the prisoners.", "12"),
    ("Kenya refused to give aid to Uganda.", "12"),
])
def test_withholding_persons_or_aid_stays_a_rejection(text, root):
    assert all(c[:2] == root for c, _, _ in event_pairs(text))


@pytest.mark.parametrize("text", [
    "The French president positioned the Kenyan president as the least qualified candidate.",
    "The French president portrayed the Kenyan president as the least competent leader in the region.",
    "The French president positioned the Kenyan president as less qualified than his rival.",
    "The French president painted Kenya as an aggressor.",
    "The French president portrayed Kenya as a pariah.",
    "The French president depicted Uganda as a rogue state.",
])
def test_a_label_of_low_degree_or_a_pariah_criticises(text):
    pairs = event_pairs(text)
    assert any(c == "111" and s == "FRAGOV" and t in ("KEN", "KENGOV", "UGA") for c, s, t in pairs)
    assert not any(c == "051" for c, _, _ in pairs)


def test_the_least_of_a_vice_is_no_criticism():
    pairs = event_pairs("The French president cast the Kenyan president as the least corrupt candidate.")
    assert not any(c == "111" for c, _, _ in pairs)


@pytest.mark.parametrize("text", [
    "The French president called the ruling by the Kenyan court a disgrace.",
    "The French president called the ruling by the Kenyan Supreme Court a travesty.",
    "The French president described the verdict by the Kenyan court as outrageous.",
])
def test_a_judged_conduct_noun_is_its_by_authors(text):
    assert ("111", "FRAGOV", "KENJUD") in event_pairs(text)


@pytest.mark.parametrize("text", [
    "The French president called the ruling a disgrace.",
    "The Kenyan foreign minister called the ruling a disgrace.",
])
def test_a_judged_conduct_noun_without_author_has_no_target(text):
    assert not any(c == "111" for c, _, _ in event_pairs(text))


@pytest.mark.parametrize("text, source", [
    ("The Kenyan government called the Ugandan court's ruling a disgrace.", "KENGOV"),
    ("The French president called the Kenyan court's ruling a disgrace.", "FRAGOV"),
])
def test_an_object_and_its_label_give_no_name(text, source):
    """ "X called Y's ruling a disgrace": an object with a label after it is judged; no
    name is given to X ("a group called Ansar Dine")."""
    from eventdesk.pipeline import code_text

    actors = code_text(text, published="2015-05-05").actors
    assert any(a.code == source and "called" not in a.text for a in actors)
    assert ("111", source, source[:3] == "KEN" and "UGAJUD" or "KENJUD") in event_pairs(text)
