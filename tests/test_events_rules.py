"""Rules for constructions that went wrong on real news (issue 8): a state's measure at home
is an event, action nouns are no actors, an order with an event noun is the event ordered,
fighting an ill is no force, a show of force is no assault, an arrest is no abduction, a
demanded act is a demand, a summary of an ongoing war is no new attack, passives with a
"by" agent. Sentences written for these tests, coded by the real pipeline."""

from __future__ import annotations

import pytest

from eventdesk.pipeline import code_text

pytestmark = pytest.mark.slow


def _events(text):
    return code_text(text, published="2021-03-04").events


def _triples(text):
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in _events(text)}


def _country(actor):
    return actor.country if actor is not None else None


# A. 1. A state's measure at home is an event; the place is where it happens. Held back:
# the rule (commit 36b853b: the place's population, CVL, as target when the state itself is
# the source) lowered the blind set's fully-right share below its floor, so it is not in the
# coder; these stay as strict expected failures until the lead decides.
HELD_BACK = pytest.mark.xfail(strict=True, reason="state-at-home rule held back (blind floor)")


@HELD_BACK
@pytest.mark.parametrize("text, code, country, place", [
    ("Ethiopia blocked access to the internet in Tigray on Monday.", "1721", "ETH", "Tigray"),
    ("Ethiopia shut down the internet in the Tigray region.", "1721", "ETH", "Tigray"),
    ("Pakistan banned rallies in Lahore on Friday.", "1721", "PAK", "Lahore"),
    ("Egypt imposed a curfew in Cairo after the clashes.", "1723", "EGY", "Cairo"),
    ("Sudan lifted the state of emergency in Darfur.", "081", "SDN", "Darfur"),
])
def test_a_states_measure_at_home_is_kept(text, code, country, place):
    found = [e for e in _events(text) if e.cameo.startswith(code)]
    assert found, _triples(text)
    event = found[0]
    assert event.source.code == country
    # The state acts on its own population, not on itself.
    assert event.target is not None and event.target.code == country + "CVL"
    assert event.location is not None and place in event.location.name


def test_an_officials_measure_at_home_still_targets_the_state():
    found = [e for e in _events("Kenyan police imposed a curfew in Nairobi.") if e.cameo.startswith("1723")]
    assert found and found[0].source.code == "KENCOP" and found[0].target.code == "KEN"


# A. 2. Action nouns are no targets: "military action" is not the military.
@pytest.mark.parametrize("text, code, source, target", [
    ("The United States launched military action against Syria on Friday.", "190", "USA", "SYR"),
    ("Britain took military action against Iraq.", "190", "GBR", "IRQ"),
    ("The United States threatened military action against Iran.", "138", "USA", "IRN"),
    ("Israel launched an operation against Hamas in Gaza.", "190", "ISR", "PSE"),
])
def test_an_action_noun_is_no_actor(text, code, source, target):
    events = _events(text)
    assert any(e.cameo.startswith(code) and _country(e.source) == source and _country(e.target) == target
               for e in events), _triples(text)
    assert not any(e.target is not None and e.target.code in ("MIL", "COP") for e in events)


@pytest.mark.parametrize("text", [
    "Iran condemned the military operation against the Kurds.",
    "China criticized the military campaign in Myanmar.",
])
def test_a_sector_word_on_an_action_noun_names_no_target(text):
    # The operation's author is not named: no "military" actor stands in for it.
    assert not any(e.target is not None and "MIL" in e.target.code for e in _events(text)), _triples(text)


def test_legal_action_is_still_a_lawsuit():
    assert ("115", "GBR", "ESP") in _triples("Britain took legal action against Spain.")


def test_an_action_nouns_author_is_still_its_actor():
    # The possessor, a national modifier and an earlier named campaign still name the author.
    assert any(e.cameo.startswith("19") and e.source.code == "ISR"
               for e in _events("Israel's attack on Gaza killed twenty people."))
    assert any(e.cameo.startswith("19") and e.source.code == "RUS"
               for e in _events("Russian strikes hit Kharkiv overnight."))


# A. 3. An order or decree of an event noun is the event, by the one who orders it.
@pytest.mark.parametrize("text, code, source, target", [
    ("Poland ordered the expulsion of the German ambassador.", "161", "POL", "DEU"),
    ("Russia ordered the expulsion of 10 US diplomats.", "161", "RUS", "USA"),
    ("The Kenyan government ordered the arrest of opposition leader Raila Odinga.", "173", "KEN", "KEN"),
    ("Mali's junta ordered the closure of the French embassy.", "161", "MLI", "FRA"),
    ("The US ordered military action against Syria.", "190", "USA", "SYR"),
    ("The Ethiopian government decreed a curfew in Tigray.", "1723", "ETH", "ETH"),
])
def test_an_order_of_an_event_noun_is_the_event(text, code, source, target):
    assert any(e.cameo.startswith(code) and _country(e.source) == source and _country(e.target) == target
               for e in _events(text)), _triples(text)


@pytest.mark.parametrize("text, code", [
    # someone else is to do it: a demand
    ("The United States ordered Russia to withdraw its troops.", "10"),
    ("The UN Security Council ordered the withdrawal of Iraqi troops from Kuwait.", "10"),
    # not a decree verb: a demand
    ("Egypt demanded the expulsion of the Israeli ambassador.", "10"),
])
def test_an_order_to_another_stays_a_demand(text, code):
    codes = {e.cameo for e in _events(text)}
    assert any(c.startswith(code) for c in codes) and not any(c.startswith(("16", "08")) for c in codes), codes


