"""Where a speaker's phrase ends (statements.extents): a participle set off after a name and
its description is not the speaker's; a phrase of time or platform the parser hung
on the speaker is no part of it; a participle run on a plural speaker is. Also the issue's
shapes of a document and a wire dateline before the speaker."""

from __future__ import annotations

import pytest

from eventdesk.model import Article

pytestmark = pytest.mark.slow


def _source(statement):
    """The speaker as written (the mention when there is one): what PolNeAR draws."""
    written = statement.speaker_mention or statement.speaker
    return written.text if written is not None else None


def _by_cue(pipeline, text, cue):
    statements = pipeline.code(Article(text=text, id="t")).statements
    return next(s for s in statements if s.cue.text == cue)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"It was a mistake," said Senator Ana Ruiz, Democrat of Ohio, facing a tough race this fall.',
         "Senator Ana Ruiz, Democrat of Ohio"),
        ('"It was a disgrace," said Tom Hale, head of the Farmers Union, referring to the new levy.',
         "Tom Hale, head of the Farmers Union"),
        ('"We will win," said Rep. Tom Hale (R-Ohio), facing a tough race this fall.',
         "Rep. Tom Hale (R-Ohio)"),
        ('"We will vote no," said Rep. Ana Ruiz (D-Ohio), ranking member of the committee and one of its chief negotiators.',
         "Rep. Ana Ruiz (D-Ohio), ranking member of the committee and one of its chief negotiators"),
        ('"It was bad," said Ana Ruiz, 34, a nurse at the county hospital.',
         "Ana Ruiz, 34, a nurse at the county hospital"),
    ],
)
def test_a_participle_set_off_after_the_speakers_description_is_not_the_speaker(pipeline, text, source):
    assert _source(_by_cue(pipeline, text, "said")) == source


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("The Ruiz campaign on Monday said the vote was rigged.", "said", "The Ruiz campaign"),
        ("The Hale campaign on Tuesday accused the mayor of lying.", "accused", "The Hale campaign"),
    ],
)
def test_a_day_hung_on_the_speaker_is_not_the_speaker(pipeline, text, cue, speaker):
    statement = _by_cue(pipeline, text, cue)
    assert statement.speaker.text == speaker and _source(statement) == speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Ortiz in his opening speech promised to cut the fuel tax.", "promised", "Ortiz"),
        ("A banker in 2011 wrote that the loan was safe.", "wrote", "A banker"),
    ],
)
def test_a_year_or_a_medium_hung_on_the_speaker_is_not_the_speaker(pipeline, text, cue, speaker):
    statement = _by_cue(pipeline, text, cue)
    assert statement.speaker.text == speaker and _source(statement) == speaker


def test_a_participle_run_on_a_plural_speaker_is_part_of_it(pipeline):
    statement = _by_cue(pipeline, "Many farmers opposing the levy say it will ruin them.", "say")
    assert _source(statement) == "Many farmers opposing the levy"


def test_the_statement_speaks_for_the_ministry_that_issued_it(pipeline):
    text = "The Interior Ministry issued a statement on Monday about the protests. The statement said police had acted lawfully."
    statement = _by_cue(pipeline, text, "said")
    assert statement.speaker.text == "The Interior Ministry"
    assert statement.speaker_mention.text == "The statement"


def test_a_wire_dateline_is_never_in_the_speaker(pipeline):
    statement = _by_cue(pipeline, "BERLIN (Reuters) - Germany's foreign minister said on Tuesday that talks would resume.", "said")
    assert "Reuters" not in _source(statement) and "BERLIN" not in statement.speaker.text


def test_a_bare_spokesman_speaks_for_the_body_just_before(pipeline):
    text = "The Transport Ministry condemned the strike. The spokesman said the trains would run on Monday."
    statement = _by_cue(pipeline, text, "said")
    assert statement.speaker.text == "The Transport Ministry"
    assert statement.speaker_mention.text == "The spokesman"


def test_the_monitor_speaks_for_the_monitoring_group_just_before(pipeline):
    text = "The Syrian Observatory for Human Rights reported new clashes near Aleppo. The monitor said 12 fighters were killed."
    statement = _by_cue(pipeline, text, "said")
    assert "Observatory" in statement.speaker.text
    assert statement.speaker_mention.text == "The monitor"


def test_a_spokesman_whose_employer_is_named_is_not_resolved_to_another_body(pipeline):
    text = "The Transport Ministry condemned the strike. The union's spokesman said the trains would stop."
    statement = _by_cue(pipeline, text, "said")
    assert "Ministry" not in statement.speaker.text


def test_a_description_run_on_the_names_is_part_of_the_speaker(pipeline):
    statement = _by_cue(pipeline, "Republican candidates Ana Ruiz and Tom Hale did respond to the union.", "did respond to")
    assert _source(statement) == "Republican candidates Ana Ruiz and Tom Hale"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The plan has won over Ruiz, who stood up and endorsed Hale during a debate.", "endorsed"),
        ("Beck, who backed Ruiz and bitterly opposed Hale during the primaries, said the party was lost.", "bitterly opposed"),
    ],
)
def test_a_cue_joined_in_a_relative_clause_is_written_who(pipeline, text, cue):
    statement = _by_cue(pipeline, text, cue)
    assert statement.speaker_mention is not None and statement.speaker_mention.text == "who"
