"""Where what is said ends and begins, drawn as news annotators draw it (PolNeAR): the
writer's asides about someone named are not part of it — through the whole pipeline, on
sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def coded(text: str):
    from eventdesk import code_text

    return code_text(text).statements


def content_of(text: str, cue: str) -> str:
    statements = [s for s in coded(text) if s.cue.text.endswith(cue)]
    assert statements, text
    return statements[0].content.text


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (  # a note on someone named
            "The mayor said the grant would go to Dana Whitfield, who ran the harbor authority until May.",
            "said",
            "the grant would go to Dana Whitfield",
        ),
        (  # a note on a place
            "Ms. Okafor learned that the tour would stop in Bellport, where her sister teaches.",
            "learned",
            "that the tour would stop in Bellport",
        ),
        (  # a description in apposition
            "The council has vowed to repeal the parking levy, a charge that shop owners have long resented.",
            "has vowed",
            "to repeal the parking levy",
        ),
        (  # set off by a dash
            "The senator publicly opposed the harbor bridge — one of the costliest projects of the decade.",
            "opposed",
            "the harbor bridge",
        ),
        (  # a stance taken with a noun: the same aside on its object
            "The union came out in support of Tom Reyes, the harbor's longtime pilot.",
            "in support of",
            "Tom Reyes",
        ),
        (
            "Ms. Okafor is a fierce critic of Governor Dana Whitfield, who took office in May.",
            "critic of",
            "Governor Dana Whitfield",
        ),
    ],
)
def test_statements_writer_aside_is_not_content(text, cue, content):
    assert content_of(text, cue) == content


@pytest.mark.parametrize(
    "text, contents",
    [
        (  # the parser hangs the second report on the first one's clause
            "Most growers say the rain came too late, and a few of the older farmers say the harvest is already lost.",
            ["the rain came too late", "the harvest is already lost"],
        ),
        (
            "She said nurses who work nights would not get the bonus, and when pressed on why, the hospital's director"
            " replied that the budget was fixed.",
            ["nurses who work nights would not get the bonus", "that the budget was fixed"],
        ),
        (  # a second "that" clause stays the first speaker's
            "The mayor said the bridge was safe and that the repairs were finished.",
            ["the bridge was safe and that the repairs were finished"],
        ),
    ],
)
def test_statements_conjoined_report_is_its_own_statement(text, contents):
    assert [s.content.text for s in coded(text)] == contents


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (  # a note on a common noun may be what was said
            "The bank said it stood ready to defend the peso, which has lost a fifth of its value this year.",
            "said",
            "it stood ready to defend the peso, which has lost a fifth of its value this year",
        ),
        (  # speech inside the note is part of what is said
            "He said he had apologized to Ms. Reyes, whom he called a friend.",
            "said",
            "he had apologized to Ms. Reyes, whom he called a friend",
        ),
        (  # a name in apposition stays
            "The mayor said the money would go to the new school, Lincoln High.",
            "said",
            "the money would go to the new school, Lincoln High",
        ),
        (  # a list the parser may read as an apposition
            "The minister said the plan would bring lower fares, the closure of two depots and more night buses.",
            "said",
            "the plan would bring lower fares, the closure of two depots and more night buses",
        ),
        (  # quoted words the parser may hang on the aside
            'The governor praised Tom Reyes, who stepped down on Friday, as "a man of honor."',
            "praised",
            'Tom Reyes, who stepped down on Friday, as "a man of honor."',
        ),
        (  # inside a quotation every word is the speaker's
            'She called the plan "a gift to Harlow Corp., which never paid a cent."',
            "called",
            'the plan "a gift to Harlow Corp., which never paid a cent."',
        ),
    ],
)
def test_statements_content_keeps_what_was_said(text, cue, content):
    assert content_of(text, cue) == content


def test_statements_as_phrase_before_cue_is_no_frame():
    text = "As an example of her skills, Ms. Park pointed to a town meeting in Elmford last spring."
    assert content_of(text, "pointed to").startswith("a town meeting")


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (  # a condition the parser hangs on the cue
            "The governor has pledged to name Ms. Ortiz treasurer if she wins the primary.",
            "has pledged",
            "to name Ms. Ortiz treasurer if she wins the primary",
        ),
        (
            "The union threatened to walk out of the talks unless the port hires forty more pilots.",
            "threatened",
            "to walk out of the talks unless the port hires forty more pilots",
        ),
        (  # a reason after a quoted phrase
            'The mayor mocked her rival for "a rough evening" because he won no district.',
            "mocked",
            'her rival for "a rough evening" because he won no district',
        ),
        (
            'The coach joked that he still likes "a good, long rain now and then" since he grew up on a farm.',
            "joked",
            'that he still likes "a good, long rain now and then" since he grew up on a farm',
        ),
    ],
)
def test_statements_condition_or_reason_is_part_of_what_is_said(text, cue, content):
    assert content_of(text, cue) == content


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Asked whether he would support Ortiz if Ortiz won the primary, Lee gave a long answer.",
            "whether he would support Ortiz if Ortiz won the primary",
        ),
        (
            "Asked whether the union would strike if the talks failed, Mr. Dale gave a short laugh.",
            "whether the union would strike if the talks failed",
        ),
    ],
)
def test_statements_condition_after_a_question_put_is_the_question(text, content):
    # the parser hangs the "if" clause on the main verb the "Asked" clause hangs from
    assert content_of(text, "Asked") == content


def test_statements_reason_after_a_bare_object_is_the_act():
    # "endorsed Lee since ...": why the act was done, not what was said
    assert content_of("The former mayor endorsed Ms. Ruiz since the old party had split.", "endorsed") == "Ms. Ruiz"


@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        (  # a noun of stance with its clause: the noun joins the verb's cue
            "The governor expressed concern that the old dam could fail.",
            "The governor", "expressed concern", "that the old dam could fail",
        ),
        (
            "Two senators have openly voiced support for the ferry levy.",
            "Two senators", "have openly voiced support for", "the ferry levy",
        ),
        (
            "The harbor board has outlined a plan to dredge the channel.",
            "The harbor board", "has outlined a plan", "to dredge the channel",
        ),
    ],
)
def test_statements_verb_of_expressing_with_a_noun_cue(text, speaker, cue, content):
    [statement] = coded(text)
    assert (statement.speaker.text, statement.cue.text, statement.content.text) == (speaker, cue, content)


@pytest.mark.parametrize(
    "text, content",
    [
        ("The minister expressed his condolences.", "his condolences"),
        # a possessor keeps the noun with the verb's object, as PolNeAR draws it
        ("Nearly all the voters expressed their support for the mayor.", "their support for the mayor"),
    ],
)
def test_statements_verb_of_expressing_keeps_a_bare_or_owned_noun_as_content(text, content):
    [statement] = coded(text)
    assert (statement.cue.text, statement.content.text) == ("expressed", content)


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (  # the object's infinitive, which the parser may hang on the verb
            "The mayor still supports her old plans to greatly widen the bus network.",
            "still supports",
            "her old plans to greatly widen the bus network",
        ),
        (
            "The mayor praised the efforts of the council to find a solution to the strike.",
            "praised",
            "the efforts of the council to find a solution to the strike",
        ),
    ],
)
def test_statements_object_keeps_its_infinitive(text, cue, content):
    assert content_of(text, cue) == content


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("Still, turnout fell in every ward, the survey found.", "found", "turnout fell in every ward"),
        ("In fact, the harbor lost money for a decade, according to the audit.", "according to", "the harbor lost money for a decade"),
        ("Indeed, he said, the port is safe.", "said", "the port is safe"),
    ],
)
def test_statements_writer_connective_is_not_content(text, cue, content):
    assert content_of(text, cue) == content


def test_statements_opening_but_stays_in_trailing_content():
    # PolNeAR keeps "But" and "Instead" more often than not
    assert content_of("But the harbor lost money, the mayor said.", "said") == "But the harbor lost money"


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (  # a conjunct the parser hangs on the cue
            'The council condemned the launch as "reckless and dangerous" and a "direct menace" to the coast.',
            "condemned",
            'the launch as "reckless and dangerous" and a "direct menace" to the coast',
        ),
        (
            "The union called for higher wages for nurses, and for new rules on overtime.",
            "called for",
            "higher wages for nurses, and for new rules on overtime",
        ),
        (  # an infinitive going on in bare verbs
            "The mayor wants to double the number of buses, hire more drivers and open a new depot.",
            "wants",
            "to double the number of buses, hire more drivers and open a new depot",
        ),
        (  # the speaker's quoted words, which the parser may make a clause of the cue
            "The mayor is claiming that potholes are \u201ca huge headache for drivers here\u201d but \u201cno one will pay to mend them.\u201d",
            "claiming",
            "that potholes are \u201ca huge headache for drivers here\u201d but \u201cno one will pay to mend them.\u201d",
        ),
        (
            "The governor said the press is to blame for focusing on \u201che said this, he wrote that.\u201d",
            "said",
            "the press is to blame for focusing on \u201che said this, he wrote that.\u201d",
        ),
        (  # a noun's preposition after a closing quotation mark
            'The mayor called the vote "a loud alarm bell" for her council.',
            "called",
            'the vote "a loud alarm bell" for her council',
        ),
    ],
)
def test_statements_content_keeps_its_phrases_hung_on_the_cue(text, cue, content):
    assert content_of(text, cue) == content


def test_statements_light_verb_in_a_relative_clause_speaks_for_its_antecedent():
    statements = coded("The network's owner, Mark Dalton, who has voiced the desire to enter politics, said nothing.")
    found = [s for s in statements if s.cue.text == "has voiced the desire"]
    assert [(s.speaker.text, s.content.text) for s in found] == [("Mark Dalton", "to enter politics")]


def test_statements_reporting_inside_a_light_verb_noun_stays_in_its_content():
    [statement] = coded("The journalist expressed particular concern over those in the town who had defended the mayor's remarks.")
    assert (statement.speaker.text, statement.cue.text) == ("The journalist", "expressed particular concern over")
    assert statement.content.text == "those in the town who had defended the mayor's remarks"


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (  # a reason after the closing mark
            "The treasurer said she would resign not because of \u201cany feud with the board,\u201d but because the audit had failed.",
            "said",
            "she would resign not because of \u201cany feud with the board,\u201d but because the audit had failed",
        ),
        (  # a contrast in a second infinitive
            "Okafor said the aim was not to \u201cwin every ward\u201d but to \u201cearn every vote.\u201d",
            "said",
            "the aim was not to \u201cwin every ward\u201d but to \u201cearn every vote.\u201d",
        ),
        (  # a phrase of the writer's sentence after a quoted name
            "The sheriff told reporters that the fine was \u201cpocket change,\u201d compared to what the firm had earned.",
            "told",
            "that the fine was \u201cpocket change,\u201d compared to what the firm had earned",
        ),
        (
            "The councillor called the protesters \u201cvandals\u201d without any evidence.",
            "called",
            "the protesters \u201cvandals\u201d without any evidence",
        ),
    ],
)
def test_statements_content_runs_on_after_a_closing_quotation_mark(text, cue, content):
    assert content_of(text, cue) == content


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (  # the speaker going on
            "The mayor called the levy \u201ca scam\u201d and will vote against it.",
            "called",
            "the levy \u201ca scam\u201d",
        ),
        (  # the writer on the speaker
            "The senator called her rival \u201ca decent man\u201d and she did not name the others.",
            "called",
            "her rival \u201ca decent man\u201d",
        ),
        (  # the occasion of the saying
            "The mayor called the plan \u201ca disaster\u201d in a statement on Tuesday.",
            "called",
            "the plan \u201ca disaster\u201d",
        ),
        ("The governor calls the levy \u201ca scam\u201d during a campaign stop.", "calls", "the levy \u201ca scam\u201d"),
        (  # another cue
            "The mayor said the plan was \u201cdead,\u201d adding that the council had lost.",
            "said",
            "the plan was \u201cdead,\u201d",
        ),
    ],
)
def test_statements_content_after_a_closing_mark_stops_before_the_saying(text, cue, content):
    assert content_of(text, cue) == content


def test_statements_someone_not_mentioned_by_name():
    assert content_of("The governor did not mention the mayor by name in his speech.", "mention") == "the mayor by name"


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (  # a clause reported keeps its phrases
            "The mayor said he would speak at a rally in Ashton.",
            "said",
            "he would speak at a rally in Ashton",
        ),
        (  # an occasion inside the clause of a noun
            "The council expressed concern that the firm was hiding losses at its branches.",
            "expressed concern",
            "that the firm was hiding losses at its branches",
        ),
        (  # a kind of saying, not one occasion
            "The minister pointed to examples of fraud in political speech.",
            "pointed to",
            "examples of fraud in political speech",
        ),
        (  # an occasion of someone's, not of the saying
            "The senator often brags about his record in his many debates.",
            "brags about",
            "his record in his many debates",
        ),
    ],
)
def test_statements_occasion_words_inside_what_is_said_stay(text, cue, content):
    assert content_of(text, cue) == content


@pytest.mark.parametrize(
    "text, content",
    [
        (  # set off by a comma, the phrase opens the reported clause
            "The mayor says despite the storm damage, the fair will open on time.",
            "despite the storm damage, the fair will open on time",
        ),
        ("The mayor said on Tuesday the fair would open on time.", "the fair would open on time"),  # the saying's
    ],
)
def test_statements_phrase_after_the_cue_belongs_to_the_clause_when_set_off(text, content):
    assert [s.content.text for s in coded(text)] == [content]


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (  # the relative word fills a gap in what is said
            "Her vote for the dam, which she has often said was an error, cost her the seat.",
            "said",
            "which she has often said was an error",
        ),
        (  # no relative word: the noun phrase described
            "Ortiz is exactly the kind of judge many farmers fear the governor would appoint.",
            "fear",
            "exactly the kind of judge many farmers fear the governor would appoint",
        ),
        (  # the relative word is the speaker
            "The mayor, who said the port would close, left early.",
            "said",
            "the port would close",
        ),
        (  # no gap in what is said
            "It was the town where she said the port would close.",
            "said",
            "the port would close",
        ),
        (  # a conjoined verb shares its subject: no gap
            "It was the third time the group said it had held such a march and drawn its largest crowd.",
            "said",
            "it had held such a march and drawn its largest crowd",
        ),
    ],
)
def test_statements_cue_in_a_relative_clause_reports_from_its_noun(text, cue, content):
    assert content_of(text, cue) == content


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("The mayor confirmed he was at the meeting via Twitter on Friday.", "confirmed", "he was at the meeting"),
        ("The senator confirmed she was a candidate in a Facebook post.", "confirmed", "she was a candidate"),
        ('Ms. Ruiz said the vote was fair on Monday\'s "Morning Show".', "said", "the vote was fair"),
    ],
)
def test_statements_medium_of_the_saying_is_not_content(text, cue, content):
    assert content_of(text, cue) == content


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("He said the crowd cheered at the rally.", "said", "the crowd cheered at the rally"),
        ("An audit found that the file was sent via unsecured fax.", "found", "that the file was sent via unsecured fax"),
        ("She said they were sending the maps in emails.", "said", "they were sending the maps in emails"),
        ("Officials said the deal would be signed in a statement next week.", "said", "the deal would be signed in a statement next week"),
    ],
)
def test_statements_medium_inside_what_is_said_stays(text, cue, content):
    assert content_of(text, cue) == content


# Where what is said goes on past a coordination: a verb joined to the reported clause in the
# same form goes on with it, and a clause whose subject the parser left in the content goes on too.
@pytest.mark.parametrize(
    "text, cue, content",
    [
        (  # a verb in the reported clause's form goes on with it
            "The dockworker said she paid the harbour levy twice, but firmly backed the new port fee.",
            "said",
            "she paid the harbour levy twice, but firmly backed the new port fee",
        ),
        (  # the same in the present
            "The pastor says she backs a later curfew for the park but opposes fences around it.",
            "says",
            "she backs a later curfew for the park but opposes fences around it",
        ),
        (  # a second clause whose subject the parser joined to the content's last noun
            "But the coach said Lee has great respect for the referees and his angry remark was instead a sign of fatigue after the long season.",
            "said",
            "Lee has great respect for the referees and his angry remark was instead a sign of fatigue after the long season",
        ),
    ],
)
def test_content_goes_on_through_the_coordination(text, cue, content):
    assert content_of(text, cue) == content


@pytest.mark.parametrize(
    "text, said, other, other_content",
    [
        (  # a verb in the cue's form, not the clause's: the speaker goes on
            "The harbor master predicted that the ferry would soon run again and praised the crews who cleared the channel.",
            "the ferry would soon run again",
            "praised",
            "the crews who cleared the channel",
        ),
        (  # a past perfect in the clause, a simple past going on: the speaker's
            "The farmer said he'd lost two harvests to the drought and called the levy a burden on every grower.",
            "he'd lost two harvests to the drought",
            "called",
            None,
        ),
        (  # a cue going on with a clause of its own: two statements
            "The mayor said the bridge was safe and warned that the ferry would stop in winter.",
            "the bridge was safe",
            "warned",
            "that the ferry would stop in winter",
        ),
    ],
)
def test_speaker_going_on_stays_a_statement_of_its_own(text, said, other, other_content):
    statements = coded(text)
    first = [s for s in statements if s.cue.text.endswith(("said", "predicted"))]
    assert first and first[0].content.text.removeprefix("that ") == said
    assert any(s.cue.text.endswith(other) and other_content in (None, s.content.text) for s in statements)


@pytest.mark.parametrize(
    "text, content",
    [
        (  # a clause of time on the cue is the occasion, not more of what was said
            '"He never filed the forms," she said as some wearing Ortiz hats jeered.',
            "He never filed the forms",
        ),
        (  # a participle the parser hangs as a clause of the cue
            '"The levy hurts every family in the county," spokeswoman Ann Tate said in a statement '
            "issued an hour before the council meeting was set to begin.",
            "The levy hurts every family in the county",
        ),
        (  # a verb joined in the speaker's own phrase
            '"We are done," said one of two aides who saw the exchange but declined to be identified because of the risk to their posts.',
            "We are done",
        ),
    ],
)
def test_quotation_stops_before_the_attributions_own_phrases(text, content):
    statements = [s for s in coded(text) if s.cue.text == "said"]
    assert [s.content.text for s in statements] == [content]
    assert statements[0].type == "direct"


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (
            'As they marched past the courthouse, protesters chanted "no justice, no peace" and "stop the evictions."',
            "chanted",
            'no justice, no peace" and "stop the evictions',
        ),
        (
            'Outside the hall, dock workers shouted "shame on the council" and "keep the port open" as the members left.',
            "shouted",
            'shame on the council" and "keep the port open',
        ),
    ],
)
def test_quoted_phrases_joined_by_and_or_are_one_content(text, cue, content):
    statements = [s for s in coded(text) if s.cue.text.endswith(cue)]
    assert [s.content.text for s in statements] == [content]
    assert statements[0].type == "mixed"



@pytest.mark.parametrize(
    "text, content",
    [
        ('"We have to really fix the port," the mayor told "Morning Edition" after she was asked about the strike.',
         "We have to really fix the port"),
        ('"Of course the levy is fair game. It is a tax," Ortiz told "Good Morning Harbor," reminding the hosts that the vote is near.',
         "Of course the levy is fair game. It is a tax"),
    ],
)
def test_show_named_after_a_quotations_attribution_is_not_what_was_said(text, content):
    told = [s for s in coded(text) if s.cue.text == "told"]
    assert [s.content.text for s in told] == [content]
    assert told[0].type == "direct"


def test_the_one_told_speaks_for_herself_after_a_quotation():
    text = ('"This is one of the mayor\'s oldest friends," Tom told Ana Reyes, who answered her door Sunday '
            "and said she planned to vote for the levy.")
    statements = coded(text)
    assert [s.content.text for s in statements if s.cue.text == "told"] == ["This is one of the mayor's oldest friends"]
    assert [s.content.text for s in statements if s.cue.text == "said"] == ["she planned to vote for the levy"]


@pytest.mark.parametrize(
    "text, second_cue, second",
    [
        ('"We have started those talks," Mr. Hale said, adding of the mayor, "She cares about the whole team."',
         "adding", "She cares about the whole team."),
        ('"I am not ready to back him," Ortiz said last week on WXRT, though she said, "I hope to."',
         "said", "I hope to."),
    ],
)
def test_quotation_after_a_second_cue_is_that_cues_own(text, second_cue, second):
    statements = coded(text)
    assert len(statements) == 2
    assert '"' not in statements[0].content.text
    assert statements[1].cue.text == second_cue and statements[1].content.text == second


def test_quotation_a_cue_before_it_quotes_is_not_the_first_part_of_a_split_one():
    text = 'When someone in the crowd shouted, "Ortiz," Lee joked, "Amen, come on up!"'
    statements = coded(text)
    assert [(s.cue.text, s.content.text) for s in statements] == [("shouted", "Ortiz"), ("joked", "Amen, come on up!")]
