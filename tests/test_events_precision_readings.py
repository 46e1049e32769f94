"""Event precision on political prose, session 10: a statement whose words the text gives
(reported speech, as a plain "said"), a poll's finding carried through a conjoined clause,
force words that politics uses for involvement, stances and contests, an ideal "under
assault" — each next to the real event that must still code. Sentences written for these
tests."""

import pytest

from eventdesk.pipeline import code_text

STORY = "Senator Ann Cole spoke in Washington on Monday. "


def _events(text):
    return code_text(STORY + text, published="2016-05-05").events


def _codes(text):
    return {e.cameo for e in _events(text)}


def _roots(text):
    return {e.cameo[:2] for e in _events(text)}


# ---------------------------------------------------------------- a statement whose words are given

@pytest.mark.parametrize("text", [
    "Governor Ray Dunn issued a statement saying the council had acted too fast.",
    "The Ohio Republican Party released a statement confirming that it will hire more staff.",
    'Governor Ray Dunn released the following statement: "We mourn the loss of a friend."',
    'Governor Ray Dunn addressed the crowd again: "Here is my promise to you."',
    '"This is a good day for Ohio," Governor Ray Dunn said in making his announcement.',
    "The Kenyan ministry made an announcement that the border would reopen.",
])
def test_a_statement_whose_words_are_given_is_reported_speech(text):
    assert "010" not in _codes(text)


@pytest.mark.parametrize("text", [
    "The Kenyan president addressed the nation on Sunday.",
    "Governor Ray Dunn issued a statement on Tuesday.",
    "The Iranian foreign ministry spokesman held a news conference on Monday.",
    "Governor Ray Dunn made an announcement that will surprise his party.",
])
def test_a_statement_only_reported_is_still_one(text):
    assert "010" in _codes(text)


# ---------------------------------------------------------------- a poll's finding through a conjunct

def test_a_clause_conjoined_inside_a_polls_finding_is_the_finding():
    text = "About one in four Republicans say they would stay home or even consider backing Governor Ray Dunn."
    assert not _events(text)


def test_a_clause_conjoined_to_the_shares_own_verb_is_still_an_event():
    text = "Forty percent of voters said so, and Senator Joe Pratt criticized Governor Ray Dunn."
    assert "111" in _codes(text)


def test_what_a_speaker_says_in_conjoined_clauses_still_codes():
    text = "Governor Ray Dunn said he would veto the bill or even sue Senator Joe Pratt."
    assert "115" in _codes(text)


# ---------------------------------------------------------------- involvement, stances, contests

@pytest.mark.parametrize("text", [
    "Republicans are engaged in a campaign of obstruction, Senator Joe Pratt said.",
    "Senator Joe Pratt is eager to engage voters in a conversation about taxes.",
    "Senator Joe Pratt has not taken a position on the farm bill.",
    "Time and again, Governor Ray Dunn takes his positions out of convenience.",
    "In Ohio, Democrats battling it out;",
])
def test_political_involvement_stances_and_contests_are_no_force(text):
    # nor a threat of force (13) when an adjective of intent carries the verb
    assert not _roots(text) & {"13", "18", "19", "20"}


@pytest.mark.parametrize("text", [
    "Syrian troops engaged the rebels near the border.",
    "The Syrian army engaged the rebels in the north.",
    "The Syrian army engaged the rebels in fierce combat.",
    "Syrian rebels took positions on the hill above the town.",
    "Russian troops took Ukrainian positions near Bakhmut.",
    "Rebels and Congolese troops fought it out in the streets of Goma.",
])
def test_armed_men_engaging_taking_positions_or_fighting_it_out_still_fight(text):
    assert _roots(text) & {"18", "19", "20"}


# ---------------------------------------------------------------- an ideal attacked

@pytest.mark.parametrize("text", [
    '"Our liberty is under assault from a reckless federal government," Governor Ray Dunn said.',
    "Senator Joe Pratt launched an assault on religious freedom.",
])
def test_an_ideal_under_assault_is_no_attack(text):
    assert not _roots(text) & {"18", "19", "20"}


