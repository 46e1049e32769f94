"""Consultation and meeting words of CAMEO 04 beyond "meet" and "talk": testifying or appearing
before a legislative body (040), huddling with someone (040), coordinating or liaising with someone (050, working together), briefing
an official (040), stopping by or dropping in on (042), interceding (045), haggling and engaging
in negotiations (046). Their everyday uses stay out: appearing before cameras or a judge,
coordinating colours, briefing reporters, being stopped by police. Invented sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _codes(code, text):
    return [e.cameo for e in code(text).events]


@pytest.mark.parametrize("text, cameo", [
    ("Antony Blinken testified before the House Foreign Affairs Committee.", "040"),
    ("Antony Blinken will testify before the Senate Foreign Relations Committee on Tuesday.", "040"),
    ("Olaf Scholz will appear before the Bundestag next week.", "040"),
    ("France coordinated with Germany on the sanctions.", "050"),
    ("France will coordinate with Germany on the response.", "032"),  # announced cooperation is intent,
    ("Britain liaised with France over the evacuation.", "050"),
    ("Emmanuel Macron huddled with Olaf Scholz in Brussels.", "040"),
    ("Senate Democrats are set to huddle with President Biden on Tuesday.", "040"),
    ("Emmanuel Macron briefed Volodymyr Zelensky on the talks.", "040"),
    ("Emmanuel Macron stopped by the White House on Friday.", "042"),
    ("Emmanuel Macron dropped in on Olaf Scholz.", "042"),
    ("Norway interceded with Israel on behalf of the Palestinians.", "045"),
    ("Turkey haggled with the European Union over the refugee deal.", "046"),
    ("Iran engaged in negotiations with the United States.", "046"),
])
def test_consultation_word_is_coded(code, text, cameo):
    assert cameo in _codes(code, text)


@pytest.mark.parametrize("text", [
    "Antony Blinken appeared before the cameras on Monday.",
    "Emmanuel Macron appeared before a judge in Paris.",
    "Antony Blinken testified before a grand jury.",
    "Emmanuel Macron testified to the importance of the alliance.",
    "France coordinated the colours of the flags.",
    "Emmanuel Macron briefed reporters on the talks.",
    "The French car was stopped by the German police.",
])
def test_everyday_use_is_no_consultation(code, text):
    assert not [c for c in _codes(code, text) if c.startswith("04")]
