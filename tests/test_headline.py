"""Headlines are coded like the story: a Title Case or capitals headline is parsed as the
sentence it would be in running text, its names resolve to the persons the story names, and
its conventions ("X to visit Y", "X: ...") read as a headline means them. Invented texts."""

import pytest

from eventdesk import Article, code_articles, code_text
from eventdesk.headline import BodyCase, CommonWords, in_headline_case, truecase

BODY = (
    "Argentine President Ana Kirchner on Tuesday criticized Mexican President Luis Ortega over "
    "new tariffs on beef, calling them unfair to farmers. Kirchner said the tariffs would hurt "
    "trade between the two countries.\n"
)


def headline_events(record):
    return [e for e in record.events if e.sentence == 0]


@pytest.mark.parametrize("headline", [
    "Kirchner Slams Mexico Over Beef Tariffs",
    "KIRCHNER SLAMS MEXICO OVER BEEF TARIFFS",
    "Kirchner slams Mexico over beef tariffs",
])
def test_headline_in_any_case_codes_its_event(headline):
    text = f"{headline}\n\n{BODY}"
    record = code_text(text)
    events = headline_events(record)
    assert [(e.cameo[:2], e.source.code, e.target.code) for e in events] == [("11", "ARGGOV", "MEX")]
    trigger = events[0].trigger
    # The spans point into the text as written, capitals and all.
    assert text[trigger.start:trigger.end] == trigger.text
    assert trigger.text.lower().startswith("slams")
    assert record.title == headline
    assert record.text == text


def test_title_case_headline_surname_is_the_person_the_story_names():
    text = ("Ortega Rebukes Kirchner Over Beef Dispute\n\n"
            "Mexican President Luis Ortega on Wednesday rebuked Argentine President Ana Kirchner, "
            "saying her complaints about tariffs were unfounded.\n")
    events = headline_events(code_text(text))
    assert [(e.source.code, e.target.code, e.source.text, e.target.text) for e in events] == [
        ("MEXGOV", "ARGGOV", "Ortega", "Kirchner")]


def test_headline_person_takes_the_story_country():
    # The headline names no country; the story does, after it.
    text = ("Lane Endorses Hale For Governor\n\n"
            "U.S. Senator Mark Lane on Monday endorsed Tom Hale, a former mayor of Dayton, "
            "in the Republican primary for governor.\n")
    events = headline_events(code_text(text))
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [("051", "USA", "USA")]


def test_headline_infinitive_is_what_the_subject_will_do():
    text = ("Kirchner to visit Mexico City next week\n\n"
            "Argentine President Ana Kirchner will travel to Mexico City for talks on beef "
            "tariffs, her office said on Tuesday.\n")
    events = headline_events(code_text(text))
    assert events and all(e.modality == "intended" for e in events)
    assert (events[0].source.code, events[0].target.country) == ("ARGGOV", "MEX")


def test_headline_present_tense_is_asserted():
    text = f"Kirchner criticizes Mexico over beef tariffs.\n\n{BODY}"
    events = headline_events(code_text(text))
    assert [(e.cameo[:2], e.modality) for e in events] == [("11", "asserted")]


def test_headline_colon_names_the_speaker_only():
    text = f"Kirchner: Mexico's Beef Tariffs 'Unfair To Farmers'\n\n{BODY}"
    record = code_text(text)
    headline = [s for s in record.statements if s.sentence == 0]
    assert [(s.speaker.text, s.cue.text, s.content.text) for s in headline] == [
        ("Kirchner", ":", "Mexico's Beef Tariffs 'Unfair To Farmers'")]
    assert headline[0].speaker.code == "ARGGOV"


def test_headline_colon_judgment_is_a_criticism_at_the_colon():
    text = f"Kirchner: Mexican President Is A Liar\n\n{BODY}"
    events = headline_events(code_text(text))
    assert [(e.cameo, e.trigger.text, e.source.code, e.target.code) for e in events] == [
        ("111", ":", "ARGGOV", "MEXGOV")]


def test_headline_says_with_a_judgment_is_a_criticism():
    text = f"Kirchner says Ortega is a liar\n\n{BODY}"
    events = headline_events(code_text(text))
    assert [(e.cameo, e.target.code) for e in events] == [("111", "MEXGOV")]
    assert events[0].trigger.text.startswith("says")


def test_a_repeated_headline_is_still_not_coded_twice():
    headline = "Kirchner Slams Mexico Over Beef Tariffs"
    text = f"{headline}\n\n{headline}\n\n{BODY}"
    record = next(code_articles([Article(text=text, id="repeat")]))
    repeat = text.index(headline, 1)
    assert len(headline_events(record)) == 1
    assert not [e for e in record.events if repeat <= e.trigger.start < repeat + len(headline)]


