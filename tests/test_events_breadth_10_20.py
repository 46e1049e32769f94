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
    # 17: property vandalised (171); licences, accreditation and immunity taken away (172)
    ("Israeli settlers vandalised Palestinian property in Hebron.", "171", "ISR", "PSE"),
    ("Russia stripped the Estonian journalist of his accreditation.", "172", "RUS", "EST"),
    ("Moscow revoked the accreditation of the BBC correspondent.", "172", "RUS", "GBR"),
    ("The Turkish parliament lifted the immunity of the Kurdish lawmakers.", "172", "TUR", "TUR"),
    # 17: bans on protests and parties imposed, access blocked, blackouts, curfews and
    # martial law placed (1721-1724)
    ("The Ethiopian government imposed a ban on protests in Addis Ababa.", "1721", "ETH", "ETH"),
    ("The Ethiopian government blocked access to social media in Tigray.", "1721", "ETH", "ETH"),
    ("The Sri Lankan government imposed a media blackout in the north.", "1721", "LKA", "LKA"),
    ("The Thai government imposed a ban on the opposition party.", "1722", "THA", "THA"),
    ("Authorities placed Srinagar under curfew.", "1723", "IND", "IND"),
    ("The Pakistani army placed the region under martial law.", "1724", "PAK", "PAK"),
    # 17: people seized by the police, locked up, thrown in jail, sentenced (173); migrants
    # pushed back (174); fire opened on protesters, protesters beaten by police (175)
    ("Police seized the opposition leader in Harare.", "173", "ZWE", "ZWE"),
    ("Belarusian police locked up dozens of protesters.", "173", "BLR", "BLR"),
    ("Egyptian authorities threw the activist in jail.", "173", "EGY", "EGY"),
    ("A Chinese court handed the Australian writer a suspended death sentence.", "173", "CHN", "AUS"),
    ("Greek coastguards pushed back Afghan migrants to Turkey.", "174", "GRC", "AFG"),
    ("Kenyan police opened fire on protesters in Nairobi.", "175", "KEN", "KEN"),
    ("Iranian security forces beat protesters in Tehran.", "175", "IRN", "IRN"),
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
    # a storm's damage, a warehouse locked, a phone thrown are no coercion
    ("The storm damaged homes in Florida.", "17"),
    ("The company locked up its warehouse for the weekend.", "17"),
    # people the police seize are arrested, not abducted
    ("Police seized the opposition leader in Harare.", "181"),
]


@pytest.mark.parametrize("text,cameo", NEGATIVES, ids=[f"{c[1]}-{i}" for i, c in enumerate(NEGATIVES)])
def test_breadth_does_not_overreach(code, text, cameo):
    events = code(text).events
    assert not [e for e in events if e.cameo.startswith(cameo)], [(e.cameo, e.trigger.text) for e in events]
