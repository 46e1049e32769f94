"""Criticism in the words of political reporting (CAMEO 111): attacks "over" or "for" what
someone said or did, going after, taking aim or a swipe at, tearing into, knocking, questioning
someone's judgment — and armed attacks stay armed attacks."""

import pytest

from eventdesk.pipeline import code_text

STORY = "Senator Bernie Sanders spoke to voters in Iowa on Monday. "


def _codes(text):
    return {(e.cameo, e.source.text if e.source else None, e.target.text if e.target else None)
            for e in code_text(STORY + text, published="2016-03-01").events}


@pytest.mark.parametrize("text, source, target", [
    ("Donald Trump attacked Marco Rubio over his immigration record.", "Donald Trump", "Marco Rubio"),
    ("Hillary Clinton hit Donald Trump over his tax returns.", "Hillary Clinton", "Donald Trump"),
    ("Ted Cruz went after Jeb Bush on Tuesday.", "Ted Cruz", "Jeb Bush"),
    ("Jeb Bush took aim at Donald Trump in a speech.", "Jeb Bush", "Donald Trump"),
    ("The governor took a swipe at Donald Trump.", "The governor", "Donald Trump"),
    ("Donald Trump tore into Hillary Clinton at a rally.", "Donald Trump", "Hillary Clinton"),
    ("Ted Cruz knocked Donald Trump for his support of eminent domain.", "Ted Cruz", "Donald Trump"),
    ("Bernie Sanders questioned Hillary Clinton's judgment.", "Bernie Sanders", "Hillary Clinton"),
])
def test_criticism_idioms_are_111(text, source, target):
    found = _codes(text)
    assert any(code == "111" and s and source in s and t and target in t for code, s, t in found), found


def test_an_armed_attack_over_a_weekend_is_still_an_assault():
    found = code_text("Rebels attacked an army base in northern Mali over the weekend.").events
    assert found and all(e.cameo[:2] in ("18", "19") for e in found)


def test_questioning_a_suspect_is_still_an_investigation():
    found = code_text("French police questioned the Algerian suspect on Monday.").events
    assert any(e.cameo == "090" for e in found)


@pytest.mark.parametrize("text, code, source, target", [
    ("Bernie Sanders said Hillary Clinton was unfit to serve.", "111", "Bernie Sanders", "Hillary Clinton"),
    ("Donald Trump said Hillary Clinton is a dangerous person.", "111", "Donald Trump", "Hillary Clinton"),
    ("Joe Biden described Donald Trump as unqualified for the presidency.", "111", "Joe Biden", "Donald Trump"),
    ("Barack Obama said Hillary Clinton was the most qualified candidate ever.", "051", "Barack Obama", "Hillary Clinton"),
    ("Barack Obama said Donald Trump was not qualified to be president.", "111", "Barack Obama", "Donald Trump"),
])
def test_a_speakers_judgment_of_an_actor_is_an_event(text, code, source, target):
    found = _codes(text)
    assert any(c == code and s and source in s and t and target in t for c, s, t in found), found


@pytest.mark.parametrize("text, source, target", [
    ("Trump called Clinton a liar on Tuesday.", "Trump", "Clinton"),     # "Trump" parsed as the root
    ("Clinton called Trump dangerous.", "Clinton", "Trump"),             # "Trump" parsed inside the label
])
def test_a_label_survives_the_small_models_misparses(text, source, target):
    found = _codes(text)
    assert any(c == "111" and s and source in s and t and target in t for c, s, t in found), found


def test_a_judgment_of_a_thing_or_of_no_one_is_no_event():
    assert not any(c in ("111", "051") for c, _, _ in _codes("Ted Cruz said the weather was dangerous.") )
    assert not any(c in ("111", "051") for c, _, _ in _codes("Ted Cruz said he was a liar."))


def test_a_surname_ner_took_for_an_organisation_is_the_titled_person_named_before():
    record = code_text("Senator Bernie Sanders spoke in Iowa. Sanders said Hillary Clinton was unfit to serve.",
                       published="2016-03-01")
    assert any(e.cameo == "111" and e.source.text == "Sanders" and e.source.code == "USALEG" for e in record.events)


@pytest.mark.parametrize("text, source, target", [
    # a person the lexicon knows no role of counts as a politician against a politician
    ("Later that day Smithers attacked Senator Sanders in a speech.", "Smithers", "Senator Sanders"),
    # the press is a political side too
    ("Senator Sanders attacked the media for ignoring his campaign.", "Senator Sanders", "the media"),
    # a striking verb with "back" is a retort
    ("Hillary Clinton shot back at Senator Sanders.", "Hillary Clinton", "Senator Sanders"),
])
def test_a_politicians_attack_in_words_is_criticism(text, source, target):
    found = _codes(text)
    assert any(code == "111" and s and source in s and t and target in t for code, s, t in found), found
    assert not any(code[:2] in ("18", "19") for code, _, _ in found), found


def test_a_verbal_assault_is_criticism_whoever_makes_it():
    found = _codes("The governor kept up his verbal assault on the senator.")
    assert {code for code, _, _ in found} == {"111"}, found


def test_troops_firing_back_still_fight():
    found = code_text("Syrian troops fired back at the rebels near Aleppo.").events
    assert found and all(e.cameo[:2] in ("18", "19") for e in found)


@pytest.mark.parametrize("text, code, source, target", [
    ("Hillary Clinton complained that party officials were trying to protect Senator Sanders.",
     "114", "Hillary Clinton", "party officials"),
    ("The mayor of Chicago expressed concern that Russia may close its embassy.", "110", "The mayor", "Russia"),
    ("Poland is worried that Russia may close the border.", "110", "Poland", "Russia"),
])
def test_a_complaint_or_concern_is_about_the_subject_of_its_clause(text, code, source, target):
    found = _codes(text)
    assert any(c == code and s and source in s and t and target in t for c, s, t in found), found


def test_a_concern_for_someone_does_not_blame_them():
    found = _codes("Party officials are so worried that Senator Sanders could be defeated that they "
                   "changed the rules.")
    assert not any(c.startswith("11") and t and "Sanders" in t for c, _, t in found), found


def test_a_weapon_hitting_a_building_stays_force_whoever_fires_it():
    found = code_text("Senator Bernie Sanders spoke in Iowa on Monday. Gunmen loyal to Smithers fired "
                      "rockets at the consulate. Later rockets fired by Smithers were hitting the consulate "
                      "building.").events
    assert not any(e.cameo.startswith("11") for e in found), [(e.trigger.text, e.cameo) for e in found]


def test_a_politicians_assault_on_a_process_is_criticism_but_assaulting_a_reporter_is_not():
    assert {c for c, _, _ in _codes("The senator continued his assault on the nominating process.")} == {"111"}
    assert not {c for c, _, _ in _codes("Senator Smith assaulted a reporter.")} & {"111"}
