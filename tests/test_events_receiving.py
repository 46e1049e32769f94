"""The receiving side: "X drew criticism from Y", "X received aid from Y", "X faced sanctions"
— the subject undergoes the event its noun object names, so it is the target and the
noun's (or the verb's) "from"/"by" phrase the source."""

import pytest

from eventdesk.pipeline import code_text


def _pairs(text):
    return {(e.cameo[:3], e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code_text(text, published="2015-05-05").events}


@pytest.mark.parametrize("text, event", [
    ("Iran drew criticism from France over its missile program.", ("111", "FRA", "IRN")),
    ("Turkey faced condemnation from the European Union.", ("111", "IGOEEC", "TUR")),
    ("Kenya received aid from Japan.", ("070", "JPN", "KEN")),
    ("Pakistan received 50 tons of food aid from China on Monday.", ("073", "CHN", "PAK")),
    ("Iraq faced sanctions from the United Nations.", ("163", "IGOUNO", "IRQ")),
    ("Iraq faced Russian sanctions.", ("163", "RUS", "IRQ")),
])
def test_the_receiver_is_the_target(text, event):
    assert event in _pairs(text)


@pytest.mark.parametrize("text, event", [
    # one who invites or provokes criticism receives it
    ("Iran invited ridicule from France with its claims.", ("111", "FRA", "IRN")),
    ("Iran provoked criticism from France with its missile tests.", ("111", "FRA", "IRN")),
])
def test_inviting_or_provoking_criticism_receives_it(text, event):
    assert event in _pairs(text)


def test_inviting_a_guest_is_still_an_invitation():
    assert ("026", "IRN", "FRA") in _pairs("Iran invited France to the talks in Geneva.")


@pytest.mark.parametrize("text", [
    "Iran drew criticism from France over its missile program.",
    "Kenya received aid from Japan.",
])
def test_the_receiver_is_never_the_source(text):
    receiver = {"Iran": "IRN", "Kenya": "KEN"}[text.split()[0]]
    assert all(source != receiver for _, source, _ in _pairs(text))


def test_a_receiver_with_no_named_giver_is_no_source():
    # Nobody is said to criticise; the one criticised does not criticise.
    assert not any(source == "USAGOV" for _, source, _ in _pairs(
        "President Barack Obama is drawing criticism after his remarks on Monday."))


def test_the_giving_side_is_unchanged():
    assert ("111", "FRA", "IRN") in _pairs("France expressed criticism of Iran.")
    assert ("070", "JPN", "KEN") in _pairs("Japan sent aid to Kenya.")


@pytest.mark.parametrize("text, event", [
    ("Serbia won praise from the European Union for the reforms.", ("051", "IGOEEC", "SRB")),
    ("Greece received a loan of 2 billion euros from the IMF.", ("071", "IGOIMF", "GRC")),
    ("Hillary Clinton won the backing of the United Auto Workers union.", ("051", "USALAB", "USAELI")),
])
def test_what_is_received_is_an_event_though_its_noun_alone_is_not(text, event):
    # "praise", "a loan", "backing" alone only complete another event ("offered a loan");
    # received from someone, they are that someone's act.
    assert event in _pairs(text)


@pytest.mark.parametrize("text, event", [
    # an adjective of exposure after "be" puts its subject on the receiving side
    ("The Kenyan government was subject to sharp criticism from France.", ("111", "FRA", "KENGOV")),
    ("Ukraine remains vulnerable to attacks by Russian forces.", ("190", "RUSMIL", "UKR")),
])
def test_the_subject_exposed_to_an_event_is_its_target(text, event):
    assert event in _pairs(text)