def test_one_line_title_case_text_is_story_not_headline():
    record = code_text("Kirchner Criticized Mexico On Tuesday")
    assert record.title is None


# --- truecasing -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def common():
    from eventdesk.pipeline import get_pipeline
    from eventdesk.settings import Settings

    return CommonWords(get_pipeline(Settings.from_env()).nlp)


def test_truecase_keeps_names_and_lowers_common_words(common):
    body = BodyCase.of("Yesterday the mayor of Oakdale, Rita Vance, said the Harbor Authority "
                       "would review the plan. Vance told the FBI about the vote.")
    line = "Vance Says Harbor Authority Will Review Plan, Tells FBI About Vote"
    cased = truecase(line, body, common)
    assert cased == "Vance says Harbor Authority will review plan, tells FBI about vote"
    assert len(cased) == len(line)


def test_truecase_capitals_become_the_case_the_body_writes(common):
    body = BodyCase.of("The council in Oakdale voted on Monday. Mayor Rita Vance said the plan was unfair.")
    assert truecase("VANCE CALLS OAKDALE PLAN UNFAIR", body, common) == "Vance calls Oakdale plan unfair"


def test_truecase_starts_each_part_with_a_capital(common):
    body = BodyCase.of("Mayor Rita Vance spoke. She said the budget was a mess.")
    assert truecase("Vance: The Budget Is A Mess", body, common) == "Vance: The budget is a mess"


def test_headline_case_is_most_words_capitalised_or_capitals():
    assert in_headline_case("Mayor Slams Council Over Budget Plan")
    assert in_headline_case("Mayor slams council over budget SHOCK")
    assert not in_headline_case("Mayor slams council over budget plan")
    assert not in_headline_case("Poll: voters back the mayor")


# --- headline English: the articles and "and" a headline leaves out ---------------------

BORDER = (
    "QUITO - Peru on Monday accused Ecuadorean troops of crossing the border near Zarumilla, "
    "while Ecuador's foreign ministry rejected the charge as baseless and said its soldiers "
    "had stayed on their side. The two armies exchanged fire for an hour, officials said.\n"
)


def headline_statements(record):
    return [s for s in record.statements if s.sentence == 0]


def test_headline_verb_before_a_bare_noun_is_the_verb():
    # Without its article, "charge" reads as the verb and "rejects" as a plural noun.
    text = f"Ecuador rejects charge Peru levels over border raid\n\n{BORDER}"
    events = headline_events(code_text(text))
    assert [(e.trigger.text.split()[0], e.source.country) for e in events] == [("rejects", "ECU")]


def test_headline_clauses_joined_by_a_comma_keep_their_own_speakers():
    text = f"Peru accuses Ecuador of border raid, Quito rejects charge\n\n{BORDER}"
    record = code_text(text)
    said = [(s.speaker.country, s.cue.text, s.content.text) for s in headline_statements(record)]
    assert ("PER", "accuses", "Ecuador of border raid") in said
    assert all(country == "ECU" for country, cue, _ in said if cue != "accuses")
    rejected = [e for e in headline_events(record) if e.trigger.text.startswith("rejects")]
    assert [(e.source.country, e.cameo[:2]) for e in rejected] == [("ECU", "01")]


def test_headline_comma_between_names_is_and():
    text = f"Peru, Ecuador trade fire along disputed border\n\n{BORDER}"
    events = headline_events(code_text(text))
    assert sorted((e.cameo[:2], e.source.country, e.target.country) for e in events) == [
        ("19", "ECU", "PER"), ("19", "PER", "ECU")]


def test_headline_comma_between_two_verbs_is_and():
    text = ("Senator Okafor praises, criticizes Kerr\n\n"
            "Senator Tom Okafor of Ohio on Tuesday praised the Republican leader Dan Kerr for his "
            "budget plan but criticized its cuts to veterans' care.\n")
    events = headline_events(code_text(text))
    # "praises" is the senator's verb, not part of his name.
    assert [(e.trigger.text.split()[0], e.source.text, e.target.text) for e in events] == [
        ("criticizes", "Senator Okafor", "Kerr")]


def test_headline_denial_of_a_bare_claim_reports_the_claim():
    # "claim" without its article is parsed as no object of "denies".
    text = f"Ecuador denies claim troops crossed border\n\n{BORDER}"
    said = [(s.speaker.country, s.cue.text, s.content.text) for s in headline_statements(code_text(text))]
    assert [(country, cue) for country, cue, _ in said] == [("ECU", "denies")]
    assert said[0][2].endswith("troops crossed border")