# A. 4. Fighting an ill is no force.
@pytest.mark.parametrize("text", [
    "The president vowed to fight corruption.",
    "Kenya will fight poverty with a new fund.",
    "Brazil is fighting the pandemic.",
    "The central bank raised interest rates to fight inflation.",
    "The Nigerian government launched a campaign against corruption.",
    "Mexico declared war on drugs.",
    "Kenya launched a campaign against poverty and hunger.",
])
def test_fighting_an_ill_is_no_force(text):
    events = _events(text)
    assert not any(e.cameo[:2] in ("17", "18", "19", "20") or e.cameo.startswith("138") for e in events), _triples(text)


@pytest.mark.parametrize("text, code", [
    ("The army is fighting Boko Haram in the north.", "19"),
    ("Russia committed war crimes in Bucha.", "20"),
])
def test_fighting_an_enemy_is_still_force(text, code):
    assert any(e.cameo.startswith(code) for e in _events(text)), _triples(text)


def test_a_state_protesting_at_home_is_not_its_own_target():
    # Only a state's measures on its people (17) and their easing (08) target its population.
    assert not any(e.target is not None and e.target.code.endswith("CVL") and e.source.code == "USA"
                   for e in _events("Trump told a North Carolina rally that he would win.")
                   if e.source is not None)


# B. A show of force is no assault; an arrest is no abduction; a demanded act is a demand.
@pytest.mark.parametrize("text, code", [
    ("North Korea launched a ballistic missile on Tuesday.", "150"),
    ("North Korea test-fired a missile into the sea.", "150"),
    ("Iran tested a new ballistic missile.", "150"),
    ("North Korea fired two ballistic missiles into the Sea of Japan.", "150"),
    ("North Korea launched a missile into the sea off its east coast.", "150"),
    ("Police in Kenya arrested three opposition activists.", "173"),
    ("Egyptian police detained two journalists in Cairo.", "173"),
    ("Gunmen kidnapped five aid workers in Nigeria.", "181"),
    ("France called for a ceasefire in Gaza.", "02"),
    ("Egypt demanded the withdrawal of Israeli troops from Rafah.", "10"),
])
def test_the_type_of_the_construction(text, code):
    events = _events(text)
    assert any(e.cameo.startswith(code) for e in events), _triples(text)
    wrong = {"150": ("18", "19", "20"), "173": ("18",), "181": ("17",), "02": ("087",), "10": ("087",)}[code]
    assert not any(e.cameo.startswith(wrong) for e in events), _triples(text)


# B. The toll of an ongoing war is no new attack.
@pytest.mark.parametrize("text", [
    "The conflict in Syria has killed 400,000 people.",
    "The war, now in its fifth year, has displaced millions.",
    "The insurgency in northern Nigeria has killed 35,000 people since 2009.",
    "Russia's war in Ukraine has killed tens of thousands of civilians.",
    "Syria's civil war has killed more than 350,000 people, the UN said.",
    "More than 400,000 people have been killed in the Syrian conflict.",
])
def test_the_toll_of_a_war_is_no_attack(text):
    assert not any(e.cameo[:2] in ("18", "19", "20") for e in _events(text)), _triples(text)


@pytest.mark.parametrize("text", [
    "Fighting in Aleppo killed 30 people on Monday.",
    "Israeli air strikes killed 30 people in Gaza on Monday.",
    "Clashes between the army and rebels have killed 20 people this week.",
])
def test_new_fighting_is_still_an_attack(text):
    assert any(e.cameo[:2] in ("18", "19", "20") for e in _events(text)), _triples(text)


# B. An attack on a thing whose owner is not named, active or passive, is an event.
@pytest.mark.parametrize("text, source", [
    ("The convoy was attacked on Thursday by troops from Chad.", "TCD"),
    ("Troops from Chad attacked the convoy on Thursday.", "TCD"),
    ("The village was shelled by Russian forces on Sunday.", "RUS"),
])
def test_an_attack_on_an_unowned_thing_is_an_event(text, source):
    assert any(e.cameo[:2] in ("18", "19") and _country(e.source) == source for e in _events(text)), _triples(text)


def test_a_political_attack_on_a_plan_still_needs_a_target():
    assert not _events("The senator attacked the plan on Monday.")


def test_a_missile_fired_at_someone_is_an_attack():
    assert any(e.cameo.startswith("19") for e in _events("Hamas fired rockets into Israel."))
    assert any(e.cameo.startswith("19") for e in _events("North Korea fired a missile at a South Korean warship."))


def test_the_clause_of_a_demand_noun_is_part_of_the_demand():
    from eventdesk.pipeline import code_text

    events = code_text("The United States renewed its demand that Russia release the journalist.",
                       published="2016-03-01").events
    assert [e.cameo[:2] for e in events] == ["10"], [(e.cameo, e.trigger.text) for e in events]


@pytest.mark.parametrize("text, source, target", [
    ("The UN called for Israel to halt its strikes on Gaza.", "IGOUNO", "ISR"),
    ("Rights groups pressed for the government of Kenya to release the prisoners.", "NGOHRI", "KENGOV"),
    ("Washington pushed for Kyiv to open talks with Moscow.", "USAGOV", "UKRGOV"),
])
def test_an_appeal_for_someone_to_act_asks_that_one(text, source, target):
    from eventdesk.pipeline import code_text

    events = code_text(text, published="2016-03-01").events
    assert any(e.cameo.startswith("02") and e.source.code == source and e.target and e.target.code == target
               for e in events), [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in events]
    # The action asked for is not coded as done.
    assert all(e.cameo.startswith("02") for e in events), [(e.cameo, e.trigger.text) for e in events]


def test_waiting_for_someone_to_act_is_no_appeal():
    from eventdesk.pipeline import code_text

    assert not code_text("Activists waited for the police to leave.", published="2016-03-01").events
