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
    # 11: reprimands, issues taken, railing against (110, 111); blame pinned, a state branded
    # a terrorist (112); a state hauled before a court (115), a court ruling against (116); a
    # demarche delivered (114)
    ("The Chinese foreign ministry reprimanded the Japanese envoy.", "111", "CHN", "JPN"),
    ("Turkey took issue with the French resolution.", "110", "TUR", "FRA"),
    ("Venezuela railed against American sanctions.", "111", "VEN", "USA"),
    ("Iran pinned the blame on Israel for the explosion.", "112", "IRN", "ISR"),
    ("Russia branded Ukraine a terrorist state.", "112", "RUS", "UKR"),
    ("Nicaragua hauled Germany before the International Court of Justice.", "115", "NIC", "DEU"),
    ("The ICJ ruled against Colombia in the maritime dispute.", "116", "IGO", "COL"),
    ("France delivered a demarche to the Russian embassy.", "114", "FRA", "RUS"),
    # 12: a peace plan or a ceasefire proposal rejected (127, 1246)
    ("Serbia rejected the EU peace plan for Kosovo.", "127", "SRB", "IGO"),
    ("Israel rejected the Egyptian ceasefire proposal.", "1246", "ISR", "EGY"),
    # 12: a summit pulled out of is a meeting refused (125), not a military withdrawal
    ("Poland pulled out of the summit with Russia.", "125", "POL", "RUS"),
    # 13: revenge vowed, retaliation warned of (130); sabres rattled (138)
    ("Hezbollah vowed revenge against Israel.", "130", "LBN", "ISR"),
    ("Iran warned of retaliation against Israel.", "130", "IRN", "ISR"),
    ("North Korea rattled its sabres at South Korea.", "138", "PRK", "KOR"),
    # 13: military action threatened is a threat of a conventional attack (1384)
    ("Israel threatened military action.", "1384", "ISR", None),
    # 14: crowds storming buildings and throwing stones or petrol bombs riot (145), barricades
    # set up (144), protesters gathering (141), food refused (142); what is wanted picks the
    # 4-digit code (1411, 1432)
    ("Protesters stormed the parliament building in Colombo.", "145", "LKA", "LKA"),
    ("Demonstrators threw stones at Kenyan police.", "145", "KEN", "KEN"),
    ("Palestinian youths hurled petrol bombs at Israeli soldiers.", "145", "PSE", "ISR"),
    ("Farmers set up barricades on roads in Peru.", "144", "PER", "PER"),
    ("Hundreds of protesters gathered outside the US embassy in Baghdad.", "141", "IRQ", "USA"),
    ("Thousands marched in Dhaka demanding the prime minister's impeachment.", "1411", "BGD", "BGD"),
    ("Teachers went on strike in Nigeria over unpaid salaries.", "1432", "NGA", "NGA"),
    # 15: aircraft and ships flown or sailed near another state, its air defence zone
    # entered, drills as nouns (150); police on alert, terror level raised (151); combat
    # readiness (152); police presence boosted (153); mobilisation and military presence
    # (154); cyber units set up (155)
    ("Russia flew bombers near the Japanese coast.", "150", "RUS", "JPN"),
    ("China sailed an aircraft carrier through the Taiwan Strait.", "150", "CHN", "TWN"),
    ("Chinese warplanes entered Taiwan's air defence zone.", "150", "CHN", "TWN"),
    ("China's military drills around Taiwan alarmed Washington.", "150", "CHN", "TWN"),
    ("India put its police on high alert in Kashmir.", "151", "IND", "IND"),
    ("Britain raised its terror threat level.", "151", "GBR", None),
    ("North Korea declared combat readiness against South Korea.", "152", "PRK", "KOR"),
    ("France boosted its police presence in Marseille.", "151", "FRA", None),
    ("Russia announced a partial mobilisation.", "154", "RUS", None),
    ("The United States boosted its military presence in Syria.", "154", "USA", "SYR"),
    ("North Korea set up a new cyber warfare unit.", "155", "PRK", None),
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
    ("Britain announced cuts in humanitarian aid to Yemen.", "1623", "GBR", "YEM"),
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
    ("The United States imposed visa restrictions on Nigerian officials.", "163", "USA", "NGA"),
    ("Mali ended its defence agreement with France.", "160", "MLI", "FRA"),
    ("The United States cut off intelligence sharing with Ukraine.", "160", "USA", "UKR"),
    # 17: property vandalised (171); licences, accreditation and immunity taken away (172)
    ("Israeli settlers vandalised Palestinian property in Hebron.", "171", "ISR", "PSE"),
    ("Russia stripped the Estonian journalist of his accreditation.", "172", "RUS", "EST"),
    ("Moscow revoked the accreditation of the BBC correspondent.", "172", "RUS", "GBR"),
    ("The Turkish parliament lifted the immunity of the Kurdish lawmakers.", "172", "TUR", "TUR"),
    # 17: bans on protests and parties imposed, access blocked, blackouts, curfews and
    # martial law placed (1721-1724)
    ("The Ethiopian government imposed a ban on protests in Addis Ababa.", "1721", "ETH", "ETH"),
    ("The Ethiopian government blocked access to social media in Tigray.", "1721", "ETH", "ETH"),
    ("The Sri Lankan government imposed a media blackout in the north.", "1721", "LKA", None),
    ("The Thai government imposed a ban on the opposition party.", "1722", "THA", None),
    ("Authorities placed Srinagar under curfew.", "1723", "IND", "IND"),
    ("The Pakistani army placed the region under martial law.", "1724", "PAK", None),
    # 17: people seized by the police, locked up, thrown in jail, sentenced (173); migrants
    # pushed back (174); fire opened on protesters, protesters beaten by police (175)
    ("Police seized the opposition leader in Harare.", "173", "ZWE", "ZWE"),
    ("Belarusian police locked up dozens of protesters.", "173", "BLR", "BLR"),
    ("Egyptian authorities threw the activist in jail.", "173", "EGY", "EGY"),
    ("A Chinese court handed the Australian writer a suspended death sentence.", "173", "CHN", "AUS"),
    ("Greek coastguards pushed back Afghan migrants to Turkey.", "174", "GRC", "AFG"),
    ("Kenyan police opened fire on protesters in Nairobi.", "175", "KEN", "KEN"),
    ("Iranian security forces beat protesters in Tehran.", "175", "IRN", "IRN"),
    # 18: bombings at a place (1834): exploded there, planted there, carried out there, a
    # mosque bombed; a bombing by militants is no air raid (183); a targeted killing (186)
    ("A bomb exploded at a crowded market in Kabul.", "1834", "AFG", "AFG"),
    ("Militants bombed a mosque in Peshawar.", "1834", "PAK", "PAK"),
    ("Insurgents planted a bomb in a market in Baghdad.", "1834", "IRQ", "IRQ"),
    ("Al-Shabaab carried out a bombing at a hotel in Mogadishu.", "1834", "SOM", "SOM"),
    ("Islamist militants carried out a bombing in Nigeria.", "183", "NGA", "NGA"),
    ("Israel carried out the targeted killing of a Hamas commander in Beirut.", "186", "ISR", "PSE"),
    # 17: a seizure or harassment "of" as a noun with its author (1711, 170); networks
    # breached, a state hit with a cyberattack (176)
    ("Iran's seizure of a British tanker raised tensions.", "1711", "IRN", "GBR"),
    ("Russia's harassment of American diplomats continued.", "170", "RUS", "USA"),
    ("Chinese hackers breached the networks of the Australian parliament.", "176", "CHN", "AUS"),
    ("North Korea hit South Korea with a cyberattack.", "176", "PRK", "KOR"),
    ("Russian hackers attacked the websites of Estonian ministries.", "176", "RUS", "EST"),
    # 14: an uprising against, a mutiny (140); protesters setting fire to a building (145)
    ("The Syrian uprising against Assad began in 2011.", "140", "SYR", "SYR"),
    ("Protesters set fire to the parliament in Nairobi.", "145", "KEN", "KEN"),
    # nouns with their author: assets frozen (163), a sit-in dispersed (175)
    ("Washington's freezing of Afghan assets angered the Taliban.", "163", "USA", "AFG"),
    ("The Sudanese army's dispersal of the sit-in in Khartoum killed dozens.", "175", "SDN", "SDN"),
    # 18-20: an attack of a named kind carried out or launched takes the kind's code
    ("The Houthis carried out a drone attack on a Saudi oil facility.", "1952", "YEM", "SAU"),
    ("Militants carried out a suicide bombing in Quetta.", "1831", "PAK", "PAK"),
    ("Syrian government forces carried out a chemical attack in Ghouta.", "2041", "SYR", "SYR"),
    ("Hezbollah launched a rocket attack on northern Israel.", "194", "LBN", "ISR"),
    # 17: an arrest, demolition or deportation as a noun with its author
    ("Russia's arrest of the American journalist angered Washington.", "173", "RUS", "USA"),
    ("Israel's demolition of Palestinian homes in East Jerusalem continued.", "1712", "ISR", "PSE"),
    ("Egypt's deportation of Sudanese refugees drew criticism.", "174", "EGY", "SDN"),
    # 19: sieges and blockades as nouns, straits closed, supplies cut off, no-fly zones (191);
    # the weapon an attack is made "with" (194, 195, 1951, 1952); sniper fire (193)
    ("The Russian army's siege of Mariupol lasted three months.", "191", "RUS", "UKR"),
    ("The Israeli blockade of Gaza entered its 17th year.", "191", "ISR", "PSE"),
    ("Iran closed the Strait of Hormuz to American ships.", "191", "IRN", "USA"),
    ("Israel cut off water and electricity to Gaza.", "191", "ISR", "PSE"),
    ("NATO enforced a no-fly zone over Libya.", "191", "IGO", "LBY"),
    ("Russian forces pounded Kharkiv with artillery.", "194", "RUS", "UKR"),
    ("Russian artillery strikes on Kherson killed five civilians.", "194", "RUS", "UKR"),
    ("The Saudi-led coalition hit Houthi positions with air strikes.", "195", "SAU", "YEM"),
    ("The United States launched cruise missiles at Syrian airbases.", "1951", "USA", "SYR"),
    ("Russia launched dozens of drones at Ukrainian cities.", "1952", "RUS", "UKR"),
    ("Sniper fire from Israeli troops wounded a Palestinian medic.", "193", "ISR", None),
    # 19: an attack in the passive with its "by" agent
    ("A village in Sudan was attacked on Thursday by troops from Chad.", "190", "TCD", "SDN"),
    # 20: atrocities and war crimes committed (200), thousands deported (201), weapons of
    # mass destruction (204), gas used (2041), a nuclear strike threatened (1385)
    ("Russia committed war crimes in Bucha.", "200", "RUS", "UKR"),  # the town's country (gazetteer)
    ("Myanmar's army forcibly deported thousands of Rohingya villagers.", "201", "MMR", "MMR"),
    ("Syrian forces gassed civilians in Douma.", "2041", "SYR", "SYR"),
    ("The Syrian army used chlorine gas against rebels in Idlib.", "2041", "SYR", "SYR"),
    ("North Korea threatened a nuclear strike on the United States.", "1385", "PRK", "USA"),
]