@pytest.mark.parametrize("text", [
    "The Syrian town came under attack from rebel fighters.",
    "Russian troops launched an assault on Ukrainian positions.",
])
def test_a_town_or_positions_under_attack_are_still_attacked(text):
    assert _roots(text) & {"18", "19", "20"}


# ---------------------------------------------------------------- conceding a point, insisting on a fact

@pytest.mark.parametrize("text", [
    "Aides to Governor Ray Dunn conceded in private that the debate had gone badly.",
    "Conceding that a deal was likely, Governor Ray Dunn warned that it would take years.",
])
def test_conceding_that_something_is_so_is_no_yielding(text):
    assert "08" not in _roots(text)


@pytest.mark.parametrize("text", [
    "Senator Joe Pratt conceded the race to Governor Ray Dunn on Tuesday.",
    "The Greek government finally caved to pressure from the European Union.",
])
def test_conceding_a_race_or_caving_is_still_yielding(text):
    assert "08" in _roots(text)


def test_insisting_that_something_has_been_so_is_no_demand():
    text = "Governor Ray Dunn insisted that all of his public statements have been consistent."
    assert "10" not in _roots(text)


def test_insisting_that_someone_act_is_still_a_demand():
    assert "10" in _roots("Governor Ray Dunn insisted that Senator Joe Pratt resign.")


# ---------------------------------------------------------------- what a candidate receives

def test_delegates_received_are_no_visit_hosted():
    text = "Ohio and Iowa award delegates at state conventions. In both states, Senator Joe Pratt received all the delegates at stake."
    assert "04" not in _roots(text)


def test_receiving_a_president_is_still_hosting_a_visit():
    assert "043" in _codes("The Turkish president received the German foreign minister in Ankara.")


# ---------------------------------------------------------------- what an invitation asks for

def test_a_visit_someone_is_welcomed_to_make_is_the_invitation():
    codes = _codes("The Kenyan government welcomed the Chinese premier to visit Nairobi.")
    assert "036" in codes and "042" not in codes


def test_a_visit_made_is_still_a_visit():
    assert "042" in _codes("The Chinese premier visited Nairobi to meet the Kenyan president.")


# ---------------------------------------------------------------- trading a lead, investing in a campaign

@pytest.mark.parametrize("text", [
    "Senator Joe Pratt and Governor Ray Dunn traded the lead throughout the vote count.",
    "The Ohio party is investing millions in online fundraising and advertising.",
    "Governor Ray Dunn's camp is investing for a long contest.",
])
def test_a_lead_traded_or_money_invested_in_a_campaign_is_no_cooperation(text):
    assert "06" not in _roots(text)


@pytest.mark.parametrize("text", [
    "China invested $5 billion in Kenya last year.",
    "Brazil trades with China and India.",
])
def test_investing_in_a_country_or_trading_with_one_is_still_cooperation(text):
    assert "061" in _codes(text)


# ---------------------------------------------------------------- asking someone a question

@pytest.mark.parametrize("text", [
    '"Who would vote for that?" Governor Ray Dunn asked reporters rhetorically.',
    "Governor Ray Dunn asked reporters about the budget.",
])
def test_asking_someone_with_nothing_asked_for_is_no_appeal(text):
    assert "02" not in _roots(text)


@pytest.mark.parametrize("text", [
    "Governor Ray Dunn asked Senator Joe Pratt to resign.",
    "Governor Ray Dunn asked the Senate for more money.",
])
def test_asking_someone_to_act_or_for_something_is_still_an_appeal(text):
    assert "02" in _roots(text)


# ---------------------------------------------------------------- what a speaker guesses another would do

@pytest.mark.parametrize("text", [
    "Senator Joe Pratt could force Governor Ray Dunn to spend money in Ohio, Mayor Bill Ross said.",
    "Governor Ray Dunn said Senator Joe Pratt would endorse Mayor Bill Ross.",
    "Mayor Bill Ross suggested that Governor Ray Dunn would be too ready to use force.",
])
def test_what_a_speaker_says_someone_else_would_do_is_a_guess(text):
    assert not _events(text) or all(e.cameo[:2] == "01" for e in _events(text))


