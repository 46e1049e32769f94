"""Events in the structure of clauses (session 18, issue 8): two verbs conjoined before one
object ("met and thanked X") are two acts on X, each with its own trigger; "X, some of whom did
Y" is done by X; a verb of agreement that stands alone ("Y agreed.") expresses accord (019), not an agreement
to act (030)."""

import pytest

from eventdesk.pipeline import code_text


def _events(text):
    def key(actor):
        return None if actor is None else actor.country or actor.code[:3]

    return [(e.cameo, key(e.source), key(e.target), e.trigger.text)
            for e in code_text(text, published="2016-05-05").events if not e.negated]


@pytest.mark.parametrize("text, first, second", [
    ("The Chinese envoy met and thanked the Japanese foreign minister.", ("040", "CHN", "JPN"), ("051", "CHN", "JPN")),
    ("Turkey condemned and threatened Syria on Monday.", ("111", "TUR", "SYR"), ("130", "TUR", "SYR")),
    ("The Kenyan president welcomed and then praised the Ugandan delegation.", ("043", "KEN", "UGA"),
     ("051", "KEN", "UGA")),
])
def test_conjoined_verbs_share_the_object_that_follows_them(text, first, second):
    found = {(c[:3], s, t) for c, s, t, _ in _events(text)}
    assert first in found and second in found, found


def test_a_shared_object_is_no_word_of_the_first_verb_trigger():
    found = _events("Turkey condemned and threatened Syria on Monday.")
    assert ("111", "TUR", "SYR", "condemned") in found, found


@pytest.mark.parametrize("text", [
    "Turkey met with Iraqi officials and threatened Syria on Monday.",
    "The Turkish army withdrew on Monday and later attacked Syria.",
])
def test_a_verb_with_words_of_its_own_between_shares_no_object(text):
    found = _events(text)
    assert not any(s == "TUR" and t == "SYR" and c[:3] in ("040", "043", "087", "874") for c, s, t, _ in found), found


@pytest.mark.parametrize("text", [
    "Russia agreed.",
    "The Chinese government agreed on Monday.",
    "After the Mexican government agreed, the talks resumed.",
])
def test_an_agreement_standing_alone_is_accord(text):
    codes = [c for c, _, _, _ in _events(text)]
    assert "019" in codes and not any(c.startswith("03") for c in codes), codes


@pytest.mark.parametrize("text, code", [
    ("Russia agreed to withdraw its troops from Georgia.", "03"),
    ("Russia agreed to the Georgian proposal.", "03"),
    ("Russia agreed with Georgia on Monday.", "019"),
])
def test_an_agreement_with_words_of_its_own_keeps_its_code(text, code):
    codes = [c for c, _, _, _ in _events(text)]
    assert any(c.startswith(code) for c in codes), codes


@pytest.mark.parametrize("text, event", [
    ("The Iranian ministers, some of whom had criticized Iraq, left the meeting.", ("111", "IRN", "IRQ")),
    ("Several Nigerian generals, most of whom met Chadian officers last week, were fired.", ("040", "NGA", "TCD")),
])
def test_a_part_of_whom_does_what_the_relative_clause_says(text, event):
    assert event in {(c[:3], s, t) for c, s, t, _ in _events(text)}


@pytest.mark.parametrize("text, code", [
    ("Police said a man had stabbed and wounded a Polish diplomat in Dresden.", "18"),
    ("The French president criticized and condemned the Russian government.", "111"),
])
def test_two_verbs_of_one_act_on_a_shared_object_are_one_event(text, code):
    found = [c for c, _, _, _ in _events(text) if c.startswith(code)]
    assert len(found) == 1, found


def test_two_acts_of_one_kind_on_a_shared_object_stay_two_events():
    found = {c for c, _, _, _ in _events("Iraqi police arrested and deported the Syrian workers.")}
    assert {"173", "174"} <= found, found


@pytest.mark.parametrize("text", [
    "The Syrian activists were arrested and deported by Turkish police.",
    "Two Syrian activists were detained and then expelled by the Turkish police on Monday.",
])
def test_conjoined_passives_share_their_subject_and_agent(text):
    found = {(c[:2], s, t) for c, s, t, _ in _events(text)}
    assert {("17", "TUR", "SYR")} <= found and len([f for f in _events(text) if f[1] == "TUR"]) == 2, found



def test_a_thing_agreed_is_no_accord_alone(code):
    """"the ceasefire the two armies agreed in February 2021" (in the bundled example the parser
    makes the ceasefire the subject and hangs the rest elsewhere): the verb is about the
    ceasefire, an agreement (03x), not accord expressed alone (019)."""
    from pathlib import Path

    text = (Path(__file__).parents[1] / "examples" / "india_pakistan_loc_shelling.txt").read_text(encoding="utf-8")
    agreed = [e.cameo for e in code(text).events if e.trigger.text == "agreed"]
    assert agreed and not any(c == "019" for c in agreed), agreed


# Session 23: a gerund under "before" hung on a past clause told as done is the next thing
# the subject did (not so under a clause still to come, or under a demand it conditions).

@pytest.mark.parametrize("text, event", [
    ("The Indian foreign minister flew to Tokyo on Tuesday before meeting Japanese Prime Minister Fumio Kishida.",
     ("IND", "JPN")),
    ("The Iranian envoy had stopped in Muscat before meeting Saudi officials in Riyadh.", ("IRN", "SAU")),
])
def test_a_gerund_under_before_in_past_narrative_happened(text, event):
    found = {(s, t) for c, s, t, w in _events(text) if c[:2] == "04" and w == "meeting"}
    assert event in found, _events(text)


def test_a_gerund_under_before_a_demand_or_a_plan_has_not_happened():
    planned = _events("The Indian foreign minister will fly to Tokyo before meeting Japanese Prime Minister Fumio Kishida.")
    assert not any(t == "JPN" and c[:2] == "04" and w == "meeting" for c, s, t, w in planned), planned
    demanded = _events("The kidnappers demanded a ransom before releasing the Filipino hostages.")
    assert not any(c[:3] == "084" for c, s, t, w in demanded), demanded
    done = _events("The Indian foreign minister flew to Tokyo on Tuesday before meeting Japanese Prime Minister Fumio Kishida.")
    assert any(w == "meeting" for c, s, t, w in done), done
