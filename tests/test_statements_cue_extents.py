"""How far a verb cue runs (statements.assembly): an adverb of manner right after the verb is
part of the cue, as news annotators draw it — through the whole pipeline, on sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _cue_and_content(text: str) -> list[tuple[str, str]]:
    from eventdesk import code_text

    return [(s.cue.text, s.content.text) for s in code_text(text).statements]


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ('"The audit is finished," the treasurer said flatly.', "said flatly", "The audit is finished"),
        ("Port officials acknowledged privately that the dredging contract had run over budget.",
         "acknowledged privately", "that the dredging contract had run over budget"),
        ("The senator has said repeatedly that she will not back the levy.", "has said repeatedly",
         "that she will not back the levy"),
        ('"Who pays for the bridge?" the mayor wondered aloud at the meeting.', "wondered aloud",
         "Who pays for the bridge?"),
        ('"Nobody asked us," the union wrote back within the hour.', "wrote back", "Nobody asked us"),
    ],
)
def test_an_adverb_of_manner_after_the_verb_is_part_of_the_cue(text, cue, content):
    assert (cue, content) in _cue_and_content(text)
    # a pro-form after the verb stays what is said
    assert ("said", "otherwise") in _cue_and_content("The council said otherwise.")



@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("The senator gave a defiant speech in Dayton, predicting that the bill would pass.", "predicting",
         "that the bill would pass"),
        ("The union echoed those comments, warning that a strike was possible.", "warning",
         "that a strike was possible"),
    ],
)
def test_a_participle_after_a_thing_not_issued_is_a_cue_of_its_own(text, cue, content):
    assert (cue, content) in _cue_and_content(text)
    # a statement issued still gives the cue from its verb of issuing
    issued = _cue_and_content("The ministry put out a statement saying the border would stay closed.")
    assert ("put out a statement saying", "the border would stay closed") in issued
