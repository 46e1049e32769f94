"""Classes of events the coder used to miss on real articles (issue 8, recall):

- a past participle modifying a noun with its doer named ("sailors detained by its navy"):
  the doer's act, no mere description of the noun;
- the peers of "called Y a liar" among verbs of judging: "deemed Y unfit", "sees Y as a
  threat", "termed Y a liar", and the verbs of likening, whose label follows "to"/"with"
  ("likened Y to a dictator")."""

import pytest

from eventdesk.pipeline import code_text


def _events(text):
    return [(e.cameo, e.source.text if e.source else None, e.target.text if e.target else None)
            for e in code_text(text, published="2015-05-05").events]


@pytest.mark.parametrize("text, code, source, target", [
    ("Kenya protested after two Kenyan fishermen detained by the Ugandan navy were taken to Kampala.",
     "173", "Ugandan navy", "Kenyan"),
    ("Chad rejected the peace plan, brokered by the African Union in March.",
     "04", "African Union", None),
    ("Governor Jones, criticized by Senator Smith for the vote, stayed silent.",
     "111", "Senator Smith", "Governor Jones"),
])
def test_a_participle_with_its_doer_named_is_the_doers_act(text, code, source, target):
    found = _events(text)
    assert any(c.startswith(code) and s and source in s and (target is None or t and target in t)
               for c, s, t in found), found


@pytest.mark.parametrize("text", [
    "The curfew imposed in the capital was lifted on Friday.",
    "Kenyan fishermen detained by them were taken to Kampala.",
])
def test_a_participle_without_a_named_doer_stays_a_description(text):
    found = _events(text)
    assert not any(c.startswith(("173", "17")) for c, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The speech delivered by Senator Smith in Ohio drew loud cheers.",
    "The allegations made by Senator Smith were never proven.",
])
def test_a_text_described_by_its_author_is_no_act(text):
    found = _events(text)
    assert not any(c.startswith(("01", "11")) for c, _, _ in found), found


@pytest.mark.parametrize("text, code", [
    ("Senator Smith deemed Governor Jones unfit for office.", "111"),
    ("Senator Smith sees Governor Jones as a threat to the state.", "111"),
    ("Senator Smith termed Governor Jones a liar.", "111"),
    ("Senator Smith views Governor Jones as a great leader.", "051"),
    ("Senator Smith likened Governor Jones to a dictator.", "111"),
    ("Senator Smith compared Governor Jones with a con man.", "111"),
])
def test_verbs_of_judging_label_their_object(text, code):
    found = _events(text)
    assert (code, "Senator Smith", "Governor Jones") in [(c, s, t) for c, s, t in found], found


@pytest.mark.parametrize("text", [
    "Senator Smith compared Governor Jones to Ronald Reagan.",
    "Senator Smith compared the two budget plans.",
    "Senator Smith saw Governor Jones at the airport.",
])
def test_a_comparison_or_a_sighting_without_a_judging_label_is_no_event(text):
    found = _events(text)
    assert not any(c.startswith(("11", "05")) for c, _, _ in found), found
