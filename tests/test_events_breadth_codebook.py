"""Lexicon breadth from the CAMEO codebook, third pass (issue #8): constructions the
definitions of thin codes cover that the lexicon did not have — admitting and denying as
nouns (015, 016), feeling sorry for or being sympathetic to someone (018), echoing another's
words (019), vouching for someone or rallying to a defense (052), praise verbs and phrases
(051), eating with someone (040), making or poking fun at someone and booing him (111),
leaning on someone to act (020).
Sentences written for these tests. Each case names the code, source and target a CAMEO
coder gives it."""

from __future__ import annotations

import pytest

from conftest import actor_country

pytestmark = pytest.mark.slow


# (sentence, CAMEO code prefix, source country, target country)
CASES = [
    # 015 / 016: an admission or a denial with what is admitted or denied
    ("Moldova's admission of responsibility surprised the Romanian ministry.", "015", "MDA", None),
    ("The Latvian cabinet issued a denial of involvement in the smuggling ring.", "016", "LVA", None),
    ("Ecuador's denial of any wrongdoing did not satisfy the Peruvian envoy.", "016", "ECU", None),
    # 018: sorry for, sympathetic to someone
    ("The Thai prime minister felt sorry for the Cambodian king.", "018", "THA", "KHM"),
    ("The Indian minister was sympathetic to the Nepali government.", "018", "IND", "NPL"),
    # 019: echoing another's argument or remarks
    ("The Nepali prime minister echoed the Indian argument.", "019", "NPL", "IND"),
    ("The Norwegian minister echoed the Danish premier's remarks on fishing quotas.", "019", "NOR", "DNK"),
    # 052: vouching for someone, rallying to a defense
    ("The Mexican foreign minister vouched for the Guatemalan president.", "052", "MEX", "GTM"),
    ("The Bolivian president rallied to the defense of the Peruvian leader.", "052", "BOL", "PER"),
    # 051: heralded, eulogized, raved about, praises sung
    ("The Brazilian president heralded the Uruguayan pension reform.", "051", "BRA", "URY"),
    ("The Kenyan president eulogized the late Tanzanian leader.", "051", "KEN", "TZA"),
    ("The Italian minister raved about the Spanish prime minister.", "051", "ITA", "ESP"),
    ("The Polish president sang the praises of the Lithuanian government.", "051", "POL", "LTU"),
    # 020: leaning on someone to act
    ("The United States leaned on Egypt to open the border.", "020", "USA", "EGY"),
    # 040: eating with someone meets him, as dining with him does
    ("The Lebanese prime minister ate with the Syrian president in Damascus.", "040", "LBN", "SYR"),
    # 111: fun made or poked, boos
    ("The Chilean senator poked fun at the Argentine president.", "111", "CHL", "ARG"),
    ("The Dutch prime minister made fun of the Belgian government.", "111", "NLD", "BEL"),
    ("The Danish minister teed off on the Swedish government.", "111", "DNK", "SWE"),
    ("Greek farmers booed the Bulgarian prime minister.", "111", "GRC", "BGR"),
]


@pytest.mark.parametrize("text,cameo,source,target", CASES, ids=[c[1] for c in CASES])
def test_codebook_breadth(code, text, cameo, source, target):
    events = code(text).events
    hits = [
        e for e in events
        if e.cameo.startswith(cameo) and actor_country(e.source) == source and actor_country(e.target) == target
    ]
    assert hits, [(e.cameo, actor_country(e.source), actor_country(e.target), e.trigger.text) for e in events]


# (sentence, CAMEO code prefix that must NOT appear)
NEGATIVES = [
    # a denial of a thing that is no charge, an admission to a club
    ("The ministry announced a denial of visas to foreign reporters.", "016"),
    ("Admission of new members to the club was delayed.", "015"),
    # fun that is a quality, a mood that is about no one
    ("The band played fun music for the delegates.", "111"),
    ("The senator was sorry for the delay.", "018"),
    # leaning on a thing, a thing that heralds, eating with a utensil
    ("The coach leaned on his experience in the final.", "02"),
    ("The drop in copper exports heralds a recession.", "051"),
    ("The Egyptian minister ate with chopsticks at the banquet.", "040"),
    # booing with no one booed
    ("Fans booed during the match.", "111"),
]


@pytest.mark.parametrize("text,cameo", NEGATIVES, ids=[c[1] for c in NEGATIVES])
def test_codebook_breadth_does_not_overreach(code, text, cameo):
    events = code(text).events
    assert not [e for e in events if e.cameo.startswith(cameo)], [(e.cameo, e.trigger.text) for e in events]