@pytest.mark.parametrize("text, code", [
    ("Governor Ray Dunn said he would endorse Mayor Bill Ross.", "032"),
    ("White House spokesman Josh Earnest said President Obama would meet Chancellor Merkel on Thursday.", "036"),
    ("Palestinian officials said they would boycott any contact with Washington.", "133"),
])
def test_what_speakers_say_they_or_their_side_would_do_is_their_intent(text, code):
    assert code in _codes(text)


# ---------------------------------------------------------------- an answer to a criticism

def test_a_rejected_criticism_and_its_rejection_have_triggers_of_their_own():
    events = _events("Governor Ray Dunn rejected criticism from Senator Joe Pratt that the budget was too large.")
    triggers = {e.cameo: e.trigger.text for e in events}
    assert triggers.get("120") == "rejected" and triggers.get("111") == "criticism"


def test_a_rejected_proposal_is_still_one_event_with_its_object():
    events = _events("Governor Ray Dunn rejected the proposal from Senator Joe Pratt.")
    assert [e.trigger.text for e in events] == ["rejected the proposal"]


# ---------------------------------------------------------------- going to people

def test_going_to_people_is_no_visit():
    text = '"They are going to people, showing videos of Governor Ray Dunn to recruit members," Senator Joe Pratt said.'
    assert "04" not in _roots(text)


def test_going_to_a_capital_is_still_a_visit():
    assert "042" in _codes("The Chinese premier went to Nairobi on Monday.")


# ---------------------------------------------------------------- a war referred to

def test_a_war_inside_another_nouns_phrase_is_referred_to():
    text = "Governor Ray Dunn set his record against the timid Western reaction to the Yemeni civil war."
    assert "19" not in _roots(text)


@pytest.mark.parametrize("text", [
    "Iraq was the nation's longest war.",
    "Senator Ann Cole came to discuss the country's third war in a decade.",
    "The minister wrote a book about Britain's first Afghan war.",
])
def test_a_war_ranked_or_said_to_be_what_a_thing_is_is_referred_to(text):
    assert "19" not in _roots(text)


@pytest.mark.parametrize("text", [
    "The war between Russia and Ukraine entered its third year.",
    "Russia launched a war against Ukraine in 2022.",
    "Israel's war on Hamas escalated on Monday.",
])
def test_a_war_that_is_the_news_is_still_an_event(text):
    assert "19" in _roots(text)


# ---------------------------------------------------------------- a clause under "before"

def test_a_clause_under_before_is_pending_however_it_is_parsed():
    # the parser reads this "before" clause as the sentence's root
    text = "Long before the AFL-CIO was ready to endorse Senator Joe Pratt, the union chief was speechifying against Governor Ray Dunn."
    assert "03" not in _roots(text)


def test_a_clause_after_before_is_still_news():
    assert "051" in _codes("Before the debate, the AFL-CIO endorsed Senator Joe Pratt.")


# ---------------------------------------------------------------- a trip at home

@pytest.mark.parametrize("text", [
    "Governor Ray Dunn made three campaign stops in Ohio on Friday.",
    "President Obama traveled to Ohio on Friday.",
])
def test_a_trip_to_a_home_state_is_no_visit(text):
    assert "04" not in _roots(text)


@pytest.mark.parametrize("text", [
    "President Obama traveled to Mexico on Friday.",
    "President Obama made a stop in Mexico City on Friday.",
])
def test_a_trip_abroad_is_still_a_visit(text):
    assert "042" in _codes(text)


# ---------------------------------------------------------------- money put into a company

@pytest.mark.parametrize("text", [
    "Governor Ray Dunn has invested in several of the companies he criticizes on the stump.",
    "Senator Ann Cole also invested in Ohio firms that moved jobs overseas.",
])
def test_money_put_into_companies_is_no_economic_cooperation(text):
    assert not any(c[:3] == "061" for c in _codes(text)), _codes(text)


def test_investment_in_a_country_stays_economic_cooperation():
    assert "061" in _codes("Japan invested $2 billion in Indonesia last year.")
