"""One person's titles joined by "and" are one actor, on sentences written for these
tests, through the pipeline: a bare singular title ("Former judge and Interior Minister
Omar Haddad") is another title of the named person after it. A title with an article or
a name of its own, and two states, stay two actors. And a place that says whence the
object's people come ("the refugees from Syria") is no country of the subject's."""

from __future__ import annotations

import pytest

from eventdesk.pipeline import code_text

pytestmark = pytest.mark.slow


def sides(text: str, word: str) -> list[tuple[str | None, str | None]]:
    return sorted(((e.source.code if e.source else None, e.target.code if e.target else None)
                   for e in code_text(text).events if word in e.trigger.text), key=str)


def sources(text: str, word: str) -> list[str]:
    return [e.source.text for e in code_text(text).events if word in e.trigger.text and e.source]


def test_joined_titles_before_one_name_are_one_source():
    found = sources("Former judge and Interior Minister Omar Haddad accused the rebels of lying.", "accused")
    assert len(found) == 1 and "Omar Haddad" in found[0]
    found = sources("BBC Deputy Director and London Bureau Chief Anna Blake criticized the ministry.", "criticized")
    assert len(found) == 1 and "Anna Blake" in found[0]


def test_joined_titles_before_one_name_are_one_target():
    found = [e.target.text for e in code_text(
        "The rebels accused former judge and Interior Minister Omar Haddad of lying.").events
        if "accused" in e.trigger.text and e.target]
    assert len(found) == 1 and "Omar Haddad" in found[0]


def test_two_people_stay_two():
    assert len(sources("The president and Prime Minister Modi met in Delhi.", "met")) == 2
    assert len(sources("Senator Pratt and Governor Dunn criticized the plan.", "criticized")) == 2
    assert len(sources("France and Germany condemned the attack.", "condemned")) == 2


def test_whence_the_objects_people_come_is_not_the_subjects_country():
    for text in ("The president welcomed the refugees from Syria.",
                 "The president welcomed the migrants and the refugees from Syria.",
                 "The president praised the students from Syria."):
        assert all(source != "SYRGOV" for source, _ in sides(text, "e")), text


def test_a_place_of_the_subjects_own_stays():
    assert sides("The minister from Syria praised the president.", "praised")[0][0] == "SYRGOV"
    assert sides("Police in Syria arrested the refugees.", "arrested")[0][0] == "SYRCOP"
