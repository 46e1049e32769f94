"""Lexicon breadth for CAMEO roots 01-09 (issue #8): the ordinary constructions of
cooperative news (a visit by its light verb or particle, a welcome given, a donation,
compensation paid, an evacuation of nationals, a drawdown of forces, inspectors sent),
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
    # 01: a briefing held is a statement
    ("The Iranian foreign ministry spokesman held a news conference on Monday.", "010", "IRN", None),
    # 01: moods as predicate adjectives, options weighed, attacks claimed
    ("The Venezuelan foreign minister said he was hopeful about the talks with Guyana.", "013", "VEN", "GUY"),
    ("Seoul is skeptical about the North Korean offer.", "012", "KOR", "PRK"),
    ("Australia is considering sanctions against Myanmar.", "014", "AUS", "MMR"),
    ("Al-Shabaab claimed the bombing of the Kenyan base.", "015", "SOM", "KEN"),
    # 01: a condolence message sent is an empathetic comment
    ("The Indonesian president sent a message of sympathy to New Zealand.", "018", "IDN", "NZL"),
    # 01: prayers offered or tweeted are an empathetic comment; thoughts alone are not
    ("The Norwegian prime minister offered her thoughts and prayers to Sweden.", "018", "NOR", "SWE"),
    # 01: declining to say, name or answer is declining comment, not a rejection
    ("The Kenyan foreign ministry declined to say whether the envoy would return.", "011", "KEN", None),
    ("The Peruvian police refused to name the officers involved.", "011", "PER", None),
    # 01: an error admitted, blame taken, wrongdoing denied
    ("The Canadian prime minister acknowledged that he had misspoken about the deal.", "015", "CAN", None),
    ("The Chilean president admitted that it was a mistake to sign the decree.", "015", "CHL", None),
    ("The Brazilian health minister took the blame for the delays.", "015", "BRA", None),
    ("The Ugandan army denied any wrongdoing in the raid.", "016", "UGA", None),
    # 02: what is asked for chooses the appeal: a bailout, weapons, troops
    ("Pakistan begged the IMF for a bailout.", "0231", "PAK", "IGO"),
    ("Armenia pleaded with France for air defence systems.", "0232", "ARM", "FRA"),
    ("Mozambique requested troops from Rwanda.", "0234", "MOZ", "RWA"),
    ("The Congolese government asked the United Nations for more peacekeepers.", "0234", "COD", "IGO"),
    # 02/03: settling a dispute, appealed for or agreed to; sharing intelligence and trade
    # agreed to; troops offered as peacekeepers
    ("The African Union urged Sudan and South Sudan to settle their border dispute.", "027", "IGO", "SDN"),
    ("Guyana and Venezuela agreed to resolve their territorial dispute peacefully.", "037", "GUY", "VEN"),
    ("Colombia and Ecuador agreed to resume intelligence sharing.", "0314", "COL", "ECU"),
    ("Kenya and Tanzania agreed to boost bilateral trade.", "0311", "KEN", "TZA"),
    ("Bangladesh offered to send troops to Haiti as peacekeepers.", "0334", "BGD", "HTI"),
    # 04: talks facilitated between two sides are mediation
    ("Oman sponsored talks between Iran and Saudi Arabia.", "045", "OMN", "IRN"),
    ("Algeria facilitated negotiations between Mali and the Tuareg rebels.", "045", "DZA", "MLI"),
    # 04: visits by "arrive ... on a visit", "embark on a tour"; a welcome given is a visit hosted
    ("The Vietnamese president arrived in Laos on a state visit.", "042", "VNM", "LAO"),
    ("The Indonesian president embarked on a tour of Australia.", "042", "IDN", "AUS"),
    ("The Brazilian president is on a state visit to Angola.", "042", "BRA", "AGO"),
    ("The Polish president concluded a three-day visit to Lithuania.", "042", "POL", "LTU"),
    ("The Jordanian king granted an audience to the Iraqi prime minister.", "043", "JOR", "IRQ"),
    ("The Croatian president sat down with the Bosnian prime minister.", "040", "HRV", "BIH"),
    ("Kuwait played a mediating role between Qatar and Bahrain.", "045", "KWT", "QAT"),
    ("Morocco gave a warm welcome to the Senegalese president.", "043", "MAR", "SEN"),
    ("Oman accorded a lavish reception to the Iranian president.", "043", "OMN", "IRN"),
    ("Hungary rolled out the red carpet for the Chinese leader.", "043", "HUN", "CHN"),
    # 05: embassies and ambassadors; a welcome of a withdrawal or a truce is praise
    ("Bahrain reopened its embassy in Syria.", "050", "BHR", "SYR"),
    ("The United Arab Emirates sent an ambassador to Israel.", "050", "ARE", "ISR"),
    ("Ukraine expressed its gratitude to Poland for the tanks.", "051", "UKR", "POL"),
    ("The Lithuanian president paid tribute to the Ukrainian defenders.", "051", "LTU", "UKR"),
    ("Lebanon welcomed the Israeli pullout from the south.", "051", "LBN", "ISR"),
    # 06: a suspect handed to another state's police
    ("Romania handed the fugitive to the Italian police.", "063", "ROU", "ITA"),
    # 07: donations, things handed over, compensation, medical supplies, evacuations
    ("China donated 40 buses to Cambodia.", "070", "CHN", "KHM"),
    ("India handed over two patrol boats and generators to Mozambique.", "070", "IND", "MOZ"),
    ("The World Bank unveiled an aid package for Sri Lanka.", "070", "IGO", "LKA"),
    ("The United States approved a $300 million arms sale to Morocco.", "072", "USA", "MAR"),
    ("Sweden approved the delivery of tanks to Ukraine.", "072", "SWE", "UKR"),
    ("Rwanda leads a peacekeeping mission in the Central African Republic.", "074", "RWA", "CAF"),
    ("Iraq paid reparations to Kuwait.", "071", "IRQ", "KWT"),
    ("Canada compensated Iran for the downing of the airliner.", "071", "CAN", "IRN"),
    ("Cuba sent ventilators to Mexico.", "073", "CUB", "MEX"),
    ("The Malaysian navy rescued Indonesian fishermen.", "074", "MYS", "IDN"),
    ("Spain evacuated its diplomats from Sudan.", "074", "ESP", "SDN"),
    # 08: a withdrawal written as a noun (its "of" side leaves, its "from" place is left),
    # an ended presence, a drawdown, a paused offensive, assets unfrozen, a crossing opened
    ("The withdrawal of Armenian forces from Azerbaijan began at dawn.", "0874", "ARM", "AZE"),
    ("Belarus granted clemency to the jailed Polish journalist.", "056", "BLR", "POL"),
    ("The Georgian government withdrew the controversial media bill.", "0832", "GEO", None),
    ("NATO cut its troops in Kosovo.", "0874", "IGO", "XKX"),
    ("The United States removed Sudan from its terrorism list.", "085", "USA", "SDN"),
    ("The EU delisted the Syrian airline.", "085", "IGO", "SYR"),
    ("Israel allowed fuel trucks into Gaza.", "0863", "ISR", "PSE"),
    ("The Tunisian government bowed to the IMF's conditions.", "080", "TUN", "IGO"),
    ("Nepal opened its doors to UN investigators.", "086", "NPL", "IGO"),
    ("Eritrea allowed UN monitors to oversee the vote.", "086", "ERI", "IGO"),
    ("Russia and Ukraine agreed to a pause in attacks on energy facilities.", "0356", "RUS", "UKR"),
    ("The Colombian rebels surrendered their weapons to the UN mission.", "0873", "COL", "IGO"),
    ("France ended its military presence in Niger.", "0874", "FRA", "NER"),
    ("The United States drew down its forces in Syria.", "0874", "USA", "SYR"),
    ("Turkey scaled back its offensive in northern Iraq.", "087", "TUR", "IRQ"),
    ("Washington unfroze Afghan assets.", "085", "USA", "AFG"),
    ("Egypt opened the border crossing for aid lorries to Gaza.", "0863", "EGY", "PSE"),
    # 09: inspectors, investigators and fact-finding missions sent; looking into a case
    ("The IAEA dispatched inspectors to North Korea.", "09", "IGO", "PRK"),
    ("The UN sent a fact-finding mission to Libya.", "09", "IGO", "LBY"),
    ("Kenyan police are looking into the death of the Ugandan activist.", "09", "KEN", "UGA"),
]


@pytest.mark.parametrize("text,cameo,source,target", CASES, ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_breadth_codes_the_construction(code, text, cameo, source, target):
    hits, events = _found(code, text, cameo, source, target)
    assert hits, events


# (sentence, CAMEO code prefix that must NOT appear)
NEGATIVES = [
    ("The senator looked into the camera and smiled.", "09"),
    ("The historian scrutinized old reports in the archive.", "09"),
    ("The coach sent a team to the tournament in Spain.", "09"),
    # a withdrawal's "from" is the place left, never its author
    ("The withdrawal of Russian troops from Georgia began on Monday.", "0874"),
    # an admission needs an error of the speaker's own; a refusal to give is no silence
    ("The Kenyan president admitted that the opposition leader had lied.", "015"),
    ("The Mexican finance minister acknowledged that the economy grew slowly.", "015"),
    ("The Nigerian government refused to give aid to the rebels.", "011"),
    ("The Norwegian prime minister offered her thoughts on the Swedish plan.", "018"),
]


@pytest.mark.parametrize("text,cameo", NEGATIVES, ids=[c[1] for c in NEGATIVES])
def test_breadth_does_not_overreach(code, text, cameo):
    events = code(text).events
    if cameo == "0874":
        assert all(actor_country(e.source) != "GEO" for e in events if e.cameo.startswith(cameo)), events
        assert any(actor_country(e.source) == "RUS" for e in events if e.cameo.startswith(cameo)), events
    else:
        assert not [e for e in events if e.cameo.startswith(cameo)], [(e.cameo, e.trigger.text) for e in events]
