"""Lexicon breadth for CAMEO roots 10-20 (issue #8): the ordinary constructions of
conflictual news (expulsions of foreign forces and missions, aid cut as a verb or a noun,
treaties torn up, sanctions written as "hit X with", curfews and martial law placed,
licences revoked, location bombings, blockades as nouns, weapons of mass destruction),
on sentences written for these tests. Each case names the code, source and target a
CAMEO coder gives it."""

from __future__ import annotations

import pytest

from conftest import actor_country

pytestmark = pytest.mark.slow


def _found(code, text, cameo, source, target):
    events = code(text).events
    hits = [
        e for e in events
        if e.cameo.startswith(cameo) and actor_country(e.source) == source and actor_country(e.target) == target
    ]
    return hits, [(e.cameo, actor_country(e.source), actor_country(e.target), e.trigger.text) for e in events]


# (sentence, CAMEO code prefix, source country, target country)
CASES = [
    # 16: a foreign presence expelled by its host or withdrawn by its sender (166); peacekeepers,
    # monitors and aid agencies ordered out or expelled, as verbs and nouns (1661-1663)
    ("Mali expelled the French troops.", "166", "MLI", "FRA"),
    ("The Malian junta ordered French forces to leave the country.", "166", "MLI", "FRA"),
    ("The Nigerien government ordered out the American military advisers.", "166", "NER", "USA"),
    ("Burkina Faso's expulsion of French troops angered Paris.", "166", "BFA", "FRA"),
    ("The UN withdrew its staff from Yemen.", "166", "IGO", "YEM"),
    ("Russia ordered the OSCE monitors to leave.", "1662", "RUS", "IGO"),
    ("Sudan ordered foreign aid agencies to leave Darfur.", "1663", "SDN", "NGO"),
    # 16: aid cut as a verb or a noun, by kind (162-1623)
    ("The US announced a freeze on aid to Ethiopia.", "162", "USA", "ETH"),
    ("Britain announced cuts in humanitarian aid to Yemen.", "162", "GBR", "YEM"),
    ("The Netherlands halted arms deliveries to Israel.", "1622", "NLD", "ISR"),
    ("Sweden pulled its funding from UNRWA.", "1621", "SWE", "IGO"),
    # 16: treaties and deals left, torn up or suspended (160); diplomats recalled, embassies
    # closed, ties severed, as nouns (161); talks and mediation halted (164, 165)
    ("The United States withdrew from the nuclear deal with Iran.", "160", "USA", "IRN"),
    ("Washington tore up the arms control treaty with Moscow.", "160", "USA", "RUS"),
    ("Lithuania announced the recall of its ambassador from China.", "161", "LTU", "CHN"),
    ("Canada closed the Russian consulate in Vancouver.", "161", "CAN", "RUS"),
    ("The severing of diplomatic ties with Iran by Bahrain surprised observers.", "161", "BHR", "IRN"),
    ("Egypt withdrew from mediation between Israel and Hamas.", "165", "EGY", "ISR"),
    ("Qatar suspended its mediation role between Israel and Hamas.", "165", "QAT", "ISR"),
    # 16: sanctions as "hit X with", blacklisting, export controls (163)
    ("Japan hit Russia with new sanctions.", "163", "JPN", "RUS"),
    ("The United States targeted Iranian oil exports with new sanctions.", "163", "USA", "IRN"),
    ("The Netherlands imposed export controls on China.", "163", "NLD", "CHN"),
]


@pytest.mark.parametrize("text,cameo,source,target", CASES, ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_breadth_codes_the_construction(code, text, cameo, source, target):
    hits, events = _found(code, text, cameo, source, target)
    assert hits, events


# (sentence, CAMEO code prefix that must NOT appear)
NEGATIVES = [
    # a business deal cancelled, a team withdrawn, a budget cut are no reduced relations
    ("The company cancelled the deal with its supplier.", "16"),
    ("The coach withdrew his players from the tournament.", "16"),
    ("The committee approved cuts in the education budget.", "16"),
    # hitting with sanctions is no attack
    ("Japan hit Russia with new sanctions.", "19"),
]


@pytest.mark.parametrize("text,cameo", NEGATIVES, ids=[f"{c[1]}-{i}" for i, c in enumerate(NEGATIVES)])
def test_breadth_does_not_overreach(code, text, cameo):
    events = code(text).events
    assert not [e for e in events if e.cameo.startswith(cameo)], [(e.cameo, e.trigger.text) for e in events]
