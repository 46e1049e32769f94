"""Event coding that reads the article around the sentence: a judged action's author
("condemned the launch"), an attack's target from the place it hits, "the two countries"
as the pair an earlier event named, and appeals conjoined to a reported clause."""

from __future__ import annotations

import pytest

from conftest import actor_country

pytestmark = pytest.mark.slow


def _pairs(result, root):
    return {(actor_country(e.source), actor_country(e.target)) for e in result.events if e.cameo.startswith(root)}


@pytest.mark.parametrize("text, source, target", [
    ("Syria fired a rocket at Turkey on Monday. Germany condemned the launch.", "DEU", "SYR"),
    ("Poland expelled two Belarusian diplomats on Friday. Officials in Warsaw said the pair "
     "had worked for military intelligence. The embassy was given two days to close its "
     "office. Minsk called the charges absurd. Belarus denounced the expulsion.", "BLR", "POL"),
    ("Canada imposed new sanctions on Iran. Iran criticised the measures.", "IRN", "CAN"),
])
def test_events_judged_action_targets_its_author(code, text, source, target):
    assert (source, target) in _pairs(code(text), "11")


def test_events_condemned_attack_without_author_is_still_an_event(code):
    assert ("PER", None) in _pairs(code("Peru condemned the attack."), "11")


def test_events_welcomed_decision_targets_the_council_named_earlier(code):
    text = (
        "The UN Security Council voted on Monday to extend its mission in Haiti. "
        "Debate lasted four hours. Delegates spoke of gang violence. Aid groups asked for "
        "more money. Kenya welcomed the council's decision."
    )
    assert ("KEN", "IGO") in _pairs(code(text), "05")


def test_events_shelling_targets_the_country_of_the_place(code):
    result = code("Vietnamese artillery shelled villages south of Phnom Penh.")
    assert ("VNM", "KHM") in _pairs(result, "19")


@pytest.mark.parametrize("text, source, target", [
    ("Russian troops attacked Kupiansk on Saturday.", "RUS", "UKR"),
    ("Russian forces shelled Avdiivka overnight.", "RUS", "UKR"),
    ("Ukrainian drones attacked Belgorod.", "UKR", "RUS"),
    ("Boko Haram fighters attacked Diffa.", "NGA", "NER"),
    ("Islamic State militants attacked the town of Palmyra.", "IMG", "SYR"),
])
def test_events_attack_on_a_town_targets_the_towns_country(code, text, source, target):
    """A town the actor lexicon does not know, read from the gazetteer."""
    assert (source, target) in _pairs(code(text), "19") | _pairs(code(text), "18")


@pytest.mark.parametrize("text", [
    "Syrian troops shelled Maarat al-Numan.",   # a domestic attack: the text names no target
    "Gunmen attacked Florence on Sunday.",      # a name of several countries' towns
])
def test_events_attack_on_a_town_gives_no_uncertain_target(code, text):
    targets = {t for _, t in _pairs(code(text), "1")}
    assert targets <= {None}


@pytest.mark.parametrize("text, root, target", [
    ("CHICAGO (AP) — Police arrested a man after a shooting.", "17", "USA"),
    ("Gunmen abducted three children in Zamfara state.", "18", "NGA"),
    ("Two women were killed by soldiers in Rakhine.", "19", "MMR"),
])
def test_events_ordinary_people_struck_or_seized_are_civilians(code, text, root, target):
    events = [e for e in code(text).events if e.cameo.startswith(root)]
    assert events and events[0].target is not None, events
    assert (events[0].target.country, events[0].target.sectors) == (target, ["CVL"])


def test_events_ordinary_people_are_no_actors_of_other_events(code):
    events = code("Clinton met a woman who had lost her job.").events
    assert not any(e.target is not None and "CVL" in e.target.sectors for e in events)


def test_events_coming_under_fire_is_the_attack_received(code):
    """ "came under fire from X": the noun after "under" is the event, not its scene."""
    events = [e for e in code("Turkish troops came under fire from Syrian forces.").events if e.cameo.startswith("19")]
    assert events and (events[0].source.country, events[0].target.country) == ("SYR", "TUR")


