"""Events named by a noun with its author before it ("Palin's endorsement of X", "the
Senate's rejection of X") and events a text speaks for its author ("X released a video that
accuses Y", "an article by X attacked Y") (session 11, recall on real news)."""

import pytest

from eventdesk.pipeline import code_text


def _events(text):
    # actors compared by their first three letters: the country, else the sector
    return {(e.cameo[:3], e.source.code[:3] if e.source else None, e.target.code[:3] if e.target else None)
            for e in code_text(text, published="2016-05-05").events if not e.negated}


@pytest.mark.parametrize("text, event", [
    ("Governor Ann Lowe's endorsement of President Barack Obama surprised her party.", ("051", "GOV", "USA")),
    ("Senator Dan Ortiz's Obama endorsement came late.", ("051", "USA", "USA")),
    ("Vladimir Putin's praise of President Barack Obama was brief.", ("051", "RUS", "USA")),
    ("Senator Dan Ortiz's congratulations to President Barack Obama were warm.", ("051", "USA", "USA")),
    ("The Senate's rejection of President Barack Obama angered Democrats.", ("120", "USA", "USA")),
])
def test_an_event_noun_with_its_author_before_it(text, event):
    # the author's code may carry a sector only ("LEG"): its country is another stage's
    assert any(code == event[0] and source in (event[1], "LEG", "GOV") and target == event[2]
               for code, source, target in _events(text))


@pytest.mark.parametrize("text", [
    # endorsements someone has are the ones given to them
    "Governor Ann Lowe's endorsements include three mayors.",
    # an approval rating is no approval of anyone
    "President Barack Obama's approval stood at 49 percent.",
    # the verb says what became of it: held back, not given
    "Governor Ann Lowe withheld her endorsement of President Barack Obama.",
])
def test_what_the_possessor_received_is_not_their_event(text):
    assert not any(code == "051" for code, _, _ in _events(text))


def test_a_restated_endorsement_is_coded_once():
    text = ("Governor Ann Lowe endorsed President Barack Obama on Friday. "
            "Lowe defended her endorsement on Monday.")
    # (defending it is an event of its own, 052; the endorsement is coded once)
    events = [e for e in code_text(text, published="2016-05-05").events if e.cameo == "051"]
    assert len(events) == 1


@pytest.mark.parametrize("text, event", [
    ("Senator Dan Ortiz has released a video that accuses President Barack Obama of lying.", ("112", "USA", "USA")),
    ("An article by Senator Dan Ortiz attacked President Barack Obama.", ("111", "USA", "USA")),
    ("Senator Dan Ortiz sent a letter that urged President Barack Obama to resign.", ("025", "USA", "USA")),
])
def test_a_text_speaks_for_its_author(text, event):
    assert any(code[:2] == event[0][:2] and source in (event[1], "LEG") and target == event[2]
               for code, source, target in _events(text))


def test_a_text_someone_only_watched_is_not_theirs():
    events = _events("Senator Dan Ortiz watched a video that attacks President Barack Obama.")
    assert not any(source is not None and code[:2] == "11" for code, source, _ in events)


@pytest.mark.parametrize("text, code", [
    ("Farm unions condemned the levy's approval.", "111"),
    ("Senator Dan Ortiz denounced the coup attempt.", "111"),
    ("Governor Ann Lowe slammed the remarks on Monday.", "111"),
    ("Governor Ann Lowe endorsed the budget deal.", "051"),
])
def test_judging_a_measure_or_a_remark_whose_author_goes_unnamed(text, code):
    # CAMEO codes the criticism (or praise) though no actor is its target
    assert any(c == code for c, _, _ in _events(text))


def test_judging_a_thing_outside_politics_is_no_event():
    assert not _events("Senator Dan Ortiz slammed the weather in Ohio.")


@pytest.mark.parametrize("text, code", [
    ("Governor Ann Lowe has been vocal in her criticism of President Barack Obama.", "111"),
    ("Governor Ann Lowe was effusive in her praise of President Barack Obama.", "051"),
])
def test_a_predicate_of_manner_holds_the_act_itself(text, code):
    assert any(c == code for c, _, t in _events(text) if t == "USA")


def test_a_label_in_quotation_marks_is_a_jibe():
    assert ("111", "USA", "USA") in _events('President Barack Obama called Donald Trump a "showman."')


@pytest.mark.parametrize("text", [
    # no quotation marks: a plain word the judgment lists do not know
    "President Barack Obama called Donald Trump a showman.",
    # a neutral labelling verb, and a label denied
    'President Barack Obama described Donald Trump as a "showman."',
    'President Barack Obama did not call Donald Trump a "showman."',
])
def test_an_unjudged_label_otherwise_is_no_event(text):
    assert not any(c == "111" for c, _, _ in _events(text))
