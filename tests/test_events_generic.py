"""Readings with no counterpart (events/generic.py): support or a meeting offered to whoever
is chosen, a candidate running against an office holder, a view shared by agreeing that ...,
what voters back or reject, speeches by the dozen, what people at large do, what a group in the
plural likes or backs — and the events these words make elsewhere stay events."""

import pytest

from eventdesk.pipeline import code_text

STORY = "Senator Bernie Sanders spoke to voters in Iowa on Monday. "


def _events(text):
    return [(e.cameo, e.trigger.text, e.source.text if e.source else None, e.target.text if e.target else None)
            for e in code_text(STORY + text, published="2016-03-01").events
            if e.trigger.start >= len(STORY)]


@pytest.mark.parametrize("text, word", [
    ("Most state legislators are free to support either candidate at the convention.", "support"),
    ("The governor said he will meet with any candidate who asks for a meeting.", "meet"),
    ("Officials who may back the candidate of their choice gathered in Ohio.", "back"),
    ("The mayor, who is challenging Senator Jane Doe in the Ohio primary, raised money.", "challenging"),
    ("Senator Smith, who is challenging Governor Brown in Ohio, raised money on Friday.", "challenging"),
    ("Catholic Republicans generally agree that the rich should pay more in taxes.", "agree"),
    ("Most farmers agree that the new tariff is far too high.", "agree"),
    ("Ohio voters who support Donald Trump filled the hall.", "support"),
    ("A Texas voter who supports Senator Ted Cruz spoke first.", "supports"),
    ("Swiss voters dealt a blow to the federal energy plan by rejecting a pact with Austria.", "blow"),
    ("Senator Sanders says he is not a one-issue candidate who appeals to white voters.", "appeals"),
    ("The former governor said she would keep delivering paid speeches to trade groups.", "delivering"),
    ("Senator Ruth Ames gave speeches to lenders in Denver.", "speeches"),
])
def test_no_event_without_a_counterpart(text, word):
    found = _events(text)
    assert not any(word in trigger for _, trigger, _, _ in found), found


@pytest.mark.parametrize("text, code, target", [
    ("The mayor said she would support any of the three remaining candidates.", "032", "candidates"),
    ("Jordan says it will not admit any further refugees if fighting spreads south.", "122", "refugees"),
    ("The senator challenged the president to a debate.", "110", "president"),
    ("Russia and Turkey agreed that talks would resume in Geneva.", "030", "Turkey"),
    ("Iran agreed that it would hold talks with France next week.", "036", "France"),
    ("Voters in Ohio protested against the governor.", "141", "governor"),
    ("Senator Warren endorsed Hillary Clinton on Thursday.", "051", "Clinton"),
    ("The president appealed to Congress to pass the bill.", "020", "Congress"),
])
def test_the_same_words_stay_events(text, code, target):
    found = _events(text)
    assert any(c == code and t and target in t for c, _, _, t in found), found


def test_one_speech_stays_a_statement():
    found = _events("The president delivered a speech to the nation on Tuesday.")
    assert any(c == "010" and "speech" in trigger for c, trigger, _, _ in found), found


# ---------------------------------------------------------------- press sessions, marches to a goal, fights against opposition

@pytest.mark.parametrize("text, word", [
    ("It has been 200 days since the governor had a press conference.", "conference"),
    ("The mayor's last press conference was held on May 3.", "conference"),
    ("Nobody has seen a police chief come out and have a news conference like that.", "conference"),
    ("The senator is marching toward November with little money.", "marching"),
    ("Asia's slow march toward a single currency has stalled.", "march"),
    ("Governor Ray Dunn battled fierce opposition from the media.", "battled"),
    ("Senator Joe Pratt battled fierce opposition from the newspapers.", "battled"),
    ("Governor Ray Dunn fought a growing backlash from the media.", "fought"),
    ("Senator Joe Pratt has to seal the deal and get his voters to turn out.", "seal"),
])
def test_figures_of_meeting_marching_and_fighting_are_no_events(text, word):
    found = _events(text)
    assert not any(word in trigger for _, trigger, _, _ in found), found


@pytest.mark.parametrize("text, code", [
    ("President Macron held a meeting with Chancellor Scholz in Berlin.", "040"),
    ("Hundreds of protesters marched toward the embassy in Nairobi.", "141"),
    ("Thousands of students marched against the new tuition law.", "141"),
    ("Government troops battled fierce resistance from the militants near Aleppo.", "190"),
    ("Iran and the European Union sealed the deal on Friday.", "057"),
    ("The Iranian foreign minister sealed the deal with the European Union in Vienna.", "057"),
])
def test_real_meetings_marches_and_fights_stay(text, code):
    assert any(c[:3] == code for c, _, _, _ in _events(text)), _events(text)


