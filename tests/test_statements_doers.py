"""Who does what a participle or an infinitive cue says: the noun a participle runs on
("a group backing the mayor"), the object of a verb of causing ("left the party to wonder");
and the polls in general are no source ("trails in the polls")."""

from __future__ import annotations

import pytest

from eventdesk import code_text

pytestmark = pytest.mark.slow


def _said(text: str) -> list[tuple[str | None, str, str]]:
    return [(s.speaker.text if s.speaker else None, s.cue.text, s.content.text) for s in code_text(text).statements]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("Wealthy donors gave $5 million last month to an outside group backing Governor Ana Soto.", "an outside group", "backing"),
        ("The defeat left the party's elders to wonder what went wrong.", "the party's elders", "to wonder"),
    ],
)
def test_the_doer_of_a_participle_or_infinitive(text, speaker, cue):
    assert (speaker, cue) in [(s, c) for s, c, _ in _said(text)]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # An occasion of speaking speaks for whoever gives it (the cue starts at a verb that
        # issues it, as PolNeAR draws it; after "gave a speech" the participle alone), and an
        # infinitive after a verb of promising is the promiser's.
        ("The ministry issued a statement saying that the border would stay closed.", "The ministry",
         "issued a statement saying"),
        ("The senator gave a speech praising the new budget.", "The senator", "praising"),
        ("The mayor promised voters to defend the clinic.", "The mayor", "promised"),
    ],
)
def test_the_subject_keeps_its_statement(text, speaker, cue):
    assert (speaker, cue) in [(s, c) for s, c, _ in _said(text)]


def test_the_polls_in_general_are_no_source():
    assert _said("The governor still trails the mayor in the polls.") == []
    assert _said("Lee is ahead in national polls.") == []
    assert [c for _, c, _ in _said("The mayor leads by ten points in the latest poll.")] == ["poll"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The parser may leave the verb without its subject: the name set off before the
        # verb's comma, or the subject of the verb it hangs from, still speaks.
        ("In a statement to the Herald, her chief of staff, Tom Reyes, said: “The harbour must stay open.”", "Tom Reyes"),
        ("The governor waved, then leaned in and boomed: “We will win.”", "The governor"),
    ],
)
def test_a_speaker_the_parse_leaves_loose(text, speaker):
    assert [s for s, _, _ in _said(text)] == [speaker]