@pytest.mark.parametrize("text,cameo,source,target", CASES, ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_breadth_codes_the_construction(code, text, cameo, source, target):
    hits, events = _found(code, text, cameo, source, target)
    assert hits, events


# (sentence, CAMEO code prefix that must NOT appear)
NEGATIVES = [
    # military action debated is no attack
    ("The senators debated military action in Syria.", "19"),
    ("Poland pulled out of the summit with Russia.", "087"),
    # a pupil reprimanded, a referee's call disputed, a chef's revenge, a company's warning
    # about profits, a landlord's lawsuit are no political disapproval or threat
    ("The teacher reprimanded the student for talking.", "11"),
    ("He took issue with the referee's decision.", "11"),
    ("The chef vowed revenge on the critics.", "13"),
    ("The company warned of consequences for its profits.", "13"),
    # revenge vowed is a threat, not a promise to cooperate
    ("Hezbollah vowed revenge against Israel.", "03"),
    # fans on a pitch, children at a river, students in a library, a company's presence,
    # a swimmer are no protest or show of force
    ("Fans stormed the pitch after the match.", "14"),
    ("The children threw stones into the river.", "14"),
    ("The students gathered in the library.", "14"),
    ("The company boosted its presence in Asia.", "15"),
    ("He entered the water at dawn.", "15"),
    # a business deal cancelled, a team withdrawn, a budget cut are no reduced relations
    ("The company cancelled the deal with its supplier.", "16"),
    ("The coach withdrew his players from the tournament.", "16"),
    ("The committee approved cuts in the education budget.", "16"),
    ("The company ended its agreement with the union.", "16"),
    # hitting with sanctions is no attack
    ("Japan hit Russia with new sanctions.", "19"),
    # relations damaged, talks sabotaged, a bridge a hurricane damaged are no property damage
    ("The scandal damaged relations between the two parties.", "17"),
    ("Trump's remarks sabotaged the talks.", "17"),
    ("The hurricane damaged a bridge in Florida.", "17"),
    ("The closure of the factory cost 300 jobs.", "17"),
    ("The freezing of the lake delayed the ferry.", "16"),
    # an arrest or a destruction with no author named codes nothing of its own
    ("The destruction of the rainforest in Brazil continued.", "17"),
    ("The journalist remains in detention in Iran.", "17"),
    # a storm's damage, a warehouse locked, a phone thrown are no coercion
    ("The storm damaged homes in Florida.", "17"),
    ("The company locked up its warehouse for the weekend.", "17"),
    # people the police seize are arrested, not abducted
    ("Police seized the opposition leader in Harare.", "181"),
    # an accident, a political "siege", attack ads and verbal attacks are no violence; a
    # nuclear strike discussed is no nuclear strike
    ("A gas explosion at a market in Lagos killed four.", "18"),
    ("The president is under siege from his own party.", "19"),
    ("The senator's attack ads drew criticism.", "19"),
    ("The governor came under attack from Republicans over the budget.", "19"),
    ("The Democrats launched an attack on the Republican tax plan.", "19"),
    ("Analysts discussed a nuclear strike scenario.", "20"),
]


@pytest.mark.parametrize("text,cameo", NEGATIVES, ids=[f"{c[1]}-{i}" for i, c in enumerate(NEGATIVES)])
def test_breadth_does_not_overreach(code, text, cameo):
    events = code(text).events
    assert not [e for e in events if e.cameo.startswith(cameo)], [(e.cameo, e.trigger.text) for e in events]