# ---------------------------------------------------------------- people at large

@pytest.mark.parametrize("text, word", [
    ("Many people criticize President Macron for his pension plan.", "criticize"),
    ("Each year people protest against the French government in Paris.", "protest"),
    ("The app lets people criticize Kenyan President Ruto anonymously.", "criticize"),
    ("There is one threat many people make against the French government.", "threat"),
    ("People (mostly students) are keen on criticizing President Macron.", "criticizing"),
])
def test_what_people_at_large_do_is_no_event(text, word):
    found = _events(text)
    assert not any(word in trigger for _, trigger, _, _ in found), found


@pytest.mark.parametrize("text, code", [
    ("Thousands of people protested against the Kenyan government on Tuesday.", "141"),
    ("People criticized President Macron for his pension plan on Monday.", "111"),
    ("People have been praising President Macron all week.", "051"),
])
def test_what_people_did_stays(text, code):
    assert any(c[:3] == code for c, _, _, _ in _events(text)), _events(text)


# ---------------------------------------------------------------- a group's stance

@pytest.mark.parametrize("text, word", [
    ("Democratic senators who back Hillary Clinton would be ignoring the voters.", "back"),
    ("He tried to win over Republican senators backing Donald Trump at the convention.", "backing"),
    ("Hispanic Democrats, who favor Hillary Clinton by ten points, turned out early.", "favor"),
    ("Many of Germany's conservative politicians admire President Putin.", "admire"),
    ("He is a governor whom most union members distrust.", "distrust"),
    ("We admire most of the candidates, the donor said.", "admire"),
])
def test_what_a_group_likes_or_backs_is_no_event(text, word):
    found = _events(text)
    assert not any(word in trigger for _, trigger, _, _ in found), found


@pytest.mark.parametrize("text, code", [
    ("Republican senators backed Donald Trump on Monday.", "051"),
    ("Republican senators declaring support for Donald Trump pushed him over the top.", "051"),
    ("Rudy Giuliani, who supports Donald Trump, spoke on Monday.", "051"),
    ("France and Germany support the Ukrainian government.", "051"),
])
def test_a_group_that_acted_or_a_named_backer_stays(text, code):
    assert any(c[:3] == code for c, _, _, _ in _events(text)), _events(text)


# ---------------------------------------------------------------- sums of public money

@pytest.mark.parametrize("text, word", [
    ("Senator Marco Rubio is proposing trillions of dollars in tax cuts for middle-class families.", "proposing"),
    ("Governor Jerry Brown wants a gas tax; Senator Ruth Ames seeks an extra $40 billion in revenue over ten years.",
     "seeks"),
    ("Mayor Bill de Blasio calls for $2 billion in new spending on city schools.", "calls"),
])
def test_a_sum_of_spending_or_taxes_with_no_recipient_is_no_event(text, word):
    found = _events(text)
    assert not any(word in trigger for _, trigger, _, _ in found), found


@pytest.mark.parametrize("text, code", [
    ("Japan pledged $500 million in tax revenue to Myanmar on Monday.", "03"),
    ("Saudi Arabia proposed billions of dollars in aid.", "03"),
    ("Greece sought 2 billion euros from the European Union.", "02"),
])
def test_a_sum_given_to_or_sought_from_an_actor_or_in_aid_stays(text, code):
    assert any(c[:2] == code for c, _, _, _ in _events(text)), _events(text)


# ---------------------------------------------------------------- what a kind can or would do

@pytest.mark.parametrize("text, word", [
    ("The party is looking for candidates who will denounce the militias.", "denounce"),
    ("The bill lists the companies that Washington may sanction next year.", "sanction"),
    ("Moscow named the diplomats that Russia could expel.", "expel"),
])
def test_what_a_relative_clause_says_its_kind_could_do_is_no_event(text, word):
    found = _events(text)
    assert not any(word in trigger for _, trigger, _, _ in found), found


@pytest.mark.parametrize("text, code", [
    ("Senator Mary Landrieu, who will meet the Chinese premier on Friday, criticized the tariffs.", "040"),
    ("The Kenyan envoy, who will mediate between the government and the rebels, arrived in Juba on Monday.", "045"),
])
def test_a_particular_doer_s_plan_in_a_relative_clause_stays(text, code):
    assert any(c[:3] == code for c, _, _, _ in _events(text)), _events(text)