@pytest.mark.parametrize("text, modality", [
    ("Russia is likely to sanction Georgia.", "hypothetical"),
    ("Obama is unlikely to endorse Clinton before the primary.", "hypothetical"),
    ("Russia is poised to sanction Georgia.", "intended"),
    ("Putin is due to visit Beijing next week.", "intended"),
    ("Russia sanctioned Georgia.", "asserted"),
])
def test_events_likelihood_and_timetable_words_set_the_modality(code, text, modality):
    events = code(text).events
    assert events and events[0].modality == modality, events


def test_events_fighters_who_attack_are_not_aircraft(code):
    codes = {e.cameo for e in code("Taliban fighters attacked a police checkpoint in Kunduz.").events}
    assert codes == {"190"}


def test_events_troops_moved_to_the_border_face_the_otheractor_country(code):
    text = (
        "Chile accused Bolivia of sheltering smugglers. Chilean officials said talks had "
        "failed. \"We have been patient,\" the interior minister said. Santiago later moved "
        "troops toward the border, officials said."
    )
    assert ("CHL", "BOL") in _pairs(code(text), "15")


def test_events_attack_on_unknown_place_never_targets_the_sourceactor_country(code):
    pairs = _pairs(code("Indian troops shelled four villages in the Sialkot sector."), "19")
    assert pairs and all(target != "IND" for _, target in pairs)


def test_events_the_two_countries_are_the_pair_that_met(code):
    text = (
        "The Chilean president met the Peruvian president in Lima on Monday. "
        "Chile's foreign minister said Santiago had lodged a protest with Bolivia. "
        "The two countries plan to sign a fisheries agreement later this year."
    )
    pairs = _pairs(code(text), "03")
    assert ("CHL", "PER") in pairs
    assert not any("BOL" in pair for pair in pairs)


def test_events_both_governments_each_condemn(code):
    text = "Chile and Argentina held talks in Santiago. Both governments condemned the bombing."
    sources = {s for s, _ in _pairs(code(text), "11")}
    assert sources == {"CHL", "ARG"}


def test_events_appeal_conjoined_to_reported_clause_is_the_speakers(code):
    text = (
        "The International Atomic Energy Agency met Turkish officials on Monday. The "
        "agency's director general said that the plan was \"a good start\" but urged Ankara "
        "to restore all the monitors it removed in 2019."
    )
    assert ("IGO", "TUR") in _pairs(code(text), "02")


def test_events_threat_to_retaliate_aims_at_the_condemned_side(code):
    text = "Latvia expelled a Belarusian diplomat on Monday. Belarus condemned the expulsion and threatened to retaliate."
    assert ("BLR", "LVA") in _pairs(code(text), "13")


def test_events_praise_conjoined_to_reported_passive_is_the_speakers(code):
    text = (
        "Finland arrested a man on Monday. NATO's spokesman said that members had been "
        "informed and praised the Finnish police for their quick work."
    )
    assert ("IGO", "FIN") in _pairs(code(text), "05")


def test_events_each_released_prisoners_is_an_exchange(code):
    pairs = _pairs(code("Armenia and Azerbaijan each released 40 prisoners on Tuesday."), "08")
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= pairs


def test_events_the_group_is_the_earlier_agent_not_its_victims(code):
    text = (
        "Boko Haram kidnapped six Chadian nurses in March. "
        "The group released four Chadian nurses on Sunday."
    )
    result = code(text)
    releases = [e for e in result.events if e.cameo.startswith("084")]
    assert releases and all(e.source.code.startswith("NGA") for e in releases)


def test_events_a_state_official_in_a_domestic_story_takes_its_country(code):
    """In a story about one country, the other side being of that country says nothing
    against the official's: the mayor is American, as the story is."""
    text = ("The White House announced new rules for police units on Monday. "
            "Mayor Ana Ruiz rejected criticism from President Barack Obama over the plan.")
    assert ("USA", "USA") in _pairs(code(text, published="2015-05-05"), "12")


def test_events_an_official_across_the_table_keeps_no_foreign_country(code):
    assert ("ISR", "ISR") not in _pairs(code("The foreign minister met the Israeli prime minister in Paris."), "04")
