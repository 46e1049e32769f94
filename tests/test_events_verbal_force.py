"""Force words of political reporting whose setting says the act is one of words (events/verbal.py):
an attack made in a speech, on Twitter or in the media, by an ad or an article, at someone's
remarks, or for saying something, is criticism (111) whoever makes it; armed attacks stay force."""

import pytest

from eventdesk.pipeline import code_text

STORY = "Senator Bernie Sanders spoke to voters in Iowa on Monday. "


def _events(text):
    return [(e.cameo, e.source.text if e.source else None, e.target.text if e.target else None)
            for e in code_text(STORY + text, published="2016-03-01").events]


@pytest.mark.parametrize("text, target", [
    # in a medium or an occasion of words
    ("Ted Cruz attacked the press in a speech on Tuesday.", "the press"),
    ("Ted Cruz launched an assault on the press.", "the press"),
    ("Donald Trump is attacked in the media every day.", "Donald Trump"),
    # for saying something
    ("Marco Rubio hit Donald Trump for saying he would build a wall.", "Donald Trump"),
    # at what someone said
    ("Local officials fired back at Donald Trump's comments.", "Donald Trump"),
])
def test_an_attack_in_words_is_criticism(text, target):
    found = _events(text)
    assert any(c == "111" and t and target in t for c, _, t in found), found
    assert not any(c[:2] in ("18", "19") for c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Gunmen attacked the newspaper in Paris on Wednesday.",
    "Rebels attacked an army base in northern Mali in a video released on Sunday.",
    "Syrian troops fired back at the rebels near Aleppo, the army said in a statement.",
])
def test_an_armed_attack_stays_force_whatever_is_said_about_it(text):
    found = code_text(text).events
    assert found and all(e.cameo[:2] in ("18", "19") for e in found), [(e.trigger.text, e.cameo) for e in found]


@pytest.mark.parametrize("text", [
    "Senator Smith said Donald Trump is destroying the party's chance to win in November.",
    "By the time Jeb Bush entered the race, Donald Trump had stolen his thunder.",
    "Donald Trump has conducted his campaign with little money.",
])
def test_force_done_to_a_political_fortune_is_no_event(text):
    found = _events(text)
    assert not any(c[:2] in ("17", "18", "19", "20") for c, _, _ in found), found


def test_force_done_to_a_campaign_office_stays_force():
    found = _events("Protesters destroyed the campaign office of Senator Sanders.")
    assert any(c[:3] == "171" for c, _, _ in found), found


def test_a_fight_against_a_candidacy_is_opposition_in_words():
    found = _events("The union spent money to combat Donald Trump's candidacy.")
    assert any(c == "111" and t and "Trump" in t for c, _, t in found), found
    assert not any(c[:2] in ("18", "19") for c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The yearlong battle between Senator Sanders and Jim Hogarth divided the party.",
    '"Whatever they say about her, Debbie Hogarth gets up again and keeps fighting," Sanders said.',
])
def test_a_fight_against_no_one_by_a_named_person_of_no_role_is_a_contest(text):
    found = _events(text)
    assert not any(c[:2] in ("18", "19", "20") for c, _, _ in found), found


def test_a_named_persons_retort_stays_criticism():
    found = _events("After the senator criticized her, Debbie Hogarth shot back.")
    assert any(c == "111" and s and "Hogarth" in s for c, s, _ in found), found


def test_an_attack_by_calling_names_is_criticism():
    found = _events("Ted Cruz attacked Donald Trump by calling him a fraud.")
    assert any(c == "111" and t and "Trump" in t for c, _, t in found), found
    assert not any(c[:2] in ("18", "19") for c, _, _ in found), found


def test_an_attack_by_accusing_is_the_accusation_only():
    found = _events("Ted Cruz attacked Donald Trump by accusing him of lying about his taxes.")
    assert [c for c, _, _ in found if c[:2] in ("11", "18", "19")] == ["112"], found


def test_an_attack_by_shelling_stays_force():
    found = code_text("Rebels attacked the town of Kidal by shelling it from the hills.").events
    assert any(e.cameo[:2] in ("18", "19") and e.trigger.text.startswith("attacked") for e in found), [
        (e.trigger.text, e.cameo) for e in found]
