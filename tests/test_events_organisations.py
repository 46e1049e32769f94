"""Organisations no dictionary lists, named by the text (eventdesk.actors.orgnames): an
ORG entity or a capitalised name headed by an organisation word is an actor, its sector read
from the words of its name (actors/data/org_names.tsv), its country from a country word in
the name, else the story's. Names of laws, events and buildings are no actors."""

from eventdesk.pipeline import code_text

STORY = "President Barack Obama unveiled a gun plan in Washington on Monday. "


def _events(text, published="2016-01-05"):
    return [(e.cameo, e.source.text if e.source else None, e.source.code if e.source else None,
             e.target.text if e.target else None, e.target.code if e.target else None)
            for e in code_text(text, published=published).events]


def _sources(text):
    return {(source, code) for _, source, code, _, _ in _events(text)}


def test_an_unlisted_association_takes_the_story_country():
    found = _sources(STORY + "The Lakeside Anglers Association attacked Obama over the plan.")
    assert ("The Lakeside Anglers Association", "USANGO") in found


def test_a_company_a_newspaper_and_a_union_get_their_sectors():
    assert ("Brindle Widgets Inc.", "USABUS") in _sources(STORY + "Brindle Widgets Inc. criticized Obama over the plan.")
    assert ("The Marlow Gazette", "USAMED") in _sources(STORY + "The Marlow Gazette criticized Obama over the plan.")
    found = _sources(STORY + "The Foundry Workers Union praised Obama for the plan.")
    assert any(code == "USALAB" for _, code in found)


def test_a_country_word_in_the_name_gives_its_country():
    text = ("Prime Minister Imran Khan spoke in Islamabad on Monday. "
            "The Karachi Chamber of Commerce criticized Khan over the budget.")
    assert ("The Karachi Chamber of Commerce", "PAKBUS") in _sources(text)


def test_an_acronym_the_text_never_expands_keeps_only_the_country():
    events = _events(STORY + "The QRBA praised Obama for the plan.")
    assert any(source == "QRBA" and code == "USA" for _, source, code, _, _ in events)


def test_a_law_or_an_event_is_no_actor():
    events = _events(STORY + "The Clean Rivers Act angered Republicans. Obama praised the Spring Summit.")
    assert not any("Act" in (side or "") or "Summit" in (side or "")
                   for _, source, _, target, _ in events for side in (source, target))


def test_a_name_describing_a_common_noun_is_no_actor():
    text = ("Pakistan said Indian soldiers fired mortar rounds at a border post in the "
            "Kotla sector on Monday.")
    assert not any(target and "Kotla" in target for _, _, _, target, _ in _events(text))
