"""A demand or appeal noun with a named author and its own clause of what is asked ("X's
demand that Y withdraw", "X's call for Y to halt") is the author's demand (10) or appeal
(02) of the clause's subject, coded by the demanded action; the clause's verb is what is
demanded, no event of its own. A call taken from someone is the caller's call (041)."""

import pytest

from conftest import event_pairs


@pytest.mark.parametrize("text", [
    "Uganda's demand that Kenya withdraw its troops angered Nairobi.",
    "Uganda's ultimatum that Kenya withdraw its soldiers expired on Friday.",
    "Uganda's insistence that Kenya withdraw its troops stalled the talks.",
    "Uganda's demand for Kenya to withdraw its troops was ignored.",
])
def test_an_authored_demand_noun_is_the_authors_demand(text):
    pairs = event_pairs(text)
    assert any(code[:2] == "10" and src == "UGA" and tgt == "KEN" for code, src, tgt in pairs)
    assert not any(code[:2] == "08" for code, _, _ in pairs)


@pytest.mark.parametrize("text", [
    "Uganda's call for Kenya to withdraw its troops was rejected.",
    "Uganda's request that Kenya release the prisoners was granted.",
])
def test_an_authored_appeal_noun_is_the_authors_appeal(text):
    pairs = event_pairs(text)
    assert any(code[:2] == "02" and src == "UGA" and tgt == "KEN" for code, src, tgt in pairs)
    assert not any(code[:2] == "08" for code, _, _ in pairs)


def test_a_call_taken_is_the_callers_conversation():
    pairs = event_pairs("The Kenyan president took a call from the French president on Monday.")
    assert ("041", "FRAGOV", "KENGOV") in pairs


def test_taking_questions_is_no_call():
    assert not any(code == "041" for code, _, _ in event_pairs("The Kenyan president took questions from reporters."))


@pytest.mark.parametrize("text", [
    "In a phone call with the French president, the Kenyan president said the talks would resume.",
    "The Kenyan president said in a telephone call with the French president that talks would resume.",
])
def test_speaking_in_a_phone_call_holds_the_call(text):
    assert ("041", "KENGOV", "FRAGOV") in event_pairs(text)


@pytest.mark.parametrize("text, code", [
    ("Uganda protested on Monday. Its demand that Kenya withdraw its troops was rejected.", "10"),
    ("Uganda said on Monday that its demand that Kenya withdraw its troops had been rejected.", "10"),
    ("Uganda met on Friday. Its request that Kenya release the prisoners was granted.", "02"),
])
def test_a_pronoun_author_of_a_demand_noun_is_its_antecedent(text, code):
    """ "its demand that X withdraw": the pronoun possessor resolves like any possessive
    actor, and the demanded withdrawal is no event of its own."""
    pairs = event_pairs(text)
    assert any(c[:2] == code and src == "UGA" and tgt == "KEN" for c, src, tgt in pairs)
    assert not any(c[:2] == "08" for c, _, _ in pairs)


# ---------------------------------------------------------------- words told are no order

def _told(text):
    from eventdesk.pipeline import code_text
    return [e.cameo for e in code_text(text, published="2016-03-01").events if e.trigger.text.lower().startswith("told")]


@pytest.mark.parametrize("text", [
    # the quoted words stand before "told": what was said, not what was ordered
    "“Show me a single reporter who remembers everything from 30 years ago,” Senator Ted Cruz told CNN’s Jake"
    " Tapper by phone.",
    # a stated clause after "told" (its subject lost to the parser) is reported, not ordered
    "Clinton aide Tom Reed told me photo circulating of Donald Trump during the break violates debate rules.",
])
def test_words_told_to_someone_are_no_demand(text):
    assert not any(code[:2] == "10" for code in _told(text)), _told(text)


def test_telling_someone_to_act_stays_a_demand():
    assert any(code[:2] == "10" for code in _told("Senator Ted Cruz told reporters to leave the room.")), \
        _told("Senator Ted Cruz told reporters to leave the room.")
